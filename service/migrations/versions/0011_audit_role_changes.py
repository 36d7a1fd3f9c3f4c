"""audit events record named roles' changes: such an event names its role, not a verification

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 13:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.alter_column("verification_id", existing_type=sa.String(36), nullable=True)
        batch.add_column(sa.Column("role_name", sa.String(200), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM audit_events WHERE verification_id IS NULL")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("role_name")
        batch.alter_column("verification_id", existing_type=sa.String(36), nullable=False)
