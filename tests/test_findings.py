"""The findings engine as a whole: its rule table, invariants, ordering and the drift score."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from driftcheck.findings import CHECKS, RULES, Rule, Scope, detect, drift_score
from driftcheck.findings.context import GroupView, make_side
from driftcheck.normalize import group_text
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Report, Severity, Summary
from tests.helpers import ROOT, SEED_A, SEED_B

COMPARER = Comparer(embedder=FakeEmbedder())
SENTENCES = [
    "Central Asian heads of state converged on Xian on Thursday for talks with Xi Jinping.",
    '"We have a common goal - to intensify bilateral relations," Tokayev told Xi.',
    "Two-way trade between China and Central Asia hit a record $70 billion last year.",
    "Kyrgyzstan followed with $15.5 billion, according to China's foreign ministry.",
    "The summit is expected to result in a regional pact with Beijing, officials said.",
    "Putin was not in China, Russia not being part of the China plus Central Asia format.",
    "By Andrew Hayley",
    "CLOSER TO CHINA",
]


def findings_of(a_text: str, b_text: str) -> tuple[Report, tuple[Finding, ...]]:
    report = COMPARER.compare(a_text, b_text)
    return report, detect(report.a, report.b, report.alignments)


def test_rules_table() -> None:
    assert len(RULES) >= 20
    for rule_id, rule in RULES.items():
        assert isinstance(rule, Rule)
        assert rule.id == rule_id
        assert re.fullmatch(r"[a-z]+(?:\.[a-z_]+)?", rule_id)
        assert isinstance(rule.severity, Severity)
        assert rule.summary
        assert "\n" not in rule.summary
        assert len(rule.summary) <= 80


def _documented_severities() -> dict[str, Severity]:
    """rule -> default severity, from the README's rule table (what users are promised)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_.]+)` \| (error|warning|info) \|", readme, flags=re.MULTILINE)
    return {rule: Severity(severity) for rule, severity in rows}


def test_default_severities_are_the_documented_ones() -> None:
    """Every rule, both ways: the code's table and the README's agree on each default."""
    documented = _documented_severities()
    assert set(documented) == set(RULES)
    assert {rule: RULES[rule].severity for rule in RULES} == documented


