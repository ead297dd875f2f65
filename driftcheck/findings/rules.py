"""Every rule the findings engine knows: its stable id, default severity and a one-line summary."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from driftcheck.types import Finding, Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of finding: ids are a public contract, severities are defaults users may change."""

    id: str
    severity: Severity
    summary: str


_ERROR, _WARNING, _INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_ALL = (
    Rule("quote.altered", _ERROR, "words inside quotation marks in A were changed in B"),
    Rule("quote.punctuation", _INFO, "only punctuation inside a quote changed (dash to colon)"),
    Rule("quote.marked_edit", _INFO, "a quote was edited the legitimate way: [brackets] or …"),
    Rule("quote.shortened", _INFO, "B quotes a shorter stretch of A's quote, words unchanged"),
    Rule("quote.dropped", _WARNING, "a quote in A has no counterpart in the aligned B text"),
    Rule("quote.unquoted", _INFO, "A's quoted words appear in B without quotation marks"),
    Rule("quote.added", _WARNING, "B puts quotation marks around words A did not quote"),
    Rule("number.changed", _ERROR, "a figure, date, count or ordinal has another value in B"),
    Rule("number.removed", _ERROR, "a figure in an A sentence is missing from its B sentence"),
    Rule("number.added", _ERROR, "a B sentence has a figure its A sentence does not"),
    Rule("number.omitted", _WARNING, "a figure in a sentence B left out, stated nowhere in B"),
    Rule("entity.changed", _WARNING, "a person, organisation, place or title was replaced"),
    Rule("entity.dropped", _WARNING, "a person, organisation, place or title is missing in B"),
    Rule("entity.added", _WARNING, "B names a person, organisation, place or title A did not"),
    Rule("attribution.dropped", _WARNING, "A says who said it (said, according to); B does not"),
    Rule("attribution.added", _WARNING, "B attributes a statement that A did not attribute"),
    Rule("attribution.changed", _WARNING, "the statement is attributed to another source in B"),
    Rule("hedge.dropped", _WARNING, "a hedge (alleged, reportedly, may) is gone: B sounds surer"),
    Rule("hedge.added", _WARNING, "B hedges (alleged, reportedly, may) what A stated"),
    Rule("negation.flipped", _ERROR, "a negation (not, never, no, failed to) appears or vanishes"),
    Rule("wording.substitution", _INFO, "a word or short phrase was replaced by another"),
    Rule("cosmetic", _INFO, "the sentences differ only in quote style, dashes, case or spacing"),
    Rule("sentence.omitted", _WARNING, "a sentence of A has no counterpart in B"),
    Rule("sentence.added", _WARNING, "a sentence of B has no counterpart in A"),
    Rule("sentence.repeated", _INFO, "an omitted or added sentence repeats one kept elsewhere"),
    Rule("paragraph.moved", _WARNING, "a passage appears in a different order in B"),
    Rule("boilerplate.omitted", _INFO, "page furniture, byline or credit of A left out of B"),
    Rule("boilerplate.added", _INFO, "page furniture, byline, dateline or credit added in B"),
    Rule("text.homoglyph", _ERROR, "a B word mixes look-alike letters of Latin, Cyrillic, Greek"),
    Rule("text.hidden", _WARNING, "invisible characters (controls, bidi, zero-width) changed"),
    Rule("story.unrelated", _WARNING, "A and B do not tell the same story; the rest is info"),
)

RULES: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in _ALL})
"""Every rule id -> its Rule, in the order the documentation lists them."""


def finding(
    rule: str,
    message: str,
    group: int | None = None,
    *,
    a_span: tuple[int, int] | None = None,
    b_span: tuple[int, int] | None = None,
    a_text: str | None = None,
    b_text: str | None = None,
) -> Finding:
    """A finding of `rule` at the rule's default severity."""
    return Finding(rule, RULES[rule].severity, message, group, a_span, b_span, a_text, b_text)
