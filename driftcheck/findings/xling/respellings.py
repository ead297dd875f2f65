"""A name the translation spells two ways: one mention respelt (Veltrion -> Veltron).

A translator spells a name one way through a story: copied letter for letter in one
script ("Veltrion Medical" in each mention), transliterated one way in another ("Бенеза"),
with the endings of B's language (Бенезы, Бенезой; Marowiens). A second spelling of the
same name, which A does not give, where the other one keeps A's letters more closely, is a
changed name wherever A names it (in the group or beside it), even where the paragraph's
own check reads it as the name ("CleanWay" for "CleanWave": close enough to be a name's
inflected form).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from anyascii import anyascii

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, people, spelling
from driftcheck.findings.xling.units import located
from driftcheck.types import Finding, Severity

MIN_NAME = 4
"""Letters a name needs to be compared (shorter ones are too often two words)."""
RESPELT_SIMILARITY = 0.75
"""Two spellings of one name are at least this close (in Latin letters), and the spelling
B keeps is this close to A's: a respelling changes a letter or two (Veltrion -> Veltron);
a word of the language that happens to look like the name is further ("Vier" for "Wire",
"Мэр" for "Maren")."""

_POSSESSIVE = re.compile(r"['’]s$")
_SIGNS = re.compile(r"[ьъ]")
"""Russian signs, no sound of their own: a final ь comes and goes with a case (Тавелль,
Тавелле)."""


def check_respellings(
    views: Sequence[GroupView], profiles: tuple[Profile, Profile], found: Sequence[Finding]
) -> list[Finding]:
    """entity.changed for each B mention of a name of A that B spells otherwise elsewhere
    (see the module docstring); none in a group where `found` already reports a name."""
    loose = profiles[0].script != profiles[1].script
    a_sides = [view.a for view in views if view.a.text]
    named, common = people.named(a_sides), people.common_words(a_sides)
    a_names = {
        _POSSESSIVE.sub("", w.text)
        for side in a_sides
        for w in people.name_words(side, profiles[0], named, common)
        if not w.initial and len(w.text) >= MIN_NAME and w.text.isalpha()
    }
    a_spellings = {
        _POSSESSIVE.sub("", w.text).lower()
        for side in a_sides
        for w in facts.words(side.text)
        if w.capitalised
    }
    b_mentions = [
        (view, w)
        for view in views
        for w in facts.words(view.b.text)
        if w.capitalised
        and w.text.isalpha()
        and len(w.text) >= MIN_NAME
        and not (loose and w.text.isascii())  # a name B copies in A's letters, not spelt
    ]
    endings = profiles[1].name_endings + profiles[1].place_endings
    named_here = [
        f
        for f in found
        if f.rule.startswith("entity.") and f.severity.rank >= Severity.WARNING.rank
    ]
    taken = [f.b_span for f in named_here if f.b_span is not None]
    groups = {f.group for f in named_here}
    out: list[Finding] = []
    for name in sorted(a_names):
        key = spelling.name_key(name)
        if any(
            other != name.lower() and spelling.same_name(key, spelling.name_key(other), loose=loose)
            for other in a_spellings
        ):
            continue  # A spells it two ways itself
        mentions = [
            (view, w)
            for view, w in b_mentions
            if any(
                spelling.same_name(key, form, loose=loose)
                for form in spelling.stems(w.text, profiles[1].name_endings)
            )
        ]
        for view, w, kept in _respelt(name, mentions, endings, a_spellings):
            if view.index in groups or _overlaps(view.b.span(w.start, w.end), taken):
                continue
            if not _named_near(key, view, views):
                continue  # A says nothing of the name here: another word ("Sorge" for Shore)
            a_at = next((m for m in facts.words(view.a.text) if m.text.startswith(name)), None)
            message = f"name changed: {name} -> {w.text} (B writes {kept} elsewhere)"
            out.append(
                located(
                    "entity.changed",
                    message,
                    a=None if a_at is None else (view, a_at.span),
                    b=(view, w.span),
                )
            )
    return out


def _respelt(
    name: str,
    mentions: list[tuple[GroupView, facts.Word]],
    endings: tuple[str, ...],
    a_spellings: set[str],
) -> list[tuple[GroupView, facts.Word, str]]:
    """The mentions in a spelling of the name that is not the one closest to A's, close to
    that one (RESPELT_SIMILARITY), with the spelling B keeps."""
    spellings = _spellings([w.text for _, w in mentions], endings)
    if len(spellings) < 2:
        return []
    closeness = [max(_closeness(name, text) for text in group) for group in spellings]
    best = max(closeness)
    if closeness.count(best) > 1 or best < RESPELT_SIMILARITY:
        return []
    kept = spellings[closeness.index(best)]
    respelt = {
        text
        for group, close in zip(spellings, closeness, strict=True)
        if close < best
        for text in group
        if text.lower() not in a_spellings
        and any(
            _closeness(other, text) >= RESPELT_SIMILARITY and not _stem_of(other, text)
            for other in kept
        )
    }
    shown = min(kept, key=lambda text: (-_closeness(name, text), text))
    return [(view, w, shown) for view, w in mentions if w.text in respelt]


def _named_near(key: str, view: GroupView, views: Sequence[GroupView]) -> bool:
    """True when A names the name (its key) in the group or in a group beside it, where a
    translator may have moved the mention: a B word close in spelling to a name of A where
    A's sentences say nothing of it is a word of the language ("unsere einzige Sorge" for
    "our only concern", a noun capitalised in German, far from "North Shore")."""
    at = next(n for n, other in enumerate(views) if other is view)
    return any(
        spelling.name_key(w.text) == key
        for near in views[max(at - 1, 0) : at + 2]
        for w in facts.words(near.a.text)
    )


def _closeness(one: str, other: str) -> float:
    """How close two spellings are, read in the Latin alphabet."""
    return SequenceMatcher(None, anyascii(one).lower(), anyascii(other).lower()).ratio()


def _stem_of(one: str, other: str) -> bool:
    """True when one spelling begins the other: a word of the language and its derivative
    ("Region", "Regionale"), not a respelling, which changes letters."""
    one, other = one.lower(), other.lower()
    return one.startswith(other) or other.startswith(one)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _spellings(texts: list[str], endings: tuple[str, ...]) -> list[set[str]]:
    """The texts in groups of one spelling: words that differ only by endings of B's
    language after the letters they share (Бенеза, Бенезы; not Бенеса)."""
    groups: list[set[str]] = []
    for text in dict.fromkeys(texts):
        group = next((g for g in groups if any(one_spelling(text, t, endings) for t in g)), None)
        if group is None:
            groups.append({text})
        else:
            group.add(text)
    return groups


def one_spelling(one: str, other: str, endings: tuple[str, ...]) -> bool:
    """True when the two words differ by an ending each: after the letters they share,
    each goes on with nothing or an ending of `endings`, or with letters of those endings."""
    one, other = _POSSESSIVE.sub("", one).lower(), _POSSESSIVE.sub("", other).lower()
    shared = len(_common_start(one, other))
    ending_letters = {c for e in endings for c in e if len(e) <= 2}
    tails = [_SIGNS.sub("", tail) for tail in (one[shared:], other[shared:])]
    return all(not tail or tail in endings or set(tail) <= ending_letters for tail in tails)


def _common_start(one: str, other: str) -> str:
    n = 0
    while n < min(len(one), len(other)) and one[n] == other[n]:
        n += 1
    return one[:n]
