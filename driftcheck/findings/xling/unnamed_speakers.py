"""A statement a person named in the original, given in the translation to someone unnamed.

An indefinite article introduces someone the reader has not met ("a déclaré un porte-parole
du ministère", "sagte eine Sprecherin"): it never refers back to a person the story has
named. Where A gives a statement to a person by name and B's speaker opens with the
language's indefinite article, B gave the statement to someone else,
unless B's sentence names that person too, or B's speaker holds a title, or is a source of a
kind, that A gives that person anywhere in the story ("Opposition lawmaker Oskar Valtari
said" -> "Un diputado de la oposición dijo": the person, whose name was dropped; the names
rules report that), or, by what the words mean (the embedder), reads closer to how A names
that person than to any other party A quotes ("Un survivant de 42 ans" for "Survivor Radu
Onescu"; "un porte-parole du ministère" for "Bleiss" reads as the ministry's minister).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, source_kinds, spelling
from driftcheck.findings.xling.sources import party_role
from driftcheck.findings.xling.speaker_meaning import Quoted, one_name
from driftcheck.findings.xling.speaker_words import Speaker, names, speakers
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder


def check_unnamed(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    quoted: Sequence[Quoted],
    people: AbstractSet[str],
    told: AbstractSet[int | None] = frozenset(),
    *,
    embedder: Embedder | None = None,
) -> list[Finding]:
    """attribution.changed: A's speaker is a person named, B's someone unnamed, introduced
    by an indefinite article (see the module docstring). `quoted` are A's speakers (see
    xling.speaker_meaning.story_quoted), `people` the name keys of the people A names,
    `told` the groups another attribution rule already reported."""
    if not profiles[1].indefinite:
        return []
    loose = profiles[0].script != profiles[1].script
    found = []
    for view in unit.views:
        if view.index in told or not view.paired or not view.a.text or not view.b.text:
            continue
        persons = [q for q in quoted if q.group == view.index and q.names & people]
        b_keys = {spelling.name_key(w.text) for w in facts.words(view.b.text) if w.capitalised}
        if not persons or any(one_name(q.names & people, b_keys, loose=loose) for q in persons):
            continue  # B names the person: a speaker of its own, or a clause moved
        for speaker in speakers(view.b.text, profiles[1]):
            phrase = view.b.text[slice(*speaker.span)]
            person = persons[0]
            if not _indefinite(speaker, profiles[1]):
                other = _anothers_title(
                    phrase, persons, quoted, profiles, [s.text for s in view.a.doc.sentences]
                )
                if other is not None:
                    message = (
                        f"attribution changed: A attributes to {person.phrase}, B to {phrase}, "
                        f"the title A gives {other.phrase}, not the person A names"
                    )
                    found.append(
                        located(
                            "attribution.changed",
                            message,
                            a=(view, person.span),
                            b=(view, speaker.span),
                        )
                    )
                    break
                continue
            if any(_theirs(phrase, (p, quoted), profiles) for p in persons):
                continue
            if _reads_as(phrase, persons, quoted, embedder):
                continue
            message = (
                f"attribution changed: A attributes to {person.phrase}, B to {phrase}, "
                "someone B introduces as unnamed (an indefinite article), not the person A names"
            )
            found.append(
                located(
                    "attribution.changed", message, a=(view, person.span), b=(view, speaker.span)
                )
            )
            break
    return found


def _anothers_title(
    phrase: str,
    persons: Sequence[Quoted],
    quoted: Sequence[Quoted],
    profiles: tuple[Profile, Profile],
    a_sentences: Sequence[str],
) -> Quoted | None:
    """The one other person A quotes whose title of a kind of party (a mayor, a minister,
    a judge; not one any party has, as a spokesman) B's speaker gives alone, with no name,
    where A never gives the person that title (`a_sentences`: all of A's): "a déclaré la maire"
    for "Faldinger said", where A's mayor is Luzia Kammerlin and Faldinger heads civil
    protection. A title with a definite article refers back to the one holder A named;
    with two holders it says nothing."""
    b_roles = {r for r in facts.roles(phrase, profiles[1]) if party_role(r)}
    if not b_roles or names(facts.words(phrase), profiles[1]):
        return None
    mine = [q for q in quoted if any(one_name(q.names, p.names, loose=False) for p in persons)]
    keys = {key for p in persons for key in p.names}
    if _titled(a_sentences, keys, b_roles, profiles[0]):
        return None
    holders = [
        q
        for q in quoted
        if q.names and q not in mine and b_roles & facts.roles(q.phrase, profiles[0])
    ]
    if len({q.names for q in holders}) != 1:
        return None
    return holders[0]


TITLE_NEAR = 4
"""Words either side of a name within which a title is the person's ("Its head, Reto
Faldinger"; "Faldinger, the canton's civil protection chief")."""


def _titled(
    sentences: Sequence[str], keys: AbstractSet[str], roles: set[str], profile: Profile
) -> bool:
    """True when a sentence gives one of the titles within TITLE_NEAR words of a word with
    one of the name keys: the person holds it somewhere in the story."""
    for text in sentences:
        every = facts.words(text)
        for n, word in enumerate(every):
            if spelling.name_key(word.text) not in keys:
                continue
            near = every[max(0, n - TITLE_NEAR) : n + TITLE_NEAR + 1]
            if roles & facts.roles(text[near[0].start : near[-1].end], profile):
                return True
    return False


def _indefinite(speaker: Speaker, profile: Profile) -> bool:
    """True when the speaker's words open with an indefinite article ("según un portavoz"
    reads "un portavoz"; after a preposition, "in einer Erklärung", they say where it was
    said, not who said it)."""
    return profile.indefinite_re.fullmatch(speaker.words[0].text) is not None


def _theirs(
    phrase: str,
    person: tuple[Quoted, Sequence[Quoted]],
    profiles: tuple[Profile, Profile],
) -> bool:
    """True when B's unnamed speaker holds a title, or is a source of a kind, that A gives
    the person in any of the person's speaker phrases of the story: the person, unnamed."""
    one, quoted = person
    theirs = [q for q in quoted if one_name(q.names, one.names, loose=False)] or [one]
    a_roles = {role for q in theirs for role in facts.roles(q.phrase, profiles[0])}
    a_kinds = {kind for q in theirs for kind in q.kinds}
    if a_roles & facts.roles(phrase, profiles[1]):
        return True
    words = facts.words(phrase)
    b_kinds = source_kinds.kinds([Speaker(tuple(words))], phrase, profiles[1]) if words else set()
    return bool(a_kinds) and bool(b_kinds) and not source_kinds.apart(a_kinds, b_kinds)


def _reads_as(
    phrase: str, persons: Sequence[Quoted], quoted: Sequence[Quoted], embedder: Embedder | None
) -> bool:
    """True when B's unnamed speaker reads at least as close to how A names the person (any
    speaker phrase of A with their name) as to any other party A quotes: the person, whose
    name B dropped. With no embedder, or no other party, nothing says so."""
    if embedder is None:
        return False
    theirs = [q for q in quoted if any(one_name(q.names, p.names, loose=False) for p in persons)]
    others = [q.phrase for q in quoted if q not in theirs]
    if not others:
        return False
    mine = list(dict.fromkeys(q.phrase for q in [*persons, *theirs]))
    rows = embedder.embed([phrase, *mine, *others])
    sims = rows[1:] @ rows[0]
    return float(sims[: len(mine)].max()) >= float(sims[len(mine) :].max())
