"""Apply a second annotator's audit to the real-copy labels: audited label files, and agreement.

    python bench/audit_labels.py [--labels DIR] [--audits DIR] [--out DIR]

Reads `<labels>/<split>.jsonl` (the first annotator's labels, see its README) and every
`<audits>/*.jsonl`: one record per change the first annotator missed (`"audit": "missing"`, a
label record), per label the auditor judged wrong under the guidelines (`"audit": "wrong"`,
the label's family/change/a/b and a `fix`: null to delete it, or a corrected record), and a
`"audit": "done"` record per audited pair. Writes `<out>/<split>.jsonl` in the label format,
every pair of the split in the original order: audited pairs with the audit applied and their
pair record marked `"audited": true`, the other pairs unchanged (`"audited": false`).
Prints, per split and family, how many labels the audit added and removed: the first
annotator's labels missed `missing / (kept + missing)` of the audited changes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "newsedits-labels"
SPLITS = ("dev", "heldout")
KEY_FIELDS = ("family", "change", "a", "b")


class AuditError(Exception):
    """An audit record that cannot be applied; the message names its file and line."""


@dataclass(frozen=True)
class Audit:
    """One split's audit: pairs audited, labels to add, labels to remove or replace."""

    done: frozenset[str]
    missing: tuple[dict[str, Any], ...]
    wrong: tuple[tuple[str, tuple[str, ...], dict[str, Any] | None], ...]


def _records(path: Path) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AuditError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("pair"), str):
            raise AuditError(f"{where}: expected an object with a pair")
        out.append((where, raw))
    return out


def _key(record: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(str(record.get(field, "")) for field in KEY_FIELDS)


def _label(record: Mapping[str, Any], pair: str) -> dict[str, Any]:
    """A label record in the labels' own format (audit bookkeeping removed)."""
    label: dict[str, Any] = {"pair": pair}
    for field in (*KEY_FIELDS, "note"):
        label[field] = str(record.get(field, ""))
    if record.get("uncertain") is True:
        label["uncertain"] = True
    label["audit"] = "second annotator"
    return label


def load_audit(files: Sequence[Path], pairs: set[str]) -> Audit:
    """The audit records about `pairs` (others belong to another split)."""
    done: set[str] = set()
    missing: list[dict[str, Any]] = []
    wrong: list[tuple[str, tuple[str, ...], dict[str, Any] | None]] = []
    for path in files:
        for where, raw in _records(path):
            pair = raw["pair"]
            if pair not in pairs:
                continue
            kind = raw.get("audit")
            if kind == "done":
                done.add(pair)
            elif kind == "missing":
                missing.append(_label(raw, pair))
            elif kind == "wrong":
                original = raw.get("label")
                if not isinstance(original, dict):
                    raise AuditError(f"{where}: a wrong record needs the label it judges")
                fix = raw.get("fix")
                wrong.append(
                    (pair, _key(original), _label(fix, pair) if isinstance(fix, dict) else None)
                )
            else:
                raise AuditError(f"{where}: audit must be done, missing or wrong, got {kind!r}")
    return Audit(frozenset(done), tuple(missing), tuple(wrong))


def apply(
    records: Sequence[dict[str, Any]], audit: Audit
) -> tuple[list[dict[str, Any]], Counter[str], Counter[str], Counter[str]]:
    """The audited label records, and per family: labels kept, added and removed."""
    heads = [r for r in records if r.get("labelled") is True]
    changes: dict[str, list[dict[str, Any]]] = {r["pair"]: [] for r in heads}
    for record in records:
        if record.get("labelled") is not True:
            changes[record["pair"]].append(record)
    kept: Counter[str] = Counter()
    added: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for pair, key, fix in audit.wrong:
        if pair not in audit.done:
            continue
        found = [i for i, r in enumerate(changes[pair]) if _key(r) == key]
        if not found:
            raise AuditError(f"{pair}: the audit judges a label that is not there: {key}")
        old = changes[pair].pop(found[0])
        removed[old["family"]] += 1
        if fix is not None:
            changes[pair].append(fix)
            added[fix["family"]] += 1
    for label in audit.missing:
        if label["pair"] in audit.done:
            changes[label["pair"]].append(label)
            added[label["family"]] += 1
    out: list[dict[str, Any]] = []
    for head in heads:
        pair = head["pair"]
        audited = pair in audit.done
        out.append({**head, "n_changes": len(changes[pair]), "audited": audited})
        for record in changes[pair]:
            out.append(record)
            if audited and record.get("audit") is None:
                kept[record["family"]] += 1
    return out, kept, added, removed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--audits", type=Path, default=LABELS / "audit")
    parser.add_argument("--out", type=Path, default=LABELS / "audited")
    args = parser.parse_args(argv)
    files = sorted(args.audits.glob("*.jsonl"))
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        for split in SPLITS:
            records = [raw for _, raw in _records(args.labels / f"{split}.jsonl")]
            pairs = {r["pair"] for r in records if r.get("labelled") is True}
            audit = load_audit(files, pairs)
            out, kept, added, removed = apply(records, audit)
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
            (args.out / f"{split}.jsonl").write_text(text, encoding="utf-8")
            print(f"{split}: {len(audit.done)} of {len(pairs)} pairs audited")
            print(f"  {'family':<12} {'kept':>5} {'added':>6} {'removed':>8} {'missed':>7}")
            for family in sorted(set(kept) | set(added) | set(removed)):
                total = kept[family] + added[family]
                share = f"{added[family] / total:.3f}" if total else "n/a"
                print(
                    f"  {family:<12} {kept[family]:>5} {added[family]:>6}"
                    f" {removed[family]:>8} {share:>7}"
                )
    except (AuditError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
