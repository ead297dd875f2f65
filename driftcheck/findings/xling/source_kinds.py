"""The kind of source a speaker is, across languages: the state (at the level of a ministry,
an agency or a town), police, a company, a hospital, people..., read from the words that name
the speaker (xling.sources' groups and the profile's `speaker_sources`), and whether two
speakers' kinds have nothing in common (see xling.speakers, which finds the speakers).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.sources import source_groups
from driftcheck.findings.xling.speaker_words import Speaker


def kinds(found: Sequence[Speaker], text: str, profile: Profile) -> set[str]:
    """The groups of sources the speakers are (xling.sources: the state, police, a company,
    a union...); where nouns join into one word (German), a compound's head counts
    ("Umweltbehörde" is an authority, "Bahngesellschaft" a company)."""
    kinds: set[str] = set()
    for speaker in found:
        phrase = text[speaker.span[0] : speaker.span[1]]
        own = source_groups(phrase, profile, roles=False)
        values = facts.sources(phrase, profile)
        values |= _lookup(speaker.words, profile.speaker_sources, profile)
        if profile.capitalised_nouns:
            heads = " ".join(_head(w.text.lower(), profile) for w in speaker.words)
            own |= source_groups(heads, profile, roles=False)
            values |= facts.sources(heads, profile)
            values |= {
                profile.speaker_sources[h] for h in heads.split() if h in profile.speaker_sources
            }
        if "prosecution" in values:
            # the prosecution ("prosecutor's office", "ministerio público",
            # "Staatsanwaltschaft") is a level of its own: no agency, ministry or lawyers
            kinds |= own | {"state", "state:prosecution"}
            continue
        if "audit" in values:
            # the audit office ("Rechnungshof", "Cour des comptes", "service d'audit") is an
            # office of the state, no ministry (nor any level, as "the authority" is)
            kinds |= own | {"state", "state:audit", "state:agency"}
            continue
        own |= {_KINDS[v] for v in values if v in _KINDS}
        if "management" in values and not own:
            # a management runs a firm or a hospital (no ministry, police or union); one
            # named with its body is that body's ("la direction de l'hôpital", "the
            # hospital's managers": the hospital)
            own |= {"company", "hospital"}
        levels = {f"state:{_OFFICES[v]}" for v in values if v in _OFFICES}
        if "directorate" in values and not own:
            # a word for a management that is also an administration's department ("la
            # direction de l'Éducation", "la Dirección General de Tráfico"): a firm's, a
            # hospital's or the state's, at any level; one of a body in lower case ("la
            # dirección del aeropuerto") manages it
            own |= {"company", "hospital"}
            if not _of_a_body(speaker.words, profile):
                own.add("state")
                levels.add("state:any")
        if "officials" in values and "municipality" in values:
            # a town's officials ("City officials") are of its level, no ministry's
            levels -= {"state:any"}
        elif "officials" in values:
            kinds.add("officials")  # of any body: "airport officials" are its management
        kinds |= own | levels
    if kinds & PEOPLE:
        kinds.add("people")
    if "institute" in kinds:
        # a research institute or university: of the state or not, never a company, the
        # police, a body of members or people ("el Instituto" may be "der Wetterdienst")
        kinds |= {"state", "state:any"}
    if "association" in kinds:
        # a body of members: rendered as a union, an employers' body, or its members
        kinds |= {"union", "employers", "people"}
    return kinds


_OFFICES = {
    "ministry": "ministry", "department": "any",  # a ministry, or a town's service
    "agency": "agency", "regulator": "agency", "office": "agency", "service": "agency",
    "municipality": "municipality", "prosecution": "prosecution", "audit": "audit",
    "government": "any", "officials": "any", "authority": "any",
}  # fmt: skip
"""The level of the state each value of a state source is (see apart): a ministry, a body
under it (an agency, a regulator, a service, an office), a town's administration, the
prosecution (a prosecutor's office, the "ministerio público": no ministry), the audit
office; the government, officials and "the authorities" are any of them."""
PEOPLE = frozenset({"people", "analyst", "witnesses", "insiders"})
"""Groups of sources that are people, not a body: lawyers, experts, residents, analysts..."""


def listed(kinds: set[str]) -> str:
    """The kinds as a message shows them: "state, agency"."""
    return ", ".join(sorted({k.removeprefix("state:") for k in kinds} - {"any"}))


def apart(a_kinds: set[str], b_kinds: set[str]) -> bool:
    """True when two speakers' kinds have nothing in common: no group (the state, police, a
    company, people...), or, both the state, no level where each names one (a ministry is
    not its agency: "the NVA said" -> "в министерстве"; "the government" is any level)."""
    a_groups, b_groups = ({k for k in kinds if ":" not in k} for kinds in (a_kinds, b_kinds))
    if not a_groups or not b_groups or "officials" in a_groups | b_groups:
        return False
    if not a_groups & b_groups:
        return True
    a_levels, b_levels = (
        {k for k in kinds if k.startswith("state:")} for kinds in (a_kinds, b_kinds)
    )
    return (
        a_groups == b_groups == {"state"}
        and bool(a_levels)
        and bool(b_levels)
        and "state:any" not in a_levels | b_levels
        and not a_levels & b_levels
    )


_KINDS = {
    "office": "state", "service": "state", "department": "state", "municipality": "state",
    "consortium": "company", "firm": "company", "people": "people",
    "hospital": "hospital", "prosecution": "state", "audit": "state",
    "association": "association", "institute": "institute", "document": "document",
}  # fmt: skip
"""The group (as xling.sources groups sources) of each value of a profile's speaker_sources."""


def _of_a_body(words: Sequence[facts.Word], profile: Profile) -> bool:
    """True when the first word after a directorate's word that is no function word is in
    lower case: a body it manages ("la dirección del aeropuerto"), not a field of an
    administration ("la direction de l'Éducation")."""
    keys = {k for k, v in profile.speaker_sources.items() if v == "directorate"}
    at = next((n for n, w in enumerate(words) if _bare(w.text.lower()) in keys), None)
    if at is None:
        return False
    rest = [w for w in words[at + 1 :] if w.text.lower() not in profile.stopwords]
    return bool(rest) and not facts.unelided(rest[0].text)[:1].isupper()


def _lookup(words: Sequence[facts.Word], table: Mapping[str, str], profile: Profile) -> set[str]:
    """The values of the table's words (or stems, or phrases) among the words."""
    lowered = [_bare(w.text.lower()) for w in words]
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


def _bare(word: str) -> str:
    """A word without an English possessive or an elided article before it: "hospital's"
    and "l'hôpital" name a hospital."""
    return facts.unelided(_POSSESSIVE.sub("", word))


_POSSESSIVE = re.compile(r"['’]s?$")


def _head(word: str, profile: Profile) -> str:
    """The source word a compound ends with ("umweltbehörde" -> "behörde"), else the word."""
    for key in (*profile.sources, *profile.speaker_sources):
        if " " not in key and len(key) >= 4 and word != key:
            stem = word.rstrip("sn")
            if word.endswith(key) or stem.endswith(key) or stem.endswith(key.rstrip("e")):
                return key
    return word
