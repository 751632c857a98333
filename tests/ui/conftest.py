"""UI fixtures: Qt settings in a temporary folder, never the user's real ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.app import create_window
from desktop_app.core.library import Library
from desktop_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def application(qapp):
    """Every UI test runs with the QApplication the window has: a model drawing its icons before any existed
    (qtawesome loads its fonts into the first one) left qtawesome without fonts for every later test."""
    return qapp


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A private settings file for one test."""
    return QSettings(str(tmp_path / "telref-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def private_default_settings(tmp_path: Path) -> None:
    """Anything that falls back to default QSettings writes under tmp_path, not the user's profile."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))


@pytest.fixture
def window(qtbot, seeded_library: Library, settings: QSettings) -> MainWindow:
    """The real main window on the seeded library, shown."""
    made = create_window(seeded_library.path, settings)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made
