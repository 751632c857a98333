"""Keeps the search indexes in step with the library, inside the Library's own transactions.

Each section is one row (rowid = section id) in the FTS5 substring index, search_grams (grams.py), with
columns heading, body (the section's own text) and title (the document's title, on the document's first
section only), as the substring tokens of folded text (folding.py): it decides what matches and holds
phrases. The table is contentless (migration 0005): FTS5 keeps no copy of its rows, so removing a document
hands it back the rows it was given, which search_documents keeps compressed (`grams`), not rows recomputed
from the sections (a section edited since, or a tokenizer changed since, would leave stale entries behind).
Beside it, search_postings and search_documents (postings.py) hold the same substring tokens, the sections'
jieba search-mode words (segmenter.py) and their filter tags as postings, for scoring, re-ranking and
filtering every match at once. An upgrade whose layout needs them refilled calls `rebuild`.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_app.core.models import Document
from desktop_app.search import grams, segmenter, tags
from desktop_app.search.folding import fold
from desktop_app.search.json_lists import json_list

_INSERT_GRAMS = "INSERT INTO search_grams(rowid, heading, body, title) VALUES (?, ?, ?, ?)"
_DELETE_GRAMS = "INSERT INTO search_grams(search_grams, rowid, heading, body, title) VALUES ('delete', ?, ?, ?, ?)"
_INSERT_DOCUMENT = (
    "INSERT INTO search_documents(document_id, sections, tokens, words, keys, grams) VALUES (?, ?, ?, ?, ?, ?)"
)

Executor = Session | Connection


@dataclass(frozen=True)
class SectionText:
    """One section as the indexes take it: reading order is the order these come in."""

    section_id: int
    heading: str
    body: str
    title: str  # the document's title on its first section, else ""
    economies: Sequence[str]
    topics: Sequence[str]


class SearchIndexer:
    """The Library's Indexer for full-text search (see desktop_app.core.library.Indexer)."""

    def index_document(self, session: Session, document: Document) -> None:
        ordered = sorted(document.sections, key=lambda s: s.position)
        sections = [
            SectionText(
                section.id, section.heading, section.text, document.title if position == 0 else "",
                section.economies or [], section.topics or [],
            )
            for position, section in enumerate(ordered)
        ]
        write_document(session, document.id, _document_tags(document.kind, [m.id for m in document.meetings]), sections)

    def remove_document(self, session: Session, document_id: int) -> None:
        connection = session.connection()
        kept = connection.exec_driver_sql(
            "SELECT keys, grams FROM search_documents WHERE document_id = ?", (document_id,)
        ).first()
        if kept is None:
            return  # a document without sections was never indexed
        packed_keys, packed_grams = kept
        connection.exec_driver_sql(_DELETE_GRAMS, _unpack_grams(packed_grams))
        _remove_postings(connection, document_id, _unpack_keys(packed_keys))
        connection.exec_driver_sql("DELETE FROM search_documents WHERE document_id = ?", (document_id,))

    def rebuild(self, connection: Connection, progress: Callable[[int, int], None] | None) -> None:
        rebuild(connection, progress)


def write_document(executor: Executor, document_id: int, document_tags: list[str], sections: Iterable[SectionText]) -> None:
    """Index one document's sections in the FTS5 substring index and the postings.

    postings (NumPy) is imported here, not with this module: opening a library attaches the indexer, and the
    window should not load NumPy before the first import.

    Rows go to the driver as plain tuples (exec_driver_sql): SQLAlchemy's per-row parameter handling cost more
    than SQLite's own inserts for a document's thousands of postings rows.
    """
    from desktop_app.search import postings

    gram_rows, entries = [], []
    for section in sections:
        folded = [fold(value or "") for value in (section.heading, section.body, section.title)]
        columns = tuple(grams.token_texts(value) for value in folded)
        words = tuple(segmenter.index_words(value) for value in folded)
        joined = tuple(map(" ".join, columns))
        gram_rows.append((section.section_id, *joined))
        carried = [*map(tags.economy_tag, section.economies), *map(tags.topic_tag, section.topics), *document_tags]
        pairs = tuple(map(grams.mixed_pairs, joined))
        entries.append(postings.SectionEntry(section.section_id, columns, tuple(dict.fromkeys(carried)), words, pairs))
    if not gram_rows:
        return
    connection = executor.connection() if isinstance(executor, Session) else executor
    written = postings.document_postings(document_id, entries)
    connection.exec_driver_sql(_INSERT_GRAMS, gram_rows)
    connection.exec_driver_sql(postings.APPEND, written.rows)
    keys = _pack_keys([key for key, _block, _records in written.rows])
    connection.exec_driver_sql(
        _INSERT_DOCUMENT,
        [(document_id, written.sections, written.tokens, written.words, keys, _pack_grams(gram_rows))],
    )


