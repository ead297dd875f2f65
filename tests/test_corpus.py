"""Corpus runs: discovery of both layouts, error rows, batching, --jobs, baselines."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from driftcheck import batch, pipeline
from driftcheck.baseline import apply_baseline, fingerprints, read_baseline, write_baseline
from driftcheck.batch import compare_all
from driftcheck.corpus import CorpusError, CorpusResult, PairSpec, discover, sorted_results
from driftcheck.errors import UsageError
from driftcheck.pipeline import Comparer
from driftcheck.policy import ExitCode
from driftcheck.segment import segment as real_segment
from driftcheck.testing import FakeEmbedder
from driftcheck.textio import read_version
from driftcheck.types import Report

WIRE = (
    "The council approved the budget on Tuesday.\n\n"
    'Spending on buses rises by 12 percent, the mayor said.\n\n"We are proud of it," she said.\n'
)
EDIT = WIRE.replace("12 percent", "15 percent")
SAME = WIRE.replace('"We', "“We").replace('it,"', "it,”")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "budget" / "00-wire.txt", WIRE)
    write(root / "budget" / "01-edit.txt", EDIT)
    write(root / "budget" / "02-syndicated.txt", SAME)
    write(root / "council" / "a.txt", WIRE)
    write(root / "council" / "b.txt", SAME)
    write(
        root / "council" / "story.toml",
        'source = "a.txt"\n[versions."b.txt"]\nrole = "syndicated"\nexpect = "pass"\n',
    )
    write(root / "pairs" / "x.txt", WIRE)
    write(root / "pairs" / "y.txt", EDIT)
    write(
        root / "pairs" / "manifest.csv",
        "source,target,story,language,role,expect\nx.txt,y.txt,buses,en,edited,fail\n"
        "x.txt,missing.txt,ghost,en,edited,fail\n",
    )
    return root


def run(root: Path, jobs: int = 1) -> CorpusResult:
    specs, broken = discover(root)
    comparer = Comparer(embedder=FakeEmbedder())
    compared = compare_all(specs, comparer, lambda p: read_version(str(p)), jobs=jobs)
    return CorpusResult(root, sorted_results([*compared, *broken]))


def test_discovers_story_dirs_story_toml_and_manifests(corpus: Path) -> None:
    specs, broken = discover(corpus)
    names = sorted(spec.name for spec in specs)
    assert names == [
        "budget/01-edit.txt",
        "budget/02-syndicated.txt",
        "buses/y.txt",
        "council/b.txt",
    ]
    budget = [s for s in specs if s.story == "budget"]
    assert {s.source.name for s in budget} == {"00-wire.txt"}
    council = next(s for s in specs if s.story == "council")
    assert (council.role, council.expect) == ("syndicated", "pass")
    assert len(broken) == 1
    assert broken[0].error is not None
    assert "missing.txt: no such file" in broken[0].error


def test_results_error_rows_and_exit_code(corpus: Path) -> None:
    result = run(corpus)
    outcomes = {r.spec.name: (r.error is None, r.failed("error")) for r in result.results}
    assert outcomes["budget/01-edit.txt"] == (True, True)
    assert outcomes["budget/02-syndicated.txt"] == (True, False)
    assert outcomes["council/b.txt"] == (True, False)
    assert outcomes["ghost/missing.txt"][0] is False
    assert result.exit_code is ExitCode.ERROR


def test_one_unreadable_version_does_not_stop_the_run(corpus: Path) -> None:
    (corpus / "budget" / "01-edit.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    result = run(corpus)
    bad = next(r for r in result.results if r.spec.name == "budget/01-edit.txt")
    assert bad.error is not None
    assert "PNG" in bad.error
    assert sum(1 for r in result.results if r.report is not None) == 3


def test_jobs_do_not_change_results(corpus: Path) -> None:
    one = run(corpus, jobs=1)
    two = run(corpus, jobs=2)
    assert [r.report.to_dict() if r.report else r.error for r in one.results] == [
        r.report.to_dict() if r.report else r.error for r in two.results
    ]


def test_sentences_are_embedded_once_across_pairs(corpus: Path) -> None:
    embedder = FakeEmbedder()
    specs, _ = discover(corpus)
    compare_all(specs, Comparer(embedder=embedder), lambda p: read_version(str(p)))
    embedded = [text for call in embedder.calls for text in call]
    assert len(embedded) == len(set(embedded))


def test_baseline_keeps_old_findings_quiet_and_lists_resolved(corpus: Path, tmp_path: Path) -> None:
    first = run(corpus)
    baseline = tmp_path / "baseline.json"
    count = write_baseline(baseline, first.results)
    assert count == sum(len(r.report.findings) for r in first.results if r.report)
    again = apply_baseline(first.results, read_baseline(baseline))
    assert all(r.findings == () for r in again)
    write(corpus / "budget" / "01-edit.txt", WIRE)  # the figure was fixed
    fixed = apply_baseline(run(corpus).results, read_baseline(baseline))
    edit = next(r for r in fixed if r.spec.name == "budget/01-edit.txt")
    assert edit.findings == ()
    assert any("12" in message for message in edit.resolved)


def test_fingerprints_ignore_position_but_not_words(tmp_path: Path) -> None:
    spec = PairSpec("s", tmp_path / "a.txt", tmp_path / "b.txt")
    comparer = Comparer(embedder=FakeEmbedder())
    report = comparer.compare(WIRE, EDIT)
    moved = comparer.compare("Intro line here.\n\n" + WIRE, "Intro line here.\n\n" + EDIT)
    assert fingerprints(spec, report.findings) == fingerprints(spec, moved.findings)
    other = comparer.compare(WIRE, WIRE.replace("12 percent", "18 percent"))
    assert fingerprints(spec, report.findings) != fingerprints(spec, other.findings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('source = "nope.txt"\n', "nope.txt"),
        ('colour = "red"\n', "unknown key 'colour'"),
        ('[versions."b.txt"]\nexpect = "maybe"\n', "'maybe' is not one of pass, fail"),
    ],
)
def test_bad_story_toml_is_an_error_row(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path / "s" / "a.txt", WIRE)
    write(tmp_path / "s" / "b.txt", EDIT)
    write(tmp_path / "s" / "story.toml", text)
    specs, broken = discover(tmp_path)
    if "nope" in message:
        result = compare_all(
            specs, Comparer(embedder=FakeEmbedder()), lambda p: read_version(str(p))
        )
        assert message in (result[0].error or "")
    else:
        assert specs == []
        assert message in (broken[0].error or "")


def test_jsonl_manifest_and_missing_root(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", WIRE)
    write(tmp_path / "b.txt", EDIT)
    manifest = write(
        tmp_path / "pairs.jsonl", json.dumps({"source": "a.txt", "target": "b.txt"}) + "\n"
    )
    specs, broken = discover(manifest)
    assert [s.name for s in specs] == ["b/b.txt"]
    assert broken == []
    with pytest.raises(UsageError, match="no such file"):
        discover(tmp_path / "nowhere")
    bad = write(tmp_path / "bad.jsonl", "{not json\n")
    with pytest.raises(CorpusError, match="not valid JSON"):
        discover(bad)


def _fatal_for(story: str, fatal: Callable[[], object]) -> Callable[..., Report]:
    """batch._compare, except that comparing `story` calls `fatal` (in the worker)."""
    compare = batch._compare

    def wrapped(comparer: Comparer, task: Any) -> Report:
        if task.spec.story == story:
            fatal()
        return compare(comparer, task)

    return wrapped


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_pair_that_crashes_the_library_is_one_error_row(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(batch, "_compare", _fatal_for("budget", bug))
    rows = {r.spec.name: r for r in run(corpus, jobs=jobs).results}
    budget = [rows["budget/01-edit.txt"], rows["budget/02-syndicated.txt"]]
    assert all(r.error == "internal error: ZeroDivisionError: division by zero" for r in budget)
    assert rows["buses/y.txt"].report is not None
    assert rows["council/b.txt"].report is not None


def test_a_worker_killed_by_the_system_loses_only_its_own_pair(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like the kernel's out-of-memory killer: the worker vanishes without a word."""
    monkeypatch.setattr(batch, "_compare", _fatal_for("council", lambda: os._exit(137)))
    rows = {r.spec.name: r for r in run(corpus, jobs=2).results}
    assert rows["council/b.txt"].error is not None
    assert "the process comparing this pair died" in rows["council/b.txt"].error
    assert [rows[name].report is not None for name in sorted(rows) if name != "council/b.txt"] == [
        True,
        True,
        True,
        False,  # ghost/missing.txt, the manifest's missing file
    ]


def test_a_pair_that_cannot_be_segmented_does_not_stop_the_others(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fussy(text: str, *args: Any, **options: Any) -> Any:
        if "proud" in text and "“" in text:  # council's syndicated copy
            raise RecursionError("maximum recursion depth exceeded")
        return real_segment(text, *args, **options)

    monkeypatch.setattr(batch, "segment", fussy)  # embedding all pairs up front
    monkeypatch.setattr(pipeline, "segment", fussy)  # comparing each pair
    rows = {r.spec.name: r for r in run(corpus).results}
    assert rows["council/b.txt"].error == (
        "internal error: RecursionError: maximum recursion depth exceeded"
    )
    assert rows["budget/01-edit.txt"].report is not None
