"""A person's name written by sound and declined in Russian is kept; a first name changed before
the surname B keeps is caught wherever it stands; a word close in spelling to a name, where
A's sentences say nothing of the name, is no respelling of it (constructed sentences, not
from the bench)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import spelling
from tests.helpers import severe_names

JUDGE_EN = "The report was published on Thursday by retired judge Eleanor Ashbridge.\n"
JUDGE_RU = "Доклад был опубликован в четверг судьей в отставке Элеонорой Эшбридж.\n"


def test_a_first_name_declined_in_russian_is_kept() -> None:
    # the instrumental Элеонор-ой: the stem keeps Eleanor's consonants
    assert severe_names(JUDGE_EN, JUDGE_RU, "ru") == []
    changed = JUDGE_RU.replace("Элеонорой", "Еленой")
    assert any("Eleanor" in m for m in severe_names(JUDGE_EN, changed, "ru"))


HEAD_EN = (
    "Freight firms began rerouting trucks. Marta Ilicova, head of the chamber, warned that "
    "the delays could cost exporters a million euros a day.\n"
)
HEAD_RU = (
    "Грузовые компании начали менять маршруты. Марта Иличова, глава палаты, предупредила, "
    "что задержки могут стоить экспортёрам миллион евро в день.\n"
)


def test_a_first_name_changed_at_a_sentence_start_is_caught_in_another_script() -> None:
    assert severe_names(HEAD_EN, HEAD_RU, "ru") == []
    changed = HEAD_RU.replace("Марта", "Мария")
    found = severe_names(HEAD_EN, changed, "ru")
    assert any("Marta" in m for m in found), found


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Kenji", "Кэндзи"),  # a Japanese j as дз
        ("Fujimoto", "Фудзимото"),
        ("Delacroix", "Делакруа"),  # a French final oi as уа, its x silent
        ("Dubois", "Дюбуа"),
        ("Benoît", "Бенуа"),
    ],
)
def test_a_name_written_by_another_language_s_sounds_is_heard(latin: str, cyrillic: str) -> None:
    b = spelling.name_key(cyrillic)
    assert any(spelling.same_name(k, b, loose=True) for k in spelling.heard_keys(latin))


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Kenji", "Кэнта"), ("Fujimoto", "Фуджита"), ("Dubois", "Дюбуш")],
)
def test_another_name_is_not_heard_as_the_name(latin: str, cyrillic: str) -> None:
    b = spelling.name_key(cyrillic)
    assert not any(spelling.same_name(k, b, loose=True) for k in spelling.heard_keys(latin))


UTILITY_EN = (
    "Chief executive Kenji Nakashima said the utility would hand out filters. "
    "Marc Delacroix, a residents' spokesman, said the company had known for years.\n"
)
UTILITY_RU = (
    "Генеральный директор Кэндзи Накасима сообщил, что компания раздаст фильтры. "
    "Марк Делакруа, представитель жителей, заявил, что компания знала об этом годами.\n"
)


def test_names_transliterated_by_their_own_language_s_convention_are_kept() -> None:
    assert severe_names(UTILITY_EN, UTILITY_RU, "ru") == []
    changed = UTILITY_RU.replace("Делакруа", "Делорм")
    assert any("Delacroix" in m for m in severe_names(UTILITY_EN, changed, "ru"))


CREW_EN = (
    "The North Shore Fishermen's Association said the crew came from Skellhaven.\n\n"
    "The company said it would cover the families' costs.\n\n"
    '"Our only concern is bringing them home," managing director Pavel Orlund said.\n'
)
CREW_DE = (
    "Der Fischerverband North Shore teilte mit, die Besatzung stamme aus Skellhaven.\n\n"
    "Das Unternehmen werde die Kosten der Familien übernehmen.\n\n"
    "„Unsere einzige Sorge ist, sie nach Hause zu bringen“, sagte Geschäftsführer Pavel Orlund.\n"
)
CREW_WORDS = {
    "fischerverband": "association",
    "besatzung": "crew",
    "unternehmen": "company",
    "kosten": "costs",
    "familien": "families",
    "sorge": "concern",
    "hause": "home",
}


def test_a_noun_close_to_a_name_a_does_not_give_there_is_no_respelling() -> None:
    # "Sorge" (concern) is close in spelling to "Shore", which A names two paragraphs away
    assert severe_names(CREW_EN, CREW_DE, "de", CREW_WORDS) == []
    # where A names it, the same word is a respelling
    named_en = CREW_EN.replace("The company said", "The North Shore company said")
    named_de = CREW_DE.replace("Das Unternehmen werde", "Das Unternehmen North Sorge werde")
    found = severe_names(named_en, named_de, "de", CREW_WORDS)
    assert any("Shore -> Sorge" in m for m in found), found


CHAIR_EN = (
    "Senate chair Greta Holmfeld will run the university until a successor is elected.\n\n"
    '"This is a painful day," Holmfeld told reporters.\n'
)
CHAIR_DE = (
    "Die Senatsvorsitzende Greta Holmfeld wird die Universität leiten, bis ein Nachfolger "
    "gewählt ist.\n\n"
    "„Das ist ein schmerzlicher Tag“, sagte Holmfeld vor Journalisten.\n"
)
CHAIR_WORDS = {
    "universität": "university",
    "leiten": "run",
    "nachfolger": "successor",
    "gewählt": "elected",
    "schmerzlicher": "painful",
    "tag": "day",
    "sagte": "told",
    "journalisten": "reporters",
}


def test_a_surname_changed_alone_at_a_later_mention_in_german_is_caught() -> None:
    # a lone capitalised German word is a noun unless it begins as the missing name does
    assert severe_names(CHAIR_EN, CHAIR_DE, "de", CHAIR_WORDS) == []
    changed = CHAIR_DE.replace("sagte Holmfeld", "sagte Holmberg")
    found = severe_names(CHAIR_EN, changed, "de", CHAIR_WORDS)
    assert any("Holmfeld -> Holmberg" in m for m in found), found
