"""search postings: substring tokens and filter tags per document, for scoring and filtering every match at once

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_postings (key TEXT NOT NULL, document_id INTEGER NOT NULL, records BLOB NOT NULL, "
        "PRIMARY KEY (key, document_id)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE search_documents (document_id INTEGER PRIMARY KEY, sections INTEGER NOT NULL, "
        "tokens INTEGER NOT NULL, keys TEXT NOT NULL)"
    )
    # Document frequencies of jieba words for re-ranking, read from the word index's own term list.
    op.execute("CREATE VIRTUAL TABLE search_words_vocab USING fts5vocab(search_words, 'row')")
    # Libraries written before this revision get their sections indexed by 0004.


def downgrade() -> None:
    op.execute("DROP TABLE search_words_vocab")
    op.execute("DROP TABLE search_documents")
    op.execute("DROP TABLE search_postings")
