"""Who a version names, read with its profile: name words, people, and what the whole
story says about names (see xling.names for the rules that compare them).

A capitalised word is a name unless it is a function, date, role or institution word, a
word the story writes in lower case elsewhere, or the adjective of a place it names; two
or three name words in a row with no institution word beside them are a person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.lexicon import GENERIC_NAME_WORDS, ORGANISATION_WORDS
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, glosses, spelling, worded


def name_words(
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
    skip = profile.stopwords | set(profile.roles) | _body_words(profile)
    found = []
    every = [_elided(w) for w in facts.words(side.text, side.starts)]
    for n, word in enumerate(every):
        lowered = _POSSESSIVE.sub("", word.text.lower())  # the Post's = the Post
        if not word.capitalised or lowered in skip or len(word.text) < 3:
            continue
        if _is_common(lowered, common):
            continue
        if "-" in lowered and all(part in skip for part in lowered.split("-")):
            continue  # a title of two: Secretary-General, vice-président
        if _in_a_title(side.text, every, n, profile):
            continue  # a word of a title of two: Chief Executive, Director General
        if word.initial and word.text not in named and not _first_name(side.text, every, n, named):
            continue
        if facts.dates(word.text, profile):
            continue
        found.append(word)
    return found


_POSSESSIVE = re.compile(r"['’]s$")
_ELISION = re.compile(r"[^\W\d_]{1,2}['’](?=[A-ZÀ-ÖØ-Þ])")
"""An elided article or preposition before a capital: "l'", "d'" ("l'ASA", "d'Aurion")."""


def _elided(word: facts.Word) -> facts.Word:
    """The name after an elided article ("l'ASA" -> "ASA"), else the word itself."""
    match = _ELISION.match(word.text)
    if match is None or not word.text[:1].islower():
        return word
    return facts.Word(word.text[match.end() :], word.start + match.end(), word.end, False)


def _in_a_title(text: str, every: list[facts.Word], n: int, profile: Profile) -> bool:
    """True when the word and the one before or after it, one space apart, are a title the
    profile knows ("Chief Executive", "General Manager"): words of the language, which a
    translator translates (Chef, PDG, consejero delegado), not a name."""
    for first, second in ((n - 1, n), (n, n + 1)):
        if first < 0 or second >= len(every) or text[every[first].end : every[second].start] != " ":
            continue
        if f"{every[first].text} {every[second].text}".lower() in profile.roles:
            return True
    return False


def _first_name(text: str, every: list[facts.Word], n: int, named: frozenset[str]) -> bool:
    """True when the word at a sentence start (or after "Dr.") is followed, one space on, by
    a name the version writes mid-sentence: a first name ("Mark Oduya, a retired teacher").
    A word before two such names is a title or a trade ("Geologist Marit Sundqvist",
    "Councillor Ilse Marquardt"), which a translator translates."""

    def name_after(k: int) -> bool:
        after = every[k + 1] if k + 1 < len(every) else None
        return (
            after is not None
            and not after.initial
            and after.text in named
            and text[every[k].end : after.start] == " "
        )

    return name_after(n) and not name_after(n + 1)


def person_starts(
    side: Side,
    names: list[facts.Word],
    profile: Profile,
    common: frozenset[str] = frozenset(),
    bodies: frozenset[tuple[str, ...]] = frozenset(),
) -> set[int]:
    """Starts of the words that make up a person's name: two or three name words in a row
    ("Laura Benet"), with nothing but a space between them and no institution word next to
    them (Civic Union, Medicines Regulatory Agency are translated, not kept), nor a word of
    the language (`common`: "North Ardent Sea", "Varossa Fire Brigade"), nor a run the
    story names a body with (`bodies`, see `body_names`: "Civic Renewal's papers")."""
    if profile.capitalised_nouns:
        return set()
    # a title ("Captain") is no institution
    skip = _body_words(profile)
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
        after = words[last + 1] if last + 1 < len(words) else None
        if (
            after is not None
            and after.text.lower() in profile.roles
            and side.text[run[-1].end : after.start] == " "
        ):
            continue  # a portfolio before a title ("Marine Resources Minister Petra Nyland")
        if _run_key(run) in bodies or (
            after is not None
            and _body_word(after.text, profile)
            and side.text[run[-1].end : after.start] == " "
        ):
            continue  # a body named by words of the language: "the Civic Renewal party"
        if _in_an_institution(side.text, words, first, skip, profile):
            continue  # the end of an institution's name: "National Institute for Plant Health"
        if after_an_article(side.text, words, first, profile):
            continue  # a thing's name: "the Kelbrook Observatory"
        if _after_a_named_head(side.text, words, first, profile):
            continue  # the end of a body's name: "the Guild of Independent Producers"
        if any(worded.values(w.text, profile) for w in run):
            continue  # a work's or a thing's name: "Mahler's Fifth Symphony", "Route Nine"
        if 2 <= len(run) <= 3 and not any(
            w.capitalised and (w.text.lower() in skip or _is_common(w.text.lower(), common))
            for w in around
            if w not in run
        ):
            people.update(w.start for w in run)
    return people


def _body_words(profile: Profile) -> set[str]:
    """Words that name a body or its kind, never a person (sources, organisation and
    generic name words, the profile's body words: "Institute", "Forum", "List")."""
    return set(profile.sources) | ORGANISATION_WORDS | GENERIC_NAME_WORDS | profile.body_words


def _body_word(text: str, profile: Profile) -> bool:
    """True for a word that names the kind of a body (party, union, alliance, list)."""
    lowered = text.lower()
    return (
        lowered in ORGANISATION_WORDS
        or lowered in profile.body_words
        or profile.sources.get(lowered) == "organisation"
    )


def _after_an_institution(
    text: str, words: list[facts.Word], first: int, skip: set[str], profile: Profile
) -> bool:
    """True when the run starting at word `first` follows an institution word and a function
    word that is no conjunction, one space apart: it ends the institution's name ("Institute
    for Plant Health", "Ministry of Foreign Affairs"), which a translator translates."""
    if first < 2:
        return False
    institution, link = words[first - 2], words[first - 1]
    return (
        institution.capitalised
        and institution.text.lower() in skip
        and link.text.islower()
        and link.text in profile.stopwords
        and not profile.conjunctions_re.fullmatch(link.text)
        and text[institution.end : link.start] == " "
        and text[link.end : words[first].start] == " "
    )


def _in_an_institution(
    text: str, words: list[facts.Word], first: int, skip: set[str], profile: Profile
) -> bool:
    """True when the run starting at word `first` ends an institution's name, right after
    its linking word or after a conjunction that joins it to the name words before
    ("Ministry of Transport and Coastal Affairs", "Department of Culture and Heritage")."""
    while first >= 2 and not _after_an_institution(text, words, first, skip, profile):
        link, before = words[first - 1], words[first - 2]
        if not (
            profile.conjunctions_re.fullmatch(link.text)
            and before.capitalised
            and text[before.end : link.start] == " "
            and text[link.end : words[first].start] == " "
        ):
            return False
        first -= 2
        while first >= 1 and words[first - 1].capitalised and not words[first - 1].initial:
            if text[words[first - 1].end : words[first].start] != " ":
                break
            first -= 1
    return first >= 2 and _after_an_institution(text, words, first, skip, profile)


def _after_a_named_head(text: str, words: list[facts.Word], first: int, profile: Profile) -> bool:
    """True when the run starting at word `first` follows a capitalised word that is no role
    and "of", one space apart ("Guild of Independent Producers", "Museum of Modern Art"):
    the complement of a body's or a thing's name, whatever word heads it, which a translator
    translates (Gremio de Productores Independientes); a person's name is no complement of
    another name. A is English."""
    if first < 2:
        return False
    head = words[first - 2]
    return (
        head.capitalised
        and head.text.lower() not in profile.roles
        and text[head.end : words[first].start] == _OF
    )


_OF = " of "


def after_an_article(text: str, words: list[facts.Word], first: int, profile: Profile) -> bool:
    """True when the run starting at word `first` follows a definite article, one space apart:
    a person's name takes none, the name of a place, a body or a paper does ("the Kelbrook
    Observatory", "the Skellmoor Herald"), and its words of the language are translated."""
    if first < 1 or not profile.articles:
        return False
    article = words[first - 1]
    return (
        text[article.end : words[first].start] == " "
        and profile.articles_re.fullmatch(article.text) is not None
    )


def institution_tails(side: Side, names: list[facts.Word], profile: Profile) -> set[int]:
    """Starts of the name words that end an institution's name after a linking word, two or
    more ("National Institute for Plant Health", "Ministry of Foreign Affairs"): words of
    the language a translator translates (Institut für Pflanzengesundheit, защиты
    растений), never copies. One word there ("University of Halvik") is a place, kept."""
    words = facts.words(side.text, side.starts)
    skip = _body_words(profile)
    position = {w.start: n for n, w in enumerate(words)}
    return {
        w.start
        for run in name_runs(side, names)
        if len(run) >= 2
        and _in_an_institution(side.text, words, position[run[0].start], skip, profile)
        for w in run
    }


def _run_key(run: list[facts.Word]) -> tuple[str, ...]:
    """The name keys of a run of name words, a possessive 's left out (Civic Renewal's)."""
    return tuple(spelling.name_key(re.sub(r"['’]s$", "", w.text)) for w in run)


def body_names(
    doc_sides: list[Side], profile: Profile, named: frozenset[str], common: frozenset[str]
) -> frozenset[tuple[str, ...]]:
    """The runs of name words a version writes right before the word for a body in lower
    case ("whose Civic Renewal party", "the Blue Shore group"), or right after a definite
    article ("won the Tamsford Marathon"): the name of a party, a company, an event, which
    a translator may translate (Bürgerliche Erneuerung, Renouveau civique, Тамсфордский
    марафон) wherever the story writes it, and no person's, which takes no article."""
    found: set[tuple[str, ...]] = set()
    for side in doc_sides:
        every = facts.words(side.text, side.starts)
        after = {w.start: every[n + 1] for n, w in enumerate(every[:-1])}
        position = {w.start: n for n, w in enumerate(every)}
        for run in name_runs(side, name_words(side, profile, named, common)):
            following = after.get(run[-1].start)
            if (
                following is not None
                and following.text.islower()
                and _body_word(following.text, profile)
                and side.text[run[-1].end : following.start] == " "
            ) or (
                len(run) >= 2
                and after_an_article(side.text, every, position[run[0].start], profile)
                # the whole name: "the Marta Keller Foundation" names a body after her
                and not (following is not None and following.capitalised)
            ):
                found.add(_run_key(run))
    return frozenset(found)


def name_runs(side: Side, names: list[facts.Word]) -> list[list[facts.Word]]:
    """Name words next to each other (one space apart), as runs: "Marta Keller"."""
    runs: list[list[facts.Word]] = []
    for word in names:
        if runs and side.text[runs[-1][-1].end : word.start] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


_ACRONYM = re.compile(r"\(([A-ZА-ЯЁ]{2,6})\)")
"""An acronym in brackets: "(MFWU)"."""
MAX_EXPANSION = 8
"""Words before an acronym that may spell it out, connecting words included."""


def acronym_names(text: str) -> list[tuple[str, list[facts.Word]]]:
    """Each acronym in brackets and the capitalised words before it that spell it out:
    "the Maritime and Ferry Workers' Union (MFWU)" -> ("MFWU", [Maritime, Ferry, Workers,
    Union]). Its letters are, in order, the initials of those words, the last word's
    initial the acronym's last letter ("Corvane Financial Conduct Board (FCB)" spells out
    Financial Conduct Board; a place before it may stay outside)."""
    every = facts.words(text)
    ends = [w.end for w in every]
    found = []
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        k = bisect.bisect_right(ends, match.start())  # the words that end before the bracket
        before = every[max(0, k - MAX_EXPANSION) : k]
        capitals = [w for w in before if w.capitalised]
        letters = list(acronym)
        spelt: list[facts.Word] = []
        for word in reversed(capitals):
            if not letters:
                break
            if word.text[0] == letters[-1]:
                letters.pop()
                spelt.insert(0, word)
            elif not spelt:
                break  # the word just before the brackets must end the name
        if not letters:
            found.append((acronym, spelt))
    return found


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
    doc_sides: list[Side],
    profile: Profile,
    named: frozenset[str],
    common: frozenset[str],
    bodies: frozenset[tuple[str, ...]] = frozenset(),
) -> set[str]:
    """The name keys of every person a version names (see person_starts)."""
    keys: set[str] = set()
    for side in doc_sides:
        names = name_words(side, profile, named, common)
        starts = person_starts(side, names, profile, common, bodies)
        keys.update(spelling.name_key(w.text) for w in names if w.start in starts)
    return keys


