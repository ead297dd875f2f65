"""Shared test helpers: golden cases and a readable form of alignments."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from driftcheck.findings.context import Side, make_side
from driftcheck.findings.profiles import Profile, profile_for
from driftcheck.findings.xling import people
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import AlignmentGroup, Pairing, Report, Severity

ROOT = Path(__file__).parent.parent
SEED_A = ROOT / "corpus" / "xian-summit" / "000_4aeed5a79d37b210.txt"
SEED_B = ROOT / "corpus" / "xian-summit" / "002_51cd509281dfdc71.txt"
CASES = Path(__file__).parent / "cases"


def language_profile(code: str) -> Profile:
    """The findings profile of a language the tests know is supported."""
    profile = profile_for(code)
    assert profile is not None
    return profile


def sentence_sides(text: str) -> list[Side]:
    """One side per sentence of the text, as the cross-language name rules read them."""
    document = segment(text)
    return [make_side(document, (s.index,)) for s in document.sentences]


def english_people(text: str) -> set[str]:
    """The people the cross-language name rules find in an English text."""
    sides = sentence_sides(text)
    return people.people(
        sides, language_profile("en"), people.named(sides), people.common_words(sides)
    )


def describe(group: Pairing | AlignmentGroup) -> str:
    """'split 1>1,3 moved': kind, 1-based sentence numbers as the report shows them."""
    a = ",".join(str(i + 1) for i in group.a) or "-"
    b = ",".join(str(j + 1) for j in group.b) or "-"
    return f"{group.kind.value} {a}>{b}{' moved' if group.moved else ''}"


def assert_partition(report: Report) -> None:
    """Every sentence of each side is in exactly one group."""
    groups = report.alignments
    assert sorted(i for g in groups for i in g.a) == list(range(len(report.a.sentences)))
    assert sorted(j for g in groups for j in g.b) == list(range(len(report.b.sentences)))


@dataclass(frozen=True)
class Case:
    """A golden case: two versions and the expected alignment, one line per group."""

    name: str
    description: str
    a: str
    b: str
    expect: list[str]


def read_sections(path: Path) -> dict[str, list[str]]:
    """The lines of a .case file by section: header under '', then one per '--- name' line."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("--- "):
            current = line[4:].strip()
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def run_python(
    code: str, *args: str, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter that imports driftcheck from this checkout; must succeed."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def load_case(path: Path) -> Case:
    """Parse a .case file: '# description', then '--- a', '--- b', '--- expect' sections."""
    sections = read_sections(path)
    description = " ".join(line.lstrip("# ") for line in sections[""] if line.startswith("#"))
    return Case(
        name=path.stem,
        description=description,
        a="\n".join(sections["a"]).strip() + "\n",
        b="\n".join(sections["b"]).strip() + "\n",
        expect=[line.strip() for line in sections["expect"] if line.strip()],
    )


def severe_messages(
    a: str, b: str, code: str, prefix: str, words: dict[str, str] | None = None
) -> list[str]:
    """The warning and error messages of rules starting with `prefix` when English `a` is
    compared with `b` in language `code`; `words` are the fake embedder's synonyms, where a
    translation shares too few words with A to align."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words or {}), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        f.message
        for f in report.findings
        if f.rule.startswith(prefix) and f.severity.rank >= Severity.WARNING.rank
    ]


def severe_names(en: str, b: str, code: str, synonyms: dict[str, str] | None = None) -> list[str]:
    """Messages of name and attribution findings at warning or above, English A to `code` B."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=synonyms), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    return [
        f.message
        for f in report.findings
        if f.rule.startswith(("entity.", "attribution."))
        and f.severity.rank >= Severity.WARNING.rank
    ]
