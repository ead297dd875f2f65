"""A hedge of hearsay is kept only by hearsay: "reportedly concluded that the bridge may
need" -> "kommt zu dem Schluss, dass die Brücke möglicherweise" keeps the "may" and states
as fact what was only reported, however many other words that may hedge the translation
has."""

from __future__ import annotations

from driftcheck.findings.profiles import Profile


def lost(
    clause: str, own_sentence: str, other: str, profiles: tuple[Profile, Profile], *, reports: bool
) -> bool:
    """True when the hedged clause has a word of hearsay (Profile.evidential) and the other
    side's sentence that translates it has none: no word of hearsay, no construction of
    hearsay (Profile.hearsay: "soll ... haben"), no conditional that reports (`reports`,
    see xling.hedges._reports) and no verb of saying besides those of the original's
    sentence ("según fuentes conocedoras" renders a "reportedly" as a source)."""
    own, theirs = profiles
    if not own.evidential or not theirs.evidential or not own.evidential_re.search(clause):
        return False
    if reports or theirs.evidential_re.search(other):
        return False
    if theirs.hearsay and theirs.hearsay_re.search(other):
        return False
    said = len(own.attribution_re.findall(own_sentence))
    return len(theirs.attribution_re.findall(other)) <= said
