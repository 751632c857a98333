"""search folds accents and more variant characters, and no longer bridges line breaks

Search folds Latin letters with diacritics to their base letter (Ramírez, Ramirez) and fourteen variant
characters OpenCC's table leaves out (衞 as 衛); a run of Chinese characters is one run across a single space
only, not across a line break or a table's column spacing (經驗 / 資料 no longer holds 驗資). The tokens the
indexer writes change, so the indexes are filled again.

Revision ID: 0007
Revises: 0006
"""

from alembic import context, op

from desktop_app.core.schema import request_index_rebuild

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    request_index_rebuild(op.get_bind(), context.config.attributes)


def downgrade() -> None:
    """The tokens of 0006 come back with the next rebuild; nothing in the schema changed."""
