"""The terminal report, rendered on in-memory consoles with and without colour."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

import pytest
from rich.ansi import AnsiDecoder
from rich.cells import cell_len
from rich.color import Color
from rich.console import Console
from rich.style import Style
from rich.text import Text

from driftcheck.diff import word_diff
from driftcheck.report.terminal import TerminalReport, render_terminal
from driftcheck.types import (
    AlignmentGroup,
    DiffToken,
    Document,
    Finding,
    Kind,
    Op,
    Report,
    Sentence,
    Severity,
    Summary,
)

WIRE = (
    "Floods in the northern province killed 12 people on Tuesday, officials said.",
    "The governor promised enduring support for the region.",
    "Rescue teams reached the village of Marsh End and evacuated 300 residents.",
    "\u201cWe have never seen water this high,\u201d said mayor Ana Ruiz.",
    "Police declined to comment on reports of looting.",
    "The regional airport will remain closed until Friday.",
    "Forecasters expect more rain this weekend.",
    "Schools in the province will reopen on Monday.",
)
PARTNER = (
    WIRE[0],
    "The governor promised lasting support for the region.",
    "Rescue teams reached the village of Marsh End.",
    "They evacuated 300 residents.",
    '"We have never seen water this high," said mayor Ana Ruiz.',
    WIRE[6],
    WIRE[7],
    "The interior ministry has opened an inquiry.",
    "The regional airport will remain closed until Saturday.",
)
UNCHANGED = Kind.UNCHANGED


def make_document(sentences: Sequence[str], path: str | None) -> Document:
    """A version whose sentences are joined by single spaces, spans and all."""
    parts, start = [], 0
    for index, text in enumerate(sentences):
        parts.append(Sentence(index, text, start, start + len(text), paragraph=0))
        start += len(text) + 1
    return Document(" ".join(sentences), tuple(parts), path)


def same(a: int, b: int) -> AlignmentGroup:
    """An unchanged group pairing A#a+1 with B#b+1."""
    return AlignmentGroup((a,), (b,), UNCHANGED, 1.0, diff=(DiffToken(Op.EQUAL, WIRE[a]),))


def flood_alignments() -> tuple[AlignmentGroup, ...]:
    """Every kind of change a desk meets, in the partner copy's reading order."""
    equal, delete, insert = Op.EQUAL, Op.DELETE, Op.INSERT
    return (
        same(0, 0),
        AlignmentGroup((1,), (1,), Kind.CHANGED, 0.91, diff=(
            DiffToken(equal, "The governor promised "), DiffToken(delete, "enduring"),
            DiffToken(insert, "lasting"), DiffToken(equal, " support for the region."),
        )),
        AlignmentGroup((2,), (2, 3), Kind.SPLIT, 0.86, diff=(
            DiffToken(equal, "Rescue teams reached the village of Marsh End"),
            DiffToken(delete, " and"), DiffToken(insert, ". They"),
            DiffToken(equal, " evacuated 300 residents."),
        )),
        AlignmentGroup((3,), (4,), UNCHANGED, 0.99, diff=(
            DiffToken(Op.COSMETIC, '"', "\u201c"),
            DiffToken(equal, "We have never seen water this high,"),
            DiffToken(Op.COSMETIC, '"', "\u201d"), DiffToken(equal, " said mayor Ana Ruiz."),
        )),
        AlignmentGroup((4,), (), Kind.OMITTED, None),
        same(6, 5),
        same(7, 6),
        AlignmentGroup((), (7,), Kind.ADDED, None),
        AlignmentGroup((5,), (8,), Kind.CHANGED, 0.83, moved=True, diff=(
            DiffToken(equal, "The regional airport will remain closed until "),
            DiffToken(delete, "Friday"), DiffToken(insert, "Saturday"), DiffToken(equal, "."),
        )),
    )  # fmt: skip


@pytest.fixture
def flood() -> Report:
    """A wire story and a partner's edited copy of it."""
    summary = Summary(
        a_sentences=8, b_sentences=9, unchanged=4, reworded=2, split_or_merged=1,
        moved=1, omitted=1, added=1,
    )  # fmt: skip
    return Report(
        a=make_document(WIRE, "wire/floods.txt"),
        b=make_document(PARTNER, "partner/floods.txt"),
        alignments=flood_alignments(),
        summary=summary,
        model="all-MiniLM-L6-v2",
    )