def name_keys(doc_sides: list[Side], *, capitalised: bool = False) -> list[str]:
    """The name keys of every word and every part of a hyphenated one (APLA-Präsident,
    d'Aurion); with `capitalised`, of capitalised ones only (the names themselves, where a
    lower-case word must not stand for one: "лондонских" keeps London, "battle" is no Bate)."""
    return [
        spelling.name_key(part)
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
    a_bodies: frozenset[tuple[str, ...]] = frozenset()
    """Runs of name words A gives a body (see body_names): no person's name."""
    b_common: frozenset[str] = frozenset()
    """Words B writes in lower case (see common_words): words of its language, no name."""
    b_glosses: dict[str, frozenset[str]] = field(default_factory=dict)
    """Name key -> B's own words for the name it is part of (xling.glosses)."""

    def named_before(self, key: str, a_at: int, b_at: int, *, loose: bool) -> bool:
        """True when A names `key` before `a_at` and B names it before `b_at`."""
        return self.a_first.get(key, a_at) < a_at and any(
            at < b_at and spelling.same_name(key, other, loose=loose)
            for other, at in self.b_first.items()
        )


def story_names(views: Sequence[GroupView], profile: Profile) -> StoryNames:
    """The StoryNames of a pair, A read with its profile."""
    a_sides = [view.a for view in views if view.a.text]
    b_sides = [view.b for view in views if view.b.text]
    a_named = named(a_sides)
    a_keys = name_keys(a_sides, capitalised=True)
    b_keys = name_keys(b_sides, capitalised=True)  # kept as a name, not as "медицинский"
    common = common_words(a_sides)
    bodies = body_names(a_sides, profile, a_named, common)
    return StoryNames(
        a_named,
        a_keys,
        b_keys,
        people(a_sides, profile, a_named, common, bodies),
        common,
        _first_places(a_sides, capitalised=False),
        _first_places(b_sides, capitalised=True),
        bodies,
        common_words(b_sides),
        glosses.renderings(b_sides),
    )


def _first_places(doc_sides: list[Side], *, capitalised: bool) -> dict[str, int]:
    """Name key -> the offset in the document where a word with that key first appears."""
    first: dict[str, int] = {}
    for side in doc_sides:
        for w in facts.words(side.text):
            if capitalised and not w.capitalised:
                continue
            at = side.span(w.start, w.end)[0]
            key = spelling.name_key(w.text)
            first[key] = min(first.get(key, at), at)
    return first
