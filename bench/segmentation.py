"""How much of the gap to the baselines on the dev sets is segmentation, not alignment.

    python bench/segmentation.py [--model default|use-multilingual] [--sets argrewrite aesop]

`bench/quality.py` gives the baselines the annotators' sentences while driftcheck segments
the texts itself. This script runs driftcheck and the order-preserving DP baseline on BOTH
segmentations (the annotators' sentences, and driftcheck's own), with the same embeddings and
the backend's fitted thresholds, and scores all four with the set's own score.py. Where
driftcheck's segmenter draws boundaries the annotators did not (Aesop: a quotation and its
attribution stay one sentence; the annotators split at every full stop inside the quote), a
gold sentence with no predicted sentence of its own cannot be linked by any aligner.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.baselines import align_monotonic, similarity
from bench.quality import MemoEmbedder
from bench.realdata import SetScore, SpanPair, benchdata_root, load_set, score_groups
from driftcheck.align import AlignOptions, align
from driftcheck.align.params import params_for
from driftcheck.embed import load_embedder
from driftcheck.embed.base import Embedder
from driftcheck.types import Sentence


def gold_sentences(pair: SpanPair) -> SpanPair:
    """The pair with the annotators' sentences in place of driftcheck's segmentation."""

    def sentences(text: str, spans: list[list[int]]) -> tuple[Sentence, ...]:
        return tuple(Sentence(k, text[a:b], a, b, 0) for k, (a, b) in enumerate(spans))

    return replace(
        pair,
        a=sentences(pair.a_text, pair.gold["a_spans"]),
        b=sentences(pair.b_text, pair.gold["b_spans"]),
    )


def spans(
    pair: SpanPair, groups: Sequence[tuple[Sequence[int], Sequence[int]]]
) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Groups over the pair's own sentences, as character spans for score.py."""
    return [
        (
            [(pair.a[i].start, pair.a[i].end) for i in ga],
            [(pair.b[j].start, pair.b[j].end) for j in gb],
        )
        for ga, gb in groups
    ]


def run(root: Path, pairs: Sequence[SpanPair], embedder: Embedder) -> dict[str, dict[str, float]]:
    """driftcheck and the DP on the pairs' sentences, each scored by the set's score.py."""
    params = params_for(embedder.model_id)
    totals = {"driftcheck": SetScore([]), "monotonic-dp": SetScore([])}
    for pair in pairs:
        found = align(pair.a, pair.b, embedder, AlignOptions(params=params))
        score_groups(root, pair, spans(pair, [(g.a, g.b) for g in found]), totals["driftcheck"])
        a, b = [s.text for s in pair.a], [s.text for s in pair.b]
        rows = embedder.embed(a + b)
        sim = similarity(rows[: len(a)], rows[len(a) :])
        dp = align_monotonic(a, b, sim, embedder, threshold=params.link)
        score_groups(root, pair, spans(pair, dp), totals["monotonic-dp"])
    return {name: total.summary(root) for name, total in totals.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Print link F1 / unpaired F1 for each system on each segmentation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", default="default")
    parser.add_argument("--sets", nargs="+", default=["argrewrite", "aesop"])
    parser.add_argument("--benchdata", type=Path)
    args = parser.parse_args(argv)
    root = benchdata_root(args.benchdata)
    embedder = MemoEmbedder(load_embedder(None if args.model == "default" else args.model))
    print(f"model {embedder.model_id}; link F1 / unpaired F1 (link P, link R)")
    for name in args.sets:
        own = load_set(root, name)
        sentences = {
            "annotators' sentences": [gold_sentences(p) for p in own],
            "driftcheck's sentences": own,
        }
        counts = {k: sum(len(p.a) + len(p.b) for p in v) for k, v in sentences.items()}
        print(f"{name} (dev, {len(own)} pairs; sentences: {counts})")
        for label, pairs in sentences.items():
            for system, r in run(root, pairs, embedder).items():
                print(
                    f"  {label:24s} {system:13s} {r['link_f1']:.3f} / {r['unpaired_f1']:.3f}"
                    f"  ({r['link_p']:.3f}, {r['link_r']:.3f})",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