DESK_A = (
    "Floods in the northern province killed 12 people on Tuesday, officials said.",
    "\u201cWe will rebuild every home,\u201d Governor Maria Lopez told reporters.",
    "The governor promised enduring support for the region.",
    "Rescue teams reached the village and evacuated residents.",
    "Police did not confirm reports of looting.",
    "The regional airport will remain closed until Friday.",
    "Schools in the province will reopen on Monday.",
)
DESK_B = (
    "Floods in the northern province killed 21 people on Tuesday.",
    "\u201cWe will rebuild homes,\u201d the governor told reporters.",
    "The governor promised lasting support for the region.",
    "Rescuers got to the village and moved residents out.",
    "Police confirmed reports of looting.",
    "Schools in the province will reopen on Monday.",
    "The army has been deployed to the area.",
)
DESK_GROUPS = (((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,)),
               ((5,), ()), ((6,), (5,)), ((), (6,)))  # fmt: skip


def build_report(
    a_sentences: Sequence[str],
    b_sentences: Sequence[str],
    groups: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
    findings: Sequence[Finding] = (),
    *,
    drift_score: int = 0,
    paths: tuple[str | None, str | None] = ("wire/floods.txt", "partner/floods.txt"),
) -> Report:
    """A report over the sentences, grouped as given, with word diffs from `word_diff`."""
    built, counts = [], dict.fromkeys(("unchanged", "reworded", "split_or_merged"), 0)
    for a, b in groups:
        a_text = " ".join(a_sentences[i] for i in a)
        b_text = " ".join(b_sentences[j] for j in b)
        if not (a and b):
            built.append(AlignmentGroup(a, b, Kind.OMITTED if a else Kind.ADDED, None))
            continue
        kind = {(1, 1): Kind.CHANGED, (1, 2): Kind.SPLIT}.get((len(a), len(b)), Kind.MERGE)
        if a_text == b_text:
            kind = Kind.UNCHANGED
        counts[{Kind.UNCHANGED: "unchanged", Kind.CHANGED: "reworded"}.get(
            kind, "split_or_merged")] += len(a)  # fmt: skip
        built.append(AlignmentGroup(a, b, kind, 0.9, diff=word_diff(a_text, b_text)))
    summary = Summary(
        a_sentences=len(a_sentences), b_sentences=len(b_sentences), moved=0,
        omitted=sum(len(g.a) for g in built if g.kind is Kind.OMITTED),
        added=sum(len(g.b) for g in built if g.kind is Kind.ADDED), **counts,
    )  # fmt: skip
    return Report(
        make_document(a_sentences, paths[0]), make_document(b_sentences, paths[1]),
        tuple(built), summary, "all-MiniLM-L6-v2", findings=tuple(findings),
        drift_score=drift_score,
    )  # fmt: skip


def finding(rule: str, severity: Severity, message: str, group: int | None, *texts: str) -> Finding:
    """A finding as the engine would make it: A's and B's text (if any) found in the desk story."""
    a_text, b_text = (*texts, None, None)[:2]
    a_span = b_span = None
    if a_text is not None:
        start = " ".join(DESK_A).index(a_text)
        a_span = (start, start + len(a_text))
    if b_text is not None:
        start = " ".join(DESK_B).index(b_text)
        b_span = (start, start + len(b_text))
    return Finding(rule, severity, message, group, a_span, b_span, a_text, b_text)


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
DESK_FINDINGS = (
    finding("number.changed", ERROR, "Number changed: 12 -> 21", 0, "12", "21"),
    finding("attribution.dropped", WARNING, "Attribution dropped: \u201cofficials said\u201d", 0,
            "officials said"),
    finding("quote.altered", ERROR, "Quote altered: \u201cWe will rebuild every home,\u201d -> "
            "\u201cWe will rebuild homes,\u201d", 1, "We will rebuild every home,",
            "We will rebuild homes,"),
    finding("entity.dropped", WARNING, "Name dropped: Maria Lopez", 1, "Maria Lopez"),
    finding("wording.substitution", INFO, "enduring -> lasting", 2, "enduring", "lasting"),
    finding("wording.substitution", INFO, "Rescue teams -> Rescuers", 3, "Rescue teams",
            "Rescuers"),
    finding("wording.substitution", INFO, "reached -> got to", 3, "reached", "got to"),
    finding("wording.substitution", INFO, "evacuated residents -> moved residents out", 3,
            "evacuated residents", "moved residents out"),
    finding("negation.flipped", ERROR, "Negation flipped: did not confirm -> confirmed", 4,
            "did not confirm", "confirmed"),
    finding("sentence.omitted", WARNING, "Sentence omitted", 5),
    finding("cosmetic", INFO, "Quote style changed", 1),
    finding("number.omitted", WARNING, "A number in A appears nowhere in B: 12", None),
    finding("sentence.added", WARNING, "Sentence added", 7),
)  # fmt: skip


