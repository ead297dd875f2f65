"""Moods and adverbs that decide whether a word that may hedge hedges: a German "würde"
after a verb of saying is the future of reported speech (a "would", no "may"), and a
conditional beside an adverb of certainty ("à coup sûr") states its thing as certain."""

from __future__ import annotations

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts


def reported_moods(sentence: str, profile: Profile) -> int:
    """How many forms of Profile.reported_mood follow a verb of saying in the sentence,
    outside a condition or a question their clause opens ("teilte mit, mehrere weitere
    würden umstellen" has one; "nicht sicher, ob er durchhalten würde" none)."""
    if not profile.reported_mood:
        return 0
    said = profile.attribution_re.search(sentence)
    if said is None:
        return 0
    found = 0
    for match in profile.reported_mood_re.finditer(sentence, said.end()):
        start, _ = facts.clause_of(sentence, match.span())
        found += not opened(sentence, start, match.start(), profile)
    return found


def opened(text: str, start: int, end: int, profile: Profile) -> bool:
    """True when text[start:end] opens a condition, an indirect question or a purpose
    (Profile.condition, Profile.indirect_question, Profile.purpose): what follows is set,
    asked or aimed at, not stated."""
    return any(
        pattern.search(text, start, end)
        for words, pattern in (
            (profile.condition, profile.condition_re),
            (profile.indirect_question, profile.indirect_question_re),
            (profile.purpose, profile.purpose_re),
        )
        if words
    )


def moot(clause: str, profile: Profile) -> int:
    """How many of a clause's hedges (Profile.hedge) follow a condition, a question or a
    purpose the clause opens before them (see `opened`): "reportedly examining whether the
    lake could be drained" states one hedged thing, the "could" is in what is asked
    ("étudieraient la possibilité de vidanger le lac"). A word that only may hedge there
    ("if installations slowed as expected") still counts, as its rendering in the
    translation's condition does ("si les installations ralentissent comme prévu")."""
    # matched in the whole clause: a hedge's pattern may look past its end ("could" + verb)
    return sum(
        1
        for low, high in facts.hedge_spans(clause, profile, figures=False)
        if opened(clause, 0, low, profile)
        and (m := profile.hedge_re.match(clause, low)) is not None
        and m.end() == high
    )


def certain(sentence: str, profile: Profile) -> int:
    """How many words that may hedge but are no hedge of their own stand in a clause that
    states its thing as certain (Profile.certainty): "soumettrait à coup sûr" (would
    surely subject) renders no "could"."""
    if not profile.certainty:
        return 0
    return sum(
        1
        for start, end in facts.clauses(sentence)
        if profile.certainty_re.search(sentence, start, end)
        for low, high in facts.hedge_spans(sentence[start:end], profile, figures=False)
        if not profile.hedge_re.fullmatch(sentence, start + low, start + high)
    )
