"""Size and cold start of the frozen TelRef bundle, beside a frozen bare PySide6 window.

    .venv/bin/python bench/bundle_start.py dist/telref build/bench-dist/bare-window [--runs 5]

(scripts/build-bundle builds both folders and runs this.) Each start is a new process with nothing preloaded,
offscreen, and ends itself once its window has been shown (TELREF_QUIT_WHEN_SHOWN=1: a zero-delay timer queued
after show() fires after the first show/expose/paint events), so the wall time from spawn to exit is the time to
a shown window plus teardown. Both TelRef starts open the sample library (imported beforehand by the frozen
`telref import --samples`, untimed): "first start" with an empty user cache folder (fontconfig and jieba build
their caches), "later start" with the caches in place.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 120


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files in a folder."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def timed_run(command: list[str], home: Path) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds, CPU seconds (user + system, steadier on a busy machine) and the finished process."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TELREF_QUIT_WHEN_SHOWN": "1",
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    environment.pop("TELREF_DB", None)
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    finished = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=TIMEOUT)
    wall = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return wall, cpu, finished


def summary(seconds: list[float], cpu: list[float]) -> str:
    return (
        f"median {statistics.median(seconds):.2f} s, min {min(seconds):.2f} s, max {max(seconds):.2f} s"
        f" (CPU median {statistics.median(cpu):.2f} s)"
    )


def measure(label: str, runs: int, command_for_run) -> None:
    """Time runs of command_for_run(home) -> (command, home); print one line, or why it could not be measured."""
    seconds, cpu = [], []
    for run in range(runs):
        command, home = command_for_run(run)
        elapsed, cpu_seconds, finished = timed_run(command, home)
        if finished.returncode != 0:
            reason = (finished.stderr.strip().splitlines() or ["no message"])[-1]
            print(f"{label:<34} not measurable: exit {finished.returncode}: {reason}")
            return
        seconds.append(elapsed)
        cpu.append(cpu_seconds)
    print(f"{label:<34} {summary(seconds, cpu)}, {runs} runs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("telref", type=Path, help="the bundle folder (dist/telref)")
    parser.add_argument("bare", type=Path, help="the bare-window bundle folder")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    telref = args.telref / ("telref.exe" if sys.platform == "win32" else "telref")
    bare = args.bare / ("bare-window.exe" if sys.platform == "win32" else "bare-window")

    for folder in (args.telref, args.bare):
        size, count = folder_size(folder)
        print(f"{folder.name + ' size':<34} {size / 2**20:.0f} MiB in {count} files")

    with tempfile.TemporaryDirectory(prefix="telref-bench-") as scratch:
        scratch = Path(scratch)

        def fresh_home(label: str, run: int) -> Path:
            home = scratch / f"{label}-{run}"
            home.mkdir(exist_ok=True)
            return home

        def telref_first_start(run: int) -> tuple[list[str], Path]:
            home = fresh_home("first", run)
            library = str(home / "library.sqlite")
            timed_run([str(telref), "--db", library, "import", "--samples"], home)
            shutil.rmtree(home / "cache", ignore_errors=True)
            return [str(telref), "--db", library], home

        kept_home = fresh_home("kept", 0)
        kept_window = [str(telref), "--db", str(kept_home / "library.sqlite")]
        timed_run([*kept_window, "import", "--samples"], kept_home)
        timed_run(kept_window, kept_home)
        timed_run([str(bare)], kept_home)

        measure("bare PySide6 window, first start", args.runs, lambda run: ([str(bare)], fresh_home("bare", run)))
        measure("telref window, first start", args.runs, telref_first_start)
        measure("bare PySide6 window, later start", args.runs, lambda run: ([str(bare)], kept_home))
        measure("telref window, later start", args.runs, lambda run: (kept_window, kept_home))
        measure("telref --version (no window)", args.runs, lambda run: ([str(telref), "--version"], kept_home))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
