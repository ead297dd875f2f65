"""First names across languages: which words of A are a person's first name, and whether B
changed one before the surname it keeps. A first name has a conventional form in each
language, so it is judged by its consonants (spelling.first_name_kept), not only by how
close its spelling is."""

from __future__ import annotations

import itertools
from difflib import SequenceMatcher

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, missing_names, spelling
from driftcheck.findings.xling.people import after_an_article
from driftcheck.findings.xling.units import Unit


def starts(text: str, names: list[facts.Word], people: set[int]) -> set[int]:
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


def changed(
    word: facts.Word,
    names: list[facts.Word],
    text: str,
    unit: Unit,
    b_profile: Profile,
    *,
    loose: bool,
) -> bool:
    """True when B writes, before the surname that follows `word` in A, another name close in
    spelling to it: a first name at a sentence start, changed ("Clara Maresca" -> "Carla
    Maresca"; in another script one whose consonants differ, spelling.first_name_kept:
    "Marta Ilicova" -> "Мария Иличова"); a title translated there ("Geologist" ->
    "Geologin") is kept, one translated otherwise ("Councillor" -> "Stadträtin") is far in
    spelling; in another script as heard, declined with B's name endings (Kenji = Кэндзи,
    Eleanor = Элеонорой). A word after a definite article is no first name but a word of a
    thing's name, translated ("Workshop Treadwell & Sons" = "die Werkstatt Treadwell & Sons",
    see people.after_an_article)."""
    after = next((w for w in names if w.start > word.start), None)
    if after is None or text[word.end : after.start] != " " or word.text.isupper():
        return False  # capitals: a dateline ("CAPE TIRELL" = "CABO TIRELL"), translated
    key, surname = spelling.name_key(word.text), spelling.name_key(after.text)
    for _, side in unit.sides("b"):
        every = facts.words(side.text)
        for at, (before, other) in enumerate(itertools.pairwise(every)):
            first = spelling.name_key(before.text)
            if (
                before.capitalised
                and not after_an_article(side.text, every, at, b_profile)
                and side.text[before.end : other.start] == " "
                and spelling.same_name(surname, spelling.name_key(other.text), loose=loose)
                and not kept(word.text, before.text, b_profile.name_endings, loose=loose)
                and SequenceMatcher(None, key, first).ratio() >= missing_names.NAME_SIMILARITY
            ):
                return True
    return False


def kept(a_word: str, b_word: str, endings: tuple[str, ...], *, loose: bool) -> bool:
    """True when B's first name is A's: in one script as same_name reads it; in another
    with the consonants a first name keeps (spelling.first_name_kept), from any key a
    transliteration by sound starts from (spelling.heard_keys), B's word with a case ending
    or without it."""
    key, b_key = spelling.name_key(a_word), spelling.name_key(b_word)
    if not loose:
        return spelling.same_name(key, b_key)
    return any(
        spelling.same_name(heard, form, loose=True) and spelling.first_name_kept(heard, form)
        for heard in spelling.heard_keys(a_word)
        for form in spelling.stems(b_word, endings)
    )
