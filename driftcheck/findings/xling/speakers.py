"""Who speaks in an aligned pair, across languages: the words that name the source of a
statement, read where each language puts them, and a statement given to another party.

A reporting phrase that takes its source as a complement (the profile's `source_markers`:
according to, laut, selon, según, по данным) has the source after it. A reporting verb has
it as its subject: before the verb ("the agency said", "la agencia dijo", "в мэрии
сообщили"), or after it where the verb comes first, as after a quote or at the end of the
sentence ("said the minister", "sagte der Minister", "a déclaré le ministre", "заявил
министр"). The speaker is read within the reporting word's clause, SPEAKER_WORDS at most.

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
from dataclasses import dataclass

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, spelling
from driftcheck.findings.xling.people import StoryNames
from driftcheck.findings.xling.sources import source_groups
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding

SPEAKER_WORDS = 5
"""Words of a reporting word's clause, next to it, that may name who speaks."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """The words that name the source of one statement, and where they are."""

    words: tuple[facts.Word, ...]

    @property
    def span(self) -> Span:
        return (self.words[0].start, self.words[-1].end)


def speakers(text: str, profile: Profile) -> list[Speaker]:
    """The speaker of each reporting word or phrase of the text (see the module docstring);
    a pronoun ("she said") or a clause with nothing but function words names nobody."""
    cues = [m.span() for m in profile.attribution_re.finditer(text)]
    markers = (
        [m.span() for m in profile.source_markers_re.finditer(text)]
        if profile.source_markers
        else []
    )
    cues += [span for span in markers if not any(s <= span[0] < e for s, e in cues)]
    every = facts.words(text)
    found = []
    for start, end in sorted(cues):
        clause_start, clause_end = facts.clause_of(text, (start, end))
        before = [w for w in every if clause_start <= w.start and w.end <= start]
        after = [w for w in every if end <= w.start and w.end <= clause_end]
        prepositional = any(s <= start < e for s, e in markers)
        last = (
            len(after) <= SPEAKER_WORDS
            and text[clause_end : clause_end + 1] in ".!?"
            and _names_someone(after, profile)
        )
        if not prepositional and not last and not _content(before, profile):
            before = _apposition(text, every, clause_start)
        chosen = []
        if not prepositional and _content(before, profile):
            chosen = before[-SPEAKER_WORDS:]
        elif prepositional or len(after) <= SPEAKER_WORDS:
            # a verb that comes first has its speaker as the rest of its clause: "said the
            # merged company would control..." reports, it names nobody
            chosen = after[:SPEAKER_WORDS]
            if len(after) <= SPEAKER_WORDS and text[clause_end : clause_end + 1] == ",":
                # and the apposition after it: "said Dr Hannah Mercer, Corvane's director"
                following = facts.clause_of(text, (clause_end + 1, clause_end + 2))
                more = [w for w in every if following[0] <= w.start and w.end <= following[1]]
                chosen += more if len(more) <= SPEAKER_WORDS else []
        chosen = [w for w in chosen if not profile.attribution_re.fullmatch(w.text)]
        if _content(chosen, profile):
            found.append(Speaker(tuple(chosen)))
    return found


def _apposition(text: str, every: Sequence[facts.Word], clause_start: int) -> list[facts.Word]:
    """The clauses before a comma that opens the verb's clause, where they are a subject and
    its apposition between commas ("Nadia Kessler, the town's lawyer, said"); nothing after
    a quote, a dash or a stop, where the verb comes first ("», a déclaré le ministre")."""
    if text[:clause_start].rstrip()[-1:] != ",":
        return []
    previous = facts.clause_of(text, (clause_start - 2, clause_start - 1))
    if text[: previous[0]].rstrip()[-1:] != ",":
        return []  # one clause before the verb's: what is reported ("Prices rose, she said")
    while previous[0] > 1 and text[: previous[0]].rstrip()[-1:] == ",":
        previous = (facts.clause_of(text, (previous[0] - 2, previous[0] - 1))[0], previous[1])
        if len([w for w in every if previous[0] <= w.start < clause_start]) > 2 * SPEAKER_WORDS:
            break
    return [w for w in every if previous[0] <= w.start and w.end <= clause_start]


def _names_someone(words: Sequence[facts.Word], profile: Profile) -> bool:
    """True when the words hold a name, a role or a source: a speaker, not a clause ("said
    the company", "dijo el ministro", not "said it would appeal")."""
    text = " ".join(w.text for w in words)
    return bool(
        _names(words, profile) or facts.roles(text, profile) or facts.sources(text, profile)
    )


def _content(words: Sequence[facts.Word], profile: Profile) -> bool:
    """True when the words hold one that is no function word."""
    return any(
        w.text.lower() not in profile.stopwords and not profile.attribution_re.fullmatch(w.text)
        for w in words
    )


def story_speakers(views: Sequence[GroupView], profile: Profile) -> frozenset[str]:
    """The name keys of every name a version gives as the speaker of a statement: the parties
    the story quotes or cites."""
    return frozenset(
        key
        for view in views
        if view.a.text
        for found in speakers(view.a.text, profile)
        for key in _keys(_names(found.words, profile))
    )


