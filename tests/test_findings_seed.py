"""The findings on the seed pair (ANI vs Reuters copy of one story) with the real bundled model."""

from __future__ import annotations

import pytest

from driftcheck.findings import detect, drift_score
from driftcheck.pipeline import Comparer
from driftcheck.types import Finding, Report
from tests.helpers import SEED_A, SEED_B

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def report(real_comparer: Comparer) -> Report:
    return real_comparer.compare(
        SEED_A.read_text(encoding="utf-8"), SEED_B.read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def findings(report: Report) -> tuple[Finding, ...]:
    return detect(report.a, report.b, report.alignments)


def messages(findings: tuple[Finding, ...], rule: str) -> list[str]:
    return [f.message for f in findings if f.rule == rule]


def sentence_numbers(report: Report, finding: Finding) -> tuple[list[int], list[int]]:
    """1-based A and B sentence numbers of the finding's group."""
    assert finding.group is not None
    group = report.alignments[finding.group]
    return [i + 1 for i in group.a], [j + 1 for j in group.b]


def test_altered_quotes_in_the_lede_and_the_split_tokayev_sentence(
    report: Report, findings: tuple[Finding, ...]
) -> None:
    altered = [f for f in findings if f.rule == "quote.altered"]
    assert [f.message for f in altered] == [
        'quote altered: "enduring" -> "lasting"',
        'quote altered: "enduring friendship" -> "lasting friendship"',
        'quote altered: "weal and woe" -> "happiness and misfortune"',
    ]
    assert sentence_numbers(report, altered[0]) == ([5], [3])
    assert sentence_numbers(report, altered[1]) == ([10], [9, 13])
    assert sentence_numbers(report, altered[2]) == ([10], [9, 13])


def test_style_only_and_punctuation_only_quotes_are_not_altered(
    findings: tuple[Finding, ...],
) -> None:
    altered_texts = {f.a_text for f in findings if f.rule == "quote.altered"}
    assert "important" not in altered_texts
    assert messages(findings, "quote.punctuation") == [
        'quote punctuation changed: "We have a common goal - to intensify bilateral relations"'
        ' -> "We have a common goal: to intensify bilateral relations"',
        # Reuters keeps Tokayev's words but never closes the quote (issue 12, item 9)
        'closing quotation mark dropped: "We are also united by the desire to strengthen '
        'regional and international…"',
    ]


def test_unchanged_trade_figures_raise_no_number_findings(findings: tuple[Finding, ...]) -> None:
    # the one figure B brings is Tokayev's "70th" birthday, in a sentence B added: new
    # material to check (warning), not an edited value (#14: judged over the whole story)
    assert [
        (f.rule, f.severity.value, f.b_text) for f in findings if f.rule.startswith("number.")
    ] == [("number.added", "warning", "70th")]


def test_glossary_of_the_seed_pair(report: Report, findings: tuple[Finding, ...]) -> None:
    glossary = Report(report.a, report.b, report.alignments, report.summary, "", findings=findings)
    assert {
        ("enduring", "lasting"),
        ("weal and woe", "happiness and misfortune"),
        ("huddle", "rally"),
        ("intensifying", "stepping up"),
        ("conspicuously", "ostensibly"),
        ("largest", "biggest"),
    } <= set(glossary.glossary)


def test_boilerplate_is_told_apart_from_story(findings: tuple[Finding, ...]) -> None:
    assert messages(findings, "boilerplate.omitted") == [
        "boilerplate omitted: A#1: date 2023-05-18 Left Menu",
        "boilerplate omitted: A#4: Chinese President Xi Jinping (Photo Credit: Chinese Foreign"
        " Ministry) Image…",
    ]
    added = messages(findings, "boilerplate.added")
    assert [m.split(":")[1].strip() for m in added] == ["B#1", "B#2", "B#18", "B#26", "B#27"]
    assert added[2] == "boilerplate added: B#18: CLOSER TO CHINA"  # a subhead: page furniture
    assert not any("CLOSER TO CHINA" in m for m in messages(findings, "sentence.added"))
    assert messages(findings, "sentence.repeated") == ["repeated sentence omitted: A#3 repeats A#5"]
    omitted = [m.split(":")[1].strip() for m in messages(findings, "sentence.omitted")]
    assert omitted == ["A#2", "A#16"]


def test_seed_drift_score(report: Report, findings: tuple[Finding, ...]) -> None:
    assert 40 <= drift_score(findings, report.summary) <= 70
