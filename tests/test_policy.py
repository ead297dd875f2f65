"""The policy in one place: fail-on levels, thresholds, the expect mode, exit codes."""

from __future__ import annotations

import ast
from dataclasses import replace

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.policy import ExitCode, FailOn, Policy, exit_code, fails, pair_outcome, worst
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Report, Severity
from tests.helpers import ROOT

INFO = Finding("wording.substitution", Severity.INFO, "wording", 0)
WARNING = Finding("name.dropped", Severity.WARNING, "name dropped", 0)
ERROR = Finding("number.changed", Severity.ERROR, "number changed", 0)


@pytest.mark.parametrize(
    ("findings", "fail_on", "expected"),
    [
        ((INFO,), FailOn.INFO, True),
        ((INFO,), FailOn.WARNING, False),
        ((INFO, WARNING), FailOn.WARNING, True),
        ((WARNING,), FailOn.ERROR, False),
        ((ERROR,), FailOn.ERROR, True),
        ((ERROR,), FailOn.NEVER, False),
        ((), FailOn.INFO, False),
        ((ERROR,), "error", True),  # the settings' plain strings work too
    ],
)
def test_fails_at_or_above_the_level(
    findings: tuple[Finding, ...], fail_on: FailOn | str, expected: bool
) -> None:
    assert fails(findings, fail_on) is expected


def test_worst_and_exit_codes() -> None:
    assert worst([INFO, ERROR, WARNING]) is Severity.ERROR
    assert worst([INFO]) is Severity.INFO
    assert worst([]) is None
    assert exit_code(failed=False) is ExitCode.OK
    assert exit_code(failed=True) is ExitCode.DRIFT
    assert exit_code(failed=True, errors=True) is ExitCode.ERROR
    assert [int(code) for code in ExitCode] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("failed", "expect", "mode", "fails_run"),
    [
        (True, "fail", True, False),  # a known drift: the run passes
        (False, "fail", True, True),  # a known drift no longer found
        (True, "pass", True, True),
        (False, "pass", True, False),
        (True, None, True, True),  # no expectation: judged as usual
        (True, "fail", False, True),  # expect mode off: the outcome itself counts
    ],
)
def test_pair_outcome_under_the_expect_mode(
    failed: bool, expect: str | None, mode: bool, fails_run: bool
) -> None:
    assert pair_outcome(failed, expect, expect_mode=mode) is fails_run


def _report() -> Report:
    a = "Talks resumed on Monday. Prices rose 4%. The port reopened. Ships sailed. Crews cheered."
    return Comparer(embedder=FakeEmbedder()).compare(a, "Talks resumed on Monday.")


def test_thresholds_are_off_by_default_and_name_what_they_catch() -> None:
    report = _report()
    assert report.summary.percent("omitted") == 80
    assert Policy().breaches(report) == ()
    assert Policy(max_omitted=80).breaches(report) == ()
    assert Policy(max_omitted=50).breaches(report) == ("80% of A omitted (max-omitted 50%)",)
    score = report.drift_score
    assert Policy(max_drift=score).breaches(report) == ()
    assert Policy(max_drift=score - 1).breaches(report) == (
        f"drift score {score} (max-drift {score - 1})",
    )


def test_failures_count_findings_then_thresholds() -> None:
    report = replace(_report(), findings=(ERROR, WARNING))
    policy = Policy(fail_on=FailOn.WARNING, max_omitted=10)
    assert policy.failures(report) == (
        "2 findings at or above warning",
        "80% of A omitted (max-omitted 10%)",
    )
    assert policy.failures(report, findings=()) == ("80% of A omitted (max-omitted 10%)",)
    assert Policy(fail_on=FailOn.NEVER).failures(report) == ()


def test_no_module_but_levels_defines_exit_codes_or_fail_on() -> None:
    """The levels are defined once (driftcheck.levels); nothing imports ExitCode from report/."""
    for path in sorted((ROOT / "driftcheck").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and path.name != "levels.py":
                assert node.name not in {"ExitCode", "FailOn"}, path
            if isinstance(node, ast.ImportFrom) and node.module == "driftcheck.report":
                assert "ExitCode" not in {alias.name for alias in node.names}, path


def test_policy_and_types_re_export_the_levels_themselves() -> None:
    """One enum per level: the policy's and the types' names are the levels' own classes."""
    import driftcheck
    from driftcheck import levels, policy, types

    assert policy.ExitCode is levels.ExitCode
    assert policy.FailOn is levels.FailOn
    assert types.Severity is levels.Severity
    assert driftcheck.Severity is types.Severity
    assert driftcheck.Report is types.Report
    assert driftcheck.Policy is policy.Policy
