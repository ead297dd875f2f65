"""Where a corpus run compares its pairs (and `pair` reads its articles): here or on Ray.

Nothing here imports Ray; `executor_for("ray")` checks the optional extra is installed
and says which one to install when it is not.
"""

from __future__ import annotations

import importlib.util
from enum import StrEnum
from typing import TYPE_CHECKING

from driftcheck.errors import UsageError
from driftcheck.runner import LocalExecutor

if TYPE_CHECKING:
    from driftcheck.executors.raydata import RayExecutor

RAY_EXTRA = "pip install 'driftcheck[ray]'"


class ExecutorName(StrEnum):
    """The executors `check --executor` and `pair --executor` offer."""

    local = "local"
    ray = "ray"


def executor_for(
    name: str, *, jobs: int = 1, address: str | None = None
) -> LocalExecutor | RayExecutor:
    """The executor called `name`; `address` (a Ray cluster) only goes with `ray`.

    Both run a corpus's pairs (`run`) and any per-item task (`map`, for `pair`).
    """
    if name == ExecutorName.local:
        if address is not None:
            raise UsageError("--address is a Ray cluster's address: use it with --executor ray")
        return LocalExecutor(jobs)
    if name == ExecutorName.ray:
        if any(importlib.util.find_spec(m) is None for m in ("ray", "pyarrow")):
            raise UsageError(f"--executor ray needs the ray extra: {RAY_EXTRA}")
        from driftcheck.executors.raydata import RayExecutor

        return RayExecutor(address=address)
    raise UsageError(f"unknown executor '{name}' (use local or ray)")
