"""A corpus run as SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning and others).

One run: the driver lists every rule driftcheck knows with its default level, and each
counted finding is a result on the target version (on the source version when only A
has a span), with a region in lines and columns (Unicode code points, CRLF, LF and CR
ending lines) and the baseline fingerprint as `partialFingerprints["driftcheck/v1"]`.
Pairs that could not be compared are tool execution notifications, and the invocation
is then not successful.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

import driftcheck
from driftcheck.corpus import CorpusResult, PairResult
from driftcheck.findings import RULES
from driftcheck.report.check_json import Region, fingerprinted, locate, region
from driftcheck.textio import without_surrogates
from driftcheck.types import Finding, Severity

__all__ = ["FINGERPRINT_KEY", "SARIF_SCHEMA", "render_sarif"]

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "driftcheck/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
"""driftcheck severity -> SARIF level."""

_RULE_INDEX = {rule: index for index, rule in enumerate(RULES)}


def render_sarif(result: CorpusResult) -> str:
    """The run as an indented SARIF 2.1.0 log with a trailing newline."""
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": _driver()},
                "invocations": [_invocation(result)],
                "columnKind": "unicodeCodePoints",
                "newlineSequences": ["\r\n", "\n", "\r"],
                "results": [
                    _result(pair, finding, print_)
                    for pair in result.results
                    for finding, print_ in fingerprinted(pair)
                ],
                "properties": {"root": result.root.as_posix(), "failOn": result.fail_on},
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _driver() -> dict[str, Any]:
    """driftcheck and its rules, each with its one-line summary and default level."""
    return {
        "name": "driftcheck",
        "version": driftcheck.__version__,
        "semanticVersion": driftcheck.__version__,
        "rules": [
            {
                "id": rule.id,
                "shortDescription": {"text": rule.summary},
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
            }
            for rule in RULES.values()
        ],
    }


def _invocation(result: CorpusResult) -> dict[str, Any]:
    """Whether every pair could be compared, and a notification for each that could not."""
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{pair.spec.name}: {pair.error}"},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": _uri(pair.spec.target)}}}
            ],
        }
        for pair in result.errors
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _result(pair: PairResult, finding: Finding, fingerprint: str) -> dict[str, Any]:
    """One finding as a SARIF result; with both spans, A's is a related location."""
    path, where = locate(pair, finding)
    entry: dict[str, Any] = {"ruleId": finding.rule}
    if finding.rule in _RULE_INDEX:
        entry["ruleIndex"] = _RULE_INDEX[finding.rule]
    entry["level"] = LEVELS[finding.severity]
    entry["message"] = {"text": finding.message}
    entry["locations"] = [_location(path, where)]
    report = pair.report
    if report is not None and finding.a_span is not None and finding.b_span is not None:
        related = _location(pair.spec.source, region(report.a.text, finding.a_span))
        related["id"] = 1
        related["message"] = {"text": f"in the source version {pair.spec.source.name}"}
        entry["relatedLocations"] = [related]
    entry["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    entry["properties"] = {"story": pair.spec.story, "source": pair.spec.source.as_posix()}
    return entry


def _location(path: Path, where: Region | None) -> dict[str, Any]:
    """A physical location: the file as a URI reference and, when known, the region.

    A finding about the story as a whole points at line 1, since code-scanning tools
    want a line to show.
    """
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if where is None:
        physical["region"] = {"startLine": 1}
    else:
        physical["region"] = {
            "startLine": where.start_line,
            "startColumn": where.start_column,
            "endLine": where.end_line,
            "endColumn": where.end_column,
        }
    return {"physicalLocation": physical}


def _uri(path: Path) -> str:
    """A relative path as a relative URI reference (percent-encoded); absolute as file://."""
    if path.is_absolute():
        return path.as_uri()
    try:
        name = os.fsencode(path.as_posix())  # a non-UTF-8 name keeps its bytes
    except UnicodeEncodeError:  # not a name the file system gave
        name = without_surrogates(path.as_posix()).encode("utf-8")
    return quote(name, safe="/")
