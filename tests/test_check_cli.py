"""`driftcheck check` on the real corpus: every version gets the outcome an editor expects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from tests.helpers import ROOT

CORPUS = ROOT / "corpus"
runner = CliRunner()


def check(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def corpus_json() -> dict[str, object]:
    code, out, err = check(str(CORPUS), "--format", "json")
    assert code == 1, err  # the corpus holds versions that must fail
    document: dict[str, object] = json.loads(out)
    return document


pytestmark = pytest.mark.model


def test_every_expected_outcome_holds(corpus_json: dict[str, object]) -> None:
    pairs = corpus_json["pairs"]
    assert isinstance(pairs, list)
    assert len(pairs) >= 15
    mismatches = [
        (p["story"], Path(p["target"]).name, p["expect"], p["outcome"])
        for p in pairs
        if p["expect"] is not None and p["expect"] != p["outcome"]
    ]
    assert mismatches == []
    assert {p["outcome"] for p in pairs} == {"pass", "fail"}


def test_fail_on_never_passes_and_jobs_do_not_change_the_result(
    corpus_json: dict[str, object],
) -> None:
    code, out, _ = check(str(CORPUS), "--format", "json", "--fail-on", "never", "--jobs", "2")
    assert code == 0
    pairs = corpus_json["pairs"]
    assert isinstance(pairs, list)
    expected = [{**p, "outcome": "pass"} for p in pairs]
    assert json.loads(out)["pairs"] == expected


def test_baseline_round_trip(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    code, _, _ = check(str(CORPUS), "--write-baseline", str(baseline), "--fail-on", "never")
    assert code == 0
    code, out, err = check(str(CORPUS), "--baseline", str(baseline), "--format", "json")
    assert code == 0, err
    assert all(p["findings"] == [] for p in json.loads(out)["pairs"])


def test_a_broken_story_is_an_error_row_and_the_rest_still_report(tmp_path: Path) -> None:
    story = tmp_path / "corpus" / "broken"
    story.mkdir(parents=True)
    (story / "a.txt").write_text("The council met on Tuesday.\n", encoding="utf-8")
    (story / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    good = tmp_path / "corpus" / "good"
    good.mkdir()
    (good / "a.txt").write_text(
        "The council met on Tuesday. It approved 12 new housing projects in the north.\n",
        encoding="utf-8",
    )
    (good / "b.txt").write_text(
        "The council met on Tuesday. It approved 15 new housing projects in the north.\n",
        encoding="utf-8",
    )
    code, out, err = check(str(tmp_path / "corpus"), "--format", "json", "--model", "lexical")
    assert code == 2
    pairs = {p["story"]: p for p in json.loads(out)["pairs"]}
    assert pairs["broken"]["outcome"] == "error"
    assert "PNG" in pairs["broken"]["error"]
    assert pairs["good"]["outcome"] == "fail"
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "output_format", ["terminal", "markdown", "junit", "github", "sarif", "jsonl"]
)
def test_every_format_renders(output_format: str, tmp_path: Path) -> None:
    target = tmp_path / "out"
    code, out, _ = check(
        str(CORPUS), "--format", output_format, "--output", str(target), "--fail-on", "never"
    )
    assert code == 0
    assert out == ""
    assert "harbour-tolls" in target.read_text(encoding="utf-8")


def test_missing_corpus_is_one_line() -> None:
    code, out, err = check("no/such/corpus")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
