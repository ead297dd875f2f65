"""Which softening words in a quote soften what the speaker says (xling.quote_words): not a
word that qualifies a figure ("almost 20 percent"), one of sufficiency that grades a
degree ("sufficiently trained"), a negation a language puts after "until" ("tant que
nous ne saurons pas exactement"), nor the adjective of a superlative ("la plus difficile
de ma carrière", the hardest of my career)."""

from __future__ import annotations

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Span


def softening(
    found: list[tuple[GroupView, Span, str]], which: str, profile: Profile
) -> list[tuple[GroupView, Span, str]]:
    """The softening words that soften the statement: not those that qualify a figure,
    grade a degree, follow a time limit or make a superlative (`_unfigured`, `_graded`,
    `_untimed`, `_unranked`)."""
    graded = _graded(_unfigured(found, which, profile), which, profile)
    return _unranked(_untimed(graded, which, profile), which, profile)


def _unfigured(
    found: list[tuple[GroupView, Span, str]], which: str, profile: Profile
) -> list[tuple[GroupView, Span, str]]:
    """The softening words but one before a figure (within two words of its clause), which
    qualifies the figure, not the statement: "almost 20 percent" = "casi un 20 %" (the
    figure rules compare approximations); "lost almost everything. Three weeks ago" has
    none."""

    def free(view: GroupView, span: Span) -> bool:
        text = view.a.text if which == "a" else view.b.text
        clause_end = facts.clause_of(text, span)[1]
        return not facts.before_figure(text[:clause_end], span[1], profile)

    return [(view, span, word) for view, span, word in found if free(view, span)]


def _untimed(
    found: list[tuple[GroupView, Span, str]], which: str, profile: Profile
) -> list[tuple[GroupView, Span, str]]:
    """The softening words but those made of a negation ("pas exactement", "не совсем")
    after a time limit in their clause: "until we know exactly" is "tant que nous ne
    saurons pas exactement", the negation a language puts after "until" (see the
    profiles' `time_limit`), not an understatement."""
    if not profile.time_limit:
        return found
    negations = [profile.negation_re]
    if profile.negation_partner:
        negations.append(profile.negation_partner_re)

    def timed(view: GroupView, span: Span, word: str) -> bool:
        if not any(n.match(word) for n in negations):
            return False
        text = view.a.text if which == "a" else view.b.text
        clause_start = facts.clause_of(text, span)[0]
        return profile.time_limit_re.search(text, clause_start, span[0]) is not None

    return [(view, span, word) for view, span, word in found if not timed(view, span, word)]


ENOUGH = "enough"
"""The profiles' polarity class of sufficiency (enough, ausreichend, suffisamment)."""


def _graded(
    found: list[tuple[GroupView, Span, str]], which: str, profile: Profile
) -> list[tuple[GroupView, Span, str]]:
    """The softening words but a word of sufficiency in a sentence with no negation:
    "not enough" grades what the original says outright ("not once" -> "nicht ausreichend"),
    while "sufficiently trained" renders a degree ("properly trained" -> "ausreichend
    geschult"). The sentence, not the clause, is asked: a partial quote leaves its
    negation to the reporter ('were not "sufficiently consulted"')."""
    if ENOUGH not in profile.polarity:
        return found
    enough = profile.polarity_re(ENOUGH, +1)
    negations = [profile.negation_re]
    if profile.negation_partner:
        negations.append(profile.negation_partner_re)

    def graded(view: GroupView, word: str) -> bool:
        text = view.a.text if which == "a" else view.b.text
        return not enough.fullmatch(word) or any(n.search(text) for n in negations)

    return [(view, span, word) for view, span, word in found if graded(view, word)]


def _unranked(
    found: list[tuple[GroupView, Span, str]], which: str, profile: Profile
) -> list[tuple[GroupView, Span, str]]:
    """The softening words but one right after a superlative (the profile's `uniques`: "la
    plus", "la más"): "la décision la plus difficile de ma carrière" is "the hardest
    decision of my career", the top of a scale, where "difficile de" alone ("il est
    difficile de dire", it is hard to say) softens a statement."""
    if not profile.uniques:
        return found

    def ranked(view: GroupView, span: Span) -> bool:
        text = view.a.text if which == "a" else view.b.text
        clause_start = facts.clause_of(text, span)[0]
        before = text[clause_start : span[0]].rstrip()
        return any(m.end() == len(before) for m in profile.uniques_re.finditer(before))

    return [(view, span, word) for view, span, word in found if not ranked(view, span)]
