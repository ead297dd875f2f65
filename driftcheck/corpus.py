"""Many stories: find the version pairs of a corpus and compare them all in one run.

Two layouts, both usable in one corpus:

- a directory per story holding its versions (`*.txt`), with an optional `story.toml`
  naming the source version and the role, language and expected outcome of the others;
  without it, versions are compared in file-name order against the first;
- a manifest (`manifest.csv` or `manifest.jsonl` in a directory, or a manifest file
  given directly) listing pairs: `source`, `target`, and optionally `story`, `language`,
  `role`, `expect` (`pass` or `fail`); paths are relative to the manifest.

A pair that cannot be read or compared becomes an error row; the run goes on. Manifests
and story.toml files are untrusted: a version whose path resolves outside the corpus
(an absolute path, `../`, a symbolic link pointing out) is an error row too, unless the
caller allows it (`--allow-outside-paths`).
"""

from __future__ import annotations

import csv
import io
import json
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from driftcheck.errors import DriftcheckError, UsageError
from driftcheck.policy import ExitCode, FailOn, exit_code, fails, pair_outcome, worst
from driftcheck.types import Finding, FrozenMap, Report, Severity

STORY_FILE = "story.toml"
MANIFESTS = ("manifest.csv", "manifest.jsonl")
VERSION_SUFFIXES = (".txt",)
ROLES = ("syndicated", "edited", "translated", "back-translated", "shortened")
EXPECTATIONS = ("pass", "fail")
COLUMNS = ("source", "target", "story", "language", "role", "expect")
"""The keys of a manifest row (CSV headers are matched without regard to case)."""
VERSION_KEYS = ("role", "language", "expect")
"""The keys of a story.toml `[versions."file"]` entry."""


@dataclass(frozen=True, slots=True)
class PairSpec:
    """One comparison a corpus asks for: its source version A and one other version B."""

    story: str
    source: Path
    target: Path
    role: str | None = None
    language: str | None = None
    expect: str | None = None

    @property
    def name(self) -> str:
        """A stable, readable id: the story and the target file."""
        return f"{self.story}/{self.target.name}"


@dataclass(frozen=True, slots=True)
class PairResult:
    """What comparing one pair gave: a report, or the one-line reason it could not run.

    `findings` are the findings that count for the run: the report's own, or only the
    new ones when a baseline is in use; `breaches` the policy's thresholds it goes over.
    """

    spec: PairSpec
    report: Report | None = None
    error: str | None = None
    findings: tuple[Finding, ...] = ()
    resolved: tuple[str, ...] = ()
    breaches: tuple[str, ...] = ()

    @property
    def worst(self) -> Severity | None:
        """The most severe counted finding's severity, None when there are none."""
        return worst(self.findings)

    def failed(self, fail_on: FailOn | str) -> bool:
        """True when a counted finding is at least as severe as `fail_on`, or a limit is over."""
        return bool(self.breaches) or fails(self.findings, fail_on)


