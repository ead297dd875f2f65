"""The JSON document: `Report.to_dict()`, serialised the same way every time."""

from __future__ import annotations

import json

from driftcheck.types import Report


def render_json(report: Report) -> str:
    """The report as indented JSON with a trailing newline; keys keep the schema's order."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
