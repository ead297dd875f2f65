"""What counts as cosmetic: quote style, dash style, whitespace and case."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from driftcheck.types import Document

_QUOTES = "\"'`´‘’‚‛“”„‟«»‹›″′〝〞＂＇"
_DASHES = "-‐‑‒–—―−﹘﹣－"
_FOLD_TABLE = str.maketrans({**dict.fromkeys(_QUOTES, '"'), **dict.fromkeys(_DASHES, "-")})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """The text with cosmetic differences removed, for comparing, never for display."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD_TABLE)
    return _SPACE.sub(" ", text).strip().casefold()


def tidy(text: str) -> str:
    """Collapse runs of whitespace (line breaks inside a sentence) for display and embedding."""
    return _SPACE.sub(" ", text).strip()


def group_text(doc: Document, indices: Sequence[int]) -> str:
    """A group's sentences on one side, each tidied, joined by a space: what the diff compares.

    The word diff, the findings (`findings.context.make_side`, which also maps offsets) and
    the reports all read a group's text this one way.
    """
    return " ".join(tidy(doc.sentences[index].text) for index in sorted(indices))
