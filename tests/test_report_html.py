"""The self-contained HTML report, parsed with the standard library's HTML parser."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

import pytest

from driftcheck.report.html import render_html
from driftcheck.types import Report
from tests.test_report_terminal import (
    DESK_A,
    DESK_B,
    DESK_FINDINGS,
    DESK_GROUPS,
    PARTNER,
    WIRE,
    build_report,
)

SCRIPT = "<script>alert(1)</script>"
VOID = frozenset({"meta", "br", "col", "img", "input", "link", "hr", "wbr"})


@dataclass
class Element:
    """An element of a parsed page: its tag, attributes and all the text inside it."""

    tag: str
    attrs: dict[str, str | None]
    text: str = ""
    inner: list[Element] = field(default_factory=list)


class Page(HTMLParser):
    """A page parsed into a flat list of elements; `problems` lists tags closed out of order."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.problems: list[str] = []
        self._open: list[Element] = []
        self.feed(source)
        self.close()
        self.problems.extend(f"<{element.tag}> never closed" for element in self._open)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        for parent in self._open:
            parent.inner.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1].tag == tag:
            self._open.pop()
        else:
            self.problems.append(f"</{tag}> closes {[e.tag for e in self._open][-1:]}")

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def all(self, tag: str, **attrs: str) -> list[Element]:
        """Elements with this tag and these attribute values (`class_`, `http_equiv`...)."""
        wanted = {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k) == v for k, v in wanted.items())
        ]

    def by_id(self, ident: str) -> Element:
        [element] = [e for e in self.elements if e.attrs.get("id") == ident]
        return element


def desk_report(b_sentences: tuple[str, ...] = DESK_B) -> Report:
    return build_report(DESK_A, b_sentences, DESK_GROUPS, DESK_FINDINGS, drift_score=37)


@pytest.fixture
def desk() -> Report:
    return desk_report()


@pytest.fixture
def hostile() -> Report:
    """The desk story with a script tag, a link and an image in B's added sentence."""
    added = f'The army was deployed. {SCRIPT} <img src="https://evil.example/x.png"> &amp;'
    return desk_report((*DESK_B[:6], added))


def test_page_is_well_formed(desk: Report) -> None:
    page = Page(render_html(desk))
    assert page.problems == []
    assert render_html(desk).startswith('<!DOCTYPE html>\n<html lang="en">')


def test_article_markup_stays_text(hostile: Report) -> None:
    source = render_html(hostile)
    page = Page(source)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source
    assert SCRIPT in page.by_id("g7").text
    assert [e.text for e in page.all("script") if "alert" in e.text] == []
    assert page.all("img") == []
    assert "&amp;amp;" in source


def test_nothing_is_loaded_from_elsewhere(hostile: Report) -> None:
    source = render_html(hostile)
    remote = re.compile(r"""(?:src|href|action|srcset|poster)\s*=\s*["']?\s*(?:[a-z]+:)?//""", re.I)
    assert remote.search(source) is None
    assert not re.search(r"<link|@import|url\(", source)
    for element in Page(source).elements:
        for name, value in element.attrs.items():
            if name in ("href", "src"):
                assert value is not None
                assert value.startswith("#"), (name, value)


def test_content_security_policy_allows_only_the_inline_script(desk: Report) -> None:
    page = Page(render_html(desk))
    [policy] = page.all("meta", http_equiv="Content-Security-Policy")
    [script] = page.all("script")
    digest = base64.b64encode(hashlib.sha256(script.text.encode()).digest()).decode()
    assert policy.attrs["content"] == (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    )


