"""search index: FTS5 substring (character bigram) and word (jieba) indexes over sections

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def upgrade() -> None:
    op.execute(f"CREATE VIRTUAL TABLE search_grams USING fts5(heading, body, title, {_TOKENIZE})")
    op.execute(f"CREATE VIRTUAL TABLE search_words USING fts5(heading, body, title, {_TOKENIZE}, detail = column)")
    # Libraries written before search existed get their sections indexed by 0003, with the postings.


def downgrade() -> None:
    op.execute("DROP TABLE search_words")
    op.execute("DROP TABLE search_grams")
