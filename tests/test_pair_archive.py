"""bench/make_archive.py: the same seed gives the same archive; its truth names real files."""

from __future__ import annotations

import csv
from pathlib import Path

from bench.make_archive import DEFAULT_POOLS, generate


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_seed_gives_the_same_archive_and_another_seed_another(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", 20, 7, list(DEFAULT_POOLS))
    generate(tmp_path / "b", 20, 7, list(DEFAULT_POOLS))
    generate(tmp_path / "c", 20, 8, list(DEFAULT_POOLS))
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert first["sources"] == first["distractors"] == 20
    assert len(list((tmp_path / "a" / "archive").rglob("*.txt"))) == 20 + first["versions"]


def test_truth_pairs_each_version_with_an_existing_source(tmp_path: Path) -> None:
    generate(tmp_path, 20, 3, list(DEFAULT_POOLS))
    with (tmp_path / "truth.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert (tmp_path / row["source"]).is_file()
        assert (tmp_path / row["target"]).is_file()
        assert row["source"] == f"sources/{row['story']}.txt"
    targets = [row["target"] for row in rows]
    assert len(set(targets)) == len(targets)  # an article is a version of one story
