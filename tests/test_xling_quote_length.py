"""How long a quote's translation should be: a language that drops the copula, the article
or a repeated verb says a quote in fewer characters, not in fewer content words; a quote
cut short has lost both (constructed sentences, not from the bench stories)."""

from __future__ import annotations

import pytest

from driftcheck.findings.profiles import Profile, profile_for
from driftcheck.findings.xling import quote_length, quotes
from driftcheck.findings.xling.quote_length import Lengths
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding

EN = (
    "Farmers met the minister in Lorven on Tuesday after the second dry summer in a row, "
    "which left the wells empty and the river at its lowest level in 40 years.\n\n"
    '"{quote}," said Ada Morel, who grows wheat near the river.\n'
)
B = {
    "de": (
        "Landwirte trafen den Minister am Dienstag in Lorven nach dem zweiten trockenen Sommer "
        "in Folge, der die Brunnen leer und den Fluss auf dem tiefsten Stand seit 40 Jahren "
        "hinterließ.\n\n„{quote}“, sagte Ada Morel, die in der Nähe des Flusses Weizen anbaut.\n"
    ),
    "ru": (
        "Фермеры во вторник встретились с министром в Лорвене после второго подряд засушливого "
        "лета, из-за которого опустели колодцы, а уровень реки стал самым низким за 40 лет.\n\n"
        "«{quote}», — сказала Ада Морель, которая выращивает пшеницу у реки.\n"
    ),
}
WORDS = {
    "landwirte": "farmers", "trafen": "met", "dienstag": "tuesday", "sommer": "summer",
    "brunnen": "wells", "fluss": "river", "flusses": "river", "jahren": "years",
    "sagte": "said", "weizen": "wheat", "ohne": "without", "wasser": "water", "keine": "no",
    "kein": "no", "ernte": "harvest", "und": "and", "dorf": "village",
    "фермеры": "farmers", "вторник": "tuesday", "встретились": "met", "министром": "minister",
    "лета": "summer", "колодцы": "wells", "реки": "river", "лет": "years",
    "сказала": "said", "пшеницу": "wheat", "мы": "we", "уходим": "leaving", "не": "not",
    "из": "because", "за": "of", "работы": "work", "воды": "water",
}  # fmt: skip
HARVEST = "Without water there is no harvest, and without a harvest there is no village"
LEAVING = "We are not leaving because of the work, we are leaving because of the water"


def _profile(code: str) -> Profile:
    profile = profile_for(code)
    assert profile is not None
    return profile


def _quote_findings(quote: str, language: str, translated: str) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(
        EN.format(quote=quote),
        B[language].format(quote=translated),
        a_language="en",
        b_language=language,
    )
    return [f for f in report.findings if f.rule.startswith("quote.")]


@pytest.mark.parametrize(
    ("quote", "language", "translated"),
    [
        (HARVEST, "de", "Ohne Wasser keine Ernte, und ohne Ernte kein Dorf"),
        # the repeated "we are leaving because of" is said once, the copula never
        (LEAVING, "ru", "Мы уходим не из-за работы, а из-за воды"),
    ],
)
def test_an_elliptic_translation_that_keeps_every_content_word_is_not_cut_short(
    quote: str, language: str, translated: str
) -> None:
    assert _quote_findings(quote, language, translated) == []


def test_a_quote_that_lost_its_content_words_is_cut_short() -> None:
    found = _quote_findings(HARVEST, "de", "Ohne Wasser keine Ernte")
    assert [f.rule for f in found] == ["quote.shortened"]
    assert "of its content words" in found[0].message


def test_content_words_leave_out_function_words_and_keep_figures() -> None:
    en = _profile("en")
    assert quote_length.content_words("There are no wells left in 40 years", en) == [
        "wells",
        "left",
        "years",
        "40",
    ]


def test_the_word_share_counts_a_repeated_word_once_and_follows_the_pairs_ratio() -> None:
    en, ru = _profile("en"), _profile("ru")
    even = Lengths(chars=1.0, words=1.0)
    # leaving, work, water (each once) against уходим, работы, воды ("из-за" is a function word)
    said = "Мы уходим не из-за работы, а из-за воды"
    assert quote_length.word_share(LEAVING, said, even, (en, ru)) == pytest.approx(1)
    assert quote_length.word_share(LEAVING, "Мы уходим", even, (en, ru)) == pytest.approx(1 / 3)
    wordy = Lengths(chars=1.0, words=2.0)  # B writes two content words for each of A's
    assert quote_length.word_share(LEAVING, "Мы уходим", wordy, (en, ru)) == pytest.approx(1 / 6)


def test_function_words_and_elided_words_are_not_content_words() -> None:
    assert quote_length.content_words("Мне никто не звонил", _profile("ru")) == ["никто", "звонил"]
    assert quote_length.content_words("Die Brunnen sind leer", _profile("de")) == [
        "brunnen",
        "leer",
    ]
    french = quote_length.content_words("C'est l'eau qu'il n'a pas bue", _profile("fr"))
    assert french == ["eau", "bue"]
    assert quote_length.content_words("It's the water we're not drinking", _profile("en")) == [
        "water",
        "drinking",
    ]


def test_the_pairs_lengths_are_b_to_a() -> None:
    en, de = _profile("en"), _profile("de")
    lengths = quote_length.pair_lengths(
        "The wells are empty, the river is low.",
        "Die Brunnen sind leer, der Fluss führt wenig Wasser.",
        (en, de),
    )
    # wells, empty, river, low against Brunnen, leer, Fluss, führt, wenig, Wasser
    assert lengths == Lengths(chars=52 / 38, words=6 / 4)


TWO = "We lost half of the harvest this year. Nobody from the ministry came to see the fields."
ONE = "Wir haben in diesem Jahr die Hälfte der Ernte verloren."


def test_sentences_are_counted_by_the_segmenters_rules() -> None:
    assert quote_length.sentences(TWO, _profile("en")) == 2
    assert quote_length.sentences("Mr. Vasko said it at 3.5 p.m. on Monday.", _profile("en")) == 1
    assert quote_length.sentences(ONE, _profile("de")) == 1


def test_a_quote_of_fewer_sentences_shorter_and_missing_content_words_is_cut_short() -> None:
    both = (_profile("en"), _profile("de"))
    expected = len(TWO) * 1.1  # characters a translation would have: ONE is 57% of them
    cut = quotes._fewer_sentences((TWO, ONE), (expected, 0.6), both, spare=False)
    assert cut is not None
    assert "says 1 of the 2 sentences" in cut
    # a translator who joins two sentences keeps their content words
    assert quotes._fewer_sentences((TWO, ONE), (expected, 0.9), both, spare=False) is None
    # as long as a translation would be: not cut
    assert quotes._fewer_sentences((TWO, ONE), (len(ONE), 0.6), both, spare=False) is None
    # another quote of B may hold the second sentence
    assert quotes._fewer_sentences((TWO, ONE), (expected, 0.6), both, spare=True) is None
    # as many sentences: not this rule's to judge
    first = "We lost half of the harvest this year."
    assert quotes._fewer_sentences((first, ONE), (expected, 0.6), both, spare=False) is None
