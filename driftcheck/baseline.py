"""Baselines: record today's findings, then report only what is new (and what was fixed).

A finding's fingerprint is built from what it is about, not where it is: the story, the
target version's file name, the rule and the folded text of its A and B spans. Editing
other paragraphs, or moving the passage, keeps it; changing the quoted words makes a new
finding. Repeats within one pair are numbered so each keeps its own fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from driftcheck.corpus import PairResult, PairSpec, with_findings
from driftcheck.errors import DriftcheckError
from driftcheck.normalize import fold
from driftcheck.textio import without_surrogates
from driftcheck.types import Finding

FORMAT = "driftcheck-baseline/1"


class BaselineError(DriftcheckError):
    """A baseline file cannot be read or is not a driftcheck baseline."""


def fingerprints(spec: PairSpec, findings: Iterable[Finding]) -> list[str]:
    """One stable fingerprint per finding, in the same order."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        parts = (
            spec.story,
            spec.target.name,
            finding.rule,
            fold(finding.a_text or ""),
            fold(finding.b_text or ""),
        )
        joined = without_surrogates("\x1f".join(parts))  # a non-UTF-8 file name
        digest = hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]
        seen[digest] += 1
        result.append(digest if seen[digest] == 1 else f"{digest}.{seen[digest]}")
    return result


def write_baseline(path: Path, results: Iterable[PairResult]) -> int:
    """Record every finding of every compared pair; returns how many were written."""
    entries = []
    for result in results:
        if result.report is None:
            continue
        for finding, print_ in zip(
            result.report.findings, fingerprints(result.spec, result.report.findings), strict=True
        ):
            entries.append(
                {
                    "fingerprint": print_,
                    "story": result.spec.story,
                    "target": result.spec.target.name,
                    "rule": finding.rule,
                    "message": finding.message,
                }
            )
    document = {"format": FORMAT, "findings": entries}
    try:
        text = without_surrogates(json.dumps(document, ensure_ascii=False, indent=2))
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return len(entries)


def read_baseline(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """(story, target) -> {fingerprint: message} from a baseline file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(f"{path}: no such baseline file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a readable baseline ({exc})") from exc
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        raise BaselineError(f"{path}: not a driftcheck baseline (expected format {FORMAT!r})")
    known: dict[tuple[str, str], dict[str, str]] = {}
    for entry in document.get("findings", []):
        key = (str(entry["story"]), str(entry["target"]))
        known.setdefault(key, {})[str(entry["fingerprint"])] = str(entry.get("message", ""))
    return known


def apply_baseline(
    results: Iterable[PairResult], known: Mapping[tuple[str, str], Mapping[str, Any]]
) -> list[PairResult]:
    """Each result counting only findings not in the baseline, with the fixed ones listed."""
    updated = []
    for result in results:
        if result.report is None:
            updated.append(result)
            continue
        key = (without_surrogates(result.spec.story), without_surrogates(result.spec.target.name))
        before = known.get(key, {})
        prints = fingerprints(result.spec, result.report.findings)
        new = tuple(
            f for f, p in zip(result.report.findings, prints, strict=True) if p not in before
        )
        resolved = tuple(str(before[p]) for p in sorted(set(before) - set(prints)))
        updated.append(with_findings(result, new, resolved))
    return updated
