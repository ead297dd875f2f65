"""Pair sentences across versions: unchanged, reworded, split, merged, moved, omitted, added.

In plain words, with the default thresholds (tuned for all-MiniLM-L6-v2 on news):
1. Sentences that are the same after folding quote style, dashes, whitespace and case are
   paired first, in order, without the model.
2. The rest are embedded once. Pairs at least `anchor` (0.80) similar are settled next,
   most similar first; then pairs at least `link` (0.60) similar (`anchor` when either
   sentence has fewer than six words, or when a headline (no final punctuation) meets a
   sentence: similarity says little there), where a pair whose
   neighbours are paired the same way gets a `context` bonus (0.06), so a duplicated
   sentence is paired where its neighbours are, and a pair sharing figures ("21 ships")
   gets 0.02 per shared figure (two at most). Equally good candidates wait until
   their neighbours are paired.
3. A sentence left over joins a group as part of a split or merge when it matches what
   the group's other side says and this side leaves out (runs of three or more words
   that the word diff deletes or inserts, four words at least): at least `part` (0.50)
   similar,
   sharing two words that are not the story's everyday vocabulary. The parts need
   not be adjacent. Two leftovers can also form a split or merge of an unpaired
   sentence when their joined text is at least `anchor` similar.
4. Whatever is still unpaired is omitted (A only) or added (B only). Paired groups that
   break the reading order are marked moved: the fewest sentences that must move for
   the rest to read in the same order in both versions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from driftcheck.diff import word_diff
from driftcheck.embed.base import Embedder, Matrix
from driftcheck.normalize import fold, tidy
from driftcheck.types import AlignmentGroup, Kind, Op, Sentence

_BLOCK_ROWS = 512
_SHARED = 2  # uncommon words a leftover must share with the words it stands in for
_COMMON_MIN, _COMMON_SHARE = 2, 0.1  # a word in more sentences is the story's topic, not evidence
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_FIGURE_BONUS = 0.02  # per figure (up to two) a pair shares: "21 ships" finds "21 ships"
_MIN_REST = 4  # words in a run one side leaves out before it can be part of a split or merge
_WORD = re.compile(r"\w+")
_TIE = 0.01  # two candidates this close are a tie, decided by context
_SENTENCE_END = re.compile(r"[.!?:;…。！？][\"'”’»)\]]*$")
_SHORT = 6  # sentences with fewer words (datelines, bylines, subheads) need `anchor` to pair
_MIRROR = {Op.DELETE: Op.INSERT, Op.INSERT: Op.DELETE}


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Thresholds on cosine similarity; see the module docstring for what each one means."""

    link: float = 0.60
    anchor: float = 0.80
    part: float = 0.50
    context: float = 0.06
    top_k: int = 8
    max_parts: int = 4
    strict: bool = False


@dataclass(slots=True)
class _Group:
    a: list[int]
    b: list[int]
    similarity: float


def align(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    embedder: Embedder,
    options: AlignOptions = AlignOptions(),
) -> tuple[AlignmentGroup, ...]:
    """Group A's and B's sentences; every sentence ends up in exactly one group."""
    a_keys, b_keys, links, texts_a, texts_b = _settle_identical(a, b, options)
    groups = {i: _Group([i], [j], 1.0) for i, j in links.items()}
    if texts_a and texts_b:
        _Matcher(texts_a, texts_b, embedder, options, groups).run()
    return _finish(groups, a_keys, b_keys)


def texts_to_embed(
    a: Sequence[Sentence], b: Sequence[Sentence], options: AlignOptions = AlignOptions()
) -> list[str]:
    """The sentence texts `align` will embed first: those identity could not settle."""
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
    links = _identical_pairs(a_keys, b_keys)
    linked_b = set(links.values())
    texts_a = {i: tidy(a[i].text) for i in range(len(a)) if i not in links}
    texts_b = {j: tidy(b[j].text) for j in range(len(b)) if j not in linked_b}
    return a_keys, b_keys, links, texts_a, texts_b


def _identical_pairs(a_keys: list[str], b_keys: list[str]) -> dict[int, int]:
    """Pair sentences that occur exactly once on each side; repeated ones need context."""
    a_count, b_count = Counter(a_keys), Counter(b_keys)
    b_index = {key: j for j, key in enumerate(b_keys) if b_count[key] == 1}
    return {i: b_index[key] for i, key in enumerate(a_keys) if a_count[key] == 1 and key in b_index}


