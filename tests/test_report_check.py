"""The corpus renderers of `driftcheck check`: JSON, JSON Lines, JUnit, GitHub, SARIF, text.

Every test renders one hand-built corpus run: a story whose edited copy changed a figure
and altered a quote (it fails the policy although its story expected it to pass), its
syndicated copy (unchanged, passes), and a story that could not be read (an error row).
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt
from rich.console import Console

import driftcheck
from driftcheck.baseline import apply_baseline, fingerprints
from driftcheck.corpus import CorpusResult, PairResult, PairSpec
from driftcheck.findings import RULES
from driftcheck.pipeline import Comparer
from driftcheck.report._findings import most_telling
from driftcheck.report.check_json import (
    locate,
    region,
    render_check_json,
    render_check_jsonl,
    tally,
)
from driftcheck.report.check_text import render_check_markdown, render_check_terminal
from driftcheck.report.github import (
    MAX_PER_TYPE,
    escape_data,
    escape_property,
    render_github,
)
from driftcheck.report.junit import render_junit
from driftcheck.report.sarif import FINGERPRINT_KEY, render_sarif
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Report, Severity

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
ROOT = Path("corpus")
WIRE = (
    "Floods kill 12 in northern province\n"
    "\n"
    "Floods in the northern province killed 12 people on Tuesday, officials said.\n"
    '"We have never seen water this high," said mayor Ana Ruiz.\n'
    "The regional airport will remain closed until Friday.\n"
)
EDITED = WIRE.replace("killed 12", "killed 15").replace("never seen", "rarely seen")
BROKEN = "corpus/dam/01-partner.txt: cannot be decoded as UTF-8 (byte 0xff at offset 3)"


def _spec(target: str, **info: str) -> PairSpec:
    story = target.split("/", maxsplit=1)[0]
    return PairSpec(story, ROOT / story / "00-wire.txt", ROOT / target, **info)


def _pair(spec: PairSpec, a_text: str, b_text: str) -> PairResult:
    comparer = Comparer(embedder=FakeEmbedder())
    report = comparer.compare(
        a_text, b_text, a_path=spec.source.as_posix(), b_path=spec.target.as_posix()
    )
    return PairResult(spec, report=report, findings=report.findings)


@pytest.fixture(scope="module")
def run() -> CorpusResult:
    """An edited copy that fails (expected to pass), a syndicated copy, an unreadable story."""
    edited = _spec("floods/01-edited.txt", role="edited", language="en", expect="pass")
    syndicated = _spec("floods/02-syndicated.txt", role="syndicated", expect="pass")
    broken = PairResult(_spec("dam/01-partner.txt", role="edited"), error=BROKEN)
    results = (broken, _pair(edited, WIRE, EDITED), _pair(syndicated, WIRE, WIRE))
    return CorpusResult(root=ROOT, results=results, fail_on="error")


def _edited(run: CorpusResult) -> PairResult:
    return run.results[1]


def _report(pair: PairResult) -> Report:
    assert pair.report is not None
    return pair.report


def test_fixture_has_the_findings_the_tests_rely_on(run: CorpusResult) -> None:
    rules = [f.rule for f in _edited(run).findings]
    assert rules[:3] == ["number.changed", "quote.altered", "negation.flipped"]
    negation = _edited(run).findings[2]
    assert negation.a_span is not None
    assert negation.b_span is None
    assert run.results[2].findings == ()


# --- positions -------------------------------------------------------------------------


def test_region_counts_lines_and_columns_from_one() -> None:
    text = "ab\ncd ef\r\ngh\rij"
    assert region(text, (0, 2)) == region(text, (0, 2))
    first = region(text, (0, 2))
    assert (first.start_line, first.start_column, first.end_line, first.end_column) == (1, 1, 1, 3)
    second = region(text, (6, 8))  # "ef" after "cd " on line 2
    assert (second.start_line, second.start_column, second.end_column) == (2, 4, 6)
    assert second.last_column == 5
    crlf = region(text, (10, 12))  # "gh": CRLF is one line break
    assert (crlf.start_line, crlf.start_column) == (3, 1)
    cr = region(text, (13, 15))  # "ij": a lone CR ends a line too
    assert (cr.start_line, cr.start_column, cr.end_line) == (4, 1, 4)
    across = region(text, (4, 11))
    assert (across.start_line, across.end_line, across.end_column) == (2, 3, 2)


def test_locate_prefers_b_and_falls_back_to_the_source(run: CorpusResult) -> None:
    pair = _edited(run)
    number, _, negation = pair.findings[:3]
    path, where = locate(pair, number)
    assert path == ROOT / "floods" / "01-edited.txt"
    assert where is not None
    assert (where.start_line, where.start_column, where.end_column) == (3, 40, 42)
    assert EDITED.splitlines()[2][39:41] == "15"
    path, where = locate(pair, negation)
    assert path == ROOT / "floods" / "00-wire.txt"
    assert where is not None
    assert WIRE.splitlines()[3][where.start_column - 1 :].startswith("never")
    story_level = Finding("number.omitted", Severity.WARNING, "figures omitted: 3")
    assert locate(pair, story_level) == (ROOT / "floods" / "01-edited.txt", None)


# --- JSON and JSON Lines ---------------------------------------------------------------


def test_check_json_document(run: CorpusResult) -> None:
    document = json.loads(render_check_json(run))
    assert list(document) == [
        "schema", "kind", "root", "fail_on", "expect", "thresholds", "baseline", "summary",
        "pairs",
    ]  # fmt: skip
    assert (document["expect"], document["thresholds"]) == (
        False,
        {"max_omitted": None, "max_drift": None},
    )
    assert document["schema"] == "1.1"
    assert document["kind"] == "driftcheck-check"
    assert (document["root"], document["fail_on"], document["baseline"]) == (
        "corpus",
        "error",
        None,
    )
    assert document["summary"] == {
        "pairs": 3,
        "passed": 1,
        "failed": 1,
        "errors": 1,
        "findings": {"error": 3, "warning": 0, "info": 1},
    }
    broken, edited, syndicated = document["pairs"]
    assert broken["outcome"] == "error"
    assert broken["error"] == BROKEN
    assert broken["drift_score"] is None
    assert broken["findings"] == []
    assert edited["story"] == "floods"
    assert edited["source"] == "corpus/floods/00-wire.txt"
    assert edited["target"] == "corpus/floods/01-edited.txt"
    assert (edited["role"], edited["language"], edited["expect"]) == ("edited", "en", "pass")
    assert (edited["outcome"], edited["worst"]) == ("fail", "error")
    assert edited["drift_score"] == _report(_edited(run)).drift_score
    assert edited["resolved"] == []
    first = edited["findings"][0]
    assert first["rule"] == "number.changed"
    assert first["b"] == {"start": 76, "end": 78, "text": "15"}
    prints = fingerprints(_edited(run).spec, _edited(run).findings)
    assert [f["fingerprint"] for f in edited["findings"]] == prints
    assert (syndicated["outcome"], syndicated["worst"], syndicated["findings"]) == (
        "pass",
        None,
        [],
    )


def test_check_json_is_deterministic(run: CorpusResult) -> None:
    assert render_check_json(run) == render_check_json(run)
    assert render_check_jsonl(run) == render_check_jsonl(run)


def test_jsonl_has_one_line_per_pair_with_the_full_report(run: CorpusResult) -> None:
    text = render_check_jsonl(run)
    assert text.endswith("\n")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 3
    document = json.loads(render_check_json(run))
    for row, pair, result in zip(rows, document["pairs"], run.results, strict=True):
        report = row.pop("report")
        assert row == pair
        assert report == (None if result.report is None else result.report.to_dict())


def test_baseline_counts_only_new_findings_and_keeps_their_fingerprints(run: CorpusResult) -> None:
    edited = _edited(run)
    prints = fingerprints(edited.spec, edited.findings)
    known = {("floods", "01-edited.txt"): {prints[0]: "old", "gone": "a fixed finding"}}
    results = tuple(apply_baseline(run.results, known))
    with_baseline = replace(run, results=results, baseline=Path("baseline.json"))
    document = json.loads(render_check_json(with_baseline))
    pair = document["pairs"][1]
    assert document["baseline"] == "baseline.json"
    assert [f["fingerprint"] for f in pair["findings"]] == prints[1:]
    assert pair["resolved"] == ["a fixed finding"]
    markdown = render_check_markdown(with_baseline)
    assert (
        "#### Resolved since the baseline\n\n- **floods** `01-edited.txt`: a fixed finding"
        in markdown
    )
    terminal = _terminal(with_baseline)
    assert "Resolved since the baseline (1)" in terminal
    assert "fixed floods/01-edited.txt: a fixed finding" in " ".join(terminal.split())
    assert terminal.splitlines()[-1].endswith("fail-on error; baseline baseline.json")


# --- JUnit -----------------------------------------------------------------------------


def test_junit_counts_and_cases(run: CorpusResult) -> None:
    xml = render_junit(run)
    assert xml.startswith('<?xml version="1.0" encoding="utf-8"?>\n')
    root = ET.fromstring(xml)  # noqa: S314 - our own output
    [suite] = root.findall("testsuite")
    for element in (root, suite):
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == (
            "3",
            "1",
            "1",
        )
    assert suite.get("name") == "driftcheck"
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("dam", "01-partner.txt"),
        ("floods", "01-edited.txt"),
        ("floods", "02-syndicated.txt"),
    ]
    error = cases[0].find("error")
    assert error is not None
    assert error.get("message") == BROKEN
    failure = cases[1].find("failure")
    assert failure is not None
    assert failure.get("message") == "3 findings at or above error"
    assert failure.get("type") == "quote.altered"  # the most telling; listed in reading order
    lines = (failure.text or "").splitlines()
    assert lines[0] == "error number.changed number changed: 12 people -> 15 people (A#2 -> B#2)"
    assert lines[-1].startswith("info wording.substitution ")
    assert cases[2].find("failure") is None
    assert cases[2].find("error") is None


def test_junit_escapes_markup_and_drops_characters_xml_cannot_hold(run: CorpusResult) -> None:
    hostile = 'quote altered: "<script>alert(1)</script>" & ]]> \x0b\x00 done'
    edited = _edited(run)
    finding = Finding("quote.altered", Severity.ERROR, hostile, 1)
    pair = replace(edited, findings=(finding,), spec=replace(edited.spec, story="a<b>&c"))
    xml = render_junit(replace(run, results=(pair,)))
    assert "<script>" not in xml
    case = ET.fromstring(xml).find("testsuite/testcase")  # noqa: S314 - our own output
    assert case is not None
    assert case.get("classname") == "a<b>&c"
    failure = case.find("failure")
    assert failure is not None
    assert failure.text is not None
    assert '"<script>alert(1)</script>" & ]]> \ufffd\ufffd done' in failure.text


# --- GitHub ----------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert escape_data("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext: a, b"
    assert escape_property("dir,x/a:b%.txt\n") == "dir%2Cx/a%3Ab%25.txt%0A"


def test_github_annotations_point_at_lines_most_severe_first(run: CorpusResult) -> None:
    lines = render_github(run, None, annotate_from=Severity.INFO).splitlines()
    assert lines[0] == (
        f"::error file=corpus/dam/01-partner.txt,title=driftcheck%3A cannot compare::{BROKEN}"
    )
    assert lines[1] == (
        "::error file=corpus/floods/01-edited.txt,line=3,col=40,endLine=3,endColumn=41,"
        "title=number.changed::number changed: 12 people -> 15 people"
    )
    assert lines[3].startswith("::error file=corpus/floods/00-wire.txt,line=4,col=10,")
    assert lines[3].endswith(
        '::negation flipped: "never" is gone in B (compared with 01-edited.txt)'
    )
    assert lines[4].startswith("::notice file=corpus/floods/01-edited.txt,line=4,")
    assert lines[-1] == (
        "driftcheck: 3 pairs: 1 passed, 1 failed, 1 error; "
        "findings: 3 errors, 0 warnings, 1 info; fail-on error"
    )
    assert len(lines) == 6


def _many(run: CorpusResult, errors: int, warnings: int, infos: int) -> CorpusResult:
    """The edited pair with made-up findings, to test the cap."""
    findings = [
        Finding(f"rule.{severity.value}", severity, f"{severity.value} {n}", 1, b_span=(0, 5))
        for severity, count in ((Severity.INFO, infos), (Severity.WARNING, warnings))
        for n in range(count)
    ]
    findings += [
        Finding("number.changed", Severity.ERROR, f"error {n}", 1, b_span=(0, 5))
        for n in range(errors)
    ]
    return replace(run, results=(replace(_edited(run), findings=tuple(findings)),))


def test_github_caps_each_type_at_ten_and_says_how_many_were_left_out(run: CorpusResult) -> None:
    many = _many(run, errors=12, warnings=3, infos=15)
    lines = render_github(many, None, annotate_from=Severity.INFO).splitlines()
    commands = [line.split(" ", 1)[0] for line in lines if line.startswith("::")]
    # most severe first, 10 errors, every warning, 9 notices and the closing notice
    assert commands == ["::error"] * 10 + ["::warning"] * 3 + ["::notice"] * 10
    assert [line.rsplit("::", 1)[1] for line in lines[:2]] == ["error 0", "error 1"]
    assert lines[-2] == (
        "::notice title=driftcheck::8 more annotations left out (2 errors, 6 notices): "
        "GitHub shows 10 of each type per step. The job summary lists every failing pair."
    )
    assert MAX_PER_TYPE == 10


def test_github_leaves_nothing_out_when_all_fit(run: CorpusResult) -> None:
    many = _many(run, errors=10, warnings=10, infos=10)
    lines = render_github(many, None, annotate_from=Severity.INFO).splitlines()
    assert sum(line.startswith("::notice") for line in lines) == 10
    assert "left out" not in "\n".join(lines)


@pytest.mark.parametrize(
    ("level", "types"),
    [
        (Severity.WARNING, {"::error": 3, "::warning": 2}),  # the default: no info notices
        (Severity.INFO, {"::error": 3, "::warning": 2, "::notice": 4}),
        (Severity.ERROR, {"::error": 3}),
    ],
)
def test_github_annotates_from_the_asked_level(
    run: CorpusResult, level: Severity, types: dict[str, int]
) -> None:
    many = _many(run, errors=3, warnings=2, infos=4)
    lines = render_github(many, None, annotate_from=level).splitlines()
    commands = [line.split(" ", 1)[0] for line in lines if line.startswith("::")]
    assert {kind: commands.count(kind) for kind in set(commands)} == types


def test_github_escapes_messages_and_file_names(run: CorpusResult) -> None:
    edited = _edited(run)
    message = "figure changed: 5% -> 50%\nsecond line, with a comma"
    finding = Finding("number.changed", Severity.ERROR, message, 1, b_span=(0, 3))
    spec = replace(edited.spec, target=Path("corpus/a,b/x:y.txt"))
    text = render_github(replace(run, results=(replace(edited, spec=spec, findings=(finding,)),)))
    first = text.splitlines()[0]
    assert first == (
        "::error file=corpus/a%2Cb/x%3Ay.txt,line=1,col=1,endLine=1,endColumn=3,"
        "title=number.changed::figure changed: 5%25 -> 50%25%0Asecond line, with a comma"
    )


def test_github_gives_columns_only_on_one_line(run: CorpusResult) -> None:
    edited = _edited(run)
    finding = Finding("paragraph.moved", Severity.WARNING, "paragraph moved", 2, b_span=(40, 120))
    text = render_github(replace(run, results=(replace(edited, findings=(finding,)),)))
    assert text.splitlines()[0] == (
        "::warning file=corpus/floods/01-edited.txt,line=3,endLine=4,"
        "title=paragraph.moved::paragraph moved"
    )


def test_github_appends_the_markdown_summary(run: CorpusResult, tmp_path: Path) -> None:
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    render_github(run, summary)
    assert summary.read_text(encoding="utf-8") == "earlier step\n" + render_check_markdown(run)


# --- SARIF -----------------------------------------------------------------------------


def _validate_sarif(log: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    validator(schema).validate(log)


def test_sarif_is_valid_against_the_official_schema(run: CorpusResult) -> None:
    _validate_sarif(json.loads(render_sarif(run)))


def test_sarif_schema_rejects_what_it_should() -> None:
    """The stored schema is the real one: a broken log does not pass it."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": []}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema)(schema).validate(bad)


