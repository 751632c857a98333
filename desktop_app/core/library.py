"""The Library: the one class that fronts the SQLite file. Short sessions; one transaction per document."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core import models as m
from desktop_app.core.draft_writer import write_draft
from desktop_app.core.drafts import DocumentDraft
from desktop_app.core.kept_ids import give_back_ids, ids_by_place
from desktop_app.core.schema import LibraryError, UpgradeProgress, open_engine

__all__ = ["Library", "LibraryError", "Indexer", "AddResult", "default_library_path"]


def default_library_path() -> Path:
    """TELREF_DB if set, else library.sqlite in the user's data folder."""
    override = os.environ.get("TELREF_DB")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("TelRef", appauthor=False) / "library.sqlite"


class Indexer(Protocol):
    """Keeps a derived index (full-text search) in step with documents, inside the Library's transaction."""

    def index_document(self, session: Session, document: m.Document) -> None: ...

    def remove_document(self, session: Session, document_id: int) -> None: ...

    def rebuild(self, connection: Connection, progress: UpgradeProgress | None) -> None:
        """Empty the index and fill it again from the library's tables (after an upgrade that asks for it)."""


@dataclass(frozen=True)
class AddResult:
    status: str  # added | skipped | refreshed
    document_id: int
    title: str


class Library:
    """A TelRef library file. Open it once; every operation takes a short session of its own."""

    def __init__(
        self, path: Path | str, indexers: tuple[Indexer, ...] = (), upgrade_progress: UpgradeProgress | None = None
    ) -> None:
        self.path = Path(path)
        self.indexers = list(indexers)
        self.engine = open_engine(self.path, upgrade_progress, self._rebuild_indexes if indexers else None)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = threading.local()
        self._readers: list = []  # every thread's reader, given back to the pool on close
        self._readers_lock = threading.Lock()
        # What the layers above keep for as long as this library is open, one per kind (the search engine):
        # kept here, not in a table of theirs keyed by the library, which would keep every library alive.
        self.companions: dict[type, object] = {}

    def _rebuild_indexes(self, connection: Connection, progress: UpgradeProgress | None) -> None:
        for indexer in self.indexers:
            indexer.rebuild(connection, progress)

    def close(self) -> None:
        with self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
        self.engine.dispose()

    def reader(self) -> sqlite3.Connection:
        """A connection for the hottest read path (search), one per thread, kept open as long as the library.
        Checking a connection out of SQLAlchemy's pool for each search took 12 µs warm and 96 µs with the
        processor's caches cold, a tenth of a search. Only reads may go through it: a reader never holds a
        transaction open between calls, and PRAGMA data_version on it sees every write."""
        held = getattr(self._reader, "connection", None)
        if held is None:
            held = self.engine.raw_connection()
            self._reader.connection = held
            with self._readers_lock:
                self._readers.append(held)
        return held.driver_connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session committed as one transaction, rolled back whole on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def find_by_sha256(self, sha256: str) -> m.Document | None:
        with self.session() as session:
            return session.scalar(select(m.Document).where(m.Document.sha256 == sha256))

    def add_document(self, draft: DocumentDraft) -> AddResult:
        """Write a parsed document and everything extracted from it in one transaction.

        A document whose content hash is already in the library is skipped, not added twice.
        """
        existing = self.find_by_sha256(draft.sha256)
        if existing is not None:
            return AddResult("skipped", existing.id, existing.title)
        try:
            with self.transaction() as session:
                document = write_draft(session, draft)
                session.flush()
                for indexer in self.indexers:
                    indexer.index_document(session, document)
                return AddResult("added", document.id, document.title)
        except IntegrityError:
            # Another process added the same content between our check and our write.
            existing = self.find_by_sha256(draft.sha256)
            if existing is None:
                raise
            return AddResult("skipped", existing.id, existing.title)

    def remove_document(self, document_id: int) -> bool:
        """Delete a document with everything extracted from it, index entries included."""
        with self.transaction() as session:
            if not _delete_document(session, self.indexers, document_id):
                return False
            _drop_orphan_people(session)
            return True

    def replace_document(self, document_id: int, draft: DocumentDraft) -> AddResult:
        """What was extracted from a document, extracted again (a newer importer's draft of the same file), in
        one transaction: the document keeps its id, and its sections, meetings, sessions and updates theirs
        where the new reading has them in the same place (kept_ids), so their pages and bookmarks keep their
        addresses; the people it names keep theirs (they are matched again before any left without a role are
        dropped)."""
        with self.transaction() as session:
            places = ids_by_place(session, document_id)
            if not _delete_document(session, self.indexers, document_id):
                raise LookupError(f"no document #{document_id}")
            session.flush()
            write_draft(session, draft, document_id)
            session.flush()
            give_back_ids(session, document_id, places)
            document = session.get_one(m.Document, document_id)
            for indexer in self.indexers:
                indexer.index_document(session, document)
            _drop_orphan_people(session)
            return AddResult("refreshed", document.id, document.title)

    def document_count(self) -> int:
        with self.session() as session:
            return session.scalar(select(func.count(m.Document.id))) or 0


def _delete_document(session: Session, indexers: list[Indexer], document_id: int) -> bool:
    """Delete a document's rows and index entries (the schema's ON DELETE CASCADE removes its sections,
    meetings and all that hangs off them); False when there is no such document."""
    if session.get(m.Document, document_id) is None:
        return False
    for indexer in indexers:
        indexer.remove_document(session, document_id)
    session.execute(delete(m.Document).where(m.Document.id == document_id))
    return True


def _drop_orphan_people(session: Session) -> None:
    """People whose every role went with a removed meeting are removed too."""
    session.execute(delete(m.Person).where(~m.Person.roles.any()))
