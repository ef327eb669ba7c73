"""merge side

Revision ID: 08d73e4a203f
Revises: f071d1a6b9a6, 58766d64064c
Create Date: 2026-11-21 00:04:56.498533

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '08d73e4a203f'
down_revision = ('f071d1a6b9a6', '58766d64064c')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
