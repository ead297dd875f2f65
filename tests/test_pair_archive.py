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


def test_translations_come_from_the_development_split_and_leave_the_rest_alone(
    tmp_path: Path,
) -> None:
    plain = generate(tmp_path / "plain", 20, 5, list(DEFAULT_POOLS))
    counts = generate(tmp_path / "t", 20, 5, list(DEFAULT_POOLS), translations=True)
    generate(tmp_path / "again", 20, 5, list(DEFAULT_POOLS), translations=True)
    assert _files(tmp_path / "t") == _files(tmp_path / "again")
    assert counts["translated_sources"] == 5  # half of the ten development stories
    assert counts["sources"] == plain["sources"] + 5
    assert counts["versions"] == plain["versions"] + counts["translated_versions"]
    assert counts["distractors"] == plain["distractors"] + counts["translated_distractors"]
    with (tmp_path / "t" / "truth.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    translated = [row for row in rows if row["role"] == "translated"]
    assert len(translated) == counts["translated_versions"] > 0
    dev = Path(__file__).resolve().parents[1] / "bench" / "data" / "xling-findings" / "dev"
    known = {p.read_text("utf-8") for p in dev.rglob("*.txt") if p.name != "en.txt"}
    for row in translated:
        story = row["story"].removeprefix("xling-")
        assert (tmp_path / "t" / row["source"]).read_text("utf-8") == (
            dev / story / "en.txt"
        ).read_text("utf-8")
        assert (tmp_path / "t" / row["target"]).read_text("utf-8") in known
    plain_files = _files(tmp_path / "plain")
    del plain_files["truth.csv"]  # it gains the translated rows
    assert {k: v for k, v in _files(tmp_path / "t").items() if k in plain_files} == plain_files
