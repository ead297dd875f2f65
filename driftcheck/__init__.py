"""driftcheck: show what drifted between two versions of a news story.

`import driftcheck` is cheap: the pipeline (numpy, the segmenter, the diff engine) loads
on first use of `compare` or `Comparer`, and the embedding model only when a sentence
is not in the on-disk cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from driftcheck.errors import DriftcheckError, InputError, ModelError, UsageError
from driftcheck.types import (
    SCHEMA_VERSION,
    AlignmentGroup,
    DiffToken,
    Document,
    Kind,
    Op,
    Report,
    Sentence,
    Summary,
)

if TYPE_CHECKING:
    from driftcheck.align import AlignOptions
    from driftcheck.pipeline import Comparer, compare

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AlignOptions",
    "AlignmentGroup",
    "Comparer",
    "DiffToken",
    "Document",
    "DriftcheckError",
    "InputError",
    "Kind",
    "ModelError",
    "Op",
    "Report",
    "Sentence",
    "Summary",
    "UsageError",
    "__version__",
    "compare",
]

_LAZY = {
    "AlignOptions": "driftcheck.align",
    "Comparer": "driftcheck.pipeline",
    "compare": "driftcheck.pipeline",
}


def __getattr__(name: str) -> Any:
    """Load the pipeline on first use, so importing the package stays fast."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'driftcheck' has no attribute {name!r}")