def test_sarif_tool_rules_and_results(run: CorpusResult) -> None:
    log = json.loads(render_sarif(run))
    assert log["version"] == "2.1.0"
    [sarif_run] = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("driftcheck", driftcheck.__version__)
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert list(rules) == list(RULES)
    assert rules["quote.altered"]["defaultConfiguration"] == {"level": "error"}
    assert rules["hedge.dropped"]["defaultConfiguration"] == {"level": "warning"}
    assert rules["cosmetic"]["defaultConfiguration"] == {"level": "note"}
    assert rules["cosmetic"]["shortDescription"]["text"] == RULES["cosmetic"].summary
    results = sarif_run["results"]
    assert [r["ruleId"] for r in results] == [f.rule for f in _edited(run).findings]
    number = results[0]
    assert number["level"] == "error"
    assert number["ruleIndex"] == list(RULES).index("number.changed")
    assert number["message"]["text"] == "number changed: 12 people -> 15 people"
    location = number["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "corpus/floods/01-edited.txt"
    assert location["region"] == {"startLine": 3, "startColumn": 40, "endLine": 3, "endColumn": 42}
    related = number["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "corpus/floods/00-wire.txt"
    prints = fingerprints(_edited(run).spec, _edited(run).findings)
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in results] == prints
    negation = results[2]
    assert negation["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "corpus/floods/00-wire.txt"
    )
    assert results[3]["level"] == "note"


def test_sarif_reports_pairs_that_could_not_run(run: CorpusResult) -> None:
    [invocation] = json.loads(render_sarif(run))["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert notification["message"]["text"] == f"dam/01-partner.txt: {BROKEN}"
    clean = replace(run, results=run.results[1:])
    [invocation] = json.loads(render_sarif(clean))["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": True}


def test_sarif_uris_are_percent_encoded_and_still_valid(run: CorpusResult) -> None:
    edited = _edited(run)
    spec = replace(edited.spec, target=Path("corpus/fl oods/01 édité#1.txt"))
    story_level = Finding("number.omitted", Severity.WARNING, "figures omitted: 3")
    pair = replace(edited, spec=spec, findings=(*edited.findings, story_level))
    log = json.loads(render_sarif(replace(run, results=(pair,))))
    _validate_sarif(log)
    locations = [r["locations"][0]["physicalLocation"] for r in log["runs"][0]["results"]]
    assert (
        locations[0]["artifactLocation"]["uri"] == "corpus/fl%20oods/01%20%C3%A9dit%C3%A9%231.txt"
    )
    assert locations[-1]["region"] == {"startLine": 1}


# --- terminal and Markdown -------------------------------------------------------------


def _terminal(run: CorpusResult, width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    render_check_terminal(run, console)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


def test_terminal_summary_fits_80_columns_without_colour(run: CorpusResult) -> None:
    output = _terminal(run)
    lines = [line.rstrip() for line in output.splitlines()]
    assert all(len(line) <= 80 for line in lines)
    assert "\x1b[" not in output
    floods = lines.index("floods")  # a story heads its versions, each on a line of its own
    assert lines[floods + 1].split() == ["01-edited.txt", "edited", "FAIL", "expected", "pass"]
    # numbers and the worst finding beneath, wrapping under themselves
    assert lines[floods + 2].startswith("    drift 32, 3 err, 0 warn: quote.altered quote altered:")
    assert lines[floods + 3].startswith("    water this high")
    assert lines[floods + 4].split() == ["02-syndicated.txt", "syndicated", "pass"]
    assert lines[floods + 5].split() == ["drift", "0,", "0", "err,", "0", "warn:", "-"]
    text = " ".join(output.split())
    assert "01-partner.txt edited ERROR corpus/dam/01-partner.txt: cannot be decoded" in text
    assert f"Could not compare ERROR dam/01-partner.txt: {BROKEN}" in text
    assert lines[-1] == "3 pairs: 1 passed, 1 failed, 1 error; fail-on error"


def test_terminal_summary_keeps_long_file_names_whole_at_80(run: CorpusResult) -> None:
    edited = _edited(run)
    long_name = "malaria-03-back-translated-from-the-french-desk.txt"
    spec = _spec(f"malaria/{long_name}", role="back-translated", expect="fail")
    lines = _terminal(replace(run, results=(replace(edited, spec=spec),))).splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    [line] = [line for line in lines if "malaria-03" in line]
    assert line.split()[:3] == [long_name, "back-translated", "FAIL"]


def test_terminal_summary_has_a_column_each_when_wide(run: CorpusResult) -> None:
    lines = [line.rstrip() for line in _terminal(run, width=120).splitlines()]
    assert lines[0].split() == [
        "Story", "Version", "Role", "Drift", "Err", "Warn", "Worst", "finding", "Outcome"
    ]  # fmt: skip
    [row] = [line for line in lines if "01-edited.txt" in line]
    assert row.split()[:9] == [
        "floods", "01-edited.txt", "edited", "32", "3", "0", "quote.altered", "quote", "altered:"
    ]  # fmt: skip
    assert row.endswith("FAIL")
    assert lines[lines.index(row) + 1].endswith("expected pass")
    [syndicated] = [line for line in lines if "02-syndicated.txt" in line]
    assert syndicated.split() == ["02-syndicated.txt", "syndicated", "0", "0", "0", "-", "pass"]


@pytest.mark.parametrize("width", [80, 160])
def test_terminal_shows_brackets_literally(run: CorpusResult, width: int) -> None:
    edited = _edited(run)
    finding = Finding("quote.marked_edit", Severity.ERROR, "edited [/bold] the [red]quote", 1)
    spec = replace(edited.spec, story="[bold]floods", target=Path("corpus/f/[x].txt"))
    broken = replace(run.results[0], error="[/oops] cannot read")
    pair = replace(edited, spec=spec, findings=(finding,))
    text = " ".join(_terminal(replace(run, results=(broken, pair)), width=width).split())
    for literal in ("[bold]floods", "[x].txt", "edited [/bold] the [red]quote", "[/oops] cannot"):
        assert literal in text


def test_terminal_with_colour_and_when_empty(run: CorpusResult) -> None:
    console = Console(file=io.StringIO(), width=120, color_system="truecolor")
    render_check_terminal(run, console)
    assert "\x1b[" in console.file.getvalue()  # type: ignore[attr-defined]
    assert _terminal(replace(run, results=())) == "No version pairs found in corpus.\n"


def test_markdown_summary(run: CorpusResult) -> None:
    markdown = render_check_markdown(run)
    lines = markdown.splitlines()
    assert lines[0] == "### ❌ driftcheck check: `corpus`"
    assert "| floods | `01-edited.txt` | edited | " in markdown
    assert "❌ FAIL (expected pass) |" in markdown
    assert "| dam | `01-partner.txt` | edited |" in markdown
    assert "#### floods / `01-edited.txt`" in markdown
    assert "#### Could not compare" in markdown
    assert "Resolved since the baseline" not in markdown
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert html.count("<table>") == 2
    assert re.search(r"<td>number changed: 12 people -&gt; 15 people</td>", html)


def test_markdown_escapes_article_text(run: CorpusResult) -> None:
    edited = _edited(run)
    hostile = "quote altered: <script>x</script> | @octocat **bold** #12"
    finding = Finding("quote.altered", Severity.ERROR, hostile, 1)
    pair = replace(edited, findings=(finding,))
    html = (
        MarkdownIt("commonmark")
        .enable("table")
        .render(render_check_markdown(replace(run, results=(pair,))))
    )
    assert "<script>" not in html
    assert "<strong>bold</strong>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "@\u2060octocat" in html


def test_markdown_stays_under_the_comment_limit(run: CorpusResult) -> None:
    edited = _edited(run)
    pairs = tuple(
        replace(edited, spec=replace(edited.spec, story=f"story-{n:04d}")) for n in range(800)
    )
    markdown = render_check_markdown(replace(run, results=pairs), max_chars=20_000)
    assert len(markdown) < 20_000
    assert "more failing pairs not shown" in markdown


def test_tally_matches_the_exit_code(run: CorpusResult) -> None:
    totals = tally(run)
    assert (totals.pairs, totals.passed, totals.failed, totals.errors) == (3, 1, 1, 1)
    assert int(run.exit_code) == 2
    lenient = replace(run, fail_on="never", results=run.results[1:])
    assert tally(lenient).failed == 0
    assert int(lenient.exit_code) == 0


def _finding(rule: str, group: int) -> Finding:
    return Finding(rule, RULES[rule].severity, rule, group)


@pytest.mark.parametrize(
    ("findings", "named"),
    [
        ([], None),
        ([_finding("sentence.omitted", 0), _finding("entity.changed", 3)], "entity.changed"),
        ([_finding("entity.dropped", 1), _finding("attribution.dropped", 0)], "entity.dropped"),
        ([_finding("quote.dropped", 0), _finding("negation.flipped", 5)], "negation.flipped"),
        ([_finding("wording.substitution", 0), _finding("cosmetic", 1)], "wording.substitution"),
    ],
)
def test_the_worst_finding_is_the_most_severe_then_the_most_feared(
    findings: list[Finding], named: str | None
) -> None:
    worst = most_telling(findings)
    assert (None if worst is None else worst.rule) == named
