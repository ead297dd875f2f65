"""Reading attributions: reporting verbs and the sources they name (attribution.py judges them).

An attribution is a reporting verb (said, says, say, told, according to, announced, stated,
reported, claimed, claims, alleges, believe(s), added, quoted, cited, citing, wrote, warned,
insisted; "is reporting", "has learned that"; "heard" after a court, jury, inquest or
tribunal, as court reports attribute evidence: "the court heard") with its source: the
words before the verb back to the last punctuation mark ("the interior ministry said"),
only the pronoun when one stands right before the verb ("Speaking to the committee he
said"), a name set off by commas with the words before it ("The city's mayor, Ibrahim
al-Osaj, said"), or after it when nothing precedes and the words after end the clause (",
said Albert Park."; in ", said preliminary tests had" they are the statement), or after
"according to"; "told X" also counts X, up to "that" ("The spokesman,
Carl Maier, told the Courier that ...": Carl Maier and the Courier), but "told (X) to do", X
at most two words, is an instruction, not an attribution ("residents were told to stay
indoors").
Pronouns and adverbs are not sources, and an agentless report ("it is reported", "is said
to") is a hedge (certainty.py), and a passive ("had been reported missing") reports no
speech, nor does a participle followed only by when and set off from no statement ("the
final squad announced this week."): none is an attribution. Plainer reporting verbs
(confirmed, noted, tweeted) raise nothing of their own, but a side using one still
attributes.

`Said` reads a whole version's attributions once, so that a rule can ask, group after
group, whether the version gives a statement to a source anywhere, and which sentences carry
on a quotation attributed in the sentence before them (a quotation runs on over sentences
and paragraphs with its attribution given once).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from driftcheck.findings.context import Side
from driftcheck.findings.lexicon import (
    STOPWORDS,
    canonical_words,
    holds,
    roots,
    stem_set,
    stems,
)
from driftcheck.findings.quote_marks import Quote
from driftcheck.types import Document

_VERB = re.compile(
    r"\b(?:according to|said|says|say|told(?!(?:\s+\w+){0,2}\s+to\s+\w)|tells|announced|"
    r"announces|stated|reported|claimed|"
    r"claims|alleges|allege|believe|believes|added|adds|quoted|cited|citing|wrote|writes|"
    r"warned|insisted|(?:is|are|was|were) reporting|(?:has|have|had) learn[et]d?(?= that)|"
    r"(?:(?<=court )|(?<=jury )|(?<=jurors )|(?<=inquest )|(?<=tribunal ))heard)\b",
    re.IGNORECASE,
)

REPORTING_VERB = _VERB
"""A reporting verb (said, told, announced, according to ...), for other rules."""

AGENTLESS = re.compile(
    r"\b(?:it (?:is|was|has been)|(?:is|are|was|were)|(?:has|have|had|having) been)[ ]$", re.I
)
"""Before "reported" or "said": an agentless report ("it is reported", "is said to"), a
hedge (certainty.py), or a passive that reports no speech ("had been reported missing"),
not a source."""

_STOP = re.compile(r"[,;:()\"“”‘«»!?]|\s[-–—]+\s|\.(?=\s|$)")
_SOURCE_WORDS = 6
_APPOSED_WORDS = 4
_TAG_WORDS = 4
WINDOW = 80
"""Characters around a reporting word that are read to tell a verb from a noun."""

_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
"""Ends whom a source told: what follows "that" is the statement."""

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
        agentless = AGENTLESS.search(text, max(0, match.start() - WINDOW), match.start())
        if not _verb_use(text, match) or agentless:
            continue
        before = _clause_before(text, match.start())
        after = _clause_after(text, match.end())
        verb = match.group().lower()
        if _no_statement(text, match, before, after):
            continue  # "the final squad announced this week.": a participle, no speech
        if verb == "according to":
            parts = [(match.end(), match.end() + len(after), after)]
        elif verb in ("told", "tells"):
            told = _THAT.split(after, maxsplit=1)[0]  # "told AP that the blast ...": AP
            apposed = None if source_words(before) else _appositive(text, match.start())
            parts = [
                apposed or (match.start() - len(before), match.start(), before),
                (match.end(), match.end() + len(told), told),
            ]
        elif before.split()[-1:] and before.split()[-1].lower() in _SUBJECTS:
            parts = []  # "Speaking to the committee he said": the source is "he"
        elif source_words(before):
            parts = [(match.start() - len(before), match.start(), before)]
        elif (apposed := _appositive(text, match.start())) is not None:
            parts = [apposed]  # "The city's mayor, Ibrahim al-Osaj, said Sunday that"
        elif _ends_clause(text, match.end() + len(after)):
            parts = [(match.end(), match.end() + len(after), after)]  # ", said Albert Park."
        else:
            parts = []  # "..., which borders Liberia, said preliminary tests had": a statement
        source = tuple(word for _, _, part in parts for word in source_words(part))
        names = tuple(word for _, _, part in parts for word in source_words(_capitalised(part)))
        start = min([match.start()] + [s for s, _, part in parts if source_words(part)])
        end = max([match.end()] + [e for _, e, part in parts if source_words(part)])
        found.append(Attribution(start, end, source, names))
    return found


_WHEN_ONLY = re.compile(
    r"(?:(?:on|late|early|earlier|later|this|last|next)[ ]+)*"
    r"(?:week|month|year|weekend|morning|afternoon|evening|night|today|yesterday|tonight"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:[ ]+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
"""A clause after a reporting verb that says only when ("this week", "on Monday")."""
_PARTICIPLES = frozenset({"announced", "reported", "stated", "quoted", "cited", "claimed"})
_SET_OFF = frozenset(",;:\"”’'")


def _no_statement(text: str, match: re.Match[str], before: str, after: str) -> bool:
    """True for a past participle that reports nothing: a verb that is also a participle,
    followed only by when and not set off from a statement before it by a comma or a
    closing quotation mark ("players omitted from the final squad announced this week.";
    but ", the club announced this week." reports what comes before the comma)."""
    if match.group().lower() not in _PARTICIPLES or not _WHEN_ONLY.fullmatch(after.strip()):
        return False
    if not _ends_clause(text, match.end() + len(after)):
        return False
    start = match.start() - len(before)
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start > 0 and text[start - 1] not in _SET_OFF


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
    after = text[match.end() : match.end() + WINDOW].split(maxsplit=1)
    before = text[max(0, match.start() - WINDOW) : match.start()].split()
    previous = before[-1] if before else ""
    tag = text[max(0, match.start() - WINDOW) : match.start()].rpartition(",")
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


def source_words(text: str) -> list[str]:
    """The words that name a source: no function words, adverbs (jointly) or numbers."""
    return [
        word
        for word in canonical_words(text)
        if word not in STOPWORDS and not word.endswith("ly") and not word.isdigit()
    ]


class Said:
    """One version's attributions read once: each sentence number that attributes to a
    source, by the stems of that source's words, with the sentence's word stems; and the
    sentences that carry on a quotation attributed before them (`continued`).

    Built once per story, so asking whether the version gives a statement elsewhere costs
    the sentences whose source shares a word, not a reading of the whole version.
    """

    def __init__(self, side: Side, quotes: Sequence[Quote] = ()) -> None:
        """Read every attribution of a version (one side holding all its sentences) and,
        with its quotations, which of its sentences continue an attributed quotation."""
        self.by_source: dict[str, list[int]] = {}
        self.pools: dict[int, frozenset[str]] = {}
        sources: dict[int, tuple[str, ...]] = {}
        for found in attributions(side):
            n = sentence_at(side, found.start)
            index = side.sentences[n]
            sources[index] = sources.get(index, ()) + found.source
            if not found.source:
                continue
            if n not in self.pools:
                self.pools[n] = roots(sentence_of(side, found.start))
            for stem in stem_set(list(found.source)):
                numbers = self.by_source.setdefault(stem, [])
                if not numbers or numbers[-1] != n:
                    numbers.append(n)
        self.continued: dict[int, tuple[str, ...]] = continued_quotations(side.doc, quotes, sources)
        """Sentences (document indices) that carry on an attributed quotation, each with
        the words naming that quotation's source (none for a pronoun)."""

    def gives(self, source: tuple[str, ...], statement: set[str]) -> bool:
        """True when one sentence holds most words of `statement` (`_GIVEN` of them, each
        in any form: lexicon.holds) and attributes it to a source sharing a word (or a form
        of one) with `source`."""
        seen: set[int] = set()
        for word in source:
            for stem in stems(word):
                for n in self.by_source.get(stem, ()):
                    if n in seen:
                        continue
                    seen.add(n)
                    held = sum(holds(w, self.pools[n]) for w in statement)
                    if held >= _GIVEN * len(statement):
                        return True
        return False


