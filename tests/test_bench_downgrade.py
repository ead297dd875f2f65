"""The downgrade bench: findings per evidence cell, and what lowering a cell would do per split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import downgrade
from bench.downgrade import figure_kind, inside, is_low, name_kind
from driftcheck.findings.quote_marks import find_quotes
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report

A = "The storm hit the coast on Monday.\n\nThe death toll rose to 12, police said.\n"
B = "The storm hit the coast on Monday.\n\nThe death toll rose to 15, police said.\n"
NEW = '"We found 40 people alive," said Mr Jones of the Red Cross.\n'


def _compare(a: str, b: str) -> Report:
    return Comparer(embedder=FakeEmbedder(), use_cache=False).compare(a, b)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("$5.4 billion", "money"),
        ("12%", "percent"),
        ("2019", "year"),
        ("March 3", "date"),
        ("10:30", "time"),
        ("11th", "ordinal"),
        ("1,200", "count"),
        ("seven", "word"),
    ],
)
def test_a_figure_is_of_the_kind_its_text_says(text: str, kind: str) -> None:
    assert figure_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "before", "kind"),
    [
        ("Jones", "said Mr ", "person"),
        ("Harbour View", "at ", "several words"),
        ("Labour Party", "the ", "organisation"),
        ("Kenya", "in ", "place"),
        ("NATO", "the ", "acronym"),
        ("Smith", "said ", "one word"),
    ],
)
def test_a_name_is_of_the_kind_its_words_say(text: str, before: str, kind: str) -> None:
    assert name_kind(text, before) == kind


def test_a_figure_in_a_new_quoted_sentence_is_described_beyond_its_pairing() -> None:
    report = _compare(A, B + "\n" + NEW)
    found = next(f for f in report.findings if f.rule == "number.added" and f.b_text == "40")
    quotes = {"a": [], "b": [(q.start, q.end) for q in find_quotes(report.b, report.a)]}
    row = downgrade.more_evidence(found, report, quotes)
    assert row["shape"] == "unpaired"
    assert row["low"] is None
    assert row["quoted"] is True
    assert row["elsewhere"] is False
    assert row["kind"] == "count"
    assert row["position"] == "end"  # the third and last sentence: past the first two


def test_a_cell_is_low_under_its_precision_with_enough_findings() -> None:
    assert is_low(2, 5, below=0.9, least=3)
    assert not is_low(2, 5, below=0.6, least=3)  # 3 of 5 right is not under 0.6
    assert not is_low(1, 2, below=0.9, least=3)  # too few findings to judge
    assert inside(
        {"rule": "number.added", "low": None}, (("rule", "number.added"), ("low", "None"))
    )
    assert not inside({"rule": "number.added"}, (("rule", "number.removed"),))


def _data(tmp_path: Path) -> list[str]:
    texts = tmp_path / "texts"
    (texts / "x").mkdir(parents=True)
    (texts / "x" / "0.txt").write_text(A, encoding="utf-8")
    (texts / "x" / "1.txt").write_text(B + "\n" + NEW, encoding="utf-8")
    head = {"pair": "x", "labelled": True, "n_changes": 1, "notes": ""}
    change = {"pair": "x", "family": "figure", "change": "changed", "a": "12", "b": "15"}
    (tmp_path / "dev.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in (head, change)), encoding="utf-8"
    )
    return [
        "--labels",
        str(tmp_path),
        "--texts",
        str(texts),
        "--model",
        "lexical",
        "--split",
        "dev",
    ]


def test_the_script_tabulates_judges_and_writes_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _data(tmp_path)
    out = tmp_path / "rows.jsonl"
    assert downgrade.main([*args, "--table", "--rows", str(out)]) == 0
    table = capsys.readouterr().out
    assert "rule=number.changed" in table
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    changed = next(r for r in rows if r["rule"] == "number.changed")
    assert changed["right"] is True
    assert changed["elsewhere"] == "both sides"
    assert downgrade.main([*args, "--cell", "rule=number.changed"]) == 0
    cell = capsys.readouterr().out
    assert "right dev x number.changed '12' -> '15'" in cell
    assert "after: dev 0.000/0.000" in cell  # its one finding lowered, its one label is lost
    assert downgrade.main([*args, "--least", "1"]) == 0
    assert "candidates" in capsys.readouterr().out.splitlines()[-1]


def test_the_held_out_split_is_refused() -> None:
    with pytest.raises(SystemExit):
        downgrade.main(["--split", "heldout"])