def check_speakers(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    story: StoryNames,
    quoted: frozenset[str],
    told: AbstractSet[int | None] = frozenset(),
) -> list[Finding]:
    """attribution.changed: a pair whose two sides name different speakers (see the module
    docstring). `quoted` are the name keys of every speaker A names (see story_speakers);
    `told` the groups whose attribution another rule already reported changed."""
    loose = profiles[0].script != profiles[1].script
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
        named = [
            w for w in _names(a_words, profiles[0]) if not w.initial or w.text in story.a_named
        ]
        a_names = [
            w
            for w in named
            if spelling.name_key(w.text) in story.a_people
            or _same(w, story.b_keys, loose)
            or not _common(w.text.lower(), story.a_common)
        ]
        new = [
            w
            for s in b_speakers
            for w in _names(s.words, profiles[1])
            if _same(w, quoted, loose) and not _same(w, a_said, loose)
        ]
        b_here = _keys(facts.words(view.b.text))
        a_here = _keys(facts.words(view.a.text))
        # A names its source by words alone ("emergency services said"), B by a party the
        # story quotes elsewhere and not in this sentence ("nach Angaben der DTC")
        unnamed = not named and not any(_same(w, a_here, loose) for w in new)
        a_kinds, b_kinds = (
            _kinds(a_speakers, view.a.text, profiles[0]),
            _kinds(b_speakers, view.b.text, profiles[1]),
        )
        if a_kinds and b_kinds and not (a_kinds & b_kinds):
            message = (
                f"attribution changed: A attributes to {_shown(view.a.text, a_speakers)} "
                f"({', '.join(sorted(a_kinds))}), B to {_shown(view.b.text, b_speakers)} "
                f"({', '.join(sorted(b_kinds))})"
            )
            found.append(
                located(
                    "attribution.changed",
                    message,
                    a=(view, a_speakers[0].span),
                    b=(view, b_speakers[0].span),
                )
            )
            continue
        if new and (unnamed or (a_names and not any(_same(w, b_here, loose) for w in a_names))):
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


def _kinds(found: Sequence[Speaker], text: str, profile: Profile) -> set[str]:
    """The groups of sources the speakers are (xling.sources: the state, police, a company,
    a union...); where nouns join into one word (German), a compound's head counts
    ("Umweltbehörde" is an authority, "Bahngesellschaft" a company)."""
    kinds: set[str] = set()
    for speaker in found:
        phrase = text[speaker.span[0] : speaker.span[1]]
        kinds |= source_groups(phrase, profile, roles=False)
        kinds |= {_KINDS[v] for v in _lookup(speaker.words, profile.speaker_sources, profile)}
        if profile.capitalised_nouns:
            heads = " ".join(_head(w.text.lower(), profile) for w in speaker.words)
            kinds |= source_groups(heads, profile, roles=False)
            kinds |= {
                _KINDS[profile.speaker_sources[h]]
                for h in heads.split()
                if h in profile.speaker_sources
            }
    return kinds


_KINDS = {
    "office": "state", "service": "state", "department": "state", "municipality": "state",
    "management": "company", "consortium": "company",
}  # fmt: skip
"""The group (as xling.sources groups sources) of each value of a profile's speaker_sources."""


def _lookup(words: Sequence[facts.Word], table: Mapping[str, str], profile: Profile) -> set[str]:
    """The values of the table's words (or stems, or phrases) among the words."""
    lowered = [w.text.lower() for w in words]
    joined = " ".join(lowered)
    return {
        value
        for key, value in table.items()
        if (
            key in joined
            if " " in key
            else any(word == key or (profile.stems and word.startswith(key)) for word in lowered)
        )
    }


def _head(word: str, profile: Profile) -> str:
    """The source word a compound ends with ("umweltbehörde" -> "behörde"), else the word."""
    for key in (*profile.sources, *profile.speaker_sources):
        if " " not in key and len(key) >= 4 and word != key:
            stem = word.rstrip("sn")
            if word.endswith(key) or stem.endswith(key) or stem.endswith(key.rstrip("e")):
                return key
    return word


def _common(lowered: str, common: AbstractSet[str]) -> bool:
    """True when A writes the word (or its singular) in lower case: a word of the language
    in an institution's name ("Water Board"), which a translator translates."""
    return lowered in common or (lowered.endswith("s") and lowered[:-1] in common)


def _shown(text: str, found: Sequence[Speaker]) -> str:
    return text[found[0].span[0] : found[0].span[1]]


def _names(words: Iterable[facts.Word], profile: Profile) -> list[facts.Word]:
    """The capitalised words that are no function, role or source word: names."""
    skip = profile.stopwords | set(profile.roles) | set(profile.sources)
    return [
        w
        for w in words
        if w.capitalised
        and len(w.text) >= 3
        and w.text.lower() not in skip
        and not facts.dates(w.text, profile)
    ]


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


def _same(word: facts.Word, keys: Iterable[str], loose: bool) -> bool:
    key = spelling.name_key(word.text)
    return any(spelling.same_name(key, other, loose=loose) for other in keys)
