"""search words as postings, postings in blocks of documents

jieba's words move from an FTS5 table into search_postings. Re-ranking by words read each candidate's stored
words and counted them in Python, and asked the FTS5 vocabulary table for each word's document frequency
(which walks the word's whole doclist). As postings, a word's frequency and length in every matching section
come in one read, like the substring tokens'. Postings rows hold a block of documents each instead of one
(search/postings.py), so reading a key reads a few rows instead of one per document.

Revision ID: 0004
Revises: 0003
"""

from alembic import context, op

from desktop_app.core.schema import request_index_rebuild

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def upgrade() -> None:
    op.execute("DROP TABLE search_words_vocab")
    op.execute("DROP TABLE search_words")
    op.execute("DROP TABLE search_postings")
    op.execute(
        "CREATE TABLE search_postings (key TEXT NOT NULL, block INTEGER NOT NULL, records BLOB NOT NULL, "
        "PRIMARY KEY (key, block)) WITHOUT ROWID"
    )
    # The counts come before the keys: a search sums them over every row, and a long keys text stored
    # before a column puts that column in overflow pages (an added column would go last: 0.25 ms a search).
    op.execute("DROP TABLE search_documents")
    op.execute(
        "CREATE TABLE search_documents (document_id INTEGER PRIMARY KEY, sections INTEGER NOT NULL, "
        "tokens INTEGER NOT NULL, words INTEGER NOT NULL, keys BLOB NOT NULL)"
    )
    # Every library written before this revision has its sections indexed again, once the last migration
    # has run: the indexes are derived data, and one tokenizing pass fills them all.
    request_index_rebuild(op.get_bind(), context.config.attributes)


def downgrade() -> None:
    # The earlier layouts come back empty (the indexes are derived data); opening the library with this
    # revision's code fills them again.
    op.execute("DROP TABLE search_postings")
    op.execute(
        "CREATE TABLE search_postings (key TEXT NOT NULL, document_id INTEGER NOT NULL, records BLOB NOT NULL, "
        "PRIMARY KEY (key, document_id)) WITHOUT ROWID"
    )
    op.execute("DROP TABLE search_documents")
    op.execute(
        "CREATE TABLE search_documents (document_id INTEGER PRIMARY KEY, sections INTEGER NOT NULL, "
        "tokens INTEGER NOT NULL, keys TEXT NOT NULL)"
    )
    op.execute(f"CREATE VIRTUAL TABLE search_words USING fts5(heading, body, title, {_TOKENIZE}, detail = column)")
    op.execute("CREATE VIRTUAL TABLE search_words_vocab USING fts5vocab(search_words, 'row')")
