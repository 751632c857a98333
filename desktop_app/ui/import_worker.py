"""Imports on a worker thread with its own Library (its own SQLite engine), reporting progress by signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.ui.pages.import_summary import ImportLine
from desktop_app.ui.worker_thread import worker_thread


class ImportWorker(QObject):
    """Runs desktop_app.ingest.pipeline.import_paths; `finished` carries ImportLines and whether it was cancelled."""

    progress = Signal(int, int, str)
    finished = Signal(list, bool)

    def __init__(self, db_path: Path, paths: list[Path], refresh: bool = False) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.refresh = refresh  # files already in the library read again (pipeline.import_file)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from desktop_app.ingest.pipeline import import_paths
        from desktop_app.services import open_library

        library = open_library(self.db_path)
        lines: list[ImportLine] = []
        try:
            outcomes = import_paths(
                library,
                self.paths,
                progress=lambda done, total, path: self.progress.emit(done, total, path.name),
                cancelled=self._cancel.is_set,
                refresh=self.refresh,
            )
            lines = [
                ImportLine(o.path.name, o.status, o.title, o.document_id, o.reason, o.namesakes, o.extracted, o.path)
                for o in outcomes
            ]
        except Exception as error:  # a crash must still end the import and be shown, never kill the thread silently
            lines.append(ImportLine("", "refused", "", None, f"{type(error).__name__}: {error}"))
        finally:
            library.close()
        self.finished.emit(lines, self._cancel.is_set())


class ImportJob(QObject):
    """One import: the worker, its thread, and their clean-up when it ends."""

    progress = Signal(int, int, str)
    finished = Signal(list, bool)

    def __init__(self, db_path: Path, paths: list[Path], refresh: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = ImportWorker(db_path, paths, refresh)
        self.thread = worker_thread(self.worker, self)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._done)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until the worker has returned. Also asks the thread to stop then, since the queued hand-back
        to the window's thread (`_done`) cannot run while that thread is the one waiting here."""
        self.thread.quit()
        return self.thread.wait(milliseconds)

    def _done(self, lines: list, cancelled: bool) -> None:
        """Runs on the window's thread: the worker has returned, so its thread can stop before anyone is told."""
        self.thread.quit()
        self.thread.wait()
        self.finished.emit(lines, cancelled)
