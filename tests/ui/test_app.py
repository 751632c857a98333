"""`telref` without a sub-command: the window when there is a display, one clear line when there is none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_without_a_display_telref_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TELREF_DB"] = str(tmp_path / "library.sqlite")
    result = subprocess.run([sys.executable, "-m", "desktop_app"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "display" in lines[0] and "telref --help" in lines[0]
    assert not (tmp_path / "library.sqlite").exists()
    assert "PySide6" not in result.stdout


def test_first_start_imports_the_samples_behind_a_welcome_page(tmp_path: Path) -> None:
    """run_gui on a new library file, offscreen, quitting once the sample import has filled the tree."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app import app as entry\n"
        "application = QApplication([])\n"
        "def check():\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow')\n"
        "    if window.import_panel.running:\n"
        "        QTimer.singleShot(100, check); return\n"
        "    print(window.library_label.text()); print(window.nav_model.rowCount()); QApplication.quit()\n"
        "QTimer.singleShot(200, check)\n"
        f"sys.exit(entry.run_gui({str(tmp_path / 'new.sqlite')!r}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    label, rows = result.stdout.strip().splitlines()[-2:]
    assert label.startswith("2 ") and rows == "6"


def _telref(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`telref` offscreen with its settings and caches in tmp_path; the window quits the moment it is shown."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TELREF_QUIT_WHEN_SHOWN="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_quitting_during_the_first_start_still_leaves_the_samples(tmp_path: Path) -> None:
    """The window quits the moment it is shown, while the sample import runs: quitting waits for it to finish."""
    library = tmp_path / "new.sqlite"
    started = _telref(tmp_path, "--db", str(library))
    assert started.returncode == 0, started.stderr
    exported = _telref(tmp_path, "--db", str(library), "export", "--json")
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(exported.stdout)["documents"]) == 2


def test_a_library_from_an_older_version_opens_after_its_upgrade(library_written_at, tmp_path: Path) -> None:
    """run_gui upgrades the file behind its progress dialog, then shows the window on it."""
    from desktop_app.core.schema import SCHEMA_HEAD, inspect_file

    library = library_written_at("0003")
    started = _telref(tmp_path, "--db", str(library))
    assert started.returncode == 0, started.stderr
    assert inspect_file(library) == SCHEMA_HEAD


def test_the_window_s_first_view_loads_nothing_it_does_not_show(seeded_library_file: Path, tmp_path: Path) -> None:
    """Start-up must stay within 1.5× its dependency floor (bench/startup.py): search's NumPy and dictionary,
    the importers and pypdf (58 ms, for repairing printed PDFs) load later, when they are used."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app import app as entry\n"
        "application = QApplication([])\n"
        f"window = entry.create_window({str(seeded_library_file)!r})\n"
        "window.show(); application.processEvents()\n"
        "heavy = ('pypdf', 'numpy', 'jieba', 'desktop_app.ingest.pipeline', 'desktop_app.search.engine')\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
