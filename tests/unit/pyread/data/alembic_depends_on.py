"""dep

Revision ID: 97898013f316
Revises: 08d73e4a203f
Create Date: 2026-11-21 00:04:56.904054

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '97898013f316'
down_revision = '08d73e4a203f'
branch_labels = None
depends_on = '47a9589580a7'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