@pytest.fixture
def desk() -> Report:
    """A wire story and a partner copy that changed a number, a quote, a negation, names."""
    return build_report(DESK_A, DESK_B, DESK_GROUPS, DESK_FINDINGS, drift_score=37)


def render(
    report: Report,
    *,
    width: int = 100,
    color_system: str | None = "truecolor",
    no_color: bool = False,
    side_by_side: bool = False,
    show_unchanged: bool = False,
) -> str:
    """The report as a console of that width and colour system would print it."""
    console = Console(
        width=width, file=io.StringIO(), color_system=color_system,  # type: ignore[arg-type]
        no_color=no_color, legacy_windows=False, _environ={},
    )  # fmt: skip
    render_terminal(report, console, side_by_side=side_by_side, show_unchanged=show_unchanged)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


def style_of(output: str, word: str) -> Style:
    """The style the terminal shows the first occurrence of `word` in."""
    text = Text("\n").join(AnsiDecoder().decode(output))
    console = Console(color_system="truecolor", _environ={})
    return text.get_style_at_offset(console, text.plain.index(word))


def plain_lines(output: str) -> list[str]:
    """The output's lines as the reader sees them, without escape codes."""
    decoder = AnsiDecoder()
    return [decoder.decode_line(line).plain for line in output.splitlines()]


def has_colour(style: Style, name: str) -> bool:
    """Whether the terminal shows `style` in the standard colour `name`."""
    return style.color is not None and style.color.number == Color.parse(name).number


def line_with(output: str, needle: str) -> str:
    """The one visible line holding `needle`."""
    matches = [line for line in plain_lines(output) if needle in line]
    assert len(matches) == 1, matches
    return matches[0]


def test_deleted_words_are_struck_red_and_inserted_ones_green(flood: Report) -> None:
    output = render(flood)
    deleted, inserted = style_of(output, "enduring"), style_of(output, "lasting")
    assert deleted.strike
    assert has_colour(deleted, "red")
    assert has_colour(inserted, "green")
    assert inserted.bold
    assert inserted.underline
    assert "\x1b[9;31menduring\x1b[0m" in output
    assert "[-" not in output


def test_unchanged_words_are_not_highlighted(flood: Report) -> None:
    style = style_of(render(flood), "governor")
    assert not style.strike
    assert style.color is None


def test_cosmetic_quotes_are_dim_and_not_drift(flood: Report) -> None:
    output = render(flood)
    quote = style_of(output, '"We have never')
    assert quote.dim
    assert quote.color is None
    assert not quote.strike
    assert line_with(output, "A#4 -> B#5").startswith("cosmetic")


def test_without_colour_changes_are_marked_in_brackets(flood: Report) -> None:
    output = render(flood, color_system=None)
    assert "\x1b[" not in output
    assert "The governor promised [-enduring-]{+lasting+} support for the region." in output
    assert "closed until [-Friday-]{+Saturday+}." in output


def test_no_color_keeps_strike_and_underline_but_drops_colour(flood: Report) -> None:
    output = render(flood, no_color=True)
    deleted, inserted = style_of(output, "enduring"), style_of(output, "lasting")
    assert deleted.strike
    assert deleted.color is None
    assert inserted.underline
    assert inserted.color is None


def test_header_names_both_files_and_the_model(flood: Report) -> None:
    assert plain_lines(render(flood, color_system=None))[:3] == [
        "A  wire/floods.txt",
        "B  partner/floods.txt",
        "   aligned with all-MiniLM-L6-v2",
    ]


def test_unnamed_version_beside_a_file_is_stdin(flood: Report) -> None:
    piped = Report(
        make_document(WIRE, "wire.txt"), make_document(PARTNER, None), (), flood.summary, "m"
    )
    assert plain_lines(render(piped))[:2] == ["A  wire.txt", "B  <stdin>"]


