"""Worker processes that share a machine's cores run their numeric libraries on one thread.

A process that gets one core's share of the work (a Ray actor holding one CPU, a worker of
`--jobs N`) must not start a thread per core inside numpy's BLAS, OpenMP or torch: the
similarity products alignment computes are small, so a second thread buys nothing, and
the idle threads spin after each product (OpenBLAS's thread server), taking a core from
the worker next door. Measured on a Ray actor: 45% of its CPU went to numpy's BLAS threads.
"""

from __future__ import annotations

import os

_ENVIRONMENT = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def one_thread_each() -> None:
    """Limit this process's numeric libraries to one thread each, loaded or not.

    Libraries not loaded yet (torch, where the worker loads the model) read the
    environment when they load; those already loaded (Ray imports numpy before an actor's
    constructor runs; a forked worker inherits its parent's) are limited through
    threadpoolctl, which covers OpenBLAS, MKL and OpenMP.
    """
    os.environ.update(_ENVIRONMENT)
    import threadpoolctl

    threadpoolctl.threadpool_limits(limits=1)
