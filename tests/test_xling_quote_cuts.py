"""A quote cut by a clause, and a quote softened by a word of regret, of a choice only
weighed or of understatement (not entirely, not the best), or made absolute by
"inevitable", across languages, on constructed sentences (not from the bench stories)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from driftcheck.findings.xling import quote_words, quotes
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Report, Severity

EN = (
    "Mayor Anna Berg spoke to reporters in the town hall on Monday after the storm. The storm "
    "damaged the bridge, the harbour and the school, and the town was cut off for a day.\n\n"
    '"We will rebuild the bridge before the spring, the harbour will open in May, and nobody '
    'here will pay for it," Berg said.\n'
)
DE = (
    "Bürgermeisterin Anna Berg sprach am Montag nach dem Sturm im Rathaus mit Reportern. Der "
    "Sturm beschädigte die Brücke, den Hafen und die Schule, die Stadt war einen Tag lang "
    "abgeschnitten.\n\n"
    "„{quote}“, sagte Berg.\n"
)
FULL = (
    "Wir bauen die Brücke vor dem Frühjahr wieder auf, der Hafen öffnet im Mai, und niemand "
    "hier wird dafür zahlen"
)
WORDS = {
    "bürgermeisterin": "mayor", "sprach": "spoke", "am": "on", "montag": "monday",
    "nach": "after", "dem": "the", "sturm": "storm", "rathaus": "hall", "mit": "to",
    "reportern": "reporters", "wir": "we", "bauen": "rebuild", "brücke": "bridge",
    "vor": "before", "frühjahr": "spring", "und": "and", "niemand": "nobody", "hier": "here",
    "wird": "will", "stadt": "town", "abgeschnitten": "cut", "sagte": "said", "der": "the",
    "beschädigte": "damaged", "die": "the", "den": "the", "hafen": "harbour", "das": "the",
    "war": "was", "einen": "a", "tag": "day", "schule": "school", "öffnet": "open",
    "im": "in", "mai": "may", "dafür": "it", "zahlen": "pay",
}  # fmt: skip


def _quote_findings(quote: str) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(EN, DE.format(quote=quote), a_language="en", b_language="de")
    return [f for f in report.findings if f.rule.startswith("quote.")]


def test_a_faithful_quote_of_three_clauses_is_not_cut() -> None:
    assert _quote_findings(FULL) == []


def test_a_quote_that_lost_one_of_three_clauses_is_cut_short_by_that_clause() -> None:
    cut = FULL.replace(", der Hafen öffnet im Mai", "")
    # the cut quote keeps over 60% of the length: only the clause probe sees it
    assert len(cut) > quotes.SHORT_RATIO * len(FULL)
    found = _quote_findings(cut)
    assert [(f.rule, f.severity) for f in found] == [("quote.shortened", Severity.WARNING)]
    message = found[0].message
    assert '"the harbour will open in May"' in message
    assert "similarity" in message
    assert found[0].a_span is not None
    assert found[0].b_span is not None


def test_a_quote_translated_in_another_order_is_not_cut() -> None:
    reordered = (
        "Der Hafen öffnet im Mai, wir bauen die Brücke vor dem Frühjahr wieder auf, und "
        "niemand hier wird dafür zahlen"
    )
    assert _quote_findings(reordered) == []


def test_the_probe_names_the_clause_the_translation_lacks() -> None:
    embedder = FakeEmbedder()
    a = "We will rebuild the bridge, the harbour will open in May, and nobody will pay"
    b = "We will rebuild the bridge, and nobody will pay"
    cut = quotes._cut_clause(embedder, a, b)
    assert cut is not None
    clause, whole, without = cut
    assert clause == "the harbour will open in May"
    assert without - whole >= quotes.CUT_GAIN
    assert quotes._cut_clause(embedder, a, a) is None
    assert quotes._cut_clause(embedder, "We will rebuild the bridge", "We will") is None
    assert quotes._cut_clause(None, a, b) is None


SAID = (
    'The union said on Monday it would keep up the strike. "{quote}," said union leader '
    "Lena Morak.\n"
)
B_SAID = {
    "de": "Die Gewerkschaft erklärte am Montag, sie werde den Streik fortsetzen. „{quote}“, "
    "sagte Gewerkschaftschefin Lena Morak.\n",
    "fr": "Le syndicat a déclaré lundi qu'il poursuivrait la grève. « {quote} », a déclaré la "
    "dirigeante syndicale Lena Morak.\n",
    "es": "El sindicato dijo el lunes que mantendría la huelga. «{quote}», dijo la líder "
    "sindical Lena Morak.\n",
    "ru": "Профсоюз заявил в понедельник, что продолжит забастовку. «{quote}», — сказала "
    "глава профсоюза Лена Морак.\n",
}
# (A's quote, B's faithful quote, B's drifted quote, the word B adds, softened or strengthened)
CHANGES = {
    "de_regret": (
        "This delay is unacceptable",
        "Diese Verzögerung ist inakzeptabel",
        "Diese Verzögerung ist bedauerlich",
        "softened",
    ),
    "fr_regret": (
        "This delay is not acceptable",
        "Ce retard n'est pas acceptable",
        "Ce retard est regrettable",
        "softened",
    ),
    "es_regret": (
        "This delay is unacceptable",
        "Este retraso es inaceptable",
        "Este retraso es lamentable",
        "softened",
    ),
    "ru_regret": (
        "This delay is unacceptable",
        "Эта задержка недопустима",
        "Эта задержка прискорбна",
        "softened",
    ),
    "fr_weighed": (
        "We will not hesitate to stop the talks",
        "Nous n'hésiterons pas à arrêter les discussions",
        "Nous pourrions envisager d'arrêter les discussions",
        "softened",
    ),
    "de_weighed": (
        "We will stop the talks",
        "Wir werden die Gespräche abbrechen",
        "Wir erwägen, die Gespräche abzubrechen",
        "softened",
    ),
    "de_primarily": (
        "This is not a gift to the owners",
        "Das ist kein Geschenk an die Eigentümer",
        "Das ist nicht in erster Linie ein Geschenk an die Eigentümer",
        "softened",
    ),
    "de_understated": (
        "This plan is irresponsible",
        "Dieser Plan ist unverantwortlich",
        "Dieser Plan ist nicht ganz unproblematisch",
        "softened",
    ),
    "fr_understated": (
        "This plan is not acceptable",
        "Ce plan n'est pas acceptable",
        "Ce plan n'est pas idéal",
        "softened",
    ),
    "es_understated": (
        "This plan is irresponsible",
        "Este plan es irresponsable",
        "Este plan no es del todo responsable",
        "softened",
    ),
    "ru_understated": (
        "This plan is irresponsible",
        "Этот план безответственный",
        "Этот план не лучшая идея",
        "softened",
    ),
    "ru_inevitable": (
        "We cannot rule out more job cuts",
        "Мы не можем исключать новых сокращений",
        "Новые сокращения неизбежны",
        "strengthened",
    ),
    "fr_inevitable": (
        "We cannot rule out more job cuts",
        "Nous ne pouvons pas exclure de nouvelles suppressions de postes",
        "De nouvelles suppressions de postes sont inévitables",
        "strengthened",
    ),
    "es_inevitable": (
        "We cannot rule out more job cuts",
        "No podemos descartar más despidos",
        "Más despidos son inevitables",
        "strengthened",
    ),
    "de_inevitable": (
        "We cannot rule out more job cuts",
        "Wir können weitere Stellenstreichungen nicht ausschließen",
        "Weitere Stellenstreichungen sind unvermeidlich",
        "strengthened",
    ),
}


def _altered(a_quote: str, b_quote: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(
        SAID.format(quote=a_quote),
        B_SAID[language].format(quote=b_quote),
        a_language="en",
        b_language=language,
    )
    return [f.message for f in report.findings if f.rule == "quote.altered"]


@pytest.mark.parametrize("case", sorted(CHANGES))
def test_a_word_of_regret_weighing_or_certainty_in_b_alone_alters_the_quote(case: str) -> None:
    a_quote, faithful, drifted, kind = CHANGES[case]
    language = case[:2]
    assert not [m for m in _altered(a_quote, faithful, language) if "quote " + kind in m]
    assert [m for m in _altered(a_quote, drifted, language) if "quote " + kind in m]


@pytest.mark.parametrize(
    ("language", "a_quote", "b_quote"),
    [
        ("de", "This delay is regrettable", "Diese Verzögerung ist bedauerlich"),
        ("fr", "We are considering a strike", "Nous envisageons une grève"),
        ("ru", "More job cuts are inevitable", "Новые сокращения неизбежны"),
        ("ru", "This is not a perfect agreement", "Это не идеальное соглашение"),
        ("de", "This is not the best plan", "Das ist nicht der beste Plan"),
        (
            "es",
            "Unfortunately the talks failed",
            "Desafortunadamente, las conversaciones fracasaron",
        ),
    ],
)
def test_the_same_word_in_both_quotes_is_no_change(
    language: str, a_quote: str, b_quote: str
) -> None:
    altered = _altered(a_quote, b_quote, language)
    assert not [m for m in altered if "softened" in m or "strengthened" in m]


def test_a_softening_word_inside_a_quote_already_reported_is_more_evidence_not_a_finding() -> None:
    cut = Finding(
        "quote.shortened", Severity.WARNING, "quote cut short", 3, (10, 60), (12, 50), "a", "b"
    )
    word = Finding(
        "quote.altered",
        Severity.WARNING,
        'quote softened: B\'s quote says "un peu"',
        3,
        None,
        (20, 26),
        None,
        "un peu",
    )
    elsewhere = replace(word, b_span=(80, 86))
    negation = Finding(
        "negation.flipped", Severity.ERROR, "negation", 3, None, (30, 33), None, "ne"
    )
    out = quote_words.one_per_quote([cut, word, elsewhere, negation])
    assert [f.rule for f in out] == ["quote.shortened", "quote.altered", "negation.flipped"]
    assert out[0].message == 'quote cut short; also quote softened: B\'s quote says "un peu"'
    assert out[1] is elsewhere
    louder = quote_words.one_per_quote([cut, replace(word, severity=Severity.ERROR)])
    assert [(f.rule, f.severity) for f in louder] == [("quote.shortened", Severity.ERROR)]


def test_two_words_that_soften_one_quote_are_one_finding() -> None:
    hedge = Finding(
        "quote.altered", Severity.WARNING, 'B adds "könnten"', 3, None, (20, 27), None, "könnten"
    )
    softer = replace(
        hedge, message='B\'s quote says "seltener"', b_span=(60, 68), b_text="seltener"
    )
    other_quote = replace(softer, b_span=(140, 148))
    out = quote_words.one_per_quote([softer, hedge, other_quote], [(10, 100), (120, 160)])
    assert [(f.b_span, f.message) for f in out] == [
        ((20, 27), 'B adds "könnten"; also B\'s quote says "seltener"'),
        ((140, 148), 'B\'s quote says "seltener"'),
    ]
    # without the quotes' places each word stands alone, as before
    assert len(quote_words.one_per_quote([softer, hedge, other_quote])) == 3


def test_a_clause_whose_loss_brings_the_quote_a_little_closer_is_cut() -> None:
    # the middle clause of three, dropped: B reads about 0.07 closer to A without it, over
    # the most a faithful reordering gains (0.061 over bench/xling's dev splits)
    a = (
        "The council will rebuild the old stone bridge before the spring floods, the ferry "
        "will run again in May, and nobody here will pay for it"
    )
    b = (
        "The council will rebuild the old stone bridge before the spring floods, and nobody "
        "here will pay for it"
    )
    cut = quotes._cut_clause(FakeEmbedder(), a, b)
    assert cut is not None
    clause, whole, without = cut
    assert clause == "the ferry will run again in May"
    assert 0.065 <= without - whole < 0.075
    assert quotes._cut_clause(FakeEmbedder(), a, a) is None
