"""`check --executor ray` on a Ray started in this process: same reports as the local run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.cli_options import CheckFormat
from driftcheck.cli_output import render_check
from driftcheck.corpus import CorpusResult
from driftcheck.embed.base import Matrix
from driftcheck.errors import UsageError
from driftcheck.executors import executor_for
from driftcheck.executors.raydata import RayExecutor
from driftcheck.runner import check
from driftcheck.testing import FakeEmbedder
from tests.ray_support import local_ray

CORPUS = Path(__file__).parent.parent / "corpus"
FORMATS = (CheckFormat.json, CheckFormat.sarif, CheckFormat.junit)


@pytest.fixture(scope="module")
def ray_here() -> Iterator[None]:
    """One Ray on this machine for the module (2 CPUs: two embedding actors)."""
    with local_ray(cpus=2):
        yield


def rendered(result: CorpusResult, tmp_path: Path, name: str) -> dict[str, bytes]:
    """The run in every machine-read format, as bytes."""
    out = {}
    for fmt in FORMATS:
        path = tmp_path / f"{name}.{fmt.value}"
        render_check(result, fmt, path)
        out[fmt.value] = path.read_bytes()
    return out


class KillsItsWorker(FakeEmbedder):
    """Ends its process, like the out-of-memory killer, on a text naming `word`."""

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = word

    def _encode(self, texts: list[str]) -> Matrix:
        if any(self.word in text for text in texts):
            os._exit(137)
        return super()._encode(texts)


@pytest.mark.parametrize("split", [False, True], ids=["compare-on-actors", "compare-map"])
@pytest.mark.usefixtures("ray_here")
def test_ray_reports_are_byte_identical_to_local_ones(tmp_path: Path, split: bool) -> None:
    """Both pipeline shapes: comparing on the embedding actors (CPU clusters) or in a map
    stage of its own after them (GPU clusters), whose pairs may go round again."""
    local = check(CORPUS, embedder=FakeEmbedder(), use_cache=False)
    runner = RayExecutor(split=split)
    heard: list[str] = []
    on_ray = check(
        CORPUS,
        embedder=FakeEmbedder(),
        use_cache=False,
        executor=runner,
        on_done=lambda result: heard.append(result.spec.name),
    )
    assert len(on_ray.results) == 18  # every pair of corpus/, the de and fr translations included
    assert sorted(heard) == sorted(r.spec.name for r in on_ray.results)  # each pair once
    assert [r.spec.name for r in on_ray.results] == [r.spec.name for r in local.results]
    assert rendered(on_ray, tmp_path, "ray") == rendered(local, tmp_path, "local")
    assert on_ray.exit_code == local.exit_code


@pytest.mark.usefixtures("ray_here")
def test_a_pair_that_kills_its_worker_is_one_error_row() -> None:
    """Each pair that embeds a text naming Norrhaven kills its worker; the rest are compared."""
    stories = CORPUS / "wire-pairs"
    local = {r.spec.name: r for r in check(stories, embedder=FakeEmbedder()).results}
    heard: list[str] = []
    killed = check(
        stories,
        embedder=KillsItsWorker("Norrhaven"),
        executor=executor_for("ray"),
        on_done=lambda result: heard.append(result.spec.name),
    )
    rows = {r.spec.name: r for r in killed.results}
    assert sorted(heard) == sorted(rows)  # each pair heard of once, the lost ones included
    lost = sorted(name for name, r in rows.items() if r.error is not None)
    assert lost
    assert all(name.startswith("ferry") for name in lost)
    assert all("its worker died" in (rows[name].error or "") for name in lost)
    assert [name for name in rows if name.startswith("museum")]
    assert all(rows[name] == local[name] for name in rows if name not in lost)
    assert killed.exit_code == 2


@pytest.mark.model
@pytest.mark.usefixtures("ray_here")
def test_the_real_model_on_ray_gives_the_local_reports(tmp_path: Path) -> None:
    """The real models on Ray actors, cache off: JSON, SARIF and JUnit as local ones.

    No model is chosen, so each pair's languages choose it: the English pairs go to the
    bundled model, corpus/offshore-wind's German and French ones to use-multilingual.
    """
    local = check(CORPUS, use_cache=False)
    on_ray = check(CORPUS, use_cache=False, executor=executor_for("ray"))
    assert rendered(on_ray, tmp_path, "ray") == rendered(local, tmp_path, "local")


def test_without_the_extra_ray_is_one_line_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real_find_spec = importlib.util.find_spec

    def no_ray(name: str, *args: object) -> object:
        return None if name == "ray" else real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", no_ray)
    result = CliRunner().invoke(app, ["check", str(CORPUS), "--executor", "ray"])
    assert result.exit_code == 2
    assert result.output == (
        "driftcheck: error: --executor ray needs the ray extra: pip install 'driftcheck[ray]'\n"
    )


def test_an_address_without_ray_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["check", str(CORPUS), "--address", "auto"])
    assert result.exit_code == 2
    assert "use it with --executor ray" in result.output
    assert len(result.output.splitlines()) == 1


def test_the_local_executor_never_imports_ray(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from driftcheck.cli import main\n"
        f"sys.argv = ['driftcheck', 'check', {str(CORPUS)!r}, '-m', 'lexical', '-f', 'json',"
        f" '-o', {str(tmp_path / 'out.json')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'ray' not in sys.modules, 'ray was imported'\n"
        "print('no ray')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.strip() == "no ray", done.stderr
    assert (tmp_path / "out.json").read_text().startswith("{")


@pytest.mark.usefixtures("ray_here")
def test_cuda_on_a_cluster_without_gpus_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"^--device cuda: the Ray cluster has no GPUs"):
        check(CORPUS, embedder=FakeEmbedder(), device="cuda", executor=executor_for("ray"))


def test_check_help_names_the_executors_and_devices() -> None:
    result = CliRunner().invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    assert "--executor <local|ray>" in result.output
    assert "--address ADDR" in result.output
    assert "--device <auto|cpu|cuda>" in result.output
    assert "driftcheck[ray]" in result.output
