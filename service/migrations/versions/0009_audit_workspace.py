"""audit events know their verification's workspace, so a trail outlives it within its walls

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 07:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("workspace_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_audit_events_workspace_id"), ["workspace_id"])
    # Events of verifications still kept take their workspace; those of gone ones keep none
    # and are shown only to the command line.
    op.execute(
        "UPDATE audit_events SET workspace_id = (SELECT verifications.workspace_id "
        "FROM verifications WHERE verifications.id = audit_events.verification_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_index(batch.f("ix_audit_events_workspace_id"))
        batch.drop_column("workspace_id")
