"""Hedged clauses between versions in two languages: hedge.dropped and hedge.added.

A hedge ("reportedly", "expected to", "could") counts as kept where the translation of its
clause (the other side's most similar clause, read in its sentence) has as many hedges and
words that may hedge; see `check_hedges`.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from driftcheck.findings.context import Side
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, hedge_hearsay, hedge_kinds, hedge_moods
from driftcheck.findings.xling.rules import Placed, clauses_of, shown, where_differs
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder


def check_hedges(
    unit: Unit, profiles: tuple[Profile, Profile], embedder: Embedder | None = None
) -> list[Finding]:
    """hedge.dropped / hedge.added: a hedged clause of A is stated flatly in B, or the reverse.

    With an embedder, a hedge counts as kept where the sentence that translates its
    clause (the other side's most similar clause, read in its sentence) has a hedge or a
    word that may hedge; without one, such a word anywhere in the unit keeps it.
    """
    a_items = _asserted(clauses_of(unit, "a", facts.hedged, profiles[0]), "a", profiles[0])
    b_items = _asserted(clauses_of(unit, "b", facts.hedged, profiles[1]), "b", profiles[1])
    if embedder is not None:
        return _judged(unit, (a_items, b_items), profiles, embedder)
    a_any = clauses_of(unit, "a", facts.softly_hedged, profiles[0])
    b_any = clauses_of(unit, "b", facts.softly_hedged, profiles[1])
    dropped, added = len(a_items) > len(b_any), len(b_items) > len(a_any)
    if not (dropped or added):
        return []
    view = where_differs(unit, a_items, b_items)
    if dropped:
        where = next((i for i in a_items if i[0] is view), a_items[-1])
        message = f'hedge dropped: "{shown(where, "a")}" has no counterpart in B'
        return [located("hedge.dropped", message, a=where)]
    where = next((i for i in b_items if i[0] is view), b_items[-1])
    message = f'hedge added: B says "{shown(where, "b")}" where A does not hedge'
    return [located("hedge.added", message, b=where)]


def _judged(
    unit: Unit,
    items: tuple[list[Placed], list[Placed]],
    profiles: tuple[Profile, Profile],
    embedder: Embedder,
) -> list[Finding]:
    """hedge.dropped / hedge.added with an embedder: a dropped hedge where A has more
    hedged clauses or hedges than B, an added one where B has more hedged clauses."""
    a_items, b_items = items
    more = _hedges(a_items, "a", profiles[0]) > _hedges(b_items, "b", profiles[1])
    if len(a_items) > len(b_items) or more:
        lost = _unmatched_hedges(unit, a_items, "a", profiles, embedder)
        if not lost:
            return []
        where, other = lost[-1]
        message = f'hedge dropped: "{shown(where, "a")}" has no counterpart in B'
        # where alignment set its translation apart, B's place is that sentence
        b = other if other is not None and other[0] is not where[0] else None
        return [located("hedge.dropped", message, a=where, b=b)]
    if len(b_items) <= len(a_items):
        return []
    new = _unmatched_hedges(unit, b_items, "b", profiles, embedder)
    if not new:
        return []
    where, _ = new[-1]
    message = f'hedge added: B says "{shown(where, "b")}" where A does not hedge'
    return [located("hedge.added", message, b=where)]


def _hedges(items: list[Placed], side: str, profile: Profile) -> int:
    """How many hedges the hedged clauses have: one a clause, and one more for each hedge
    of a predicate the clause joins on ("would likely audit the plant and could order"
    has two, which "contrôlerait l'usine et pourrait ordonner" halves; in "not sure I
    could" the "could" is what the doubt is about)."""
    count = 0
    for view, span in items:
        text = (view.a if side == "a" else view.b).text
        start, end = facts.clause_of(text, span)
        found = [m.span() for m in profile.hedge_re.finditer(text, start, end)]
        count += 1 + sum(
            1
            for (_, before), (after, _) in itertools.pairwise(found)
            if profile.conjunctions and profile.conjunctions_re.search(text, before, after)
        )
    return count


def _asserted(items: list[Placed], side: str, profile: Profile) -> list[Placed]:
    """The hedged clauses but those whose hedge is in a question the clause reports
    ("He declined to say what motive the men might have had"), in a condition it sets
    ("it hoped to restore the service if it could recruit enough staff" = "si elle
    parvient à recruter") or asks one itself ("unsure whether they had won" = "sans savoir
    s'ils avaient gagné", a doubt about a question): no statement to hedge."""
    kept = []
    for view, span in items:
        text = (view.a if side == "a" else view.b).text
        start, _ = facts.clause_of(text, span)
        if (
            not hedge_moods.opened(text, start, span[0], profile)
            and not (profile.indirect_question and _asks(text, span[1], profile))
            and not _names_source(text, span, profile)
        ):
            kept.append((view, span))
    return kept


def _names_source(text: str, span: Span, profile: Profile) -> bool:
    """True when the hedge is a word of attribution too, opens its clause and the clause
    names a source after it ("Как сообщают местные СМИ," = "local media reported"; "selon
    des informations de la police"): it attributes, where "как сообщается," alone hedges."""
    start, _ = facts.clause_of(text, span)
    said = any(
        m.start() < span[1] and span[0] < m.end()
        for m in profile.attribution_re.finditer(text, start, span[1])
    )
    others = len(_other_words(text, span))
    return said and not text[start : span[0]].strip() and 0 < others <= _SOURCE_WORDS


def _asks(text: str, end: int, profile: Profile) -> bool:
    """True when a question word (Profile.indirect_question) follows the hedge that ends
    at `end`, past a comma: the hedge is a doubt whose object is that question."""
    rest = text[end:]
    return profile.indirect_question_re.match(text, len(text) - len(rest.lstrip(", "))) is not None


def _unmatched_hedges(
    unit: Unit,
    items: list[Placed],
    side: str,
    profiles: tuple[Profile, Profile],
    embedder: Embedder,
) -> list[tuple[Placed, Placed | None]]:
    """The hedged clauses whose translation (the other side's most similar clause, read in
    its whole sentence) has fewer hedges and words that may hedge than the clause has
    ("had reportedly offered about 7.1 billion" -> "hatte rund 7,1 Milliarden geboten"
    keeps the "about" and drops the "reportedly"); an added hedge, where the original
    has no such word at all.

    One word of the translation renders one hedge: the hedged clauses that find the same
    sentence share its hedges and words that may hedge ("Turnout is expected to be low,
    and the result may hinge on..." -> "Явка будет низкой, и исход может решиться": one
    "может" for two hedges), and an approximator there ("rund", "alrededor de") renders
    only an approximator, not a hedge of the clause.

    A hedge that is a clause of its own ("как сообщается,") is matched by its sentence
    (`_reading`); an added hedge that opens its clause with a source renders the
    original's attribution (`_attributes`); a French or Spanish conditional of a main
    clause renders a "reportedly" and a "would" at once (`_reports`). A hedge of hearsay
    is kept only by hearsay, however many other words may hedge (xling.hedge_hearsay).
    Each comes with the other side's sentence it was looked for in."""
    own_profile, other_profile = profiles if side == "a" else profiles[::-1]
    other_side = "b" if side == "a" else "a"
    owners = [
        (view, (start, end))
        for view, side_text in unit.sides(other_side)
        for start, end in _sentence_spans(side_text.starts, len(side_text.text))
    ]
    sentences = [
        (view.a if other_side == "a" else view.b).text[start:end] for view, (start, end) in owners
    ]
    places = [
        (n, clause_start, clause_end)
        for n, sentence in enumerate(sentences)
        for clause_start, clause_end in facts.clauses(sentence)
        if len(sentence[clause_start:clause_end].split()) > 1
    ]
    if not places:
        return [(item, None) for item in items]
    own_sides = [view.a if side == "a" else view.b for view, _ in items]
    texts = [
        text.text[slice(*facts.clause_of(text.text, span))]
        for text, (_, span) in zip(own_sides, items, strict=True)
    ]
    read = [_reading(text, span) for text, (_, span) in zip(own_sides, items, strict=True)]
    rows = embedder.embed([*read, *(sentences[n][s:e] for n, s, e in places)])
    sims = rows[: len(texts)] @ rows[len(texts) :].T
    claimants = hedge_kinds.claimants(
        [
            (side.text, _sentence_span(side, span), facts.clause_of(side.text, span))
            for side, (_, span) in zip(own_sides, items, strict=True)
        ],
        own_profile,
        embedder,
        rows=rows[len(texts) :],
        places=places,
    )
    unmatched: set[int] = set()
    found_in: dict[int, int] = {}  # clause -> the other side's sentence most like it
    # other sentence -> (clause, hedges it needs, its sentence)
    shared: dict[int, list[tuple[int, int, str]]] = {}
    for k in range(len(items)):
        n = found_in[k] = places[int(sims[k].argmax())][0]
        if side == "b":  # an added hedge: the original has no word that may hedge
            if not (
                facts.softly_hedged(sentences[n], other_profile)
                or _attributes(sentences[n], own_sides[k], items[k][1], profiles)
                or _permits(sentences[n], own_sides[k], items[k][1], profiles)
                or hedge_kinds.expected(sentences[n], (own_sides[k].text, items[k][1]), profiles)
            ):
                unmatched.add(k)
            continue
        # an approximator hedges a figure ("some 40" -> "une quarantaine"): the figure
        # rules read it, so it needs no word here
        # "said it would": no hedge; the other sentence's render those of the whole
        # sentence ("whose offer was reportedly lower, said it would challenge" ->
        # "dont l'offre était inférieure, a annoncé qu'elle contesterait")
        own_sentence = _sentence(own_sides[k], items[k][1])
        if hedge_hearsay.lost(
            texts[k],
            own_sentence,
            sentences[n],
            profiles,
            reports=_reports(sentences[n], other_profile)
            or _moods(sentences[n], other_profile) > _moods(own_sentence, own_profile),
        ):
            unmatched.add(k)  # "reportedly" where the translation has no hearsay at all
            continue
        spoken = hedge_moods.speech_futures(own_sentence, own_profile)
        # a negated ability ("cannot water it") is a negation, which may be rendered with
        # no modal ("им нечем его поить"); it takes only a modal its clause negates
        unable = hedge_kinds.unable(texts[k], own_profile)
        # a hedge in what the clause asks, sets or aims at hedges no statement of it
        # ("examining whether the lake could be drained", "so that it could file")
        asked = hedge_moods.moot(texts[k], own_profile)
        own = (
            facts.hedge_words(texts[k], own_profile, figures=False)
            - hedge_moods.speech_futures(texts[k], own_profile)
            - len(unable)
            - asked
        )
        need = len(own_profile.hedge_re.findall(texts[k])) - asked  # a "would" grammar may take
        # of many, grammar may take one ("would" -> subjunctive); where the conditional
        # reports, one renders a "reportedly" and a "would" ("is reportedly drafting a law
        # that would oblige" -> "préparerait une loi obligeant")
        slack = 1 if own >= 3 or (own > need and _reports(sentences[n], other_profile)) else 0
        spare = _approximations(sentences[n], other_profile) - _approximations(
            own_sentence, own_profile
        )
        words = _rendering(sentences[n], other_profile, own - need, figures=False, spoken=spoken)
        words -= hedge_kinds.unable_in(unable, sentences[n], profiles)
        words -= hedge_kinds.claimed_in(
            [w for w, m in claimants[k] if m in (None, n)], sentences[n], profiles
        )
        if hedge_kinds.in_kind(
            texts[k], [w for w, m in claimants[k] if m in (None, n)], sentences[n], profiles
        ):
            slack = own - need  # each hedge has a word of its kind: "would" may be a mood
        if words + max(0, spare) < own - slack:
            unmatched.add(k)
            continue
        shared.setdefault(n, []).append((k, need, own_sentence))
    for n, clauses in shared.items():
        spoken = sum(
            hedge_moods.speech_futures(said, own_profile) for said in {c for _, _, c in clauses}
        )
        claiming = hedge_kinds.left_to_claim(
            [
                (id(own_sides[k]), facts.clause_of(own_sides[k].text, items[k][1]), claimants[k])
                for k, _, _ in clauses
            ],
            [texts[k] for k, _, _ in clauses],
            n,
            own_profile,
        )
        words = _rendering(sentences[n], other_profile, 0, figures=False, spoken=spoken)
        words -= hedge_kinds.claimed_in(claiming, sentences[n], profiles)
        if words < sum(need for _, need, _ in clauses):
            unmatched.update(k for k, _, _ in clauses)
    if side == "a":
        elsewhere = {k for k in unmatched if owners[found_in[k]][0] is not items[k][0]}
        unmatched -= _kept_in_group(items, texts, elsewhere, profiles)
    return [(items[k], owners[found_in[k]]) for k in sorted(unmatched)]


def _rendering(
    sentence: str, profile: Profile, softly: int, *, figures: bool = True, spoken: int = 0
) -> int:
    """How many hedges and words that may hedge of a clause the other side's sentence
    renders, where `softly` of them only may hedge ("would"): a reported future ("die
    Gewerkschaft werde streiken") is the mood of reported speech, and renders a "would"
    but no "may" ("the union may strike" stated as "will").

    The sentence's futures of reported speech (`hedge_moods.speech_futures`) render the
    `spoken` ones of the original sentence first ("said her team would likely audit" -> "a
    précisé que son équipe contrôlerait": the "likely" is gone); one left over may report
    ("said municipalities were reportedly preparing" -> "a affirmé que plusieurs communes
    s'apprêteraient")."""
    words = facts.hedge_words(sentence, profile, figures=figures) - hedge_moods.certain(
        sentence, profile
    )
    words += len(hedge_kinds.repeated(sentence, profile))  # "se prevé que ... y que ..."
    words -= min(spoken, hedge_moods.speech_futures(sentence, profile))
    return words - max(0, _reported_futures(sentence, profile) - max(0, softly))


def _approximations(sentence: str, profile: Profile) -> int:
    """How many approximators before a figure ("about 30", "около 30") the sentence has:
    the translation's render the original sentence's first, and only those left over may
    render an "estimated" ("an estimated 45 million" = "rund 45 Millionen")."""
    return facts.hedge_words(sentence, profile) - facts.hedge_words(
        sentence, profile, figures=False
    )


def _reported_futures(sentence: str, profile: Profile) -> int:
    """How many words of reported speech's future the sentence has (Profile.reported_future,
    and Profile.reported_mood after a verb of saying: see hedge_moods.reported_moods)."""
    found = len(profile.reported_future_re.findall(sentence)) if profile.reported_future else 0
    return found + hedge_moods.reported_moods(sentence, profile)


def _permits(original: str, side: Side, span: Span, profiles: tuple[Profile, Profile]) -> bool:
    """True when the added hedge is a modal that may not hedge (dürften, pourraient) and
    the original says that something is permitted (Profile.permission): "were free to set
    their charges" = "dürften ihre Gebühren festlegen"."""
    permission = profiles[0].permission
    modal = profiles[1].soft_hedge_re.fullmatch(side.text, *span)
    return (
        bool(permission)
        and modal is not None
        and profiles[0].permission_re.search(original) is not None
    )


def _attributes(original: str, side: Side, span: Span, profiles: tuple[Profile, Profile]) -> bool:
    """True when the translation's hedge is how it attributes what the original attributes:
    the hedge opens a clause of its own, and the source it names closes it ("По версии
    обвинения, он получал деньги" for "Prosecutors say he received the money"; "Selon
    des informations de la police, ..."), the original's sentence has a word of
    attribution, and the translation's sentence none of its own (where it keeps a "said",
    its hedge is a hedge)."""
    start, _ = facts.clause_of(side.text, span)
    opens = not side.text[start : span[0]].strip()
    others = len(_other_words(side.text, span))
    return (
        opens
        and 0 < others <= _SOURCE_WORDS
        and bool(facts.attributed(original, profiles[0]))
        and not facts.attributed(_sentence(side, span), profiles[1])
    )


_SOURCE_WORDS = 4
"""The most words besides its hedge a clause that names a source has ("de la police")."""


def _reports(sentence: str, profile: Profile) -> bool:
    """True when the sentence has a conditional that reports (Profile.reporting_conditional):
    one in a main clause, with no "que", "qui" or "si" before it in the sentence ("qui
    permettrait" is the "would" of a relative clause), that is no hedge of its own
    ("podría", "pourrait": a "could"), and with no unreal condition after it
    (Profile.unreal_condition): the conditional of a main clause whose sentence sets one
    is the hypothesis's ("algunas habrían sobrevivido si la ambulancia hubiera llegado
    antes": would have survived if), which reports nothing."""
    if not profile.reporting_conditional:
        return False
    return any(
        not (profile.hearsay_after and profile.hearsay_after_re.search(sentence, 0, m.start()))
        and not (profile.unreal_condition and profile.unreal_condition_re.search(sentence, m.end()))
        and not profile.hedge_re.fullmatch(m.group())
        for m in profile.reporting_conditional_re.finditer(sentence)
    )


def _moods(sentence: str, profile: Profile) -> int:
    """How many moods of hypothesis that are no hedge of their own the sentence has (would,
    a conditional), outside an indirect question: where the translation has more than the
    original, one reports ("said municipalities were reportedly preparing" = "a affirmé que
    plusieurs communes s'apprêteraient")."""
    mood = profile.hedge_kinds.get(hedge_kinds.WOULD)
    if not mood:
        return 0
    return sum(
        1
        for m in profile.hedge_kind_re(hedge_kinds.WOULD).finditer(sentence)
        if not profile.hedge_re.fullmatch(m.group()) and not _asked(sentence, m.start(), profile)
    )


def _asked(sentence: str, at: int, profile: Profile) -> bool:
    """True when an indirect question (Profile.indirect_question) opens before `at` in its
    clause: "n'a pas dit comment il voterait" (has not said how he will vote) is a mood
    of the question, which reports nothing."""
    start, _ = facts.clause_of(sentence, (at, at + 1))
    return bool(profile.indirect_question) and (
        profile.indirect_question_re.search(sentence, start, at) is not None
    )


def _kept_in_group(
    items: list[Placed], texts: list[str], lost: set[int], profiles: tuple[Profile, Profile]
) -> set[int]:
    """Of the lost hedged clauses of A whose most similar B sentence lies outside their
    aligned group, those whose group's B text has as many hedges and words that may hedge
    as the group's hedged clauses have hedges: the translation the aligner paired keeps
    them."""
    kept: set[int] = set()
    for view in {id(items[k][0]): items[k][0] for k in lost}.values():
        mine = [k for k, (other, _) in enumerate(items) if other is view]
        need = sum(len(profiles[0].hedge_re.findall(texts[k])) for k in mine)
        if view.b.text and _rendering(view.b.text, profiles[1], 0, figures=False) >= need:
            kept.update(k for k in mine if k in lost)
    return kept


def _reading(side: Side, span: Span) -> str:
    """The text a hedged clause is matched by: the clause, or where the clause is the hedge
    alone ("как сообщается,", "selon des informations,", "apparently,"), its sentence: a
    hedge set off by commas qualifies the sentence it stands in, and its own two words
    read like any sentence's."""
    if len(_other_words(side.text, span)) >= _OWN_WORDS:
        return side.text[slice(*facts.clause_of(side.text, span))]
    return _sentence(side, span)


def _other_words(text: str, span: Span) -> list[str]:
    """The words of the clause that holds `span`, but those of the span."""
    start, end = facts.clause_of(text, span)
    return [
        word.text
        for word in facts.words(text[start:end])
        if not span[0] <= start + word.start < span[1]
    ]


def _sentence(side: Side, span: Span) -> str:
    """The sentence of a side's text that holds the start of `span`."""
    return side.text[slice(*_sentence_span(side, span))]


def _sentence_span(side: Side, span: Span) -> Span:
    """Where the sentence of a side's text that holds the start of `span` is."""
    spans = _sentence_spans(side.starts, len(side.text))
    return next(((s, e) for s, e in spans if s <= span[0] < e), (0, len(side.text)))


_OWN_WORDS = 2
"""The fewest words besides its hedge a clause needs to be read on its own."""


def _sentence_spans(starts: tuple[int, ...], length: int) -> list[Span]:
    """(start, end) of each sentence of a side's text, from where each begins."""
    ends = [*starts[1:], length]
    return [(start, end) for start, end in zip(starts, ends, strict=True) if end > start]
