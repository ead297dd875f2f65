"""Cross-language findings with the real multilingual model on two bench stories (dev split)."""

from __future__ import annotations

import pytest

from bench.matching import at_least
from bench.xling import DATA, load_story, score_drifted
from driftcheck.pipeline import Comparer
from driftcheck.types import Severity

STORY = DATA / "dev" / "airline-strike"


@pytest.fixture(scope="module")
def comparer() -> Comparer:
    return Comparer("use-multilingual", use_cache=False)


@pytest.mark.model
@pytest.mark.parametrize("lang", ["de", "fr"])
def test_a_faithful_translation_is_clean_and_its_drifts_are_caught(
    comparer: Comparer, lang: str
) -> None:
    story = load_story(STORY, [lang])
    faithful = comparer.compare(story.en, story.faithful[lang])
    assert at_least(faithful.findings, Severity.WARNING) == []
    assert faithful.to_dict()["cross_language"] is True
    drifted = comparer.compare(story.en, story.drifted[lang])
    outcome = score_drifted(story.name, lang, story.drifts[lang], drifted, faithful)
    for family in ("figure", "date"):
        score = outcome.scores.get(family)
        if score is not None:
            assert score.found == score.labels, (family, [d.description for d in outcome.missed])


EN_FIRE = (
    "PORT ARLEN, May 4 (Wire) - Crews fought a forest fire north of the city on Sunday.\n\n"
    '"This is the worst fire we have faced in this valley in 30 years," fire chief Colonel '
    "Adrien Mabry told a news conference.\n"
)
DE_FIRE = (
    "PORT ARLEN, 4. Mai (Wire) - Einsatzkräfte bekämpften am Sonntag einen Waldbrand nördlich "
    "der Stadt.\n\n"
    "„Das ist der schlimmste Brand, den wir in diesem Tal seit 30 Jahren erlebt haben“, sagte "
    "{who} auf einer Pressekonferenz.\n"
)


@pytest.mark.model
def test_a_german_noun_is_not_the_name_that_replaced_a_speaker(comparer: Comparer) -> None:
    faithful = comparer.compare(EN_FIRE, DE_FIRE.format(who="Feuerwehrchef Oberst Adrien Mabry"))
    assert at_least(faithful.findings, Severity.WARNING) == []
    dropped = comparer.compare(EN_FIRE, DE_FIRE.format(who="der Feuerwehrchef"))
    rules = [f.rule for f in at_least(dropped.findings, Severity.WARNING)]
    assert rules == ["entity.dropped"], [f.message for f in dropped.findings]
    replaced = comparer.compare(EN_FIRE, DE_FIRE.format(who="Innenministerin Claire Mabon"))
    assert [f.message for f in replaced.findings if f.rule == "entity.changed"] == [
        "name changed: Mabry -> Mabon"
    ]


EN_PRICE = (
    "PORT ARLEN, May 4 (Wire) - The ministry has reportedly discussed a price of about 12 euros "
    "per ticket with three rail operators, though it declined to confirm the figure.\n\n"
    "The new fares would apply from the summer.\n"
)
DE_PRICE = (
    "PORT ARLEN, 4. Mai (Wire) - Das Ministerium hat Berichten zufolge mit drei Bahnbetreibern "
    "über einen Preis von etwa 12 Euro pro Fahrkarte gesprochen. {second}\n\n"
    "Die neuen Tarife sollen ab dem Sommer gelten.\n"
)


@pytest.mark.model
def test_a_sentence_split_off_a_clause_is_no_added_sentence(comparer: Comparer) -> None:
    split = comparer.compare(
        EN_PRICE, DE_PRICE.format(second="Bestätigen wollte es die Zahl nicht.")
    )
    assert at_least(split.findings, Severity.WARNING) == [], [f.message for f in split.findings]
    added = comparer.compare(
        EN_PRICE, DE_PRICE.format(second="Die Opposition nannte den Plan einen Skandal.")
    )
    rules = [f.rule for f in at_least(added.findings, Severity.WARNING)]
    assert rules == ["sentence.added"], [f.message for f in added.findings]
