"""A negation one side writes and the other renders without a negation word.

The count rule of xling.rules compares negated clauses; a translator keeps the meaning
of some negations with no negation word at all, in two ways that a language's grammar
and dictionary name:

- a negation bounded in time says "only then": "cannot be appealed before March 1" =
  "kann erst ab dem 1. März", "was not restored until 1 p.m." = "восстановили лишь
  после 13:00" (Profile.time_bound on the negated side, Profile.only_then on the other);
- a negated word is its opposite word: "will not lose their jobs" = "сохранят работу",
  "would not be moved" = "останется на месте", "failed to consult" = "hat es versäumt"
  (the classes of Profile.polarity: the negated clause and the other side's text give
  the class the same pole, see xling.polarity);
- a negation that sets one thing against another is "instead of": "from the government
  instead of from commuters" = "у правительства, а не у тех" (Profile.contrast);
- a negation of having or spending is a verb of lack: "a euro we do not spend on nurses"
  = "fehlt uns für Pflegekräfte", "there is no water" = "il manque d'eau" (the negative
  words of the polarity class "enough");
- a negation is folded into a word's prefix: "they say it is unsafe" = "ils disent qu'il
  n'est pas sûr", "unsure whether" = "sin saber si" (Profile.folded_negation).

A clause rendered so is no negation lost or added; the count is taken without it. Only
the negations the other side does not write itself are rendered so: where the other side
of a group has as many negated clauses ("erst ab März, nicht früher"; "schloss ... nicht
aus" for "did not rule out"), each of its negations renders one, and none is discounted.
"""

from __future__ import annotations

from collections import Counter

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, negated_clauses, polarity
from driftcheck.findings.xling.units import Span, Unit

Placed = tuple[GroupView, Span]


def shift(unit: Unit, profiles: tuple[Profile, Profile]) -> int:
    """How many more negated clauses a unit's B text has than its A text, leaving out those
    the other side renders without a negation word, as the unit's own count does: a story
    whose "withdrawn only on" became "no se retiró hasta" lost a negation where another
    unit's "not" went, not kept its count."""
    counts = []
    for which, profile in (("a", profiles[0]), ("b", profiles[1])):
        items = [
            (view, span)
            for view, side in unit.sides(which)
            for span in negated_clauses.negated(side.text, profile)
        ]
        counts.append(len(unrendered(items, which, profiles)))
    return counts[1] - counts[0]


def unrendered(items: list[Placed], side: str, profiles: tuple[Profile, Profile]) -> list[Placed]:
    """The negated clauses of `side` that the other side of their group does not render
    without a negation word: in each group, at most as many are discounted as the group
    has negated clauses more than its other side."""
    mine, theirs = (profiles[0], profiles[1]) if side == "a" else (profiles[1], profiles[0])
    spare: dict[int, int] = {}  # group -> its negated clauses the other side does not write
    for view, _ in items:
        if id(view) not in spare:
            other = view.b.text if side == "a" else view.a.text
            own = sum(1 for item in items if item[0] is view)
            spare[id(view)] = own - len(negated_clauses.negated(other, theirs))
    kept = []
    for item in items:
        if spare[id(item[0])] > 0 and rendered(item, side, mine, theirs):
            spare[id(item[0])] -= 1
        else:
            kept.append(item)
    return kept


def rendered(item: Placed, side: str, mine: Profile, theirs: Profile) -> bool:
    """True when the other side of the clause's group says what the negated clause says
    with a word of "only then" or with an opposite word."""
    view, span = item
    text, other = (view.a.text, view.b.text) if side == "a" else (view.b.text, view.a.text)
    if not other:
        return False
    return (
        only_then(text, span, other, mine, theirs)
        or opposite(text, span, other, mine, theirs)
        or contrasted(text, span, other, mine, theirs)
        or lacked(text, span, other, mine, theirs)
        or folded(other, theirs)
    )


