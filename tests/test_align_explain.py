"""Confidence an editor can see: --explain, the JSON keys, the terminal mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.errors import UsageError
from driftcheck.pipeline import Comparer
from driftcheck.report.explain import explain, parse_ref
from driftcheck.testing import FakeEmbedder
from driftcheck.types import SCHEMA_VERSION

PARIS = "The minister arrived in Paris on Monday for talks with French officials."
STRIKE = "Rail workers plan a strike next week over pensions and working hours."
WEATHER = "Heavy rain is expected across the north of the country on Sunday."
BANK = "The central bank kept its main interest rate unchanged at four percent."
A = f"{PARIS} {STRIKE} {BANK}"
B = f"{PARIS.replace('Monday', 'Friday')} {STRIKE} {WEATHER}"


def test_parse_ref_reads_report_numbers() -> None:
    assert parse_ref("A#10") == ("a", 9)
    assert parse_ref(" b3 ") == ("b", 2)
    for bad in ("C#1", "A#0", "A#x", ""):
        with pytest.raises(UsageError, match="A#10 or B#3"):
            parse_ref(bad)


def test_explain_says_how_a_pair_was_decided_and_what_it_beat() -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(A, B)
    text = explain(report, "A#1")
    assert text.startswith("A#1: The minister arrived in Paris on Monday")
    assert "changed: A#1 -> B#1" in text
    assert "candidates it beat: B#" in text
    assert "margin over the runner-up" in text


def test_explain_says_why_a_sentence_was_left_out() -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(A, B)
    assert "omitted: A#3 has no partner in B" in explain(report, "A#3")
    assert "added: B#3 has no partner in A" in explain(report, "B#3")
    with pytest.raises(UsageError, match="A has 3 sentences, no #4"):
        explain(report, "A#4")


def test_json_records_confidence_for_every_group() -> None:
    document = Comparer(embedder=FakeEmbedder()).compare(A, B).to_dict()
    assert document["schema"] == SCHEMA_VERSION == "1.2"
    stages = [group["confidence"]["stage"] for group in document["alignments"]]
    assert stages == ["anchor", "identical", "unpaired", "unpaired"]
    first = document["alignments"][0]["confidence"]
    assert first["runner_up"] == first["rivals"][0]
    assert first["margin"] == pytest.approx(
        document["alignments"][0]["similarity"] - first["runner_up"]["similarity"], abs=1e-3
    )
    assert document["settings"]["link"] > 0


def test_cli_explain_prints_the_reason_and_rejects_a_bad_reference(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["compare", str(a), str(b), "-m", "lexical", "--explain", "B#3"])
    assert result.exit_code in (0, 1)
    assert result.stdout.startswith("B#3: Heavy rain")
    assert "added" in result.stdout
    result = runner.invoke(app, ["compare", str(a), str(b), "-m", "lexical", "--explain", "Z9"])
    assert result.exit_code == 2
    assert "expected a sentence number like A#10" in result.stderr
    json.loads(
        runner.invoke(app, ["compare", str(a), str(b), "-m", "lexical", "-f", "json"]).stdout
    )


def test_terminal_marks_low_confidence_pairs_only() -> None:
    from dataclasses import replace

    from driftcheck.types import Confidence, Report, Summary
    from tests.test_report_terminal import (
        PARTNER,
        WIRE,
        flood_alignments,
        line_with,
        make_document,
        render,
    )

    groups = list(flood_alignments())
    groups[1] = replace(groups[1], confidence=Confidence("order", 0.5, (), 0.01, low=True))
    groups[2] = replace(groups[2], confidence=Confidence("grown", 0.4, (), 0.3, low=False))
    report = Report(
        a=make_document(WIRE, "a.txt"),
        b=make_document(PARTNER, "b.txt"),
        alignments=tuple(groups),
        summary=Summary(8, 9, 4, 2, 1, 1, 1, 1),
        model="m",
    )
    output = render(report, color_system=None)
    assert line_with(output, "A#2 -> B#2").endswith("[check pairing]")
    assert output.count("[check pairing]") == 1
