"""Three simple sentence aligners to measure driftcheck against, all returning `(a, b)` groups.

Every aligner puts each sentence of both sides in exactly one group: a group with both sides is a
link (1-1, 1-2 or 2-1 here), a group with only A is omitted, a group with only B is added.
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from bench.gold import Group
from driftcheck.embed.base import Embedder

Similarity = npt.NDArray[np.float32]
"""Cosine similarities, one row per A sentence and one column per B sentence."""

DEFAULT_THRESHOLD = 0.5
"""The similarity below which no baseline links two sentences."""

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"', "–": "-"})


def similarity(a_rows: npt.ArrayLike, b_rows: npt.ArrayLike) -> Similarity:
    """`A @ B.T` for L2-normalised rows, shaped (len(A), len(B)) even when a side is empty."""
    a = np.asarray(a_rows, dtype=np.float32)
    b = np.asarray(b_rows, dtype=np.float32)
    if a.size == 0 or b.size == 0:
        rows = a.shape[0] if a.ndim == 2 else 0
        return np.zeros((rows, b.shape[0] if b.ndim == 2 else 0), dtype=np.float32)
    return (a @ b.T).astype(np.float32)


def normalise_sentence(text: str) -> str:
    """Lower case, straight quotes and single spaces, so cosmetic changes compare equal."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", text).strip()


def _leftovers(groups: list[Group], n_a: int, n_b: int) -> list[Group]:
    """Add every sentence no group mentions as omitted or added, and order groups by position."""
    used_a = {i for group_a, _ in groups for i in group_a}
    used_b = {j for _, group_b in groups for j in group_b}
    groups = groups + [((i,), ()) for i in range(n_a) if i not in used_a]
    groups += [((), (j,)) for j in range(n_b) if j not in used_b]
    return sorted(groups, key=_position)


def _position(group: Group) -> tuple[int, int]:
    """Linked and omitted groups in A's order, then added groups in B's order."""
    group_a, group_b = group
    return (0, group_a[0]) if group_a else (1, group_b[0])


def align_difflib(a: Sequence[str], b: Sequence[str]) -> list[Group]:
    """difflib over normalised sentences; a `replace` block pairs sentences in order."""
    matcher = difflib.SequenceMatcher(
        a=[normalise_sentence(s) for s in a], b=[normalise_sentence(s) for s in b], autojunk=False
    )
    groups: list[Group] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            groups += [((a0 + k,), (b0 + k,)) for k in range(min(a1 - a0, b1 - b0))]
    return _leftovers(groups, len(a), len(b))


def align_mutual_best(sim: Similarity, threshold: float = DEFAULT_THRESHOLD) -> list[Group]:
    """Link i and j when each is the other's most similar sentence and they reach the threshold."""
    n_a, n_b = sim.shape
    groups: list[Group] = []
    if n_a and n_b:
        best_b = sim.argmax(axis=1)
        best_a = sim.argmax(axis=0)
        groups = [
            ((i,), (int(j),))
            for i, j in enumerate(best_b)
            if best_a[j] == i and sim[i, j] >= threshold
        ]
    return _leftovers(groups, n_a, n_b)


def align_monotonic(
    a: Sequence[str],
    b: Sequence[str],
    sim: Similarity,
    embedder: Embedder,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    skip_penalty: float = 0.0,
) -> list[Group]:
    """Bertalign-style order-preserving alignment with 1-1, 1-0, 0-1, 1-2 and 2-1 steps.

    A step that links sentences scores its cosine similarity minus the threshold (1-2 and 2-1
    steps use the embedding of the two adjacent sentences joined by a space); a sentence left
    unaligned scores `-skip_penalty`. The path with the highest total wins, so nothing moves.
    """
    n_a, n_b = len(a), len(b)
    a_pairs = _pair_similarity(a, b, embedder, join_a=True)  # (n_a - 1, n_b): a[i]+a[i+1] vs b[j]
    b_pairs = _pair_similarity(a, b, embedder, join_a=False)  # (n_a, n_b - 1): a[i] vs b[j]+b[j+1]
    steps: dict[tuple[int, int], tuple[int, int]] = {}
    best = np.full((n_a + 1, n_b + 1), -np.inf)
    best[0, 0] = 0.0
    for i in range(n_a + 1):
        for j in range(n_b + 1):
            if i == j == 0:
                continue
            options: list[tuple[float, int, int]] = []
            if i >= 1:
                options.append((best[i - 1, j] - skip_penalty, 1, 0))
            if j >= 1:
                options.append((best[i, j - 1] - skip_penalty, 0, 1))
            if i >= 1 and j >= 1:
                options.append((best[i - 1, j - 1] + sim[i - 1, j - 1] - threshold, 1, 1))
            if i >= 1 and j >= 2:
                options.append((best[i - 1, j - 2] + b_pairs[i - 1, j - 2] - threshold, 1, 2))
            if i >= 2 and j >= 1:
                options.append((best[i - 2, j - 1] + a_pairs[i - 2, j - 1] - threshold, 2, 1))
            best[i, j], di, dj = max(options)
            steps[(i, j)] = (di, dj)
    groups: list[Group] = []
    i, j = n_a, n_b
    while i > 0 or j > 0:
        di, dj = steps[(i, j)]
        groups.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    groups.reverse()
    return groups


def _pair_similarity(
    a: Sequence[str], b: Sequence[str], embedder: Embedder, *, join_a: bool
) -> Similarity:
    """Similarity between adjacent pairs of one side, joined into one text, and the other side."""
    joined_side, other = (a, b) if join_a else (b, a)
    joined = [f"{first} {second}" for first, second in itertools.pairwise(joined_side)]
    if not joined or not other:
        shape = (max(len(a) - 1, 0), len(b)) if join_a else (len(a), max(len(b) - 1, 0))
        return np.zeros(shape, dtype=np.float32)
    rows = embedder.embed(joined)
    other_rows = embedder.embed(list(other))
    return similarity(rows, other_rows) if join_a else similarity(other_rows, rows)
