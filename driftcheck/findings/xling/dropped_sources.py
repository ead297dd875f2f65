"""A statement whose source is gone from its translation: A says who said it (a person, a
body, "officials", "according to the statistics office"), B states it as a fact.

A translator may say who speaks in other words or other places, so a source counts as
gone only where B's sentence has no reporting word of its own, does not name the speaker
(by name in any script, or by a word of the same kind of source: "the statistics office"
and "Росстат" or "статистическое ведомство"), gives no one's words after a colon or a dash
("Министерство: экспорт упал"), and no other sentence of its paragraph attributes to the
speaker (an attribution a translator gave a sentence of its own, "Об этом сообщило
ведомство", or moved to another one; see xling.said_alone). A kind of source that the rest
of A's sentence names too is no evidence ("Investigators are examining footage, according
to the police": "los investigadores" are what is reported). With an embedder, B must also
read closer to A's sentence without its source than with it (see xling.meaning): a
rendering no profile list knows still carries the source's meaning. People's names are the
names rule's (see xling.missing_names): a pair it already reported is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, glosses, meaning, source_kinds, spelling
from driftcheck.findings.xling.speaker_words import SPEAKER_WORDS, Speaker, names, speakers
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

_SAYS = (":", " — ", " – ", " - ")
"""Marks after which a translator may give a speaker's words without a verb ("X: ...")."""


def check_dropped(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    told: AbstractSet[int | None] = frozenset(),
    a_named: AbstractSet[str] = frozenset(),
    embedder: Embedder | None = None,
    *,
    b_glosses: Mapping[str, frozenset[str]] | None = None,
) -> list[Finding]:
    """attribution.dropped: a pair whose A sentence names who speaks and whose B text does
    not (see the module docstring); `told` are the groups another attribution rule already
    reported, `a_named` the words A capitalises mid-sentence (a word at a sentence start
    is a name only where A writes it so elsewhere: "Critics say" names no one),
    `b_glosses` B's own words for the names it glosses (see xling.glosses)."""
    found = []
    for view in unit.views:
        if view.index in told or not view.paired or not view.a.text or not view.b.text:
            continue
        a_speakers = [
            s
            for s in speakers(view.a.text, profiles[0])
            if _names_a_source(s, view.a.text, profiles[0], a_named)
            and _stated(s, view.a.text, profiles[0])
        ]
        gone = _gone(view, a_speakers, profiles, b_glosses or {})
        if not gone:
            continue
        b_text = view.b.text
        shown = view.a.text[gone[0].span[0] : gone[0].span[1]]
        message = f"attribution dropped: A gives this to {shown}; B states it without a source"
        if embedder is not None:
            # B must read closer to A's sentence without its source than with it: a
            # translator's rendering the profile does not know keeps the meaning
            spans = [gone[0].span, *_cues_of(gone[0], view.a.text, profiles[0])]
            gain = meaning.marker_gain(embedder, [b_text], view.a.text, spans)
            if gain > meaning.KEPT_MARGIN:
                continue
            message += f" (B reads closer to A without it, by {-gain:.3f})"
        whole = (0, len(view.b.text))
        found.append(
            located("attribution.dropped", message, a=(view, gone[0].span), b=(view, whole))
        )
    return found


def _gone(
    view: GroupView,
    a_speakers: list[Speaker],
    profiles: tuple[Profile, Profile],
    b_glosses: Mapping[str, frozenset[str]],
) -> list[Speaker]:
    """A's speakers that B's sentence, with no reporting word of its own and no speaker
    before a colon, does not name, by name or by B's own words for a name it glosses, and
    that no other sentence of its paragraph attributes to (see the module docstring)."""
    b_text = view.b.text
    if not a_speakers or _reports(b_text, profiles[1]) or _said_with_a_mark(b_text, profiles[1]):
        return []
    b_keys = _keys(facts.words(b_text))
    gone = [
        s
        for s in a_speakers
        if not _named_in(s, view.a.text, b_text, profiles)
        and not any(glosses.glossed(w, b_glosses, b_keys) for w in s.words)
    ]
    beside = [t for t in _beside(view) if _reports(t, profiles[1])] if gone else []
    return [s for s in gone if not any(_moved(s, view.a.text, t, profiles) for t in beside)]


def _names_a_source(
    speaker: Speaker, text: str, profile: Profile, a_named: AbstractSet[str]
) -> bool:
    """True when the speaker's words hold a name, a role or a source: someone a reader is
    told of, not a clause read as one."""
    phrase = text[speaker.span[0] : speaker.span[1]]
    return bool(
        [w for w in names(speaker.words, profile) if not w.initial or w.text in a_named]
        or facts.roles(phrase, profile)
        or facts.sources(phrase, profile)
        or facts.speaker_sources(phrase, profile)
    )


def _reports(text: str, profile: Profile) -> bool:
    """True when the text gives a statement to someone: a reporting word or phrase, a verb
    that reports without saying, or a mood of reported speech outside quotes."""
    unquoted = _unquoted(text, profile)
    return bool(
        facts.attributed(text, profile)
        or (profile.source_markers and profile.source_markers_re.search(text))
        or (profile.speaker_verbs and profile.speaker_verbs_re.search(text))
        or (profile.reported_speech and profile.reported_speech_re.search(unquoted))
    )


