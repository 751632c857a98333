"""Upgrading a library written by an older TelRef before the window opens, with its progress shown.

An upgrade may rebuild the search index (about a minute for 300 reports). Done in the window's thread, the app
would show nothing for that long, so it runs on a worker thread with its own engine behind a progress dialog
that counts documents. The upgrade is one transaction: if it fails, the file is left as it was and the dialog
returns the reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.errors import LibraryError
from desktop_app.ui.i18n import Strings
from desktop_app.ui.worker_thread import worker_thread


class UpgradeWorker(QObject):
    """Runs services.upgrade_library; `finished` carries "" when done, else a one-line reason."""

    progress = Signal(int, int)
    finished = Signal(str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    @Slot()
    def run(self) -> None:
        from desktop_app.services import upgrade_library

        try:
            upgrade_library(self.path, self.progress.emit)
        except LibraryError as error:
            self.finished.emit(str(error))
        except Exception as error:  # any failure must end the dialog with its reason, never leave it waiting
            self.finished.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit("")


class UpgradeDialog(QProgressDialog):
    """A modal progress dialog over one upgrade; run() returns "" when done, else why it failed."""

    def __init__(self, path: Path, strings: Strings, parent: QWidget | None = None) -> None:
        super().__init__(strings("upgrading_library"), "", 0, 0, parent)
        self.setWindowTitle("TelRef")
        self.setCancelButton(None)  # the upgrade is one transaction: stopping half-way would only undo it
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.reason = ""
        self._finished = False
        self.worker = UpgradeWorker(path)
        self._thread = worker_thread(self.worker, self)
        self.worker.progress.connect(self.show_progress)
        self.worker.finished.connect(self.finish)

    def run(self) -> str:
        self._thread.start()
        self.exec()
        self._thread.quit()
        self._thread.wait()
        return self.reason

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.setMaximum(total)
        self.setValue(done)

    @Slot(str)
    def finish(self, reason: str) -> None:
        self.reason = reason
        self._finished = True
        self.accept()

    def reject(self) -> None:
        """Escape and the close button wait for the upgrade: the window needs the upgraded library."""
        if self._finished:
            super().reject()
