"""The label audit: what a second annotator adds, removes and fixes, and only on audited pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import audit_labels
from bench.audit_labels import SPLITS, AuditError, apply, load_audit
from bench.realcopy import LABELS as REALCOPY_LABELS
from bench.realcopy import TEXTS, check_texts, load_pairs

HEAD_A: dict[str, Any] = {"pair": "p1", "labelled": True, "n_changes": 2, "notes": "an edit"}
HEAD_B: dict[str, Any] = {"pair": "p2", "labelled": True, "n_changes": 1, "notes": "another"}
FIGURE: dict[str, Any] = {
    "pair": "p1",
    "family": "figure",
    "change": "changed",
    "a": "12",
    "b": "15",
    "note": "toll",
}
NAME: dict[str, Any] = {
    "pair": "p1",
    "family": "name",
    "change": "removed",
    "a": "Smith",
    "b": "",
    "note": "gone",
}
OTHER: dict[str, Any] = {
    "pair": "p2",
    "family": "quote",
    "change": "added",
    "a": "",
    "b": "yes",
    "note": "new",
}
LABELS = [HEAD_A, FIGURE, NAME, HEAD_B, OTHER]


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _key(record: dict[str, Any]) -> dict[str, Any]:
    return {field: record[field] for field in ("family", "change", "a", "b")}


def test_missing_labels_are_added_and_wrong_ones_removed_or_fixed(tmp_path: Path) -> None:
    fix = {**NAME, "family": "attribution", "b": "Smith", "note": "fixed"}
    audit = _write(
        tmp_path / "a.jsonl",
        [
            {"pair": "p1", "audit": "wrong", "label": _key(FIGURE), "reason": "r", "fix": None},
            {"pair": "p1", "audit": "wrong", "label": _key(NAME), "reason": "r", "fix": fix},
            {"pair": "p1", "audit": "missing", **{k: v for k, v in OTHER.items() if k != "pair"}},
            {"pair": "p1", "audit": "done", "missing": 1, "wrong": 2},
        ],
    )
    out, kept, added, removed = apply(LABELS, load_audit([audit], {"p1", "p2"}))
    p1 = [r for r in out if r["pair"] == "p1" and "family" in r]
    assert [(r["family"], r["change"]) for r in p1] == [
        ("attribution", "removed"),
        ("quote", "added"),
    ]
    assert out[0]["n_changes"] == 2
    assert out[0]["audited"] is True
    assert removed == {"figure": 1, "name": 1}
    assert added == {"attribution": 1, "quote": 1}
    assert sum(kept.values()) == 0
    assert [r for r in out if r["pair"] == "p2"] == [{**HEAD_B, "audited": False}, OTHER]


def test_records_of_a_pair_without_done_are_not_applied(tmp_path: Path) -> None:
    audit = _write(
        tmp_path / "a.jsonl",
        [{"pair": "p1", "audit": "wrong", "label": _key(FIGURE), "reason": "r", "fix": None}],
    )
    out, kept, added, removed = apply(LABELS, load_audit([audit], {"p1", "p2"}))
    assert [r for r in out if "family" in r] == [FIGURE, NAME, OTHER]
    assert not added
    assert not removed
    assert not kept


def test_judging_a_label_that_is_not_there_is_an_error(tmp_path: Path) -> None:
    ghost = {**_key(FIGURE), "b": "16"}
    audit = _write(
        tmp_path / "a.jsonl",
        [
            {"pair": "p1", "audit": "wrong", "label": ghost, "reason": "r", "fix": None},
            {"pair": "p1", "audit": "done"},
        ],
    )
    with pytest.raises(AuditError, match="not there"):
        apply(LABELS, load_audit([audit], {"p1"}))


@pytest.mark.parametrize(
    "line", ['{"pair": "p1", "audit": "maybe"}', "not json", '{"audit": "done"}']
)
def test_malformed_audit_records_are_refused(tmp_path: Path, line: str) -> None:
    audit = tmp_path / "a.jsonl"
    audit.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(AuditError, match=r"a\.jsonl:1"):
        load_audit([audit], {"p1"})


def test_the_script_writes_label_files_the_bench_reads(tmp_path: Path) -> None:
    labels, audits, out = tmp_path / "labels", tmp_path / "audits", tmp_path / "out"
    labels.mkdir()
    audits.mkdir()
    _write(labels / "dev.jsonl", LABELS)
    _write(labels / "heldout.jsonl", [{**HEAD_B, "pair": "p3", "n_changes": 0}])
    _write(
        audits / "x.jsonl",
        [
            {"pair": "p3", "audit": "missing", **{k: v for k, v in NAME.items() if k != "pair"}},
            {"pair": "p3", "audit": "done", "missing": 1, "wrong": 0},
        ],
    )
    args = ["--labels", str(labels), "--audits", str(audits), "--out", str(out)]
    assert audit_labels.main(args) == 0
    (held,) = load_pairs(out / "heldout.jsonl")
    assert held.name == "p3"
    assert [label.a for label in held.labels] == ["Smith"]
    assert len(load_pairs(out / "dev.jsonl")) == 2


@pytest.mark.parametrize("split", SPLITS)
def test_the_committed_audited_labels_are_the_audit_applied(tmp_path: Path, split: str) -> None:
    assert audit_labels.main(["--out", str(tmp_path)]) == 0
    committed = (REALCOPY_LABELS / "audited" / f"{split}.jsonl").read_text(encoding="utf-8")
    assert (tmp_path / f"{split}.jsonl").read_text(encoding="utf-8") == committed


@pytest.mark.skipif(not TEXTS.is_dir(), reason="the NewsEdits texts live in ../shared/benchdata")
@pytest.mark.parametrize("split", SPLITS)
def test_every_audited_excerpt_is_in_its_text(split: str) -> None:
    check_texts(load_pairs(REALCOPY_LABELS / "audited" / f"{split}.jsonl"), TEXTS)
