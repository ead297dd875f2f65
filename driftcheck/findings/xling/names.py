"""Names across languages and scripts: dropped, changed, or a statement given to someone else.

A name is compared by a key that survives transliteration (spelling.name_key: "Abenov" =
"Abenow" = "Абенов"). A name of A is checked when the translation keeps it somewhere,
or when it is a person's name (two or three name words with no institution word beside
them: "Laura Benet"); capitalised words translators translate ("Pilots", "Civic Union")
are not. Missing from its paragraph's translation, it was dropped, changed to a close
spelling, or replaced by another person or role next to attribution.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import (
    facts,
    first_names,
    glosses,
    later_mentions,
    missing_names,
    spelling,
    translated_names,
)
from driftcheck.findings.xling.people import (
    StoryNames,
    acronym_names,
    institution_tails,
    name_keys,
    name_runs,
    name_words,
    person_starts,
)
from driftcheck.findings.xling.speaker_words import Speaker, names_someone, speakers
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding

_POSSESSIVE = re.compile(r"['’]s?\s?$")
"""A possessive after a name (Reisz's, Reisz' Amtszeit): its owner, not a speaker."""
_OF_A_NAME = re.compile(r" of [A-Z]")
"""What follows a word of an institution's name, not a person's ("Chamber of Commerce")."""


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
    b_every = [w for _, side in unit.sides("b") for w in facts.words(side.text)]
    b_words = {w.text for w in b_every}
    pair = frozenset(p.code for p in profiles)
    b_unit_letters = {
        spelling.letters(part, pair)
        for _, side in unit.sides("b")
        for w in facts.words(side.text)
        for part in {w.text, *w.text.replace("’", "-").replace("'", "-").split("-")}
        if part
    }

    a_story_keys = set(story.a_keys)
    a_stems = _stems(unit, "a", profiles[0])
    b_stems = _stems(unit, "b", profiles[1])
    # a name declined in B's language, as heard: its stems too (Eleanor = Элеонор-ой)
    b_heard = {form for key in b_unit_names for form in b_stems[True].get(key, {key})}

    def kept(a_key: str, b_key: str, *, whole: bool = True) -> bool:
        person = whole and a_key in story.a_people and not spelling.PLACE_ADJECTIVE.search(a_key)
        b_forms = b_stems[person].get(b_key, {b_key})
        return (
            _kept(a_key, b_key, loose, person)
            or bool(a_stems[person].get(a_key, {a_key}) & b_forms)
            # in another script, a case ending on a name transliterated as heard: Kessmoor =
            # Кессмур-ом
            or (loose and any(_kept(a_key, form, loose, person) for form in b_forms))
        )

    b_here = {spelling.name_key(w.text) for w in b_every}
    found: list[Finding] = []
    for view, side in unit.sides("a"):
        missing: list[facts.Word] = []
        names = name_words(side, profiles[0], story.a_named, story.a_common)
        people = person_starts(side, names, profiles[0], story.a_common, story.a_bodies)
        firsts = first_names.starts(side.text, names, people)
        # a name spelt out before an acronym B keeps is translated, not dropped:
        # "Confederation of Marovian Workers (CMW)" = "Gewerkschaftsbund Marowiens (CMW)";
        # so is the end of an institution's name ("Institute for Plant Health")
        spelt = {
            w.start
            for acronym, spelt_out in acronym_names(side.text)
            if acronym in b_words
            for w in spelt_out
        } | institution_tails(side, names, profiles[0])
        # a name of words translated as words, a title before a name kept
        spelt |= translated_names.translated_words(side, names, b_every, profiles[0])
        spelt |= translated_names.rendered(names, people, b_every, profiles[0])
        spelt |= translated_names.titles(
            side, names, people, [b for _, b in unit.sides("b")], kept, loose=loose
        )
        for word in names:
            key = spelling.name_key(word.text)
            if len(key) < 3 or (word.initial and word.text.lower() in profiles[0].stopwords):
                continue
            if word.start in spelt or glosses.glossed(word, story.b_glosses, b_here):
                continue
            # a hyphenated word is partly translated ("Orlenburg-based" = "basée à Orlenburg"),
            # as is a name of an institution ("Dunmere Chamber of Commerce")
            whole = word.text.isalpha() and not _OF_A_NAME.match(side.text, word.end)
            if _copied_person(key, word.text, whole=whole, loose=loose, story=story):
                if any(
                    spelling.copied(spelling.letters(word.text, pair), b) for b in b_unit_letters
                ) and not _respelt_here(word, view, story, pair):
                    continue
            elif any(
                kept(key, other, whole=whole)
                and not (word.start in people and spelling.another_person(word.text, other))
                for other in b_unit_keys
            ):
                continue
            # a first name B changed before the surname it keeps ("Marta Ilicova" -> "Мария
            # Иличова") is no transliteration by sound, however close
            changed = first_names.changed(word, names, side.text, unit, profiles[1], loose=loose)
            if (
                loose
                and not changed
                and _heard(word, b_heard, person=word.start in people, first=word.start in firsts)
            ):
                continue  # transliterated by sound: Desroches = Дерош
            # a name B keeps keeps its letters, an ending may add some: "Transit" in B does
            # not keep A's "Transport" (Transport Workers' Union = Verkehrsgewerkschaft)
            opens = _opens_sentence(word, story) and not changed
            # nor is a B word that copies another name of A ("Ferries" of "Skerrin Sound
            # Ferries" keeps no "Ferry" of "the Ferry Users' Forum", translated)
            if (word.start not in people or opens) and not any(
                spelling.same_name(key, other)
                and (len(key) > 3 or key == other)
                and len(other) >= len(key) - 1
                and (other == key or other not in a_story_keys)
                for other in story.b_keys
            ):
                continue  # not kept as a name (a key of 3 letters begins too many: Chess, Kessen)
            if _in_a_compound(word, names, side.text, b_unit_keys) or (
                profiles[1].capitalised_nouns
                # the name's stem, its plural ending off: Corridors = Wildtierkorridore
                and any(_head_of_a_compound(k, b_unit_keys) for k in a_stems[False].get(key, {key}))
            ):
                continue
            missing.append(word)
        if missing:
            found += later_mentions.later_mention(
                missing_names.name_finding(
                    view,
                    missing,
                    profiles,
                    (a_unit_keys, story.a_keys),
                    kept,
                    person=all(w.start in people for w in missing),
                    b_common=story.b_common,
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


def _heard(word: facts.Word, b_keys: set[str], *, person: bool, first: bool) -> bool:
    """True when one of `b_keys` (in another script) writes the name word as heard: one
    name by spelling.same_name or by its consonants (spelling.same_skeleton), from any key
    spelling.heard_keys gives, keeping a person's said consonants and a first name's
    (spelling.first_name_kept)."""
    return any(
        (spelling.same_name(heard, o, loose=True) or spelling.same_skeleton(heard, o))
        and not (person and spelling.another_person(word.text, o))
        and (
            not first
            or spelling.first_name_kept(
                heard, o, a_h=word.text[:1] in "Hh" and not heard.startswith("g")
            )
        )
        for heard in spelling.heard_keys(word.text)
        for o in b_keys
    )


def _stems(unit: Unit, side: str, profile: Profile) -> dict[bool, dict[str, set[str]]]:
    """Name key -> the stem keys of the unit's words with that key (spelling.stems): with the
    endings of a place's or a body's name (False), and with those of any name (True, for a
    person's, which takes no ending of a place's people: Halde is not Halder)."""
    found: dict[bool, dict[str, set[str]]] = {False: {}, True: {}}
    for person, endings in (
        (False, profile.name_endings + profile.place_endings),
        (True, profile.name_endings),
    ):
        for _, part_side in unit.sides(side):
            for w in facts.words(part_side.text):
                for part in {w.text, *w.text.replace("’", "-").replace("'", "-").split("-")}:
                    if part:
                        key = spelling.name_key(part)
                        found[person].setdefault(key, {key}).update(spelling.stems(part, endings))
    return found


def _copied_person(key: str, text: str, *, whole: bool, loose: bool, story: StoryNames) -> bool:
    """True for a word of a person's name that a translation in the same script copies letter
    for letter (see spelling.letters)."""
    return (
        whole
        and not loose
        and key in story.a_people
        and not spelling.PLACE_ADJECTIVE.search(key)
        and text.isalpha()
        and not text.isupper()  # a dateline ("CAPE TIRELL") is a place, translated
    )


def _respelt_here(
    word: facts.Word, view: GroupView, story: StoryNames, pair: frozenset[str]
) -> bool:
    """True when this group's B text does not copy a person's name its A text gives but writes
    a name close in spelling that A never gives, beside a word of the person's name A gives
    here: this mention changed, though B keeps the name elsewhere in the unit ("Viktor
    Rossby said" -> "Viktor Rosberg", "Rossby negó"; a German noun, "Partien", is no name)."""
    a_letters = spelling.letters(word.text, pair)
    b_words = facts.words(view.b.text)
    # each part of a hyphenated word: "Helvane-Aktie" keeps Helvane
    if any(
        spelling.copied(a_letters, spelling.letters(part, pair))
        for w in b_words
        for part in w.text.replace("’", "-").replace("'", "-").split("-")
        if part
    ):
        return False
    key = spelling.name_key(word.text)
    a_keys = set(story.a_keys)
    a_here = {spelling.name_key(w.text) for w in facts.words(view.a.text) if w.capitalised}

    def beside_a_name(n: int) -> bool:
        return any(
            0 <= m < len(b_words)
            and b_words[m].capitalised
            and spelling.name_key(b_words[m].text) in a_here
            and view.b.text[
                min(b_words[m].end, b_words[n].end) : max(b_words[m].start, b_words[n].start)
            ]
            == " "
            for m in (n - 1, n + 1)
        )

    return any(
        w.capitalised
        and not w.initial
        and spelling.name_key(w.text) not in a_keys
        and SequenceMatcher(None, key, spelling.name_key(w.text)).ratio()
        >= missing_names.NAME_SIMILARITY
        and beside_a_name(n)
        for n, w in enumerate(b_words)
    )


def _kept(key: str, b_key: str, loose: bool, person: bool) -> bool:
    """True when `b_key` keeps the name `key`: in one script a person's name only as
    spelt (spelling.spelt_alike: Kowalski -> Kowalczyk is another person), anything
    else as spelling.same_name reads it (a place's adjective, a case ending; a person's name
    in another script with no other ending: Sandell -> Сандберг, see spelling.ending_kept)."""
    if person and not loose:
        return spelling.spelt_alike(key, b_key)
    return spelling.same_name(key, b_key) and (not person or spelling.ending_kept(key, b_key))


def _in_a_compound(word: facts.Word, names: list[facts.Word], text: str, b_keys: list[str]) -> bool:
    """True when B writes this name word and the one beside it as one word: a party or body
    named by two words is one compound in German and Spanish, a hyphenated one in French and
    Russian (Social Democrats = Sozialdemokraten, socialdemócratas, sociaux-démocrates).
    A B word that reads as the second word alone is that word, not the two joined: "Kees
    Vandermeulen" for "Kees Vandermolen" respells the surname."""
    for other in names:
        pair = (word, other) if other.start > word.start else (other, word)
        if other is word or text[pair[0].end : pair[1].start] != " ":
            continue
        joined = spelling.name_key(pair[0].text + pair[1].text)
        second = spelling.name_key(pair[1].text)
        if len(joined) >= 8 and any(
            abs(len(k) - len(joined)) <= 2
            and spelling.same_name(joined, k, loose=True)
            and not spelling.same_name(second, k, loose=True)
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


def _spans(found: list[Speaker]) -> list[tuple[int, int]]:
    return [speaker.span for speaker in found]


def _speaker_named(
    view: GroupView, profiles: tuple[Profile, Profile], a_people: set[str], a_unit_keys: set[str]
) -> list[Finding]:
    """attribution.changed: B gives a statement A attributes (to "she", "the museum") to a
    person the story names elsewhere but not in this paragraph.

    Where B has no reporting word the profile knows ("», a lancé Hana Drobic"), the
    speaker of a quote is the name after its closing mark, in any language. A name with a
    possessive mark owns something ("Reisz' Amtszeit" for A's "his tenure"): no speaker."""
    if not facts.attributed(view.a.text, profiles[0]):
        return []
    b_names = name_words(view.b, profiles[1])
    said_by = [s for s in speakers(view.b.text, profiles[1]) if names_someone(s.words, profiles[1])]
    if said_by:
        # a name B reads in what is reported, not in who reports it, renders a pronoun or
        # a role A writes there ("to end his tenure" = "Reisz' Amtszeit zu beenden")
        b_names = [w for w in b_names if any(s <= w.start < e for s, e in _spans(said_by))]
    if not facts.attributed(view.b.text, profiles[1]):
        b_quotes = facts.quotes(view.b.text, profiles[1])
        if not facts.quotes(view.a.text, profiles[0]) or not b_quotes:
            return []
        after = max(end for _, end in b_quotes)
        b_names = [w for w in b_names if w.start > after]

    loose = profiles[0].script != profiles[1].script

    def known(word: facts.Word, keys: set[str]) -> bool:
        return any(spelling.same_name(spelling.name_key(word.text), k, loose=loose) for k in keys)

    def person(word: facts.Word) -> bool:
        key = spelling.name_key(word.text)
        return any(spelling.same_person(key, k, loose=loose) for k in a_people)

    others: list[facts.Word] = []
    for run in name_runs(view.b, b_names):
        if _POSSESSIVE.search(view.b.text[run[-1].start : run[-1].end + 1]):
            continue  # an owner, no speaker: "Reisz' Amtszeit" for A's "his tenure"
        # "Marta Keller" for A's "Keller" names the same person: one known word is enough
        if not any(known(w, a_unit_keys) for w in run):
            others += [w for w in run if not w.initial and person(w)]
    if not others:
        return []
    named = " ".join(w.text for w in others)
    message = f"attribution changed: B attributes the statement to {named}; A does not name them"
    return [located("attribution.changed", message, b=(view, (others[0].start, others[-1].end)))]
