"""Names that moved with their clause: a clause around a name (between dashes, parentheses
or semicolons) that reappears, name and all, in another sentence of the other version,
where the edit carried it; the name is then neither dropped nor added (entities.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from driftcheck.findings.lexicon import STOPWORDS, canonical_words, related, stem_set, stems
from driftcheck.findings.names import Entity
from driftcheck.types import Document

_MOVED_WORDS = 4
_CLAUSE_BREAK = re.compile(r"\s[-–—]+\s|[–—()]|;")


def moved_clause(text: str, entity: Entity, other: Document, group: Sequence[int]) -> bool:
    """True when the clause around `entity` in `text` (one side of a group) reappears, name
    and all, in a sentence of the `other` version outside the `group`'s sentences there.

    The clause is the stretch between dashes, parentheses or semicolons (the whole group
    text when there are none); it reappears when a sentence names the entity and shares at
    least four of the clause's content words and two fifths of them.
    """
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    start = max(b for b in bounds if b <= entity.start)
    end = min((b for b in bounds if b >= entity.end), default=len(text))
    clause = _content(text[start:end])
    if not clause:
        return False
    index = _indexed(other)
    rarest = min(entity.words, key=index.mentions)
    for n in index.naming(rarest):  # only sentences naming the entity can keep its clause
        shared = len(clause & index.contents[n])
        if (
            shared >= _MOVED_WORDS
            and shared * 5 >= 2 * len(clause)
            and other.sentences[n].index not in group
            and all(related(word, index.contents[n]) for word in entity.words)
        ):
            return True
    return False


def _content(text: str) -> frozenset[str]:
    return stem_set([w for w in canonical_words(text) if w not in STOPWORDS])


@dataclass(frozen=True, slots=True)
class _Index:
    """Each sentence's content words, and for each word the sentences that have it."""

    document: Document
    contents: tuple[frozenset[str], ...]
    postings: Mapping[str, tuple[int, ...]]

    def mentions(self, word: str) -> int:
        """How many sentences hold the word or a form of it, at most (forms may share one)."""
        return sum(len(self.postings.get(stem, ())) for stem in stems(word))

    def naming(self, word: str) -> set[int]:
        """The sentences holding the word or a form of it (Chinese for China)."""
        return {n for stem in stems(word) for n in self.postings.get(stem, ())}


_INDEXED: list[_Index] = []
"""The last two versions indexed: a story's checks ask about the same two many times."""


def _indexed(document: Document) -> _Index:
    """The content-word index of `document`, built once per version (linear in its length)."""
    for index in _INDEXED:
        if index.document is document:
            return index
    contents = tuple(_content(sentence.text) for sentence in document.sentences)
    postings: dict[str, list[int]] = {}
    for n, words in enumerate(contents):
        for word in words:
            postings.setdefault(word, []).append(n)
    index = _Index(document, contents, {w: tuple(ns) for w, ns in postings.items()})
    _INDEXED[:] = [*_INDEXED[-1:], index]
    return index
