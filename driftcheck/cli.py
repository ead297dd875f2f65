"""The `driftcheck` command: parse options, call the library, render, exit.

Nothing heavy is imported at module level, so `driftcheck --help` stays fast; errors a
user can fix become one line on stderr and exit code 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import typer.core

from driftcheck import __version__
from driftcheck.cli_base import Command, checked_language, checked_languages, name_of, user_errors
from driftcheck.cli_options import (
    AddressOption,
    AnnotateOption,
    ArchiveArgument,
    CacheDirOption,
    CheckFormat,
    ConfigOption,
    DeviceChoice,
    DeviceOption,
    EncodingOption,
    ExecutorChoice,
    ExecutorOption,
    ExpectOption,
    FailOnOption,
    Format,
    JobsOption,
    LangAOption,
    LangBOption,
    ManifestOutputOption,
    MaxDriftOption,
    MaxOmittedOption,
    MaxSizeOption,
    MinOverlapOption,
    ModelOption,
    NoCacheOption,
    OutputOption,
    PairExecutorOption,
    PairJobsOption,
    PairMaxSizeOption,
    SourcesOption,
    TranslationsOption,
)
from driftcheck.cli_output import progress, render, render_check, working
from driftcheck.errors import UsageError
from driftcheck.levels import ExitCode

app = typer.Typer(
    name="driftcheck",
    help="Show what drifted between two versions of a news story.",
    add_completion=True,
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
            "--version",
            "-V",
            callback=_show_version,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Show what drifted between two versions of a news story."""


