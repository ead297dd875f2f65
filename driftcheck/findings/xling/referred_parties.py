"""A statement given to another party of the story, read from where each version first
named its speaker: a speaker that refers back ("the chamber", "the inspectorate") is the party
whose words the version first wrote in an earlier paragraph ("The Chamber of Opticians
warned...").

Each side's speaker words (no role, no function word) point back to the paragraphs where
that version first wrote them. Where all of A's do (A introduces no one here) and B's point
to other paragraphs, and neither version writes the other's words in the paragraphs the
other points to, B gave the statement to a party the story introduced elsewhere ("According
to a survey by the chamber" -> "Einer Umfrage der Krankenkasse zufolge", where "Krankenkasse"
is the fund of the lede, and "the chamber" no word of it). A translator who names the same
party another way points back to the paragraph introducing it, as A does, or writes its
word where A writes A's elsewhere in the story (a kind word glossed in B's lede, "der
Versorger Nordwasser", that A first gives later); translations keep
the paragraphs, and a pair whose versions do not is left alone. Two speakers that share a
name, or that are both a name, are the names rules' to compare. A speaker that refers back
is definite on one side at least: two bare nouns ("and drivers said" -> "según dijeron otros
camioneros") name kinds of speaker, no party met before.
Where B names a party that A introduces only in other paragraphs, not where A first wrote
its speaker's words, B gave the statement to that party ("according to the board" ->
"Según Northline Haulage")."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, spelling
from driftcheck.findings.xling.speaker_words import Speaker, names, speakers
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Document, Finding

_SHORTEST = 4
"""Letters a word needs to point back to a party (shorter ones are function words)."""


class Mentions:
    """Each version's sentences in reading order, as the sentence's index, its paragraph
    (translations keep the paragraphs) and its lowered words; and the words A writes in
    lower case somewhere (common words, no names)."""

    def __init__(self, a: Document, b: Document) -> None:
        self.a = _sentences(a)
        self.b = _sentences(b)
        self.a_lower, self.b_lower = (
            frozenset(w.text for s in d.sentences for w in facts.words(s.text) if w.text.islower())
            for d in (a, b)
        )
        self.kept = len({s.paragraph for s in a.sentences}) == len(
            {s.paragraph for s in b.sentences}
        )


_Written = list[tuple[int, int, list[str]]]
"""A version's sentences: (sentence index, paragraph, lowered words)."""


def _sentences(doc: Document) -> _Written:
    return [
        (
            sentence.index,
            sentence.paragraph,
            [facts.unelided(w.text.lower()).rstrip("'’s") for w in facts.words(sentence.text)],
        )
        for sentence in doc.sentences
    ]


def check_referred(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    mentions: Mentions,
    told: AbstractSet[int | None] = frozenset(),
) -> list[Finding]:
    """attribution.changed: the speakers of a pair refer back to parties each side first
    named in other paragraphs (see the module docstring); `told` are the groups another
    attribution rule already reported."""
    found = []
    for view in unit.views:
        if (
            not mentions.kept
            or view.index in told
            or not view.paired
            or not view.a.text
            or not view.b.text
        ):
            continue
        a_speakers = speakers(view.a.text, profiles[0])
        b_speakers = speakers(view.b.text, profiles[1])
        if len(a_speakers) != 1 or len(b_speakers) != 1:
            continue
        if not _definite(a_speakers[0].words, profiles[0], mentions.a_lower) and not _named(
            b_speakers[0].words, profiles[1], mentions.b_lower
        ):
            continue  # "and drivers said" -> "según dijeron otros camioneros": a kind of
            # speaker, no party met before (B's article says nothing: "los camioneros" are
            # truckers in general); where B names a body, "traders said" -> "selon
            # l'Autorité portuaire", it gave the statement to it
        a_words = _party_words(a_speakers[0].words, profiles[0])
        b_words = _party_words(b_speakers[0].words, profiles[1])
        if _named_alone(a_speakers[0].words, profiles[0]) and _named_alone(
            b_speakers[0].words, profiles[1]
        ):
            continue  # a name for a name: xling.names compares them
        loose = profiles[0].script != profiles[1].script
        a_here = [w.text for w in facts.words(view.a.text)]
        if any(
            spelling.same_name(spelling.name_key(a), spelling.name_key(b), loose=loose)
            for a in a_here
            for b in b_words
        ):
            continue  # a name both keep, or a word both spell alike (B's speaker may hold
            # a word of A's sentence read with it: "производящий около 60% всего брелака")
        a_back = _first_written(a_words, mentions.a, set(view.group.a), profiles[0])
        b_back = _first_written(b_words, mentions.b, set(view.group.b), profiles[1])
        here = {p for n, p, _ in mentions.a if n in view.group.a}
        if not b_back and _named_elsewhere(
            (a_back, a_words), (b_speakers[0], b_words), mentions, here, profiles
        ):
            found.append(_changed(view, a_speakers[0], b_speakers[0]))
            continue
        if (
            not a_back
            or not b_back
            or len(a_back) < len(a_words)
            or set(a_back.values()) & set(b_back.values())
        ):
            continue  # A introduces its speaker here, at least in part, or one party
        if _written_in(b_words, mentions.b, set(a_back.values()), profiles[1]) or _written_in(
            a_words, mentions.a, set(b_back.values()), profiles[0]
        ):
            continue
        if (_paragraphs(a_words, mentions.a, profiles[0]) - here) & _paragraphs(
            b_words, mentions.b, profiles[1]
        ):
            continue  # the two words go together elsewhere in the story: one party
        found.append(_changed(view, a_speakers[0], b_speakers[0]))
    return found


