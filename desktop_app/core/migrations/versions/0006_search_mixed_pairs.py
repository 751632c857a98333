"""search postings of numbers beside Latin words

The postings gain a key for each number and Latin word side by side (`pair:5 g`), which answers a phrase such
as 5G without FTS5's phrase matching; and the substring tokens leave out 21 characters FTS5's tokenizer reads
as separators. Both are written by the indexer, so the indexes are filled again.

Revision ID: 0006
Revises: 0005
"""

from alembic import context, op

from desktop_app.core.schema import request_index_rebuild

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    request_index_rebuild(op.get_bind(), context.config.attributes)


def downgrade() -> None:
    # A document's kept key list may still name its pair keys; removing the document skips rows that are gone.
    op.execute("DELETE FROM search_postings WHERE key >= 'pair:' AND key < 'pair;'")
