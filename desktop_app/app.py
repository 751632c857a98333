"""Entry point of the desktop window: `create_window` builds it (tests use it), `run_gui` runs it.

Only what the first view needs is imported here; search, ingest and jieba load on first use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop_app.ui.main_window import MainWindow


WARM_UP_DELAY_MS = 500  # after the first paint: jieba is not needed to browse


def display_available() -> bool:
    """False on Linux without X11/Wayland and without an explicit QT_QPA_PLATFORM (e.g. offscreen)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def create_window(db_path: Path | str | None, settings: QSettings | None = None) -> MainWindow:
    """The main window on the library at db_path, on the running QApplication, without entering its loop."""
    from desktop_app.services import open_library
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import default_settings

    library = open_library(db_path)
    window = MainWindow(library, settings if settings is not None else default_settings())
    window.destroyed.connect(lambda *_: library.close())
    return window


def run_gui(db_path: Path | None) -> int:
    """Open the window; on the very first start (no library file yet) import the bundled samples into it."""
    if not display_available():
        from desktop_app.ui.i18n import Strings

        print(f"telref: {Strings('en')('no_display')}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.library import default_library_path
    from desktop_app.ui.style import apply_style

    path = Path(db_path) if db_path else default_library_path()
    first_start = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("TelRef")
    app.setOrganizationName("TelRef")
    apply_style(app)
    if not _upgraded(path):
        return 2
    window = create_window(path)
    window.show()
    window.actions_.set_icons()
    app.aboutToQuit.connect(window.finish_import)
    if first_start:
        window.import_samples()
    QTimer.singleShot(WARM_UP_DELAY_MS, window.search.preload.start)
    if os.environ.get("TELREF_QUIT_WHEN_SHOWN"):  # bench/bundle_start.py: time from launch to a shown window
        QTimer.singleShot(0, app.quit)
    return app.exec()


def _upgraded(path: Path) -> bool:
    """Upgrade a library written by an older TelRef behind a progress dialog; False (said) if that failed."""
    from desktop_app.core.schema import needs_upgrade

    if not needs_upgrade(path):
        return True
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.i18n import Strings
    from desktop_app.ui.settings import WindowSettings, default_settings
    from desktop_app.ui.upgrade_dialog import UpgradeDialog

    from desktop_app.ui.qt_translation import apply_qt_language

    language = WindowSettings(default_settings()).language
    apply_qt_language(language)  # the message box below says OK in the reader's language
    reason = UpgradeDialog(path, Strings(language)).run()
    if reason:
        QMessageBox.critical(None, "TelRef", reason)
    return not reason
