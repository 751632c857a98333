"""The import strip in the status bar: progress, the current file and Cancel, while an ImportJob runs.

An import asked for while one runs waits its turn (the strip says how many wait) rather than being dropped;
Cancel stops the running one and drops those waiting. The imports of one queue make one summary: each one's
files are added to those before it, so the last summary tells of everything the queue imported (and what a
cancel dropped), not only of the last import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.ui.i18n import Strings
from desktop_app.ui.import_worker import ImportJob


class ImportPanel(QWidget):
    def __init__(
        self, db_path: Path, strings: Strings, on_done: Callable[[list, bool, list[Path]], None], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.db_path = db_path
        self.on_done = on_done
        self.job: ImportJob | None = None
        self.waiting: list[tuple[list[Path], bool]] = []  # imports asked for while one ran, in order
        self.queue_lines: list = []  # the ImportLines of the queue's imports finished so far
        self.dropped: list[Path] = []  # what a cancel kept from starting
        self.cancelling = False
        self._file_name = ""
        self.label = QLabel(self)
        self.label.setObjectName("importFile")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.setFixedWidth(180)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.retranslate(strings)
        self.hide()

    def retranslate(self, strings: Strings) -> None:
        self.strings = strings
        self.cancel_button.setText(strings("cancel"))
        if self.job is not None or self.waiting:
            self._show_file()

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, paths: list[Path], refresh: bool = False) -> bool:
        """Import on a worker thread (with refresh, files already in the library are read again), at once or,
        while another import runs, after it and any already waiting; False only when there is nothing to
        import."""
        if not paths:
            return False
        if self.job is not None:
            self.waiting.append((list(paths), refresh))
            self._show_file()
            return True
        self.job = ImportJob(self.db_path, paths, refresh, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.bar.setRange(0, 0)
        self._file_name = paths[0].name
        self._show_file()
        self.show()
        self.job.start()
        return True

    def cancel(self) -> None:
        """Stop the running import at its next file; the imports waiting are not started (the summary names
        them)."""
        self.dropped += [path for paths, _refresh in self.waiting for path in paths]
        self.waiting.clear()
        if self.job is not None:
            self.cancelling = True
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._show_file()

    def wait(self, milliseconds: int = 30000) -> None:
        if self.job is not None:
            self.job.wait(milliseconds)

    def _progress(self, done: int, total: int, file_name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self._file_name = file_name
        self._show_file()

    def _show_file(self) -> None:
        if self.cancelling:
            self.label.setText(self.strings("status_import_cancelling", file=self._file_name))
            return
        waiting = self.strings("import_waiting", count=len(self.waiting)) if self.waiting else ""
        self.label.setText(self.strings("status_importing", file=self._file_name) + waiting)

    def _finished(self, lines: list, cancelled: bool) -> None:
        """One import is over: the window is told of every import of the queue so far, then the next starts;
        the queue's summary starts afresh once it is empty."""
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.hide()
        self.cancel_button.setEnabled(True)
        self.queue_lines += lines
        cancelled = cancelled or self.cancelling
        queue_lines, dropped = list(self.queue_lines), list(self.dropped)
        if cancelled or not self.waiting:
            self.queue_lines, self.dropped, self.cancelling = [], [], False
        self.on_done(queue_lines, cancelled, dropped)
        if self.waiting:
            paths, refresh = self.waiting.pop(0)
            self.start(paths, refresh)
