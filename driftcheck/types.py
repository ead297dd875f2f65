"""The values that pass between pipeline stages: all frozen, all plain."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from driftcheck.levels import Severity as Severity  # noqa: PLC0414 (re-exported)

SCHEMA_VERSION = "1.2"
"""Version of the JSON document; minor bumps only add keys, major bumps change or remove them."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a version, with its character span in the decoded text."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int


class LanguageSource(StrEnum):
    """How a version's language was known."""

    GIVEN = "given"
    DETECTED = "detected"
    ASSUMED = "assumed"


@dataclass(frozen=True, slots=True)
class Language:
    """A version's language (an ISO 639-1 code such as "de") and how it was known."""

    code: str
    source: LanguageSource


@dataclass(frozen=True, slots=True)
class Document:
    """One version of a story: the decoded text and its sentences in reading order."""

    text: str
    sentences: tuple[Sentence, ...]
    path: str | None = None
    language: Language | None = None


class Kind(StrEnum):
    """What happened to an aligned group of sentences."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    SPLIT = "split"
    MERGE = "merge"
    OMITTED = "omitted"
    ADDED = "added"


class Op(StrEnum):
    """One step of a word diff, read from A to B."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"
    COSMETIC = "cosmetic"


@dataclass(frozen=True, slots=True)
class DiffToken:
    """A run of text with its diff op; `a_text` is A's spelling of a cosmetic change."""

    op: Op
    text: str
    a_text: str | None = None

    def to_json(self) -> list[str]:
        """`[op, text]`, or `["cosmetic", text_in_b, text_in_a]` for cosmetic changes."""
        if self.op is Op.COSMETIC and self.a_text is not None:
            return [self.op.value, self.text, self.a_text]
        return [self.op.value, self.text]


@dataclass(frozen=True, slots=True)
class Rival:
    """A sentence the aligner weighed for a group, and how similar it was."""

    side: str
    """"a" or "b": the side the rival sentence is on."""
    index: int
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        """The rival as it appears in the JSON document."""
        return {"side": self.side, "index": self.index, "similarity": round(self.similarity, 4)}


@dataclass(frozen=True, slots=True)
class Confidence:
    """How sure the aligner is of a group: which stage decided it and what it beat."""

    stage: str
    """identical, anchor, order, moved, or unpaired."""
    threshold: float | None
    """The similarity the deciding stage needed."""
    rivals: tuple[Rival, ...] = ()
    """The best candidates not in the group, most similar first (up to three)."""
    margin: float | None = None
    """The group's similarity minus its runner-up's (the first rival)."""
    low: bool = False
    """A pair an editor should look at twice: close to its threshold or to its runner-up."""

    def to_dict(self) -> dict[str, Any]:
        """The confidence as it appears in the JSON document."""
        return {
            "stage": self.stage,
            "threshold": None if self.threshold is None else round(self.threshold, 4),
            "runner_up": self.rivals[0].to_dict() if self.rivals else None,
            "margin": None if self.margin is None else round(self.margin, 4),
            "low": self.low,
            "rivals": [rival.to_dict() for rival in self.rivals],
        }


@dataclass(frozen=True, slots=True)
class Pairing:
    """What the aligner decides: sentences of A that correspond to sentences of B.

    The word diff is not part of it: the pipeline adds it, making an `AlignmentGroup`.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: Kind
    similarity: float | None
    moved: bool = False
    confidence: Confidence | None = None


@dataclass(frozen=True, slots=True)
class AlignmentGroup:
    """Sentences of A that correspond to sentences of B, and how they differ.

    `diff` is the word diff of the group's joined A and B text. The pipeline builds it from
    the aligner's `Pairing` with `AlignmentGroup.of`.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: Kind
    similarity: float | None
    moved: bool = False
    diff: tuple[DiffToken, ...] = ()
    confidence: Confidence | None = None

    @classmethod
    def of(cls, pairing: Pairing, diff: tuple[DiffToken, ...]) -> AlignmentGroup:
        """The aligner's decision with its word diff."""
        return cls(
            pairing.a,
            pairing.b,
            pairing.kind,
            pairing.similarity,
            pairing.moved,
            diff,
            pairing.confidence,
        )

    def to_dict(self) -> dict[str, Any]:
        """The group as it appears in the JSON document."""
        return {
            "a": list(self.a),
            "b": list(self.b),
            "kind": self.kind.value,
            "moved": self.moved,
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "diff": [token.to_json() for token in self.diff],
            "confidence": None if self.confidence is None else self.confidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One editorial signal: what changed, how much it matters, and where.

    `group` is the index of the alignment group in `Report.alignments` (None for
    story-level findings); spans are (start, end) offsets into A's and B's decoded
    text, and `a_text`/`b_text` the text at those spans (e.g. a quote before and after).
    """

    rule: str
    severity: Severity
    message: str
    group: int | None = None
    a_span: tuple[int, int] | None = None
    b_span: tuple[int, int] | None = None
    a_text: str | None = None
    b_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The finding as it appears in the JSON document."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "group": self.group,
            "a": None if self.a_span is None else _span_dict(self.a_span, self.a_text),
            "b": None if self.b_span is None else _span_dict(self.b_span, self.b_text),
        }


def _span_dict(span: tuple[int, int], text: str | None) -> dict[str, Any]:
    return {"start": span[0], "end": span[1], "text": text}


@dataclass(frozen=True, slots=True)
class Summary:
    """Sentence counts per outcome; A-side counts are shares of A, `added` is a share of B."""

    a_sentences: int
    b_sentences: int
    unchanged: int
    reworded: int
    split_or_merged: int
    moved: int
    omitted: int
    added: int

    def percent(self, name: str) -> float:
        """Share of A's sentences (of B's for `added`) in percent, 0 for an empty side."""
        total = self.b_sentences if name == "added" else self.a_sentences
        return 0.0 if total == 0 else 100.0 * getattr(self, name) / total

    def to_dict(self) -> dict[str, Any]:
        """Counts and percentages as they appear in the JSON document."""
        names = ("unchanged", "reworded", "split_or_merged", "moved", "omitted", "added")
        return {
            "a_sentences": self.a_sentences,
            "b_sentences": self.b_sentences,
            **{name: getattr(self, name) for name in names},
            "percent": {name: round(self.percent(name), 1) for name in names},
        }


class FrozenMap(Mapping[str, Any]):
    """A read-only copy of a mapping, for settings inside frozen types; unlike
    MappingProxyType it pickles, so reports and settings can cross process boundaries."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Any] | None = None) -> None:
        self._items = dict(items or {})

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return repr(self._items)


