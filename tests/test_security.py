"""Article text is untrusted: nothing in it reaches a reader as a control, markup or link.

Issue 11, items 1 (escape and bidi injection), 5 (partial output files), 7 (Markdown),
8 (an unwritable step summary) and 10 (the tests' own cache). Corpus reading (items 2,
4, 9) is in test_security_corpus.py, the property test in test_security_property.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from driftcheck import cli_output
from driftcheck.cli import app
from driftcheck.corpus import CorpusResult, PairResult, PairSpec
from driftcheck.embed.cache import default_cache_dir
from driftcheck.pipeline import Comparer
from driftcheck.report._safe import visible
from driftcheck.report.check_text import render_check_markdown
from driftcheck.report.github import render_github
from driftcheck.report.markdown import GITHUB_LIMIT, render_markdown
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Severity
from tests import conftest

runner = CliRunner()
DRIFTCHECK = Path(sys.executable).with_name("driftcheck")

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""What must never reach a reader: controls (but tab and line feed) and bidi controls."""

WIRE = (
    "The minister said talks would resume on Monday. Prices rose 4% in March.\n\n"
    "Officials in Madrid declined to comment on the budget.\n"
)
HOSTILE = (
    "The minister said talks would \x1b[2J\x1b[H\x1b]0;PWNED\x1b\\ resume on Monday. "
    "Prices rose 4% in \u202emarch\u202c [bold red]March[/] [link=https://evil.example]x[/link].\n\n"
    "Officials in Madrid <script>alert(1)</script> declined https://evil.example/a and "
    "www.evil.example to comment on ![i](https://evil.example/i.png) [l](https://x.example).\n"
)
HTML_TAGS_WE_WRITE = re.compile(r"</?(details|summary|br|del|b|ins)>")


def _versions(tmp_path: Path, b_text: str = HOSTILE) -> tuple[str, str]:
    a, b = tmp_path / "wire.txt", tmp_path / "partner.txt"
    a.write_text(WIRE, encoding="utf-8")
    b.write_text(b_text, encoding="utf-8")
    return str(a), str(b)


def _compare(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["compare", *args, "--model", "lexical", "--no-cache"])
    return result.exit_code, result.stdout, result.stderr


# --- 1. escape and bidi injection -----------------------------------------------------


def test_visible_shows_controls_bidi_and_name_bytes() -> None:
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible("x\u202ey\u2066") == "x<U+202E>y<U+2066>"
    assert visible("caf\udce9.txt") == "caf\ufffd.txt"  # a non-UTF-8 byte of a file name
    assert visible("a\rb\nc\td") == "a\\rb\\nc\\td"
    assert visible("a\rb\nc\td", multiline=True) == "a b\nc\td"
    assert visible("plain “text” — ünïcödé 中文") == "plain “text” — ünïcödé 中文"


@pytest.mark.parametrize(
    ("output_format", "options"),
    [("terminal", []), ("terminal", ["--side-by-side"]), ("markdown", []), ("html", [])],
)
def test_compare_shows_controls_and_bidi_visibly(
    tmp_path: Path, output_format: str, options: list[str]
) -> None:
    a, b = _versions(tmp_path)
    code, out, err = _compare(a, b, "-f", output_format, "--fail-on", "never", *options)
    assert (code, err) == (0, "")
    assert RAW.findall(out) == []
    assert "\\x1b[2J" in out.replace("\\\\", "\\").replace("\\[", "[")
    assert "<U+202E>" in out or "&lt;U+202E&gt;" in out


def test_rich_markup_in_article_text_stays_text(tmp_path: Path) -> None:
    a, b = _versions(tmp_path)
    code, out, _ = _compare(a, b, "--fail-on", "never", "--show-unchanged")
    assert code == 0
    flat = " ".join(out.split())
    assert "[bold red]March[/]" in flat
    assert "[link=https://evil.example]x[/link]" in flat


def test_terminal_output_file_has_no_raw_controls(tmp_path: Path) -> None:
    a, b = _versions(tmp_path)
    output = tmp_path / "report.txt"
    code, _, _ = _compare(a, b, "--fail-on", "never", "-o", str(output))
    assert code == 0
    assert RAW.findall(output.read_text(encoding="utf-8")) == []


