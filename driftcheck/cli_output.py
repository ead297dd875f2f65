"""How the `driftcheck` commands write their results, and show progress while they work.

Each format goes to stdout or to a file; a renderer is imported only when it is chosen,
and spinners and progress bars appear only on a terminal outside CI. A file is written
next to its final name and renamed into place when complete, so an error or Ctrl-C never
leaves a partial report; a byte of a non-UTF-8 file name is written as U+FFFD.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from driftcheck.cli_options import CheckFormat, Format
from driftcheck.errors import UsageError
from driftcheck.levels import Severity
from driftcheck.textio import without_surrogates

if TYPE_CHECKING:
    from driftcheck.corpus import CorpusResult
    from driftcheck.types import Report


def render_check(
    result: CorpusResult,
    output_format: CheckFormat,
    output: Path | None,
    *,
    annotate_from: Severity = Severity.WARNING,
) -> None:
    """Write a corpus run in the chosen format to stdout or `output`."""
    if output_format is CheckFormat.terminal:
        from rich.console import Console

        from driftcheck.report.check_text import render_check_terminal

        if output is None:
            with _stdout():
                render_check_terminal(result, Console())
        else:
            with _opened(output) as handle:
                render_check_terminal(result, Console(file=handle, color_system=None, width=120))
        return
    text: str
    if output_format is CheckFormat.json:
        from driftcheck.report.check_json import render_check_json

        text = render_check_json(result)
    elif output_format is CheckFormat.jsonl:
        from driftcheck.report.check_json import render_check_jsonl

        text = render_check_jsonl(result)
    elif output_format is CheckFormat.markdown:
        from driftcheck.report.check_text import render_check_markdown

        text = render_check_markdown(result)
    elif output_format is CheckFormat.junit:
        from driftcheck.report.junit import render_junit

        text = render_junit(result)
    elif output_format is CheckFormat.github:
        from driftcheck.report.github import render_github

        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        text = render_github(
            result, Path(summary) if summary else None, annotate_from=annotate_from
        )
    else:
        from driftcheck.report.sarif import render_sarif

        text = render_sarif(result)
    write(text, output)


class Bar:
    """A progress bar's two calls: how many steps there are, and one more step done."""

    def __init__(self, start: Callable[[int], None], advance: Callable[[], None]) -> None:
        self.start = start
        self.advance = advance


@contextlib.contextmanager
def progress() -> Iterator[Bar]:
    """A progress bar on stderr on a terminal; nothing when piped or under CI."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield Bar(lambda _: None, lambda: None)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as shown:
        task = shown.add_task("Comparing", total=None)
        yield Bar(lambda total: shown.update(task, total=total), lambda: shown.advance(task))


def render(
    report: Report,
    output_format: Format,
    output: Path | None,
    *,
    side_by_side: bool,
    show_unchanged: bool,
) -> None:
    """Write the report in the chosen format to stdout or `output`."""
    if output_format is Format.json:
        from driftcheck.report.json import render_json

        write(render_json(report), output)
    elif output_format is Format.markdown:
        from driftcheck.report.markdown import render_markdown

        write(render_markdown(report), output)
    elif output_format is Format.html:
        from driftcheck.report.html import render_html

        write(render_html(report), output)
    else:
        _terminal(report, output, side_by_side=side_by_side, show_unchanged=show_unchanged)


def _terminal(
    report: Report, output: Path | None, *, side_by_side: bool, show_unchanged: bool
) -> None:
    from rich.console import Console

    from driftcheck.report.terminal import render_terminal

    if output is None:
        with _stdout():
            render_terminal(
                report, Console(), side_by_side=side_by_side, show_unchanged=show_unchanged
            )
        return
    with _opened(output) as handle:
        console = Console(file=handle, color_system=None, width=100, soft_wrap=False)
        render_terminal(report, console, side_by_side=side_by_side, show_unchanged=show_unchanged)


def write(text: str, output: Path | None) -> None:
    """Write a rendered report to stdout, or to `output` as a whole or not at all."""
    text = without_surrogates(text)  # a file name's non-UTF-8 byte, in every format
    if output is None:
        with _stdout():
            sys.stdout.write(text)
        return
    with _opened(output) as handle:
        handle.write(text)


@contextlib.contextmanager
def _stdout() -> Iterator[None]:
    """Standard output that cannot be written (a full disk, a closed pipe) is a user error."""
    try:
        yield
        sys.stdout.flush()
    except OSError as exc:
        with contextlib.suppress(OSError, ValueError):  # nothing left for Python to flush at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise UsageError(f"cannot write to standard output ({exc.strerror or exc})") from exc


@contextlib.contextmanager
def _opened(output: Path) -> Iterator[TextIO]:
    """A temporary file beside `output`, renamed to it only when everything was written."""
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=output.parent, prefix=f".{output.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise UsageError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    written = Path(temporary)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", errors="replace") as handle:
            yield handle
        written.chmod(0o666 & ~_umask())  # as a plain open() would have made it
        written.replace(output)
    except OSError as exc:
        written.unlink(missing_ok=True)
        raise UsageError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    except BaseException:  # Ctrl-C, a bug: no partial report is left behind
        written.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def working(what: str) -> Iterator[None]:
    """A spinner on stderr while the model loads and encodes, only on a terminal."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(f"{what}…"):
        yield
