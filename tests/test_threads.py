"""Worker processes run numpy's BLAS and OpenMP on one thread each (driftcheck.threads).

Each check runs in a fresh interpreter whose BLAS started with two threads, as it does on
a two-core machine, so the limit is seen to be applied, not inherited.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

_SHOW = """
import json, threadpoolctl
print(json.dumps([[i["internal_api"], i["num_threads"]] for i in threadpoolctl.threadpool_info()]))
"""

_ENTRY_POINTS = {
    "one_thread_each": "from driftcheck.threads import one_thread_each; one_thread_each()",
    "ray actor": (
        "from driftcheck.executors.stages import EmbedActor\n"
        "from driftcheck.pipeline import Comparer\n"
        "from driftcheck.testing import FakeEmbedder\n"
        "EmbedActor(Comparer(embedder=FakeEmbedder(), use_cache=False), compare=True)"
    ),
    "--jobs worker": "from driftcheck.batch import _worker_started; _worker_started()",
}


def _thread_counts(code: str) -> list[tuple[str, int]]:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2", "OMP_NUM_THREADS": "2"}
    script = "import numpy as np\nnp.ones((64, 64)) @ np.ones((64, 64))\n" + code + _SHOW
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return [(api, count) for api, count in json.loads(done.stdout.strip().splitlines()[-1])]


def test_blas_starts_with_two_threads_without_the_limit() -> None:
    counts = _thread_counts("")
    assert ("openblas", 2) in counts


@pytest.mark.parametrize("entry", sorted(_ENTRY_POINTS))
def test_workers_limit_every_numeric_library_to_one_thread(entry: str) -> None:
    counts = _thread_counts(_ENTRY_POINTS[entry] + "\n")
    assert counts, "threadpoolctl found no BLAS or OpenMP library"
    assert all(count == 1 for _api, count in counts), counts
