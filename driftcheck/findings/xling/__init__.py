"""Findings between versions in two languages (or two versions in a language other than English).

Words cannot be compared across languages, so every rule here compares values read with
each side's language profile (driftcheck.findings.profiles), over units of paragraphs
alignment ties together (see units): figures, dates, negations, hedges, names,
attribution and quotes (quotes by meaning, with the embedder that aligned the pair).
A rule that needs a profile is skipped when a side has none; `skipped_rules` says which.
Omitted and added sentences are still reported, unless the sentence translates part of
a sentence on the other side of its unit (a translator's split or merge): that is
reported at info, with the similarity.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile, profile_for, skipped_rules
from driftcheck.findings.structure import Sentences, check_structure
from driftcheck.findings.xling import (
    dropped_sources,
    facts,
    hedges,
    moved,
    names,
    negated_clauses,
    people,
    polarity,
    quote_length,
    quote_pairing,
    quote_story,
    quote_superlatives,
    quote_words,
    quotes,
    ranges,
    referred_parties,
    renderings,
    respellings,
    rules,
    said_alone,
    sources,
    speaker_meaning,
    speakers,
    splits,
    unnamed_speakers,
    whole_dates,
)
from driftcheck.findings.xling.negation import SENTENCE_AGREES, check_negation
from driftcheck.findings.xling.splits import SPLIT_SIMILARITY
from driftcheck.findings.xling.units import Unit, units
from driftcheck.types import AlignmentGroup, Document, Finding, Kind, Severity

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

__all__ = ["REPAIR_SIMILARITY", "SPLIT_SIMILARITY", "detect_across", "repaired", "skipped_rules"]

REPAIR_SIMILARITY = 0.45
"""An omitted and an added sentence, each the other's best match this similar, are a pair."""


def detect_across(
    a: Document,
    b: Document,
    groups: Sequence[AlignmentGroup],
    languages: tuple[str, str],
    embedder: Embedder | None = None,
) -> tuple[Finding, ...]:
    """All cross-language findings, unit by unit in reading order."""
    views = [GroupView(n, group, a, b) for n, group in enumerate(groups)]
    sentences = Sentences(a, b, views)
    profiles = (profile_for(languages[0]), profile_for(languages[1]))
    found: list[Finding] = []
    both = _both(profiles)
    story = people.story_names(views, both[0]) if both is not None else None
    quoted = speakers.story_speakers(views, both[0]) if both is not None else frozenset()
    lengths = quote_length.pair_lengths(a.text, b.text, both) if both is not None else None
    parties = (
        speakers.story_parties(views, both[0]) if both is not None and story is not None else {}
    )
    said_by = speaker_meaning.story_quoted(views, both[0], parties) if both is not None else ()
    if both is not None:
        speaker_meaning.embed_speakers(views, both, said_by, embedder)
    mentions = referred_parties.Mentions(a, b)
    links = repaired(views, a, b, embedder)
    told_figures, told_dates = (  # what each version states over the whole story
        rules.story_figures(views, languages, profiles),
        rules.story_dates(views, both) if both is not None else None,
    )
    shifts: list[int] = []  # per unit in reading order: B's negated clauses less A's
    unit_of: dict[int, int] = {}  # group index -> its unit's place in `shifts`
    story_units = units(views, a, b, [(i, j) for i, j, _ in links])
    pairings = (  # each unit's quotes paired once, for the story and for the unit
        [quote_pairing.paired(unit, both, embedder) for unit in story_units]
        if both is not None
        else []
    )
    quoted_story = quote_story.story_similarities(pairings)
    for place, unit in enumerate(story_units):
        unit_of.update((view.index, len(shifts)) for view in unit.views)
        shifts.append(_negation_shift(unit, both))
        in_unit: list[Finding] = []
        for view in unit.views:
            in_unit += check_structure(view, sentences)
        in_unit = splits.covered(
            splits.splits(
                splits.relinked(splits.fragments(in_unit, a, b), a, b, links), unit, embedder
            ),
            unit,
            languages,
        )
        if both is not None:
            in_unit = said_alone.said_alone(in_unit, unit, both)
        facts_found = rules.check_figures(unit, languages, profiles, told_figures)
        if both is not None and story is not None and lengths is not None:
            facts_found += rules.check_dates(unit, both, told_dates)
            facts_found += polarity.merged(
                check_negation(unit, both, embedder), polarity.check_polarity(unit, both)
            )
            facts_found += hedges.check_hedges(unit, both, embedder)
            facts_found += _attributions(
                unit, both, story, (quoted, parties, said_by, mentions), embedder
            )
            facts_found += quotes.check_quotes(
                unit, both, embedder, lengths, story=quoted_story, quoted=pairings[place]
            )
            facts_found += quote_words.softened_quotes(unit, both)
            facts_found += quote_superlatives.check_superlatives(unit, both)
        facts_found = _inside_quotes(
            ranges.one_range(whole_dates.one_date(facts_found, unit), unit)
        )
        if both is not None:
            facts_found = quote_words.one_per_quote(
                quote_words.hedged_quotes(facts_found, unit, both),
                quote_words.quoted_spans(unit, "b", both[1]),
            )
        found += in_unit + _placed_in_b(facts_found, unit, links)
    if both is not None:
        found += respellings.check_respellings(views, both, found)
        found = _story_agrees(found, views, both, (shifts, unit_of), embedder)
    return tuple(sorted(found, key=_order))


