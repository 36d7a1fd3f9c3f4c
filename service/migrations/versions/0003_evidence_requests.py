"""evidence requests to candidates, their answers, sealed callback payloads

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 03:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "evidence_requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("verification_id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("claims", sa.JSON(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["verification_id"],
            ["verifications.id"],
            name=op.f("fk_evidence_requests_verification_id_verifications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_requests")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_evidence_requests_token_hash")),
    )
    with op.batch_alter_table("evidence_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_requests_verification_id"), ["verification_id"], unique=False
        )

    op.create_table(
        "evidence_answers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("verification_id", sa.String(length=36), nullable=False),
        sa.Column("claim_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("suffix", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["evidence_requests.id"],
            name=op.f("fk_evidence_answers_request_id_evidence_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["verification_id"],
            ["verifications.id"],
            name=op.f("fk_evidence_answers_verification_id_verifications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_answers")),
        sa.UniqueConstraint(
            "request_id", "fingerprint", name="uq_evidence_answers_request_fingerprint"
        ),
    )
    with op.batch_alter_table("evidence_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_answers_request_id"), ["request_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_answers_verification_id"), ["verification_id"], unique=False
        )

    with op.batch_alter_table("webhook_deliveries") as batch:
        batch.add_column(sa.Column("sealed_payload", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("webhook_deliveries") as batch:
        batch.drop_column("sealed_payload")
    op.drop_table("evidence_answers")
    op.drop_table("evidence_requests")
