"""`--explain A#10`: why the aligner paired, split, merged or left out one sentence."""

from __future__ import annotations

import re

from driftcheck.errors import UsageError
from driftcheck.report._findings import group_numbers
from driftcheck.types import AlignmentGroup, Confidence, Kind, Report

_REF = re.compile(r"^\s*([AaBb])\s*#?\s*(\d+)\s*$")
_STAGES = {
    "identical": "it reads the same in both versions",
    "anchor": "each is the other's most similar sentence, at least {t} similar",
    "order": "in reading order, the best path links them (at least {t} similar)",
    "moved": "no partner in reading order; matched across the story at {t} or more",
    "grown": "a part joined because the joined text reads closer (parts at least {t} similar)",
}


def parse_ref(ref: str) -> tuple[str, int]:
    """'A#10' -> ('a', 9): the side and the 0-based index of a sentence number."""
    found = _REF.match(ref)
    if not found or int(found.group(2)) < 1:
        raise UsageError(f"--explain: expected a sentence number like A#10 or B#3, got {ref!r}")
    return found.group(1).lower(), int(found.group(2)) - 1


def explain(report: Report, ref: str) -> str:
    """A few lines: the sentence, its group, the stage that decided it, what it beat."""
    side, index = parse_ref(ref)
    document = report.a if side == "a" else report.b
    if index >= len(document.sentences):
        raise UsageError(
            f"--explain: {side.upper()} has {len(document.sentences)} sentences, no #{index + 1}"
        )
    group = next(g for g in report.alignments if index in (g.a if side == "a" else g.b))
    text = document.sentences[index].text
    lines = [f"{side.upper()}#{index + 1}: {_clip(text)}", f"  {_verdict(group)}"]
    confidence = group.confidence
    if confidence is not None:
        lines += _reasons(confidence)
    return "\n".join(lines) + "\n"


def _verdict(group: AlignmentGroup) -> str:
    where = group_numbers(group)
    if group.kind is Kind.OMITTED:
        return f"omitted: {where} has no partner in B"
    if group.kind is Kind.ADDED:
        return f"added: {where} has no partner in A"
    moved = ", moved" if group.moved else ""
    return f"{group.kind.value}{moved}: {where} (similarity {group.similarity:.2f})"


def _reasons(confidence: Confidence) -> list[str]:
    threshold = "?" if confidence.threshold is None else f"{confidence.threshold:.2f}"
    lines = []
    if confidence.stage == "unpaired":
        best = confidence.rivals[0].similarity if confidence.rivals else None
        reason = (
            "no candidate at all"
            if best is None
            else f"its best candidate is {best:.2f} similar; pairs need about {threshold}"
        )
        lines.append(f"  why: {reason}, or a better-placed sentence took it")
    else:
        lines.append("  why: " + _STAGES[confidence.stage].format(t=threshold))
    if confidence.margin is not None:
        lines.append(f"  margin over the runner-up: {confidence.margin:+.2f}")
    if confidence.low:
        lines.append("  low confidence: close to its threshold or to its runner-up; read it twice")
    if confidence.rivals:
        beaten = ", ".join(
            f"{r.side.upper()}#{r.index + 1} {r.similarity:.2f}" for r in confidence.rivals
        )
        label = "candidates" if confidence.stage == "unpaired" else "candidates it beat"
        lines.append(f"  {label}: {beaten}")
    return lines


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
