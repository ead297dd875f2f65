"""Pre-segmented input: one segment per line, as translation desks and aligned corpora have it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from driftcheck.align import AlignOptions
from driftcheck.cli import app
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder

TEXT = "Der Gipfel . Er liegt hoch , sagt Herr Dr. Meier . \n  Zweite Zeile.\n\n\nDritte\r\n"


def test_each_non_blank_line_is_one_segment_with_its_span() -> None:
    doc = segment(TEXT, lines=True)
    assert [s.text for s in doc.sentences] == [
        "Der Gipfel . Er liegt hoch , sagt Herr Dr. Meier .",
        "Zweite Zeile.",
        "Dritte",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]
    assert all(TEXT[s.start : s.end] == s.text for s in doc.sentences)


def test_without_lines_the_sentence_splitter_decides() -> None:
    assert len(segment(TEXT).sentences) > len(segment(TEXT, lines=True).sentences)


def test_the_comparer_reads_lines_when_asked() -> None:
    a = "One line. With two sentences.\nAnother line.\n"
    b = "One line. With two sentences.\nAnother line, changed.\n"
    report = Comparer(embedder=FakeEmbedder(), options=AlignOptions(lines=True)).compare(a, b)
    assert [s.text for s in report.a.sentences] == [
        "One line. With two sentences.",
        "Another line.",
    ]
    assert report.settings["lines"] is True
    assert [g.kind.value for g in report.alignments] == ["unchanged", "changed"]


def test_compare_lines_option_pairs_lines(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Erste Zeile. Noch ein Satz.\nZweite Zeile.\n", encoding="utf-8")
    b.write_text("Erste Zeile. Noch ein Satz.\nZweite Zeile!\n", encoding="utf-8")
    args = [str(a), str(b), "-m", "lexical", "--no-cache", "-f", "json", "--fail-on", "never"]
    split = json.loads(CliRunner().invoke(app, ["compare", *args]).stdout)
    given = json.loads(CliRunner().invoke(app, ["compare", *args, "--lines"]).stdout)
    assert len(split["a"]["sentences"]) == 3
    assert [s["text"] for s in given["a"]["sentences"]] == [
        "Erste Zeile. Noch ein Satz.",
        "Zweite Zeile.",
    ]
