"""Alignment mechanics, with the deterministic fake embedder (no model)."""

from __future__ import annotations

from driftcheck.align import AlignOptions, align
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Kind
from tests.helpers import describe

PARIS = "The minister arrived in Paris on Monday for talks with French officials."
TRADE = "Exports of grain rose sharply last year, according to the customs office."
STRIKE = "Rail workers plan a strike next week over pensions and working hours."
WEATHER = "Heavy rain is expected across the north of the country on Sunday."
BANK = "The central bank kept its main interest rate unchanged at four percent."


def run(a: str, b: str, embedder: FakeEmbedder | None = None, *, strict: bool = False) -> list[str]:
    a_doc, b_doc = segment(a), segment(b)
    options = AlignOptions(strict=strict)
    groups = align(a_doc.sentences, b_doc.sentences, embedder or FakeEmbedder(), options)
    assert sorted(i for g in groups for i in g.a) == list(range(len(a_doc.sentences)))
    assert sorted(j for g in groups for j in g.b) == list(range(len(b_doc.sentences)))
    return [describe(g) for g in groups]


def test_identical_texts_need_no_embedding() -> None:
    embedder = FakeEmbedder()
    text = f"{PARIS} {TRADE} {STRIKE}"
    assert run(text, text, embedder) == ["unchanged 1>1", "unchanged 2>2", "unchanged 3>3"]
    assert embedder.calls == []


def test_cosmetic_differences_are_unchanged_unless_strict() -> None:
    a = 'He called it "important". ' + TRADE
    b = "He called it “Important”. " + TRADE
    assert run(a, b) == ["unchanged 1>1", "unchanged 2>2"]
    assert run(a, b, strict=True)[0] == "changed 1>1"


def test_reworded_omitted_and_added() -> None:
    a = f"{PARIS} {TRADE} {STRIKE}"
    b = f"{PARIS.replace('Monday', 'Tuesday')} {STRIKE} {WEATHER}"
    assert run(a, b) == ["changed 1>1", "omitted 2>-", "unchanged 3>2", "added ->3"]


def test_moved_paragraph_is_marked_moved_and_the_rest_is_not() -> None:
    a = f"{PARIS} {TRADE} {STRIKE} {WEATHER}"
    b = f"{WEATHER} {PARIS} {TRADE} {STRIKE}"
    assert run(a, b) == ["unchanged 1>2", "unchanged 2>3", "unchanged 3>4", "unchanged 4>1 moved"]


def test_duplicated_sentence_pairs_where_its_neighbours_are() -> None:
    lede = "Leaders met in Xian on Thursday to seal pledges of enduring friendship."
    a = f"{lede}\n\n{BANK}\n\n{lede} {PARIS}"
    b = f"{lede.replace('enduring', 'lasting')} {PARIS.replace('Monday', 'Friday')}"
    result = run(a, b)
    assert "changed 3>1" in result
    assert "omitted 1>-" in result


def test_non_adjacent_split() -> None:
    whole = (
        "The minister arrived in Paris on Monday, and at a dinner with the prime minister "
        "he signed a grain export agreement worth ten billion euros."
    )
    a = f"{whole} {STRIKE}"
    b = (
        "The minister arrived in Paris on Monday. "
        f"{STRIKE} "
        "At a dinner with the prime minister he signed a grain export agreement "
        "worth ten billion euros."
    )
    assert run(a, b) == ["split 1>1,3", "unchanged 2>2"]


def test_non_adjacent_merge() -> None:
    a = (
        "The minister arrived in Paris on Monday. "
        f"{STRIKE} "
        "At a dinner with the prime minister he signed a grain export agreement "
        "worth ten billion euros."
    )
    b = (
        "The minister arrived in Paris on Monday, and at a dinner with the prime minister "
        f"he signed a grain export agreement worth ten billion euros. {STRIKE}"
    )
    assert run(a, b) == ["merge 1,3>1", "unchanged 2>2"]


def test_unrelated_texts_pair_nothing() -> None:
    result = run(f"{PARIS} {TRADE}", f"{WEATHER} {BANK}")
    assert all(r.startswith(("omitted", "added")) for r in result)


def test_one_side_empty() -> None:
    assert run(PARIS, "   ") == ["omitted 1>-"]


def test_deterministic() -> None:
    a = f"{PARIS} {TRADE} {STRIKE} {WEATHER} {BANK}"
    b = f"{BANK} {STRIKE.replace('next', 'this')} {PARIS} {WEATHER}"
    assert run(a, b) == run(a, b)
    assert Kind.OMITTED.value in " ".join(run(a, b))


def test_the_aligner_decides_pairings_and_the_pipeline_adds_each_diff() -> None:
    """One state per type: `align` returns Pairings (no diff); a Report's groups carry one."""
    from driftcheck.pipeline import Comparer
    from driftcheck.types import AlignmentGroup, Pairing

    a, b = f"{PARIS} {TRADE}", f"{PARIS} {TRADE.replace('sharply', 'slightly')}"
    pairings = align(segment(a).sentences, segment(b).sentences, FakeEmbedder())
    assert all(type(p) is Pairing for p in pairings)
    assert not any(hasattr(p, "diff") for p in pairings)
    report = Comparer(embedder=FakeEmbedder(), use_cache=False).compare(a, b)
    changed = next(g for g in report.alignments if g.kind is Kind.CHANGED)
    assert type(changed) is AlignmentGroup
    assert [(t.op.value, t.text) for t in changed.diff if t.op.value != "equal"] == [
        ("delete", "sharply"),
        ("insert", "slightly"),
    ]
