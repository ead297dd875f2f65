"""A corpus run as JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One test suite, one test case per pair: its class name is the story and its name the
target version's file name. A pair that fails the policy has a <failure> listing its
counted findings; a pair that could not be compared has an <error>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from driftcheck.corpus import CorpusResult, PairResult
from driftcheck.policy import at_or_above
from driftcheck.report._findings import locator, most_telling, ordered, plural
from driftcheck.report.check_json import outcome, tally
from driftcheck.types import Finding, Severity

__all__ = ["render_junit"]

SUITE = "driftcheck"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold even escaped: they become U+FFFD."""


def render_junit(result: CorpusResult) -> str:
    """The run as a JUnit XML document (UTF-8 declaration, trailing newline)."""
    totals = tally(result)
    counts = {
        "tests": str(totals.pairs),
        "failures": str(totals.failed),
        "errors": str(totals.errors),
        "skipped": "0",
    }
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("root", result.root.as_posix()),
        ("fail_on", result.fail_on),
        ("baseline", None if result.baseline is None else result.baseline.as_posix()),
    ):
        if value is not None:
            ET.SubElement(properties, "property", {"name": name, "value": _clean(value)})
    for pair in result.results:
        _testcase(suite, pair, result.fail_on)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _testcase(suite: ET.Element, pair: PairResult, fail_on: str) -> None:
    """One <testcase>: a failure or error when there is one, the pair's numbers as output."""
    spec = pair.spec
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": _clean(spec.story),
            "name": _clean(spec.target.name),
            "file": _clean(spec.target.as_posix()),
        },
    )
    state = outcome(pair, fail_on)
    if state == "error":
        error = ET.SubElement(case, "error", {"message": _clean(pair.error or ""), "type": "error"})
        error.text = _clean(pair.error or "")
        return
    if state == "fail":
        serious = at_or_above(pair.findings, fail_on)
        listed = ordered(pair.findings)
        reasons = [f"{plural(len(serious), 'finding')} at or above {fail_on}"] if serious else []
        message = "; ".join([*reasons, *pair.breaches])
        worst = most_telling(listed)
        kind = "finding" if worst is None else worst.rule
        failure = ET.SubElement(case, "failure", {"message": message, "type": kind})
        failure.text = _clean("\n".join(_line(pair, f) for f in listed))
    ET.SubElement(case, "system-out").text = _clean(_numbers(pair))


def _line(pair: PairResult, finding: Finding) -> str:
    """'error number.changed number changed: 12 -> 15 (A#2 -> B#2)'."""
    where = "whole story" if pair.report is None else locator(pair.report, finding)
    return f"{finding.severity.value} {finding.rule} {finding.message} ({where})"


def _numbers(pair: PairResult) -> str:
    """'drift score 32; 3 errors, 0 warnings, 1 info; source corpus/x/00.txt'."""
    counts = {s: sum(1 for f in pair.findings if f.severity is s) for s in Severity}
    parts = [
        f"drift score {pair.report.drift_score}" if pair.report is not None else "no report",
        ", ".join(
            (
                plural(counts[Severity.ERROR], "error"),
                plural(counts[Severity.WARNING], "warning"),
                f"{counts[Severity.INFO]} info",
            )
        ),
        f"source {pair.spec.source.as_posix()}",
    ]
    if pair.spec.expect is not None:
        parts.append(f"expected {pair.spec.expect}")
    if pair.resolved:
        parts.append(f"{len(pair.resolved)} resolved since the baseline")
    return "; ".join(parts)


def _clean(text: str) -> str:
    """Text XML can carry: characters it forbids become U+FFFD (escaping is ElementTree's)."""
    return _NOT_XML.sub("\ufffd", text)
