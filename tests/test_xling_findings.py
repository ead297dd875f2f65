"""Cross-language findings, rule by rule, on small pairs (FakeEmbedder: words, not meaning)."""

from __future__ import annotations

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report, Severity

EN = (
    "BRENHOLM, June 3 (Wire) - Governor Elena Vasko said on Monday the bank had raised its rate "
    "by 75 basis points to 9.25 per cent.\n\n"
    "The minister, Marta Keller, reportedly plans to resign in March.\n\n"
    '"We will not hesitate to act again," Vasko said.\n'
)
DE = (
    "BRENHOLM, 3. Juni (Wire) - Notenbankchefin Elena Vasko sagte am Montag, die Bank habe ihren "
    "Leitzins um 75 Basispunkte auf 9,25 Prozent angehoben.\n\n"
    "Die Ministerin, Marta Keller, will Berichten zufolge im März zurücktreten.\n\n"
    "„Wir werden nicht zögern, erneut zu handeln“, sagte Vasko.\n"
)


def _compare(a: str, b: str, b_language: str = "de") -> Report:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    return comparer.compare(a, b, a_language="en", b_language=b_language)


def _severe(report: Report) -> list[str]:
    """Warning and error rules, less sentence.* and boilerplate.*: a bag-of-words fake cannot
    align a translation, so which sentences pair is not what these tests check."""
    return [
        f.rule
        for f in report.findings
        if f.severity.rank >= Severity.WARNING.rank
        and not f.rule.startswith(("sentence.", "boilerplate."))
    ]


def _messages(report: Report) -> str:
    return "\n".join(f"{f.rule}: {f.message}" for f in report.findings)


def test_a_faithful_translation_has_no_warning_or_error() -> None:
    report = _compare(EN, DE)
    assert _severe(report) == [], _messages(report)
    assert report.to_dict()["cross_language"] is True
    assert report.to_dict()["profiles"] == {"a": "en", "b": "de"}
    assert report.glossary == ()


def test_a_changed_figure_is_reported_by_value_in_each_locale() -> None:
    report = _compare(EN, DE.replace("9,25 Prozent", "9,5 Prozent"))
    changed = [f for f in report.findings if f.rule == "number.changed"]
    assert [f.message for f in changed] == ["number changed: 9.25 -> 9,5"], _messages(report)


def test_a_changed_weekday_is_a_changed_date() -> None:
    report = _compare(EN, DE.replace("am Montag", "am Dienstag"))
    assert "weekday changed: Monday -> Dienstag" in _messages(report)


def test_a_dropped_negation_is_flipped() -> None:
    report = _compare(EN, DE.replace("werden nicht zögern", "werden zögern"))
    assert "negation.flipped" in _severe(report), _messages(report)


def test_a_dropped_hedge_is_reported() -> None:
    report = _compare(EN, DE.replace(" Berichten zufolge", ""))
    assert "hedge.dropped" in _severe(report), _messages(report)


def test_a_dropped_name_is_reported_and_a_transliterated_one_is_not() -> None:
    report = _compare(EN, DE.replace("sagte Vasko", "sagte sie"))
    assert "name dropped: Vasko" in _messages(report)
    russian = _compare(
        "Marta Keller said the plan is sound.", "Марта Келлер сказала, что план надёжен.", "ru"
    )
    assert not [r for r in _severe(russian) if r.startswith("entity")], _messages(russian)


def test_a_quote_whose_marks_are_removed_is_unquoted() -> None:
    report = _compare(
        EN,
        DE.replace(
            "„Wir werden nicht zögern, erneut zu handeln“",
            "Man werde nicht zögern, erneut zu handeln",
        ),
    )
    assert "quote.unquoted" in _severe(report), _messages(report)


def test_a_quote_cut_short_is_reported() -> None:
    report = _compare(
        EN, DE.replace("„Wir werden nicht zögern, erneut zu handeln“", "„Wir handeln“")
    )
    assert "quote.shortened" in _severe(report), _messages(report)


def test_a_language_without_profile_is_compared_by_figures_and_says_what_it_skipped() -> None:
    report = _compare(
        "The mayor said 40 people came.", "Il sindaco ha detto che 30 persone sono venute.", "it"
    )
    assert "number.changed" in _severe(report)
    assert report.profiles == ("en", None)
    assert "negation.flipped" in dict(report.skipped_rules)


def test_english_pairs_keep_the_english_rules() -> None:
    report = Comparer(embedder=FakeEmbedder(), use_cache=False).compare(
        '"We will act," she said.', '"We will act now," she said.', a_language="en", b_language="en"
    )
    assert "quote.altered" in [f.rule for f in report.findings]
    assert report.to_dict()["cross_language"] is False


def test_a_quote_much_further_from_its_original_than_the_sentence_is_altered() -> None:
    # the fake embedder reads shared words: B's frame keeps A's words, its quote does not
    a = 'Mayor Marta Keller told reporters in Port Arlen on Monday: "We will never sign it."\n'
    b = "Mayor Marta Keller told reporters in Port Arlen on Monday: „Perhaps a deal is near.“\n"
    report = _compare(a, b)
    altered = [f for f in report.findings if f.rule == "quote.altered"]
    assert altered, _messages(report)
    assert "similarity" in altered[0].message
    assert altered[0].b_text == "Perhaps a deal is near."