@dataclass(frozen=True, slots=True)
class Report:
    """The result of comparing two versions; `to_dict()` is the JSON document."""

    a: Document
    b: Document
    alignments: tuple[AlignmentGroup, ...]
    summary: Summary
    model: str
    settings: Mapping[str, Any] = field(default_factory=FrozenMap)
    findings: tuple[Finding, ...] = ()
    drift_score: int = 0
    profiles: tuple[str | None, str | None] = (None, None)
    """The language profile each side's findings used (None: no profile; English rules ran)."""
    skipped_rules: tuple[tuple[str, str], ...] = ()
    """(rule, why) for the rules not run on this pair (a side's language has no profile)."""
    failures: tuple[str, ...] = ()
    """Why the report fails the policy it was compared under; empty when it passes."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "settings", FrozenMap(self.settings))  # read-only copy

    @property
    def failed(self) -> bool:
        """True when the report fails its policy (exit code 1 at the command line)."""
        return bool(self.failures)

    @property
    def worst(self) -> Severity | None:
        """The most severe finding's severity, None when there are none."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def glossary(self) -> tuple[tuple[str, str], ...]:
        """The story's word substitutions (A wording, B wording), each once, in reading order."""
        pairs = (
            (" ".join(f.a_text.split()), " ".join(f.b_text.split()))  # as read, on one line
            for f in self.findings
            if f.rule == "wording.substitution" and f.a_text and f.b_text
        )
        return tuple(dict.fromkeys(pairs))

    @property
    def differing_languages(self) -> tuple[str, str] | None:
        """A's and B's language codes when they differ (report headers show them), else None."""
        a, b = self.a.language, self.b.language
        if a is None or b is None or a.code == b.code:
            return None
        return a.code, b.code

    @property
    def identical(self) -> bool:
        """True when the two texts have the same sentences, byte for byte."""
        return [s.text for s in self.a.sentences] == [s.text for s in self.b.sentences]

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON document (see docs/json-schema.md)."""
        return {
            "schema": SCHEMA_VERSION,
            "model": self.model,
            "settings": dict(self.settings),
            "a": _document_dict(self.a),
            "b": _document_dict(self.b),
            "alignments": [group.to_dict() for group in self.alignments],
            "summary": self.summary.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "drift": {
                "score": self.drift_score,
                "worst": None if self.worst is None else self.worst.value,
                "counts": {severity.value: self.count(severity) for severity in Severity},
                "by_rule": dict(sorted(Counter(f.rule for f in self.findings).items())),
                "glossary": [{"a": a, "b": b} for a, b in self.glossary],
            },
            "verdict": {"failed": self.failed, "reasons": list(self.failures)},
            "cross_language": self.differing_languages is not None,
            "profiles": {"a": self.profiles[0], "b": self.profiles[1]},
            "skipped_rules": [{"rule": rule, "why": why} for rule, why in self.skipped_rules],
        }


def _document_dict(doc: Document) -> dict[str, Any]:
    return {
        "path": doc.path,
        "language": None if doc.language is None else doc.language.code,
        "language_source": None if doc.language is None else doc.language.source.value,
        "sentences": [
            {
                "index": s.index,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "paragraph": s.paragraph,
            }
            for s in doc.sentences
        ],
    }