class _Matcher:
    """Embedding-based pairing of the sentences left after identical ones are paired."""

    def __init__(
        self,
        texts_a: dict[int, str],
        texts_b: dict[int, str],
        embedder: Embedder,
        options: AlignOptions,
        groups: dict[int, _Group],
    ) -> None:
        self.texts_a, self.texts_b = texts_a, texts_b
        self.embedder, self.options, self.groups = embedder, options, groups
        self.a_of_b = {j: g.a[0] for g in groups.values() for j in g.b}
        self.b_of_a = {i: g.b[0] for g in groups.values() for i in g.a}
        self.sim = self._candidates()
        self.figures_a = {i: set(_FIGURE.findall(text)) for i, text in texts_a.items()}
        self.figures_b = {j: set(_FIGURE.findall(text)) for j, text in texts_b.items()}
        self.by_a: dict[int, list[int]] = defaultdict(list)
        self.by_b: dict[int, list[int]] = defaultdict(list)
        for i, j in sorted(self.sim):
            self.by_a[i].append(j)
            self.by_b[j].append(i)
        self._keep_nearest()
        texts = [*texts_a.values(), *texts_b.values()]
        counts = Counter(stem for text in texts for stem in _stems(text))
        limit = max(_COMMON_MIN, _COMMON_SHARE * len(texts))
        self.common = {stem for stem, count in counts.items() if count > limit}

    def run(self) -> None:
        """Settle anchors, then context-aware pairs, then splits and merges."""
        self._pair(lambda i, j: self.sim[i, j] >= self.options.anchor and not self._has_rival(i, j))
        for _ in range(2):
            self._pair(lambda i, j: self._is_link(i, j) and not self._has_rival(i, j))
        self._pair(self._is_link)
        for _ in range(self.options.max_parts - 1):
            if not self._grow():
                break
        self.finalise_similarity()

    def _candidates(self) -> dict[tuple[int, int], float]:
        """The top-k most similar pairs of each row and column, computed block by block."""
        rows_a, rows_b = list(self.texts_a), list(self.texts_b)
        vectors = self.embedder.embed([*self.texts_a.values(), *self.texts_b.values()])
        emb_a, emb_b = vectors[: len(rows_a)], vectors[len(rows_a) :]
        self.vec_a = dict(zip(rows_a, emb_a, strict=True))
        self.vec_b = dict(zip(rows_b, emb_b, strict=True))
        floor = min(self.options.part, self.options.link - self.options.context)
        sim: dict[tuple[int, int], float] = {}
        for i, j, s in _top_k(emb_a, emb_b, self.options.top_k):
            if s >= floor:
                sim[rows_a[i], rows_b[j]] = s
        for j, i, s in _top_k(emb_b, emb_a, self.options.top_k):
            if s >= floor:
                sim[rows_a[i], rows_b[j]] = s
        key = tidy if self.options.strict else fold
        for i, j in _same_text(self.texts_a, self.texts_b, key, self.options.top_k):
            sim[i, j] = 1.0
        for j, i in _same_text(self.texts_b, self.texts_a, key, self.options.top_k):
            sim[i, j] = 1.0
        return sim

    def _keep_nearest(self) -> None:
        """Keep each sentence's 2k best candidates: rivals are looked for among these.

        Top-k search bounds the candidates a sentence finds, not how often it is found: a
        line repeated a thousand times ties with every copy, all copies pick the same few,
        and checking rivals over such lists made the pairing quadratic. Among equal
        similarities the candidates nearest in relative position are kept.
        """
        limit = 2 * self.options.top_k
        span_a, span_b = max(self.texts_a) + 1, max(self.texts_b) + 1

        def distance(i: int, j: int) -> tuple[float, float, int, int]:
            return (-self.sim[i, j], abs(i / span_a - j / span_b), i, j)

        for i, found in self.by_a.items():
            if len(found) > limit:
                self.by_a[i] = sorted(sorted(found, key=lambda j: distance(i, j))[:limit])
        for j, found in self.by_b.items():
            if len(found) > limit:
                self.by_b[j] = sorted(sorted(found, key=lambda i: distance(i, j))[:limit])

    def _has_rival(self, i: int, j: int) -> bool:
        """Another free pair for i or j scores as high: wait until context tells them apart."""
        score = self._score(i, j)
        rivals = [(i, y) for y in self.by_a[i] if y != j] + [(x, j) for x in self.by_b[j] if x != i]
        return any(self._free(x, y) and self._score(x, y) >= score - _TIE for x, y in rivals)

    def _score(self, i: int, j: int) -> float:
        """Similarity plus the bonuses for paired neighbours and shared figures."""
        shared = len(self.figures_a[i] & self.figures_b[j])
        return self.sim[i, j] + self._context(i, j) + _FIGURE_BONUS * min(2, shared)

    def _is_link(self, i: int, j: int) -> bool:
        """Similar enough with context; short lines, or a headline with a sentence, need anchor."""
        a, b = self.texts_a[i], self.texts_b[j]
        unsure = min(_words(a), _words(b)) < _SHORT or _is_heading(a) != _is_heading(b)
        needed = self.options.anchor if unsure else self.options.link
        return self._score(i, j) >= needed

    def _context(self, i: int, j: int) -> float:
        """Bonus for a pair whose neighbour on either side is paired the same way."""
        neighbours = (self.b_of_a.get(i - 1) == j - 1) + (self.b_of_a.get(i + 1) == j + 1)
        return self.options.context * min(1, neighbours)

    def _pair(self, accept: Callable[[int, int], bool]) -> None:
        """Greedily pair free sentences, most similar first, where `accept` allows it."""
        ranked = sorted(
            (pair for pair in self.sim.items() if self._free(*pair[0])),
            key=lambda pair: (-self._score(*pair[0]), pair[0]),
        )
        for (i, j), s in ranked:
            if self._free(i, j) and accept(i, j):
                self._add(_Group([i], [j], s))

    def _free(self, i: int, j: int) -> bool:
        return i not in self.b_of_a and j not in self.a_of_b

    def _add(self, group: _Group) -> None:
        self.groups[group.a[0]] = group
        self.b_of_a.update((i, group.b[0]) for i in group.a)
        self.a_of_b.update((j, group.a[0]) for j in group.b)

    def _grow(self) -> bool:
        """Add leftovers to groups whose unexplained rest they carry; pair leftovers up."""
        grown = self._absorb_leftovers()
        return self._join_leftovers() or grown

    def _absorb_leftovers(self) -> bool:
        """A leftover joins a group when it best matches what the group's other side leaves out."""
        leftovers = {
            "a": [self.texts_b[j] for j in self.vec_b if j not in self.a_of_b],
            "b": [self.texts_a[i] for i in self.vec_a if i not in self.b_of_a],
        }
        rests = [  # only rests some leftover could join: the rule below needs shared words
            rest
            for group in self.groups.values()
            for rest in self._rests(group)
            if any(
                self._shared_rare_words(rest.text, text) >= _SHARED for text in leftovers[rest.side]
            )
        ]
        if not rests:
            return False
        vectors = self.embedder.embed([rest.text for rest in rests])
        offers: list[tuple[float, int, int, _Rest]] = []
        for rest, vector in zip(rests, vectors, strict=True):
            pool = self.vec_b if rest.side == "a" else self.vec_a
            own = set(rest.group.b if rest.side == "a" else rest.group.a)
            texts = self.texts_b if rest.side == "a" else self.texts_a
            scores = {i: float(vector @ other) for i, other in pool.items() if i not in own}
            if not scores:
                continue
            best = max(scores, key=lambda index: (scores[index], -index))
            taken = self.a_of_b if rest.side == "a" else self.b_of_a
            if (
                best not in taken
                and scores[best] >= self.options.part
                and self._shared_rare_words(rest.text, texts[best]) >= _SHARED
            ):
                offers.append((scores[best], min(rest.group.a), best, rest))
        offers.sort(key=lambda offer: (-offer[0], offer[1], offer[2]))
        changed: set[int] = set()
        for _, _, index, rest in offers:
            taken = self.a_of_b if rest.side == "a" else self.b_of_a
            if id(rest.group) in changed or index in taken:
                continue
            group = rest.group
            if rest.side == "a":
                grown = _Group(group.a, sorted([*group.b, index]), group.similarity)
            else:
                grown = _Group(sorted([*group.a, index]), group.b, group.similarity)
            self.groups.pop(min(group.a))
            self._add(grown)
            changed.add(id(group))
        return bool(changed)

    def _rests(self, group: _Group) -> Iterable[_Rest]:
        """Each substantial run of words one side of a group says and the other does not."""
        if len(group.a) > 1 and len(group.b) > 1:
            return
        a_text = " ".join(self.texts_a[i] for i in group.a if i in self.texts_a)
        b_text = " ".join(self.texts_b[j] for j in group.b if j in self.texts_b)
        if not a_text or not b_text:
            return
        # diff-match-patch may pair repeated words differently when its inputs are swapped:
        # diffing in one fixed order gives the same rests whichever version is A.
        swapped = b_text < a_text
        first, second = (b_text, a_text) if swapped else (a_text, b_text)
        tokens = word_diff(first, second, strict=self.options.strict)
        for side, op, grows in (("a", Op.DELETE, group.b), ("b", Op.INSERT, group.a)):
            if len(group.a) + len(group.b) - len(grows) > 1 or len(grows) >= self.options.max_parts:
                continue
            wanted = _MIRROR[op] if swapped else op
            for token in tokens:
                if token.op is wanted and _words(token.text) >= _MIN_REST:
                    yield _Rest(group, side, token.text.strip())

    def _join_leftovers(self) -> bool:
        """Two leftovers that together read like one leftover on the other side."""
        proposals = list(self._leftover_pairs())
        if not proposals:
            return False
        keys = sorted({self._joined_key(group) for group in proposals})
        vectors = self.embedder.embed([text for key in keys for text in key])
        joined = {key: float(vectors[2 * n] @ vectors[2 * n + 1]) for n, key in enumerate(keys)}
        scored = sorted(
            ((joined[self._joined_key(g)], g) for g in proposals),
            key=lambda item: (-item[0], item[1].a, item[1].b),
        )
        grown = False
        for s, group in scored:
            if s >= self.options.anchor and all(self._free(i, j) for i in group.a for j in group.b):
                self._add(_Group(group.a, group.b, s))
                grown = True
        return grown

    def _leftover_pairs(self) -> Iterable[_Group]:
        leftovers_of: dict[tuple[str, int], list[int]] = defaultdict(list)
        for (i, j), s in sorted(self.sim.items()):
            if s >= self.options.part and self._free(i, j):
                leftovers_of["a", i].append(j)
                leftovers_of["b", j].append(i)
        for (side, index), others in sorted(leftovers_of.items()):
            best = sorted(others, key=lambda o: -self._sim(index, o, side))[:2]
            if len(best) == 2:
                if side == "a":
                    yield _Group([index], sorted(best), -1.0)
                else:
                    yield _Group(sorted(best), [index], -1.0)

    def _shared_rare_words(self, left: str, right: str) -> int:
        """Words two texts share that are not the story's everyday vocabulary."""
        return len((_stems(left) & _stems(right)) - self.common)

    def _sim(self, index: int, other: int, side: str) -> float:
        pair = (index, other) if side == "a" else (other, index)
        return self.sim.get(pair, 0.0)

    def _joined_key(self, group: _Group) -> tuple[str, str]:
        a_text = " ".join(self.texts_a[i] for i in group.a)
        b_text = " ".join(self.texts_b[j] for j in group.b)
        return a_text, b_text

    def finalise_similarity(self) -> None:
        """Score each split and merge by its joined texts, in one batch."""
        grown = [g for g in self.groups.values() if len(g.a) + len(g.b) > 2]
        if not grown:
            return
        keys = [self._joined_key(g) for g in grown]
        vectors = self.embedder.embed([text for key in keys for text in key])
        for n, group in enumerate(grown):
            group.similarity = float(vectors[2 * n] @ vectors[2 * n + 1])


