"""Every output format, from random untrusted text and file names (issue 11, "Also").

Article text and file names mixing controls, bidi controls, the markup of every format,
URLs, characters XML forbids and (in names) lone surrogates, non-UTF-8 bytes, must give:
no raw control or bidi character in terminal, Markdown, HTML and GitHub output; valid
JSON; valid XML; SARIF valid against the schema; Markdown with no link, image or HTML
element of the text's making.
"""

from __future__ import annotations

import importlib
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from rich.console import Console

from driftcheck.corpus import CorpusResult, PairResult, PairSpec
from driftcheck.pipeline import Comparer
from driftcheck.report.check_json import render_check_json, render_check_jsonl
from driftcheck.report.check_text import render_check_markdown, render_check_terminal
from driftcheck.report.github import render_github
from driftcheck.report.html import render_html
from driftcheck.report.json import render_json
from driftcheck.report.junit import render_junit
from driftcheck.report.markdown import render_markdown
from driftcheck.report.sarif import render_sarif
from driftcheck.report.terminal import render_terminal
from driftcheck.testing import FakeEmbedder
from driftcheck.textio import without_surrogates

jsonschema: Any = importlib.import_module("jsonschema")  # a test dependency without type stubs
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SURROGATE = re.compile("[\ud800-\udfff]")
OUR_TAGS = re.compile(r"</?(?:details|summary|br|del|b|ins)>")
SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)

HOSTILE = [
    *"abc XYZ 42 .,;:!?",
    " the minister said ",
    " Prices rose 4% in March. ",
    "\n",
    "\r\n",
    "\x1b[2J",
    "\x1b]0;PWNED\x07",
    "\x00",
    "\x08",
    "\x0b",
    "\x7f",
    "\x9b",
    "\u202e",
    "\u2066",
    "\u200f",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "[bold red]",
    "[/]",
    "[link=https://evil.example]",
    ":smile:",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "]]>",
    "**",
    "~~",
    "`",
    "|",
    "# ",
    "> ",
    "- ",
    "1. ",
    "[a](https://evil.example)",
    "![i](http://evil.example/i.png)",
    "https://evil.example/path?q=1",
    "www.evil.example",
    "user@evil.example",
    "@someone",
    "#123",
    "::error::",
    "%0A",
    '"quoted words"',
    "“curly”",
]
NAME_ONLY = ["\udce9", "\ud800"]
"""Lone surrogates: how Python spells a non-UTF-8 file name; decoded text never has them."""
text = st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=25).map("".join)
name = st.lists(st.sampled_from(HOSTILE + NAME_ONLY), min_size=1, max_size=6).map(
    lambda parts: "".join(parts).replace("/", "_").replace("\x00", "0") or "x"
)
PROPERTY = settings(
    derandomize=True,
    max_examples=100,
    deadline=None,  # time is not a property; shared CI machines are slow at random
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
comparer = Comparer(embedder=FakeEmbedder())


def _markdown_elements(markdown: str) -> list[str]:
    """Links, images and HTML that driftcheck did not write itself."""
    found = []
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    for token in parser.parse(markdown):
        for child in [token, *(token.children or [])]:
            if child.type in ("link_open", "image"):
                found.append(child.type)
            elif child.type.startswith("html"):
                tags = re.findall(r"<[^>]*>", child.content)
                found += [tag for tag in tags if not OUR_TAGS.fullmatch(tag)]
            elif child.type == "text":  # what GitHub would autolink (never in code)
                found += re.findall(r"\w+://|www\.|\w@\w", child.content)
    return found


def _human(output: str, what: str) -> None:
    assert RAW.findall(output) == [], what
    assert SURROGATE.findall(output) == [], what


def _terminal(render: Any, *args: Any, **options: Any) -> str:
    buffer = io.StringIO()
    render(*args, Console(file=buffer, width=90, color_system="truecolor"), **options)
    # rich's own colour codes are the only escapes allowed: take them out, then look
    return re.sub(r"\x1b\[[0-9;]*m", "", buffer.getvalue())


@PROPERTY
@given(a=text, b=text, a_name=name, b_name=name)
def test_every_format_is_safe_for_untrusted_text_and_names(
    a: str, b: str, a_name: str, b_name: str
) -> None:
    a, b = "The minister spoke. " + a, "The minister spoke. " + b
    report = comparer.compare(a, b, a_path=f"{a_name}.txt", b_path=f"{b_name}.txt")
    spec = PairSpec(f"story {a_name}", Path(f"s/{a_name}.txt"), Path(f"s/{b_name}.txt"))
    result = CorpusResult(
        root=Path("corpus"),
        results=(
            PairResult(spec, report=report, findings=report.findings),
            PairResult(PairSpec(b_name, spec.source, spec.source), error=f"bad {b}"),
        ),
    )
    for side_by_side in (False, True):
        _human(_terminal(render_terminal, report, side_by_side=side_by_side), "terminal")
    _human(_terminal(render_check_terminal, result), "check terminal")
    for what, markdown in (
        ("markdown", render_markdown(report)),
        ("check markdown", render_check_markdown(result)),
    ):
        _human(markdown, what)
        assert _markdown_elements(markdown) == [], what
    page = render_html(report)
    _human(page, "html")
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    github = render_github(result)
    _human(github, "github")
    assert all(line.startswith(("::", "driftcheck: ")) for line in github.splitlines())

    # what the CLI writes: lone surrogates become U+FFFD on the way out
    for rendered in (render_json(report), render_check_json(result)):
        json.loads(without_surrogates(rendered))
    for line in without_surrogates(render_check_jsonl(result)).splitlines():
        json.loads(line)
    ET.fromstring(without_surrogates(render_junit(result)).encode())  # noqa: S314 - our own output
    log = json.loads(without_surrogates(render_sarif(result)))
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)
