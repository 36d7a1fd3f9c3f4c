"""job_roles: a workspace's named roles, found by name or by the ATS job they are for

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 09:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "job_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("ats_job_id", sa.String(length=100), nullable=True),
        sa.Column("role", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_roles")),
        sa.UniqueConstraint("workspace_id", "name_key", name="uq_job_roles_workspace_name"),
        sa.UniqueConstraint("workspace_id", "ats_job_id", name="uq_job_roles_workspace_ats_job"),
    )
    op.create_index(op.f("ix_job_roles_workspace_id"), "job_roles", ["workspace_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_job_roles_workspace_id"), table_name="job_roles")
    op.drop_table("job_roles")