def test_every_finding_links_to_its_group_row_and_back(desk: Report) -> None:
    page = Page(render_html(desk))
    ids = {e.attrs["id"] for e in page.elements if e.attrs.get("id")}
    links = [e.attrs["href"] for e in page.elements if e.tag == "a"]
    assert {link.lstrip("#") for link in links if link} <= ids
    for number, finding in enumerate(desk.findings):
        item = page.by_id(f"f{number}")
        assert finding.message in item.text
        if finding.group is not None:
            assert f"g{finding.group}" in ids
            assert [a.attrs["href"] for a in item.inner if a.tag == "a"] == [f"#g{finding.group}"]
            row = page.by_id(f"g{finding.group}")
            assert any(
                (a.attrs.get("href") or "").startswith("#f") for a in row.inner if a.tag == "a"
            )


def test_findings_panel_lists_errors_first_and_folds_info(desk: Report) -> None:
    page = Page(render_html(desk))
    [panel] = page.all("section", id="findings")
    [listed, folded] = [e for e in panel.inner if e.tag == "ol"]
    severities = [e.attrs["class"] for e in listed.inner if e.tag == "li"]
    assert severities == ["error"] * 3 + ["warning"] * 5
    assert {e.attrs["class"] for e in folded.inner if e.tag == "li"} == {"info"}
    [summary] = [e for e in panel.inner if e.tag == "summary"]
    assert summary.text == "+ 5 info: 4 wording substitutions, 1 cosmetic change"
    assert "whole story" in panel.text


def test_side_by_side_rows_put_deletions_in_a_and_insertions_in_b(desk: Report) -> None:
    page = Page(render_html(desk))
    row = page.by_id("g4")
    a_cell, b_cell = (e for e in row.inner if e.tag == "td")
    assert [e.text for e in a_cell.inner if e.tag == "del"] == ["did not confirm"]
    assert [e.text for e in b_cell.inner if e.tag == "ins"] == ["confirmed"]
    assert not [e for e in a_cell.inner if e.tag == "ins"]
    assert a_cell.text == "A#5Police did not confirm reports of looting."
    assert "(not in B)" in page.by_id("g5").text
    assert "(not in A)" in page.by_id("g7").text
    assert page.by_id("g6").attrs["class"] == "unchanged"


def test_cosmetic_differences_are_dim_and_moves_marked() -> None:
    report = build_report([WIRE[3], WIRE[0]], [PARTNER[4], WIRE[0]], [((0,), (0,)), ((1,), (1,))])
    moved = replace(report.alignments[1], moved=True)
    page = Page(render_html(replace(report, alignments=(report.alignments[0], moved))))
    row = page.by_id("g0")
    assert row.attrs["class"] == "cosmetic"
    assert [e.text for e in row.inner if e.attrs.get("class") == "cosmetic"] == [
        "\u201c", "\u201d", '"', '"',
    ]  # fmt: skip
    assert [e.text for e in page.by_id("g1").inner if e.attrs.get("class") == "moved"] == ["moved"]


def test_summary_and_glossary(desk: Report) -> None:
    page = Page(render_html(desk))
    [summary] = page.all("section", id="summary")
    assert "37drift score" in summary.text
    assert "3 errors5 warnings5 info" in summary.text
    [glossary] = page.all("table", class_="glossary")
    rows = [e for e in glossary.inner if e.tag == "tr"][1:]
    assert [r.text for r in rows] == [
        "enduring→lasting", "Rescue teams→Rescuers", "reached→got to",
        "evacuated residents→moved residents out",
    ]  # fmt: skip


def test_long_stories_render_every_sentence() -> None:
    sentences = [f"Sentence {n} about the floods in the province." for n in range(400)]
    changed = [s.replace("floods", "flooding") for s in sentences]
    report = build_report(sentences, changed, [((n,), (n,)) for n in range(400)])
    page = Page(render_html(report))
    assert page.problems == []
    assert len(page.all("tr", class_="changed")) == 400


def test_identical_versions_say_so() -> None:
    twin = build_report(WIRE, WIRE, [((i,), (i,)) for i in range(len(WIRE))])
    page = Page(render_html(twin))
    [verdict] = page.all("p", class_="verdict")
    assert verdict.text == "A and B are identical: 8 sentences, no drift."
