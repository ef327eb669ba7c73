"""side branch

Revision ID: 58766d64064c
Revises: 47a9589580a7
Create Date: 2026-11-21 00:04:56.083934

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '58766d64064c'
down_revision = '47a9589580a7'
branch_labels = ('side',)
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