def test_summary_shows_counts_and_percentages(flood: Report) -> None:
    output = render(flood, color_system=None)
    assert "Summary  A 8 sentences, B 9 sentences" in output
    lines = plain_lines(output)
    start = lines.index("Summary  A 8 sentences, B 9 sentences")
    assert lines[start + 1 : start + 7] == [
        "  unchanged        4   50.0%  of A",
        "  reworded         2   25.0%  of A",
        "  moved            1   12.5%  of A",
        "  split or merged  1   12.5%  of A",
        "  omitted          1   12.5%  of A",
        "  added            1   11.1%  of B",
    ]


def test_groups_show_kind_numbers_and_similarity(flood: Report) -> None:
    output = render(flood, color_system=None)
    assert line_with(output, "A#2 -> B#2") == "changed  A#2 -> B#2  sim 0.91"
    assert line_with(output, "A#3 -> B#3-4") == "split  A#3 -> B#3-4  sim 0.86"


def test_moved_group_is_marked_and_others_are_not(flood: Report) -> None:
    output = render(flood, color_system=None)
    assert line_with(output, "A#6 -> B#9").endswith("[moved]")
    assert output.count("[moved]") == 1
    assert style_of(render(flood), "[moved]").bold


def test_split_shows_each_sentence_of_each_side(flood: Report) -> None:
    lines = [line.strip() for line in plain_lines(render(flood, color_system=None))]
    start = lines.index("split  A#3 -> B#3-4  sim 0.86")
    assert lines[start + 1 : start + 4] == [
        "A#3  Rescue teams reached the village of Marsh End [-and-] evacuated 300 residents.",
        "B#3  Rescue teams reached the village of Marsh End{+.+}",
        "B#4  {+They+} evacuated 300 residents.",
    ]


def test_unchanged_runs_fold_into_one_line(flood: Report) -> None:
    output = render(flood, color_system=None)
    assert "= 1 sentence unchanged  (A#1 -> B#1)" in output
    assert "= 2 sentences unchanged  (A#7-8 -> B#6-7)" in output
    assert "Schools in the province" not in output


def test_show_unchanged_prints_them_in_full(flood: Report) -> None:
    output = render(flood, color_system=None, show_unchanged=True)
    assert "sentences unchanged" not in output
    assert line_with(output, "A#8 -> B#7") == "unchanged  A#8 -> B#7  sim 1.00"
    assert "Schools in the province will reopen on Monday." in output


def test_omitted_and_added_appear_inline_in_reading_order(flood: Report) -> None:
    lines = [line.strip() for line in plain_lines(render(flood, color_system=None))]
    omitted, added = lines.index("- omitted  A#5"), lines.index("+ added  B#8")
    assert lines[omitted + 1] == WIRE[4]
    assert lines[added + 1] == PARTNER[7]
    assert lines.index("cosmetic  A#4 -> B#5  sim 0.99") < omitted < added
    assert added < lines.index("changed  A#6 -> B#9  sim 0.83  [moved]")


def test_omitted_and_added_are_listed_again_at_the_end(flood: Report) -> None:
    lines = [line.strip() for line in plain_lines(render(flood, color_system=None))]
    assert lines[-4:] == [
        "Omitted from B (1)",
        f"A#5  {WIRE[4]}",
        "Added in B (1)",
        f"B#8  {PARTNER[7]}",
    ]
    assert has_colour(style_of(render(flood), "Police declined"), "red")


@pytest.mark.parametrize("color_system", ["truecolor", None])
def test_side_by_side_puts_deletions_left_and_insertions_right(
    flood: Report, color_system: str | None
) -> None:
    output = render(flood, color_system=color_system, side_by_side=True)
    rows = [line for line in plain_lines(output) if line.startswith("│")]
    middle = rows[0].index("│ B: partner/floods.txt")
    assert rows[0].index("│ A: wire/floods.txt") < middle
    for word in ("enduring", "Friday", "Police declined"):
        assert 0 < next(row for row in rows if word in row).index(word) < middle
    for word in ("lasting", "Saturday", "They", "interior ministry"):
        assert next(row for row in rows if word in row).index(word) > middle
    assert "[moved]" in output


def test_side_by_side_without_colour_keeps_markers(flood: Report) -> None:
    output = render(flood, color_system=None, side_by_side=True)
    assert "[-enduring-]" in output
    assert "{+lasting+}" in output
    assert "[-Friday-]" in line_with(output, "{+Saturday+}")


