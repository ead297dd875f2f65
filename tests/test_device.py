"""--device: a CUDA GPU when torch sees one, else the CPU; the cache key stays the model's."""

from __future__ import annotations

import pickle
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.embed import device, load_embedder
from driftcheck.embed.cache import CachedEmbedder
from driftcheck.embed.transformer import SentenceTransformerEmbedder
from driftcheck.errors import ModelError

CORPUS = Path(__file__).parent.parent / "corpus"


def gpu(monkeypatch: pytest.MonkeyPatch, *, present: bool) -> None:
    monkeypatch.setattr(device, "cuda_available", lambda: present)


@pytest.mark.parametrize(
    ("requested", "present", "chosen"),
    [("auto", True, "cuda"), ("auto", False, "cpu"), ("cuda", True, "cuda"), ("cpu", True, "cpu")],
)
def test_the_device_chosen(
    monkeypatch: pytest.MonkeyPatch, requested: str, present: bool, chosen: str
) -> None:
    gpu(monkeypatch, present=present)
    assert device.choose_device(requested) == chosen


def test_cuda_without_a_gpu_is_a_one_line_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    gpu(monkeypatch, present=False)
    with pytest.raises(ModelError, match=r"^--device cuda: torch sees no CUDA GPU here"):
        device.choose_device("cuda")


def test_cpu_never_asks_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    def asked() -> bool:
        raise AssertionError("--device cpu looked for a GPU")

    monkeypatch.setattr(device, "cuda_available", asked)
    assert device.choose_device("cpu") == "cpu"


@pytest.mark.parametrize(("present", "expected"), [(True, "cuda"), (False, "cpu")])
def test_the_model_loads_on_the_chosen_device(
    monkeypatch: pytest.MonkeyPatch, present: bool, expected: str
) -> None:
    gpu(monkeypatch, present=present)
    built: list[object] = []

    class Recorder:
        def __init__(self, _location: str, **options: object) -> None:
            built.append(options["device"])

    module = types.ModuleType("sentence_transformers")
    module.SentenceTransformer = Recorder  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", module)
    SentenceTransformerEmbedder()._load()
    assert built == [expected]


def test_the_cache_key_does_not_depend_on_the_device(tmp_path: Path) -> None:
    on_cpu = load_embedder(None, cache_dir=tmp_path, device="cpu")
    on_gpu = load_embedder(None, cache_dir=tmp_path, device="cuda")
    assert isinstance(on_cpu, CachedEmbedder)
    assert isinstance(on_gpu, CachedEmbedder)
    assert on_cpu.model_id == on_gpu.model_id
    assert on_cpu.cache.path == on_gpu.cache.path


def test_a_pickled_embedder_leaves_its_model_behind() -> None:
    """What a Ray actor receives: where the model is and where to run it, not the model."""
    embedder = SentenceTransformerEmbedder(device="cpu")
    embedder._model = object()  # type: ignore[assignment]  # stands in for a loaded model
    copy = pickle.loads(pickle.dumps(embedder))  # noqa: S301 - our own bytes
    assert copy.source == embedder.source
    assert copy.device == "cpu"
    assert not copy.loaded


def test_check_device_cuda_without_a_gpu_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    gpu(monkeypatch, present=False)
    result = CliRunner().invoke(
        app, ["check", str(CORPUS / "wire-pairs"), "--device", "cuda", "--no-cache"]
    )
    assert result.exit_code == 2
    assert result.output.startswith("driftcheck: error: --device cuda: torch sees no CUDA GPU")
    assert len(result.output.splitlines()) == 1


def test_an_unknown_device_is_refused() -> None:
    result = CliRunner().invoke(app, ["check", str(CORPUS), "--device", "tpu"])
    assert result.exit_code == 2
    assert "--device" in result.output
