"""Names across languages and scripts: dropped, changed, or a statement given to someone else.

A name is compared by a key that survives transliteration (spelling.name_key: "Abenov" =
"Abenow" = "Абенов"). A name of A is checked when the translation keeps it somewhere,
or when it is a person's name (two or three name words with no institution word beside
them: "Laura Benet"); capitalised words translators translate ("Pilots", "Civic Union")
are not. Missing from its paragraph's translation, it was dropped, changed to a close
spelling, or replaced by another person or role next to attribution.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, spelling
from driftcheck.findings.xling.people import (
    StoryNames,
    acronym_names,
    name_keys,
    name_runs,
    name_words,
    person_starts,
)
from driftcheck.findings.xling.sources import source_groups
from driftcheck.findings.xling.speakers import speaker_kinds
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding, Severity

_PLACE_ADJECTIVE = re.compile(r"(?:ian|ean|ese)$")
"""How the name key of an adjective of a place ends (Marovian, Korean, Togolese): translated
("marowische", "marovienne", "de Marovia"), not copied as a person's name is."""

_OF_A_NAME = re.compile(r" of [A-Z]")
"""What follows a word of an institution's name, not a person's ("Chamber of Commerce")."""

_NAME_SIMILARITY = 0.5
"""A new name in B at least this close in spelling to a missing one replaced it (Tate -> Bate)."""


def check_names(unit: Unit, profiles: tuple[Profile, Profile], story: StoryNames) -> list[Finding]:
    """entity.dropped / entity.changed / attribution.changed / attribution.dropped for names.

    A name of A is one the translation keeps somewhere (a capitalised word translators
    translate, "Pilots", is not); missing from this unit's B text, it was dropped here,
    or replaced: by a name close in spelling (entity.changed), or by another name the
    story gives, or another role, next to attribution (attribution.changed).
    """
    b_unit_keys = name_keys([side for _, side in unit.sides("b")])
    b_unit_names = name_keys([side for _, side in unit.sides("b")], capitalised=True)
    loose = profiles[0].script != profiles[1].script
    a_unit_keys = {
        spelling.name_key(w.text) for _, side in unit.sides("a") for w in facts.words(side.text)
    }
    b_words = {w.text for _, side in unit.sides("b") for w in facts.words(side.text)}
    b_unit_letters = {
        spelling.letters(part)
        for _, side in unit.sides("b")
        for w in facts.words(side.text)
        for part in {w.text, *w.text.replace("’", "-").replace("'", "-").split("-")}
        if part
    }

    def kept(a_key: str, b_key: str, *, whole: bool = True) -> bool:
        person = whole and a_key in story.a_people and not _PLACE_ADJECTIVE.search(a_key)
        return _kept(a_key, b_key, loose, person)

    found: list[Finding] = []
    for view, side in unit.sides("a"):
        missing: list[facts.Word] = []
        names = name_words(side, profiles[0], story.a_named, story.a_common)
        people = person_starts(side, names, profiles[0], story.a_common, story.a_bodies)
        firsts = _first_names(side.text, names, people)
        # a name spelt out before an acronym B keeps is translated, not dropped:
        # "Confederation of Marovian Workers (CMW)" = "Gewerkschaftsbund Marowiens (CMW)"
        spelt = {
            w.start
            for acronym, spelt_out in acronym_names(side.text)
            if acronym in b_words
            for w in spelt_out
        }
        for word in names:
            key = spelling.name_key(word.text)
            if len(key) < 3 or (word.initial and word.text.lower() in profiles[0].stopwords):
                continue
            if word.start in spelt:
                continue
            # a hyphenated word is partly translated ("Orlenburg-based" = "basée à Orlenburg"),
            # as is a name of an institution ("Dunmere Chamber of Commerce")
            whole = word.text.isalpha() and not _OF_A_NAME.match(side.text, word.end)
            if _copied_person(key, word.text, whole=whole, loose=loose, story=story):
                if any(spelling.copied(spelling.letters(word.text), b) for b in b_unit_letters):
                    continue
            elif any(kept(key, other, whole=whole) for other in b_unit_keys):
                continue
            if loose and any(
                spelling.same_name(key, o, loose=True)
                and (word.start not in firsts or spelling.first_name_kept(key, o))
                for o in b_unit_names
            ):
                continue  # transliterated by sound: Desroches = Дерош
            # a name B keeps keeps its letters, an ending may add some: "Transit" in B does
            # not keep A's "Transport" (Transport Workers' Union = Verkehrsgewerkschaft)
            if (word.start not in people or _opens_sentence(word, story)) and not any(
                spelling.same_name(key, other)
                and (len(key) > 3 or key == other)
                and len(other) >= len(key) - 1
                for other in story.b_keys
            ):
                continue  # not kept as a name (a key of 3 letters begins too many: Chess, Kessen)
            if _in_a_compound(word, names, side.text, b_unit_keys) or (
                profiles[1].capitalised_nouns and _head_of_a_compound(key, b_unit_keys)
            ):
                continue
            missing.append(word)
        if missing:
            found += _later_mention(
                _name_finding(
                    view,
                    missing,
                    profiles,
                    (a_unit_keys, story.a_keys),
                    kept,
                    person=all(w.start in people for w in missing),
                ),
                missing,
                view,
                unit,
                story,
                loose=loose,
            )
        elif view.paired:
            found += _speaker_named(view, profiles, story.a_people, a_unit_keys)
    return found