@pytest.mark.parametrize("path", [SEED_A, SEED_B], ids=["ani", "reuters"])
def test_a_story_compared_with_itself_has_no_findings(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report, found = findings_of(text, text)
    assert found == ()
    assert drift_score(found, report.summary) == 0


def test_a_reworded_sentence_with_the_same_figures_and_names_gives_only_wording() -> None:
    a = (
        "Kyrgyzstan's President Sadyr Japarov told Xi Jinping on Thursday that he was keen to "
        "deepen trade worth $15.5 billion, the foreign ministry said."
    )
    b = (
        "Kyrgyz President Sadyr Japarov told Xi Jinping on Thursday that he wanted to "
        "expand trade worth $15.5 billion, the foreign ministry said."
    )
    _, found = findings_of(a, b)
    assert {f.rule for f in found} == {"wording.substitution"}
    assert [(f.a_text, f.b_text) for f in found] == [("was keen to deepen", "wanted to expand")]


def seed_findings() -> tuple[Report, tuple[Finding, ...]]:
    return findings_of(SEED_A.read_text("utf-8"), SEED_B.read_text("utf-8"))


def test_findings_are_deterministic_and_in_reading_order() -> None:
    report, found = seed_findings()
    assert found == seed_findings()[1]
    groups = [f.group for f in found]
    story_level = groups.index(None) if None in groups else len(groups)
    assert all(g is None for g in groups[story_level:])
    in_groups = [g for g in groups[:story_level] if g is not None]
    assert in_groups == sorted(in_groups)
    assert all(0 <= g < len(report.alignments) for g in in_groups)


def test_every_finding_is_at_most_its_rules_default_severity_with_spans_into_the_originals() -> (
    None
):
    """A rule may lower a finding's severity (a figure in an added sentence), never raise it."""
    wrapped_a = SEED_A.read_text("utf-8").replace(" the ", "\nthe ").replace("\n", "\r\n")
    for a_text, b_text in [
        (wrapped_a, SEED_B.read_text("utf-8")),
        (SEED_A.read_text("utf-8"), SEED_B.read_text("utf-8")),
    ]:
        report, found = findings_of(a_text, b_text)
        assert found
        for finding in found:
            assert finding.severity.rank <= RULES[finding.rule].severity.rank
            if finding.a_span is not None:
                start, end = finding.a_span
                assert report.a.text[start:end] == finding.a_text
            if finding.b_span is not None:
                start, end = finding.b_span
                assert report.b.text[start:end] == finding.b_text


def test_glossary_comes_from_substitutions() -> None:
    report, found = seed_findings()
    glossary = Report(report.a, report.b, report.alignments, report.summary, "", findings=found)
    assert ("huddle", "rally") in glossary.glossary


# The drift score


def summary(**counts: int) -> Summary:
    values = dict.fromkeys(
        ("unchanged", "reworded", "split_or_merged", "moved", "omitted", "added"), 0
    )
    values.update(counts)
    return Summary(a_sentences=10, b_sentences=10, **values)


def finding(rule: str, severity: Severity | None = None) -> Finding:
    return Finding(rule, severity or RULES[rule].severity, rule, a_span=(0, 1), a_text="x")


def test_drift_score_is_zero_without_drift() -> None:
    assert drift_score((), summary(unchanged=10)) == 0
    assert drift_score([finding("cosmetic")], summary(unchanged=10)) == 0


def test_drift_score_follows_the_documented_formula() -> None:
    # Text: (2 omitted + 0.5 x 4 reworded) / 10 on A, 1 added / 10 on B -> (0.4 + 0.1) / 2 = 0.25
    # Findings: one error (5) and one warning (2) -> 40 x 7 / 17
    counts = summary(unchanged=4, reworded=4, omitted=2, added=1)
    found = [finding("quote.altered"), finding("entity.dropped"), finding("sentence.omitted")]
    assert drift_score(found, counts) == round(60 * 0.25 + 40 * 7 / 17)


def test_drift_score_leaves_boilerplate_out_of_the_sentence_counts() -> None:
    counts = summary(unchanged=9, omitted=1)
    assert drift_score([finding("boilerplate.omitted")], counts) == 0
    assert drift_score([finding("sentence.omitted")], counts) == 3


def test_drift_score_rises_with_severity_and_stays_within_bounds() -> None:
    counts = summary(reworded=10)
    scores = [
        drift_score([finding("quote.altered", severity)] * 3, counts)
        for severity in (Severity.INFO, Severity.WARNING, Severity.ERROR)
    ]
    assert scores == sorted(scores)
    assert len(set(scores)) == 3
    worst = Summary(10, 10, 0, 0, 0, 0, 10, 10)
    assert drift_score([finding("quote.altered")] * 1000, worst) == 100


def test_drift_score_of_the_seed_pair() -> None:
    report, found = seed_findings()
    assert 30 <= drift_score(found, report.summary) <= 80


# Invariants over many story pairs


@settings(
    derandomize=True, max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
    st.lists(st.sampled_from(SENTENCES), min_size=0, max_size=6),
)
def test_invariants_over_story_pairs(a_parts: list[str], b_parts: list[str]) -> None:
    a_text, b_text = "\n\n".join(a_parts), "\n\n".join(b_parts) or "Nothing to see."
    assert findings_of(a_text, a_text)[1] == ()
    report, found = findings_of(a_text, b_text)
    for item in found:  # each span points at the text the finding quotes
        for text, span, quoted in (
            (a_text, item.a_span, item.a_text),
            (b_text, item.b_span, item.b_text),
        ):
            if span is not None and quoted is not None:
                assert text[span[0] : span[1]] == quoted, item
    summary = report.summary
    a_side = summary.unchanged + summary.reworded + summary.split_or_merged + summary.omitted
    assert a_side == summary.a_sentences == len(report.a.sentences)
    assert summary.added <= summary.b_sentences == len(report.b.sentences)
    assert 0 <= drift_score(found, report.summary) <= 100
    for item in found:
        assert item.rule in RULES
        assert item.group is None or 0 <= item.group < len(report.alignments)


def test_one_way_to_join_a_group_s_sentences() -> None:
    """The diff, the findings' offset map and the reports read the same group text."""
    report = COMPARER.compare(SEED_A.read_text(encoding="utf-8"), SEED_B.read_text("utf-8"))
    for group in report.alignments:
        for doc, indices in ((report.a, group.a), (report.b, group.b)):
            assert make_side(doc, indices).text == group_text(doc, indices)
        if group.diff:
            a_side = "".join(t.a_text or t.text for t in group.diff if t.op.value != "insert")
            assert a_side == group_text(report.a, group.a)


@pytest.mark.parametrize(
    ("kind", "edited", "scopes"),
    [
        ("omitted", False, {Scope.ALL}),
        ("unchanged", False, {Scope.ALL, Scope.PAIRED}),
        ("changed", True, {Scope.ALL, Scope.PAIRED, Scope.EDITED}),
    ],
)
def test_check_scopes(kind: str, edited: bool, scopes: set[Scope]) -> None:
    a = "The council approved the budget. Bus fares rise by 12 percent."
    b = a.replace("12", "15") if edited else a
    if kind == "omitted":
        b = "The council approved the budget."
    report = COMPARER.compare(a, b)
    group_index = next(n for n, g in enumerate(report.alignments) if g.kind.value == kind)
    view = GroupView(group_index, report.alignments[group_index], report.a, report.b)
    assert {scope for scope in Scope if scope.covers(view)} == scopes
    assert len(CHECKS) == 11  # structure, unpaired, cosmetic, characters, 7 word-level families
