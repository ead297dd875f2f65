"""How each language names who speaks (constructed sentences, not from the bench): an
institution's name that opens with a common noun, read as the kind of source it is."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts
from driftcheck.findings.xling.speaker_words import kind_word, names, speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Министерство", True),  # "Министерство культуры": the first word has the capital
        ("Министерством", True),
        ("Полиция", True),
        ("Судаков", False),  # a surname that starts like "суд" is more than an ending
        ("Петров", False),
    ],
)
def test_a_russian_institution_opens_its_name_with_a_common_noun(word: str, *, kind: bool) -> None:
    assert kind_word(word, language_profile("ru")) is kind


def test_a_capitalised_source_word_is_no_name_only_where_the_language_writes_names_so() -> None:
    ru = "Об этом сообщило Министерство культуры и наследия."
    assert [w.text for w in names(facts.words(ru), language_profile("ru"))] == []
    # German capitalises every noun: a compound is judged elsewhere (source_compound)
    assert not kind_word("Ministerium", language_profile("de"))


EN = (
    "Culture Minister Adaeze Okwuosa said the government would pay.\n\n"
    "The museum will return 214 artefacts, the Ministry of Culture and Heritage said.\n"
)
RU = (
    "Министр культуры Адаэзе Оквуоса заявила, что правительство заплатит.\n\n"
    "Музей вернёт 214 артефактов, сообщило Министерство культуры и наследия.\n"
)
WORDS = {"заплатит": "pay", "музей": "museum", "вернёт": "return", "артефактов": "artefacts"}


def test_a_ministry_named_in_russian_is_not_a_party_the_story_quotes_by_name() -> None:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(EN, RU, a_language="en", b_language="ru")
    assert [f.message for f in report.findings if f.rule.startswith("attribution.")] == []


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("de", "Das Amt erklärte, der Fonds komme, nannte aber keinen Termin.", "Das Amt"),
        # a speaker after the verb is still read
        ("es", "«Pagaremos», dijo el ministro.", "el ministro"),
    ],
)
def test_a_negated_noun_after_a_reporting_verb_is_what_is_not_given(
    code: str, text: str, speaker: str
) -> None:
    profile = language_profile(code)
    assert [text[slice(*s.span)] for s in speakers(text, profile)] == [speaker]
