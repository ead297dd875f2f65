"""Loose name matches that join two different words: a name keeps its consonant skeleton
(spelling.same_name), and a speaker phrase that opens a sentence ends at its comma."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import names, spelling
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Severity
from tests.helpers import language_profile


def _keys(one: str, other: str) -> tuple[str, str]:
    return spelling.name_key(one), spelling.name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Prasko", "Preise"),  # a German noun is no inflected Prasko: the k is gone
        ("Wexby", "Уэкслер"),  # veks-bi, veks-ler: other consonants after the common start
        ("Dorn", "Dornik"),
    ],
)
def test_keys_that_go_on_with_other_consonants_are_other_names(one: str, other: str) -> None:
    a, b = _keys(one, other)
    assert not spelling.same_name(a, b)
    assert not names._kept(a, b, loose=True, person=False)
    assert not names._kept(a, b, loose=False, person=False)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Maresca", "Марески"),  # a vowel ending
        ("Marovia", "Marowiens"),  # a German genitive of a place
        ("Celvanian", "Селванийская"),  # a place's adjective, with its own ending
        ("Abenov", "Abenows"),
    ],
)
def test_an_ending_is_still_the_same_name(one: str, other: str) -> None:
    assert spelling.same_name(*_keys(one, other))


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("ru", "По словам министра, решение суда будет обжаловано.", "министра"),
        ("ru", "По словам министра, решение суда, вероятно, будет обжаловано.", "министра"),
        (
            "de",
            "Nach Angaben des Ministers, der Kommission zufolge, sinken die Preise.",
            "des Ministers",
        ),
    ],
)
def test_a_phrase_that_opens_the_sentence_ends_at_its_comma(
    code: str, text: str, speaker: str
) -> None:
    found = _speakers(text, code)
    assert found[:1] == [speaker], found


def test_a_phrase_after_the_statement_keeps_its_apposition() -> None:
    found = _speakers("Решение будет обжаловано, по словам министра, главы ведомства.", "ru")
    assert found == ["министра, главы ведомства"], found
    # as one that opens it keeps a participle's phrase with a name between commas
    found = _speakers("По данным модели, опубликованной AHO в 2024 году, волна придёт.", "ru")
    assert found == ["модели, опубликованной AHO в 2024 году"], found


PROBE_EN = (
    "Commission chair Henrike Prasko said the review would take a year.\n\n"
    "The Travellers Forum said prices had fallen by 14 percent since 2015.\n"
)
PROBE_DE = (
    "Kommissionschefin Henrike Prasko sagte, die Prüfung werde ein Jahr dauern.\n\n"
    "Das Travellers Forum erklärte, die Preise seien seit 2015 um 14 Prozent gesunken.\n"
)
GERMAN = {
    "kommissionschefin": "chair", "sagte": "said", "prüfung": "review", "werde": "would",
    "jahr": "year", "dauern": "take", "preise": "prices", "gesunken": "fallen",
    "prozent": "percent", "erklärte": "said", "die": "the", "das": "the", "seit": "since",
    "um": "by",
}  # fmt: skip


def _attribution(en: str, b: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=GERMAN), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language="de")
    return [
        f.message
        for f in report.findings
        if f.rule.startswith("attribution.") and f.severity.rank >= Severity.WARNING.rank
    ]


def test_a_noun_of_the_translation_is_no_person_the_story_names() -> None:
    assert _attribution(PROBE_EN, PROBE_DE) == []  # "die Preise" is no Prasko
    # the person the story names, given the statement, still is one
    moved = _attribution(PROBE_EN, PROBE_DE.replace("Das Travellers Forum", "Prasko"))
    assert any("B to Prasko" in m for m in moved), moved