@dataclass(frozen=True, slots=True)
class CorpusResult:
    """All pairs of a run, in a stable order, and the policy they were judged by."""

    root: Path
    results: tuple[PairResult, ...]
    fail_on: FailOn | str = FailOn.ERROR
    baseline: Path | None = None
    settings: Mapping[str, Any] = field(default_factory=FrozenMap)
    expect: bool = False
    """The expect mode: a pair that declares `expect` fails the run only when it differs."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "settings", FrozenMap(self.settings))  # read-only copy

    @property
    def errors(self) -> tuple[PairResult, ...]:
        """Pairs that could not be compared."""
        return tuple(r for r in self.results if r.error is not None)

    def fails_run(self, pair: PairResult) -> bool:
        """True when this compared pair makes the run fail, under the expect mode if on."""
        if pair.error is not None:
            return False
        return pair_outcome(pair.failed(self.fail_on), pair.spec.expect, expect_mode=self.expect)

    @property
    def exit_code(self) -> ExitCode:
        """2 when a pair could not be compared, else 1 when one fails the run, else 0."""
        failed = any(self.fails_run(r) for r in self.results)
        return exit_code(failed=failed, errors=bool(self.errors))


class CorpusError(DriftcheckError):
    """The corpus itself cannot be read: a missing root or a malformed story.toml or manifest."""


def discover(root: Path, *, allow_outside: bool = False) -> tuple[list[PairSpec], list[PairResult]]:
    """The pairs a corpus asks for, and error rows for stories that cannot be read.

    A version outside the corpus root makes its pair an error row, unless `allow_outside`.
    """
    if not root.exists():
        raise UsageError(f"{root}: no such file or directory")
    specs, errors = _from_manifest(root) if root.is_file() else _discover_dir(root)
    if allow_outside:
        return specs, errors
    inside = root.parent if root.is_file() else root
    kept: list[PairSpec] = []
    for spec in specs:
        outside = outside_of(inside, (spec.source, spec.target))
        if outside is None:
            kept.append(spec)
        else:
            errors.append(PairResult(spec, error=outside))
    return kept, errors


def outside_of(root: Path, paths: Iterable[Path]) -> str | None:
    """Why one of `paths` may not be read from a corpus at `root`, or None when all are inside.

    Links are followed first, so a symbolic link pointing out of the corpus is outside.
    """
    top = root.resolve()
    for path in paths:  # a missing file or broken link is reported when it is read
        if path.exists() and not path.resolve().is_relative_to(top):
            return (
                f"{path}: is outside the corpus ({root}); a manifest or story.toml may only "
                "name files inside it (--allow-outside-paths or allow-outside-paths = true "
                "in the settings to allow it)"
            )
    return None


def _discover_dir(root: Path) -> tuple[list[PairSpec], list[PairResult]]:
    specs: list[PairSpec] = []
    errors: list[PairResult] = []
    for directory in _story_dirs(root):
        manifest = next((directory / m for m in MANIFESTS if (directory / m).is_file()), None)
        try:
            if manifest is not None:
                found, bad = _from_manifest(manifest)
                specs += found
                errors += bad
            else:
                specs += _from_story(directory, root)
        except CorpusError as exc:
            name = directory.relative_to(root).as_posix() if directory != root else root.name
            errors.append(_error_row(name, directory, str(exc)))
    return specs, errors


def _story_dirs(root: Path) -> Iterator[Path]:
    """Directories below `root` (and root itself) that hold versions or a manifest, sorted."""
    top, seen = root.resolve(), set()
    for directory in sorted([root, *(p for p in root.rglob("*") if p.is_dir())]):
        if any(part.startswith(".") for part in directory.relative_to(root).parts):
            continue
        real = directory.resolve()
        linked_inside = directory != root and directory.is_symlink() and real.is_relative_to(top)
        if linked_inside or real in seen:
            continue  # the folder it links to is listed itself: its stories must not count twice
        seen.add(real)
        has_manifest = any((directory / m).is_file() for m in MANIFESTS)
        if has_manifest or (directory / STORY_FILE).is_file() or len(_versions(directory)) >= 2:
            yield directory


def _versions(directory: Path) -> list[Path]:
    """The version files of a story folder; a broken link counts, so it is reported, not lost."""
    found = (p for p in directory.iterdir() if p.is_file() or p.is_symlink())
    return sorted(p for p in found if p.suffix in VERSION_SUFFIXES)


def _from_story(directory: Path, root: Path) -> list[PairSpec]:
    """Pairs of one story directory: its source against every other version."""
    story = directory.relative_to(root).as_posix() if directory != root else directory.name
    versions = _versions(directory)
    settings = _read_story_toml(directory / STORY_FILE)
    source_name = settings.get("source")
    if source_name is None:
        if len(versions) < 2:
            raise CorpusError(f"{directory}: a story needs at least two versions")
        source = versions[0]
    else:
        source = directory / str(source_name)
    described = settings.get("versions", {})
    for name in described:
        if not (directory / name).is_file():
            raise CorpusError(f"{directory / STORY_FILE}: versions.{name}: no such file")
    targets = [v for v in versions if v != source]
    specs = []
    for target in targets:
        info = described.get(target.name, {})
        specs.append(
            PairSpec(
                story=story,
                source=source,
                target=target,
                role=_checked(info.get("role"), ROLES, f"{directory / STORY_FILE}: role"),
                language=info.get("language"),
                expect=_checked(
                    info.get("expect"), EXPECTATIONS, f"{directory / STORY_FILE}: expect"
                ),
            )
        )
    return specs


def _read_story_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read ({exc})") from exc
    unknown = set(data) - {"source", "versions", "title"}
    if unknown:
        raise CorpusError(
            f"{path}: unknown key {sorted(unknown)[0]!r} (known: source, title, versions)"
        )
    versions = data.get("versions", {})
    if not isinstance(versions, dict) or not all(isinstance(v, dict) for v in versions.values()):
        raise CorpusError(
            f"{path}: versions must be a table of file name = {{role, language, expect}}"
        )
    for name, info in versions.items():
        unknown = set(info) - set(VERSION_KEYS)
        if unknown:
            raise CorpusError(
                f"{path}: versions.{name}: unknown key {sorted(unknown)[0]!r} "
                f"(known: {', '.join(VERSION_KEYS)})"
            )
    for key, value in [("source", data.get("source"))] + [
        (f"versions.{name}.language", info.get("language")) for name, info in versions.items()
    ]:
        if value is not None and not isinstance(value, str):
            raise CorpusError(f"{path}: {key} must be a string")
    return data


def _from_manifest(path: Path) -> tuple[list[PairSpec], list[PairResult]]:
    """Pairs listed in a CSV or JSONL manifest; a row naming a missing file is an error row."""
    rows = list(_manifest_rows(path))
    specs: list[PairSpec] = []
    errors: list[PairResult] = []
    listed: set[tuple[str, Path, Path]] = set()
    for number, row in rows:
        where = f"{path}:{number}"
        unknown = set(row) - set(COLUMNS)
        if unknown:
            raise CorpusError(
                f"{where}: unknown column {sorted(unknown)[0]!r} (known: {', '.join(COLUMNS)})"
            )
        for key in ("source", "target", "story", "language"):
            if row.get(key) is not None and not isinstance(row[key], str):
                raise CorpusError(f"{where}: {key} must be a string")
        source, target = row.get("source"), row.get("target")
        if not source or not target:
            raise CorpusError(f"{where}: every row needs a source and a target")
        spec = PairSpec(
            story=row.get("story") or Path(str(target)).stem,
            source=path.parent / str(source),
            target=path.parent / str(target),
            role=_checked(row.get("role") or None, ROLES, f"{where}: role"),
            language=row.get("language") or None,
            expect=_checked(row.get("expect") or None, EXPECTATIONS, f"{where}: expect"),
        )
        if (spec.story, spec.source, spec.target) in listed:
            continue  # the same pair listed twice is compared and reported once
        listed.add((spec.story, spec.source, spec.target))
        missing = [p for p in (spec.source, spec.target) if not p.is_file()]
        if missing:
            problem = (
                "is a directory, expected a file"
                if missing[0].is_dir()
                else "is a broken symbolic link"
                if missing[0].is_symlink()
                else "no such file"
            )
            errors.append(PairResult(spec, error=f"{where}: {missing[0]}: {problem}"))
        else:
            specs.append(spec)
    return specs, errors


def _manifest_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read ({exc})") from exc
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise CorpusError(f"{path}:{number}: each line must be a JSON object")
            yield number, {str(key).strip().lower(): value for key, value in row.items()}
    elif path.suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))  # a quoted field keeps its newline
        for row in reader:
            cells = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            yield reader.line_num, cells
    else:
        raise CorpusError(f"{path}: a manifest must be .csv or .jsonl")


def _checked(value: Any, allowed: Sequence[str], where: str) -> str | None:
    if value is None:
        return None
    if value not in allowed:
        raise CorpusError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _error_row(story: str, directory: Path, message: str) -> PairResult:
    return PairResult(PairSpec(story, directory, directory), error=message)


def sorted_results(results: Iterable[PairResult]) -> tuple[PairResult, ...]:
    """Results in a stable order: by story, then target."""
    return tuple(sorted(results, key=lambda r: (r.spec.story, str(r.spec.target))))


def with_findings(
    result: PairResult, findings: tuple[Finding, ...], resolved: tuple[str, ...]
) -> PairResult:
    """The result counting only `findings` (e.g. the new ones against a baseline)."""
    return replace(result, findings=findings, resolved=resolved)
