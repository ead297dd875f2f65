"""The Markdown report for pull-request comments, checked as text and as rendered HTML."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markdown_it import MarkdownIt

from driftcheck.report.markdown import render_markdown
from driftcheck.types import Finding, Report, Severity
from tests.test_report_terminal import (
    DESK_A,
    DESK_B,
    DESK_FINDINGS,
    DESK_GROUPS,
    WIRE,
    build_report,
)

HOSTILE = "Police said | * _ <b>bold</b> [x](y) ~~gone~~ `code` \\ &amp; @octocat fixed #12."


@pytest.fixture
def desk() -> Report:
    return build_report(DESK_A, DESK_B, DESK_GROUPS, DESK_FINDINGS, drift_score=37)


def to_html(markdown: str) -> str:
    """Rendered as GitHub would, near enough: CommonMark with tables and strikethrough."""
    html: str = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    return html


def hostile_report(a_text: str, b_text: str) -> Report:
    """One reworded sentence whose texts are full of Markdown and HTML."""
    finding = Finding("quote.altered", Severity.ERROR, f"Quote altered: {b_text}", 0)
    report = build_report([a_text], [b_text], [((0,), (0,))], [finding])
    return replace(report, findings=(finding,))


def test_title_names_both_files(desk: Report) -> None:
    assert render_markdown(desk).splitlines()[0] == (
        "### driftcheck: `wire/floods.txt` → `partner/floods.txt`"
    )


def test_summary_table_has_score_counts_and_outcomes(desk: Report) -> None:
    lines = render_markdown(desk).splitlines()
    start = lines.index(
        "| Drift score | 🔴 Errors | 🟠 Warnings | 🔵 Info | Unchanged | Reworded | Moved "
        "| Split/merged | Omitted | Added |"
    )
    assert lines[start + 2] == (
        "| **37** | 3 | 5 | 5 | 1 (14%) | 5 (71%) | 0 | 0 | 1 (14%) | 1 (14%) |"
    )
    assert "A has 7 sentences, B has 7 sentences" in lines[start - 2]


def test_findings_table_lists_errors_before_warnings_and_collapses_info(desk: Report) -> None:
    markdown = render_markdown(desk)
    rows = [line for line in markdown.splitlines() if line.startswith(("| 🔴 e", "| 🟠 w"))]
    assert [row.split(" | ")[1] for row in rows] == [
        "`number.changed`", "`quote.altered`", "`negation.flipped`", "`attribution.dropped`",
        "`entity.dropped`", "`sentence.omitted`", "`sentence.added`", "`number.omitted`",
    ]  # fmt: skip
    assert rows[0] == "| 🔴 error | `number.changed` | Number changed: 12 -&gt; 21 | A#1 → B#1 |"
    assert rows[-1].endswith("| whole story |")
    assert (
        "<details><summary>5 info: 4 wording substitutions, 1 cosmetic change</summary>" in markdown
    )


def test_sections_come_in_reading_order(desk: Report) -> None:
    markdown = render_markdown(desk)
    order = ["#### What matters", "#### Drift glossary", "Reworded, split", "Omitted from B"]
    positions = [markdown.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert markdown.index("Added in B") > positions[-1]


def test_glossary_table(desk: Report) -> None:
    assert (
        "| A wording | B wording |\n| --- | --- |\n| enduring | lasting |\n"
        "| Rescue teams | Rescuers |\n| reached | got to |\n"
        "| evacuated residents | moved residents out |"
    ) in render_markdown(desk)


def test_aligned_diffs_strike_deletions_and_embolden_insertions(desk: Report) -> None:
    markdown = render_markdown(desk)
    assert (
        "**changed** A#5 → B#5 · sim 0.90 · 🔴 `negation.flipped`<br>\n"
        "Police ~~did not confirm~~ **confirmed** reports of looting."
    ) in markdown
    html = to_html(markdown)
    assert "<s>did not confirm</s> <strong>confirmed</strong>" in html
    assert "**omitted** A#6 · 🟠 `sentence.omitted`<br>\nThe regional airport" in markdown


def test_unchanged_sentences_are_left_out(desk: Report) -> None:
    assert "Schools in the province" not in render_markdown(desk)


def test_markup_in_articles_renders_as_text() -> None:
    markdown = render_markdown(hostile_report(HOSTILE, HOSTILE.replace("fixed", "mended")))
    html = to_html(markdown)
    for element in ("<b>", "<a ", "<code>code", "<s>gone", "<em>", "<strong> _"):
        assert element not in html
    assert "[x](y) ~~gone~~ `code` \\ &amp;amp; @" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    finding_row = next(line for line in markdown.splitlines() if "`quote.altered`" in line)
    assert finding_row.count(" | ") == 3, "a | in the article split the table row"
    findings = html.index("<th>Finding</th>")
    table = html[html.index("<tbody>", findings) : html.index("</tbody>", findings)]
    assert table.count("<td>") == 4, "a | in the article added table cells"


def test_mentions_and_issue_numbers_do_not_link() -> None:
    markdown = render_markdown(hostile_report(HOSTILE, HOSTILE.replace("fixed", "mended")))
    assert "@octocat" not in markdown
    assert "@\u2060octocat" in markdown
    assert "#\u206012" in markdown


@pytest.mark.parametrize(
    "sentence", ["- a list?", "1984. A year", "# Heading?", "> quoted?", "+ plus", "=== rule"]
)
def test_sentences_that_start_like_blocks_stay_paragraphs(sentence: str) -> None:
    html = to_html(render_markdown(hostile_report(sentence, sentence + " And more.")))
    details = html[html.rindex("<details>") :]
    for block in ("<ul>", "<ol>", "<h1>", "<blockquote>", "<h2>"):
        assert block not in details
    assert html.count("<ul>") == 0


def test_insertions_next_to_words_still_render_as_insertions() -> None:
    a_text = "Tokayev of Kazakhstan China's largest trading partner in Central Asia"
    b_text = "Tokayev of Kazakhstan, China's biggest trading partner in Central Asia."
    markdown = render_markdown(hostile_report(a_text, b_text))
    html = to_html(markdown)
    assert "Kazakhstan<b>,</b> China" in html
    assert "Asia<b>.</b>" in html
    assert "<s>largest</s> <strong>biggest</strong>" in html
    assert "**" not in re.sub(r"<[^>]+>", "", html)


def test_identical_versions_get_one_line() -> None:
    twin = build_report(WIRE, WIRE, [((i,), (i,)) for i in range(len(WIRE))])
    assert render_markdown(twin).splitlines()[2] == (
        "A and B are identical: 8 sentences, no drift."
    )
    assert len(render_markdown(twin).splitlines()) == 3


def test_long_stories_stop_before_the_comment_limit(desk: Report) -> None:
    markdown = render_markdown(desk, max_chars=3000)
    assert "more not shown: the comment is full." in markdown
    assert len(markdown) < 3000 + 500
    assert markdown.count("<details>") == markdown.count("</details>")


def test_output_is_the_same_every_time(desk: Report) -> None:
    assert render_markdown(desk) == render_markdown(desk)
