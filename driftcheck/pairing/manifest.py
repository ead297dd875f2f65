"""Pairing results as a manifest `driftcheck check` reads (CSV or JSONL, see corpus.py)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from driftcheck.pairing import Match

COLUMNS = ("story", "source", "target", "overlap")
"""`check` reads story, source and target; `overlap` is for people (check ignores it)."""
TRANSLATED = ("role", "language", "source_language")
"""Columns added when a match is a translation: `check` reads them (role `translated`)."""


def manifest_text(matches: Sequence[Match], base: Path, *, jsonl: bool = False) -> str:
    """The manifest of `matches`, paths relative to the folder `base` the manifest lives in."""
    rows = [
        {
            "story": m.story,
            "source": _relative(m.source, base),
            "target": _relative(m.target, base),
            "overlap": f"{m.overlap:.4f}",
            **(
                {}
                if m.language is None
                else {
                    "role": "translated",
                    "language": m.language,
                    "source_language": m.source_language or "",
                }
            ),
        }
        for m in matches
    ]
    if jsonl:
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    translated = any(m.language is not None for m in matches)
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer,
        fieldnames=(*COLUMNS, *TRANSLATED) if translated else COLUMNS,
        restval="",
        lineterminator="\n",
    )
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_manifest(matches: Sequence[Match], path: Path) -> None:
    """Write the manifest to `path` (.jsonl for JSON lines, anything else CSV)."""
    text = manifest_text(matches, path.parent, jsonl=path.suffix == ".jsonl")
    path.write_text(text, encoding="utf-8")


def _relative(path: str, base: Path) -> str:
    """`path` relative to `base` when they share a root, else absolute; always with '/'."""
    absolute = Path(path).absolute()
    try:
        return Path(os.path.relpath(absolute, base.absolute())).as_posix()
    except ValueError:  # another drive on Windows
        return absolute.as_posix()
