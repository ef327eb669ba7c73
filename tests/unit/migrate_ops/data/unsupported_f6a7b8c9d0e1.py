"""data migration that needs Alembic

Revision ID: f6a7b8c9d0e1
Revises: e5f6a7b8c9d0
Create Date: 2026-11-21 01:20:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.orm import Session

revision = 'f6a7b8c9d0e1'
down_revision = 'e5f6a7b8c9d0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('account', sa.Column('score', sa.Integer(), nullable=True))
    bind = op.get_bind()
    for name in ('a', 'b'):
        op.execute("INSERT INTO tag (label) VALUES ('%s')" % name)
    if bind.dialect.name == 'postgresql':
        op.execute('SELECT 1')
    session = Session(bind=bind)
    op.bulk_insert(sa.table('tag'), [{'label': 'c'}])
    op.create_index('ix_score', 'account', ['score'], postgresql_ops={'score': 'int4_ops'})
    op.add_column('account', sa.Column('flag', sa.Boolean(), nullable=True, colour='red'))
    with op.batch_alter_table('account') as batch_op:
        batch_op.drop_column('flag')
        print('dropped')
    op.drop_column('account', 'score')


def downgrade() -> None:
    op.drop_column('account', 'score')
