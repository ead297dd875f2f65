"""A statement given to another party the story quotes, judged by what the speakers' words
mean, across languages.

A translator renders a speaker in words of its own language ("the agriculture ministry" ->
"das Landwirtschaftsministerium", "Race organisers" -> "los organizadores"), so no list of
kinds knows every speaker, and a body named by words is translated, not kept. The embedder
knows both: where B's speaker reads as a party A gives another statement to elsewhere in
the story, close to it (RENDERS) and much closer (CLOSER) than to any speaker of A's
sentence ("Race organisers said" -> "La federación dijo", where A writes "The federation
said" elsewhere), the statement was given to that party. A sentence that reports with a
pronoun ("..., he said") gives its statement to the last speaker named before it in its
paragraph.

A party may be named in many ways, so only a party surely another counts: two speakers of
A that read alike (ONE_PARTY: "the Federal Shipping Inspectorate", "the inspectorate"),
share a name ("Pieter Garrow", "Tidewell chief executive Pieter Garrow"), end with one noun
(a later mention: "the unit", "the National Food Fraud Unit") or are sources of
a kind in common ("Corvane", a company, and "the company") may be one party. A B speaker
that names A's speaker is A's, and so is any where B's sentence names A's speaker
elsewhere ("Corvane said" -> "Según la empresa, Corvane prevé"); one whose names A's
sentence has too is a party of the statement, moved ("..., Bertil Ramsgaard said" -> "...,
a déclaré Bertil Ramsgaard, PDG de Veltra Energy"); the subject of a reported clause ("что
доклад подтвердил") is inside the statement, and a title where A names a person ("dijo la
ministra" for "Ankersmit said") is that person, as is a role A gives alone where B says
whose it is ("according to a spokesman" -> "По словам представителя агентства").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, source_kinds, spelling
from driftcheck.findings.xling.sources import role_groups, source_groups
from driftcheck.findings.xling.speaker_words import Speaker, names, speakers
from driftcheck.findings.xling.units import Span, Unit, located, with_split_off
from driftcheck.types import Finding

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

RENDERS = 0.6
"""Similarity at least of B's speaker to the other party of A it reads as."""
CLOSER = 0.3
"""How much closer at least B's speaker reads to that party than to A's own speakers."""
ONE_PARTY = 0.6
"""Similarity from which two speakers of A are one party named in other words."""


@dataclass(frozen=True, slots=True)
class Quoted:
    """A speaker A gives a statement to: the words, and the group they are in."""

    group: int
    phrase: str
    span: Span
    names: frozenset[str]
    kinds: frozenset[str]
    paragraph: int


def story_quoted(
    views: Sequence[GroupView],
    profile: Profile,
    parties: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Quoted, ...]:
    """Every speaker of A's sentences, in reading order, with the kinds of source it is (by
    its words, or by what A says its named party is: see xling.speakers.story_parties)."""
    return tuple(
        _quoted(
            view.index,
            view.a.text,
            speaker=speaker,
            profile=profile,
            parties=parties or {},
            paragraph=_paragraph(view),
        )
        for view in views
        if view.a.text
        for speaker in speakers(view.a.text, profile)
    )


def embed_speakers(
    views: Sequence[GroupView],
    profiles: tuple[Profile, Profile],
    quoted: Sequence[Quoted],
    embedder: Embedder | None,
) -> None:
    """Ask the embedder for every speaker phrase of the story at once, before the rule asks
    for them view by view: an embedder that collects the texts it lacks and has the
    comparison run again (the batch runner's) asks once, not once per view."""
    if embedder is None or not quoted:
        return
    b_phrases = [
        view.b.text[slice(*speaker.span)]
        for view in views
        if view.paired and view.a.text and view.b.text
        for speaker in speakers(view.b.text, profiles[1])
    ]
    embedder.embed(list(dict.fromkeys([*(q.phrase for q in quoted), *b_phrases])))


