"""Attribution: who said it must survive the edit.

An attribution is a reporting verb (said, says, say, told, according to, announced, stated,
reported, claimed, claims, alleges, believe(s), added, quoted, cited, citing, wrote, warned,
insisted) with its source: the words before the verb back to the last punctuation mark ("the
interior ministry said"), only the pronoun when one stands right before the verb ("Speaking
to the committee he said"), a name set off by commas with the words before it ("The city's
mayor, Ibrahim al-Osaj, said"), or after it when nothing precedes and the words after end
the clause (", said Albert Park."; in ", said preliminary tests had" they are the
statement), or after "according to"; "told X" also counts X, but "told (X) to do", X at most
two words, is an instruction, not an attribution ("residents were told to stay indoors").
Pronouns and adverbs are not sources, and an agentless report ("it is reported", "is said
to") is a hedge (certainty.py), and a passive ("had been reported missing") reports no
speech: neither is an attribution. Plainer reporting verbs (confirmed, noted, tweeted) raise
nothing of their own, but a side using one still attributes.

Only attributions whose statement the other side keeps count (`statement_kept`): one cut or
added with its statement is no change of who said it. The statement is the clause after the
attribution when it has one ("investigators said no evidence was found"), else the rest of
its sentence. A group whose A text attributes and whose B text does not is
attribution.dropped (and the reverse attribution.added). An attribution at the place the
diff carries A's to is the same slot: attribution.changed only when both name a source and
neither source is in the other side ("Father Federico added" -> "He added" is no change).
Else, when a source of A is nowhere in B's text, it is attribution.changed if B names a
source A does not, else attribution.dropped, unless a sentence of B that holds the statement
attributes it to a source A names too ("Mr Jambon said" -> "the minister said"). Sources
match as names do (China's foreign ministry = the Chinese Foreign Ministry). Nor is one
dropped (or added) when the other version, read whole, gives every word of its statement to
a source sharing a word with it in one sentence of another group (a sentence split, merged
or moved).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from driftcheck.findings.context import GroupView, Side, excerpt
from driftcheck.findings.lexicon import STOPWORDS, canonical_words, related, stem_set, stems
from driftcheck.types import Finding

_VERB = re.compile(
    r"\b(?:according to|said|says|say|told(?!(?:\s+\w+){0,2}\s+to\s+\w)|tells|announced|"
    r"announces|stated|reported|claimed|"
    r"claims|alleges|allege|believe|believes|added|adds|quoted|cited|citing|wrote|writes|"
    r"warned|insisted)\b",
    re.IGNORECASE,
)
_ALSO_REPORTS = re.compile(
    r"\b(?:confirm(?:s|ed)?|explain(?:s|ed)|not(?:es|ed)|reveal(?:s|ed)|disclos(?:es|ed)|"
    r"stress(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|argu(?:es|ed)|tweet(?:s|ed)|"
    r"testif(?:ies|ied))\b",
    re.IGNORECASE,
)
"""Verbs that report speech less plainly (confirmed, noted, tweeted): a side using one with a
source still attributes, so the other side's "said" adds no attribution; they raise no
finding of their own (an editor rewords "confirmed" to "said" freely)."""
REPORTING_VERB = _VERB
"""A reporting verb (said, told, announced, according to ...), for other rules."""
_AGENTLESS = re.compile(
    r"\b(?:it (?:is|was|has been)|(?:is|are|was|were)|(?:has|have|had|having) been)[ ]$", re.I
)
"""Before "reported" or "said": an agentless report ("it is reported", "is said to"), a
hedge (certainty.py), or a passive that reports no speech ("had been reported missing"),
not a source."""
_STOP = re.compile(r"[,;:()\"“”‘«»!?]|\s[-–—]+\s|\.(?=\s|$)")
_SOURCE_WORDS = 6
_APPOSED_WORDS = 4
_CLAUSE_WORDS = 3
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
        agentless = _AGENTLESS.search(text, max(0, match.start() - _WINDOW), match.start())
        if not _verb_use(text, match) or agentless:
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
        elif (apposed := _appositive(text, match.start())) is not None:
            parts = [apposed]  # "The city's mayor, Ibrahim al-Osaj, said Sunday that"
        elif _ends_clause(text, match.end() + len(after)):
            parts = [(match.end(), match.end() + len(after), after)]  # ", said Albert Park."
        else:
            parts = []  # "..., which borders Liberia, said preliminary tests had": a statement
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


def _appositive(text: str, verb: int) -> tuple[int, int, str] | None:
    """The source set off by commas right before a verb ("The city's mayor, Ibrahim al-Osaj,
    said"): a name of at most `_APPOSED_WORDS` words opening with a capital between two
    commas, with the words before the first comma; None when the verb follows no such name
    (", said police": the source comes after the verb)."""
    comma = _trimmed_end(text, verb) - 1
    if comma < 0 or text[comma] != ",":
        return None
    name = _clause_before(text, comma)
    start = comma - len(name)
    if not name[:1].isupper() or len(name.split()) > _APPOSED_WORDS:
        return None
    lead = _trimmed_end(text, start) - 1
    if lead < 0 or text[lead] != ",":
        return None
    noun = _clause_before(text, lead)
    start = lead - len(noun)
    return (start, comma, text[start:comma])


def _trimmed_end(text: str, end: int) -> int:
    """Where `text[:end].rstrip()` ends, found without copying the text before `end`."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _ends_clause(text: str, position: int) -> bool:
    """True when punctuation or the end of the text follows a position (spaces skipped)."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position == len(text) or not text[position].isalnum()


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
    words = _statement(side, attribution)
    if not words:
        return False
    kept = sum(1 for word in words if related(word, other_pool))
    return kept >= _KEPT * len(words)


def _statement(side: Side, attribution: Attribution) -> set[str]:
    """The content words of the statement an attribution qualifies: what follows it in its
    sentence when that is a clause of `_CLAUSE_WORDS` or more ("investigators said no
    evidence was found"), else what precedes it (", police said.")."""
    n = _sentence_at(side, attribution.start)
    end = side.starts[n + 1] if n + 1 < len(side.starts) else len(side.text)
    after = set(_source_words(side.text[attribution.end : end]))
    if len(after) >= _CLAUSE_WORDS:
        return after
    return set(_source_words(side.text[side.starts[n] : attribution.start])) | after


def check_attribution(view: GroupView, whole: tuple[Said, Said] | None = None) -> list[Finding]:
    """attribution.dropped / attribution.added / attribution.changed for one group.

    Only attributions whose statement the other side keeps count (see statement_kept).
    With `whole` (both versions' attributions, read once per story), an attribution that
    the other version still gives, by the same source and to the same statement, in a
    sentence of another group (the sentence was split, merged or moved) is neither dropped
    nor added.
    """
    a_pool = stem_set(canonical_words(view.a.text))
    b_pool = stem_set(canonical_words(view.b.text))
    a_found = [a for a in attributions(view.a) if statement_kept(view.a, a, b_pool)]
    b_found = [b for b in attributions(view.b) if statement_kept(view.b, b, a_pool)]
    a_all, b_all = attributions(view.a), attributions(view.b)
    a_lost = [a for a in a_found if whole is None or not _given_elsewhere(view.a, a, whole[1])]
    b_new = [b for b in b_found if whole is None or not _given_elsewhere(view.b, b, whole[0])]
    if a_found and not b_all and not _also_reports(view.b.text):
        return [_report(view, "attribution.dropped", a_lost[0], None)] if a_lost else []
    if b_found and not a_all and not _also_reports(view.a.text):
        return [_report(view, "attribution.added", None, b_new[0])] if b_new else []
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
        elif not _still_attributed(view, attribution, b_all) and attribution in a_lost:
            found.append(_report(view, "attribution.dropped", attribution, None))
    return found


def _also_reports(text: str) -> bool:
    """True when a text reports speech with a verb that raises no finding ("has confirmed")."""
    return any(
        not _AGENTLESS.search(text, max(0, m.start() - _WINDOW), m.start())
        for m in _ALSO_REPORTS.finditer(text)
    )


def _still_attributed(view: GroupView, attribution: Attribution, b_all: list[Attribution]) -> bool:
    """True when a sentence of B that holds A's statement has an attribution of its own: the
    statement is still attributed, by a source A names too ("Mr Jambon said" -> "the
    minister said"), so nothing was dropped."""
    statement = _statement(view.a, attribution)
    for other in b_all:
        pool = stem_set(canonical_words(_sentence_of(view.b, other.start)))
        if statement and sum(related(w, pool) for w in statement) >= _KEPT * len(statement):
            return True
    return False


class Said:
    """One version's attributions read once: each sentence number that attributes to a
    source, by the stems of that source's words, with the sentence's word stems.

    Built once per story, so asking whether the version gives a statement elsewhere costs
    the sentences whose source shares a word, not a reading of the whole version.
    """

    def __init__(self, side: Side) -> None:
        """Read every attribution of a version (one side holding all its sentences)."""
        self.by_source: dict[str, list[int]] = {}
        self.pools: dict[int, frozenset[str]] = {}
        for found in attributions(side):
            if not found.source:
                continue
            n = _sentence_at(side, found.start)
            if n not in self.pools:
                self.pools[n] = stem_set(canonical_words(_sentence_of(side, found.start)))
            for stem in stem_set(list(found.source)):
                numbers = self.by_source.setdefault(stem, [])
                if not numbers or numbers[-1] != n:
                    numbers.append(n)

    def gives(self, source: tuple[str, ...], statement: set[str]) -> bool:
        """True when one sentence holds every word of `statement` (or a form of it) and
        attributes it to a source sharing a word (or a form of one) with `source`."""
        seen: set[int] = set()
        for word in source:
            for stem in stems(word):
                for n in self.by_source.get(stem, ()):
                    if n in seen:
                        continue
                    seen.add(n)
                    if all(related(w, self.pools[n]) for w in statement):
                        return True
        return False


def _given_elsewhere(side: Side, attribution: Attribution, other: Said) -> bool:
    """True when a sentence of the other version (read whole) holds every content word of the
    attribution's statement and attributes it to a source naming this one (by its capitalised
    words when it has any, else by any word): "Bangladeshi officials say another 300,000 ..."
    -> "..., but officials say another 300,000 ..."."""
    statement = _said(side, attribution) or _statement(side, attribution)
    if not statement or not attribution.source:
        return False
    return other.gives(attribution.names or attribution.source, statement)


def _said(side: Side, attribution: Attribution) -> set[str]:
    """The content words after an attribution in its sentence when there are at least two
    and no punctuation sets them off ("the court said he violated the constitution"; not
    "according to results published by TRT, the state broadcaster"), else none."""
    n = _sentence_at(side, attribution.start)
    end = side.starts[n + 1] if n + 1 < len(side.starts) else len(side.text)
    rest = side.text[attribution.end : end]
    after = set(_source_words(rest))
    return after if len(after) >= 2 and rest.lstrip()[:1].isalnum() else set()


def _sentence_of(side: Side, position: int) -> str:
    """The text of the side's sentence that holds a position."""
    n = _sentence_at(side, position)
    end = side.starts[n + 1] if n + 1 < len(side.starts) else len(side.text)
    return side.text[side.starts[n] : end]


def _sentence_at(side: Side, position: int) -> int:
    """The number of the side's sentence that holds a position (sentences start in order)."""
    return bisect_right(side.starts, position) - 1


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
