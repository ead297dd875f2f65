"""Attribution: who said it must survive the edit (reporting.py reads the attributions).

Only attributions whose statement the other side keeps count (`statement_kept`): one cut or
added with its statement is no change of who said it. The statement is the clause after the
attribution when it has one ("investigators said no evidence was found"; in a clause opened
by "while", "although" or the like, only up to the comma closing it), else the rest of its
sentence. A group whose A text attributes and whose B text does not is
attribution.dropped (and the reverse attribution.added). An attribution at the place the
diff carries A's to is the same slot: attribution.changed only when both name a source and
neither source is in the other side ("Father Federico added" -> "He added" is no change).
Else, when a source of A is nowhere in B's text, it is attribution.changed if B names a
source A does not, else attribution.dropped, unless a sentence of B that holds the statement
attributes it to a source A names too ("Mr Jambon said" -> "the minister said"). Sources
match as names do (China's foreign ministry = the Chinese Foreign Ministry). Nor is one
dropped (or added) when the other version, read whole, gives most of the words of its
statement (three in five, as for `statement_kept`) to a source sharing a word with it in
one sentence of another group (a sentence split, merged or moved; a rewrite drops a word or
two), or when the other side's sentences carry on a quotation that the sentence before
them attributes to the same source (reporting.continued_quotations: "A spokesman said:
''... ''Repairs will take a week.''").
"""

from __future__ import annotations

import re
from dataclasses import replace

from driftcheck.findings.context import GroupView, Side, excerpt
from driftcheck.findings.lexicon import canonical_words, holds, related, roots, stem_set
from driftcheck.findings.reporting import (
    AGENTLESS,
    WINDOW,
    Attribution,
    Said,
    attributions,
    sentence_at,
    sentence_of,
    source_words,
)
from driftcheck.types import Finding, Severity

_ALSO_REPORTS = re.compile(
    r"\b(?:confirm(?:s|ed)?|explain(?:s|ed)|not(?:es|ed)|reveal(?:s|ed)|disclos(?:es|ed)|"
    r"stress(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|argu(?:es|ed)|tweet(?:s|ed)|"
    r"testif(?:ies|ied)|adding|saying|(?:show(?:s|ed)?|f(?:ound|inds)) that)\b",
    re.IGNORECASE,
)
"""Verbs that report speech less plainly (confirmed, noted, tweeted; the participles "adding
that", "saying"; a source's findings, "showed that", "found that"): a side using one with a
source still attributes, so the other side's "said" adds no attribution (nor is it dropped);
they raise no finding of their own (an editor rewords "confirmed" to "said" freely)."""

_CLAUSE_WORDS = 3
CALIBRATED = Severity.INFO
"""The severity of two attribution findings whose warnings were mostly wrong on the
real-copy bench's development splits (bench/realcopy.py, dev+dev2+dev3, 256 pairs; table in
bench/RESULTS.md, h-prec9). attribution.changed (5 of 12 right): copy names a source again
in other words far more often than it swaps one ("HSBC said" -> "the bank said", "the MP
said" -> "Mr Murphy said"), and the pair alone does not tell the two apart.
attribution.added on a pair the aligner is sure of (7 of 16 right): B adds a credit to a
sentence it kept, mostly one the story already gives ("police said" after what police did).
attribution.dropped, and attribution.added on a rewritten (low-confidence) pair, keep
warning."""
_KEPT = 0.6


def statement_kept(side: Side, attribution: Attribution, other_pool: frozenset[str]) -> bool:
    """True when the statement an attribution qualifies is in the other side too.

    The statement is the rest of the attribution's sentence; it is kept when the other
    side has at least `_KEPT` of its content words, in any inflection (lexicon.root: "killing"
    is kept by "killed", "attacked" by "attacking"). An attribution that leaves (or
    arrives) with its whole statement is a statement cut (or added), not a change of who
    said it.
    """
    words = _statement(side, attribution)
    if not words:
        return False
    kept = sum(1 for word in words if holds(word, other_pool))
    return kept >= _KEPT * len(words)


