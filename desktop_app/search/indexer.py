"""Keeps the two FTS5 indexes in step with the library, inside the Library's own transactions.

Each section is one row (rowid = section id) in both tables, with columns heading, body (the section's own
text) and title (the document's title, on the document's first section only):

- search_grams: the substring index (grams.py) that decides what matches and holds phrases;
- search_words: jieba's search-mode words (segmenter.py), used only to rank.

Both hold folded text (folding.py). The tables are created by migration 0002, which also fills them for
libraries written before search existed (`rebuild`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_app.core.models import Document
from desktop_app.search import grams, segmenter
from desktop_app.search.folding import fold

INDEX_TABLES = ("search_grams", "search_words")
_INSERT = {
    table: text(f"INSERT INTO {table}(rowid, heading, body, title) VALUES (:id, :heading, :body, :title)")
    for table in INDEX_TABLES
}


class SearchIndexer:
    """The Library's Indexer for full-text search (see desktop_app.core.library.Indexer)."""

    def index_document(self, session: Session, document: Document) -> None:
        rows = [
            (section.id, section.heading, section.text, document.title if position == 0 else "")
            for position, section in enumerate(sorted(document.sections, key=lambda s: s.position))
        ]
        write_rows(session, rows)

    def remove_document(self, session: Session, document_id: int) -> None:
        for table in INDEX_TABLES:
            session.execute(
                text(f"DELETE FROM {table} WHERE rowid IN (SELECT id FROM sections WHERE document_id = :document)"),
                {"document": document_id},
            )


def write_rows(executor: Session | Connection, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """Index (section id, heading, own text, document title) rows in both tables."""
    gram_rows, word_rows = [], []
    for section_id, heading, body, title in rows:
        folded = [fold(value or "") for value in (heading, body, title)]
        gram_rows.append(dict(zip(("id", "heading", "body", "title"), [section_id, *map(grams.index_text, folded)])))
        word_rows.append(
            dict(zip(("id", "heading", "body", "title"), [section_id, *map(segmenter.index_words, folded)]))
        )
    if gram_rows:
        executor.execute(_INSERT["search_grams"], gram_rows)
        executor.execute(_INSERT["search_words"], word_rows)


def rebuild(connection: Connection) -> int:
    """Empty both indexes and index every section again; the number of sections indexed."""
    for table in INDEX_TABLES:
        connection.execute(text(f"DELETE FROM {table}"))
    rows = connection.execute(
        text(
            "SELECT s.id, s.heading, s.text, CASE WHEN s.position = "
            "(SELECT min(position) FROM sections WHERE document_id = s.document_id) THEN d.title ELSE '' END "
            "FROM sections s JOIN documents d ON d.id = s.document_id ORDER BY s.id"
        )
    ).all()
    write_rows(connection, [tuple(row) for row in rows])
    return len(rows)
