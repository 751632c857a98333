"""Making the window's first search as quick as the next: load search on a background thread once the window
is shown, then prepare the window's own reader on the window's thread (a reader serves one thread only)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.ui.search_client import SearchClient

POLL_MS = 50  # how often the window looks whether loading has ended
_log = logging.getLogger(__name__)


class SearchPreload(QObject):
    """Starts desktop_app.search.warm_up on a daemon thread, then prepares the client's reader on this object's
    (the window's) thread once the thread has ended, however it ended. While it loads, the window keeps a
    typed search until `prepared` (search_panel.py) rather than load on its own thread, which would freeze the
    window for most of a second.

    The window looks at the thread on a timer instead of being told by it: the thread touches nothing of Qt,
    so a window that quits while it loads has nothing to crash on (a signal emitted from the thread as the
    application was torn down did)."""

    prepared = Signal()

    def __init__(self, client: SearchClient, parent: QObject) -> None:
        super().__init__(parent)
        self.client = client
        self.ready = False
        self._thread: threading.Thread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_loaded)

    def start(self) -> threading.Thread:
        """Start loading, once: a second call returns the first call's thread."""
        if self._thread is None:
            from desktop_app.search.warm_up import preload_in_background

            self._thread = preload_in_background()
            self._poll.start()
        return self._thread

    def _check_loaded(self) -> None:
        if self._thread is not None and not self._thread.is_alive():
            self._poll.stop()
            self._prepare_reader()

    def _prepare_reader(self) -> None:
        """Prepare the reader; a failure is only logged (the first search then meets it and says why), and
        searches wait no longer either way."""
        try:
            self.client.prepare()
        except Exception:
            _log.warning("preparing search failed; the first search will load what it needs", exc_info=True)
        self.ready = True
        self.prepared.emit()
