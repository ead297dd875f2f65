"""What every `driftcheck` command shares: its usage line, one-line errors, checked values.

A bad option value and every error a user can fix become one line on stderr and exit code 2;
anything else is an internal error, reported in one line unless DRIFTCHECK_DEBUG is set.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

import typer
import typer.core

from driftcheck.errors import DriftcheckError
from driftcheck.levels import ExitCode


class Command(typer.core.TyperCommand):
    """A command with the usage line `compare [OPTIONS] A B` and one-line bad-value errors."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # typer's click is private
        """Arguments by name (`A B`), not typer's `{A} {B}`."""
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Parse; a bad option value becomes `driftcheck: error: --fail-on: ...`, exit 2."""
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as exc:
            name = exc.param_hint or (exc.param.opts[0] if exc.param is not None else "value")
            if isinstance(name, list | tuple):
                name = " / ".join(name)
            message = exc.message.removeprefix("Value error, ").rstrip(".")
            raise OneLineError(f"{str(name).strip(chr(39))}: {message}", ctx) from None


class OneLineError(typer.BadParameter):
    """A usage error shown as the one line every driftcheck error is."""

    def show(self, file: object = None) -> None:  # noqa: ARG002 - always stderr
        """`driftcheck: error: MESSAGE` on stderr, without the usage block."""
        typer.echo(f"driftcheck: error: {self.message}", err=True)


def checked_language(value: str) -> str:
    """--language: a code for both versions, or auto (detect each)."""
    from driftcheck.language import checked_code

    return "auto" if value.strip().lower() == "auto" else checked_code(value, "--language")


def checked_languages(lang_a: str | None, lang_b: str | None) -> tuple[str | None, str | None]:
    """--lang-a and --lang-b, checked."""
    from driftcheck.language import checked_code

    return (
        None if lang_a is None else checked_code(lang_a, "--lang-a"),
        None if lang_b is None else checked_code(lang_b, "--lang-b"),
    )


def name_of(source: str) -> str | None:
    return None if source == "-" else source


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
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
