"""Start-up of the TelRef window beside its dependency floor, in the development environment.

    .venv/bin/python bench/startup.py [--runs 7]

Each start is a new process, offscreen, that exits once its window has been shown (TELREF_QUIT_WHEN_SHOWN=1: a
zero-delay timer queued after show() fires after the first show/expose/paint), so the figure is the wall time from
spawn to exit. Three programs, alternated run by run so that machine load hits all of them alike:

- bare Qt: a QApplication and an empty QMainWindow;
- floor: the same window that also imports SQLAlchemy's ORM and draws one qtawesome icon (what TelRef cannot
  avoid loading before its first view);
- TelRef: `python -m desktop_app --db LIB` on the sample library (imported beforehand, untimed), i.e. the real
  window with the navigation tree filled and the welcome page shown. jieba loads later, after the first paint.

Goal: TelRef ≤ 1.5 × floor. Medians are printed, with the ratio.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1100, 720); window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

FLOOR = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar
import sqlalchemy.orm
import qtawesome
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1100, 720)
bar = QToolBar(window); bar.addAction(qtawesome.icon("fa5s.home"), "home"); window.addToolBar(bar)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def seeded_library(folder: Path) -> Path:
    from desktop_app.core.resources import seed_files
    from desktop_app.ingest.pipeline import import_paths
    from desktop_app.services import open_library

    path = folder / "library.sqlite"
    library = open_library(path)
    import_paths(library, seed_files())
    library.close()
    return path


def run_once(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = seeded_library(folder)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            TELREF_QUIT_WHEN_SHOWN="1",
            XDG_CONFIG_HOME=str(folder / "config"),
        )
        programs = {
            "bare Qt window": [sys.executable, "-c", BARE],
            "floor (Qt + SQLAlchemy ORM + qtawesome icon)": [sys.executable, "-c", FLOOR],
            "TelRef window, tree filled": [sys.executable, "-m", "desktop_app", "--db", str(library)],
        }
        # TelRef's own modules compiled to bytecode first, as an installed wheel and the bundle have them and as
        # the floor's libraries have them in site-packages: where PYTHONDONTWRITEBYTECODE is set, every start
        # compiled a hundred modules from source (67 ms), which the floor never pays
        compileall.compile_dir(Path(__file__).resolve().parents[1] / "desktop_app", quiet=1)
        for command in programs.values():
            run_once(command, env)  # warm the file cache once, untimed
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, command in programs.items():
                times[name].append(run_once(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    width = max(len(name) for name in medians)
    for name, value in medians.items():
        print(f"{name:<{width}}  {value * 1000:7.0f} ms  (median of {args.runs})")
    names = list(medians)
    print(f"floor / bare Qt: {medians[names[1]] / medians[names[0]]:.2f}x")
    ratio = medians[names[2]] / medians[names[1]]
    print(f"TelRef / floor:  {ratio:.2f}x  (goal <= 1.5x)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
