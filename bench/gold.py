"""Gold alignments for the quality benchmark: load pairs, map keys to sentences, score predictions.

A pair lives in a folder with `a.txt`, `b.txt` and `gold.json`. The gold names sentences by key, a
short phrase that occurs in exactly one sentence of its side, so it does not depend on where a
segmenter draws sentence boundaries. A key is a string, or `{"text": ..., "occurrence": n}` to pick
the n-th (1-based) of several sentences that contain the same phrase (a lede printed twice).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Indices = tuple[int, ...]
Group = tuple[Indices, Indices]
"""An alignment group as (A sentence indices, B sentence indices); one side may be empty."""

_WORD = re.compile(r"\w")


class GoldError(ValueError):
    """A gold file that cannot be read or has the wrong shape."""


@dataclass(frozen=True, slots=True)
class Key:
    """A phrase naming one sentence; `occurrence` picks among sentences that all contain it."""

    text: str
    occurrence: int | None = None

    def __str__(self) -> str:
        suffix = "" if self.occurrence is None else f" (occurrence {self.occurrence})"
        return f"{self.text!r}{suffix}"


@dataclass(frozen=True, slots=True)
class GoldGroup:
    """Keys for the A sentences and the B sentences of one gold group."""

    a: tuple[Key, ...]
    b: tuple[Key, ...]


@dataclass(frozen=True, slots=True)
class GoldPair:
    """Two versions of a story and their gold groups."""

    name: str
    a_text: str
    b_text: str
    description: str
    groups: tuple[GoldGroup, ...]


@dataclass(frozen=True, slots=True)
class ResolvedGold:
    """Gold groups as sentence indices for one segmentation, with what went wrong on the way."""

    groups: tuple[Group, ...]
    scored_a: frozenset[int]
    scored_b: frozenset[int]
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one set comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Share of predictions that are right; 1.0 when nothing was predicted nor expected."""
        return _ratio(self.tp, self.tp + self.fp, empty=1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        """Share of gold items found; 1.0 when nothing was predicted nor expected."""
        return _ratio(self.tp, self.tp + self.fn, empty=1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @staticmethod
    def of(predicted: Iterable[object], gold: Iterable[object]) -> Counts:
        """Compare two sets of hashable items."""
        pred, true = set(predicted), set(gold)
        return Counts(len(pred & true), len(pred - true), len(true - pred))


@dataclass(frozen=True, slots=True)
class Scores:
    """Link, omitted and added counts of one system on one or more pairs."""

    links: Counts = field(default_factory=Counts)
    omitted: Counts = field(default_factory=Counts)
    added: Counts = field(default_factory=Counts)
    split_merge: Counts = field(default_factory=Counts)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.links + other.links,
            self.omitted + other.omitted,
            self.added + other.added,
            self.split_merge + other.split_merge,
        )


def _ratio(part: int, whole: int, *, empty: float) -> float:
    return empty if whole == 0 else part / whole


def _parse_key(raw: Any, where: str) -> Key:
    if isinstance(raw, str) and raw:
        return Key(raw)
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        occurrence = raw.get("occurrence")
        if occurrence is None or (isinstance(occurrence, int) and occurrence >= 1):
            return Key(raw["text"], occurrence)
    raise GoldError(
        f"{where}: a key is a non-empty string or {{'text', 'occurrence'}}, got {raw!r}"
    )


def parse_gold(name: str, a_text: str, b_text: str, data: Any) -> GoldPair:
    """Build a pair from the decoded JSON of its gold file."""
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise GoldError(f"{name}: gold.json needs a 'groups' list")
    groups = []
    for number, raw in enumerate(data["groups"]):
        where = f"{name}: group {number}"
        if not isinstance(raw, dict):
            raise GoldError(f"{where}: expected an object with 'a' and 'b'")
        a_keys, b_keys = raw.get("a", []), raw.get("b", [])
        if not isinstance(a_keys, list) or not isinstance(b_keys, list) or not (a_keys or b_keys):
            raise GoldError(f"{where}: 'a' and 'b' are lists of keys, not both empty")
        groups.append(
            GoldGroup(
                tuple(_parse_key(key, where) for key in a_keys),
                tuple(_parse_key(key, where) for key in b_keys),
            )
        )
    return GoldPair(name, a_text, b_text, str(data.get("description", "")), tuple(groups))


def load_pair(folder: Path) -> GoldPair:
    """Read `a.txt`, `b.txt` and `gold.json` from a pair's folder."""
    try:
        a_text = (folder / "a.txt").read_text(encoding="utf-8")
        b_text = (folder / "b.txt").read_text(encoding="utf-8")
        data = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldError(f"{folder.name}: {error}") from error
    return parse_gold(folder.name, a_text, b_text, data)


def load_pairs(root: Path) -> list[GoldPair]:
    """Every pair under `root` (folders holding a gold.json), in name order."""
    return [load_pair(path.parent) for path in sorted(root.glob("*/gold.json"))]


def has_words(text: str) -> bool:
    """False for sentences of punctuation only (a stray "."), which are not scored."""
    return _WORD.search(text) is not None


def find_key(key: Key, sentences: Sequence[str]) -> tuple[int | None, str | None]:
    """The index of the sentence a key names, or None and a reason."""
    hits = [i for i, text in enumerate(sentences) if key.text in text]
    if key.occurrence is not None:
        if key.occurrence <= len(hits):
            return hits[key.occurrence - 1], None
        return None, f"key {key} has only {len(hits)} matching sentence(s)"
    if len(hits) == 1:
        return hits[0], None
    if not hits:
        straddles = key.text in " ".join(sentences)
        hint = " (it straddles a sentence boundary)" if straddles else ""
        return None, f"key {key} matches no sentence{hint}"
    listed = "; ".join(f"{i}: {_clip(sentences[i])}" for i in hits)
    return None, f"key {key} is ambiguous, it occurs in sentences {listed}"


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def resolve(pair: GoldPair, a: Sequence[str], b: Sequence[str]) -> ResolvedGold:
    """Map a pair's keys onto two lists of sentence texts and check that they cover each once."""
    errors: list[str] = []
    notes: list[str] = []
    mapped = [
        _map_group(f"{pair.name}: group {number}", group, a, b, errors)
        for number, group in enumerate(pair.groups)
    ]
    kept, claims = _drop_redundant(pair.name, mapped, notes)
    for (side, index), count in sorted(claims.items()):
        if count > 1:
            sentence = (a if side == "A" else b)[index]
            errors.append(
                f"{pair.name}: {side} sentence {index} {_clip(sentence)} is in {count} groups"
            )
    scored_a = _covered(pair.name, "A", a, claims, notes)
    scored_b = _covered(pair.name, "B", b, claims, notes)
    groups = [(tuple(sorted(ga & scored_a)), tuple(sorted(gb & scored_b))) for ga, gb in kept]
    return ResolvedGold(
        tuple(group for group in groups if group[0] or group[1]),
        scored_a,
        scored_b,
        tuple(errors),
        tuple(notes),
    )


def _map_group(
    where: str, group: GoldGroup, a: Sequence[str], b: Sequence[str], errors: list[str]
) -> tuple[frozenset[int], frozenset[int]]:
    """The sentences a group's keys name on each side; keys that name none go to `errors`."""
    sides = []
    for side, keys, sentences in (("A", group.a, a), ("B", group.b, b)):
        found = set()
        for key in keys:
            index, problem = find_key(key, sentences)
            if index is None:
                errors.append(f"{where}, side {side}: {problem}")
            else:
                found.add(index)
        sides.append(frozenset(found))
    return sides[0], sides[1]


def _drop_redundant(
    name: str, mapped: list[tuple[frozenset[int], frozenset[int]]], notes: list[str]
) -> tuple[list[tuple[frozenset[int], frozenset[int]]], Counter[tuple[str, int]]]:
    """Drop groups whose every sentence another group also claims (a dateline kept in its lede)."""
    claims = Counter(_claimed(mapped))
    kept = []
    for number, group in enumerate(mapped):
        mine = list(_claimed([group]))
        if mine and all(claims[item] > 1 for item in mine):
            claims.subtract(mine)
            notes.append(f"{name}: group {number} dropped, its sentences belong to another group")
        elif mine:
            kept.append(group)
    return kept, claims


def _covered(
    name: str,
    side: str,
    sentences: Sequence[str],
    claims: Counter[tuple[str, int]],
    notes: list[str],
) -> frozenset[int]:
    """Sentences some group claims; a sentence with words that none claims is noted."""
    covered = set()
    for index, text in enumerate(sentences):
        if claims[(side, index)] > 0:
            covered.add(index)
        elif has_words(text):
            notes.append(
                f"{name}: no key covers {side} sentence {index} {_clip(text)}; it is not scored"
            )
    return frozenset(covered)


def _claimed(groups: Iterable[tuple[Iterable[int], Iterable[int]]]) -> Iterable[tuple[str, int]]:
    for group_a, group_b in groups:
        yield from (("A", i) for i in group_a)
        yield from (("B", j) for j in group_b)


def links(groups: Iterable[Group]) -> set[tuple[int, int]]:
    """Every (A sentence, B sentence) pair that some group aligns."""
    return {(i, j) for group_a, group_b in groups for i in group_a for j in group_b}


def score(predicted: Iterable[Group], gold: ResolvedGold) -> Scores:
    """Compare predicted groups with the gold, on the sentences the gold covers."""
    keep_a, keep_b = gold.scored_a, gold.scored_b
    pred = [
        (tuple(i for i in ga if i in keep_a), tuple(j for j in gb if j in keep_b))
        for ga, gb in predicted
    ]
    # A group that keeps one side only after filtering was a link, not an omission or addition.
    had_both = [bool(ga) and bool(gb) for ga, gb in predicted]
    pred_omitted = {
        i for (ga, gb), both in zip(pred, had_both, strict=True) if not both for i in ga
    }
    pred_added = {j for (ga, gb), both in zip(pred, had_both, strict=True) if not both for j in gb}
    gold_links = links(gold.groups)
    gold_nm = links(g for g in gold.groups if len(g[0]) + len(g[1]) > 2)
    pred_links = links(pred)
    return Scores(
        links=Counts.of(pred_links, gold_links),
        omitted=Counts.of(pred_omitted, {i for ga, gb in gold.groups if not gb for i in ga}),
        added=Counts.of(pred_added, {j for ga, gb in gold.groups if not ga for j in gb}),
        split_merge=Counts(tp=len(pred_links & gold_nm), fp=0, fn=len(gold_nm - pred_links)),
    )