def _unquoted(text: str, profile: Profile) -> str:
    for start, end in facts.quotes(text, profile):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _cues(text: str, profile: Profile) -> list[tuple[int, int]]:
    """The reporting words and phrases outside quotes (no verb that only reports, as
    "estimated")."""
    unquoted = _unquoted(text, profile)
    cues = [m.span() for m in profile.attribution_re.finditer(unquoted)]
    if profile.source_markers:
        cues += [m.span() for m in profile.source_markers_re.finditer(unquoted)]
    return cues


def _cues_of(speaker: Speaker, text: str, profile: Profile) -> list[tuple[int, int]]:
    """The reporting words and phrases right next to the speaker."""
    start, end = speaker.span
    return [c for c in _cues(text, profile) if 0 <= c[0] - end <= 3 or 0 <= start - c[1] <= 3]


def _stated(speaker: Speaker, text: str, profile: Profile) -> bool:
    """True when a reporting word or phrase next to the speaker gives a statement, in a
    clause with no negation: "has not yet announced a venue", "neither government has
    said" state nothing."""
    start, end = speaker.span
    for cue in _cues(text, profile):
        clause = facts.clause_of(text, cue)
        near = clause[0] <= start <= clause[1] or clause[0] <= end <= clause[1]
        if not near and not (0 <= cue[0] - end <= 3 or 0 <= start - cue[1] <= 3):
            continue
        if not profile.negation_re.search(text[min(clause[0], start) : cue[1]]):
            return True
    return False


def _said_with_a_mark(text: str, profile: Profile) -> bool:
    """True when a short stretch that names someone opens the text before a colon or a
    dash: the speaker of what follows ("Статистическое управление: экспорт сократился")."""
    for mark in _SAYS:
        at = text.find(mark)
        if at <= 0:
            continue
        head = facts.words(text[:at])
        if head and len(head) <= SPEAKER_WORDS + 1 and _named_words(head, text, profile):
            return True
    return False


def _named_words(words: Sequence[facts.Word], text: str, profile: Profile) -> bool:
    phrase = text[words[0].start : words[-1].end]
    return bool(
        names(words, profile)
        or facts.roles(phrase, profile)
        or facts.sources(phrase, profile)
        or facts.speaker_sources(phrase, profile)
    )


def _named_in(
    speaker: Speaker, a_text: str, b_text: str, profiles: tuple[Profile, Profile]
) -> bool:
    """True when the B text names A's speaker: one of its names in any script, one of its
    roles, or a source of a kind not apart from its kind (see source_kinds.apart) that the
    rest of A's sentence does not name: in "Investigators are examining footage, according
    to the police", "los investigadores" are what is reported, not its source."""
    loose = profiles[0].script != profiles[1].script
    b_words = facts.words(b_text)
    if not b_words:
        return False
    b_keys = _keys(b_words)
    if any(
        spelling.same_name(spelling.name_key(w.text), key, loose=loose)
        for w in names(speaker.words, profiles[0])
        for key in b_keys
    ):
        return True
    phrase = a_text[speaker.span[0] : speaker.span[1]]
    if facts.roles(phrase, profiles[0]) & facts.roles(b_text, profiles[1]):
        return True
    a_kinds = source_kinds.kinds([speaker], a_text, profiles[0])
    b_kinds = source_kinds.kinds([Speaker(tuple(b_words))], b_text, profiles[1])
    rest = a_text[: speaker.span[0]] + " " + a_text[speaker.span[1] :]
    rest_kinds = source_kinds.kinds([Speaker(tuple(facts.words(rest)))], rest, profiles[0])
    shared = _groups(a_kinds) & _groups(b_kinds)
    return _alike(a_kinds, b_kinds) and not shared <= _groups(rest_kinds)


def _groups(kinds: set[str]) -> set[str]:
    return {k for k in kinds if ":" not in k}


def _alike(a_kinds: set[str], b_kinds: set[str]) -> bool:
    """True when both sides name a kind of source and the kinds are not apart."""
    a_groups = {k for k in a_kinds if ":" not in k}
    b_groups = {k for k in b_kinds if ":" not in k}
    return bool(a_groups and b_groups) and not source_kinds.apart(a_kinds, b_kinds)


def _moved(speaker: Speaker, a_text: str, b_text: str, profiles: tuple[Profile, Profile]) -> bool:
    """True when a B sentence beside the pair's that attributes names A's speaker, or gives
    its statements to speakers of a kind not apart from it (see said_alone: "Das teilte
    der orkavische Betreiber mit" for "the Orkavian operator said")."""
    if _named_in(speaker, a_text, b_text, profiles):
        return True
    a_kinds = source_kinds.kinds([speaker], a_text, profiles[0])
    b_kinds = source_kinds.kinds(speakers(b_text, profiles[1]), b_text, profiles[1])
    return not source_kinds.apart(a_kinds, b_kinds)


def _beside(view: GroupView) -> list[str]:
    """The other B sentences of the pair's paragraph (as said_alone reads the other side's
    paragraph): a translator may move an attribution to any sentence of it."""
    doc = view.b.doc
    paragraphs = {doc.sentences[n].paragraph for n in view.group.b}
    return [
        sentence.text
        for n, sentence in enumerate(doc.sentences)
        if sentence.paragraph in paragraphs and n not in view.group.b
    ]


def _keys(words: Iterable[facts.Word]) -> set[str]:
    """The name keys of the words and of each part of a hyphenated or elided one."""
    return {
        spelling.name_key(part)
        for w in words
        for part in {w.text, *w.text.replace("’", "-").replace("'", "-").split("-")}
        if part
    }
