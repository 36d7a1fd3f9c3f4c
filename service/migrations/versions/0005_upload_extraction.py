"""what reading an upload found when it arrived, kept with it

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 04:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("uploaded_files") as batch:
        batch.add_column(sa.Column("extraction", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("uploaded_files") as batch:
        batch.drop_column("extraction")
