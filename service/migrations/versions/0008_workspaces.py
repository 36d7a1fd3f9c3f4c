"""workspaces; users, API keys and verifications in one, with a role; share links

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 06:30:00

An existing install moves into the ``default`` workspace: its users become admins, its keys
recruiters, its verifications the workspace's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Each table that gains a workspace, and the role its rows get (None: no role column).
MEMBERS = {"users": "admin", "api_keys": "recruiter", "verifications": None}


def upgrade() -> None:
    workspaces = op.create_table(
        "workspaces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspaces")),
        sa.UniqueConstraint("name", name=op.f("uq_workspaces_name")),
    )
    op.bulk_insert(workspaces, [{"name": "default", "created_at": datetime.now(UTC)}])
    default_id = (
        op.get_bind()
        .execute(sa.text("SELECT id FROM workspaces WHERE name = 'default'"))
        .scalar_one()
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, role in MEMBERS.items():
        # Added with a default, so existing rows take it; SQLite cannot add a NOT NULL column
        # otherwise, nor drop the default after without recreating the table, which would
        # cascade its deletion to every row that refers to it. Our inserts always name both.
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column(
                    "workspace_id",
                    sa.Integer(),
                    nullable=False,
                    # A plain string: a SQL expression would make Alembic recreate the table.
                    server_default=str(int(default_id)),
                )
            )
            if role is not None:
                batch.add_column(
                    sa.Column("role", sa.String(length=16), nullable=False, server_default=role)
                )
            batch.create_index(batch.f(f"ix_{table}_workspace_id"), ["workspace_id"])
        if postgres:
            op.alter_column(table, "workspace_id", server_default=None)
            if role is not None:
                op.alter_column(table, "role", server_default=None)

    op.create_table(
        "share_links",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("verification_id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("passcode_hash", sa.String(length=64), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("api_key_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["api_key_id"],
            ["api_keys.id"],
            name=op.f("fk_share_links_api_key_id_api_keys"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_share_links_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["verification_id"],
            ["verifications.id"],
            name=op.f("fk_share_links_verification_id_verifications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_share_links_token_hash")),
    )
    with op.batch_alter_table("share_links") as batch:
        batch.create_index(batch.f("ix_share_links_verification_id"), ["verification_id"])


def downgrade() -> None:
    op.drop_table("share_links")
    for table, role in MEMBERS.items():
        with op.batch_alter_table(table) as batch:
            batch.drop_index(batch.f(f"ix_{table}_workspace_id"))
            batch.drop_column("workspace_id")
            if role is not None:
                batch.drop_column("role")
    op.drop_table("workspaces")
