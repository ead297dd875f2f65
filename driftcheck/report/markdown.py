"""The report as GitHub-flavoured Markdown, for pull-request comments.

Article text is escaped so that it can never turn into markup: HTML becomes entities,
Markdown punctuation is backslash-escaped, `@name` and `#123` get an invisible word
joiner so that a story cannot mention a GitHub user or link an issue, and so do `://` and
`www.`, so that a bare URL in a story is not turned into a link. Control and bidi
characters are shown as escapes (`report._safe`), and the whole comment is cut to fit
GitHub's limit, with a note saying what was left out.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence

from driftcheck.report._findings import (
    SEVERITY_MARKS,
    by_group,
    counted_line,
    group_numbers,
    headline,
    locator,
    numbers,
    plural,
    rules,
)
from driftcheck.report._highlight import group_tokens, is_cosmetic, is_drift, runs, side_pieces
from driftcheck.report._safe import shown, visible
from driftcheck.types import (
    AlignmentGroup,
    DiffToken,
    Document,
    Finding,
    Kind,
    Op,
    Report,
    Severity,
)

__all__ = ["GITHUB_LIMIT", "code", "escape", "fit", "render_markdown"]

GITHUB_LIMIT = 65_536
"""GitHub refuses comments (and cuts step summaries) of this many characters or more."""

MAX_CHARS = 60_000
"""Stop adding aligned sentences past this length: GitHub refuses comments over 65,536."""

_ARROW = "→"
_LINE_BREAKS = re.compile(r"\s*[\r\n\f\v\u2028\u2029]\s*")
_SPECIAL = re.compile(r"[\\`*_\[\]|~]")
_MENTION = re.compile(r"([@#])(?=\w)")
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?i:(?<=www))(?=\.)")  # what GFM would turn into a link
_BLOCK_START = re.compile(r"^(?:([-+=])|(\d+)([.)]))")
_WORD_JOINER = "\u2060"
_MARKUP = {Op.DELETE: ("~~", "del"), Op.INSERT: ("**", "b")}
_COUNTED = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}
_SUMMARY_COLUMNS = (
    ("unchanged", "Unchanged"),
    ("reworded", "Reworded"),
    ("moved", "Moved"),
    ("split_or_merged", "Split/merged"),
    ("omitted", "Omitted"),
    ("added", "Added"),
)


def render_markdown(report: Report, *, max_chars: int = MAX_CHARS) -> str:
    """The report as Markdown: title, summary table, findings, glossary, collapsed diffs."""
    report = shown(report)
    codes = report.differing_languages
    a_lang, b_lang = (f" ({codes[0]})", f" ({codes[1]})") if codes else ("", "")
    a_name, b_name = _name(report.a, report.b) + a_lang, _name(report.b, report.a) + b_lang
    title = f"### driftcheck: {a_name} {_ARROW} {b_name}"
    if report.identical:
        count = plural(len(report.a.sentences), "sentence")
        return f"{title}\n\nA and B are identical: {count}, no drift.\n"
    sections = [title, *_summary(report), *_findings(report), *_glossary(report)]
    head = "\n\n".join(sections) + "\n"
    details = _details(report, max_chars - len(head))
    return fit(head + "".join(f"\n{block}\n" for block in details))


def escape(text: str, *, line_start: bool = False) -> str:
    """Article text as literal Markdown on one line: no markup, links, mentions or HTML."""
    text = html.escape(_LINE_BREAKS.sub(" ", visible(text, multiline=True)), quote=False)
    text = _SPECIAL.sub(lambda match: "\\" + match.group(), text)
    text = _MENTION.sub(lambda match: match.group(1) + _WORD_JOINER, text)
    text = _AUTOLINK.sub(_WORD_JOINER, text)
    if line_start:
        text = _BLOCK_START.sub(_escape_block_start, text, count=1)
        if text.startswith("#"):
            text = "\\" + text
    return text


def code(text: str) -> str:
    """A file name or path as inline code, or escaped text where code cannot hold it."""
    text = visible(text)
    if "`" in text or "|" in text or not text.strip():
        return escape(text)
    return f"`{text}`"


def fit(markdown: str, limit: int = GITHUB_LIMIT - 1) -> str:
    """The Markdown cut at a line to stay within `limit` characters, saying what was left out.

    Open `<details>` sections are closed; article text cannot open one (it is escaped).
    """
    if len(markdown) <= limit:
        return markdown
    lines = markdown.splitlines(keepends=True)
    room = limit - 400  # the closing tags and the note
    kept: list[str] = []
    for line in lines:
        if len(line) > room:
            break
        kept.append(line)
        room -= len(line)
    text = "".join(kept).rstrip("\n")
    still_open = max(text.count("<details>") - text.count("</details>"), 0)
    note = (
        f"*{plural(len(lines) - len(kept), 'more line')} not shown: GitHub holds at most "
        f"{GITHUB_LIMIT:,} characters here; `-f json` or `-f html` has the whole report.*"
    )
    return text + "\n\n</details>" * still_open + "\n\n" + note + "\n"


def _escape_block_start(match: re.Match[str]) -> str:
    """'\\-' or '1984\\.': what would start a list or heading, made literal."""
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def _name(doc: Document, other: Document) -> str:
    """The version's path, escaped; an unnamed one beside a named one came from stdin."""
    if doc.path is not None:
        return code(doc.path)
    return "&lt;stdin&gt;" if other.path is not None else "(unnamed)"


