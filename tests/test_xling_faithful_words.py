"""Words a faithful translation uses that read like a drift: a number word before a full
stop that spells a month's abbreviation, and a future "can" of what will be allowed; and a
drifted one that reads like another finding: a name dropped for its title, where a part of
the hyphenated title is a word of B's."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts
from tests.helpers import language_profile, severe_names


def test_a_number_word_at_a_sentence_end_is_no_month() -> None:
    text = "Ses équipes travailleront sept jours sur sept. La réouverture est prévue en janvier."
    assert [value for value, _ in facts.dates(text, language_profile("fr"))] == [("month", 0)]


@pytest.mark.parametrize("text", ["Le canal ferme le 3 sept. à midi.", "Vote le 15 sept."])
def test_a_month_abbreviation_beside_its_day_is_still_a_month(text: str) -> None:
    assert [value for value, _ in facts.dates(text, language_profile("fr"))] == [("month", 8)]


def test_what_will_be_allowed_impersonally_is_no_hedge() -> None:
    text = "Las solicitudes se podrán presentar a partir del lunes 2 de junio."
    assert facts.hedged(text, language_profile("es")) == []


@pytest.mark.parametrize(
    "text",
    ["Las obras podrán retrasarse hasta junio.", "Las obras se podrían retrasar hasta junio."],
)
def test_a_can_of_possibility_is_still_a_hedge(text: str) -> None:
    assert facts.hedged(text, language_profile("es")) != []


TITLE_EN = (
    "Director-General Oskar Lindqvell told a news conference in Port Caddrel that 7 keepers stay.\n"
)
TITLE_DE = (
    "Generaldirektor Oskar Lindqvell sagte auf einer Pressekonferenz in Port Caddrel, 7 Wärter "
    "blieben.\n"
)


def test_a_name_dropped_for_its_hyphenated_title_is_a_dropped_name() -> None:
    assert severe_names(TITLE_EN, TITLE_DE, "de") == []
    dropped = severe_names(
        TITLE_EN, TITLE_DE.replace("Generaldirektor Oskar Lindqvell", "Der Generaldirektor"), "de"
    )
    assert dropped == ["name dropped: Oskar Lindqvell"]
