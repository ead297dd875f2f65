"""Pair sentences across versions: unchanged, reworded, split, merged, moved, omitted, added.

In plain words; each threshold is fitted per embedding backend on development data
(bench/fit_align.py writes them to fitted.json):
1. Sentences that read the same after folding quote style, dashes, whitespace and case are
   paired first, without the model (stage `identical`).
2. The rest are embedded once. A pair that are each other's most similar sentence, at
   least `anchor` similar and clearly ahead of any runner-up, is settled (`anchor`).
3. The settled pairs that keep the reading order cut both versions into gaps. In each
   gap an order-preserving dynamic programme (1-1, 1-2, 2-1, 2-2, 1-0, 0-1; neighbours
   joined and embedded as one text) links what is similar enough (`order`, see order.py).
   Beside the cosine, a calibrated decision (decide.py: a logistic model over cosine, lead
   over the runner-up, lengths, place in the gap, neighbours, shared words) may link a 1-1
   pair the cosine refuses (`calibrated`) and refuse one it links by less than `sure`
   (`veto`): a paraphrase where the order puts it, or another sentence on the same topic.
   In a pair sharing few words (under `beads`: a translation), Bertalign's second step
   takes its place: beads up to 1-3 and 3-1, every run of neighbours embedded once, scored
   by cosine times a length penalty against a fitted `skip` cost (beads.py).
4. What is still unpaired is matched across the whole story, most similar first, for
   passages that moved (`moved`, at least `move` similar, `clear` ahead of every other
   candidate of both sentences, and keeping `kept` x the words the versions share).
5. A sentence left over joins the group of its nearest sentence as a split or merge part,
   adjacent or not, when it is at least `part` similar to it, the joined text keeps at least
   the group's similarity plus `grow`, and the group's sides come `balance` closer in length;
   or when it is at least `rest` similar to the passage of the other side the group leaves
   unexplained (and the sides come `fill` closer in length) (`grown`).
6. In a pair sharing few words (under `apart`: a translation), a leftover between two
   groups joins the neighbouring group whose similarity stays highest, when it drops by at
   most `absorb` (fragments such as "Photo:" that mean little alone; `grown`). A piece of
   closing marks only ("!") first goes with the sentence before it, and a piece beginning
   in lower case may reach the group of its sentence over unpaired lines (a caption between).
7. Whatever is still unpaired is omitted (A only) or added (B only). Paired groups that
   break the reading order are marked moved: the fewest sentences that must move for the
   rest to read in the same order in both versions. Each group records its confidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from driftcheck.align.absorb import absorb
from driftcheck.align.anchors import anchors, chain, identical_pairs
from driftcheck.align.beads import align_beads, char_ratio, joined_runs
from driftcheck.align.decide import features
from driftcheck.align.finish import finish
from driftcheck.align.leftovers import grow, moved_pairs
from driftcheck.align.order import Gap, align_gap, diagonal_band, fits, gaps, joined_neighbours
from driftcheck.align.params import AlignParams, params_for
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors, shared_words
from driftcheck.embed.base import Embedder
from driftcheck.normalize import fold, tidy
from driftcheck.types import Pairing, Sentence

__all__ = ["AlignOptions", "AlignParams", "align", "candidate_pairs", "texts_to_embed"]


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """How to align: `params` None means the values fitted for the embedder's model.

    `lines`: the versions come segmented, one segment per line (see segment.segment).
    """

    strict: bool = False
    top_k: int = 8
    max_parts: int = 4
    params: AlignParams | None = None
    lines: bool = False

    def settings(self, model_id: str) -> dict[str, Any]:
        """The options and the thresholds a run with this model uses, for the report."""
        params = self.params or params_for(model_id)
        return {
            **params.to_dict(),
            "top_k": self.top_k,
            "max_parts": self.max_parts,
            "strict": self.strict,
            "lines": self.lines,
        }


def align(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    embedder: Embedder,
    options: AlignOptions = AlignOptions(),
) -> tuple[Pairing, ...]:
    """Group A's and B's sentences; every sentence ends up in exactly one group."""
    params = options.params or params_for(embedder.model_id)
    a_keys, b_keys, same, texts_a, texts_b = _settle_identical(a, b, options)
    links = [Link((i,), (j,), 1.0, "identical") for i, j in same.items()]
    shared = shared_words((s.text for s in a), (s.text for s in b))
    vectors = Vectors(texts_a, texts_b, (a_keys, b_keys), embedder, options.top_k, shared=shared)
    if texts_a and texts_b:
        links = _match(vectors, links, params, options, n_a=len(a), n_b=len(b))
    return finish(links, a_keys, b_keys, vectors, params)


def _match(
    vectors: Vectors,
    links: list[Link],
    params: AlignParams,
    options: AlignOptions,
    *,
    n_a: int,
    n_b: int,
) -> list[Link]:
    """Stages 2 to 6 on the sentences identity could not settle."""
    if vectors.shared < params.beads:  # a translation: Bertalign's beads
        links = _beads(vectors, links, params, n_a=n_a, n_b=n_b)
    else:
        links = links + anchors(vectors, params)
        open_gaps = _open_gaps(links, n_a, n_b)
        vectors.prepare(part for g in open_gaps for part in joined_neighbours(vectors, g, params))
        for gap in open_gaps:
            links += align_gap(vectors, gap, params)
    links += moved_pairs(vectors, links, params)
    links = grow(vectors, links, params, options.max_parts)
    return absorb(vectors, links, params, options.max_parts)


def _open_gaps(links: list[Link], n_a: int, n_b: int) -> list[Gap]:
    """The gaps between the settled pairs that keep the reading order, small enough to align."""
    settled_a = {i for link in links for i in link.a}
    settled_b = {j for link in links for j in link.b}
    return [g for g in gaps(chain(links), settled_a, settled_b, n_a, n_b) if fits(g)]


def candidate_pairs(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    embedder: Embedder,
    options: AlignOptions = AlignOptions(),
) -> list[tuple[int, int, list[float]]]:
    """(A sentence, B sentence, decide.features) of every 1-1 pair the programme weighs.

    For bench/fit_align.py --calibrate: the pairs a calibrated decision is asked about.
    """
    params = options.params or params_for(embedder.model_id)
    a_keys, b_keys, same, texts_a, texts_b = _settle_identical(a, b, options)
    if not (texts_a and texts_b):
        return []
    shared = shared_words((s.text for s in a), (s.text for s in b))
    if shared < params.beads:  # Bertalign's beads align this pair, not the programme
        return []
    vectors = Vectors(texts_a, texts_b, (a_keys, b_keys), embedder, options.top_k, shared=shared)
    links = [Link((i,), (j,), 1.0, "identical") for i, j in same.items()]
    found = []
    for gap in _open_gaps(links + anchors(vectors, params), len(a), len(b)):
        band = diagonal_band(len(gap.a), len(gap.b))
        for r in range(len(gap.a)):
            lo, hi = band(r)
            for c in range(lo, min(hi, len(gap.b))):
                values = features(vectors, gap.a, gap.b, r, c)
                found.append((gap.a[r], gap.b[c], values))
    return found


def _beads(
    vectors: Vectors, links: list[Link], params: AlignParams, *, n_a: int, n_b: int
) -> list[Link]:
    """Anchors, then Bertalign's second step in the gaps between what is settled."""
    links = links + anchors(vectors, params)
    open_gaps = _open_gaps(links, n_a, n_b)
    vectors.prepare(run for g in open_gaps for run in joined_runs(g))
    ratio = char_ratio(vectors)
    for gap in open_gaps:
        links += align_beads(vectors, gap, params, ratio)
    return links


def texts_to_embed(
    a: Sequence[Sentence], b: Sequence[Sentence], options: AlignOptions = AlignOptions()
) -> list[str]:
    """The sentence texts `align` will embed first: those identity could not settle.

    Joined neighbours (for 1-2, 2-1 and 2-2 steps) are embedded later, as needed.
    """
    *_, texts_a, texts_b = _settle_identical(a, b, options)
    if not (texts_a and texts_b):
        return []
    return [*texts_a.values(), *texts_b.values()]


def _settle_identical(
    a: Sequence[Sentence], b: Sequence[Sentence], options: AlignOptions
) -> tuple[list[str], list[str], dict[int, int], dict[int, str], dict[int, str]]:
    """Comparison keys, identical pairs, and the texts of the sentences left to match."""
    key: Callable[[str], str] = tidy if options.strict else fold
    a_keys, b_keys = [key(s.text) for s in a], [key(s.text) for s in b]
    same = identical_pairs(a_keys, b_keys)
    paired_b = set(same.values())
    texts_a = {i: tidy(a[i].text) for i in range(len(a)) if i not in same}
    texts_b = {j: tidy(b[j].text) for j in range(len(b)) if j not in paired_b}
    return a_keys, b_keys, same, texts_a, texts_b
