"""Where a model runs: `auto` picks a CUDA GPU when torch sees one, else the CPU.

The choice is made when the model loads (on each Ray actor for its own GPU), never at
import time, so choosing does not import torch until a text has to be embedded.
"""

from __future__ import annotations

from typing import Literal

from driftcheck.errors import ModelError

Device = Literal["auto", "cpu", "cuda"]
"""What a run asks for: `auto` (GPU if present), `cpu` or `cuda` (fails without a GPU)."""
DEVICES: tuple[Device, ...] = ("auto", "cpu", "cuda")

BATCH_SIZE = {"cpu": 64, "cuda": 256}
"""Texts per forward pass: small on CPU (less padding), large enough to fill a GPU."""


def cuda_available() -> bool:
    """True when torch can use a CUDA GPU (imports torch)."""
    import torch

    return bool(torch.cuda.is_available())


def choose_device(requested: str) -> str:
    """The torch device for `requested`; `cuda` without a GPU is a one-line ModelError."""
    if requested not in DEVICES:
        raise ModelError(f"unknown device '{requested}' (use one of: {', '.join(DEVICES)})")
    if requested == "cpu":
        return "cpu"
    if cuda_available():
        return "cuda"
    if requested == "cuda":
        raise ModelError("--device cuda: torch sees no CUDA GPU here (use --device auto or cpu)")
    return "cpu"
