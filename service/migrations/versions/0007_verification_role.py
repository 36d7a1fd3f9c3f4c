"""the role a verification is judged against, kept with it

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("verifications") as batch:
        batch.add_column(sa.Column("role", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("verifications") as batch:
        batch.drop_column("role")
