"""The command line's shared vocabulary: output formats and the options both commands take."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from driftcheck.levels import FailOn, Severity


class Format(StrEnum):
    """Output formats of `compare`."""

    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


class CheckFormat(StrEnum):
    """Output formats of `check`."""

    terminal = "terminal"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    junit = "junit"
    github = "github"
    sarif = "sarif"


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="'default' (bundled all-MiniLM-L6-v2, English), 'use-multilingual' (16 languages), "
        "'lexical' (no model, no torch), or a sentence-transformers model name or local path "
        "[default: from the config file, else by the versions' languages: 'default' when both "
        "are English, 'use-multilingual' otherwise].",
        show_default=False,
    ),
]
FailOnOption = Annotated[
    FailOn | None,
    typer.Option(
        "--fail-on",
        help="Exit 1 when a (new) finding is at least this severe "
        "[default: from the config file, else error].",
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Settings file (driftcheck.toml or pyproject.toml) "
        "[default: the nearest one above the current directory].",
        dir_okay=False,
    ),
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to FILE.")
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the embedding cache.")
]
CacheDirOption = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Where to keep the embedding cache.", file_okay=False),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(help="Encoding of files without a BOM (default: UTF-8), e.g. latin-1."),
]
MaxSizeOption = Annotated[
    float | None,
    typer.Option(
        "--max-size",
        metavar="MB",
        help="Refuse a version over this many MB, 0 for no limit "
        "[default: from the config file, else 25].",
        min=0,
        show_default=False,
    ),
]
MaxOmittedOption = Annotated[
    float | None,
    typer.Option(
        "--max-omitted",
        metavar="PERCENT",
        help="Also fail when B leaves out more than this share of A's sentences "
        "[default: from the config file, else off].",
        min=0,
        max=100,
        show_default=False,
    ),
]
MaxDriftOption = Annotated[
    int | None,
    typer.Option(
        "--max-drift",
        metavar="SCORE",
        help="Also fail when the drift score (0-100) is over this "
        "[default: from the config file, else off].",
        min=0,
        max=100,
        show_default=False,
    ),
]
ExpectOption = Annotated[
    bool | None,
    typer.Option(
        "--expect/--no-expect",
        help="A pair that declares expect = pass|fail must have that outcome: known drifts "
        "pass the run, a pair that stops failing fails it "
        "[default: from the config file, else no].",
        show_default=False,
    ),
]
AnnotateOption = Annotated[
    Severity | None,
    typer.Option(
        "--annotate",
        help="github format: annotate findings at least this severe (info adds notices) "
        "[default: from the config file, else warning].",
        show_default=False,
    ),
]
JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        metavar="INTEGER",
        min=1,
        help="Worker processes for alignment, diffs and findings.",
    ),
]
LangAOption = Annotated[
    str | None,
    typer.Option(
        "--lang-a",
        metavar="CODE",
        help="Language of version A (ISO 639-1, e.g. en, de, fr) [default: detected; in a "
        "corpus, the source's language there comes first].",
        show_default=False,
    ),
]
LangBOption = Annotated[
    str | None,
    typer.Option(
        "--lang-b",
        metavar="CODE",
        help="Language of version B [default: detected; in a corpus, a version's language "
        "there comes first]. Two languages, and no --model: the use-multilingual backend.",
        show_default=False,
    ),
]


class ExecutorChoice(StrEnum):
    """Where `check` compares pairs."""

    local = "local"
    ray = "ray"


class DeviceChoice(StrEnum):
    """Where the sentence-transformers model runs."""

    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"


ExecutorOption = Annotated[
    ExecutorChoice,
    typer.Option(
        "--executor",
        help="Where pairs are compared: local (this machine, --jobs processes) or ray "
        "(a Ray cluster; needs pip install 'driftcheck[ray]').",
    ),
]
AddressOption = Annotated[
    str | None,
    typer.Option(
        "--address",
        metavar="ADDR",
        help="--executor ray: the cluster to join, e.g. HOST:6379, or 'auto' for the one "
        "`ray start` runs here [default: start Ray on this machine].",
        show_default=False,
    ),
]
DeviceOption = Annotated[
    DeviceChoice,
    typer.Option(
        "--device",
        help="Where the sentence-transformers model runs: auto picks a CUDA GPU when "
        "there is one (on each Ray worker too), else the CPU.",
    ),
]


ArchiveArgument = Annotated[
    Path,
    typer.Argument(metavar="ARCHIVE", help="A folder of articles (.txt, searched recursively)."),
]
SourcesOption = Annotated[
    Path,
    typer.Option(
        "--sources",
        "-s",
        help="A folder of source stories (.txt): each file is one story.",
        show_default=False,
    ),
]
ManifestOutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write the manifest to FILE (.csv, or .jsonl for JSON lines) "
        "[default: CSV on stdout, paths relative to the current folder].",
        dir_okay=False,
        show_default=False,
    ),
]
MinOverlapOption = Annotated[
    float,
    typer.Option(
        "--min-overlap",
        metavar="SHARE",
        min=0.0,
        max=1.0,
        help="Share (0-1) of an article's word triples that must be in a source for it "
        "to count as a version of that story.",
    ),
]
PairJobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        metavar="INTEGER",
        min=1,
        help="Worker processes for reading and fingerprinting the articles.",
    ),
]
PairExecutorOption = Annotated[
    ExecutorChoice,
    typer.Option(
        "--executor",
        help="Where the articles are read and fingerprinted: local (this machine, --jobs "
        "processes) or ray (a Ray cluster; needs pip install 'driftcheck[ray]').",
    ),
]
TranslationsOption = Annotated[
    bool,
    typer.Option(
        "--translations/--no-translations",
        help="Compare the articles left unmatched that are in another language than a "
        "source by meaning (the use-multilingual backend, loaded only then).",
    ),
]
PairMaxSizeOption = Annotated[
    float | None,
    typer.Option(
        "--max-size",
        metavar="MB",
        min=0,
        help="Skip an article over this many MB, 0 for no limit [default: 25].",
        show_default=False,
    ),
]
