"""Embeddings of the sentences left to pair, their nearest candidates, and joined texts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from driftcheck.align.evidence import shared_vocabulary
from driftcheck.align.params import AlignParams
from driftcheck.embed.base import Embedder, Matrix

_BLOCK_ROWS = 512
_WORD = re.compile(r"[^\W\d_]{4,}")
"""Words of four letters or more: names and content words, few function words."""


def words(text: str) -> list[str]:
    """The case-folded words of four letters or more in a text."""
    return [w.casefold() for w in _WORD.findall(text)]


def shared_words(a: Iterable[str], b: Iterable[str]) -> float:
    """The share of each version's words found in the other, averaged (0.0 to 1.0).

    High in a revision, low in a translation; 1.0 when a side has no words to compare.
    """
    words_a = [w for text in a for w in words(text)]
    words_b = [w for text in b for w in words(text)]
    if not words_a or not words_b:
        return 1.0
    vocab_a, vocab_b = set(words_a), set(words_b)
    in_b = sum(w in vocab_b for w in words_a) / len(words_a)
    in_a = sum(w in vocab_a for w in words_b) / len(words_b)
    return (in_a + in_b) / 2


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence of the other side and its cosine similarity."""

    index: int
    score: float


class Vectors:
    """Sentence vectors of both sides, top-k candidates, and memoised joined-text vectors."""

    def __init__(
        self,
        texts_a: dict[int, str],
        texts_b: dict[int, str],
        keys: tuple[list[str], list[str]],
        embedder: Embedder,
        top_k: int,
        *,
        shared: float = 1.0,
    ) -> None:
        self.texts = {"a": texts_a, "b": texts_b}
        self.shared = shared
        """How many words the two versions share (see shared_words)."""
        self.words = {
            side: {index: frozenset(words(text)) for index, text in texts.items()}
            for side, texts in self.texts.items()
        }
        self.keys = keys
        self.embedder = embedder
        rows = (
            embedder.embed([*texts_a.values(), *texts_b.values()]) if texts_a and texts_b else None
        )
        n_a = len(texts_a)
        self.rows: dict[str, Matrix] = {
            "a": rows[:n_a] if rows is not None else np.zeros((0, 1), np.float32),
            "b": rows[n_a:] if rows is not None else np.zeros((0, 1), np.float32),
        }
        self.position = {
            side: {index: n for n, index in enumerate(texts)} for side, texts in self.texts.items()
        }
        self.ids = {side: list(texts) for side, texts in self.texts.items()}
        self.near: dict[str, dict[int, list[Candidate]]] = {"a": {}, "b": {}}
        if rows is not None:
            self._find_candidates(top_k)
        self._joined: dict[str, Matrix] = {}
        self._counterparts: dict[float, tuple[int, int]] = {}

    def counterparts(self, link: float) -> tuple[int, int]:
        """How many sentences, of both sides, have a best candidate at least `link` similar,
        and how many have a candidate at all; read once per threshold."""
        if link not in self._counterparts:
            best = [c[0].score for side in ("a", "b") for c in self.near[side].values() if c]
            self._counterparts[link] = (sum(score >= link for score in best), len(best))
        return self._counterparts[link]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The words both versions use somewhere (evidence.shared_vocabulary), read once."""
        return shared_vocabulary(self.words)

    def _find_candidates(self, k: int) -> None:
        found: dict[tuple[int, int], float] = {}
        for i, j, score in top_k(self.rows["a"], self.rows["b"], k):
            found[self.ids["a"][i], self.ids["b"][j]] = score
        for j, i, score in top_k(self.rows["b"], self.rows["a"], k):
            found[self.ids["a"][i], self.ids["b"][j]] = score
        for (i, j), score in sorted(found.items()):
            self.near["a"].setdefault(i, []).append(Candidate(j, score))
            self.near["b"].setdefault(j, []).append(Candidate(i, score))
        for lists in self.near.values():
            for candidates in lists.values():
                candidates.sort(key=lambda c: (-c.score, c.index))

    def has(self, side: str, index: int) -> bool:
        """Whether a sentence was embedded (it was not settled as identical)."""
        return index in self.position[side]

    def cos(self, i: int, j: int) -> float:
        """Cosine of A sentence i and B sentence j, in float64 so A-B equals B-A.

        Sentences that read the same are similar by definition, even when the embedder has
        no vector for them (a text without words: "***", an emoji).
        """
        if self.keys[0][i] == self.keys[1][j]:
            return 1.0
        left = self.rows["a"][self.position["a"][i]].astype(np.float64)
        right = self.rows["b"][self.position["b"][j]].astype(np.float64)
        return float(left @ right)

    def block(self, a_ids: Sequence[int], b_ids: Sequence[int]) -> npt.NDArray[np.float64]:
        """Cosines of some A sentences against some B sentences (a small matrix), in float64:
        a float32 product rounds by where a vector sits in the matrix, so two copies of one
        sentence would not tie exactly, and A-B would not equal B-A (see `top_k`)."""
        left = self.rows["a"][[self.position["a"][i] for i in a_ids]].astype(np.float64)
        right = self.rows["b"][[self.position["b"][j] for j in b_ids]].astype(np.float64)
        product: npt.NDArray[np.float64] = left @ right.T
        return product

    def text(self, side: str, ids: Iterable[int]) -> str:
        """Sentences of one side joined in reading order."""
        return " ".join(self.texts[side][index] for index in sorted(ids))

    def vector(self, side: str, ids: Sequence[int]) -> Matrix:
        """The vector of one sentence, or of several joined (embedded once, then memoised)."""
        if len(ids) == 1:
            row: Matrix = self.rows[side][self.position[side][ids[0]]]
            return row
        return self._joined[self.text(side, ids)]

    def has_joined(self, side: str, ids: Sequence[int]) -> bool:
        """Whether the joined text of several sentences has been embedded."""
        return self.text(side, ids) in self._joined

    def prepare(self, groups: Iterable[tuple[str, Sequence[int]]]) -> None:
        """Embed, in one call, the joined texts of groups not embedded before."""
        wanted = [self.text(side, ids) for side, ids in groups if len(ids) > 1]
        missing = [text for text in dict.fromkeys(wanted) if text not in self._joined]
        if missing:
            self._joined.update(zip(missing, self.embedder.embed(missing), strict=True))

    def prepare_texts(self, texts: Iterable[str]) -> None:
        """Embed, in one call, free texts (a group's unexplained words) not embedded before."""
        missing = [text for text in dict.fromkeys(texts) if text not in self._joined]
        if missing:
            self._joined.update(zip(missing, self.embedder.embed(missing), strict=True))

    def text_vector(self, text: str) -> Matrix:
        """The vector of a text given to `prepare_texts`."""
        return self._joined[text]

    def similarity(self, a_ids: Sequence[int], b_ids: Sequence[int]) -> float:
        """Cosine of two groups, joined texts embedded as one (call `prepare` first)."""
        if len(a_ids) == 1 and len(b_ids) == 1:
            return self.cos(a_ids[0], b_ids[0])
        left = self.vector("a", a_ids).astype(np.float64)
        right = self.vector("b", b_ids).astype(np.float64)
        return float(left @ right)


def pair_cost(vectors: Vectors, i: int, j: int, params: AlignParams) -> float:
    """What a 1-1 pair of A sentence i and B sentence j loses from its cosine.

    `uneven` times (1 - shorter / longer length): a dateline or a headline is rarely the
    same sentence as a long one, however similar. `lexical` times how far the pair's
    word overlap falls short of the versions' (shared_words): in a revision, a sentence
    revised keeps most of its words, another sentence on the same topic does not; in a
    translation the versions share almost none, so this costs nothing.
    """
    shorter, longer = sorted((len(vectors.texts["a"][i]), len(vectors.texts["b"][j])))
    cost = params.uneven * (1 - shorter / max(longer, 1))
    if params.lexical:
        cost += params.lexical * max(0.0, vectors.shared - word_overlap(vectors, i, j))
    return cost


def word_overlap(vectors: Vectors, i: int, j: int) -> float:
    """The share of the shorter sentence's words that the other has (1.0 without words)."""
    a, b = vectors.words["a"][i], vectors.words["b"][j]
    return len(a & b) / min(len(a), len(b)) if a and b else 1.0


def top_k(rows: Matrix, cols: Matrix, k: int) -> Iterable[tuple[int, int, float]]:
    """(row, col, cosine) for each row's k most similar columns, without an n x m matrix.

    The block product only picks the candidates: its rounding depends on where a vector
    sits in the matrix, so each pair's cosine is then computed from its two vectors alone.
    Equal sentences then tie exactly, and A-B gives the same value as B-A.
    """
    k = min(k, cols.shape[0])
    if k == 0:
        return
    for start in range(0, rows.shape[0], _BLOCK_ROWS):
        block = rows[start : start + _BLOCK_ROWS] @ cols.T
        best = np.sort(np.argpartition(-block, k - 1, axis=1)[:, :k], axis=1)
        row_ids = np.repeat(np.arange(start, start + best.shape[0]), k)
        col_ids = best.ravel()
        products = rows[row_ids].astype(np.float64) * cols[col_ids].astype(np.float64)
        cosines: list[float] = products.sum(axis=1).tolist()
        yield from zip(row_ids.tolist(), col_ids.tolist(), cosines, strict=True)