def _first_names(text: str, names: list[facts.Word], people: set[int]) -> set[int]:
    """Starts of the first names of people: a word of a person's name one space before
    another, not at a sentence start (where a title may open the run: "Grandmaster")."""
    return {
        word.start
        for word, after in itertools.pairwise(names)
        if word.start in people
        and after.start in people
        and text[word.end : after.start] == " "
        and not word.initial
    }


def _copied_person(key: str, text: str, *, whole: bool, loose: bool, story: StoryNames) -> bool:
    """True for a word of a person's name that a translation in the same script copies letter
    for letter (see spelling.letters)."""
    return (
        whole
        and not loose
        and key in story.a_people
        and not _PLACE_ADJECTIVE.search(key)
        and text.isalpha()
        and not text.isupper()  # a dateline ("CAPE TIRELL") is a place, translated
    )


def _kept(key: str, b_key: str, loose: bool, person: bool) -> bool:
    """True when `b_key` keeps the name `key`: in one script a person's name only as
    spelt (spelling.spelt_alike: Kowalski -> Kowalczyk is another person), anything
    else as spelling.same_name reads it (a place's adjective, a case ending)."""
    if person and not loose:
        return spelling.spelt_alike(key, b_key)
    return spelling.same_name(key, b_key)


def _in_a_compound(word: facts.Word, names: list[facts.Word], text: str, b_keys: list[str]) -> bool:
    """True when B writes this name word and the one beside it as one word: a party or body
    named by two words is one compound in German and Spanish, a hyphenated one in French and
    Russian (Social Democrats = Sozialdemokraten, socialdemócratas, sociaux-démocrates)."""
    for other in names:
        pair = (word, other) if other.start > word.start else (other, word)
        if other is word or text[pair[0].end : pair[1].start] != " ":
            continue
        joined = spelling.name_key(pair[0].text + pair[1].text)
        if len(joined) >= 8 and any(
            abs(len(k) - len(joined)) <= 2 and spelling.same_name(joined, k, loose=True)
            for k in b_keys
        ):
            return True
    return False


def _head_of_a_compound(key: str, b_keys: list[str]) -> bool:
    """True when a B word ends in the name, with an ending of two letters at most: German
    writes a place with the word before it as one ("northern Europe" = "Nordeuropa",
    "West Africa" = "Westafrika")."""
    return len(key) >= 5 and any(
        (at := other.find(key, 3)) != -1 and len(other) - at - len(key) <= 2 for other in b_keys
    )


