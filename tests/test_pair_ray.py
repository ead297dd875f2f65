"""`pair --executor ray` on a Ray started in this process: the local run's manifest, and no
article lost with a task that fails or a worker that dies."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.errors import DriftcheckError
from driftcheck.executors.raydata import RayExecutor
from tests.ray_support import local_ray
from tests.test_pair import corpus_archive

runner = CliRunner()


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """tests/test_pair.py's archive: sources/, archive/ and the truth."""
    return corpus_archive(tmp_path)


@pytest.fixture(scope="module")
def ray_here() -> Iterator[None]:
    """One Ray on this machine for the module, with 2 CPUs."""
    with local_ray(cpus=2):
        yield


@dataclass(frozen=True)
class Squares:
    """A task that squares, ends its worker's process on `kill` and raises on `bad`."""

    kill: int = -1
    bad: int = -1

    def __call__(self, item: int, /) -> str:
        if item == self.kill:
            os._exit(137)  # like the out-of-memory killer
        if item == self.bad:
            raise ValueError(f"no square for {item}")
        return str(item * item)

    def lost(self, item: int, reason: str, /) -> str:
        return f"{item} lost: {reason}"


@pytest.mark.usefixtures("ray_here")
def test_pair_on_ray_writes_the_local_manifest(
    archive: tuple[Path, Path, dict[str, str]],
    tmp_path: Path,
) -> None:
    sources, pile, truth = archive
    (pile / "empty.txt").write_text("", encoding="utf-8")
    outputs = {}
    for name in ("local", "ray"):
        out = tmp_path / f"{name}.csv"
        args = [str(pile), "--sources", str(sources), "-o", str(out), "--executor", name]
        result = runner.invoke(app, ["pair", *args])
        assert result.exit_code == 0, result.stderr
        outputs[name] = (out.read_bytes(), result.stderr)
    assert outputs["ray"] == outputs["local"]
    assert outputs["ray"][0].decode("utf-8").count("\n") == len(truth) + 1  # and the header
    assert "skipped" in outputs["ray"][1]


@pytest.mark.usefixtures("ray_here")
def test_map_keeps_the_order_and_turns_failed_items_into_their_lost_value() -> None:
    results = RayExecutor().map(Squares(kill=3, bad=7), list(range(12)))
    assert results[:3] == ["0", "1", "4"]
    assert (
        results[3]
        == "3 lost: internal error: its Ray task failed (its worker died: out of memory?)"
    )
    assert results[7] == "7 lost: internal error: its task raised ValueError: no square for 7"
    assert results[8:] == ["64", "81", "100", "121"]
    assert RayExecutor().map(Squares(), []) == []


@pytest.mark.usefixtures("ray_here")
def test_map_without_a_lost_value_stops_the_run_in_one_line() -> None:
    def fails(item: int) -> int:
        raise ValueError(f"bad {item}")

    with pytest.raises(
        DriftcheckError, match=r"^internal error: its task raised ValueError: bad 1"
    ):
        RayExecutor().map(fails, [1])


def test_pair_without_the_extra_is_one_line_naming_it(
    archive: tuple[Path, Path, dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources, pile, _ = archive
    real_find_spec = importlib.util.find_spec

    def no_ray(name: str, *args: object) -> object:
        return None if name == "ray" else real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", no_ray)
    result = runner.invoke(app, ["pair", str(pile), "--sources", str(sources), "--executor", "ray"])
    assert result.exit_code == 2
    assert result.output == (
        "driftcheck: error: --executor ray needs the ray extra: pip install 'driftcheck[ray]'\n"
    )


def test_an_address_goes_with_ray_only(archive: tuple[Path, Path, dict[str, str]]) -> None:
    sources, pile, _ = archive
    result = runner.invoke(app, ["pair", str(pile), "--sources", str(sources), "--address", "auto"])
    assert result.exit_code == 2
    assert "use it with --executor ray" in result.output
    assert len(result.output.splitlines()) == 1