def _summary(report: Report) -> list[str]:
    """A line of sentence totals and one table of the score, severity and sentence counts."""
    summary = report.summary
    counts = {severity: report.count(severity) for severity in SEVERITY_MARKS}
    header = ["Drift score", *(f"{mark} {_COUNTED[s]}" for s, mark in SEVERITY_MARKS.items())]
    values = [f"**{report.drift_score}**", *(str(count) for count in counts.values())]
    for name, label in _SUMMARY_COLUMNS:
        header.append(label)
        count = getattr(summary, name)
        values.append(f"{count} ({summary.percent(name):.0f}%)" if count else "0")
    totals = (
        f"A has {plural(summary.a_sentences, 'sentence')}, "
        f"B has {plural(summary.b_sentences, 'sentence')}; "
        "shares are of A, except added (of B)."
    )
    if not any(is_drift(group) for group in report.alignments):
        totals += " No drift: A and B differ only in quote style, dashes, spacing or case."
    return [totals, _table(header, [values], align=":-:")]


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "---") -> str:
    """A GFM table; cells must already be escaped."""
    lines = [_row(header), _row([align] * len(header))]
    lines.extend(_row(row) for row in rows)
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _findings(report: Report) -> list[str]:
    """What matters: errors and warnings in a table, info findings collapsed under it."""
    if not report.findings:
        return []
    listed, counted = headline(report)
    sections = ["#### What matters", _finding_table(report, listed)]
    if counted:
        summary = html.escape(counted_line(counted).removeprefix("+ "))
        table = _finding_table(report, counted)
        sections.append(f"<details><summary>{summary}</summary>\n\n{table}\n\n</details>")
    return sections


def _finding_table(report: Report, findings: Sequence[Finding]) -> str:
    """One row per finding: severity, rule, message and the sentences it is about."""
    rows = [
        (
            f"{SEVERITY_MARKS[f.severity]} {f.severity.value}",
            f"`{f.rule}`",
            escape(f.message),
            locator(report, f, _ARROW),
        )
        for f in findings
    ]
    return _table(("Severity", "Rule", "Finding", "Where"), rows)


def _glossary(report: Report) -> list[str]:
    """The story's word substitutions, A's wording beside B's."""
    if not report.glossary:
        return []
    rows = [(escape(a), escape(b)) for a, b in report.glossary]
    return ["#### Drift glossary", _table(("A wording", "B wording"), rows)]