_GIVEN = 0.6
"""The share of a statement's words a sentence must hold to give it: a rewrite that moves
a statement to another sentence often drops a word or two ("captured alive in" -> "the
capture of")."""
_QUOTED_SHARE = 0.8
"""A sentence this much inside quotation marks is a quotation standing on its own."""


def continued_quotations(
    doc: Document, quotes: Sequence[Quote], sources: Mapping[int, tuple[str, ...]]
) -> dict[int, tuple[str, ...]]:
    """The sentences (document indices) that carry on an attributed quotation, each with
    the source words (`sources`, by sentence) of the sentence that attributed it.

    News copy attributes a quotation once and lets it run on: a sentence that is (nearly)
    all inside quotation marks, with no reporting verb outside them, is said by the speaker
    of the quotation attributed in the sentence before it, or before a run of such
    sentences ("An IPCC spokesman said: ''A ... ''Pc Mitchell was arrested ... ''This is
    an ongoing investigation ...''").
    """
    continued: dict[int, tuple[str, ...]] = {}
    source: tuple[str, ...] | None = None  # of a quotation the sentence before carries
    first = 0  # quotations are in reading order: skip those ended before the sentence
    for sentence in doc.sentences:
        while first < len(quotes) and quotes[first].end <= sentence.start:
            first += 1
        spans = []
        n = first
        while n < len(quotes) and quotes[n].start < sentence.end:
            spans.append((max(quotes[n].start, sentence.start), min(quotes[n].end, sentence.end)))
            n += 1
        inside = sum(end - start for start, end in spans)
        outside = _unquoted(doc.text, sentence.start, sentence.end, spans)
        reports = any(
            not AGENTLESS.search(outside, max(0, m.start() - WINDOW), m.start())
            for m in _VERB.finditer(outside)
        )
        quoted = inside >= _QUOTED_SHARE * len(sentence.text.strip()) and not reports
        if quoted and source is not None:
            continued[sentence.index] = source
        elif not (spans and reports):
            source = None
        else:
            source = tuple(sources.get(sentence.index, ()))
    return continued


def _unquoted(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The text from `start` to `end` with quoted spans blanked out (offsets kept)."""
    chars = list(text[start:end])
    for first, last in spans:
        chars[first - start : last - start] = " " * (last - first)
    return "".join(chars)


def sentence_at(side: Side, position: int) -> int:
    """The number of the side's sentence that holds a position (sentences start in order)."""
    return bisect_right(side.starts, position) - 1


def sentence_of(side: Side, position: int) -> str:
    """The text of the side's sentence that holds a position."""
    n = sentence_at(side, position)
    end = side.starts[n + 1] if n + 1 < len(side.starts) else len(side.text)
    return side.text[side.starts[n] : end]
