"""What fails a run, in one place: the fail-on level, thresholds, the expect mode, the exit code.

Every command and every renderer asks this module; nothing else compares severities
with a fail-on level or picks an exit code. The levels themselves (`ExitCode`, `FailOn`)
live in `driftcheck.levels`, which the command line loads alone; they are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from driftcheck.levels import ExitCode as ExitCode  # noqa: PLC0414 (re-exported)
from driftcheck.levels import FailOn as FailOn  # noqa: PLC0414 (re-exported)
from driftcheck.types import Finding, Report, Severity


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The most severe finding's severity, None when there are none."""
    return max((f.severity for f in findings), key=lambda s: s.rank, default=None)


def at_or_above(findings: Iterable[Finding], fail_on: FailOn | str) -> list[Finding]:
    """The findings at least as severe as `fail_on` (none for `never`)."""
    threshold = FailOn(fail_on).severity
    if threshold is None:
        return []
    return [f for f in findings if f.severity.rank >= threshold.rank]


def fails(findings: Iterable[Finding], fail_on: FailOn | str) -> bool:
    """True when a finding is at least as severe as `fail_on` (`never` never fails)."""
    return bool(at_or_above(findings, fail_on))


@dataclass(frozen=True, slots=True)
class Policy:
    """How a comparison is judged.

    `max_omitted` is the largest share of A's sentences (percent) B may leave out, and
    `max_drift` the largest drift score (0-100); None turns a threshold off. With
    `expect`, a corpus pair that declares `expect = "pass"` or `"fail"` must have that
    outcome: a known drift that still fails passes the run, one that stops failing fails it.
    """

    fail_on: FailOn = FailOn.ERROR
    max_omitted: float | None = None
    max_drift: int | None = None
    expect: bool = False

    def breaches(self, report: Report) -> tuple[str, ...]:
        """The thresholds `report` goes over, each as a short reason."""
        reasons = []
        omitted = report.summary.percent("omitted")
        if self.max_omitted is not None and omitted > self.max_omitted:
            reasons.append(f"{omitted:.0f}% of A omitted (max-omitted {self.max_omitted:g}%)")
        if self.max_drift is not None and report.drift_score > self.max_drift:
            reasons.append(f"drift score {report.drift_score} (max-drift {self.max_drift})")
        return tuple(reasons)

    def failures(
        self, report: Report, findings: Sequence[Finding] | None = None
    ) -> tuple[str, ...]:
        """Why `report` fails: findings at fail-on (`findings`, default its own), thresholds."""
        serious = at_or_above(report.findings if findings is None else findings, self.fail_on)
        reasons = [] if not serious else [_counted(len(serious), self.fail_on)]
        return (*reasons, *self.breaches(report))


def pair_outcome(failed: bool, expect: str | None, *, expect_mode: bool) -> bool:
    """Whether a compared pair fails the run: its own verdict, or under `expect`, a mismatch."""
    if expect_mode and expect is not None:
        return ("fail" if failed else "pass") != expect
    return failed


def exit_code(*, failed: bool, errors: bool = False) -> ExitCode:
    """ERROR when something could not be compared, else DRIFT when the run fails, else OK."""
    if errors:
        return ExitCode.ERROR
    return ExitCode.DRIFT if failed else ExitCode.OK


def _counted(count: int, fail_on: FailOn | str) -> str:
    noun = "finding" if count == 1 else "findings"
    return f"{count} {noun} at or above {FailOn(fail_on).value}"