def _statement(side: Side, attribution: Attribution) -> set[str]:
    """The content words of the statement an attribution qualifies: what follows it in its
    sentence when that is a clause of `_CLAUSE_WORDS` or more ("investigators said no
    evidence was found"), else what precedes it (", police said.")."""
    n = sentence_at(side, attribution.start)
    end = _statement_end(side, n, attribution)
    after = set(source_words(side.text[attribution.end : end]))
    if len(after) >= _CLAUSE_WORDS:
        return after
    return set(source_words(side.text[side.starts[n] : attribution.start])) | after


_SUBORDINATE = re.compile(r"(?:while|although|though|whereas|even though|even as)\b", re.I)


def _statement_end(side: Side, n: int, attribution: Attribution) -> int:
    """Where the statement after an attribution in sentence `n` ends: at the sentence's end,
    or, when the attribution sits in a clause that opens the sentence with "while",
    "although" or the like, at the comma closing that clause ("While he insisted he knew
    nothing, he was ...": he insisted only that he knew nothing)."""
    end = side.starts[n + 1] if n + 1 < len(side.starts) else len(side.text)
    opening = side.text[side.starts[n] : attribution.start].lstrip("\"“‘'( ")
    if _SUBORDINATE.match(opening.removeprefix("And ").removeprefix("But ")) and "," not in opening:
        comma = side.text.find(",", attribution.end, end)
        return comma if comma >= 0 else end
    return end


def check_attribution(view: GroupView, whole: tuple[Said, Said] | None = None) -> list[Finding]:
    """attribution.dropped / attribution.added / attribution.changed for one group.

    Only attributions whose statement the other side keeps count (see statement_kept).
    With `whole` (both versions' attributions, read once per story), an attribution that
    the other version still gives, by the same source and to the same statement, in a
    sentence of another group (the sentence was split, merged or moved) is neither dropped
    nor added.
    """
    a_pool = stem_set(canonical_words(view.a.text))
    b_pool = stem_set(canonical_words(view.b.text))
    a_roots, b_roots = roots(view.a.text), roots(view.b.text)
    a_found = [a for a in attributions(view.a) if statement_kept(view.a, a, b_roots)]
    b_found = [b for b in attributions(view.b) if statement_kept(view.b, b, a_roots)]
    a_all, b_all = attributions(view.a), attributions(view.b)
    a_lost = [a for a in a_found if whole is None or not _given_elsewhere(view.a, a, whole[1])]
    b_new = [b for b in b_found if whole is None or not _given_elsewhere(view.b, b, whole[0])]
    if whole is not None:  # the other side carries on a quotation attributed before it
        a_lost = [a for a in a_lost if not _continued(view.b.sentences, whole[1], a)]
        b_new = [b for b in b_new if not _continued(view.a.sentences, whole[0], b)]
    if a_found and not b_all and not _also_reports(view.b.text):
        return [_report(view, "attribution.dropped", a_lost[0], None)] if a_lost else []
    if b_found and not a_all and not _also_reports(view.a.text):
        return [_report(view, "attribution.added", None, b_new[0])] if b_new else []
    found = []
    answered: set[int] = set()
    for attribution in a_found:
        slot = _counterpart(view, attribution, b_all)
        if slot is not None:
            answered.add(id(slot))
            if _renamed(attribution, slot, a_pool, b_pool):
                found.append(_report(view, "attribution.changed", attribution, slot))
            continue
        if not attribution.source or _named_in(attribution, b_pool):
            continue
        new_sources = [
            b for b in b_found if id(b) not in answered and b.source and not _named_in(b, a_pool)
        ]
        if new_sources:
            answered.add(id(new_sources[0]))
            found.append(_report(view, "attribution.changed", attribution, new_sources[0]))
        elif not _still_attributed(view, attribution, b_all) and attribution in a_lost:
            found.append(_report(view, "attribution.dropped", attribution, None))
    return found


def _continued(sentences: tuple[int, ...], said: Said, attribution: Attribution) -> bool:
    """True when every sentence of a side carries on a quotation attributed before it
    (reporting.continued_quotations) to the attribution's source: its statement is still
    attributed, though the sentence names no source. The source is the same unless both
    name one and they share no word ("A party spokesman said" is not "Patrick Harvie,
    the co-convener, said"); a pronoun ("she said") names none."""
    if not sentences or any(index not in said.continued for index in sentences):
        return False
    for index in sentences:
        speaker = stem_set(list(said.continued[index]))
        if speaker and attribution.source and not _named_in(attribution, speaker):
            return False
    return True


