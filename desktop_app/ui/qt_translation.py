"""Qt's own words in the reader's language: dialog buttons (Yes, Cancel), file and print dialogs.

Qt ships them as qtbase_<locale>.qm in its translations folder (the bundle keeps the Chinese ones, build.spec);
without them a Chinese window asks its questions with English buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

QT_LOCALES = {"zh": "zh_TW"}  # the window's languages whose Qt words are not Qt's built-in English
_NAME = "telrefQtTranslation"


def apply_qt_language(lang: str) -> bool:
    """Install Qt's catalogue for lang (replacing the one installed before); whether one is installed."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    previous = app.findChild(QTranslator, _NAME)
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
        previous.setObjectName("")
    locale = QT_LOCALES.get(lang)
    if locale is None:
        return False
    translator = QTranslator(app)
    translator.setObjectName(_NAME)
    if not any(translator.load(f"qtbase_{locale}", folder) for folder in _catalogue_folders()):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def _catalogue_folders() -> list[str]:
    """Where Qt says its translations are, then PySide6's own folder (where the bundle lays them out, in case
    the frozen Qt reports another prefix)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]
