"""driftcheck: show what drifted between two versions of a news story.

`compare()` judges one pair, `check()` a whole corpus; both read their settings from a
`Config` and judge by its policy (`FailOn`, thresholds, the expect mode).

`import driftcheck` is cheap: it loads the errors and the levels (`Severity`, `FailOn`,
`ExitCode`); the value types and the policy load on first use of their names, the pipeline
(numpy, the segmenter, the diff engine) on first use of `compare`, `Comparer` or `check`,
and the embedding model only when a sentence is not in the on-disk cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from driftcheck.errors import DriftcheckError, InputError, ModelError, UsageError
from driftcheck.levels import ExitCode, FailOn, Severity

if TYPE_CHECKING:
    from driftcheck.align import AlignOptions
    from driftcheck.config import Config, ConfigError
    from driftcheck.corpus import CorpusResult, PairResult, PairSpec
    from driftcheck.pipeline import Comparer, compare
    from driftcheck.policy import Policy
    from driftcheck.runner import Executor, LocalExecutor, check
    from driftcheck.types import (
        SCHEMA_VERSION,
        AlignmentGroup,
        DiffToken,
        Document,
        Finding,
        Kind,
        Op,
        Pairing,
        Report,
        Sentence,
        Summary,
    )

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AlignOptions",
    "AlignmentGroup",
    "Comparer",
    "Config",
    "ConfigError",
    "CorpusResult",
    "DiffToken",
    "Document",
    "DriftcheckError",
    "Executor",
    "ExitCode",
    "FailOn",
    "Finding",
    "InputError",
    "Kind",
    "LocalExecutor",
    "ModelError",
    "Op",
    "PairResult",
    "PairSpec",
    "Pairing",
    "Policy",
    "Report",
    "Sentence",
    "Severity",
    "Summary",
    "UsageError",
    "__version__",
    "check",
    "compare",
]

_LAZY = {
    "AlignOptions": "driftcheck.align",
    "Comparer": "driftcheck.pipeline",
    "compare": "driftcheck.pipeline",
    "Config": "driftcheck.config",
    "ConfigError": "driftcheck.config",
    "CorpusResult": "driftcheck.corpus",
    "PairResult": "driftcheck.corpus",
    "PairSpec": "driftcheck.corpus",
    "Executor": "driftcheck.runner",
    "LocalExecutor": "driftcheck.runner",
    "check": "driftcheck.runner",
    "Policy": "driftcheck.policy",
    **dict.fromkeys(
        (
            "SCHEMA_VERSION",
            "AlignmentGroup",
            "DiffToken",
            "Document",
            "Finding",
            "Kind",
            "Op",
            "Pairing",
            "Report",
            "Sentence",
            "Summary",
        ),
        "driftcheck.types",
    ),
}


def __getattr__(name: str) -> Any:
    """Load the pipeline on first use, so importing the package stays fast."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'driftcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API only: submodules and helpers stay out of `dir(driftcheck)`."""
    return sorted(__all__)