@dataclass(frozen=True, slots=True)
class _Rest:
    """The words of one side of `group` that its other side leaves out."""

    group: _Group
    side: str
    text: str


def _is_heading(text: str) -> bool:
    """A headline or subhead: a line that does not end like a sentence."""
    return not _SENTENCE_END.search(text)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _stems(text: str) -> set[str]:
    """Words of three letters or more, compared by their first four letters."""
    return {word[:4] for word in _WORD.findall(text.casefold()) if len(word) > 2}


def _same_text(
    texts: dict[int, str], others: dict[int, str], key: Callable[[str], str], k: int
) -> Iterable[tuple[int, int]]:
    """Repeated sentences that read the same on both sides are similar by definition.

    An embedder may have no vector for a text without words ("***", an emoji), so each
    copy is offered the k copies on the other side nearest to it in order, at 1.0.
    """
    copies: dict[str, list[int]] = defaultdict(list)
    for j, text in others.items():
        copies[key(text)].append(j)
    seen: Counter[str] = Counter()
    for i, text in texts.items():
        folded = key(text)
        same, rank = copies.get(folded, []), seen[folded]
        seen[folded] += 1
        first = max(0, min(rank - k // 2, len(same) - k))
        yield from ((i, j) for j in same[first : first + k])


def _top_k(rows: Matrix, cols: Matrix, k: int) -> Iterable[tuple[int, int, float]]:
    """(row, col, cosine) for each row's k most similar columns, without an n x m matrix.

    The block product only picks the candidates: its rounding depends on where a vector
    sits in the matrix, so each pair's cosine is then computed from its two vectors alone.
    Equal sentences then tie exactly, and A-B gives the same value as B-A.
    """
    k = min(k, cols.shape[0])
    for start in range(0, rows.shape[0], _BLOCK_ROWS):
        block = rows[start : start + _BLOCK_ROWS] @ cols.T
        best = np.sort(np.argpartition(-block, k - 1, axis=1)[:, :k], axis=1)
        row_ids = np.repeat(np.arange(start, start + best.shape[0]), k)
        col_ids = best.ravel()
        cosines = _cosines(rows[row_ids], cols[col_ids])
        yield from zip(row_ids.tolist(), col_ids.tolist(), cosines, strict=True)


def _cosines(left: Matrix, right: Matrix) -> list[float]:
    """Row-wise dot products in float64: the same for a pair wherever it sits, in either order."""
    products = left.astype(np.float64) * right.astype(np.float64)
    cosines: list[float] = products.sum(axis=1).tolist()
    return cosines


def _finish(
    groups: dict[int, _Group], a_keys: list[str], b_keys: list[str]
) -> tuple[AlignmentGroup, ...]:
    """Name each group's kind, mark moved groups, add omitted and added, order for reading."""
    paired = sorted(groups.values(), key=lambda g: (min(g.a), min(g.b)))
    moved = _moved(paired)
    result: list[AlignmentGroup] = []
    for n, group in enumerate(paired):
        result.append(
            AlignmentGroup(
                a=tuple(group.a),
                b=tuple(group.b),
                kind=_kind(group, a_keys, b_keys),
                similarity=round(min(1.0, group.similarity), 6),
                moved=n in moved,
            )
        )
    in_a = {i for g in paired for i in g.a}
    in_b = {j for g in paired for j in g.b}
    result += [
        AlignmentGroup((i,), (), Kind.OMITTED, None) for i in range(len(a_keys)) if i not in in_a
    ]
    result += [
        AlignmentGroup((), (j,), Kind.ADDED, None) for j in range(len(b_keys)) if j not in in_b
    ]
    return tuple(sorted(result, key=_reading_order(result)))


def _kind(group: _Group, a_keys: list[str], b_keys: list[str]) -> Kind:
    if len(group.b) > 1:
        return Kind.SPLIT
    if len(group.a) > 1:
        return Kind.MERGE
    same = a_keys[group.a[0]] == b_keys[group.b[0]]
    return Kind.UNCHANGED if same else Kind.CHANGED


def _moved(paired: list[_Group]) -> set[int]:
    """Indices of groups outside the heaviest run that reads in the same order on both sides."""
    if not paired:
        return set()
    ranks = {b: r for r, b in enumerate(sorted({min(g.b) for g in paired}))}
    size = len(ranks)
    tree = [(0, -1)] * (size + 1)  # Fenwick tree of (best weight, group index) by B rank
    best: list[tuple[int, int]] = []
    for n, group in enumerate(paired):
        rank = ranks[min(group.b)]
        prefix, back, r = (0, -1), -1, rank
        while r > 0:
            if tree[r][0] > prefix[0]:
                prefix = tree[r]
            r -= r & -r
        back = prefix[1]
        entry = (prefix[0] + len(group.a) + len(group.b), n)
        best.append((entry[0], back))
        r = rank + 1
        while r <= size:
            if entry[0] > tree[r][0]:
                tree[r] = entry
            r += r & -r
    end = max(range(len(best)), key=lambda n: (best[n][0], -n))
    keep = set()
    while end >= 0:
        keep.add(end)
        end = best[end][1]
    return set(range(len(paired))) - keep


def _reading_order(groups: list[AlignmentGroup]) -> Callable[[AlignmentGroup], tuple[int, int]]:
    """A's order; an added sentence follows the group holding the B sentence before it."""
    position_of_b: dict[int, int] = {}
    for group in groups:
        if group.a:
            position_of_b.update((j, 2 * min(group.a)) for j in group.b)
    anchor = -1
    for j in sorted(j for g in groups for j in g.b):
        if j in position_of_b:
            anchor = position_of_b[j]
        else:
            position_of_b[j] = anchor + 1

    def key(group: AlignmentGroup) -> tuple[int, int]:
        if group.a:
            return 2 * min(group.a), min(group.b, default=-1)
        return position_of_b[group.b[0]], group.b[0]

    return key
