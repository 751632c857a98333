"""A worker object's run() on a thread of its own: how the window keeps long work (imports, upgrades) off its
thread. The worker reports by signal; connections to objects of the window's thread are queued by Qt."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


def worker_thread(worker: QObject, parent: QObject) -> QThread:
    """A thread (owned by parent) that runs worker.run() once started and deletes the worker when it ends."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.finished.connect(worker.deleteLater)
    return thread
