"""A real two-node Ray cluster on this machine: `check --address` reports as the local run.

Both nodes are `ray start --block` processes in their own process groups, with their own
ports and a private temporary directory; the test stops exactly those groups at the end,
whatever happened (never `ray stop`, which would stop every Ray on the machine).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.ray_support import require_ray

CORPUS = Path(__file__).parent.parent / "corpus"
RAY = Path(sys.executable).parent / "ray"
DRIFTCHECK = Path(sys.executable).parent / "driftcheck"
_START_S = 120  # both nodes up and registered
_RUN_S = 300  # one check on the cluster
_PROBE_S = 30  # one look at the cluster
_STOP_S = 20  # each node's processes after SIGTERM, before SIGKILL


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def node_ports() -> list[str]:
    """Every port a node opens, chosen free, so two nodes on one machine do not clash."""
    names = (
        "--node-manager-port",
        "--object-manager-port",
        "--dashboard-agent-listen-port",
        "--dashboard-agent-grpc-port",
        "--runtime-env-agent-port",
        "--metrics-export-port",
    )
    return [f"{name}={free_port()}" for name in names]


def cluster_env(temp_dir: Path) -> dict[str, str]:
    """Token authentication with this cluster's own token, for its nodes and its drivers."""
    token = temp_dir / "token"
    if not token.exists():
        token.write_text(secrets.token_hex(32))
        token.chmod(0o600)
    return {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN_PATH": str(token)}


def start_node(args: list[str], temp_dir: Path, stack: ExitStack) -> subprocess.Popen[bytes]:
    """`ray start --block ARGS` in its own process group, stopped when `stack` closes."""
    with (temp_dir / f"node-{len(args)}.log").open("wb") as out:
        node = subprocess.Popen(
            [str(RAY), "start", "--block", "--num-cpus=1",
             "--disable-usage-stats", "--node-ip-address=127.0.0.1", f"--temp-dir={temp_dir}",
             *node_ports(), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=cluster_env(temp_dir),
        )  # fmt: skip
    stack.callback(stop_group, node)
    return node


def stop_group(node: subprocess.Popen[bytes]) -> None:
    """Stop one node: its whole process group, politely, then for good."""
    for sig, wait in ((signal.SIGTERM, _STOP_S), (signal.SIGKILL, _STOP_S)):
        try:
            os.killpg(node.pid, sig)
        except ProcessLookupError:
            return
        try:
            node.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        with contextlib.suppress(ProcessLookupError):  # children may outlive it a moment
            os.killpg(node.pid, signal.SIGKILL)
        return


def wait_for_nodes(address: str, count: int, node: subprocess.Popen[bytes], temp_dir: Path) -> None:
    """Block until `count` nodes are alive in the cluster; fail after _START_S or if the
    node just started has exited."""
    probe = (
        "import ray, sys; ray.init(address=sys.argv[1], log_to_driver=False); "
        "print(sum(1 for n in ray.nodes() if n['Alive']))"
    )
    deadline = time.monotonic() + _START_S
    alive = ""
    while time.monotonic() < deadline:
        if node.poll() is not None:
            logs = "".join(p.read_text()[-2000:] for p in sorted(temp_dir.glob("node-*.log")))
            pytest.fail(f"a node exited with {node.returncode}: {logs}")
        try:
            done = subprocess.run(
                [sys.executable, "-c", probe, address], env=cluster_env(temp_dir),
                capture_output=True, text=True, timeout=_PROBE_S, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            continue
        alive = done.stdout.strip()
        if alive == str(count):
            return
        time.sleep(2)
    pytest.fail(f"the cluster did not reach {count} nodes in {_START_S} s (alive: {alive!r})")


@pytest.fixture
def two_nodes() -> Iterator[tuple[str, Path]]:
    """A head node and a second node joining it; yields the head's address."""
    require_ray()
    # a short path: Ray's socket paths must fit in 107 characters
    temp_dir = Path(tempfile.mkdtemp(prefix="dcray", dir="/tmp"))
    address = f"127.0.0.1:{free_port()}"
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, temp_dir, True)
        head_args = ["--head", f"--port={address.rsplit(':', 1)[1]}", "--include-dashboard=false"]
        head = start_node(head_args, temp_dir, stack)
        wait_for_nodes(address, 1, head, temp_dir)
        second = start_node([f"--address={address}"], temp_dir, stack)
        wait_for_nodes(address, 2, second, temp_dir)
        yield address, temp_dir


def test_check_on_a_two_node_cluster_reports_as_the_local_run(
    two_nodes: tuple[str, Path], tmp_path: Path
) -> None:
    """Every pair of corpus/ compared on two nodes (lexical model): same JSON, same exit."""
    address, temp_dir = two_nodes

    def run(*extra: str) -> tuple[int, bytes]:
        out = tmp_path / f"{len(extra)}.json"
        done = subprocess.run(
            [str(DRIFTCHECK), "check", str(CORPUS), "-m", "lexical", "-f", "json", "-o", str(out),
             *extra],
            capture_output=True, timeout=_RUN_S, check=False, env=cluster_env(temp_dir),
        )  # fmt: skip
        assert out.exists(), done.stderr.decode()
        return done.returncode, out.read_bytes()

    local = run()
    on_cluster = run("--executor", "ray", "--address", address)
    assert on_cluster == local
    assert b'"pairs": 18' in local[1]
