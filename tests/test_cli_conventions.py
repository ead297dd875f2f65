"""Terminal conventions and CI policies at the command line: output and exit code together."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.pipeline import Comparer
from driftcheck.report.terminal import render_terminal
from driftcheck.testing import FakeEmbedder

runner = CliRunner()

WIRE = "The team held a huddle on Friday. Talks resumed. Ships sailed. Crews cheered.\n"
RALLY = "The team held a rally on Friday.\n"


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_short_version_flag() -> None:
    assert invoke("-V")[:2] == (0, "driftcheck 0.1.0\n")


def test_shell_completion_is_offered() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    assert "--install-completion" in out
    assert "--show-completion" in out
    script = subprocess.run(
        [sys.executable, "-m", "driftcheck", "--show-completion", "bash"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert script.returncode == 0, script.stderr
    assert "complete -o default -F _driftcheck_completion driftcheck" in script.stdout


@pytest.mark.parametrize(
    ("command", "usage"),
    [("compare", "compare [OPTIONS] A B"), ("check", "check [OPTIONS] CORPUS")],
)
def test_usage_names_the_arguments_plainly(command: str, usage: str) -> None:
    code, out, _ = invoke(command, "--help")
    assert code == 0
    assert out.splitlines()[0] == f"Usage: driftcheck {usage}"


def test_jobs_reads_as_an_integer() -> None:
    out = invoke("check", "--help")[1]
    assert "-j, --jobs INTEGER" in out
    assert "<int range>" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("compare", "a", "b", "--fail-on", "bogus"),
            "driftcheck: error: --fail-on: 'bogus' is not one of "
            "'error', 'warning', 'info', 'never'\n",
        ),
        (
            ("check", "x", "--annotate", "loud"),
            "driftcheck: error: --annotate: 'loud' is not one of 'error', 'warning', 'info'\n",
        ),
    ],
)
def test_a_bad_choice_is_one_clean_line(args: tuple[str, ...], message: str) -> None:
    code, out, err = invoke(*args)
    assert (code, out, err) == (2, "", message)


def _terminal(no_color: bool) -> str:
    report = Comparer(embedder=FakeEmbedder()).compare(WIRE, RALLY)
    console = Console(file=io.StringIO(), width=100, color_system="truecolor", no_color=no_color)
    render_terminal(report, console)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    assert "\x1b[" in output  # still styled: strike-through and underline stay
    return _ANSI.sub("", output)


def test_no_color_adds_the_diff_markers() -> None:
    assert "[-huddle-]{+rally+}" in _terminal(no_color=True)
    assert "[-huddle-]" not in _terminal(no_color=False)  # colour alone marks the change


def test_no_color_environment_at_the_command_line(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(WIRE, encoding="utf-8")
    b.write_text(RALLY, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "1", "COLUMNS": "100"}
    command = [sys.executable, "-m", "driftcheck", "compare", str(a), str(b), "-m", "lexical"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode in (0, 1), result.stderr
    assert "\x1b[" in result.stdout
    assert "[-huddle-]{+rally+}" in _ANSI.sub("", result.stdout)


def test_compare_threshold_fails_a_story_that_lost_most_of_a(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(WIRE, encoding="utf-8")
    b.write_text(RALLY, encoding="utf-8")
    base = ("compare", str(a), str(b), "-m", "lexical", "--fail-on", "never", "-f", "json")
    code, out, _ = invoke(*base)
    assert code == 0
    assert json.loads(out)["verdict"] == {"failed": False, "reasons": []}
    code, out, _ = invoke(*base, "--max-omitted", "50")
    assert code == 1
    assert json.loads(out)["verdict"]["reasons"] == ["75% of A omitted (max-omitted 50%)"]


def _corpus(tmp_path: Path, edit: str) -> Path:
    story = tmp_path / "corpus" / "budget"
    story.mkdir(parents=True)
    (story / "00-wire.txt").write_text("Bus fares rise by 12 percent. Crews cheered.\n", "utf-8")
    (story / "01-edit.txt").write_text(edit, encoding="utf-8")
    (story / "story.toml").write_text('[versions."01-edit.txt"]\nexpect = "fail"\n', "utf-8")
    return story.parent


def test_check_expect_mode_gates_on_declared_outcomes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "Bus fares rise by 15 percent. Crews cheered.\n")
    assert invoke("check", str(corpus), "-m", "lexical")[0] == 1  # a known drift fails
    assert invoke("check", str(corpus), "-m", "lexical", "--expect")[0] == 0
    (corpus / "budget" / "01-edit.txt").write_text(
        "Bus fares rise by 12 percent. Crews cheered.\n", encoding="utf-8"
    )
    assert invoke("check", str(corpus), "-m", "lexical", "--expect")[0] == 1  # it went away


def test_check_annotates_info_only_when_asked(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "Bus fares climb by 12 percent. Crews cheered.\n")
    env = {"GITHUB_STEP_SUMMARY": ""}
    base = ("check", str(corpus), "-m", "lexical", "-f", "github")
    default = invoke(*base, env=env)[1]
    asked = invoke(*base, "--annotate", "info", env=env)[1]
    assert "::notice" not in default
    assert "::notice file=" in asked
    assert "title=wording.substitution" in asked
