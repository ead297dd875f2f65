"""Moods and adverbs that decide whether a word that may hedge hedges: a German "würde"
after a verb of saying is the future of reported speech (a "would", no "may"), and a
conditional beside an adverb of certainty ("à coup sûr") states its thing as certain."""

from __future__ import annotations

import re

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts


def reported_moods(sentence: str, profile: Profile) -> int:
    """How many forms of Profile.reported_mood follow a verb of saying in the sentence, or
    stand in a main clause before one that opens a clause after them, with no quotation
    mark between ("Viele Erzeuger würden nicht in der Lage sein, ..., hieß es": the
    attribution set after what was said; a quotation's "würden" is the speaker's own
    would), outside a condition or a question their clause opens ("teilte mit, mehrere
    weitere würden umstellen" has one; "nicht sicher, ob er durchhalten würde" none)."""
    if not profile.reported_mood:
        return 0
    said = profile.attribution_re.search(sentence)
    if said is None:
        return 0
    found = 0
    for match in profile.reported_mood_re.finditer(sentence):
        start, _ = facts.clause_of(sentence, match.span())
        if match.start() >= said.end() or _said_after(sentence, match.end(), profile):
            found += not opened(sentence, start, match.start(), profile) and not (
                match.start() < said.end() and _relative(sentence, start, profile)
            )
    return found


def _said_after(sentence: str, end: int, profile: Profile) -> bool:
    """True when a verb of saying opens a clause after `end` that a comma sets off, with no
    quotation mark between: ", hieß es", ", sagte er"."""
    marks = {mark for pair in profile.quotes for mark in pair}
    for match in profile.attribution_re.finditer(sentence, end):
        start, _ = facts.clause_of(sentence, match.span())
        if (
            sentence[:start].rstrip().endswith(",")
            and not sentence[start : match.start()].strip()
            and not marks & set(sentence[end : match.start()])
        ):
            return True
    return False


def _relative(sentence: str, start: int, profile: Profile) -> bool:
    """True when the clause at `start` follows a comma and a relative pronoun opens it
    ("einen Streik, der den Verkehr lahmlegen würde": a would of its own)."""
    gap = len(sentence[start:]) - len(sentence[start:].lstrip())
    return (
        bool(profile.relative)
        and sentence[:start].rstrip().endswith(",")
        and profile.relative_re.match(sentence, start + gap) is not None
    )


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


def speech_futures(text: str, profile: Profile) -> int:
    """How many futures of reported speech (Profile.speech_future) that are no hedge of
    their own ("pourrait" is) follow a verb of saying, and its "que" where the language
    needs one (Profile.speech_that), in the same clause: "a précisé que son équipe
    contrôlerait l'usine" renders "said her team would audit the plant", not "would likely
    audit", and "said the repair would cost" is "dijo que costará". After a comma a
    conditional may open a main clause of its own and report ("dijo que ..., y las
    navieras estarían desviando buques"); a clause that a conjunction and the "que" open
    goes on with what was said ("a déclaré que l'agence allait réexaminer ..., mais
    qu'elle ne la modifierait pas": a "would")."""
    if not profile.speech_future:
        return 0
    that = f" (?:\\S+ ){{0,3}}?(?:{profile.speech_that})\\b" if profile.speech_that else ""
    said = re.compile(rf"(?<![\w-])(?:{profile.attribution})(?![\w]){that}", re.IGNORECASE)
    again = None
    if profile.speech_that and profile.conjunctions:
        again = re.compile(
            rf"\s*(?:{profile.conjunctions})\s+(?:{profile.speech_that})(?:(?<=['’])|(?!\w))",
            re.IGNORECASE,
        )
    found = 0
    saying = False
    for start, end in facts.clauses(text):
        opened = said.search(text, start, end)
        if opened is None and saying and again is not None:
            opened = again.match(text, start, end)
        saying = saying or opened is not None
        if opened is not None:
            found += sum(
                1
                for m in profile.speech_future_re.finditer(text, opened.end(), end)
                if not profile.hedge_re.fullmatch(m.group())
            )
    return found
