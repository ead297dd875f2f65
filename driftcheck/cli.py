"""The `driftcheck` command: parse options, call the library, render, exit.

Nothing heavy is imported at module level, so `driftcheck --help` stays fast; errors a
user can fix become one line on stderr and exit code 2.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from driftcheck import __version__
from driftcheck.cli_options import (
    CacheDirOption,
    CheckFormat,
    ConfigOption,
    EncodingOption,
    FailOnOption,
    Format,
    MaxSizeOption,
    ModelOption,
    NoCacheOption,
    OutputOption,
)
from driftcheck.cli_output import progress, render, render_check, working
from driftcheck.errors import DriftcheckError, UsageError
from driftcheck.report import ExitCode

if TYPE_CHECKING:
    from driftcheck.config import Config
    from driftcheck.pipeline import Comparer

app = typer.Typer(
    name="driftcheck",
    help="Show what drifted between two versions of a news story.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: rich help imports a Markdown parser (~3x slower)
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"driftcheck {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Show what drifted between two versions of a news story."""


@app.command()
def compare(
    a: Annotated[
        str,
        typer.Argument(metavar="A", help="Version A (the source): a text file, or '-' for stdin."),
    ],
    b: Annotated[
        str, typer.Argument(metavar="B", help="Version B (the re-published copy), or '-'.")
    ],
    model: ModelOption = None,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="terminal report, versioned JSON, Markdown (pull-request comments) "
            "or one self-contained HTML file.",
        ),
    ] = Format.terminal,
    fail_on: FailOnOption = None,
    config_file: ConfigOption = None,
    output: OutputOption = None,
    side_by_side: Annotated[
        bool, typer.Option("--side-by-side", help="Show A and B in two columns.")
    ] = False,
    show_unchanged: Annotated[
        bool, typer.Option("--show-unchanged", help="Print unchanged sentences in full.")
    ] = False,
    strict: Annotated[
        bool | None,
        typer.Option(
            "--strict/--no-strict",
            help="Count quote style, dashes, whitespace and case as drift too "
            "[default: from the config file, else no].",
            show_default=False,
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    cache_dir: CacheDirOption = None,
    encoding: EncodingOption = None,
    max_size: MaxSizeOption = None,
    language: Annotated[
        str | None,
        typer.Option(
            help="Language code for sentence splitting, e.g. en, de, fr, zh [default: en].",
            show_default=False,
        ),
    ] = None,
    lines: Annotated[
        bool,
        typer.Option(
            "--lines",
            help="The versions come segmented, one sentence per line (a translation memory, "
            "an aligned corpus): pair lines instead of splitting sentences.",
        ),
    ] = False,
    explain: Annotated[
        str | None,
        typer.Option(
            metavar="A#N|B#N",
            help="Instead of the report, say why a sentence was paired, split, merged or left "
            "out, with the candidates it beat.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Compare two versions of a story: what matters first, then every aligned sentence.

    Exit 0 when no finding reaches --fail-on, 1 when one does, 2 for bad input, options
    or settings.
    """
    with _user_errors():
        if a == "-" and b == "-":
            raise UsageError("only one of A and B can be read from stdin")
        from driftcheck.report import exit_code

        settings = _settings(config_file)
        read = _reader(settings, encoding, max_size)
        a_text, b_text = read(a), read(b)
        comparer = _comparer(settings, model, cache_dir, no_cache, strict, language, lines=lines)
        if explain is not None:
            from driftcheck.report.explain import parse_ref

            parse_ref(explain)  # a bad reference fails before the model loads
        with working("Comparing"):
            report = comparer.compare(a_text, b_text, a_path=_name(a), b_path=_name(b))
        if explain is not None:
            from driftcheck.report.explain import explain as explain_sentence

            typer.echo(explain_sentence(report, explain), nl=False)
        else:
            render(
                report,
                output_format,
                output,
                side_by_side=side_by_side,
                show_unchanged=show_unchanged,
            )
        code = exit_code(report, fail_on.value if fail_on else settings.fail_on)
    raise typer.Exit(code)


@app.command()
def check(
    corpus: Annotated[
        Path,
        typer.Argument(
            metavar="CORPUS",
            help="A corpus directory (story folders and/or manifest folders) or a manifest file.",
        ),
    ],
    output_format: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="terminal summary, json, jsonl (one full report per pair), markdown, junit, "
            "github (workflow annotations + step summary) or sarif.",
        ),
    ] = CheckFormat.terminal,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    config_file: ConfigOption = None,
    model: ModelOption = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes for alignment, diffs and findings."
        ),
    ] = 1,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="Count only findings not in this baseline; list the resolved ones.",
            dir_okay=False,
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline", help="Record every current finding in FILE.", dir_okay=False
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    cache_dir: CacheDirOption = None,
    encoding: EncodingOption = None,
    max_size: MaxSizeOption = None,
    allow_outside_paths: Annotated[
        bool,
        typer.Option(
            "--allow-outside-paths",
            help="Let manifests and story.toml name files outside CORPUS (absolute paths, "
            "../, links out) [default: from the config file, else no].",
        ),
    ] = False,
) -> None:
    """Compare every version pair of a corpus and judge the run by the policy.

    Exit 0 when no pair has a finding at --fail-on, 1 when one does, 2 when a story could
    not be read or compared (its row says why; the other stories are still reported) or
    for bad options or settings.
    """
    with _user_errors():
        from driftcheck.batch import compare_all
        from driftcheck.corpus import CorpusResult, discover, sorted_results

        settings = _settings(config_file)
        allow_outside = allow_outside_paths or settings.allow_outside_paths
        specs, broken = discover(corpus, allow_outside=allow_outside)
        if not specs and not broken:  # a wrong path must not pass a CI job that checked nothing
            raise UsageError(
                f"{corpus}: no version pairs found (a story is a folder with two or more .txt "
                "versions, or a story.toml; or pass a manifest.csv or manifest.jsonl)"
            )
        comparer = _comparer(settings, model, cache_dir, no_cache, None, None)
        read = _reader(settings, encoding, max_size)
        with progress(len(specs)) as advance:
            compared = compare_all(
                specs,
                comparer,
                lambda path: read(str(path)),
                jobs=jobs,
                on_done=lambda _: advance(),
            )
        results = sorted_results([*compared, *broken])
        if write_baseline is not None:
            from driftcheck.baseline import write_baseline as record

            record(write_baseline, results)
        if baseline is not None:
            from driftcheck.baseline import apply_baseline, read_baseline

            results = tuple(apply_baseline(results, read_baseline(baseline)))
        result = CorpusResult(
            root=corpus,
            results=results,
            fail_on=fail_on.value if fail_on else settings.fail_on,
            baseline=baseline,
        )
        render_check(result, output_format, output)
        code = result.exit_code
    raise typer.Exit(code)


def _settings(config_file: Path | None) -> Config:
    """The settings file named, or the nearest one, checked against the known rules."""
    from driftcheck.config import load_config
    from driftcheck.findings import RULES

    return load_config(config_file, RULES)


def _comparer(
    settings: Config,
    model: str | None,
    cache_dir: Path | None,
    no_cache: bool,
    strict: bool | None,
    language: str | None,
    *,
    lines: bool = False,
) -> Comparer:
    """A Comparer from the settings, with command-line options taking precedence."""
    from driftcheck.align import AlignOptions
    from driftcheck.pipeline import Comparer

    chosen = model or settings.model
    return Comparer(
        None if chosen in (None, "default") else chosen,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        options=AlignOptions(strict=settings.strict if strict is None else strict, lines=lines),
        language=language or settings.language,
        config=settings,
    )


def _reader(settings: Config, encoding: str | None, max_size: float | None) -> Callable[[str], str]:
    """How both commands read a version: the options given, else the settings."""
    from driftcheck.textio import read_version

    limit = settings.max_size if max_size is None else max_size
    return lambda source: read_version(source, encoding=encoding, max_mb=limit)


def _name(source: str) -> str | None:
    return None if source == "-" else source


@contextlib.contextmanager
def _user_errors() -> Iterator[None]:
    """Turn errors a user can fix into one line on stderr and exit code 2."""
    try:
        yield
    except DriftcheckError as exc:
        typer.echo(f"driftcheck: error: {exc}", err=True)
        raise typer.Exit(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        typer.echo("driftcheck: interrupted", err=True)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:
        if os.environ.get("DRIFTCHECK_DEBUG"):
            raise
        typer.echo(
            f"driftcheck: internal error: {type(exc).__name__}: {exc} "
            "(set DRIFTCHECK_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        raise typer.Exit(ExitCode.INTERNAL) from None


def main() -> None:
    """Console-script entry point."""
    app(prog_name="driftcheck")