def folded(other: str, theirs: Profile) -> bool:
    """The other side has a word with a negation folded into its prefix ("unsafe" for
    "n'est pas sûr", "unsure whether" for "sin saber si") that its own negations do not
    count."""
    if not theirs.folded_negation:
        return False
    counted = [m.span() for m in theirs.negation_re.finditer(other)]
    return any(
        not any(s <= word.start() < e for s, e in counted)
        for word in theirs.folded_negation_re.finditer(other)
    )


def contrasted(text: str, span: Span, other: str, mine: Profile, theirs: Profile) -> bool:
    """A negation that sets one thing against another ("а не у тех", "et non des usagers")
    where the other side says "instead of" (or the other way round)."""
    if not (mine.contrast and theirs.contrast):
        return False
    own = any(m.start() <= span[0] < m.end() for m in mine.contrast_re.finditer(text))
    return own and theirs.contrast_re.search(other) is not None


def lacked(text: str, span: Span, other: str, mine: Profile, theirs: Profile) -> bool:
    """A negated clause with no word of lack or plenty of its own where the other side
    says that something lacks ("fehlt", "manque", "falta"), with no negation of its own
    on that word. A word of lack written with a negation ("не хватает") is a negated
    clause the other side counts already: it renders a negation of its own side's count,
    not a second one ("wages that no longer cover the rent" = "зарплата, которой уже не
    хватает", which leaves "did not choose" to be rendered by something else)."""
    if LACK not in mine.polarity or LACK not in theirs.polarity:
        return False
    start, end = facts.clause_of(text, span)
    if any(m.kind == LACK and start <= m.span[0] < end for m in polarity.marks(text, mine)):
        return False  # "not enough", "не хватает": the opposite word renders it, if any
    return any(
        m.kind == LACK
        and m.sign < 0
        and not m.turned
        and theirs.negation_re.search(other, *m.span) is None
        for m in polarity.marks(other, theirs)
    )


LACK = "enough"
"""The polarity class whose negative words say that something lacks (short of, fehlen)."""


def only_then(text: str, span: Span, other: str, mine: Profile, theirs: Profile) -> bool:
    """A negation bounded in time ("not ... until", "cannot ... before") that the other
    side writes as "only then" (erst, лишь, ne ... qu'à, solo)."""
    if not (mine.time_bound and theirs.only_then):
        return False
    end = facts.clause_of(text, span)[1]
    bounded = mine.time_bound_re.search(text, span[1], end) is not None
    return bounded and theirs.only_then_re.search(other) is not None


def opposite(text: str, span: Span, other: str, mine: Profile, theirs: Profile) -> bool:
    """A negated clause whose words of opposite sense (see xling.polarity) have the pole
    the other side's words have: the negation is in the word the translator chose. A word
    the other side's own negation turns round ("no aceptaremos" for "will not accept"), or
    that is a negation word itself ("bestreitet" for "denies"), renders nothing: that side
    writes the negation itself."""
    start, end = facts.clause_of(text, span)
    own = Counter(  # the word the negation turns ("not lose"), or the negation itself ("failed to")
        (m.kind, m.sign)
        for m in polarity.marks(text, mine)
        if start <= m.span[0] < end
        and m.kind not in polarity.CONCORD  # "nobody" is a negation word on both sides
        and (m.turned or (m.span[0] < span[1] and span[0] < m.span[1]))
    )
    if not own:
        return False
    their_marks = polarity.marks(other, theirs)
    others = {
        (m.kind, m.sign)
        for m in their_marks
        if not (m.turned or theirs.negation_re.search(other, *m.span))
    }
    # "could not rule out" = "no pudo descartar": a word the other side turns round with a
    # negation of its own pairs with this one, one to one, and leaves nothing to render
    written = Counter((m.kind, m.sign) for m in their_marks if m.turned)
    return any(
        count > written[mark] and mark in others and (mark[0], -mark[1]) not in others
        for mark, count in own.items()
    )