def _details(report: Report, budget: int) -> list[str]:
    """Collapsed sections of reworded, omitted and added sentences, as far as the budget goes."""
    flags = by_group(report)
    indexed = list(enumerate(report.alignments))
    changed = [(i, g) for i, g in indexed if g.a and g.b and _worth_showing(g, flags.get(i, []))]
    sections = []
    for title, groups in (
        ("Reworded, split, merged or moved", changed),
        ("Omitted from B", [(i, g) for i, g in indexed if g.kind is Kind.OMITTED]),
        ("Added in B", [(i, g) for i, g in indexed if g.kind is Kind.ADDED]),
    ):
        if not groups:
            continue
        count = sum(len(g.a or g.b) for _, g in groups)
        blocks = [_group(report, g, flags.get(i, [])) for i, g in groups]
        shown: list[str] = []
        for block in blocks:
            if len(block) + 200 > budget:
                shown.append(f"*{len(blocks) - len(shown)} more not shown: the comment is full.*")
                break
            shown.append(block)
            budget -= len(block) + 2
        body = "\n\n".join(shown)
        summary = f"{title} ({plural(count, 'sentence')})"
        sections.append(f"<details><summary>{summary}</summary>\n\n{body}\n\n</details>")
    return sections


def _worth_showing(group: AlignmentGroup, findings: Sequence[Finding]) -> bool:
    """A paired group that drifted, or that holds a finding worse than info."""
    return is_drift(group) or any(f.severity is not Severity.INFO for f in findings)


def _group(report: Report, group: AlignmentGroup, findings: Sequence[Finding]) -> str:
    """A caption, then the group's diff: inline for one sentence a side, else a list."""
    kind = "cosmetic" if is_cosmetic(group) else group.kind.value
    caption = [f"**{kind}** {group_numbers(group, _ARROW)}"]
    if group.similarity is not None:
        caption.append(f"sim {group.similarity:.2f}")
    if group.moved:
        caption.append("**moved**")
    for severity, mark in SEVERITY_MARKS.items():
        same = [f for f in findings if f.severity is severity]
        if same:
            caption.append(mark + " " + ", ".join(f"`{rule}`" for rule in rules(same)))
    head = " · ".join(caption)
    if len(group.a) == 1 and len(group.b) == 1:
        return f"{head}<br>\n{_diff(group_tokens(report, group), line_start=True)}"
    if len(group.a) + len(group.b) == 1:
        [(_, tokens)] = side_pieces(report, group, "a" if group.a else "b")
        return f"{head}<br>\n{_diff(tokens, line_start=True)}"
    lines = [
        f"- **{numbers(side.upper(), indices)}** {_diff(piece)}"
        for side in ("a", "b")
        for indices, piece in side_pieces(report, group, side)
    ]
    return head + "\n\n" + "\n".join(lines)


def _diff(tokens: Iterable[DiffToken], *, line_start: bool = False) -> str:
    """Tokens as Markdown: ~~deleted~~ and **inserted**, or <del> and <b> where those cannot."""
    pieces: list[tuple[Op, str]] = []
    for op, text in runs(tokens):
        if op is Op.INSERT and pieces and pieces[-1][0] is Op.DELETE:
            pieces.append((Op.EQUAL, " "))  # a replacement reads as two words, not one
        pieces.append((op, escape(text, line_start=line_start and not pieces)))
    out: list[str] = []
    for index, (op, text) in enumerate(pieces):
        if op not in _MARKUP:
            out.append(text)
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        before = out[-1][-1] if out and out[-1] else " "
        after = " " if following is None else "*" if following[0] in _MARKUP else following[1][0]
        delimiter, tag = _MARKUP[op]
        if _can_open(before, text[0]) and _can_close(text[-1], after):
            out.append(f"{delimiter}{text}{delimiter}")
        else:
            out.append(f"<{tag}>{text}</{tag}>")
    return "".join(out)


def _can_open(before: str, first: str) -> bool:
    """Whether `~~` or `**` between these characters opens (is left-flanking)."""
    return not first.isspace() and (not _punct(first, loose=True) or _space_or_punct(before))


def _can_close(last: str, after: str) -> bool:
    """Whether `~~` or `**` between these characters closes (is right-flanking)."""
    return not last.isspace() and (not _punct(last, loose=True) or _space_or_punct(after))


def _space_or_punct(char: str) -> bool:
    return char.isspace() or _punct(char, loose=False)


def _punct(char: str, *, loose: bool) -> bool:
    """Punctuation as CommonMark counts it; `loose` also counts symbols, to be safe."""
    category = unicodedata.category(char)
    ascii_punct = char.isascii() and not char.isalnum() and not char.isspace()
    return ascii_punct or category.startswith("P") or (loose and category.startswith("S"))
