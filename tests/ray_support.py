"""Ray for tests: the extra is optional on a laptop, never missing in CI."""

from __future__ import annotations

import importlib.util
import os

import pytest


def require_ray() -> None:
    """Skip when the ray extra is absent here; fail in CI, which installs it."""
    if importlib.util.find_spec("ray") is not None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI must install the ray extra: pip install -e '.[test,ray]'")
    pytest.skip("the ray extra is not installed: pip install -e '.[test,ray]'")
