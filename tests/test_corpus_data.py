"""The corpus as data: its story.toml files and manifests parse and name files that exist.

No model and no driftcheck code: only Python's tomllib, csv and json, so a broken corpus
file is reported here even when comparing is broken too. Whether each pair gives its
expected outcome is checked end to end through `driftcheck check`.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT

CORPUS = ROOT / "corpus"
STORY_FILE = "story.toml"
MANIFESTS = ("manifest.csv", "manifest.jsonl")
MANIFEST_COLUMNS = ("source", "target", "story", "language", "role", "expect")
STORY_KEYS = {"title", "source", "versions"}
VERSION_KEYS = {"role", "language", "expect"}
ROLES = {"syndicated", "edited", "translated", "back-translated", "shortened"}
EXPECTATIONS = {"pass", "fail"}


@dataclass(frozen=True)
class StorySet:
    """One story's versions as the corpus describes them, and the expected outcomes."""

    name: str
    versions: frozenset[Path]
    expectations: tuple[str | None, ...]


def _visible(path: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(CORPUS).parts)


def _texts(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.txt") if p.is_file())


def _manifests() -> list[Path]:
    return sorted(p for name in MANIFESTS for p in CORPUS.rglob(name) if _visible(p))


def _story_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob(STORY_FILE) if _visible(p))


def _story_dirs() -> list[Path]:
    """Directories that are one story each: a story.toml, or two versions and no manifest."""
    found = []
    for directory in sorted(p for p in CORPUS.rglob("*") if p.is_dir() and _visible(p)):
        if any((directory / m).is_file() for m in MANIFESTS):
            continue
        if (directory / STORY_FILE).is_file() or len(_texts(directory)) >= 2:
            found.append(directory)
    return found


def _read_story(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _manifest_rows(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        reader = csv.DictReader(text.splitlines())
        assert reader.fieldnames is not None, f"{path}: no header"
        assert set(reader.fieldnames) <= set(MANIFEST_COLUMNS), f"{path}: {reader.fieldnames}"
        return [dict(row) for row in reader]
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            assert isinstance(row, dict), f"{path}:{number}: not a JSON object"
            rows.append(row)
    return rows


def _story_sets() -> list[StorySet]:
    sets = []
    for directory in _story_dirs():
        story_file = directory / STORY_FILE
        described = _read_story(story_file) if story_file.is_file() else {}
        versions = described.get("versions", {})
        sets.append(
            StorySet(
                name=directory.relative_to(CORPUS).as_posix(),
                versions=frozenset(_texts(directory)),
                expectations=tuple(v.get("expect") for v in versions.values()),
            )
        )
    for manifest in _manifests():
        versions_of: dict[str, set[Path]] = defaultdict(set)
        expected_of: dict[str, list[str | None]] = defaultdict(list)
        for row in _manifest_rows(manifest):
            story = row.get("story") or Path(row["target"]).stem
            versions_of[story] |= {manifest.parent / row["source"], manifest.parent / row["target"]}
            expected_of[story].append(row.get("expect") or None)
        prefix = manifest.parent.relative_to(CORPUS).as_posix()
        sets += [
            StorySet(f"{prefix}:{story}", frozenset(versions), tuple(expected_of[story]))
            for story, versions in versions_of.items()
        ]
    return sets


def _ids(paths: list[Path]) -> list[str]:
    return [p.relative_to(CORPUS).as_posix() for p in paths]


@pytest.mark.parametrize("path", _story_files(), ids=_ids(_story_files()))
def test_story_toml_names_existing_versions(path: Path) -> None:
    story = _read_story(path)
    assert set(story) <= STORY_KEYS, f"unknown keys {set(story) - STORY_KEYS}"
    versions = _texts(path.parent)
    assert len(versions) >= 2
    source = path.parent / str(story.get("source", versions[0].name))
    assert source.is_file(), f"source {source.name} does not exist"
    described = story.get("versions", {})
    assert isinstance(described, dict)
    assert described, "a story.toml should describe its versions"
    for name, info in described.items():
        assert isinstance(info, dict), f"versions.{name} must be a table"
        assert set(info) <= VERSION_KEYS, f"versions.{name}: unknown keys"
        version = path.parent / name
        assert version.is_file(), f"versions.{name}: no such file"
        assert version.suffix == ".txt"
        assert version != source, f"versions.{name} is the source"
        assert info.get("role", "edited") in ROLES, f"versions.{name}: role {info.get('role')}"
        assert isinstance(info.get("language", "en"), str)
        assert info.get("expect") in EXPECTATIONS, f"versions.{name}: expect {info.get('expect')}"


@pytest.mark.parametrize("path", _manifests(), ids=_ids(_manifests()))
def test_manifest_names_existing_versions(path: Path) -> None:
    rows = _manifest_rows(path)
    assert rows, "an empty manifest"
    pairs = set()
    for number, row in enumerate(rows, start=1):
        where = f"row {number}"
        assert set(row) <= set(MANIFEST_COLUMNS), f"{where}: unknown keys {set(row)}"
        source, target = path.parent / row["source"], path.parent / row["target"]
        assert source.is_file(), f"{where}: {row['source']} does not exist"
        assert target.is_file(), f"{where}: {row['target']} does not exist"
        assert source != target, f"{where}: a version compared with itself"
        assert source.parent == path.parent == target.parent, (
            f"{where}: versions sit by the manifest"
        )
        assert (row["source"], row["target"]) not in pairs, f"{where}: a pair listed twice"
        pairs.add((row["source"], row["target"]))
        assert row.get("role") in ROLES, f"{where}: role {row.get('role')!r}"
        assert row.get("expect") in EXPECTATIONS, f"{where}: expect {row.get('expect')!r}"
        assert row.get("story"), f"{where}: no story name"


def test_every_expected_outcome_is_pass_or_fail() -> None:
    expectations = [e for s in _story_sets() for e in s.expectations if e is not None]
    assert set(expectations) == EXPECTATIONS, "the corpus should expect both outcomes"


def test_corpus_has_enough_story_sets() -> None:
    sets = _story_sets()
    assert len(sets) >= 6, [s.name for s in sets]
    assert sum(len(s.versions) >= 3 for s in sets) >= 4
    assert any(not (CORPUS / s.name / STORY_FILE).is_file() for s in sets if ":" not in s.name), (
        "one story directory should rely on file-name order, without a story.toml"
    )


def test_every_version_belongs_to_one_story_set_and_reads_as_text() -> None:
    owners: dict[Path, list[str]] = defaultdict(list)
    for story_set in _story_sets():
        for version in story_set.versions:
            owners[version].append(story_set.name)
    texts = sorted(p for p in CORPUS.rglob("*.txt") if _visible(p))
    assert texts
    for path in texts:
        assert len(owners[path]) == 1, (
            f"{path.relative_to(CORPUS)}: in {owners[path] or 'no story'}"
        )
        assert path.read_text(encoding="utf-8-sig").strip(), f"{path}: empty"