def check_speaker_meaning(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    quoted: Sequence[Quoted],
    embedder: Embedder | None,
    told: AbstractSet[int | None] = frozenset(),
) -> list[Finding]:
    """attribution.changed: B's speaker reads as another party A quotes (see the module
    docstring); `told` are the groups another attribution rule already reported."""
    if embedder is None:
        return []
    loose = profiles[0].script != profiles[1].script
    found = []
    for view in with_split_off(unit):
        if view.index in told or not view.a.text or not view.b.text:
            continue
        own = [q for q in quoted if q.group == view.index] or _before(view, quoted, profiles[0])
        others = [q for q in quoted if q.group != view.index and q not in own]
        b_speakers = speakers(view.b.text, profiles[1])
        if not own or not others or not b_speakers:
            continue
        phrases = [view.b.text[slice(*s.span)] for s in b_speakers]
        rows = embedder.embed([*phrases, *(q.phrase for q in own), *(q.phrase for q in others)])
        b_rows, own_rows = rows[: len(phrases)], rows[len(phrases) : len(phrases) + len(own)]
        other_rows = rows[len(phrases) + len(own) :]
        apart = [  # the others that are no party of A's sentence
            n
            for n, q in enumerate(others)
            if max(float(other_rows[n] @ row) for row in own_rows) < ONE_PARTY
            and not any(one_name(q.names, o.names, loose=loose) for o in own)
            and not any(_alike(q.kinds, o.kinds) for o in own)
            and not any(_one_head(q.phrase, o.phrase) for o in own)
        ]
        a_keys = {spelling.name_key(w.text) for w in facts.words(view.a.text) if w.capitalised}
        b_keys = {spelling.name_key(w.text) for w in facts.words(view.b.text) if w.capitalised}
        if any(one_name(o.names, b_keys, loose=loose) for o in own):
            continue  # B's sentence names A's speaker: "Corvane said" -> "Según la empresa,
            # Corvane prevé"
        for speaker, phrase, row in zip(b_speakers, phrases, b_rows, strict=True):
            keys = _name_keys(speaker, profiles[1])
            if (
                not apart
                or _reported(phrase, profiles[1])
                or _titled(phrase, keys, own, (quoted, profiles))
                or _same_role(phrase, own, profiles)
                or any(one_name(keys, o.names, loose=loose) for o in own)
                or (keys and all(one_name({key}, a_keys, loose=loose) for key in keys))
                or _resolved(speaker, view, own, profiles)
            ):
                continue  # A's speaker by name, or a party A's sentence names too
            mine = max(float(row @ own_row) for own_row in own_rows)
            best = max(apart, key=lambda n: float(row @ other_rows[n]))
            here = {key for key in keys if one_name({key}, a_keys, loose=loose)}
            if not one_name(here, others[best].names, loose=loose) and here:
                continue  # someone A's sentence names (its speaker, in other words)
            theirs = float(row @ other_rows[best])
            evidence = _evidence(
                (phrase, keys),
                (view.a.text, own),
                [others[n] for n in apart],
                profiles,
                (view.index, loose),
                paragraph=_paragraph(view),
            )
            if evidence is None and theirs >= RENDERS and theirs - mine >= CLOSER:
                evidence = (
                    f"which reads as {others[best].phrase} (quoted elsewhere; similarity "
                    f"{theirs:.2f}, {mine:.2f} with A's speaker)"
                )
            if evidence is not None:
                a_one = own[0]
                message = (
                    f"attribution changed: A attributes to {a_one.phrase}, B to {phrase}, "
                    + evidence
                )
                a_span = (  # a pronoun's report: its reporting word ("he said")
                    a_one.span
                    if a_one.group == view.index
                    else facts.attributed(view.a.text, profiles[0])[0]
                )
                found.append(
                    located(
                        "attribution.changed", message, a=(view, a_span), b=(view, speaker.span)
                    )
                )
                break
    return found


def _resolved(
    speaker: Speaker, view: GroupView, own: Sequence[Quoted], profiles: tuple[Profile, Profile]
) -> bool:
    """True when A's speaker ends with a pronoun ("a project it says") and B's speaker is a
    source of a kind A's sentence names before it: the pronoun resolved to its party ("The
    port authority ..., a project it says" -> "Nach Angaben der Behörde")."""
    b_kinds = source_kinds.kinds([speaker], view.b.text, profiles[1])
    for q in own:
        words = facts.words(q.phrase)
        if (
            q.group != view.index
            or not words
            or words[-1].text.lower() not in profiles[0].stopwords
        ):
            continue
        before = view.a.text[: q.span[0]]
        found = facts.words(before)
        kinds = source_kinds.kinds([Speaker(tuple(found))], before, profiles[0]) if found else set()
        if b_kinds and kinds and not source_kinds.apart(kinds, b_kinds):
            return True
    return False


def _quoted(
    group: int,
    text: str,
    *,
    speaker: Speaker,
    profile: Profile,
    parties: Mapping[str, frozenset[str]],
    paragraph: int,
) -> Quoted:
    phrase = text[slice(*speaker.span)]
    keys = _name_keys(speaker, profile)
    kinds = source_kinds.kinds([speaker], text, profile)
    kinds |= {kind for key in keys for kind in parties.get(key, ())}
    return Quoted(group, phrase, speaker.span, frozenset(keys), frozenset(kinds), paragraph)


def _name_keys(speaker: Speaker, profile: Profile) -> set[str]:
    return {spelling.name_key(w.text) for w in names(speaker.words, profile)}


def _paragraph(view: GroupView) -> int:
    return view.a.doc.sentences[view.a.sentences[0]].paragraph if view.a.sentences else -1


def _before(view: GroupView, quoted: Sequence[Quoted], profile: Profile) -> list[Quoted]:
    """The speaker a sentence that reports with a pronoun gives its statement to: the last
    one named before it in its paragraph ("Pieter Garrow said ... The firm could build the
    turbines by 2029, he said")."""
    if not facts.attributed(view.a.text, profile):
        return []
    paragraph = _paragraph(view)
    earlier = [q for q in quoted if q.group < view.index and q.paragraph == paragraph]
    return earlier[-1:]