def _opens_sentence(word: facts.Word, story: StoryNames) -> bool:
    """True for a name word only ever read at a sentence start: a first name or a title
    ("Councillor Ilse Marquardt"), which translators translate, so B need not keep it."""
    return word.initial and word.text not in story.a_named


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
            spelling.name_key(w.text), view.a.span(w.start, w.end)[0], b_start, loose=loose
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
    person the story names elsewhere but not in this paragraph.

    Where B has no reporting word the profile knows ("», a lancé Hana Drobic"), the
    speaker of a quote is the name after its closing mark, in any language."""
    if not facts.attributed(view.a.text, profiles[0]):
        return []
    b_names = name_words(view.b, profiles[1])
    if not facts.attributed(view.b.text, profiles[1]):
        b_quotes = facts.quotes(view.b.text, profiles[1])
        if not facts.quotes(view.a.text, profiles[0]) or not b_quotes:
            return []
        after = max(end for _, end in b_quotes)
        b_names = [w for w in b_names if w.start > after]

    loose = profiles[0].script != profiles[1].script

    def known(word: facts.Word, keys: set[str]) -> bool:
        return any(spelling.same_name(spelling.name_key(word.text), k, loose=loose) for k in keys)

    others: list[facts.Word] = []
    for run in name_runs(view.b, b_names):
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
    kept: Callable[[str, str], bool],
    *,
    person: bool = False,
) -> list[Finding]:
    """The finding for names of A missing from their B text (see check_names); `person`
    when they are a person's name.

    `keys` are the name keys of A's unit and of all of A; `kept(a_key, b_key)` says
    whether a B word keeps a name of A (see _kept).
    """
    a_unit_keys, a_keys = keys
    shown = " ".join(w.text for w in missing)
    span = (missing[0].start, missing[-1].end)
    b_side = view.b if view.b.text else None
    b_names = [w for w in (name_words(b_side, profiles[1]) if b_side else []) if not w.initial]
    new_names = [
        w for w in b_names if not any(kept(k, spelling.name_key(w.text)) for k in a_unit_keys)
    ]
    if b_side is not None and profiles[1].capitalised_nouns:
        new_names = _beside_a_capital(b_side, new_names)
    a_group_keys = {spelling.name_key(w.text) for w in facts.words(view.a.text)}
    best = max(
        (
            (
                SequenceMatcher(None, spelling.name_key(m.text), spelling.name_key(w.text)).ratio(),
                m,
                w,
            )
            for m in missing
            for w in new_names
        ),
        default=None,
        key=lambda t: t[0],
    )
    if (best is None or best[0] < _NAME_SIMILARITY) and profiles[0].script == profiles[1].script:
        # the first name kept, the surname another: "Annika Holmberg" for "Annika Holmqvist"
        best = next(
            ((1.0, missing[-1], w) for w in _after_a_name(b_side, new_names, a_unit_keys)),
            best,
        )
    if (
        best is not None
        and best[0] >= _NAME_SIMILARITY
        and not any(_elsewhere(k, spelling.name_key(best[2].text), kept, profiles) for k in a_keys)
    ):
        message = f"name changed: {best[1].text} -> {best[2].text}"
        return [located("entity.changed", message, a=(view, best[1].span), b=(view, best[2].span))]
    a_attributes = bool(facts.attributed(view.a.text, profiles[0]))
    b_attributes = bool(b_side and _reports(b_side.text, profiles[1]))
    others = [
        w
        for w in b_names
        if any(spelling.same_name(spelling.name_key(w.text), k) for k in a_keys)
        and not any(spelling.same_name(spelling.name_key(w.text), k) for k in a_group_keys)
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
        # a role B gives where A gives none is the person's, their name dropped ("a spokesman"):
        # both the name and the source the reader is told of changed
        before, after = ", ".join(sorted(a_roles)), ", ".join(sorted(b_roles))
        return [
            located("entity.dropped", f"name dropped: {shown} ({before})", a=(view, span)),
            located(
                "attribution.changed",
                f"attribution changed: {shown} ({before}) -> {after}",
                a=(view, span),
            ),
        ]
    dropped = located("entity.dropped", f"name dropped: {shown}", a=(view, span))
    bodies = _bodies_instead(view, b_side, profiles) if person and b_attributes else set()
    if a_attributes and bodies:
        # a person A quotes, and B a body A does not name here ("according to Miriam Holt" ->
        # "según el propio tribunal"): the name and the source both changed
        message = f"attribution changed: {shown} -> the {', '.join(sorted(bodies))}"
        return [dropped, located("attribution.changed", message, a=(view, span))]
    return [dropped]


def _elsewhere(
    a_key: str, b_key: str, kept: Callable[[str, str], bool], profiles: tuple[Profile, Profile]
) -> bool:
    """True when a new name of B is one A gives elsewhere: as spelt, with an ending, in
    another script (Мария is not Marine: a first name is conventional, not transliterated
    letter by letter); in one script as `kept` reads it."""
    if profiles[0].script != profiles[1].script:
        return spelling.spelt_alike(a_key, b_key) or spelling.spelt_alike(b_key, a_key)
    return kept(a_key, b_key)


def _bodies_instead(
    view: GroupView, b_side: Side | None, profiles: tuple[Profile, Profile]
) -> set[str]:
    """The groups of bodies B's speakers are (xling.speakers: the state, a court, a
    company...; not people, as "residents") that A's sentence does not name."""
    if b_side is None:
        return set()
    b_kinds = speaker_kinds(b_side.text, profiles[1])
    a_kinds = speaker_kinds(view.a.text, profiles[0]) | source_groups(view.a.text, profiles[0])
    return {k for k in b_kinds - a_kinds if ":" not in k and k != "people"}


def _reports(text: str, profile: Profile) -> bool:
    """True when the text gives a statement to a source: a reporting word, or a verb that
    reports without saying ("a raconté un chauffeur", "lamentó la alcaldesa")."""
    return bool(
        facts.attributed(text, profile)
        or (profile.speaker_verbs and profile.speaker_verbs_re.search(text))
    )


def _after_a_name(
    side: Side | None, candidates: list[facts.Word], keys: set[str]
) -> list[facts.Word]:
    """The candidates written one space after a capitalised word with one of `keys` (a
    first name A gives in the same place)."""
    if side is None:
        return []
    every = facts.words(side.text, side.starts)
    starts = {w.start for w in candidates}
    return [
        word
        for before, word in itertools.pairwise(every)
        if word.start in starts
        and before.capitalised
        and side.text[before.end : word.start] == " "
        and spelling.name_key(before.text) in keys
    ]


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