def _negation_shift(unit: Unit, profiles: tuple[Profile, Profile] | None) -> int:
    """How many more negated clauses the unit's B text has than its A text (see
    xling.renderings.shift)."""
    return 0 if profiles is None else renderings.shift(unit, profiles)


def _story_agrees(
    found: list[Finding],
    views: Sequence[GroupView],
    profiles: tuple[Profile, Profile],
    shifts: tuple[list[int], dict[int, int]],
    embedder: Embedder | None = None,
) -> list[Finding]:
    """Negation flips, and hedges added, only where the story changed the same way.

    A unit of paragraphs can miss a clause the aligner put in a neighbouring unit. Where
    the whole story has as many negated clauses in B as in A (or changed the other way),
    a flip stands only on the evidence of its whole sentence, and not where a
    neighbouring unit has the negation the unit lacks (or lacks the one it has) or the
    story has a flip the other way (a clause moved between units the aligner kept
    apart), when that negated sentence reads closer to the flip's own than its group's
    other side does (see xling.moved; with no embedder, whenever there is one).
    Translators hedge by idiom more than drifts do, so an added hedge needs the story to
    gain one.
    """
    by_unit, unit_of = shifts
    flips = [f for f in found if f.rule == "negation.flipped" and not _by_opposites(f)]
    a_text = [view.a.text for view in views if view.a.text]
    b_text = [view.b.text for view in views if view.b.text]

    def change(find: Callable[[str, Profile], list[tuple[int, int]]]) -> int:
        before = sum(len(find(text, profiles[0])) for text in a_text)
        return sum(len(find(text, profiles[1])) for text in b_text) - before

    negation = sum(by_unit)  # the story's count, less the negations rendered without a word
    hedges = change(facts.hedged)
    kept = []
    for finding in found:
        if finding.rule == "negation.flipped" and _by_opposites(finding):
            kept.append(finding)  # its words are the evidence, whatever the story's count
            continue
        if finding.rule == "negation.flipped" and finding.group in unit_of:
            gone = finding.a_span is not None
            at = unit_of[finding.group]
            own, counterpart = _sides(views[finding.group], gone)
            beside = [  # the other side's negated sentences of a neighbour that balances
                _sides(view, gone)[1]
                for n in (at - 1, at + 1)
                if 0 <= n < len(by_unit) and (by_unit[n] > 0 if gone else by_unit[n] < 0)
                for view in views
                if unit_of.get(view.index) == n
                and negated_clauses.negated(_sides(view, gone)[1], profiles[1 if gone else 0])
            ]
            other_way = [
                _sides(views[f.group], gone)[1]
                for f in flips
                if (f.a_span is None) == gone and f.group is not None
            ]
            evidence = SENTENCE_AGREES in finding.message
            if (negation == 0 or (negation < 0) != gone) and (
                moved.moved(embedder, own, counterpart, beside)
                or moved.moved(embedder, own, counterpart, other_way)
                or not evidence
            ):
                continue  # the story as a whole kept its negations
        if finding.rule == "hedge.added" and hedges <= 0:
            continue  # a translator's idiom hedges more often than a drift does
        kept.append(finding)
    return kept


