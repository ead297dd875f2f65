"""A quote softened from a superlative to a plain degree ("the harshest penalty" -> "a
severe penalty"), across languages, on constructed sentences (not from the bench stories)."""

from __future__ import annotations

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report
from tests.helpers import language_profile

EN = (
    'The board met on Tuesday to decide the fine. "This is the harshest fine we have ever '
    'imposed, and the company knows why," she said.\n'
)
# the speaker is a pronoun: with the fake embedder, which reads no language across, the
# quote is then not also "translated further from the original than the rest of the pair"
FAITHFUL = {
    "de": "Der Vorstand kam am Dienstag zusammen, um über die Strafe zu entscheiden. „Das ist "
    "die härteste Strafe, die wir je verhängt haben, und das Unternehmen weiß, warum“, "
    "sagte sie.\n",
    "fr": "Le conseil s'est réuni mardi pour décider de l'amende. « C'est l'amende la plus "
    "lourde que nous ayons jamais infligée, et l'entreprise sait pourquoi », a-t-elle dit.\n",
    "es": "La junta se reunió el martes para decidir la multa. «Es la multa más dura que "
    "hemos impuesto nunca, y la empresa sabe por qué», dijo.\n",
    "ru": "Совет собрался во вторник, чтобы определить размер штрафа. «Это самый суровый "
    "штраф, который мы когда-либо налагали, и компания знает почему», — сказала она.\n",
}
PLAIN = {
    "de": ("die härteste Strafe", "eine harte Strafe"),
    "fr": ("l'amende la plus lourde", "une lourde amende"),
    "es": ("la multa más dura", "una multa dura"),
    "ru": ("самый суровый штраф", "суровый штраф"),
}
ONE_OF = {
    "de": ("die härteste Strafe", "eine der härtesten Strafen"),
    "fr": ("l'amende la plus lourde", "l'une des amendes les plus lourdes"),
    "es": ("la multa más dura", "una de las multas más duras"),
    "ru": ("самый суровый штраф", "один из самых суровых штрафов"),
}


def _softened(a: str, b: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language=language)
    return [
        f.message
        for f in report.findings
        if f.rule == "quote.altered" and "superlative" in f.message
    ]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_superlative_kept_in_the_translation_is_no_change(language: str) -> None:
    assert not _softened(EN, FAITHFUL[language], language)


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_superlative_made_a_plain_degree_softens_the_quote(language: str) -> None:
    old, new = PLAIN[language]
    assert old in FAITHFUL[language]
    found = _softened(EN, FAITHFUL[language].replace(old, new), language)
    assert found
    assert '"the harshest"' in found[0]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_one_of_several_is_left_to_the_scale_of_its_kind(language: str) -> None:
    # "one of the harshest" keeps the superlative's degree: xling.quote_words reads it
    old, new = ONE_OF[language]
    assert not _softened(EN, FAITHFUL[language].replace(old, new), language)


def test_a_superlative_outside_the_quotes_is_not_the_speakers() -> None:
    en = EN.replace("to decide the fine", "to decide the harshest fine")
    fr = FAITHFUL["fr"].replace("l'amende.", "l'amende la plus lourde.")
    fr_plain = fr.replace("l'amende la plus lourde.", "une lourde amende.")
    assert "la plus lourde que" in fr_plain
    assert not _softened(en, fr_plain, "fr")


@pytest.mark.parametrize(
    ("language", "text", "superlative"),
    [
        ("en", "the toughest possible sentence", "the toughest"),
        ("en", "some of our best young players", "our best"),
        ("en", "the most serious outbreak", "the most serious"),
        ("de", "im denkbar schlechtesten Moment", "im denkbar schlechtesten"),
        ("de", "auf dem Rücken der Ärmsten", "der Ärmsten"),
        ("de", "ein Verkauf an die Reichsten", "die Reichsten"),
        ("fr", "sur le dos des plus pauvres", None),
        ("es", "la decisión en materia de transporte más importante", None),
        ("ru", "строжайшее наказание", "строжайшее"),
        # a possessive before "plus" or "más", and the equative of "never", say it too
        ("fr", "le stock est à son plus bas niveau", "son plus"),
        ("fr", "nos pêcheurs perdent leur seul point", "leur seul"),
        ("es", "está en su nivel más bajo", None),
        ("de", "so niedrig wie seit 1992 nicht mehr", "so niedrig wie seit"),
        ("ru", "низок как никогда", "как никогда"),
    ],
)
def test_superlatives_are_read_by_their_grammar(
    language: str, text: str, superlative: str | None
) -> None:
    found = language_profile(language).uniques_re.search(text)
    assert found is not None
    if superlative is not None:
        assert found.group() == superlative


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the interest rate"),
        ("en", "the latest figures"),
        ("en", "the Budapest office"),  # a name in -est
        ("en", "one of the busiest weekends"),  # one of several
        ("en", "the most likely cause"),  # a hedge, read by the hedge rule
        ("de", "die Kosten des Projekts"),
        ("de", "die Reisekosten des Projekts"),
        ("de", "die Wartelisten werden länger"),
        ("de", "die Fristen laufen ab"),
        ("de", "die Aktivisten und die Vermissten"),
        ("de", "die erste Runde"),
        ("de", "den Gästen"),
        ("fr", "la rédaction ne paie plus"),
        ("es", "una pena severa"),
        ("ru", "сурового наказания"),
    ],
)
def test_words_of_the_same_ending_are_no_superlative(language: str, text: str) -> None:
    assert language_profile(language).uniques_re.search(text) is None


def test_a_superlative_whose_quote_b_does_not_quote_is_left_to_the_unquoted_rule() -> None:
    # the translation turned the quote into paraphrase: no B quote in its group to soften
    b = FAITHFUL["fr"].replace("« C'est l'amende la plus lourde", "C'est une lourde amende")
    b = b.replace("pourquoi », a-t-elle dit.", "pourquoi, a-t-elle dit.")
    assert "«" not in b
    assert not _softened(EN, b, "fr")
