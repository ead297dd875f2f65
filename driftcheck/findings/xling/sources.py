"""Who a statement is attributed to, across languages: the institution or role that names
the speaker of each aligned pair's reporting words ("according to the regulator" -> "selon
l'entreprise"; see xling.speaker_words).

Each side's profile turns its words into shared values (facts.roles, facts.sources: police,
company, union, regulator...), grouped coarsely here so that a translator's choice between
near synonyms ("the ministry", "the government") is no change. A pair whose two sides
both attribute, to sources with no group in common, gave the statement to someone else.
People are compared by name (see xling.names).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, spelling
from driftcheck.findings.xling.people import acronym_names
from driftcheck.findings.xling.speaker_words import kind_word, speakers
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding

_POSSESSIVE = re.compile(r"['’]s\b")
"""An English possessive, read off so that "the bank's board" names the bank."""

_GROUPS = {
    "government": "state", "ministry": "state", "authority": "state", "agency": "state",
    "regulator": "state", "officials": "state", "minister": "state",
    "mayor": "state",  # a town's head, as "мэрия" (the mayor's office) is its administration
    "police": "police", "investigators": "police", "inspector": "police",
    "commissioner": "", "airline": "company", "chief executive": "company",
    "court": "court", "judge": "court", "spokesman": "",
    "chief": "", "director": "", "president": "", "leader": "", "representative": "",
    "manager": "", "head": "",
    "secretary": "",  # of state, of a union, of a party: "Regionalsekretär der Gewerkschaft"
}  # fmt: skip
"""Values that stand for one source (an empty group: a role any source has, never compared)."""
_PARTIES = frozenset(
    {"police", "union", "opposition", "insurer", "analyst", "court", "media", "witnesses",
     "insiders"}
)  # fmt: skip
"""Groups of sources that are a party of their own, which a translator does not use to render
another speaker (the state's bodies and companies are: an agency's name as "the authority",
a carmaker's as "the company")."""
_NOT_SOURCES = frozenset({"place", "organisation"})
"""Values the profiles give words that do not say who speaks (a river, "the alliance")."""


def check_sources(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    told: AbstractSet[int | None] = frozenset(),
    a_keys: Sequence[str] = (),
    a_common: AbstractSet[str] = frozenset(),
    *,
    a_people: AbstractSet[str] = frozenset(),
) -> list[Finding]:
    """attribution.changed: both sides of a pair attribute, to sources with nothing in common,
    or B to an organisation A names elsewhere in place of the one A names here, or B to a
    party of its own where A names nobody (see _party_instead).

    `told` are the groups whose attribution the names rule already reported changed;
    `a_keys` the name keys of A's capitalised words, `a_common` the words A writes in lower
    case, `a_people` the keys of the people A names (see xling.people.StoryNames).
    """
    found = []
    a_unit = " ".join(side.text for _, side in unit.sides("a"))
    a_here = _groups(_sources(_POSSESSIVE.sub("", a_unit), profiles[0]))
    for view in unit.views:
        if view.index in told or not view.paired or not view.a.text or not view.b.text:
            continue
        a_windows, b_windows = (
            _windows(view.a.text, profiles[0]),
            _windows(view.b.text, profiles[1]),
        )
        # words inside quotes do not say who speaks ("aucune agence ne fermerait", a branch)
        a_values, a_span = _attributed_to(
            _unquoted(view.a.text, profiles[0]), a_windows, profiles[0]
        )
        b_values, b_span = _attributed_to(
            _unquoted(view.b.text, profiles[1]), b_windows, profiles[1]
        )
        a_groups, b_groups = _groups(a_values), _groups(b_values)
        if (
            a_groups
            and b_groups
            and not (a_groups & b_groups)
            and not _moved(view, profiles, (a_groups, b_groups))
            and not _one_person(view, (a_windows, b_windows), profiles, a_people)
        ):
            message = (
                f"attribution changed: A attributes to the {', '.join(sorted(a_values))}, "
                f"B to the {', '.join(sorted(b_values))}"
            )
            found.append(
                located("attribution.changed", message, a=(view, a_span), b=(view, b_span))
            )
            continue
        instead = _named_instead(
            view,
            (a_windows, b_windows),
            profiles,
            (a_keys, a_common, a_people),
            (a_values, a_groups - b_groups),
        )
        # A reports (a pronoun's report too: "She said") and names no one where it does
        reports = facts.attributed(view.a.text, profiles[0])
        if not instead and reports and not _named(view.a.text, a_windows, profiles[0]):
            instead = _party_instead(view, b_windows, profiles, a_here)
        found += instead
    return found


def _unquoted(text: str, profile: Profile) -> str:
    """The text with every quoted span blanked out, at the same offsets."""
    for start, end in facts.quotes(text, profile):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _moved(
    view: GroupView, profiles: tuple[Profile, Profile], groups: tuple[set[str], set[str]]
) -> bool:
    """True when each side's sentence names the source the other side gives next to its
    reporting words: the translation put the speaker and the party they speak of in other
    places ("Its chief executive, Ilse Varga, said the agency would not" -> "Её генеральный
    директор Ильзе Варга заявила, что агентство не будет"), it gave the statement to no one
    else."""
    a_all = source_groups(view.a.text, profiles[0])
    b_all = source_groups(view.b.text, profiles[1])
    return bool(a_all & groups[1]) and bool(b_all & groups[0])


def _one_person(
    view: GroupView,
    windows: tuple[list[Span], list[Span]],
    profiles: tuple[Profile, Profile],
    a_people: AbstractSet[str],
) -> bool:
    """True when both sides' speakers name one person (`a_people`: the keys of the people A
    names), whatever title each side's words give them ("chief executive Orla Stenbeck" =
    "Behördenchefin Orla Stenbeck": a translator's words for one title, no other source);
    a place both name is no speaker ("the Velden Port Authority", "la police de Velden")."""
    loose = profiles[0].script != profiles[1].script
    b_keys = {spelling.name_key(w.text) for w in _named(view.b.text, windows[1], profiles[1])}
    return any(
        spelling.same_person(spelling.name_key(w.text), key, loose=loose)
        for w in _named(view.a.text, windows[0], profiles[0])
        if spelling.name_key(w.text) in a_people
        for key in b_keys
    )


def _party_instead(
    view: GroupView, b_windows: list[Span], profiles: tuple[Profile, Profile], a_here: set[str]
) -> list[Finding]:
    """attribution.changed: A attributes a statement to no name ("lawyers said", "the report
    said"), and B to a party of its own (_PARTIES) that A's unit never names ("según el
    sindicato", "nach Angaben der Polizei"); words inside B's quotes do not say who speaks,
    and a title names a person, whom A may give by a pronoun ("He declined to say" -> "El
    inspector se negó a decir"). A speaker A names by a kind that B's shares a group with is
    that party ("a move their association says" -> "selon leur syndicat": a body of members)."""
    profile = profiles[1]
    b_values, b_span = _attributed_to(_unquoted(view.b.text, profile), b_windows, profile)
    b_values -= set(profile.roles.values()) - set(profile.sources.values())
    b_groups = _groups(b_values)
    if not b_groups or b_groups & a_here or not b_groups <= _PARTIES:
        return []
    if _kinds_shared(view, profiles):
        return []
    message = (
        f"attribution changed: B attributes to the {', '.join(sorted(b_values))}, "
        "whom A does not name here"
    )
    return [located("attribution.changed", message, b=(view, b_span))]


def _kinds_shared(view: GroupView, profiles: tuple[Profile, Profile]) -> bool:
    """True when the two sides' speakers are of kinds with a group in common (see
    source_kinds.kinds, which reads this module's groups and is imported where it is used)."""
    from driftcheck.findings.xling import source_kinds

    a_kinds, b_kinds = (
        source_kinds.kinds(speakers(side.text, profile), side.text, profile)
        for side, profile in ((view.a, profiles[0]), (view.b, profiles[1]))
    )
    shared = {k for k in a_kinds & b_kinds if ":" not in k}
    return bool(shared - {"officials", "people"})


def _named_instead(
    view: GroupView,
    windows: tuple[list[Span], list[Span]],
    profiles: tuple[Profile, Profile],
    story: tuple[Sequence[str], AbstractSet[str], AbstractSet[str]],
    a_sources: tuple[set[str], set[str]] = (set(), set()),
) -> list[Finding]:
    """attribution.changed: the name (or, with no name, the source: "analysts said") next to
    A's reporting words is not in B's, and B names next to its own one that A gives
    elsewhere in the story, not here ("according to Halden Bank analysts" -> "selon
    Quillon", "analysts said" -> "selon le BIPF").

    `story` are A's name keys, the words A writes in lower case and A's people, whose
    names a word only starting with one does not give ("Derechos" is no Derek: see
    spelling.same_person); `a_sources` the sources A names next to its reporting words and
    the groups of them B does not name next to its own."""
    a_keys, a_common, a_people = story
    loose = profiles[0].script != profiles[1].script

    def same(word: facts.Word, keys: Iterable[str]) -> bool:
        key = spelling.name_key(word.text)
        return any(spelling.same_name(key, other, loose=loose) for other in keys)

    def same_unbuilt(word: facts.Word, keys: Iterable[str]) -> bool:
        # in one script, a word built on a name is no name ("Transportistas", "Transport")
        key = spelling.name_key(word.text)
        return any(
            spelling.same_name(key, other, loose=loose)
            and (loose or not spelling.built_on(key, other))
            for other in keys
        )

    a_names = [  # a name kept, not a word translated in a body's name (see _common)
        w for w in _named(view.a.text, windows[0], profiles[0]) if not _common(w.text, a_common)
    ]
    b_names = _named(view.b.text, windows[1], profiles[1])
    if any(same(w, {spelling.name_key(b.text) for b in b_names}) for w in a_names):
        return []  # one party, its name translated but for a word kept ("the Kaltrian
        # Transport Safety Board (TSB)" = "la Junta de Seguridad del Transporte (TSB)")
    b_here, a_here = _keys(view.b.text), _keys(view.a.text)
    missing = [w for w in a_names if not same(w, b_here)]
    # a name A gives, spelt as A spells it or not a word A writes in lower case ("Winzer" is
    # no "Vines": a German noun spelt like an English word; "Union" kept is a name)
    lower = {spelling.name_key(word) for word in a_common}
    a_proper = [key for key in a_keys if key not in lower and key not in a_people]
    people = [key for key in a_keys if key in a_people]
    exact = set(a_keys)
    instead = [
        w
        for w in b_names
        if not same(w, a_here)
        and (
            spelling.name_key(w.text) in exact
            or same_unbuilt(w, a_proper)
            or any(spelling.same_person(spelling.name_key(w.text), k, loose=loose) for k in people)
        )
    ]
    values, lost_groups = a_sources
    if not missing:  # no name lost: B's name must be no more of a name A gives here
        instead = [w for w in instead if not _beside_a_name(view.b.text, w, a_here, same)]
    if not instead or not (missing or (not a_names and lost_groups)):
        return []
    who = " ".join(w.text for w in missing) if missing else f"the {', '.join(sorted(values))}"
    message = (
        f"attribution changed: A attributes to {who}, B to {' '.join(w.text for w in instead)}"
    )
    if missing:
        a_span = (missing[0].start, missing[-1].end)
    else:
        a_span = _attributed_to(view.a.text, windows[0], profiles[0])[1]
    b_span = (instead[0].start, instead[-1].end)
    return [located("attribution.changed", message, a=(view, a_span), b=(view, b_span))]


def _common(word: str, common: AbstractSet[str]) -> bool:
    """True when A writes the word (or its singular) in lower case elsewhere: a word of the
    language in a body's name ("the Farmers' Federation"), which a translator translates
    ("la Federación de Agricultores"), not a name kept."""
    lowered = _POSSESSIVE.sub("", word).rstrip("'’").lower()
    return lowered in common or (lowered.endswith("s") and lowered[:-1] in common)


def _beside_a_name(
    text: str, word: facts.Word, keys: set[str], same: Callable[[facts.Word, Iterable[str]], bool]
) -> bool:
    """True when the word next to `word` is a capitalised word with one of `keys`: "Elena"
    in "Elena Vasko" where the other side says "Vasko" is the speaker's full name."""
    words = facts.words(text)
    at = next(n for n, w in enumerate(words) if w.start == word.start)
    return any(
        0 <= n < len(words) and words[n].capitalised and same(words[n], keys)
        for n in (at - 1, at + 1)
    )


def _keys(text: str) -> set[str]:
    """The name keys of every word of a text and of every part of a hyphenated one
    ("Aurion-Produktionschefin" names Aurion), and of the place an adjective in -ian names
    ("the Kestranian Environment Agency" names Kestrania, as "Кестранского агентства" does)."""
    return {
        spelling.name_key(part)
        for w in facts.words(text)
        for part in {
            w.text,
            *w.text.replace("’", "-").replace("'", "-").split("-"),
            w.text[:-1] if w.capitalised and w.text.endswith("ian") else "",
        }
        if part
    }


def _named(text: str, windows: list[Span], profile: Profile) -> list[facts.Word]:
    """The capitalised words, not at a sentence start, of the windows: names of who speaks."""
    skip = profile.stopwords | set(profile.roles) | set(profile.sources)
    return [
        w
        for w in facts.words(text)
        if any(start <= w.start < end for start, end in windows)
        and w.capitalised
        and not w.initial
        and len(w.text) >= 3
        and w.text.lower() not in skip
        and not kind_word(w.text, profile)
        and not facts.dates(w.text, profile)
        and not source_compound(w.text, profile)
    ]


def source_compound(word: str, profile: Profile) -> bool:
    """True for a noun joined to a source word, in a language that capitalises nouns
    ("Finanzaufsicht", "Umweltbehörde"): an institution named by its kind, as a translator
    renders "the Financial Supervisory Authority", not a name kept from the other side."""
    lowered = word.lower()
    return profile.capitalised_nouns and any(
        " " not in key and len(key) >= 4 and lowered.endswith(key) and lowered != key
        for key in profile.sources
    )


def _windows(text: str, profile: Profile) -> list[Span]:
    """Where each reporting word's speaker is (see xling.speaker_words): the words that name
    who speaks, not the statement after a verb ("Tovald, which said it would send
    engineers"; "nannte die Forderungen der Gewerkschaft")."""
    return [speaker.span for speaker in speakers(text, profile)]


def _attributed_to(text: str, windows: list[Span], profile: Profile) -> tuple[set[str], Span]:
    """The sources and roles named in the windows, and where the first is.

    An organisation spelt out before an acronym in brackets falls outside the clause of the
    reporting word after it: a window that starts right after the acronym ("... (LCA) said
    the merged company...") is read with the words it stands for ("Liradian Competition
    Authority")."""
    values: set[str] = set()
    where: Span = (0, 0)
    spelt = acronym_names(text)
    for span in windows:
        before = text[max(0, span[0] - 12) : span[0]]
        stands_for = [
            " ".join(w.text for w in words)
            for acronym, words in spelt
            if before.rstrip().endswith(f"({acronym})")
        ]
        named = _sources(" ".join([text[span[0] : span[1]], *stands_for]), profile)
        if named and not values:
            where = span
        values |= named
    return values, where


def _sources(text: str, profile: Profile) -> set[str]:
    return (facts.sources(text, profile) | facts.roles(text, profile)) - _NOT_SOURCES


def _groups(values: set[str]) -> set[str]:
    return {group for value in values if (group := _GROUPS.get(value, value))}


def source_groups(text: str, profile: Profile, *, roles: bool = True) -> set[str]:
    """The groups of the sources (and roles) a text names (see _GROUPS)."""
    if roles:
        return _groups(_sources(text, profile))
    return _groups(facts.sources(text, profile) - _NOT_SOURCES)


def role_groups(text: str, profile: Profile) -> set[str]:
    """The groups of the titles a text gives (see _GROUPS: a minister is of the state, an
    inspector of the police; a title any body has, as director or spokesman, is in none)."""
    return _groups(facts.roles(text, profile))


def party_role(role: str) -> bool:
    """True for a title (a value of facts.roles) of one kind of party (a minister, a mayor,
    a judge), not one any party has (a spokesman, a director: see _GROUPS)."""
    return bool(_GROUPS.get(role, role))
