"""Where the CPU goes in a Ray `check`: seconds per process (and per actor thread).

Runs `check --executor ray` on a generated corpus (bench/scale.py's generator) with a
local Ray of `--workers` CPUs and reads /proc (Linux) before and after: CPU seconds of
the embedding actors (sampled while they live, per thread, since they exit with the run),
Ray Data's own actors, raylet and GCS, and this driver. What runs beside the actors takes
its share of the same cores, so it bounds how far two workers can beat one.

    python bench/ray_cpu.py --workers 2 --stories 300
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

if not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import make_corpus

_TICKS = os.sysconf("SC_CLK_TCK")
_GROUPS = ("MapWorker", "_StatsActor", "_AutoscalingCoordinatorActor", "ActorLocationTracker")


def cpu(stat_path: Path) -> tuple[float, float]:
    """(user, system) seconds of a process or thread, from its stat file."""
    fields = stat_path.read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / _TICKS, int(fields[12]) / _TICKS


def processes() -> dict[int, tuple[str, float]]:
    """Every process's command line (shortened) and CPU seconds so far."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()[:120]
            user, system = cpu(entry / "stat")
        except OSError:  # the process ended meanwhile
            continue
        found[int(entry.name)] = (command, user + system)
    return found


def group(command: str, driver: int, pid: int) -> str:
    if pid == driver:
        return "driver (this process)"
    for name in _GROUPS:
        if name in command:
            return "embedding actors" if name == "MapWorker" else f"Ray Data {name}"
    for name in ("raylet", "gcs_server"):
        if name in command:
            return name
    return "other ray processes" if "ray" in command else "not ray"


class ActorThreads:
    """Per-thread CPU of the embedding actors, sampled while they live."""

    def __init__(self) -> None:
        self.seen: dict[tuple[int, int], tuple[float, float]] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self.stop.is_set():
            for pid, (command, _cpu) in processes().items():
                if "MapWorker" not in command:
                    continue
                try:
                    for task in Path(f"/proc/{pid}/task").iterdir():
                        self.seen[(pid, int(task.name))] = cpu(task / "stat")
                except OSError:
                    continue
            time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stories", type=int, default=300)
    args = parser.parse_args()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ["RAY_worker_niceness"] = "0"  # noqa: SIM112 - Ray spells it so
    import ray

    from driftcheck.executors.raydata import RayExecutor
    from driftcheck.runner import check

    with tempfile.TemporaryDirectory(prefix="driftcheck-raycpu-") as scratch:
        corpus = Path(scratch) / "corpus"
        make_corpus(corpus, args.stories, 13)
        ray.init(num_cpus=args.workers, include_dashboard=False, log_to_driver=False)
        try:
            threads = ActorThreads()
            before, start = processes(), time.perf_counter()
            threads.thread.start()
            check(corpus, use_cache=False, executor=RayExecutor())
            wall = time.perf_counter() - start
            threads.stop.set()
            threads.thread.join()
            after = processes()
        finally:
            ray.shutdown()
    used: dict[str, float] = {}  # CPU seconds per group
    for pid, (command, seconds) in after.items():
        name = group(command, os.getpid(), pid)
        used[name] = used.get(name, 0.0) + seconds - before.get(pid, (command, 0.0))[1]
    actors = sum(u + s for u, s in threads.seen.values())
    used["embedding actors"] = actors  # they have exited by the end: use the samples
    print(f"{args.stories} stories, {args.workers} Ray worker(s): {wall:.1f} s wall")
    for name, seconds in sorted(used.items(), key=lambda item: -item[1]):
        if seconds >= 0.05:
            print(f"  {seconds:7.1f} s CPU  {name}")
    print("  embedding actors by thread (user / system s):")
    for (pid, tid), (user, system) in sorted(threads.seen.items()):
        if user + system >= 0.2:
            print(f"    actor {pid} thread {tid}: {user:.1f} / {system:.1f}")


if __name__ == "__main__":
    main()
