"""A QGuiApplication for rendering without the window: offscreen when there is no display (the command line)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen without a display) for fonts and PDF."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "telref"])