def test_an_edit_of_only_invisible_characters_is_reported_as_such(tmp_path: Path) -> None:
    a, b = _versions(tmp_path, WIRE.replace("talks", "talks\u202e").replace("Madrid", "Madrid\x1b"))
    code, out, _ = _compare(a, b, "-f", "json", "--fail-on", "warning")
    assert code == 1
    hidden = [f["message"] for f in json.loads(out)["findings"] if f["rule"] == "text.hidden"]
    assert hidden == [
        "hidden characters: added <U+202E RIGHT-TO-LEFT OVERRIDE>",
        "hidden characters: added <U+001B>",
    ]


def _corpus_result(text: str, name: str = "partner.txt") -> CorpusResult:
    report = Comparer(embedder=FakeEmbedder()).compare(WIRE, text)
    spec = PairSpec("story\x1b]0;T\x07", Path("story/wire.txt"), Path(f"story/{name}"))
    return CorpusResult(
        root=Path("corpus"),
        results=(
            PairResult(spec, report=report, findings=report.findings),
            PairResult(replace(spec, target=Path("story/x\u202e.txt")), error="bad \x1b[31m"),
        ),
    )


def test_github_annotations_and_check_reports_show_controls_visibly() -> None:
    result = _corpus_result(HOSTILE)
    outputs = {
        "github": render_github(result, None),
        "markdown": render_check_markdown(result),
    }
    for name, text in outputs.items():
        assert RAW.findall(text) == [], name
    assert "\\x1b" in outputs["github"]
    from io import StringIO

    from rich.console import Console

    from driftcheck.report.check_text import render_check_terminal

    buffer = StringIO()
    render_check_terminal(result, Console(file=buffer, width=120, color_system=None))
    assert RAW.findall(buffer.getvalue()) == []
    assert "<U+202E>" in buffer.getvalue()


# --- 5. output files are whole or absent; an unwritable stdout ------------------------


def test_output_is_replaced_only_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _versions(tmp_path, WIRE.replace("Monday", "Tuesday"))
    output = tmp_path / "report.md"
    output.write_text("the previous report\n", encoding="utf-8")

    def interrupted(_report: object) -> str:
        raise KeyboardInterrupt

    from driftcheck.report import markdown

    monkeypatch.setattr(markdown, "render_markdown", interrupted)
    code, _, err = _compare(a, b, "-f", "markdown", "-o", str(output))
    assert (code, err) == (130, "driftcheck: interrupted\n")
    assert output.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["partner.txt", "report.md", "wire.txt"]


