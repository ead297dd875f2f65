"""The evidence bench: findings described by the pairing they rest on, counted per cell."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench import evidence
from bench.evidence import band, cells, low
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report

A = "The storm hit the coast on Monday.\n\nThe death toll rose to 12, police said.\n"
B = "The storm hit the coast on Monday.\n\nThe death toll rose to 15, police said.\n"
NEW = "Rescuers found 40 people alive in the rubble of the old harbour warehouse.\n"


def _compare(a: str, b: str) -> Report:
    return Comparer(embedder=FakeEmbedder(), use_cache=False).compare(a, b)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), (0.55, "<0.6"), (0.6, "0.6-0.7"), (0.85, "0.8-0.9"), (0.9, ">=0.9")],
)
def test_band(value: float | None, expected: str | None) -> None:
    assert band(value, (0.6, 0.7, 0.8, 0.9)) == expected


def test_a_figure_changed_in_a_kept_sentence_rests_on_its_pair() -> None:
    report = _compare(A, B)
    found = next(f for f in report.findings if f.rule == "number.changed")
    row = evidence.evidence(found, report)
    assert str(row["pairing"]).startswith("changed ")
    assert row["similarity"] is not None
    assert row["rewrite"] == "<0.3"  # one figure in a sentence of eight words
    assert row["side"] == "ab"


def test_a_figure_in_a_new_sentence_rests_on_no_pair() -> None:
    report = _compare(A, B + "\n" + NEW)
    found = next(f for f in report.findings if f.rule == "number.added" and f.b_text == "40")
    row = evidence.evidence(found, report)
    assert (row["pairing"], row["similarity"], row["margin"]) == ("unpaired", None, None)
    assert row["side"] == "b"


def test_cells_count_right_and_false_per_split() -> None:
    rows: list[evidence.Row] = [
        {"split": "dev", "family": "figure", "right": True},
        {"split": "dev", "family": "figure", "right": False},
        {"split": "dev2", "family": "figure", "right": True},
        {"split": "dev", "family": "quote", "right": True},
    ]
    table = cells(rows, ["family"])
    assert table[("figure",)] == Counter({("dev", True): 1, ("dev", False): 1, ("dev2", True): 1})
    assert table[("quote",)] == Counter({("dev", True): 1})


def test_a_cell_is_low_only_when_it_is_low_on_every_split() -> None:
    counts = Counter({("dev", True): 3, ("dev", False): 2, ("dev2", True): 3, ("dev2", False): 2})
    assert low(counts, ["dev", "dev2"], below=0.85, least=5)
    assert not low(counts, ["dev", "dev2"], below=0.6, least=5)  # 3 of 5 right is not under 0.6
    assert not low(counts, ["dev", "dev2"], below=0.85, least=6)  # too few findings to matter
    counts[("dev2", True)] = 30
    assert not low(counts, ["dev", "dev2"], below=0.85, least=5)  # precise on dev2


def test_the_script_writes_each_finding_with_its_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = tmp_path / "texts"
    (texts / "x").mkdir(parents=True)
    (texts / "x" / "0.txt").write_text(A, encoding="utf-8")
    (texts / "x" / "1.txt").write_text(B, encoding="utf-8")
    head = {"pair": "x", "labelled": True, "n_changes": 1, "notes": ""}
    change = {"pair": "x", "family": "figure", "change": "changed", "a": "12", "b": "15"}
    (tmp_path / "dev.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in (head, change)), encoding="utf-8"
    )
    out = tmp_path / "rows.jsonl"
    args = ["--labels", str(tmp_path), "--texts", str(texts), "--model", "lexical"]
    assert evidence.main([*args, "--split", "dev", "--rows", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    figures = [r for r in rows if r["family"] == "figure"]
    assert figures
    assert figures[0]["right"] is True
    assert figures[0]["pair"] == "x"
    assert "figure changed" in capsys.readouterr().out
    older = tmp_path / "older.jsonl"
    older.write_text(json.dumps({**rows[0], "right": False}) + "\n", encoding="utf-8")
    assert evidence.main([*args, "--split", "dev", "--load", f"before={older}"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split()[1:] == ["dev", "before"]
    assert any(line.startswith("figure changed") and "1 / 1" in line for line in lines)


def test_the_held_out_split_is_refused() -> None:
    with pytest.raises(SystemExit):
        evidence.main(["--split", "heldout"])
