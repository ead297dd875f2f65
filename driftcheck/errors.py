"""Errors meant for users: the CLI prints their message on one line and exits 2."""

from __future__ import annotations


class DriftcheckError(Exception):
    """Base class for every error a user can cause and fix."""


class InputError(DriftcheckError):
    """A story version cannot be read: missing, a directory, binary or undecodable."""


class ModelError(DriftcheckError):
    """The embedding model cannot be found or loaded."""


class UsageError(DriftcheckError):
    """An option or combination of options makes no sense."""