def _changed(view: GroupView, a_one: Speaker, b_one: Speaker) -> Finding:
    message = (
        f"attribution changed: A attributes to "
        f"{view.a.text[a_one.span[0] : a_one.span[1]]}, B to "
        f"{view.b.text[b_one.span[0] : b_one.span[1]]}, a party the story introduced "
        "elsewhere"
    )
    return located("attribution.changed", message, a=(view, a_one.span), b=(view, b_one.span))


def _named_elsewhere(
    a: tuple[dict[str, int], list[str]],
    b: tuple[Speaker, list[str]],
    mentions: Mentions,
    here: AbstractSet[int],
    profiles: tuple[Profile, Profile],
) -> bool:
    """True when B gives the statement to a name that B first writes here and A only in
    other paragraphs, none of them the one where A first wrote its own speaker's words
    ("according to the board", the board of the lede -> "Según Northline Haulage", a firm A
    introduces further on). A translator who names the party A refers back to ("the
    company" -> "Northline") writes the name where A introduced it, before the pair."""
    a_back, a_words = a
    b_one, _ = b
    b_names = [spelling.name_key(w.text) for w in names(b_one.words, profiles[1])]
    if not a_back or len(a_back) < len(a_words) or not b_names:
        return False
    if not _named_alone(b_one.words, profiles[1]):
        return False
    loose = profiles[0].script != profiles[1].script
    named = {  # spelt as a name is ("Ministerium" is no "minister")
        paragraph
        for _, paragraph, lowered in mentions.a
        if all(
            any(spelling.same_name(key, spelling.name_key(o), loose=loose) for o in lowered)
            for key in b_names
        )
    }
    introduced = set(a_back.values())
    return bool(named) and not named & (here | introduced)


def _party_words(words: Sequence[facts.Word], profile: Profile) -> list[str]:
    """The speaker's words that may name a party: no function word, no title (a spokesman
    speaks for a party, he is none). Where nouns have a capital (German), a capitalised
    word inside the sentence is a noun however short ("Dem Amt zufolge": the office)."""
    return [
        lowered
        for w in words
        if (
            len(lowered := facts.unelided(w.text.lower()).rstrip("'’s")) >= _SHORTEST
            or (profile.capitalised_nouns and w.capitalised and not w.initial and len(lowered) > 2)
        )
        and w.text.lower() not in profile.stopwords
        and lowered not in profile.function_words
        and not facts.roles(w.text, profile)
    ]


def _definite(words: Sequence[facts.Word], profile: Profile, common: AbstractSet[str]) -> bool:
    """True when the speaker can refer back to a party: it holds a definite article or a
    name (see _named). A bare noun, in a language with articles, names a kind of people or
    bodies ("drivers said", "which hospitals say"), not one the story has met; a language
    without articles (Russian) shows neither, and its speakers may all refer back."""
    if not profile.articles:
        return True
    return any(profile.articles_re.fullmatch(w.text) for w in words) or _named(
        words, profile, common
    )


def _named(words: Sequence[facts.Word], profile: Profile, common: AbstractSet[str]) -> bool:
    """True when the speaker holds a name: a capitalised word (after an elided article:
    "l'Autorité portuaire"), where only names have a capital, that opens no sentence or that
    the version never writes in lower case (`common`: "Pennywhistle said")."""
    return not profile.capitalised_nouns and any(
        facts.unelided(w.text)[:1].isupper() and (not w.initial or w.text.lower() not in common)
        for w in words
    )


def _named_alone(words: Sequence[facts.Word], profile: Profile) -> bool:
    """True when the speaker's words are capitalised but for function words: a name ("Anna
    Ruiz", "Holmberg vor Journalisten"), where German capitalises nouns too. Where it does,
    an article before them makes them a noun ("Dem Amt zufolge": the office, no name)."""
    if (
        profile.capitalised_nouns
        and profile.articles
        and words
        and profile.articles_re.fullmatch(words[0].text)
    ):
        return False
    return all(w.capitalised or w.text.lower() in profile.stopwords for w in words)


def _first_written(
    words: Sequence[str], side: _Written, here: AbstractSet[int], profile: Profile
) -> dict[str, int]:
    """Each word that the version first wrote in an earlier sentence -> that sentence's
    paragraph; a word first written in the pair's own sentences, or later, refers back to
    nothing."""
    found: dict[str, int] = {}
    for word in words:
        for index, paragraph, lowered in side:
            if index in here:
                break
            if any(_same(word, other, profile) for other in lowered):
                found[word] = paragraph
                break
    return found


def _written_in(
    words: Sequence[str], side: _Written, paragraphs: AbstractSet[int], profile: Profile
) -> bool:
    """True when the version writes one of the words in one of the paragraphs."""
    return any(
        _same(word, other, profile)
        for _, paragraph, lowered in side
        if paragraph in paragraphs
        for word in words
        for other in lowered
    )


def _paragraphs(words: Sequence[str], side: _Written, profile: Profile) -> set[int]:
    """The paragraphs where the version writes one of the words."""
    return {
        paragraph
        for _, paragraph, lowered in side
        if any(_same(word, other, profile) for word in words for other in lowered)
    }


def _same(word: str, other: str, profile: Profile) -> bool:
    """True when `other` is the word, with an ending of its own (one letter of the word's
    less, three more at most: "Kasse", "Kassen"; "гильдия", "гильдии"), or, where nouns
    join (German), a compound ending with it ("Bundeskrankenkasse": a Krankenkasse)."""
    if other == word or (profile.capitalised_nouns and other.endswith(word)):
        return True
    short, long = sorted((word, other), key=len)
    return len(short) >= _SHORTEST and long.startswith(short[:-1]) and len(long) <= len(short) + 3