def _pack_keys(keys: list[str]) -> bytes:
    """A document's postings keys, for its removal: thousands a document, so compressed (a quarter the size)."""
    return zlib.compress("\n".join(keys).encode("utf-8"))


def _unpack_keys(packed: bytes) -> list[str]:
    return zlib.decompress(packed).decode("utf-8").split("\n")


def _pack_grams(rows: list[tuple[int, str, str, str]]) -> bytes:
    """A document's rows as given to the contentless FTS5 table, which must get them back exactly to delete
    them: JSON, compressed (a quarter of FTS5's own content table)."""
    return zlib.compress(json.dumps(rows, ensure_ascii=False).encode("utf-8"))


def _unpack_grams(packed: bytes) -> list[tuple[int, str, str, str]]:
    return [tuple(row) for row in json.loads(zlib.decompress(packed))]


def _remove_postings(connection: Connection, document_id: int, keys: list[str]) -> None:
    """Rewrite the document's block rows of its keys without its sections (a row left empty goes)."""
    import numpy as np

    from desktop_app.search import postings

    sections = np.array(
        connection.exec_driver_sql("SELECT id FROM sections WHERE document_id = ?", (document_id,)).scalars().all(),
        dtype=np.int64,
    )
    block = postings.block_of(document_id)
    rows = connection.exec_driver_sql(
        "SELECT key, records FROM search_postings WHERE block = ? AND key IN (SELECT value FROM json_each(?))",
        (block, json.dumps(keys)),
    ).all()
    kept, emptied = [], []
    for key, blob in rows:
        left = postings.without_sections(blob, sections)
        if left:
            kept.append((left, key, block))
        else:
            emptied.append((key, block))
    if kept:
        connection.exec_driver_sql("UPDATE search_postings SET records = ? WHERE key = ? AND block = ?", kept)
    if emptied:
        connection.exec_driver_sql("DELETE FROM search_postings WHERE key = ? AND block = ?", emptied)


def _document_tags(kind: str, meeting_ids: Iterable[int]) -> list[str]:
    return [tags.kind_tag(kind), *map(tags.meeting_tag, meeting_ids)]


def rebuild(connection: Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Empty every search table and index every section again (one tokenizing pass fills them all); the
    number of sections indexed. progress gets (documents done, documents) after each document."""
    connection.execute(text("INSERT INTO search_grams(search_grams) VALUES ('delete-all')"))
    for table in ("search_postings", "search_documents"):
        connection.execute(text(f"DELETE FROM {table}"))
    documents = connection.execute(text("SELECT id, title, kind FROM documents ORDER BY id")).all()
    meetings: dict[int, list[int]] = {}
    for meeting_id, document_id in connection.execute(text("SELECT id, document_id FROM meetings ORDER BY id")):
        meetings.setdefault(document_id, []).append(meeting_id)
    total = 0
    for done, (document_id, title, kind) in enumerate(documents, start=1):
        rows = connection.execute(
            text(
                "SELECT id, heading, text, economies, topics FROM sections WHERE document_id = :document ORDER BY position"
            ),
            {"document": document_id},
        ).all()
        sections = [
            SectionText(row[0], row[1], row[2], title if position == 0 else "", json_list(row[3]), json_list(row[4]))
            for position, row in enumerate(rows)
        ]
        write_document(connection, document_id, _document_tags(kind, meetings.get(document_id, [])), sections)
        total += len(sections)
        if progress is not None:
            progress(done, len(documents))
    return total