def _titled(
    phrase: str,
    keys: AbstractSet[str],
    own: Sequence[Quoted],
    story: tuple[Sequence[Quoted], tuple[Profile, Profile]],
) -> bool:
    """True for a person's title where A names a person ("Ankersmit said", "she said" ->
    "dijo la ministra"): the person by their office, not the office's body; not where A
    gives that person, here or anywhere in the story, a title of another kind ("chief
    inspector Ottilie Strenner" is no mayor: "По словам мэра" is someone else)."""
    quoted, profiles = story
    b_titles = role_groups(phrase, profiles[1])
    if keys or not facts.roles(phrase, profiles[1]):
        return False
    for o in own:
        if not o.names or o.kinds:
            continue
        a_titles = {
            group
            for q in quoted
            if one_name(q.names, o.names, loose=False)
            for group in role_groups(q.phrase, profiles[0])
        }
        if not (a_titles and b_titles and not a_titles & b_titles):
            return True
    return False


def _same_role(phrase: str, own: Sequence[Quoted], profiles: tuple[Profile, Profile]) -> bool:
    """True where A's speaker is a role alone, no name and no body ("according to a
    spokesman"), and B's speaker holds that role: B says whose it is ("По словам
    представителя агентства"), the same person."""
    b_roles = facts.roles(phrase, profiles[1])
    return any(
        not o.names and not o.kinds and b_roles & facts.roles(o.phrase, profiles[0]) for o in own
    )


def _evidence(
    b_speaker: tuple[str, AbstractSet[str]],
    here: tuple[str, Sequence[Quoted]],
    apart: Sequence[Quoted],
    profiles: tuple[Profile, Profile],
    where: tuple[int, bool],
    *,
    paragraph: int = -1,
) -> str | None:
    """What says, by words alone, that B's speaker is another party A quotes: the title that
    party holds (see _title_of), or, for a statement A gives by a pronoun ("..., she said"),
    that party's name ("teilte CycloNova mit", where A's "she" is the councillor and
    CycloNova is quoted elsewhere), unless that party speaks in the pair's paragraph of A
    (`paragraph`), where the pronoun may stand for them."""
    phrase, keys = b_speaker
    group, loose = where
    titled = _title_of(phrase, keys, here, apart, profiles)
    if titled is not None:
        return f"the title of {titled.phrase} (quoted elsewhere)"
    pronoun = all(o.group != group for o in here[1])
    named = [q for q in apart if keys and one_name(keys, q.names, loose=loose)]
    if pronoun and named and all(q.paragraph != paragraph for q in named):
        return f"whom A quotes elsewhere ({named[0].phrase}), not here"
    return None


def _title_of(
    phrase: str,
    keys: AbstractSet[str],
    here: tuple[str, Sequence[Quoted]],
    apart: Sequence[Quoted],
    profiles: tuple[Profile, Profile],
) -> Quoted | None:
    """The party quoted elsewhere whose title B's speaker gives, where A's speaker is a person
    named and B names its speaker by a title alone, no body ("По словам мэра"), that neither
    A's sentence nor its speaker has:
    "Mayor Gerrit Vallow" for "she said", where she is the chief inspector."""
    text, own = here
    titles = role_groups(phrase, profiles[1])
    if keys or not titles or titles & role_groups(text, profiles[0]):
        return None
    if facts.sources(phrase, profiles[1]) or facts.speaker_sources(phrase, profiles[1]):
        return None  # a body ("департамента мэрии": the city hall's department), no person
    if not all(o.names and not o.kinds for o in own):
        return None  # A's speaker is no person named
    if any(titles & source_groups(o.phrase, profiles[0]) for o in own):
        return None
    return next((q for q in apart if titles & role_groups(q.phrase, profiles[0])), None)


def _reported(phrase: str, profile: Profile) -> bool:
    """True for the subject of a reported clause ("что доклад подтвердил", "que el informe
    confirma"): a source inside the statement, not who makes it."""
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    return bool(profile.hearsay_after) and bool(profile.hearsay_after_re.fullmatch(first))


def _one_head(one: str, other: str) -> bool:
    """True when two speakers' noun phrases end with one noun (before any comma): a later
    mention by the head of a body's name ("the unit" of "the National Food Fraud Unit",
    "the utility" of "the city-owned utility"), one party."""
    heads = [facts.words(phrase.split(",")[0])[-1:] for phrase in (one, other)]
    return all(heads) and heads[0][0].text.lower() == heads[1][0].text.lower()


def _alike(one: AbstractSet[str], other: AbstractSet[str]) -> bool:
    """True when two speakers are sources of kinds in common: maybe one party ("Corvane",
    a company, and "the company")."""
    return bool(one) and bool(other) and not source_kinds.apart(set(one), set(other))


def one_name(one: AbstractSet[str], other: AbstractSet[str], *, loose: bool) -> bool:
    """True when two speakers share a name (in any script where `loose`)."""
    return any(spelling.same_name(a, b, loose=loose) for a in one for b in other)
