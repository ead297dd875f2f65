"""Renderers of a Report, and the exit codes every command shares."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the process tells its caller; the only place these numbers are defined."""

    OK = 0
    DRIFT = 1  # reserved for policy failures (findings at or above --fail-on)
    ERROR = 2  # bad usage or unreadable input: a one-line message on stderr
    INTERNAL = 3  # a bug in driftcheck: please report it


FORMATS = ("terminal", "json")
