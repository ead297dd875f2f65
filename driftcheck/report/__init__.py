"""Renderers of a Report, and the exit codes every command shares."""

from __future__ import annotations

from enum import IntEnum

from driftcheck.types import Report, Severity


class ExitCode(IntEnum):
    """What the process tells its caller; the only place these numbers are defined."""

    OK = 0
    DRIFT = 1  # a finding at or above the --fail-on severity
    ERROR = 2  # bad usage or unreadable input: a one-line message on stderr
    INTERNAL = 3  # a bug in driftcheck: please report it


FAIL_ON = ("error", "warning", "info", "never")


def exit_code(report: Report, fail_on: str) -> ExitCode:
    """DRIFT when a finding is at least as severe as `fail_on` ('never' never fails)."""
    if fail_on == "never":
        return ExitCode.OK
    threshold = Severity(fail_on).rank
    failed = any(finding.severity.rank >= threshold for finding in report.findings)
    return ExitCode.DRIFT if failed else ExitCode.OK
