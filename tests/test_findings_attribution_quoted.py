"""Attribution on real copy (#14): a quotation runs on from the sentence that attributes it."""

from __future__ import annotations

from driftcheck.findings.context import make_side
from driftcheck.findings.quote_marks import find_quotes
from driftcheck.findings.reporting import Said
from driftcheck.segment import segment
from tests.test_findings_attribution_moved import attribution_rules

LEAD = "The bridge was shut on Monday."
SAID = f"{LEAD} A council spokesman said engineers found cracks in two beams."
QUOTED = f"{LEAD} A council spokesman said: “Engineers found cracks in two beams."
ATTRIBUTED = f"{SAID} Repairs will take a week, the spokesman said."


def said_in(text: str) -> Said:
    """A whole version's attributions and quotations, read once."""
    doc = segment(text)
    return Said(make_side(doc, range(len(doc.sentences))), find_quotes(doc))


def test_a_quotation_running_on_after_its_attribution_is_continued() -> None:
    said = said_in(f"{QUOTED} “Repairs will take a week.” Traffic is diverted.")
    assert list(said.continued) == [2]  # not the attributing sentence, nor narrative
    assert "spokesman" in said.continued[2]


def test_a_quotation_after_narrative_continues_nothing() -> None:
    said = said_in(f"{LEAD} Engineers found cracks. “Repairs will take a week.”")
    assert said.continued == {}


def test_a_statement_in_a_quotation_run_on_from_the_same_source_is_not_dropped() -> None:
    b = f"{QUOTED} “Repairs will take a week.”"
    assert attribution_rules(ATTRIBUTED, b) == []


def test_a_statement_in_a_quotation_of_another_source_is_dropped() -> None:
    quoted = QUOTED.replace("A council spokesman", "A union leader")
    b = f"{quoted} “Repairs will take a week.”"
    assert "attribution.dropped" in attribution_rules(ATTRIBUTED, b)


def test_a_statement_left_unquoted_and_unattributed_is_still_dropped() -> None:
    b = f"{SAID} Repairs will take a week."
    assert attribution_rules(ATTRIBUTED, b) == ["attribution.dropped"]


def test_a_source_named_for_a_quotation_that_ran_on_in_a_is_not_added() -> None:
    a = f"{QUOTED} “Repairs will take a week.”"
    b = f"{SAID} The spokesman said: “Repairs will take a week.”"
    assert attribution_rules(a, b) == []


def test_a_source_named_for_a_statement_a_left_unattributed_is_added() -> None:
    a = f"{SAID} Repairs will take a week."
    b = f"{SAID} The spokesman said: “Repairs will take a week.”"
    assert attribution_rules(a, b) == ["attribution.added"]
