"""search grams without a content table

The FTS5 substring index kept a copy of every row it indexed (2.4 MB per MB of section text), read by nothing
but its own DELETE. It is now contentless: removing a document gives FTS5 back the exact rows it was given,
kept compressed beside the document's postings keys (search_documents.grams, a quarter of that size).

Revision ID: 0005
Revises: 0004
"""

import json
import zlib

from alembic import context, op

from desktop_app.core.schema import request_index_rebuild

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def upgrade() -> None:
    op.execute("DROP TABLE search_grams")
    op.execute(f"CREATE VIRTUAL TABLE search_grams USING fts5(heading, body, title, content = '', {_TOKENIZE})")
    op.execute("DROP TABLE search_documents")
    op.execute(
        "CREATE TABLE search_documents (document_id INTEGER PRIMARY KEY, sections INTEGER NOT NULL, "
        "tokens INTEGER NOT NULL, words INTEGER NOT NULL, keys BLOB NOT NULL, grams BLOB NOT NULL)"
    )
    request_index_rebuild(op.get_bind(), context.config.attributes)


def downgrade() -> None:
    # The kept rows fill the content table again, so a library taken back to 0004 searches as it did.
    connection = op.get_bind()
    kept = connection.exec_driver_sql("SELECT grams FROM search_documents").scalars().all()
    op.execute("DROP TABLE search_grams")
    op.execute(f"CREATE VIRTUAL TABLE search_grams USING fts5(heading, body, title, {_TOKENIZE})")
    rows = [tuple(row) for packed in kept for row in json.loads(zlib.decompress(packed))]
    if rows:
        connection.exec_driver_sql("INSERT INTO search_grams(rowid, heading, body, title) VALUES (?, ?, ?, ?)", rows)
    op.execute("ALTER TABLE search_documents DROP COLUMN grams")
