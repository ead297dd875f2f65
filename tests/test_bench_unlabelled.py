"""Reading unlabelled real copy and scoring dev by halves: which pairs, which rounds."""

from __future__ import annotations

import json
from pathlib import Path

from bench import unlabelled
from bench.matching import Outcome, Score
from bench.realcopy import halves, sampling_round


def _folders(root: Path, count: int) -> list[str]:
    names = [f"p{n:02d}" for n in range(count)]
    for name in names:
        (root / name).mkdir()
    (root / "README.md").write_text("not a pair", encoding="utf-8")
    return names


def test_the_sampling_round_follows_the_labels_readme(tmp_path: Path) -> None:
    names = _folders(tmp_path, 16)
    rounds = [sampling_round(name, tmp_path) for name in names[:8]]
    assert rounds == [1, None, 3, None, 2, None, 4, None]
    assert sampling_round("p08", tmp_path) == 1
    assert sampling_round("absent", tmp_path) is None


def test_halves_split_rounds_one_two_from_three_four() -> None:
    def one(name: str, right: int) -> Outcome:
        return Outcome(name, {"figure": Score(raised=1, right=right)})

    outcomes = [one("a", 1), one("b", 0), one("c", 1), one("d", 1)]
    parts = dict(halves(outcomes, [1, 3, 2, None]))
    assert parts["rounds 1-2"]["figure"] == Score(raised=2, right=2)
    assert parts["rounds 3-4"]["figure"] == Score(raised=1, right=0)


def test_unlabelled_pairs_are_the_odd_numbered_folders(tmp_path: Path) -> None:
    _folders(tmp_path, 16)
    assert unlabelled.unlabelled(tmp_path, 4, 0, None) == ["p01", "p09"]
    assert unlabelled.unlabelled(tmp_path, 4, 1, None) == ["p03", "p11"]
    assert unlabelled.unlabelled(tmp_path, 1, 0, 3) == ["p01", "p03", "p05"]


def test_the_script_writes_one_record_per_fact_finding(tmp_path: Path) -> None:
    for name in ("a0", "a1"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "0.txt").write_text("Police said 12 people died.", encoding="utf-8")
    (tmp_path / "a1" / "1.txt").write_text("Police said 15 people died.", encoding="utf-8")
    (tmp_path / "a0" / "1.txt").write_text("Police said 12 people died.", encoding="utf-8")
    out = tmp_path / "found.jsonl"
    args = ["--texts", str(tmp_path), "--every", "1", "--model", "lexical", "--jsonl", str(out)]
    assert unlabelled.main(args) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["pair"], r["rule"], r["a"], r["b"]) for r in records] == [
        ("a1", "number.changed", "12", "15")
    ]