@pytest.mark.parametrize("side_by_side", [False, True])
@pytest.mark.parametrize("color_system", ["truecolor", None])
@pytest.mark.parametrize("width", [40, 100])
def test_no_line_is_wider_than_the_console(
    flood: Report, side_by_side: bool, color_system: str | None, width: int
) -> None:
    output = render(flood, width=width, color_system=color_system, side_by_side=side_by_side)
    lines = plain_lines(output)
    assert max(cell_len(line) for line in lines) <= width
    assert "\u2026" not in output, "a word was cut short instead of folded"


def test_identical_versions_get_one_line(flood: Report) -> None:
    twin = Report(
        flood.a, make_document(WIRE, "copy.txt"),
        tuple(same(index, index) for index in range(len(WIRE))),
        Summary(8, 8, 8, 0, 0, 0, 0, 0), "all-MiniLM-L6-v2",
    )  # fmt: skip
    assert plain_lines(render(twin, color_system=None)) == [
        "A (wire/floods.txt) and B (copy.txt) are identical: 8 sentences, no drift.",
    ]


def test_cosmetic_only_differences_say_there_is_no_drift(flood: Report) -> None:
    retyped = list(WIRE)
    retyped[3] = PARTNER[4]
    alignments = tuple(same(index, index) for index in range(len(WIRE)) if index != 3)
    cosmetic = replace(flood_alignments()[3], b=(3,))
    report = Report(
        flood.a, make_document(retyped, "retyped.txt"),
        (*alignments[:3], cosmetic, *alignments[3:]), Summary(8, 8, 8, 0, 0, 0, 0, 0), "m",
    )  # fmt: skip
    output = render(report, color_system=None)
    assert (
        "No drift: A and B differ only in quote style, dashes, spacing or case in 1 sentence."
        in output
    )
    assert "Summary" not in output
    assert "cosmetic  A#4 -> B#4" in output


def test_terminal_report_is_a_renderable_with_the_same_output(flood: Report) -> None:
    console = Console(width=100, file=io.StringIO(), color_system=None, _environ={})
    console.print(TerminalReport(flood, side_by_side=True))
    assert console.file.getvalue() == render(flood, color_system=None, side_by_side=True)  # type: ignore[attr-defined]


def test_unchanged_sentence_that_moved_is_shown_not_folded(flood: Report) -> None:
    moved = replace(same(7, 6), moved=True)
    alignments = tuple(moved if group == same(7, 6) else group for group in flood.alignments)
    output = render(replace(flood, alignments=alignments), color_system=None)
    assert "= 1 sentence unchanged  (A#7 -> B#6)" in output
    assert line_with(output, "A#8 -> B#7") == "unchanged  A#8 -> B#7  sim 1.00  [moved]"
    assert "Schools in the province will reopen on Monday." in output


def test_hard_wrapped_sentences_read_as_one_line(flood: Report) -> None:
    wrapped = list(WIRE)
    wrapped[2] = WIRE[2].replace("village of ", "village of\n")
    wrapped[4] = WIRE[4].replace("on reports", "on\n  reports")
    output = render(replace(flood, a=make_document(wrapped, "wire.txt")), color_system=None)
    assert "A#3  Rescue teams reached the village of Marsh End [-and-] evacuated" in output
    assert output.count(WIRE[4]) == 2


def test_wrapped_lines_continue_under_their_text(flood: Report) -> None:
    lines = plain_lines(render(flood, width=40, color_system=None))
    start = lines.index("Omitted from B (1)")
    assert lines[start + 1 : start + 3] == [
        "  A#5  Police declined to comment on",
        "       reports of looting.",
    ]


def test_side_by_side_names_the_missing_side(flood: Report) -> None:
    output = render(flood, color_system=None, side_by_side=True)
    assert "(not in B)" in line_with(output, "│ A#5  Police declined")
    assert "(not in A)" in line_with(output, "│ B#8  The interior ministry")


def test_flood_without_findings_has_no_what_matters_panel(flood: Report) -> None:
    output = render(flood, color_system=None)
    assert "What matters" not in output
    assert "Drift glossary" not in output


DESK_PANEL = """\
What matters
  error    number.changed       A#1 -> B#1   Number changed: 12 -> 21
  error    quote.altered        A#2 -> B#2   Quote altered: “We will rebuild every home,” -> “We
                                             will rebuild homes,”
  error    negation.flipped     A#5 -> B#5   Negation flipped: did not confirm -> confirmed
  warning  attribution.dropped  A#1 -> B#1   Attribution dropped: “officials said”
  warning  entity.dropped       A#2 -> B#2   Name dropped: Maria Lopez
  warning  sentence.omitted     A#6          Sentence omitted
  warning  sentence.added       B#7          Sentence added
  warning  number.omitted       whole story  A number in A appears nowhere in B: 12
  + 5 info: 4 wording substitutions, 1 cosmetic change
  drift score 37: 3 errors, 5 warnings, 5 info
"""
"""What the desk story's panel reads, without colour, 100 columns wide."""


