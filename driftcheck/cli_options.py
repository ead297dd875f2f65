"""The command line's shared vocabulary: output formats, policies and common options."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    """Output formats of `compare`."""

    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


class FailOn(StrEnum):
    """The least severe finding that fails the run (exit 1)."""

    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


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