def _sides(view: GroupView, gone: bool) -> tuple[str, str]:
    """A group's text on the side of a flip's negated clause (A where the negation is gone),
    then its other side's."""
    return (view.a.text, view.b.text) if gone else (view.b.text, view.a.text)


def _by_opposites(finding: Finding) -> bool:
    """True for a negation flip read from words of opposite sense (see xling.polarity)."""
    return finding.message.startswith(polarity.POLARITY)


def _inside_quotes(found: list[Finding]) -> list[Finding]:
    """Leave out a negation or hedge change inside a quote already reported as changed.

    A negation flipped inside that quote is the quote now saying the opposite: its
    evidence goes into the quote finding's message ("also negation gone in B: ..."),
    not a second finding on the same words. A flip in a quote no quote finding covers
    stays negation.flipped: annotators file such a flip under negation (22 labels on
    the dev splits, none under quote), and hedges are folded by xling.quote_words.
    A figure removed from the part of a quote B cut off (quote.shortened) went with the
    cut words: it is evidence in the quote finding too.
    """
    quoted = [f for f in found if f.rule.startswith("quote.")]

    def within(inner: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
        return inner is not None and outer is not None and outer[0] <= inner[0] < outer[1]

    def host(finding: Finding) -> Finding | None:
        if finding.rule == "number.removed":
            cuts = (q for q in quoted if q.rule == "quote.shortened")
            return next((q for q in cuts if within(finding.a_span, q.a_span)), None)
        if finding.rule not in ("negation.flipped", "hedge.dropped", "hedge.added"):
            return None
        return next(
            (
                q
                for q in quoted
                if within(finding.a_span, q.a_span) or within(finding.b_span, q.b_span)
            ),
            None,
        )

    hosts = {id(f): h for f in found if (h := host(f)) is not None}
    extra: dict[int, list[Finding]] = {}
    for finding in found:
        if id(finding) in hosts and finding.rule in ("negation.flipped", "number.removed"):
            extra.setdefault(id(hosts[id(finding)]), []).append(finding)
    return [_folded(f, extra[id(f)]) if id(f) in extra else f for f in found if id(f) not in hosts]


def _folded(host: Finding, folded: list[Finding]) -> Finding:
    """The quote finding with the evidence folded into it in its message; one held at
    info (xling.quote_story) stands with the folded findings' severity, or a warning:
    two signals agree on that quote."""
    message = "; also ".join([host.message, *(f.message for f in folded)])
    if quote_story.ALIKE not in host.message:
        return replace(host, message=message)
    severity = max(
        [host.severity, Severity.WARNING, *(f.severity for f in folded)], key=lambda s: s.rank
    )
    return replace(host, message=message, severity=severity)


def _placed_in_b(
    found: list[Finding], unit: Unit, links: list[tuple[int, int, float]]
) -> list[Finding]:
    """A finding on a sentence of A that alignment left unpaired also points at its translation.

    That is the B sentence `repaired` paired it with, else the unit's first unpaired B
    sentence: where a reader of B finds the changed fact.
    """
    partner = {i: j for i, j, _ in links}
    lonely_b = [j for view in unit.views if not view.paired for j in view.group.b]
    out = []
    for finding in found:
        group = None if finding.group is None else unit.by_index(finding.group)
        if finding.b_span is not None or group is None or group.b.text or not group.group.a:
            out.append(finding)
            continue
        target = next((partner[i] for i in group.group.a if i in partner), None)
        if target is None and lonely_b:
            target = lonely_b[0]
        if target is None:
            out.append(finding)
            continue
        sentence = group.b.doc.sentences[target]
        out.append(replace(finding, b_span=(sentence.start, sentence.end), b_text=sentence.text))
    return out


def _attributions(
    unit: Unit,
    both: tuple[Profile, Profile],
    story: people.StoryNames,
    known: tuple[
        frozenset[str],
        Mapping[str, frozenset[str]],
        Sequence[speaker_meaning.Quoted],
        referred_parties.Mentions,
    ],
    embedder: Embedder | None,
) -> list[Finding]:
    """The unit's name and attribution findings: each attribution rule reports only the
    groups the rules before it did not (names, sources, speakers by name and kind, by
    meaning, unnamed speakers, parties referred to, then dropped sources)."""
    quoted, parties, said_by, mentions = known
    named = names.check_names(unit, both, story)
    told = {f.group for f in named if f.rule.startswith("attribution.")}
    sourced = sources.check_sources(
        unit, both, told, story.a_keys, story.a_common, a_people=story.a_people
    )
    told |= {f.group for f in sourced}
    spoken = speakers.check_speakers(unit, both, story, quoted, told, parties=parties)
    told |= {f.group for f in spoken}
    meant = speaker_meaning.check_speaker_meaning(unit, both, said_by, embedder, told)
    told |= {f.group for f in meant}
    unnamed = unnamed_speakers.check_unnamed(
        unit, both, said_by, story.a_people, told, embedder=embedder
    )
    told |= {f.group for f in unnamed}
    referred = referred_parties.check_referred(unit, both, mentions, told)
    told |= {f.group for f in referred} | {f.group for f in named if f.rule == "entity.dropped"}
    return (
        named
        + sourced
        + spoken
        + meant
        + unnamed
        + referred
        + dropped_sources.check_dropped(
            unit, both, told, story.a_named, embedder, b_glosses=story.b_glosses
        )
    )


def _both(profiles: tuple[Profile | None, Profile | None]) -> tuple[Profile, Profile] | None:
    a, b = profiles
    return None if a is None or b is None else (a, b)


def _order(item: Finding) -> tuple[int, int, int]:
    group = item.group if item.group is not None else 10**9
    offset = item.a_span[0] if item.a_span else item.b_span[0] if item.b_span else 0
    return (group, 0 if item.a_span else 1, offset)


def repaired(
    views: Sequence[GroupView], a: Document, b: Document, embedder: Embedder | None
) -> list[tuple[int, int, float]]:
    """(A sentence, B sentence, similarity): omitted and added sentences that translate each other.

    Each is the other's most similar among the sentences alignment left unpaired, at
    REPAIR_SIMILARITY or more (a sentence a translator moved inside its paragraph).
    """
    omitted = [i for view in views if view.group.kind is Kind.OMITTED for i in view.group.a]
    added = [j for view in views if view.group.kind is Kind.ADDED for j in view.group.b]
    if embedder is None or not omitted or not added:
        return []
    rows = embedder.embed(
        [a.sentences[i].text for i in omitted] + [b.sentences[j].text for j in added]
    )
    sims = rows[: len(omitted)] @ rows[len(omitted) :].T
    pairs = []
    for n, i in enumerate(omitted):
        m = int(sims[n].argmax())
        if int(sims[:, m].argmax()) == n and float(sims[n, m]) >= REPAIR_SIMILARITY:
            pairs.append((i, added[m], float(sims[n, m])))
    return pairs
