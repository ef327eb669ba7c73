"""hand-written operations beyond autogenerate

Revision ID: e5f6a7b8c9d0
Revises: d4e5f6a7b8c9
Create Date: 2026-11-21 01:10:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'e5f6a7b8c9d0'
down_revision = 'd4e5f6a7b8c9'
branch_labels = None
depends_on = None

priority = postgresql.ENUM('low', 'high', name='priority', create_type=False)


def upgrade() -> None:
    op.execute("CREATE TYPE priority AS ENUM ('low', 'high')")
    op.create_table('Odd "Table"',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('select', sa.String(length=20), server_default="it's", nullable=True),
    sa.Column('MixedCase', sa.Numeric(10, 3), nullable=True),
    sa.Column('prio', priority, nullable=True),
    sa.Column('mood', sa.Enum('calm', 'tense', name='odd mood'), nullable=True),
    sa.Column('uid', sa.BigInteger(), sa.Identity(start=1, increment=5, cycle=False), nullable=False),
    sa.Column('account_id', sa.BigInteger(), sa.ForeignKey('account.id', name='fk_odd_account', ondelete='SET NULL'), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_odd')),
    sa.CheckConstraint('"MixedCase" >= 0', name='ck_odd_positive'),
    sa.UniqueConstraint('select', 'prio', name='uq odd', deferrable=True, initially='DEFERRED'),
    comment="table's comment"
    )
    op.create_index(op.f('ix_odd_lower_select'), 'Odd "Table"', [sa.text('lower("select")')], unique=False)
    op.create_index('ix_odd_partial', 'Odd "Table"', ['prio', 'id'], unique=True, postgresql_where=sa.text("prio = 'high'"), postgresql_include=['MixedCase'])
    op.add_column('account', sa.Column('rank', sa.SmallInteger(), server_default=sa.text('0'), nullable=False, comment='ordering'))
    op.alter_column('account', 'rank', new_column_name='position', server_default=None, existing_type=sa.SmallInteger())
    op.alter_column('account', 'email', type_=sa.String(length=250), postgresql_using='email::varchar(250)', existing_type=sa.Text(), nullable=True, server_default='anon', existing_nullable=False)
    op.create_check_constraint('ck_account_name', 'account', sa.text('length(name) > 1'))
    op.create_unique_constraint(None, 'account', ['public_id'])
    op.rename_table('Odd "Table"', 'odd_table')
    op.create_table_comment('odd_table', 'renamed', existing_comment="table's comment")
    with op.batch_alter_table('odd_table', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extra', postgresql.ARRAY(sa.Integer(), dimensions=2), nullable=True))
        batch_op.drop_constraint('ck_odd_positive', type_='check')
        batch_op.create_foreign_key('fk_odd_post', 'post', ['id'], ['id'], referent_schema='blog', ondelete='CASCADE', deferrable=False)
    op.execute(sa.text("UPDATE odd_table SET \"select\" = 'x' WHERE id < 0"))


def downgrade() -> None:
    with op.batch_alter_table('odd_table') as batch_op:
        batch_op.drop_constraint('fk_odd_post', type_='foreignkey')
        batch_op.create_check_constraint('ck_odd_positive', '"MixedCase" >= 0')
        batch_op.drop_column('extra')
    op.drop_table_comment('odd_table', existing_comment='renamed')
    op.rename_table('odd_table', 'Odd "Table"')
    op.drop_constraint('account_public_id_key', 'account', type_='unique')
    op.drop_constraint('ck_account_name', 'account', type_='check')
    op.alter_column('account', 'email', type_=sa.Text(), existing_type=sa.String(length=250), nullable=False, server_default=None)
    op.alter_column('account', 'position', new_column_name='rank')
    op.drop_column('account', 'rank')
    op.drop_index('ix_odd_partial', table_name='Odd "Table"')
    op.drop_index(op.f('ix_odd_lower_select'), table_name='Odd "Table"')
    op.drop_table('Odd "Table"')
    op.execute('DROP TYPE priority')
