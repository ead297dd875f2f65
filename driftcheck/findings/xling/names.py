"""Names across languages and scripts: dropped, changed, or a statement given to someone else.

A name is compared by a key that survives transliteration (facts.name_key: "Abenov" =
"Abenow" = "Абенов"). A name of A is checked when the translation keeps it somewhere,
or when it is a person's name (two or three name words with no institution word beside
them: "Laura Benet"); capitalised words translators translate ("Pilots", "Civic Union")
are not. Missing from its paragraph's translation, it was dropped, changed to a close
spelling, or replaced by another person or role next to attribution.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.lexicon import GENERIC_NAME_WORDS, ORGANISATION_WORDS
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding, Severity

_NAME_SIMILARITY = 0.5
"""A new name in B at least this close in spelling to a missing one replaced it (Tate -> Bate)."""


def _names(
    side: Side,
    profile: Profile,
    named: frozenset[str] = frozenset(),
    common: frozenset[str] = frozenset(),
) -> list[facts.Word]:
    """Capitalised words that are not function, date, role or institution words.

    A word at a sentence start counts only when `named` (words the version capitalises
    elsewhere, mid-sentence) has it. A word of `common` (see `common_words`) is a word
    of the language capitalised in a name ("Royal Opera House", "Fire Brigade"), which
    a translator translates: it is no name.
    """
    skip = (
        profile.stopwords
        | set(profile.roles)
        | set(profile.sources)
        | ORGANISATION_WORDS
        | GENERIC_NAME_WORDS
    )
    found = []
    for word in facts.words(side.text, side.starts):
        lowered = word.text.lower()
        if not word.capitalised or lowered in skip or len(word.text) < 3:
            continue
        if _is_common(lowered, common):
            continue
        if "-" in lowered and all(part in skip for part in lowered.split("-")):
            continue  # a title of two: Secretary-General, vice-président
        if word.initial and word.text not in named:
            continue
        if facts.dates(word.text, profile):
            continue
        found.append(word)
    return found


def _people(
    side: Side, names: list[facts.Word], profile: Profile, common: frozenset[str] = frozenset()
) -> set[int]:
    """Starts of the words that make up a person's name: two or three name words in a row
    ("Laura Benet"), with nothing but a space between them and no institution word next to
    them (Civic Union, Medicines Regulatory Agency are translated, not kept), nor a word of
    the language (`common`: "North Ardent Sea", "Varossa Fire Brigade")."""
    if profile.capitalised_nouns:
        return set()
    # a title ("Captain") is no institution
    skip = set(profile.sources) | ORGANISATION_WORDS | GENERIC_NAME_WORDS
    words = facts.words(side.text, side.starts)
    position = {w.start: n for n, w in enumerate(words)}
    runs: list[list[facts.Word]] = []
    for word in names:
        n = position[word.start]
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and position[previous.start] == n - 1
            and side.text[previous.end : word.start] == " "
        ):
            runs[-1].append(word)
        else:
            runs.append([word])
    people: set[int] = set()
    for run in runs:
        first, last = position[run[0].start], position[run[-1].start]
        around = words[max(first - 1, 0) : last + 2]
        if 2 <= len(run) <= 3 and not any(
            w.capitalised and (w.text.lower() in skip or _is_common(w.text.lower(), common))
            for w in around
            if w not in run
        ):
            people.update(w.start for w in run)
    return people


def _runs(side: Side, names: list[facts.Word]) -> list[list[facts.Word]]:
    """Name words next to each other (one space apart), as runs: "Marta Keller"."""
    runs: list[list[facts.Word]] = []
    for word in names:
        if runs and side.text[runs[-1][-1].end : word.start] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _is_common(lowered: str, common: frozenset[str]) -> bool:
    """True when the word, or its singular, is one the version writes in lower case."""
    return lowered in common or (lowered.endswith("s") and lowered[:-1] in common)


_DEMONYM_ENDINGS = ("ian", "ese", "ish", "an", "ic", "n", "i")


def common_words(doc_sides: list[Side]) -> frozenset[str]:
    """Words a version writes in lower case somewhere ("the opera house", "the fire"):
    words of the language, which a name may hold, not names; and the adjectives of the
    places it names ("Skarvian" beside "Skarvia", "Feylandic" beside "Feyland"), which a
    translator translates as adjectives (skarvisch, скарвийский)."""
    found = [w.text for side in doc_sides for w in facts.words(side.text)]
    lower = {w for w in found if w.islower()}
    capitalised = {w for w in found if w[:1].isupper() and len(w) >= 4}
    adjectives = {
        w.lower()
        for w in capitalised
        for ending in _DEMONYM_ENDINGS
        if w.endswith(ending)
        and (w[: -len(ending)] in capitalised or w[: -len(ending)] + "a" in capitalised)
    }
    return frozenset(lower | adjectives)


def people(
    doc_sides: list[Side], profile: Profile, named: frozenset[str], common: frozenset[str]
) -> set[str]:
    """The name keys of every person a version names (see _people)."""
    keys: set[str] = set()
    for side in doc_sides:
        names = _names(side, profile, named, common)
        starts = _people(side, names, profile, common)
        keys.update(facts.name_key(w.text) for w in names if w.start in starts)
    return keys


def _keys(doc_sides: list[Side], *, capitalised: bool = False) -> list[str]:
    """The name keys of every word and every part of a hyphenated one (APLA-Präsident,
    d'Aurion); with `capitalised`, of capitalised ones only (the names themselves, where a
    lower-case word must not stand for one: "лондонских" keeps London, "battle" is no Bate)."""
    return [
        facts.name_key(part)
        for side in doc_sides
        for w in facts.words(side.text)
        for part in {w.text, *w.text.replace("’", "-").replace("'", "-").split("-")}
        if part and (part[0].isupper() or not capitalised)
    ]


def named(doc_sides: list[Side]) -> frozenset[str]:
    """Words a version capitalises mid-sentence: names, even where a sentence starts with one."""
    return frozenset(
        w.text
        for side in doc_sides
        for w in facts.words(side.text, side.starts)
        if w.capitalised and not w.initial
    )


@dataclass(frozen=True, slots=True)
class StoryNames:
    """What both whole versions say about names, for the rules that look at one unit."""

    a_named: frozenset[str]
    """Words A capitalises mid-sentence."""
    a_keys: list[str]
    """Name keys of every word of A."""
    b_keys: list[str]
    """Name keys of every capitalised word of B."""
    a_people: set[str]
    """Name keys of the people A names."""
    a_common: frozenset[str] = frozenset()
    """Words A writes in lower case (see common_words)."""
    a_first: dict[str, int] = field(default_factory=dict)
    """Name key -> where A first writes it (an offset in A's text)."""
    b_first: dict[str, int] = field(default_factory=dict)
    """Name key -> where B first writes it, capitalised (an offset in B's text)."""

    def named_before(self, key: str, a_at: int, b_at: int, *, loose: bool) -> bool:
        """True when A names `key` before `a_at` and B names it before `b_at`."""
        return self.a_first.get(key, a_at) < a_at and any(
            at < b_at and facts.same_name(key, other, loose=loose)
            for other, at in self.b_first.items()
        )


def story_names(views: Sequence[GroupView], profile: Profile) -> StoryNames:
    """The StoryNames of a pair, A read with its profile."""
    a_sides = [view.a for view in views if view.a.text]
    b_sides = [view.b for view in views if view.b.text]
    a_named = named(a_sides)
    a_keys = _keys(a_sides, capitalised=True)
    b_keys = _keys(b_sides, capitalised=True)  # kept as a name, not as "медицинский"
    common = common_words(a_sides)
    return StoryNames(
        a_named,
        a_keys,
        b_keys,
        people(a_sides, profile, a_named, common),
        common,
        _first_places(a_sides, capitalised=False),
        _first_places(b_sides, capitalised=True),
    )


def _first_places(doc_sides: list[Side], *, capitalised: bool) -> dict[str, int]:
    """Name key -> the offset in the document where a word with that key first appears."""
    first: dict[str, int] = {}
    for side in doc_sides:
        for w in facts.words(side.text):
            if capitalised and not w.capitalised:
                continue
            at = side.span(w.start, w.end)[0]
            key = facts.name_key(w.text)
            first[key] = min(first.get(key, at), at)
    return first


def check_names(unit: Unit, profiles: tuple[Profile, Profile], story: StoryNames) -> list[Finding]:
    """entity.dropped / entity.changed / attribution.changed / attribution.dropped for names.

    A name of A is one the translation keeps somewhere (a capitalised word translators
    translate, "Pilots", is not); missing from this unit's B text, it was dropped here,
    or replaced: by a name close in spelling (entity.changed), or by another name the
    story gives, or another role, next to attribution (attribution.changed).
    """
    b_unit_keys = _keys([side for _, side in unit.sides("b")])
    b_unit_names = _keys([side for _, side in unit.sides("b")], capitalised=True)
    loose = profiles[0].script != profiles[1].script
    a_unit_keys = {
        facts.name_key(w.text) for _, side in unit.sides("a") for w in facts.words(side.text)
    }
    found: list[Finding] = []
    for view, side in unit.sides("a"):
        missing: list[facts.Word] = []
        names = _names(side, profiles[0], story.a_named, story.a_common)
        people = _people(side, names, profiles[0], story.a_common)
        for word in names:
            key = facts.name_key(word.text)
            if len(key) < 3 or (word.initial and word.text.lower() in profiles[0].stopwords):
                continue
            if any(facts.same_name(key, other) for other in b_unit_keys):
                continue
            if loose and any(facts.same_name(key, o, loose=True) for o in b_unit_names):
                continue  # transliterated by sound: Desroches = Дерош
            if word.start not in people and not any(
                facts.same_name(key, other) and (len(key) > 3 or key == other)
                for other in story.b_keys
            ):
                continue  # not kept as a name (a key of 3 letters begins too many: Chess, Kessen)
            missing.append(word)
        if missing:
            found += _later_mention(
                _name_finding(view, missing, profiles, (a_unit_keys, story.a_keys)),
                missing,
                view,
                unit,
                story,
                loose=loose,
            )
        elif view.paired:
            found += _speaker_named(view, profiles, story.a_people, a_unit_keys)
    return found


def _later_mention(
    found: list[Finding],
    missing: list[facts.Word],
    view: GroupView,
    unit: Unit,
    story: StoryNames,
    *,
    loose: bool,
) -> list[Finding]:
    """A dropped name both versions gave before this unit is a later mention, at info.

    Translators refer to someone already named by a pronoun or a description ("Die
    29-Jährige" for "Morozova, 29,"); a name dropped where the reader has not met the
    person, at their first mention, stays a warning.
    """
    b_start = min((side.span(0, 0)[0] for _, side in unit.sides("b")), default=0)
    if not all(
        story.named_before(
            facts.name_key(w.text), view.a.span(w.start, w.end)[0], b_start, loose=loose
        )
        for w in missing
    ):
        return found
    note = " (both versions named them earlier; B refers to them without the name here)"
    return [
        replace(f, severity=Severity.INFO, message=f.message + note)
        if f.rule == "entity.dropped"
        else f
        for f in found
    ]


def _speaker_named(
    view: GroupView, profiles: tuple[Profile, Profile], a_people: set[str], a_unit_keys: set[str]
) -> list[Finding]:
    """attribution.changed: B gives a statement A attributes (to "she", "the museum") to a
    person the story names elsewhere but not in this paragraph."""
    if not facts.attributed(view.a.text, profiles[0]) or not facts.attributed(
        view.b.text, profiles[1]
    ):
        return []

    def known(word: facts.Word, keys: set[str]) -> bool:
        return any(facts.same_name(facts.name_key(word.text), k) for k in keys)

    others: list[facts.Word] = []
    for run in _runs(view.b, _names(view.b, profiles[1])):
        # "Marta Keller" for A's "Keller" names the same person: one known word is enough
        if not any(known(w, a_unit_keys) for w in run):
            others += [w for w in run if not w.initial and known(w, a_people)]
    if not others:
        return []
    named = " ".join(w.text for w in others)
    message = f"attribution changed: B attributes the statement to {named}; A does not name them"
    return [located("attribution.changed", message, b=(view, (others[0].start, others[-1].end)))]


def _name_finding(
    view: GroupView,
    missing: list[facts.Word],
    profiles: tuple[Profile, Profile],
    keys: tuple[set[str], list[str]],
) -> list[Finding]:
    """The finding for names of A missing from their B text (see check_names).

    `keys` are the name keys of A's unit and of all of A.
    """
    a_unit_keys, a_keys = keys
    shown = " ".join(w.text for w in missing)
    span = (missing[0].start, missing[-1].end)
    b_side = view.b if view.b.text else None
    b_names = [w for w in (_names(b_side, profiles[1]) if b_side else []) if not w.initial]
    new_names = [
        w
        for w in b_names
        if not any(facts.same_name(facts.name_key(w.text), k) for k in a_unit_keys)
    ]
    if b_side is not None and profiles[1].capitalised_nouns:
        new_names = _beside_a_capital(b_side, new_names)
    a_group_keys = {facts.name_key(w.text) for w in facts.words(view.a.text)}
    best = max(
        (
            (SequenceMatcher(None, facts.name_key(m.text), facts.name_key(w.text)).ratio(), m, w)
            for m in missing
            for w in new_names
        ),
        default=None,
        key=lambda t: t[0],
    )
    if (
        best is not None
        and best[0] >= _NAME_SIMILARITY
        and not any(facts.same_name(facts.name_key(best[2].text), k) for k in a_keys)
    ):
        message = f"name changed: {best[1].text} -> {best[2].text}"
        return [located("entity.changed", message, a=(view, best[1].span), b=(view, best[2].span))]
    a_attributes = bool(facts.attributed(view.a.text, profiles[0]))
    b_attributes = bool(b_side and facts.attributed(b_side.text, profiles[1]))
    others = [
        w
        for w in b_names
        if any(facts.same_name(facts.name_key(w.text), k) for k in a_keys)
        and not any(facts.same_name(facts.name_key(w.text), k) for k in a_group_keys)
    ]
    if a_attributes and others:
        message = f"attribution changed: {shown} -> {' '.join(w.text for w in others)}"
        return [
            located(
                "attribution.changed",
                message,
                a=(view, span),
                b=(view, (others[0].start, others[-1].end)),
            )
        ]
    if a_attributes and b_side is not None and not b_attributes:
        return [
            located(
                "attribution.dropped",
                f"attribution dropped: {shown} is not named as the source in B",
                a=(view, span),
            )
        ]
    a_roles = facts.roles(view.a.text, profiles[0])
    b_roles = facts.roles(b_side.text, profiles[1]) if b_side else set()
    if a_attributes and a_roles and b_roles and not (a_roles & b_roles):
        # a role B gives where A gives none is the person's, their name dropped ("a spokesman")
        before = ", ".join(sorted(a_roles))
        message = f"attribution changed: {shown} ({before}) -> {', '.join(sorted(b_roles))}"
        return [located("attribution.changed", message, a=(view, span))]
    return [located("entity.dropped", f"name dropped: {shown}", a=(view, span))]


def _beside_a_capital(side: Side, candidates: list[facts.Word]) -> list[facts.Word]:
    """The candidates next to another capitalised word, one space apart.

    Where every noun is capitalised (German), a lone capitalised word ("seit 30 Jahren")
    is a noun far more often than a name; a name that replaces one comes with a first
    name or a title ("Claire Dufay", "Innenministerin Dufay").
    """
    every = facts.words(side.text, side.starts)
    kept = []
    for word in candidates:
        n = next(i for i, w in enumerate(every) if w.start == word.start)
        around = [every[i] for i in (n - 1, n + 1) if 0 <= i < len(every)]
        if any(
            w.capitalised and side.text[min(w.end, word.end) : max(w.start, word.start)] == " "
            for w in around
        ):
            kept.append(word)
    return kept
