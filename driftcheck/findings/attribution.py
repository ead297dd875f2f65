"""Attribution: who said it must survive the edit.

An attribution is a reporting verb (said, says, say, told, according to, announced,
stated, reported, claimed, claims, alleges, believe(s), added, quoted, cited, citing,
wrote, warned, insisted) with its
source: the words before the verb back to the last punctuation mark ("the interior
ministry said"), only the pronoun when one stands right before the verb ("Speaking to
the committee he said"), or after it when nothing precedes (", said Albert Park"), or after
"according to"; "told X" also counts X, but "told (X) to do", X at most two words, is an
instruction, not an attribution ("residents were told to stay indoors"). Pronouns and
adverbs are not sources, and an agentless report ("it is reported", "is said to") is a
hedge (certainty.py), not an attribution.

Only attributions whose statement the other side keeps count (`statement_kept`): one
cut or added with its statement is no change of who said it. A group whose A text
attributes and whose B text does not is attribution.dropped (and the reverse
attribution.added). An attribution at the place the diff carries A's to is the same
slot: attribution.changed only when both name a source and neither source is in the
other side ("Father Federico added" -> "He added" is no change). Else, when a source
of A is nowhere in B's text, it is attribution.changed if B names a source A does not,
else attribution.dropped. Sources match as names do (China's foreign ministry = the
Chinese Foreign Ministry).
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
REPORTING_VERB = _VERB
"""A reporting verb (said, told, announced, according to ...), for other rules."""
_AGENTLESS = re.compile(r"\b(?:it (?:is|was|has been)|(?:is|are|was|were))[ ]$", re.I)
"""Before "reported" or "said": an agentless report ("it is reported", "is said to"), a
hedge (certainty.py), not a source."""
_STOP = re.compile(r"[,;:()\"“”‘«»!?]|\s[-–—]+\s|\.(?=\s|$)")
_SOURCE_WORDS = 6
_KEPT = 0.6
_TAG_WORDS = 4
_WINDOW = 80
"""Characters around a reporting word that are read to tell a verb from a noun."""
_PRONOUNS = frozenset(("he", "she", "it", "they", "who", "which"))
_SUBJECTS = frozenset(("he", "she", "it", "they", "we", "i"))
"""Pronouns that, right before the verb, are its whole source."""


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
        if not _verb_use(text, match) or _AGENTLESS.search(text, 0, match.start()):
            continue
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
        elif before.split()[-1:] and before.split()[-1].lower() in _SUBJECTS:
            parts = []  # "Speaking to the committee he said": the source is "he"
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


def _verb_use(text: str, match: re.Match[str]) -> bool:
    """False for a reporting word used as a noun: "to settle claims", "the claims", or
    "added to" (his injury woes), which adds no words.

    "claims" is a verb only before "that", after a name or a pronoun ("Smith claims"), or
    ending a short tag set off by a comma (", the lawsuit claims.").
    """
    if match.group().lower() in ("added", "adds"):
        return text[match.end() : match.end() + 4].lower() != " to "
    if match.group().lower() != "claims":
        return True
    after = text[match.end() : match.end() + _WINDOW].split(maxsplit=1)
    before = text[max(0, match.start() - _WINDOW) : match.start()].split()
    previous = before[-1] if before else ""
    tag = text[max(0, match.start() - _WINDOW) : match.start()].rpartition(",")
    short_tag = bool(tag[1]) and len(tag[2].split()) <= _TAG_WORDS
    ends = not after or after[0][:1] in ".!?"
    return (
        (bool(after) and after[0].lower() == "that")
        or previous[:1].isupper()
        or previous.lower() in _PRONOUNS
        or (short_tag and ends)
    )


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


def statement_kept(side: Side, attribution: Attribution, other_pool: frozenset[str]) -> bool:
    """True when the statement an attribution qualifies is in the other side too.

    The statement is the rest of the attribution's sentence; it is kept when the other
    side has at least `_KEPT` of its content words. An attribution that leaves (or
    arrives) with its whole statement is a statement cut (or added), not a change of who
    said it.
    """
    n = max(k for k, begin in enumerate(side.starts) if begin <= attribution.start)
    end = side.starts[n + 1] if n + 1 < len(side.starts) else len(side.text)
    rest = side.text[side.starts[n] : attribution.start] + " " + side.text[attribution.end : end]
    words = set(_source_words(rest))
    if not words:
        return False
    kept = sum(1 for word in words if related(word, other_pool))
    return kept >= _KEPT * len(words)


def check_attribution(view: GroupView) -> list[Finding]:
    """attribution.dropped / attribution.added / attribution.changed for one group.

    Only attributions whose statement the other side keeps count (see statement_kept).
    """
    a_pool = stem_set(canonical_words(view.a.text))
    b_pool = stem_set(canonical_words(view.b.text))
    a_found = [a for a in attributions(view.a) if statement_kept(view.a, a, b_pool)]
    b_found = [b for b in attributions(view.b) if statement_kept(view.b, b, a_pool)]
    a_all, b_all = attributions(view.a), attributions(view.b)
    if a_found and not b_all:
        return [_report(view, "attribution.dropped", a_found[0], None)]
    if b_found and not a_all:
        return [_report(view, "attribution.added", None, b_found[0])]
    found = []
    answered: set[int] = set()
    for attribution in a_found:
        slot = _counterpart(view, attribution, b_all)
        if slot is not None:
            answered.add(id(slot))
            if _renamed(attribution, slot, a_pool, b_pool):
                found.append(_report(view, "attribution.changed", attribution, slot))
            continue
        if not attribution.source or _named_in(attribution, b_pool):
            continue
        new_sources = [
            b for b in b_found if id(b) not in answered and b.source and not _named_in(b, a_pool)
        ]
        if new_sources:
            answered.add(id(new_sources[0]))
            found.append(_report(view, "attribution.changed", attribution, new_sources[0]))
        else:
            found.append(_report(view, "attribution.dropped", attribution, None))
    return found


def _counterpart(
    view: GroupView, attribution: Attribution, b_all: list[Attribution]
) -> Attribution | None:
    """The B attribution at the place the diff carries A's attribution to, if any."""
    start, end = view.to_b(attribution.start, attribution.end)
    return next((b for b in b_all if b.start < max(end, start + 1) and start < b.end), None)


def _renamed(
    a: Attribution, b: Attribution, a_pool: frozenset[str], b_pool: frozenset[str]
) -> bool:
    """True when two attributions in the same place name different sources.

    Both must name a source (a pronoun says nothing new), and neither side may name the
    other's source anywhere in the group ("state TV reported" -> "state media reported"
    is the same source).
    """
    if not (a.source and b.source):
        return False
    return not _named_in(a, b_pool) and not _named_in(b, a_pool)


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
