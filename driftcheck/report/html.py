"""The report as one self-contained HTML page: findings first, then A and B side by side.

No external requests: styles are inline, and a Content-Security-Policy forbids loading
anything. Every piece of article text goes through `html.escape`. The one inline script
only opens collapsed sections before printing; the page works without it.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from html import escape

from driftcheck.report._findings import (
    by_group,
    counted_line,
    group_numbers,
    headline,
    locator,
    numbers,
    plural,
    rules,
)
from driftcheck.report._highlight import is_cosmetic, is_drift, runs, side_pieces
from driftcheck.report._safe import shown
from driftcheck.types import AlignmentGroup, DiffToken, Document, Finding, Op, Report, Severity

__all__ = ["render_html"]

_ARROW = "→"
_TAGS = {Op.DELETE: "del", Op.INSERT: "ins"}
_OUTCOMES = (
    ("unchanged", "unchanged"),
    ("reworded", "reworded"),
    ("moved", "moved"),
    ("split_or_merged", "split or merged"),
    ("omitted", "omitted"),
    ("added", "added"),
)
_SCRIPT = (
    'addEventListener("beforeprint",()=>'
    'document.querySelectorAll("details").forEach(d=>{d.open=true}));'
)
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
_POLICY = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'"
_CSS = """
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--head:#f6f8fa;
--del-fg:#82071e;--del-bg:#ffebe9;--ins-fg:#116329;--ins-bg:#dafbe1;
--error:#cf222e;--warning:#9a6700;--info:#0969da;--flag:#fff8c5}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;
--line:#3d444d;--head:#151b23;--del-fg:#ffa198;--del-bg:#5c1a1f;--ins-fg:#7ee787;
--ins-bg:#1b4721;--error:#ff7b72;--warning:#d29922;--info:#58a6ff;--flag:#2e2a16}}
*{box-sizing:border-box}
body{margin:0 auto;padding:1.5rem;max-width:96rem;color:var(--fg);background:var(--bg);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
a{color:var(--info)}code{font:.85em ui-monospace,SFMono-Regular,Menlo,monospace}
.versions{margin:0;display:grid;grid-template-columns:auto 1fr;gap:0 .75rem}
.versions dt{font-weight:700}.versions dd{margin:0;overflow-wrap:anywhere}
.muted,.model{color:var(--muted)}
.summary{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start;margin-top:1rem}
.score{font-size:2.6rem;font-weight:700;line-height:1}
.score.error{color:var(--error)}.score.warning{color:var(--warning)}.score.info{color:var(--info)}
.score small{display:block;font-size:.8rem;font-weight:400;color:var(--muted)}
.counts{list-style:none;margin:0;padding:0}
.error .sev,.counts .error{color:var(--error)}.warning .sev,.counts .warning{color:var(--warning)}
.info .sev,.counts .info{color:var(--info)}
.outcomes td{padding:0 .6rem 0 0}.outcomes td.n{text-align:right}
ol.findings{list-style:none;padding:0;margin:0}
ol.findings li{padding:.3rem .5rem;border-left:4px solid var(--line);margin:.2rem 0}
ol.findings li.error{border-color:var(--error)}ol.findings li.warning{border-color:var(--warning)}
ol.findings li.info{border-color:var(--info)}
ol.findings li:target,tr:target{background:var(--flag)}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
table{border-collapse:collapse}
table.aligned{width:100%;table-layout:fixed}
table.aligned th,table.aligned td{border:1px solid var(--line);padding:.4rem .55rem;
vertical-align:top;text-align:left;overflow-wrap:anywhere}
table.aligned thead th{background:var(--head);position:sticky;top:0}
table.aligned col.kind{width:12rem}
table.aligned tbody th{font-weight:400;font-size:.85rem}
table.aligned tbody th .kind{font-weight:700;display:block;color:inherit}
table.aligned p{margin:0 0 .35rem}table.aligned p:last-child{margin:0}
.num{color:var(--muted);font-size:.8rem;margin-right:.35rem}
tr.unchanged td{color:var(--muted)}
del{color:var(--del-fg);background:var(--del-bg);text-decoration:line-through}
ins{color:var(--ins-fg);background:var(--ins-bg);text-decoration:none;font-weight:600}
.cosmetic{color:var(--muted);font-style:italic}
tr.omitted td.a,tr.added td.b{background:var(--head)}
.flag{display:block;font-size:.8rem;text-decoration:none}
.flag.error{color:var(--error)}.flag.warning{color:var(--warning)}.flag.info{color:var(--info)}
.moved{display:inline-block;font-size:.75rem;border:1px solid currentColor;border-radius:3px;
padding:0 .25rem;color:var(--info)}
table.glossary del{text-decoration:none}
table.glossary td,table.glossary th{padding:.15rem .8rem .15rem 0;text-align:left}
@media print{body{max-width:none;padding:0;font-size:10pt}
a{color:inherit;text-decoration:none}table.aligned thead th{position:static}
tr,li{break-inside:avoid}h2{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def render_html(report: Report) -> str:
    """The whole page as a string, ready to write to a .html file."""
    report = shown(report)  # no control or bidi character reaches the page raw
    a_name, b_name = _name(report.a, report.b), _name(report.b, report.a)
    codes = report.differing_languages
    a_lang, b_lang = (
        (
            f' <span class="muted">({escape(codes[0])})</span>',
            f' <span class="muted">({escape(codes[1])})</span>',
        )
        if codes
        else ("", "")
    )
    if report.identical:
        count = plural(len(report.a.sentences), "sentence")
        body = [f'<p class="verdict">A and B are identical: {count}, no drift.</p>']
    else:
        body = [*_summary(report), *_findings(report), *_glossary(report)]
        body.append(_aligned(report, a_name, b_name))
    return "\n".join(
        (
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>driftcheck: {escape(a_name)} {_ARROW} {escape(b_name)}</title>",
            f"<style>{_CSS}</style>",
            f"<script>{_SCRIPT}</script>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>driftcheck</h1>",
            f'<dl class="versions"><dt>A</dt><dd>{escape(a_name)}{a_lang}</dd>'
            f"<dt>B</dt><dd>{escape(b_name)}{b_lang}</dd></dl>",
            f'<p class="model">aligned with {escape(report.model)}</p>',
            "</header>",
            "<main>",
            *body,
            "</main>",
            "</body>",
            "</html>",
            "",
        )
    )


def _name(doc: Document, other: Document) -> str:
    """The version's path; an unnamed one beside a named one can only have come from stdin."""
    if doc.path is not None:
        return doc.path
    return "<stdin>" if other.path is not None else "(unnamed)"


def _summary(report: Report) -> list[str]:
    """The drift score, the findings counted by severity, and sentences counted by outcome."""
    summary = report.summary
    worst = "" if report.worst is None else report.worst.value
    counts = "".join(
        f'<li class="{severity.value}">{text}</li>'
        for severity, text in (
            (Severity.ERROR, plural(report.count(Severity.ERROR), "error")),
            (Severity.WARNING, plural(report.count(Severity.WARNING), "warning")),
            (Severity.INFO, f"{report.count(Severity.INFO)} info"),
        )
    )
    outcomes = "".join(
        f'<tr><td>{label}</td><td class="n">{getattr(summary, name)}</td>'
        f'<td class="n muted">{summary.percent(name):.1f}%</td>'
        f'<td class="muted">of {"B" if name == "added" else "A"}</td></tr>'
        for name, label in _OUTCOMES
    )
    totals = (
        f"A {plural(summary.a_sentences, 'sentence')}, B {plural(summary.b_sentences, 'sentence')}"
    )
    verdict = ""
    if not any(is_drift(group) for group in report.alignments):
        verdict = "<p>No drift: A and B differ only in quote style, dashes, spacing or case.</p>"
    return [
        '<section class="summary" id="summary">',
        f'<div class="score {worst}">{report.drift_score}<small>drift score</small></div>',
        f'<ul class="counts">{counts}</ul>',
        f'<div><table class="outcomes"><caption class="muted">{totals}</caption>{outcomes}'
        f"</table>{verdict}</div>",
        "</section>",
    ]


def _findings(report: Report) -> list[str]:
    """What matters: errors and warnings listed, info findings in a collapsed list."""
    if not report.findings:
        return []
    number = {id(finding): index for index, finding in enumerate(report.findings)}
    listed, counted = headline(report)
    items = [_finding(report, finding, number[id(finding)]) for finding in listed]
    lines = ['<section id="findings">', "<h2>What matters</h2>", '<ol class="findings">']
    lines.extend([*items, "</ol>"])
    if counted:
        lines.append(f"<details><summary>{escape(counted_line(counted))}</summary>")
        lines.append('<ol class="findings">')
        lines.extend(_finding(report, finding, number[id(finding)]) for finding in counted)
        lines.append("</ol></details>")
    lines.append("</section>")
    return lines


def _finding(report: Report, finding: Finding, number: int) -> str:
    """One finding as a list item, linked to the row of its sentences."""
    where = escape(locator(report, finding, _ARROW))
    if finding.group is not None and 0 <= finding.group < len(report.alignments):
        where = f'<a href="#g{finding.group}">{where}</a>'
    return (
        f'<li id="f{number}" class="{finding.severity.value}">'
        f'<span class="sev">{finding.severity.value}</span> <code>{escape(finding.rule)}</code> '
        f'{escape(finding.message)} <span class="muted">({where})</span></li>'
    )


def _glossary(report: Report) -> list[str]:
    """The story's word substitutions, A's wording beside B's."""
    if not report.glossary:
        return []
    rows = "".join(
        f"<tr><td><del>{escape(a)}</del></td><td>{_ARROW}</td><td><ins>{escape(b)}</ins></td></tr>"
        for a, b in report.glossary
    )
    return [
        '<section id="glossary">',
        f"<h2>Drift glossary ({len(report.glossary)})</h2>",
        '<table class="glossary"><thead><tr><th>A wording</th><th></th><th>B wording</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>",
        "</section>",
    ]


def _aligned(report: Report, a_name: str, b_name: str) -> str:
    """Every group as a table row: A with its deletions, B with its insertions."""
    flags = by_group(report)
    number = {id(finding): index for index, finding in enumerate(report.findings)}
    rows = [
        _row(report, index, group, flags.get(index, []), number)
        for index, group in enumerate(report.alignments)
    ]
    return "\n".join(
        (
            '<section id="aligned">',
            "<h2>Aligned sentences</h2>",
            '<p class="muted"><del>Struck red</del>: only in A. <ins>Green</ins>: only in B. '
            '<span class="cosmetic">Grey italics</span>: quote style, dash or case only.</p>',
            '<table class="aligned"><colgroup><col class="kind"><col><col></colgroup>',
            f"<thead><tr><th></th><th>A: {escape(a_name)}</th><th>B: {escape(b_name)}</th>"
            "</tr></thead>",
            "<tbody>",
            *rows,
            "</tbody></table>",
            "</section>",
        )
    )


def _row(
    report: Report,
    index: int,
    group: AlignmentGroup,
    findings: Sequence[Finding],
    number: dict[int, int],
) -> str:
    """A group's row, its anchor `g<index>`, with links back to its findings."""
    kind = "cosmetic" if is_cosmetic(group) else group.kind.value
    head = [
        f'<a class="kind" href="#g{index}">{kind}</a>',
        f'<span class="muted">{escape(group_numbers(group, _ARROW))}</span>',
    ]
    if group.similarity is not None:
        head.append(f'<span class="muted"> · sim {group.similarity:.2f}</span>')
    if group.moved:
        head.append(' <span class="moved">moved</span>')
    for rule in rules(findings):
        first = next(finding for finding in findings if finding.rule == rule)
        head.append(
            f'<a class="flag {first.severity.value}" href="#f{number[id(first)]}">'
            f"{'·' if first.severity is Severity.INFO else '!'} {escape(rule)}</a>"
        )
    cells = [_cell(report, group, side) for side in ("a", "b")]
    return (
        f'<tr id="g{index}" class="{kind}"><th scope="row">{"".join(head)}</th>'
        f'<td class="a">{cells[0]}</td><td class="b">{cells[1]}</td></tr>'
    )


def _cell(report: Report, group: AlignmentGroup, side: str) -> str:
    """One side of a group, a paragraph per sentence, or a note that it has none."""
    pieces = side_pieces(report, group, "a" if side == "a" else "b")
    if not pieces:
        return f'<span class="muted">(not in {side.upper()})</span>'
    return "".join(
        f'<p dir="auto"><span class="num">{numbers(side.upper(), indices)}</span>'
        f"{_marked(tokens)}</p>"
        for indices, tokens in pieces
    )


def _marked(tokens: Iterable[DiffToken]) -> str:
    """Tokens as escaped HTML: <del> for deletions, <ins> for insertions, cosmetic dim."""
    out = []
    for op, text in runs(tokens):
        if op is Op.EQUAL:
            out.append(escape(text))
        elif op is Op.COSMETIC:
            out.append(f'<span class="cosmetic">{escape(text)}</span>')
        else:
            out.append(f"<{_TAGS[op]}>{escape(text)}</{_TAGS[op]}>")
    return "".join(out)