@app.command(cls=Command)
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
            metavar="CODE",
            help="Language of both versions, e.g. en, de, fr, zh, or auto "
            "[default: from the config file, else auto: detect each].",
            show_default=False,
        ),
    ] = None,
    max_omitted: MaxOmittedOption = None,
    max_drift: MaxDriftOption = None,
    lang_a: LangAOption = None,
    lang_b: LangBOption = None,
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

    Exit 0 when the comparison passes the policy, 1 when a finding reaches --fail-on or
    a threshold (--max-omitted, --max-drift) is over, 2 for bad input, options or settings.
    """
    with user_errors():
        if a == "-" and b == "-":
            raise UsageError("only one of A and B can be read from stdin")
        from driftcheck.align import AlignOptions
        from driftcheck.config import resolve
        from driftcheck.pipeline import Comparer
        from driftcheck.textio import read_version

        config = resolve(
            config_file,
            fail_on=fail_on,
            model=model,
            strict=strict,
            language=None if language is None else checked_language(language),
            max_size=max_size,
            max_omitted=max_omitted,
            max_drift=max_drift,
        )
        a_text, b_text = (
            read_version(source, encoding=encoding, max_mb=config.max_size) for source in (a, b)
        )
        options = AlignOptions(strict=config.strict, lines=lines)
        comparer = Comparer(
            cache_dir=cache_dir, use_cache=not no_cache, options=options, config=config
        )
        a_language, b_language = checked_languages(lang_a, lang_b)
        if explain is not None:
            from driftcheck.report.explain import parse_ref

            parse_ref(explain)  # a bad reference fails before the model loads
        with working("Comparing"):
            report = comparer.compare(
                a_text,
                b_text,
                a_path=name_of(a),
                b_path=name_of(b),
                a_language=a_language,
                b_language=b_language,
            )
        warning = comparer.warning(report)
        if warning is not None:
            typer.echo(f"driftcheck: warning: {warning}", err=True)
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
    raise typer.Exit(ExitCode.DRIFT if report.failed else ExitCode.OK)


@app.command(cls=Command)
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
    jobs: JobsOption = 1,
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
    max_omitted: MaxOmittedOption = None,
    max_drift: MaxDriftOption = None,
    expect: ExpectOption = None,
    annotate: AnnotateOption = None,
    lang_a: LangAOption = None,
    lang_b: LangBOption = None,
    executor: ExecutorOption = ExecutorChoice.local,
    address: AddressOption = None,
    device: DeviceOption = DeviceChoice.auto,
) -> None:
    """Compare every version pair of a corpus and judge the run by the policy.

    Exit 0 when every pair passes the policy, 1 when one fails it (a finding at --fail-on,
    a threshold over; with --expect, an outcome other than the pair's declared one), 2
    when a story could not be read or compared (its row says why; the other stories are
    still reported) or for bad options or settings.
    """
    with user_errors():
        from driftcheck.config import resolve
        from driftcheck.executors import executor_for
        from driftcheck.runner import check as check_corpus

        config = resolve(
            config_file,
            fail_on=fail_on,
            model=model,
            max_size=max_size,
            max_omitted=max_omitted,
            max_drift=max_drift,
            expect=expect,
            annotate=annotate,
            allow_outside_paths=allow_outside_paths or None,
        )
        runner = executor_for(executor.value, jobs=jobs, address=address)
        with progress() as bar:
            result = check_corpus(
                corpus,
                config=config,
                executor=runner,
                device=device.value,
                baseline=baseline,
                write_baseline=write_baseline,
                cache_dir=cache_dir,
                use_cache=not no_cache,
                encoding=encoding,
                languages=checked_languages(lang_a, lang_b),
                on_start=bar.start,
                on_done=lambda _: bar.advance(),
            )
        if result.warnings:
            more = len(result.warnings) - 1
            extra = f" (and {more} more pairs)" if more else ""
            typer.echo(f"driftcheck: warning: {result.warnings[0]}{extra}", err=True)
        render_check(result, output_format, output, annotate_from=config.annotate)
    raise typer.Exit(result.exit_code)


@app.command(cls=Command)
def pair(
    archive: ArchiveArgument,
    sources: SourcesOption,
    output: ManifestOutputOption = None,
    min_overlap: MinOverlapOption = 0.45,  # pairing.MIN_OVERLAP; not imported: start-up stays light
    jobs: PairJobsOption = 1,
    encoding: EncodingOption = None,
    max_size: PairMaxSizeOption = None,
    executor: PairExecutorOption = ExecutorChoice.local,
    address: AddressOption = None,
    translations: TranslationsOption = True,
) -> None:
    """Find each source story's versions in an archive and write a manifest for `check`.

    A version is an article most of whose wording comes from the story: re-published,
    edited, shortened, reordered or extended; or, in another language, most of whose
    sentences translate the story's (manifest rows with role translated). Files that
    cannot be read are skipped and listed on stderr. Exit 0 when the manifest was
    written, 2 for bad arguments.
    """
    with user_errors():
        from driftcheck.executors import executor_for
        from driftcheck.pairing import pair as find_versions
        from driftcheck.pairing.manifest import manifest_text, write_manifest

        with working("Pairing"):
            result = find_versions(
                archive,
                sources,
                min_overlap=min_overlap,
                max_mb=max_size,
                encoding=encoding,
                executor=executor_for(executor.value, jobs=jobs, address=address),
                translations=translations,
            )
        if output is None:
            typer.echo(manifest_text(result.matches, Path.cwd()), nl=False)
        else:
            write_manifest(result.matches, output)
        from driftcheck.report._safe import visible  # file names are untrusted

        for skipped in result.skipped:
            typer.echo(
                f"driftcheck: skipped {visible(skipped.path)}: {visible(skipped.reason)}", err=True
            )
        stories = len({m.story for m in result.matches})
        translated = sum(m.language is not None for m in result.matches)
        typer.echo(
            f"driftcheck: {len(result.matches)} versions"
            + (f" ({translated} translated)" if translated else "")
            + f" of {stories} of {result.sources} stories among {result.articles} articles "
            f"({len(result.skipped)} files skipped)",
            err=True,
        )
    raise typer.Exit(ExitCode.OK)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="driftcheck")
