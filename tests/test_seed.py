"""The seed pair (ANI vs Reuters copy of one story) with the real bundled model."""

from __future__ import annotations

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.types import Kind, Op, Report
from tests.helpers import SEED_A, SEED_B, assert_partition

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def report(real_comparer: Comparer) -> Report:
    return real_comparer.compare(
        SEED_A.read_text(encoding="utf-8"),
        SEED_B.read_text(encoding="utf-8"),
        a_path=str(SEED_A),
        b_path=str(SEED_B),
    )


def group_of(report: Report, side: str, needle: str) -> tuple[Kind, list[str], list[str]]:
    doc = report.a if side == "a" else report.b
    index = next(s.index for s in doc.sentences if needle in s.text)
    group = next(g for g in report.alignments if index in (g.a if side == "a" else g.b))
    return (
        group.kind,
        [report.a.sentences[i].text for i in group.a],
        [report.b.sentences[j].text for j in group.b],
    )


def changed_words(report: Report) -> set[tuple[str, str]]:
    pairs = set()
    for group in report.alignments:
        for before, after in zip(group.diff, group.diff[1:], strict=False):
            if before.op is Op.DELETE and after.op is Op.INSERT:
                pairs.add((before.text.strip(), after.text.strip()))
    return pairs


def test_every_sentence_is_in_one_group(report: Report) -> None:
    assert_partition(report)


def test_tokayev_sentence_splits_into_two_non_adjacent_reuters_sentences(report: Report) -> None:
    kind, a, b = group_of(report, "a", "The first head of state to arrive in Xian")
    assert kind is Kind.SPLIT
    assert len(a) == 1
    assert len(b) == 2
    assert b[0].startswith("The first head of state to arrive in Xian")
    assert b[1].startswith("After their meeting, Xi and Tokayev jointly said")


def test_word_substitutions_are_shown(report: Report) -> None:
    words = changed_words(report)
    for pair in [
        ("enduring", "lasting"),
        ("weal and woe", "happiness and misfortune"),
        ("huddle", "rally"),
        ("intensifying", "stepping up"),
        ("conspicuously", "ostensibly"),
    ]:
        assert pair in words


@pytest.mark.parametrize(
    "needle",
    [
        "Sinopec",
        "Russian President Vladimir Putin called",
        "Putin was not in China",
        "We support exactly this kind of integration",
        "As part of that, we’re trying",
        "Some Central Asian states are increasingly",
    ],
)
def test_reuters_only_material_is_added(report: Report, needle: str) -> None:
    assert group_of(report, "b", needle)[0] is Kind.ADDED


@pytest.mark.parametrize(
    "needle", ["We provide each other with support", "date 2023-05-18 Left Menu", "Photo Credit"]
)
def test_ani_only_material_and_page_junk_are_omitted(report: Report, needle: str) -> None:
    assert group_of(report, "a", needle)[0] is Kind.OMITTED


def test_duplicated_lede_pairs_once(report: Report) -> None:
    ledes = [
        g
        for g in report.alignments
        if any("Central Asian heads of state converged" in report.a.sentences[i].text for i in g.a)
    ]
    assert sorted(g.kind for g in ledes) == sorted([Kind.CHANGED, Kind.OMITTED])


def test_summary_counts_match_groups(report: Report) -> None:
    summary = report.summary
    assert summary.a_sentences == len(report.a.sentences)
    assert summary.added == sum(1 for g in report.alignments if g.kind is Kind.ADDED)
    assert (
        summary.unchanged + summary.reworded + summary.split_or_merged + summary.omitted
        == summary.a_sentences
    )


def test_json_document_is_the_report(report: Report) -> None:
    document = report.to_dict()
    assert document["schema"] == "1.2"
    assert document["a"]["path"] == str(SEED_A)
    for side, doc in (("a", report.a), ("b", report.b)):
        for sentence in document[side]["sentences"]:
            assert doc.text[sentence["start"] : sentence["end"]] == sentence["text"]
    kinds = {a["kind"] for a in document["alignments"]}
    assert kinds >= {"changed", "split", "omitted", "added"}
    assert all(isinstance(token, list) for a in document["alignments"] for token in a["diff"])
    rules = {finding["rule"] for finding in document["findings"]}
    assert "quote.altered" in rules
    assert document["drift"]["worst"] == "error"
    assert {"a": "huddle", "b": "rally"} in document["drift"]["glossary"]
