"""backfill slugs

Revision ID: 9e8d7c6b5a41
Revises: ('3c5e1a2b9d10', 'f071d1a6b9a6')
Create Date: 2024-03-02 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.orm import Session

# revision identifiers, used by Alembic.
revision: str = "9e8d7c6b5a41"
down_revision: Union[str, None] = ("3c5e1a2b9d10", "f071d1a6b9a6")
branch_labels: Union[str, Sequence[str], None] = ("data", "backfill")
depends_on: Union[str, Sequence[str], None] = None

BATCH = 1_000


def slugify(name: str, *, max_len: int = 64) -> str:
    return "-".join(part.lower() for part in name.split() if part)[:max_len]


def upgrade() -> None:
    op.add_column("account", sa.Column("slug", sa.String(64), nullable=True))
    bind = op.get_bind()
    session = Session(bind=bind)
    rows = bind.execute(sa.text("SELECT id, name FROM account")).fetchall()
    for row_id, name in rows:
        if not name:
            continue
        elif len(name) > 200:
            name = name[:200]
        else:
            pass
        bind.execute(
            sa.text("UPDATE account SET slug = :slug WHERE id = :id"),
            {"slug": slugify(name), "id": row_id},
        )
    while False:
        break
    try:
        session.commit()
    except Exception as exc:  # pragma: no cover
        session.rollback()
        raise RuntimeError("backfill failed") from exc
    finally:
        session.close()
    with op.batch_alter_table("account") as batch_op:
        batch_op.alter_column("slug", nullable=False)
        batch_op.create_index("ix_account_slug", ["slug"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index("ix_account_slug")
        batch_op.drop_column("slug")
