"""The Qt-free layers must never import Qt: checked on the source, and on what importing them loads."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent
QT_FREE = ("core", "ingest", "search", "briefing")
QT_MODULES = ("PySide6", "shiboken6", "qtawesome", "qtpy", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_free_layers_import_no_qt_in_source() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imported_modules(path):
                if name.split(".")[0] in QT_MODULES or name.startswith("desktop_app.ui"):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_importing_qt_free_layers_loads_no_qt() -> None:
    modules = [
        f"desktop_app.{path.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}".removesuffix(".__init__")
        for layer in QT_FREE
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if "migrations" not in path.parts
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_render_uses_qt_text_machinery_but_no_widgets_and_no_ui() -> None:
    """render/ serves the command line too: QtGui and QtPrintSupport only, never widgets or the window."""
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in (PACKAGE / "render").rglob("*.py")
        for name in _imported_modules(path)
        if name.startswith(("PySide6.QtWidgets", "desktop_app.ui", "qtawesome"))
    ]
    assert offenders == []


def test_nothing_below_the_window_imports_the_window() -> None:
    """Only the entry point (app.py) may reach into desktop_app.ui; commands and services must not."""
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and path.name != "app.py"
        for name in _imported_modules(path)
        if name.startswith("desktop_app.ui")
    ]
    assert offenders == []
