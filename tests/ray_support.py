"""Ray for tests: the extra is optional on a laptop, never missing in CI."""

from __future__ import annotations

import contextlib
import importlib.util
import os
from collections.abc import Iterator

import pytest


def require_ray() -> None:
    """Skip when the ray extra is absent here; fail in CI, which installs it."""
    if importlib.util.find_spec("ray") is not None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI must install the ray extra: pip install -e '.[test,ray]'")
    pytest.skip("the ray extra is not installed: pip install -e '.[test,ray]'")


@contextlib.contextmanager
def local_ray(cpus: int = 2) -> Iterator[None]:
    """A Ray on this machine with `cpus` CPUs for the block, shut down after it."""
    require_ray()
    import ray

    ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()
