"""The import strip in the status bar: progress, the current file and Cancel, while an ImportJob runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.ui.i18n import Strings
from desktop_app.ui.import_worker import ImportJob


class ImportPanel(QWidget):
    def __init__(self, db_path: Path, strings: Strings, on_done: Callable[[list, bool], None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.db_path = db_path
        self.on_done = on_done
        self.job: ImportJob | None = None
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

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, paths: list[Path], refresh: bool = False) -> bool:
        """Start importing on a worker thread (with refresh, files already in the library are read again);
        refused (False) while another import runs."""
        if self.job is not None or not paths:
            return False
        self.job = ImportJob(self.db_path, paths, refresh, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.bar.setRange(0, 0)
        self.label.setText(self.strings("status_importing", file=paths[0].name))
        self.show()
        self.job.start()
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def wait(self, milliseconds: int = 30000) -> None:
        if self.job is not None:
            self.job.wait(milliseconds)

    def _progress(self, done: int, total: int, file_name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.strings("status_importing", file=file_name))

    def _finished(self, lines: list, cancelled: bool) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.hide()
        self.cancel_button.setEnabled(True)
        self.on_done(lines, cancelled)
