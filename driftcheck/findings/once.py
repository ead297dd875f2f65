"""Each lost or new fact reported once per story, however many groups mention it.

The group rules see one aligned pair each, so a name dropped from two sentences, a figure
added in a new sentence and repeated in an edited one, or a quotation whose sentences sit
in several groups would each be reported more than once. `once_per_figure` and
`first_mentions` run over all of a story's findings, after the group rules, and keep one
finding per fact: at its first mention, and not when another finding already reports the
same change (a number or name changed, a quote altered).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from driftcheck.findings.figure_values import FIGURE, read_value
from driftcheck.findings.forms import Told
from driftcheck.findings.lexicon import HONORIFICS, RANKS, STOPWORDS, canonical_words
from driftcheck.findings.quote_marks import Quote
from driftcheck.normalize import fold
from driftcheck.types import Finding

_WORDS = re.compile(r"\w+")

_ONCE = frozenset(
    {
        "entity.dropped",
        "entity.added",
        "number.added",
        "number.removed",
        "number.omitted",
        "quote.added",
        "quote.dropped",
    }
)


_QUOTE_COMPARED = frozenset(
    {"quote.altered", "quote.shortened", "quote.marked_edit", "quote.punctuation"}
)


def first_mentions(
    found: Sequence[Finding], quotes: tuple[Sequence[Quote], Sequence[Quote]] = ((), ())
) -> list[Finding]:
    """The findings with each name, figure or quote reported lost (or new) once: at its
    first mention ("100%" added in two sentences is one new figure; a name at its first
    mention in the text, whichever group holds it); a quotation that runs
    over several sentences (A's and B's `quotes`) is added or dropped once; a quote
    reported changed is not also dropped, nor a name reported changed also dropped (its
    old form) or added (its new form); a name already reported in a longer form (Mr
    Alwan after Salim Hussein Alwan, CBO after Congressional Budget Office) is not
    reported again, whichever comes first; nor is a later second form of a name already
    reported (ECDC after the European Centre for Disease Prevention and Control, Blackhawks
    after Blackhawk: forms.same_name)."""
    found = _one_per_quotation(found, quotes)
    seen: set[tuple[str, str]] = set()
    altered = {fold(f.a_text or "") for f in found if f.rule in _QUOTE_COMPARED}
    reported: dict[str, list[str]] = {}
    for item in found:
        if item.rule in _NAMES:
            reported.setdefault(item.rule, []).append(item.a_text or item.b_text or "")
    changed = {
        (side, _said_once("entity.added", text or ""))
        for f in found
        if f.rule == "entity.changed"
        for side, text in (("entity.dropped", f.a_text), ("entity.added", f.b_text))
    }
    kept: set[int] = set()
    told = {rule: Told() for rule in _NAMES}
    for n in _names_by_position(found):
        item = found[n]
        if item.rule == "quote.dropped" and fold(item.a_text or "") in altered:
            continue  # the same quote is reported as changed where B kept it
        if (item.rule, _said_once(item.rule, item.a_text or item.b_text or "")) in changed:
            continue  # the name is reported as changed (Supreme -> Constitutional Court)
        if item.rule in _ONCE:
            text = item.a_text or item.b_text or ""
            key = (_LOST.get(item.rule, item.rule), _said_once(item.rule, text))
            if key in seen:
                continue
            seen.add(key)
            longer = (n for n in reported.get(item.rule, ()) if n != text)
            if item.rule in _NAMES and any(_shorter_form(text, n) for n in longer):
                continue
            if item.rule in _NAMES and told[item.rule].has_form_of(text):
                continue  # a second form of a name already reported (ECDC, Guardsmen)
            if item.rule in _NAMES:
                told[item.rule].add(text)
        kept.add(n)
    return [item for n, item in enumerate(found) if n in kept]


def _names_by_position(found: Sequence[Finding]) -> list[int]:
    """The findings' positions in the order `first_mentions` reads them: as listed (by
    group), but names added or dropped among themselves by where they stand in the text,
    so that a name is reported at its first mention even when a later group holds it (a
    paragraph moved up)."""
    slots = [n for n, f in enumerate(found) if f.rule in _NAMES]
    by_place = sorted(slots, key=lambda n: _place(found[n]))
    order = list(range(len(found)))
    for slot, n in zip(slots, by_place, strict=True):
        order[slot] = n
    return order


def _place(item: Finding) -> int:
    """Where a name added (dropped) stands in B's (A's) text."""
    span = item.b_span if item.rule == "entity.added" else item.a_span
    return span[0] if span is not None else 0


def _said_once(rule: str, text: str) -> str:
    """What a finding reports once per story: a date, time, sum or percentage by its value,
    whatever its form ("8 Sept 1995" and "8 September 1995", "$5m" and "$5 million"); a
    count, which two facts may share ("four other people", "his 4-year-old son"), and
    anything else by its folded words; a name by its canonical words, whatever its
    spelling ("U.N." and "United Nations", "U.S." and "United States")."""
    if rule in _NAMES:
        return fold(" ".join(canonical_words(text)))
    match = FIGURE.fullmatch(text) if rule.startswith("number.") else None
    value = read_value(match, "en") if match else None
    if value is None or value.kind not in _SPECIFIC_KINDS:
        return fold(text)
    return repr((value.kind, value.unit, value.value))


_SPECIFIC_KINDS = frozenset({"date", "time", "money", "percent"})


_NAMES = frozenset({"entity.dropped", "entity.added"})
_LOST = {"number.omitted": "number.removed"}
"""A figure lost from an edited sentence and again from an omitted one is lost once."""


def once_per_figure(found: Sequence[Finding], a_text: str, b_text: str) -> list[Finding]:
    """The findings without a figure added (removed, omitted) that a number.changed already
    gives as its new (old) value, with the same word after it: a toll updated from "17
    people" to "18 people" and repeated in a new sentence is one change, not a change and
    a new figure (A's and B's texts give the words after the figures)."""
    new = {_counted(b_text, f.b_span) for f in found if f.rule == "number.changed"} - {""}
    old = {_counted(a_text, f.a_span) for f in found if f.rule == "number.changed"} - {""}
    return [
        f
        for f in found
        if not (f.rule == "number.added" and _counted(b_text, f.b_span) in new)
        and not (f.rule in _LOST_FIGURE and _counted(a_text, f.a_span) in old)
    ]


_LOST_FIGURE = frozenset({"number.removed", "number.omitted"})
_NEXT_WORD = re.compile(r"\W*(\w*)")
_SPECIFIC_DIGITS = 3


def _counted(text: str, span: tuple[int, int] | None) -> str:
    """A figure at `span` of `text` and the word it counts, folded ("18 people"); "" when
    no word that is not a function word follows ("0.8% at" may be any index's rise). A
    number of three digits or more, not a percentage, is itself specific ("148 others",
    "148 injured")."""
    if span is None:
        return ""
    figure = text[span[0] : span[1]]
    if sum(c.isdigit() for c in figure) >= _SPECIFIC_DIGITS and "%" not in figure:
        return fold(figure)
    after = _NEXT_WORD.match(text, span[1])
    word = after.group(1) if after else ""
    if not word or word.lower() in STOPWORDS:
        return ""
    return fold(f"{figure} {word.removesuffix('s')}")  # "six months", "six-month total"


def _one_per_quotation(
    found: Sequence[Finding], quotes: tuple[Sequence[Quote], Sequence[Quote]]
) -> list[Finding]:
    """The findings without a second quote.dropped (quote.added) in a quotation of A (B)
    already reported: its sentences may sit in several groups, but it is one quote; nor a
    quote.dropped in a quotation of A whose other sentence is reported altered (its first
    sentence reworded, the next cut: one quote changed, told by what became of it).
    A new sentence in a quotation of B is still added: it may be new speech."""
    starts = ([q.start for q in quotes[0]], [q.start for q in quotes[1]])

    def quotation(side: int, span: tuple[int, int] | None) -> int | None:
        if span is None:
            return None
        n = bisect_right(starts[side], span[0]) - 1  # quotations are in reading order
        inside = n >= 0 and span[0] < max(quotes[side][n].end, quotes[side][n].start + 1)
        return n if inside else None

    reported: set[tuple[str, int | None]] = set()
    for item in found:
        if item.rule in _QUOTE_COMPARED:
            reported.add(("quote.dropped", quotation(0, item.a_span)))
    kept = []
    for item in found:
        if item.rule in ("quote.dropped", "quote.added"):
            side = 0 if item.rule == "quote.dropped" else 1
            n = quotation(side, item.a_span if side == 0 else item.b_span)
            if n is not None and (item.rule, n) in reported:
                continue
            reported.add((item.rule, n))
        kept.append(item)
    return kept


def _shorter_form(text: str, name: str) -> bool:
    """True when `text` names what `name` does, shorter: its last words with or without a
    courtesy title (Mr Alwan, Alwan for Salim Hussein Alwan) or its initials (CBO)."""
    if len(text) > 1 and text.isupper() and text.isalpha():
        initials = "".join(w[0] for w in _WORDS.findall(name) if w[0].isupper())
        return text == initials
    words = [w for w in canonical_words(text) if w not in HONORIFICS | RANKS]
    full = canonical_words(name)
    return bool(words) and len(words) < len(full) and full[-len(words) :] == words