def test_what_matters_comes_first_errors_then_warnings_then_info_counted(desk: Report) -> None:
    lines = plain_lines(render(desk, color_system=None))
    end = lines.index("Summary  A 7 sentences, B 7 sentences")
    assert "\n".join(lines[3:end]) == DESK_PANEL


def test_info_findings_are_listed_when_nothing_is_worse(desk: Report) -> None:
    info = tuple(f for f in desk.findings if f.severity is Severity.INFO)
    lines = plain_lines(render(replace(desk, findings=info, drift_score=4), color_system=None))
    panel = lines[lines.index("What matters") + 1 : lines.index("What matters") + 7]
    assert [line.split()[:2] for line in panel[:5]] == [
        ["info", "cosmetic"],
        *[["info", "wording.substitution"]] * 4,
    ]
    assert panel[5] == "  drift score 4: 0 errors, 0 warnings, 5 info"
    assert "+ " not in "".join(panel)


def test_severities_are_coloured_and_spelled_out(desk: Report) -> None:
    output = render(desk)
    assert has_colour(style_of(output, "error "), "red")
    assert has_colour(style_of(output, "warning "), "yellow")
    assert "\x1b[" not in render(desk, color_system=None)
    assert "  error    number.changed" in plain_lines(render(desk, no_color=True))[4]


def test_groups_with_findings_carry_their_rules(desk: Report) -> None:
    output = render(desk, color_system=None)
    assert line_with(output, "changed  A#1 -> B#1") == (
        "changed  A#1 -> B#1  sim 0.90  ! number.changed, attribution.dropped"
    )
    assert line_with(output, "changed  A#2 -> B#2") == (
        "changed  A#2 -> B#2  sim 0.90  ! quote.altered, entity.dropped  (cosmetic)"
    )
    assert line_with(output, "changed  A#3 -> B#3").endswith("sim 0.90  (wording.substitution)")
    assert line_with(output, "- omitted  A#6") == "- omitted  A#6  ! sentence.omitted"
    assert has_colour(style_of(render(desk), "! negation.flipped"), "red")
    assert has_colour(style_of(render(desk), "! sentence.added"), "yellow")


def test_side_by_side_flags_the_kind_column(desk: Report) -> None:
    lines = plain_lines(render(desk, color_system=None, side_by_side=True))
    row = lines.index(line_with("\n".join(lines), "Police [-did not confirm-]"))
    assert lines[row + 2].startswith("│ ! negation.flipped ")
    assert "What matters" in lines


def test_glossary_comes_last_a_wording_beside_b_wording(desk: Report) -> None:
    lines = [line.rstrip() for line in plain_lines(render(desk, color_system=None))]
    assert lines[-6:] == [
        "Drift glossary (4)",
        "  A wording                B wording",
        "  enduring             ->  lasting",
        "  Rescue teams         ->  Rescuers",
        "  reached              ->  got to",
        "  evacuated residents  ->  moved residents out",
    ]
    assert has_colour(style_of(render(desk), "Rescue teams "), "red")


def test_narrow_console_puts_messages_under_their_rule(desk: Report) -> None:
    lines = plain_lines(render(desk, width=40, color_system=None))
    start = lines.index("What matters")
    assert lines[start + 1 : start + 3] == [
        "  error    number.changed",
        "    A#1 -> B#1  Number changed: 12 -> 21",
    ]


@pytest.mark.parametrize("side_by_side", [False, True])
@pytest.mark.parametrize("width", [30, 40, 60, 100])
def test_findings_fit_the_console(desk: Report, side_by_side: bool, width: int) -> None:
    output = render(desk, width=width, color_system=None, side_by_side=side_by_side)
    assert max(cell_len(line) for line in plain_lines(output)) <= width
    assert "\u2026" not in output


def test_finding_outside_the_alignment_reads_as_story_level(desk: Report) -> None:
    stray = Finding("entity.changed", WARNING, "Name changed", 99)
    output = render(replace(desk, findings=(stray,)), color_system=None)
    assert "  warning  entity.changed  whole story  Name changed" in output
