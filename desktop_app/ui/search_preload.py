"""Making the window's first search as quick as the next: load search on a background thread once the window
is shown, then prepare the window's own reader on the window's thread (a reader serves one thread only)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.search_client import SearchClient


class SearchPreload(QObject):
    """Starts desktop_app.search.warm_up on a daemon thread; its end comes back here as a queued signal, and
    the client's reader is prepared on this object's (the window's) thread."""

    loaded = Signal()
    prepared = Signal()

    def __init__(self, client: SearchClient, parent: QObject) -> None:
        super().__init__(parent)
        self.client = client
        self.loaded.connect(self._prepare_reader)

    def start(self) -> threading.Thread:
        from desktop_app.search.warm_up import preload_in_background

        return preload_in_background(then=self._say_loaded)

    def _say_loaded(self) -> None:
        try:
            self.loaded.emit()
        except RuntimeError:  # the window closed while search loaded: nothing left to prepare
            pass

    def _prepare_reader(self) -> None:
        self.client.prepare()
        self.prepared.emit()
