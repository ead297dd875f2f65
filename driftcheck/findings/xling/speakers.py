"""A statement given to another party across languages: the speakers of each aligned pair
(read by xling.speaker_words) compared by name and by kind.

A pair gave a statement to someone else where B's speaker names a party the story quotes
elsewhere (a name A gives as a speaker) that A's speaker does not name, and either A's
speaker names someone B's sentence never names ("analysts at Merrick Bank" -> "la propia
Hestor"), or A's speaker is named by words alone and B's party is not in A's sentence at all
("emergency services said" -> "nach Angaben der DTC"). A name of an institution made of words
the story writes in lower case ("the Water Board") is translated, not kept, and does not count.
It also did where the two speakers are sources of kinds with nothing in common (the groups of
xling.sources, with the profile's `speaker_sources`: "the regional emergency service" -> "el
operador del ferry").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, source_kinds, spelling, traded_speakers
from driftcheck.findings.xling.people import StoryNames, acronym_names
from driftcheck.findings.xling.sources import source_compound
from driftcheck.findings.xling.speaker_words import SPEAKER_WORDS, Speaker, names, speakers
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding


def story_speakers(views: Sequence[GroupView], profile: Profile) -> frozenset[str]:
    """The name keys of every name a version gives as the speaker of a statement: the parties
    the story quotes or cites."""
    return frozenset(
        key
        for view in views
        if view.a.text
        for found in speakers(view.a.text, profile)
        for key in _keys(names(found.words, profile))
    )


def story_parties(views: Sequence[GroupView], profile: Profile) -> dict[str, frozenset[str]]:
    """Name key -> the groups of sources (as source_kinds.kinds reads them) a version says a
    named party is: an acronym by the words it stands for ("the National Water Agency (NWA)": the
    state), a name by the word for its kind right before it ("carmaker Aurion Motors",
    "pipeline operator Norhaven", "the regulator FCB"; a title before a name is a role, not
    a kind, and "the agency's Ana Ruiz" works there, she is no agency)."""
    found: dict[str, set[str]] = {}
    for view in views:
        text = view.a.text
        if not text:
            continue
        for acronym, spelt in acronym_names(text):
            kinds = source_kinds.kinds([Speaker(tuple(spelt))], text, profile)
            found.setdefault(spelling.name_key(acronym), set()).update(kinds)
        every = facts.words(text)
        for n, word in enumerate(every[:-1]):
            kinds = source_kinds.kinds([Speaker((word,))], text, profile)
            run: list[facts.Word] = []
            for w in every[n + 1 :]:
                if text[(run[-1] if run else word).end : w.start] != " " or not names([w], profile):
                    break
                run.append(w)
            keys = [spelling.name_key(w.text) for w in run]
            if kinds and run and not word.text.endswith(("'s", "’s")):
                for key in keys:
                    found.setdefault(key, set()).update(kinds)
        for run, kinds in _appositions(text, every, profile):
            for w in run:
                found.setdefault(spelling.name_key(w.text), set()).update(kinds)
    return {key: frozenset(kinds) for key, kinds in found.items() if kinds}


def _appositions(
    text: str, every: Sequence[facts.Word], profile: Profile
) -> list[tuple[list[facts.Word], set[str]]]:
    """Each name followed by an apposition that says what kind of party it is, between
    commas: "Telvane Mobile, Kavrania's largest mobile operator, will pay" (a company); one
    that gives a title ("Erik Jurgens, a spokesman for the Importers Group") is a person's,
    and a relative clause ("which represents...") says what a party does, not what it is."""
    found = []
    for start, end in facts.clauses(text):
        if text[end : end + 1] != "," or text[start - 1 : start] != ",":
            continue
        clause = [w for w in every if start <= w.start and w.end <= end]
        run: list[facts.Word] = []
        for w in reversed([w for w in every if w.end < start]):
            follows = run[0].start if run else start - 1
            if text[w.end : follows].strip(" ") or not names([w], profile):
                break
            run.insert(0, w)
        if (
            not run
            or not clause
            or len(clause) > SPEAKER_WORDS
            or facts.roles(text[start:end], profile)
            or (profile.relative and profile.relative_re.fullmatch(clause[0].text))
        ):
            continue
        kinds = source_kinds.kinds([Speaker(tuple(clause))], text, profile)
        if kinds:
            found.append((run, kinds))
    return found


def check_speakers(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    story: StoryNames,
    quoted: frozenset[str],
    told: AbstractSet[int | None] = frozenset(),
    *,
    parties: Mapping[str, frozenset[str]] | None = None,
) -> list[Finding]:
    """attribution.changed: a pair whose two sides name different speakers (see the module
    docstring). `quoted` are the name keys of every speaker A names (see story_speakers);
    `told` the groups whose attribution another rule already reported changed; `parties`
    what A says its named parties are (see story_parties)."""
    loose = profiles[0].script != profiles[1].script
    parties = parties or {}
    found = []
    for view in unit.views:
        if view.index in told or not view.paired or not view.a.text or not view.b.text:
            continue
        a_speakers = speakers(view.a.text, profiles[0])
        b_speakers = speakers(view.b.text, profiles[1])
        if not a_speakers or not b_speakers:
            continue
        a_words = [w for s in a_speakers for w in s.words]
        a_said = _keys(a_words)
        # names a translation keeps: a person's, or one B writes somewhere ("Water Board" is
        # translated, "Merrick Bank" kept)
        named = [w for w in names(a_words, profiles[0]) if not w.initial or w.text in story.a_named]
        a_names = [
            w
            for w in named
            if spelling.name_key(w.text) in story.a_people
            or _same(w, story.b_keys, loose)
            or not _common(w.text.lower(), story.a_common)
        ]
        lower = {spelling.name_key(word) for word in story.a_common}
        people = quoted & story.a_people
        new = [  # a name A gives, spelt as A spells it, or not a word A also writes in
            # lower case ("Winzer" is no "Wine" of "the Institute of Vine and Wine"; "Water
            # For All" kept is the group's name), or joined to a source word
            # ("Kulturministerium": the Culture Ministry); a person's as a person's name
            # is written ("Derechos" names no Derek)
            w
            for s in b_speakers
            for w in names(s.words, profiles[1])
            if (
                spelling.name_key(w.text) in quoted
                or _same_unfused(w, quoted - lower - people, profiles[1], loose=loose)
                or any(
                    spelling.same_person(spelling.name_key(w.text), key, loose=loose)
                    for key in people
                )
                or (source_compound(w.text, profiles[1]) and _same(w, quoted, loose))
            )
            and not _same(w, a_said, loose)
        ]
        a_here = _keys(facts.words(view.a.text))
        # A names its source by words alone ("emergency services said"), B by a party the
        # story quotes elsewhere and not in this sentence ("nach Angaben der DTC")
        a_kinds, b_kinds = (
            source_kinds.kinds(a_speakers, view.a.text, profiles[0])
            | _typed(a_speakers, profiles[0], parties),
            source_kinds.kinds(b_speakers, view.b.text, profiles[1])
            | _typed(b_speakers, profiles[1], parties, loose=loose),
        )
        # ... or by people who speak for no body ("people familiar with the matter said"),
        # whom no translator renders as a party A names, here or not ("wie Halbridge
        # mitteilte", where A's sentence names Halbridge in what is reported)
        unnamed = not named and (not any(_same(w, a_here, loose) for w in new) or _nobodys(a_kinds))
        pair = (
            (a_speakers[0], b_speakers[0], a_kinds, b_kinds)
            if source_kinds.apart(a_kinds, b_kinds)
            else _apart_in_order(view, (a_speakers, b_speakers), profiles, parties)
        )
        if (
            pair is not None
            and not _one_name(pair[0], pair[1], profiles, story.a_keys, loose=loose)
            and not _swapped(view, pair, profiles, loose=loose)
        ):
            a_one, b_one, a_said_kinds, b_said_kinds = pair
            message = (
                f"attribution changed: A attributes to {_shown(view.a.text, [a_one])} "
                f"({source_kinds.listed(a_said_kinds)}), B to {_shown(view.b.text, [b_one])} "
                f"({source_kinds.listed(b_said_kinds)})"
            )
            found.append(
                located("attribution.changed", message, a=(view, a_one.span), b=(view, b_one.span))
            )
            continue
        # A's name kept in B only inside a speaker that names another party (see _one_name)
        # is no more than a word the two names share ("Entertainment" of the "Media and
        # Entertainment Workers' Union" and of "Halbridge Entertainment Holdings")
        others = [  # a party A's sentence does not name ("Carbajo von der Mieterallianz
            # Pellborough" for "Ines Carbajo of the Pellborough Tenants' Alliance" is hers)
            s
            for s in b_speakers
            if set(s.words) & set(new)
            and not any(_same(w, a_here, loose) for w in s.words if w in new)
            and not any(_one_name(a, s, profiles, story.a_keys, loose=loose) for a in a_speakers)
        ]
        b_kept = _keys(
            w
            for w in facts.words(view.b.text)
            if not any(s.span[0] <= w.start < s.span[1] for s in others)
        )
        kept = any(_same(w, b_kept, loose) for w in a_names)
        traded = not named and traded_speakers.traded(view, a_speakers, new, profiles, loose=loose)
        if new and not traded and (unnamed or (a_names and not kept)):
            who = " ".join(w.text for w in a_names) or _shown(view.a.text, a_speakers)
            message = (
                f"attribution changed: A attributes to {who}, B to {' '.join(w.text for w in new)}"
            )
            found.append(
                located(
                    "attribution.changed",
                    message,
                    a=(view, a_speakers[0].span),
                    b=(view, (new[0].start, new[-1].end)),
                )
            )
    return found


def _nobodys(kinds: set[str]) -> bool:
    """True for speakers who are people speaking for no body: insiders, witnesses,
    analysts, people ("people familiar with the matter", "residents")."""
    groups = {k for k in kinds if ":" not in k}
    return bool(groups) and groups <= source_kinds.PEOPLE


def speaker_kinds(text: str, profile: Profile) -> set[str]:
    """The kinds of source (see source_kinds.kinds) of every speaker of a text."""
    return source_kinds.kinds(speakers(text, profile), text, profile)


def _apart_in_order(
    view: GroupView,
    found: tuple[list[Speaker], list[Speaker]],
    profiles: tuple[Profile, Profile],
    parties: Mapping[str, frozenset[str]],
) -> tuple[Speaker, Speaker, set[str], set[str]] | None:
    """Where each side gives a sentence's statements to as many speakers, in the same order
    ("..., according to the health authority, and officials said ..."), the first pair of
    speakers of kinds with nothing in common, unless the two sides name the same kinds in
    another order (a translator who moved a clause)."""
    a_found, b_found = found
    if len(a_found) != len(b_found) or len(a_found) < 2:
        return None
    loose = profiles[0].script != profiles[1].script
    kinds = [
        (
            source_kinds.kinds([a], view.a.text, profiles[0]) | _typed([a], profiles[0], parties),
            source_kinds.kinds([b], view.b.text, profiles[1])
            | _typed([b], profiles[1], parties, loose=loose),
        )
        for a, b in zip(a_found, b_found, strict=True)
    ]
    if sorted(sorted(a) for a, _ in kinds) == sorted(sorted(b) for _, b in kinds):
        return None
    return next(
        (
            (a_found[n], b_found[n], a, b)
            for n, (a, b) in enumerate(kinds)
            if source_kinds.apart(a, b)
        ),
        None,
    )


def _swapped(
    view: GroupView,
    pair: tuple[Speaker, Speaker, set[str], set[str]],
    profiles: tuple[Profile, Profile],
    *,
    loose: bool,
) -> bool:
    """True when each side's sentence names, outside its speaker, the party the other side
    gives as the speaker: the translation rendered each party's verb in other words, one
    a report and the other not ("X flagged the matches after Y reported" -> "X señaló los
    partidos después de que Y detectara"), and gave the statement to no one else."""
    a_one, b_one, a_kinds, b_kinds = pair
    return _named_outside(view.b.text, b_one, (a_one, a_kinds), profiles, loose=loose) and (
        _named_outside(view.a.text, a_one, (b_one, b_kinds), profiles[::-1], loose=loose)
    )


def _named_outside(
    text: str,
    own: Speaker,
    other: tuple[Speaker, set[str]],
    profiles: tuple[Profile, Profile],
    *,
    loose: bool,
) -> bool:
    """True when `text` (in profiles[1]'s language), less its own speaker, names the other
    side's speaker (in profiles[0]'s): every name of it, or a kind of source it is."""
    speaker, kinds = other
    rest = facts.words(
        text[: own.span[0]] + " " * (own.span[1] - own.span[0]) + text[own.span[1] :]
    )
    their_names = names(speaker.words, profiles[0])
    keys = _keys(rest)
    if their_names and all(_same(w, keys, loose) for w in their_names):
        return True
    found = source_kinds.kinds([Speaker(tuple(rest))], text, profiles[1]) if rest else set()
    return bool(kinds) and bool(found) and not source_kinds.apart(kinds, found)


def _one_name(
    a_one: Speaker,
    b_one: Speaker,
    profiles: tuple[Profile, Profile],
    a_keys: Iterable[str] = (),
    *,
    loose: bool,
) -> bool:
    """True when two speakers share a name: one party, whatever words of kind go with it
    ("analysts at the Selmora Energy Institute" = "l'institut Selmora Energy"); not where
    each names words the other lacks and B's are names A writes elsewhere (`a_keys`): two
    parties with a word in common ("the Media and Entertainment Workers' Union",
    "Halbridge Entertainment Holdings")."""
    a_names, b_names = names(a_one.words, profiles[0]), names(b_one.words, profiles[1])
    b_keys = _keys(b_names)
    if not any(_same(w, b_keys, loose) for w in a_names):
        return False
    a_said = _keys(a_names)
    theirs = [  # a name, not a word built on one ("Finanzaufsicht" names no "Finance")
        w
        for w in b_names
        if not _same(w, a_said, loose) and _same_unfused(w, a_keys, profiles[1], loose=loose)
    ]
    return not theirs or all(_same(w, b_keys, loose) for w in a_names)


def _typed(
    found: Sequence[Speaker],
    profile: Profile,
    parties: Mapping[str, frozenset[str]],
    *,
    loose: bool = False,
) -> set[str]:
    """The groups of the named parties among the speakers (see story_parties)."""
    return {
        kind
        for speaker in found
        for w in names(speaker.words, profile)
        for key, kinds in parties.items()
        if _same(w, (key,), loose)
        for kind in kinds
    }


def _common(lowered: str, common: AbstractSet[str]) -> bool:
    """True when A writes the word (or its singular) in lower case: a word of the language
    in an institution's name ("Water Board"), which a translator translates."""
    return lowered in common or (lowered.endswith("s") and lowered[:-1] in common)


def _shown(text: str, found: Sequence[Speaker]) -> str:
    return text[found[0].span[0] : found[0].span[1]]


def _keys(words: Iterable[facts.Word]) -> set[str]:
    """The name keys of the words, of each part of a hyphenated or elided one, and of the
    place an adjective in -ian names (Kestranian names Kestrania, as Кестранского does)."""
    return {
        spelling.name_key(part)
        for w in words
        for part in {
            w.text,
            *w.text.replace("’", "-").replace("'", "-").split("-"),
            w.text[:-1] if w.capitalised and w.text.endswith("ian") else "",
        }
        if part
    }


def _same_unfused(word: facts.Word, keys: Iterable[str], profile: Profile, *, loose: bool) -> bool:
    """True when the word is one of the names, not another word built on one: in the same
    script a name takes an ending of two letters at most ("Odegaards"; a noun joins it with a
    hyphen: "Aurion-Chefin"), so "Finanzamt" (a tax office) names no party of "Finance
    Minister Paul Odegaard", nor "Transportistas" (hauliers) one of "Transport Minister
    Oskar Tirnevik"; a name another script spells takes the endings of its cases."""
    key = spelling.name_key(word.text)
    return any(
        spelling.same_name(key, other, loose=loose)
        and not ((profile.capitalised_nouns or not loose) and spelling.built_on(key, other))
        for other in keys
    )


def _same(word: facts.Word, keys: Iterable[str], loose: bool) -> bool:
    key = spelling.name_key(word.text)
    return any(spelling.same_name(key, other, loose=loose) for other in keys)