def _also_reports(text: str) -> bool:
    """True when a text reports speech with a verb that raises no finding ("has confirmed")."""
    return any(
        not AGENTLESS.search(text, max(0, m.start() - WINDOW), m.start())
        for m in _ALSO_REPORTS.finditer(text)
    )


def _still_attributed(view: GroupView, attribution: Attribution, b_all: list[Attribution]) -> bool:
    """True when a sentence of B that holds A's statement has an attribution of its own: the
    statement is still attributed, by a source A names too ("Mr Jambon said" -> "the
    minister said"), so nothing was dropped."""
    statement = _statement(view.a, attribution)
    for other in b_all:
        pool = roots(sentence_of(view.b, other.start))
        if statement and sum(holds(w, pool) for w in statement) >= _KEPT * len(statement):
            return True
    return False


def _given_elsewhere(side: Side, attribution: Attribution, other: Said) -> bool:
    """True when a sentence of the other version (read whole) holds most content words of
    the attribution's statement (Said.gives) and attributes it to a source naming this one
    (by its capitalised words when it has any, else by any word): "Bangladeshi officials say
    another 300,000 ..." -> "..., but officials say another 300,000 ..."."""
    statement = _said(side, attribution) or _statement(side, attribution)
    if not statement or not attribution.source:
        return False
    return other.gives(attribution.names or attribution.source, statement)


def _said(side: Side, attribution: Attribution) -> set[str]:
    """The content words after an attribution in its sentence when there are at least two
    and no punctuation sets them off ("the court said he violated the constitution"; not
    "according to results published by TRT, the state broadcaster"), else none."""
    n = sentence_at(side, attribution.start)
    rest = side.text[attribution.end : _statement_end(side, n, attribution)]
    after = set(source_words(rest))
    return after if len(after) >= 2 and rest.lstrip()[:1].isalnum() else set()


def _counterpart(
    view: GroupView, attribution: Attribution, b_all: list[Attribution]
) -> Attribution | None:
    """The B attribution at the place the diff carries A's attribution to, if any."""
    start, end = view.to_b(attribution.start, attribution.end)
    return next((b for b in b_all if b.start < max(end, start + 1) and start < b.end), None)


def _renamed(
    a: Attribution, b: Attribution, a_pool: frozenset[str], b_pool: frozenset[str]
) -> bool:
    """True when two attributions in the same place name different sources.

    Both must name a source (a pronoun says nothing new), and neither side may name the
    other's source anywhere in the group ("state TV reported" -> "state media reported"
    is the same source).
    """
    if not (a.source and b.source):
        return False
    return not _named_in(a, b_pool) and not _named_in(b, a_pool)


def _named_in(attribution: Attribution, pool: frozenset[str]) -> bool:
    """Whether the source is still named: by one of its names if it has any, else any word."""
    return any(related(word, pool) for word in attribution.names or attribution.source)


def _phrase(side: Side, attribution: Attribution) -> str:
    """The attribution as written, for a message."""
    return excerpt(side.text[attribution.start : attribution.end], 60)


def _report(view: GroupView, rule: str, a: Attribution | None, b: Attribution | None) -> Finding:
    """A finding naming the attribution of A, of B, or both (at CALIBRATED where it says)."""
    phrases = [f'"{_phrase(view.a, a)}"'] if a is not None else []
    phrases += [f'"{_phrase(view.b, b)}"'] if b is not None else []
    found = view.finding(
        rule,
        f"{rule.replace('.', ' ')}: {' -> '.join(phrases)}",
        a=None if a is None else (a.start, a.end),
        b=None if b is None else (b.start, b.end),
    )
    confidence = view.group.confidence
    sure = confidence is None or not confidence.low
    if rule == "attribution.changed" or (rule == "attribution.added" and sure):
        return replace(found, severity=CALIBRATED)
    return found