def test_a_write_that_fails_half_way_leaves_nothing(tmp_path: Path) -> None:
    output = tmp_path / "out.json"

    def half_written() -> None:
        with cli_output._opened(output) as handle:
            handle.write("{half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        half_written()
    assert list(tmp_path.iterdir()) == []
    cli_output.write("{}\n", output)
    assert output.read_text(encoding="utf-8") == "{}\n"
    assert oct(output.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("output_format", ["terminal", "json"])
def test_a_full_stdout_is_one_line_and_exit_2(tmp_path: Path, output_format: str) -> None:
    a, b = _versions(tmp_path, WIRE.replace("Monday", "Tuesday"))
    args = [str(DRIFTCHECK), "compare", a, b, "-m", "lexical", "--no-cache", "-f", output_format]
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr == (
        "driftcheck: error: cannot write to standard output (No space left on device)\n"
    )


# --- 7. Markdown: no links, HTML or structure from article text; within GitHub's limit -


def _markdown_problems(markdown: str) -> list[str]:
    """Links, images, raw HTML we did not write, headings and autolinkable URLs."""
    problems = []
    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(markdown)
    for token in tokens:
        for child in [token, *(token.children or [])]:
            if child.type in ("link_open", "image", "html_block", "html_inline"):
                if child.type.startswith("html") and HTML_TAGS_WE_WRITE.fullmatch(
                    child.content.strip()
                ):
                    continue
                if child.type == "html_block" and all(
                    HTML_TAGS_WE_WRITE.fullmatch(tag)
                    for tag in re.findall(r"<[^>]*>", child.content)
                ):
                    continue
                problems.append(f"{child.type}: {child.content!r}")
    problems += [f"url: {m}" for m in re.findall(r"\w+://|www\.", markdown)]  # GFM autolinks
    return problems


def test_markdown_carries_no_link_html_or_heading_from_article_text(tmp_path: Path) -> None:
    name = "x\r# Heading\r<img src=x onerror=alert(1)>|`.txt"
    a = tmp_path / "wire.txt"
    a.write_text(WIRE, encoding="utf-8")
    b = tmp_path / name
    b.write_text(HOSTILE + "\n# Not a heading https://evil.example/b\n", encoding="utf-8")
    code, out, _ = _compare(str(a), str(b), "-f", "markdown", "--fail-on", "never")
    assert code == 0
    assert _markdown_problems(out) == []
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert len(headings) == len([h for h in headings if h.startswith(("### driftcheck", "####"))])
    assert headings[0].startswith("### driftcheck")
    assert "\r" not in out


def test_markdown_problems_finds_what_it_looks_for() -> None:
    found = _markdown_problems("[a](https://x.example) <img src=x> www.x.example\n")
    assert [p.split(":")[0] for p in found] == ["link_open", "html_inline", "url", "url"]


def test_compare_markdown_of_a_long_story_fits_a_github_comment() -> None:
    a = " ".join(
        f"Official {n} said the council spent {n * 7} dollars on roads." for n in range(900)
    )
    b = a.replace("dollars on roads", "euros on bridges")
    report = Comparer(embedder=FakeEmbedder()).compare(a, b)
    assert len(report.findings) >= 900
    markdown = render_markdown(report)
    assert len(markdown) < GITHUB_LIMIT
    assert markdown.rstrip().endswith("has the whole report.*")
    assert "more lines not shown" in markdown
    assert markdown.count("<details>") == markdown.count("</details>")


def test_check_markdown_of_a_big_run_fits_a_github_comment() -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(WIRE, WIRE.replace("Monday", "Tuesday"))
    pairs = tuple(
        PairResult(
            PairSpec(f"story-{n:04d}-" + "long-name-" * 8, Path("a.txt"), Path(f"v{n}.txt")),
            report=report,
            findings=report.findings,
        )
        for n in range(1500)
    )
    markdown = render_check_markdown(CorpusResult(root=Path("corpus"), results=pairs))
    assert len(markdown) < GITHUB_LIMIT
    assert "not shown" in markdown


# --- 8. an unwritable $GITHUB_STEP_SUMMARY --------------------------------------------


def test_unwritable_step_summary_keeps_annotations_and_warns(tmp_path: Path) -> None:
    result = _corpus_result(WIRE.replace("Monday", "Tuesday"))
    lines = render_github(result, tmp_path).splitlines()  # a folder cannot be appended to
    assert any(line.startswith("::error file=story/partner.txt") for line in lines)
    [warning] = [line for line in lines if line.startswith("::warning title=driftcheck::")]
    assert "cannot write the step summary" in warning
    assert lines[-2].startswith("driftcheck: ")


def test_one_annotation_left_out_is_singular() -> None:
    result = _corpus_result(WIRE)
    [first, *_] = result.results
    findings = tuple(
        Finding("number.changed", Severity.ERROR, f"error {n}", None) for n in range(11)
    )
    lines = render_github(replace(result, results=(replace(first, findings=findings),)))
    assert "::notice title=driftcheck::1 more annotation left out (1 error): " in lines


# --- 10. the tests never write into the user's cache ----------------------------------


@pytest.fixture(scope="module")
def cache_seen_by_module_fixtures() -> Path:
    """What a module-scoped fixture (like test_check_cli's corpus_json) would use."""
    return default_cache_dir()


def test_module_fixtures_already_use_the_private_cache(
    cache_seen_by_module_fixtures: Path,
) -> None:
    assert cache_seen_by_module_fixtures.is_relative_to(conftest.TEST_CACHE_HOME)
    assert os.environ["XDG_CACHE_HOME"] == str(conftest.TEST_CACHE_HOME)


# --- the README documents every rule, the new ones included ---------------------------


def test_readme_rule_table_lists_every_rule_at_its_default_severity() -> None:
    from driftcheck.findings import RULES
    from tests.helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `([a-z_.]+)` \| (error|warning|info) \|", readme, re.M))
    assert table == {rule.id: rule.severity.value for rule in RULES.values()}
