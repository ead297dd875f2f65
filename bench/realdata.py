"""The human-annotated development sets in ../shared/benchdata, scored with their own scripts.

The sets (ArgRewrite, Aesop/GNAT, Text+Berg) are read where the project keeps them, not
copied: pass `--benchdata DIR` or set DRIFTCHECK_BENCHDATA when they live elsewhere. Scores
come from the set's `score.py` (link P/R/F1, unpaired F1) and `beadscore.py` (Text+Berg's
bead F1), loaded from that folder, so every system is measured the way the set defines.
driftcheck segments the texts itself (Text+Berg, delivered one sentence per line, it reads
line by line, see LINE_SEGMENTED); its groups are handed to the scorer as character
spans, which it maps onto the annotators' sentences. The baselines get the gold sentences.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.gold import Group
from driftcheck.align import align
from driftcheck.embed.base import Embedder
from driftcheck.segment import segment
from driftcheck.types import AlignmentGroup, Pairing, Sentence

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCHDATA = ROOT.parent / "shared" / "benchdata"
SETS = ("argrewrite", "aesop", "textberg")
SYSTEMS = ("driftcheck", "difflib", "mutual-best", "monotonic-dp")
Span = tuple[int, int]
SpanGroup = tuple[list[Span], list[Span]]


class MissingDataError(RuntimeError):
    """The development sets are not where the benchmark looks for them."""


def benchdata_root(given: Path | None = None) -> Path:
    """The folder holding the sets and their scorers; a clear error when it is missing."""
    root = given or Path(os.environ.get("DRIFTCHECK_BENCHDATA", DEFAULT_BENCHDATA))
    if not (root / "score.py").is_file():
        raise MissingDataError(
            f"no benchdata at {root} (want score.py and argrewrite/, aesop/, textberg/): "
            "pass --benchdata DIR or set DRIFTCHECK_BENCHDATA"
        )
    return root


@cache
def scorer(root: Path, name: str) -> ModuleType:
    """Load `score` or `beadscore` from the benchdata folder."""
    spec = importlib.util.spec_from_file_location(f"benchdata_{name}", root / f"{name}.py")
    if spec is None or spec.loader is None:
        raise MissingDataError(f"cannot load {root / name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class SpanPair:
    """One annotated pair: texts, gold, and driftcheck's segmentation of both texts."""

    name: str
    gold_path: Path
    gold: dict[str, Any]
    a_text: str
    b_text: str
    a: tuple[Sentence, ...]
    b: tuple[Sentence, ...]

    def gold_sentences(self, side: str) -> list[str]:
        """The annotators' sentences of one side."""
        text = self.a_text if side == "a" else self.b_text
        return [text[s:e] for s, e in self.gold[f"{side}_spans"]]


LINE_SEGMENTED = frozenset({"textberg"})
"""Sets delivered one sentence per line: driftcheck reads them with `lines` (as Bertalign's
evaluation feeds the given sentences), the others it segments itself."""


def load_set(root: Path, name: str) -> list[SpanPair]:
    """Every pair of one set, segmented once."""
    lines = name in LINE_SEGMENTED
    pairs = []
    for folder in sorted((root / name).glob("pair*")):
        a_text = (folder / "a.txt").read_text(encoding="utf-8")
        b_text = (folder / "b.txt").read_text(encoding="utf-8")
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        pairs.append(
            SpanPair(
                f"{name}/{folder.name}",
                folder / "gold.json",
                gold,
                a_text,
                b_text,
                segment(a_text, lines=lines).sentences,
                segment(b_text, lines=lines).sentences,
            )
        )
    return pairs


def to_spans(pair: SpanPair, groups: Sequence[Pairing | AlignmentGroup]) -> list[SpanGroup]:
    """driftcheck's groups as character spans, the scorer's input."""
    return [
        (
            [(pair.a[i].start, pair.a[i].end) for i in group.a],
            [(pair.b[j].start, pair.b[j].end) for j in group.b],
        )
        for group in groups
    ]


def gold_spans(pair: SpanPair, groups: Sequence[Group]) -> list[SpanGroup]:
    """A baseline's groups over the gold sentences, as character spans."""
    a_spans, b_spans = pair.gold["a_spans"], pair.gold["b_spans"]
    return [([tuple(a_spans[i]) for i in ga], [tuple(b_spans[j]) for j in gb]) for ga, gb in groups]


@dataclass
class SetScore:
    """Summed counts of one system on one set; ratios on demand."""

    counts: list[dict[str, int]]
    nm_found: int = 0
    nm_gold: int = 0
    beads_gold: list[Any] | None = None
    beads_test: list[Any] | None = None

    def summary(self, root: Path) -> dict[str, float]:
        """link P/R/F1 and unpaired F1 from score.py, split/merge recall, bead F1 if any."""
        result: dict[str, float] = dict(scorer(root, "score").summarize(self.counts))
        result["split_merge_recall"] = self.nm_found / self.nm_gold if self.nm_gold else 0.0
        if self.beads_gold:
            beads = scorer(root, "beadscore").score_multiple(self.beads_gold, self.beads_test)
            result["bead_strict_f1"] = beads["f1_strict"]
            result["bead_lax_f1"] = beads["f1_lax"]
        return result


def score_groups(root: Path, pair: SpanPair, groups: list[SpanGroup], into: SetScore) -> None:
    """Add one pair's predicted span groups to a set's counts."""
    score = scorer(root, "score")
    into.counts.append(score.score_pair(pair.gold_path, groups))
    mapped = [
        (
            sorted({score._to_gold(s, pair.gold["a_spans"]) for s in ga} - {None}),
            sorted({score._to_gold(s, pair.gold["b_spans"]) for s in gb} - {None}),
        )
        for ga, gb in groups
    ]
    predicted = score.links_of(mapped)
    gold_nm = score.links_of([(a, b) for a, b in pair.gold["links"] if len(a) + len(b) > 2])
    into.nm_found += len(predicted & gold_nm)
    into.nm_gold += len(gold_nm)
    if "beads" in pair.gold:
        into.beads_gold = [*(into.beads_gold or []), pair.gold["beads"]]
        into.beads_test = [*(into.beads_test or []), [g for g in mapped if g[0] or g[1]]]


def evaluate_set(
    root: Path, pairs: Sequence[SpanPair], embedder: Embedder, threshold: float
) -> dict[str, dict[str, float]]:
    """driftcheck and the three baselines on one set, each summarised by the set's scorer."""
    from bench.baselines import align_difflib, align_monotonic, align_mutual_best, similarity

    totals = {name: SetScore([]) for name in SYSTEMS}
    for pair in pairs:
        groups = align(pair.a, pair.b, embedder)
        score_groups(root, pair, to_spans(pair, groups), totals["driftcheck"])
        a, b = pair.gold_sentences("a"), pair.gold_sentences("b")
        rows = embedder.embed(a + b) if a and b else None
        sim = similarity(rows[: len(a)], rows[len(a) :]) if rows is not None else similarity([], [])
        baseline_groups = {
            "difflib": align_difflib(a, b),
            "mutual-best": align_mutual_best(sim, threshold),
            "monotonic-dp": align_monotonic(a, b, sim, embedder, threshold=threshold),
        }
        for name, found in baseline_groups.items():
            score_groups(root, pair, gold_spans(pair, found), totals[name])
    return {name: total.summary(root) for name, total in totals.items()}
