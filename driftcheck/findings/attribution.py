"""Attribution: who said it must survive the edit.

An attribution is a reporting verb (said, says, say, told, according to, announced,
stated, reported, claimed, claims, alleges, believe(s), added, quoted, cited, citing,
wrote, warned, insisted) with its
source: the words before the verb back to the last punctuation mark ("the interior
ministry said"), or after it when nothing precedes (", said Albert Park"), or after
"according to"; "told X" also counts X, but "told (X) to do", X at most two words, is an
instruction, not an attribution ("residents were told to stay indoors"). Pronouns and
adverbs are not sources.

A group whose A text attributes and whose B text does not is attribution.dropped (and
the reverse attribution.added). When both attribute but a named source of A is nowhere
in B's text, it is attribution.changed if B names a source A does not, else
attribution.dropped. Sources match as names do (China's foreign ministry = the Chinese
Foreign Ministry).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from driftcheck.findings.context import GroupView, Side, excerpt
from driftcheck.findings.lexicon import STOPWORDS, canonical_words, related, stem_set
from driftcheck.types import Finding

_VERB = re.compile(
    r"\b(?:according to|said|says|say|told(?!(?:\s+\w+){0,2}\s+to\s+\w)|tells|announced|"
    r"announces|stated|reported|claimed|"
    r"claims|alleges|allege|believe|believes|added|adds|quoted|cited|citing|wrote|writes|"
    r"warned|insisted)\b",
    re.IGNORECASE,
)
_STOP = re.compile(r"[,;:()\"“”‘«»!?]|\s[-–—]+\s|\.(?=\s|$)")
_SOURCE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting verb with the words naming its source, and where the phrase is."""

    start: int
    end: int
    source: tuple[str, ...]
    names: tuple[str, ...] = ()
    """The source's capitalised words (Tass in "the Tass news agency"), which identify it."""


def attributions(side: Side) -> list[Attribution]:
    """The attributions of one side's text, in reading order."""
    found = []
    text = side.text
    for match in _VERB.finditer(text):
        before = _clause_before(text, match.start())
        after = _clause_after(text, match.end())
        verb = match.group().lower()
        if verb == "according to":
            parts = [(match.end(), match.end() + len(after), after)]
        elif verb in ("told", "tells"):
            parts = [
                (match.start() - len(before), match.start(), before),
                (match.end(), match.end() + len(after), after),
            ]
        elif _source_words(before):
            parts = [(match.start() - len(before), match.start(), before)]
        else:
            parts = [(match.end(), match.end() + len(after), after)]
        source = tuple(word for _, _, part in parts for word in _source_words(part))
        names = tuple(word for _, _, part in parts for word in _source_words(_capitalised(part)))
        start = min([match.start()] + [s for s, _, part in parts if _source_words(part)])
        end = max([match.end()] + [e for _, e, part in parts if _source_words(part)])
        found.append(Attribution(start, end, source, names))
    return found


def _clause_before(text: str, end: int) -> str:
    """The words before `end` back to punctuation, at most a few of them, with their spacing.

    Only those few words are searched, so a long sentence with many verbs stays linear.
    """
    start = end
    for _ in range(_SOURCE_WORDS + 1):
        start = text.rfind(" ", 0, start)
        if start < 0:
            break
    clause_start = start + 1 if start >= 0 else 0
    for stop in _STOP.finditer(text, max(start, 0), end):
        clause_start = max(clause_start, stop.end())
    return text[clause_start:end].lstrip()


def _clause_after(text: str, start: int) -> str:
    """The words after `start` up to punctuation, at most a few of them, with their spacing."""
    cut = start - 1
    for _ in range(_SOURCE_WORDS + 1):
        cut = text.find(" ", cut + 1)
        if cut < 0:
            cut = len(text)
            break
    stop = _STOP.search(text, start, min(cut + 1, len(text)))
    end = cut if stop is None else min(cut, stop.start())
    return text[start:end].rstrip()


def _capitalised(text: str) -> str:
    """The capitalised words of a source, skipping its first word (often "The" or "Police")."""
    words = text.split()
    return " ".join(word for word in words[1:] if word[:1].isupper())


def _source_words(text: str) -> list[str]:
    """The words that name a source: no function words, adverbs (jointly) or numbers."""
    return [
        word
        for word in canonical_words(text)
        if word not in STOPWORDS and not word.endswith("ly") and not word.isdigit()
    ]


def check_attribution(view: GroupView) -> list[Finding]:
    """attribution.dropped / attribution.added / attribution.changed for one group."""
    a_found, b_found = attributions(view.a), attributions(view.b)
    if a_found and not b_found:
        return [_report(view, "attribution.dropped", a_found[0], None)]
    if b_found and not a_found:
        return [_report(view, "attribution.added", None, b_found[0])]
    a_pool = stem_set(canonical_words(view.a.text))
    b_pool = stem_set(canonical_words(view.b.text))
    new_sources = [b for b in b_found if b.source and not _named_in(b, a_pool)]
    found = []
    for attribution in a_found:
        if not attribution.source or _named_in(attribution, b_pool):
            continue
        if new_sources:
            found.append(_report(view, "attribution.changed", attribution, new_sources.pop(0)))
        else:
            found.append(_report(view, "attribution.dropped", attribution, None))
    return found


def _named_in(attribution: Attribution, pool: frozenset[str]) -> bool:
    """Whether the source is still named: by one of its names if it has any, else any word."""
    return any(related(word, pool) for word in attribution.names or attribution.source)


def _phrase(side: Side, attribution: Attribution) -> str:
    """The attribution as written, for a message."""
    return excerpt(side.text[attribution.start : attribution.end], 60)


def _report(view: GroupView, rule: str, a: Attribution | None, b: Attribution | None) -> Finding:
    """A finding naming the attribution of A, of B, or both."""
    phrases = [f'"{_phrase(view.a, a)}"'] if a is not None else []
    phrases += [f'"{_phrase(view.b, b)}"'] if b is not None else []
    return view.finding(
        rule,
        f"{rule.replace('.', ' ')}: {' -> '.join(phrases)}",
        a=None if a is None else (a.start, a.end),
        b=None if b is None else (b.start, b.end),
    )
