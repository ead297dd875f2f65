"""Cross-language pairs in the reports and across units: side by side, skipped rules, re-pairing."""

from __future__ import annotations

import io
import json

from rich.console import Console

from driftcheck.findings.context import GroupView
from driftcheck.findings.xling import detect_across, repaired
from driftcheck.pipeline import Comparer
from driftcheck.report.terminal import render_terminal
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import AlignmentGroup, Kind, Report, Severity

EN = "The council met 40 times in Port Arlen.\n\nThe mayor, Marta Keller, said 12 ships came.\n"
DE = (
    "Der Rat tagte 40 Mal in Port Arlen.\n\n"
    "Die Bürgermeisterin Marta Keller sagte, 12 Schiffe kamen.\n"
)


GERMAN = {"der": "the", "rat": "council", "tagte": "met", "mal": "times", "die": "the"}


def _compare(a: str, b: str, b_language: str = "de") -> Report:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=GERMAN), use_cache=False)
    return comparer.compare(a, b, a_language="en", b_language=b_language)


def _render(report: Report) -> str:
    buffer = io.StringIO()
    console = Console(width=120, file=buffer, color_system=None, _environ={})
    render_terminal(report, console)
    return buffer.getvalue()


def test_a_translation_is_shown_beside_its_original_without_a_glossary() -> None:
    output = _render(_compare(EN, DE))
    line = next(line for line in output.splitlines() if "A#1" in line and "│" in line)
    assert "B#1" in line  # one row: original | translation
    assert "glossary" not in output.lower()


def test_the_report_says_which_rules_a_language_without_profile_skipped() -> None:
    report = _compare("The council met 40 times.", "Il consiglio si è riunito 40 volte.", "it")
    output = _render(report)
    assert "rules skipped: negation.flipped" in output
    assert "no language profile for it" in output
    document = json.loads(json.dumps(report.to_dict()))
    assert document["cross_language"] is True
    assert document["profiles"] == {"a": "en", "b": None}
    assert {"rule", "why"} == set(document["skipped_rules"][0])


def test_sentences_alignment_left_apart_that_translate_each_other_are_paired_again() -> None:
    a = segment(
        "Marta Keller met Jonas Wirth.\n\nPort Arlen opens in 2030 with Halvorsen Marine.\n"
    )
    b = segment("Port Arlen öffnet 2030 mit Halvorsen Marine.\n\nMarta Keller traf Jonas Wirth.\n")
    groups = (
        AlignmentGroup((0,), (1,), Kind.CHANGED, 0.6, moved=True),
        AlignmentGroup((1,), (), Kind.OMITTED, None),
        AlignmentGroup((), (0,), Kind.ADDED, None),
    )
    views = [GroupView(n, group, a, b) for n, group in enumerate(groups)]
    links = repaired(views, a, b, FakeEmbedder())
    assert [(i, j) for i, j, _ in links] == [(1, 0)]
    found = detect_across(a, b, groups, ("en", "de"), FakeEmbedder())
    structure = [f for f in found if f.rule.startswith("sentence.")]
    assert [f.severity for f in structure] == [Severity.INFO, Severity.INFO]
    assert "translated as B#1" in structure[0].message
    assert not [f for f in found if f.rule.startswith("number.")]  # 2030 is in both


def test_same_language_pairs_report_no_profiles() -> None:
    report = Comparer(embedder=FakeEmbedder(), use_cache=False).compare(
        DE, DE.replace("40", "41"), a_language="de", b_language="de"
    )
    assert report.to_dict()["profiles"] == {"a": None, "b": None}
    assert report.to_dict()["cross_language"] is False
    assert "number.changed" in [f.rule for f in report.findings]


def test_an_unpaired_sentence_whose_figures_are_all_across_is_a_split() -> None:
    a = segment("The consortium starts the work in 2027 and needs 30 months.\n")
    b = segment("Das Konsortium beginnt 2027. Die Arbeiten dauern 30 Monate.\n")
    groups = (
        AlignmentGroup((0,), (0,), Kind.CHANGED, 0.6),
        AlignmentGroup((), (1,), Kind.ADDED, None),
    )
    found = detect_across(a, b, groups, ("en", "de"), None)
    added = [f for f in found if f.rule == "sentence.added"]
    assert [f.severity for f in added] == [Severity.INFO]
    assert "its figures, 30, are all in A's paragraph" in added[0].message
    new = segment("Das Konsortium beginnt 2027. Die Arbeiten kosten 40 Millionen.\n")
    found = detect_across(a, new, groups, ("en", "de"), None)
    assert [f.severity for f in found if f.rule == "sentence.added"] == [Severity.WARNING]


def test_an_unpaired_sentence_whose_figures_in_words_are_across_is_a_split() -> None:
    a = segment(
        "The store lost its stock on Tuesday, forcing dozens of clinics to cancel appointments.\n"
    )
    b = segment("Das Lager verlor am Dienstag seine Bestände. Dutzende Praxen sagen Termine ab.\n")
    groups = (
        AlignmentGroup((0,), (0,), Kind.CHANGED, 0.6),
        AlignmentGroup((), (1,), Kind.ADDED, None),
    )
    found = detect_across(a, b, groups, ("en", "de"), None)
    added = [f for f in found if f.rule == "sentence.added"]
    assert [f.severity for f in added] == [Severity.INFO]
    assert "its figures, 10 or 12, are all in A's paragraph" in added[0].message
    new = segment(
        "Das Lager verlor am Dienstag seine Bestände. Hunderte Praxen sagen Termine ab.\n"
    )
    found = detect_across(a, new, groups, ("en", "de"), None)
    assert [f.severity for f in found if f.rule == "sentence.added"] == [Severity.WARNING]


def test_a_figure_in_digits_may_be_across_in_words() -> None:
    a = segment("The plan covers fourteen towns and starts in spring.\n")
    b = segment("Der Plan beginnt im Frühjahr. Er umfasst 14 Städte.\n")
    groups = (
        AlignmentGroup((0,), (0,), Kind.CHANGED, 0.6),
        AlignmentGroup((), (1,), Kind.ADDED, None),
    )
    found = detect_across(a, b, groups, ("en", "de"), None)
    assert [f.severity for f in found if f.rule == "sentence.added"] == [Severity.INFO]
