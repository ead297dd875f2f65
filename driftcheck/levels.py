"""The three levels the command line parses before any pipeline loads: severity, fail-on, exit code.

They are plain enums with no dependencies, so `driftcheck --help` and option parsing stay
as cheap as typer itself; `driftcheck.types` and `driftcheck.policy` re-export them.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Severity(StrEnum):
    """How much a finding matters to a standards desk, most severe first."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """3 for error, 2 for warning, 1 for info: compare severities with this."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class ExitCode(IntEnum):
    """What the process tells its caller; the only place these numbers are defined."""

    OK = 0
    DRIFT = 1  # the run fails the policy: a finding at --fail-on, a threshold, an expectation
    ERROR = 2  # bad usage or unreadable input: a one-line message on stderr
    INTERNAL = 3  # a bug in driftcheck: please report it


class FailOn(StrEnum):
    """The least severe finding that fails the run; `never` turns findings off as a gate."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"

    @property
    def severity(self) -> Severity | None:
        """The severity this level gates on, None for `never`."""
        return None if self is FailOn.NEVER else Severity(self.value)
