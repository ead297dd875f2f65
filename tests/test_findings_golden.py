"""Golden cases for the findings engine: tests/cases/findings/*.case, one story pair per file.

A case file reads:

    # What the case shows (one or more comment lines).
    locale: de                      (optional, before the first section)
    --- a
    version A
    --- b
    version B
    --- expect
    rule severity detail            (every finding, in order; detail = message after "what: ")
    --- absent
    rule                            (rules the case shows are NOT raised)

Versions are aligned with the deterministic FakeEmbedder, so each case pairs sentences
the way any model would.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from driftcheck.findings import RULES, detect
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding
from tests.helpers import read_sections

CASES = Path(__file__).parent / "cases" / "findings"
CASE_FILES = sorted(CASES.glob("*.case"))


@dataclass(frozen=True)
class FindingsCase:
    """A golden case: two versions, the findings expected in order, and rules expected absent."""

    name: str
    a: str
    b: str
    locale: str
    expect: list[str]
    absent: list[str]


def load_findings_case(path: Path) -> FindingsCase:
    """Parse a findings .case file (format in the module docstring)."""
    sections = read_sections(path)
    header = [line for line in sections[""] if not line.startswith("#")]
    options = dict(line.split(":", 1) for line in header if ":" in line)
    return FindingsCase(
        name=path.stem,
        a="\n".join(sections["a"]).strip() + "\n",
        b="\n".join(sections["b"]).strip() + "\n",
        locale=options.get("locale", "en").strip(),
        expect=[line.strip() for line in sections.get("expect", []) if line.strip()],
        absent=[line.strip() for line in sections.get("absent", []) if line.strip()],
    )


def describe(finding: Finding) -> str:
    """'rule severity detail', the line a case file expects for a finding."""
    detail = finding.message.split(": ", 1)[-1]
    return f"{finding.rule} {finding.severity.value} {detail}"


def run_case(case: FindingsCase) -> list[Finding]:
    """The findings for a case's two versions."""
    report = Comparer(embedder=FakeEmbedder()).compare(case.a, case.b)
    return list(detect(report.a, report.b, report.alignments, locale=case.locale))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_golden_findings(path: Path) -> None:
    case = load_findings_case(path)
    found = run_case(case)
    assert [describe(f) for f in found] == case.expect


def test_cases_do_not_expect_a_rule_they_declare_absent() -> None:
    """`absent` is checked by the exact `expect` list; a case must not contradict itself."""
    for path in CASE_FILES:
        case = load_findings_case(path)
        expected = {line.split(" ", 1)[0] for line in case.expect}
        assert not expected & set(case.absent), path.name


def test_cases_name_only_known_rules() -> None:
    for path in CASE_FILES:
        case = load_findings_case(path)
        named = {line.split(" ", 1)[0] for line in case.expect} | set(case.absent)
        assert named <= set(RULES), path.name


def test_every_rule_has_a_positive_and_a_negative_case() -> None:
    cases = [load_findings_case(path) for path in CASE_FILES]
    positive = {line.split(" ", 1)[0] for case in cases for line in case.expect}
    negative = {rule for case in cases for rule in case.absent}
    assert set(RULES) - positive == set()
    assert set(RULES) - negative == set()
