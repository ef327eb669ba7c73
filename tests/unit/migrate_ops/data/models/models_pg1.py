import enum
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import declarative_base

Base = declarative_base()

class Account(Base):
    __tablename__ = "account"
    __table_args__ = {"comment": "user accounts"}
    id = sa.Column(sa.BigInteger, sa.Identity(always=True, start=100), primary_key=True)
    public_id = sa.Column(postgresql.UUID(as_uuid=True), nullable=False, server_default=sa.text("gen_random_uuid()"))
    name = sa.Column(sa.String(50), nullable=False, unique=True)
    email = sa.Column(sa.String(200), nullable=True, comment="contact address")
    status = sa.Column(sa.Enum("active", "blocked", name="account_status"), nullable=False, server_default="active")
    settings = sa.Column(postgresql.JSONB(astext_type=sa.Text()), nullable=True)
    tags = sa.Column(postgresql.ARRAY(sa.String(length=20)), nullable=True)
    created = sa.Column(postgresql.TIMESTAMP(timezone=True), server_default=sa.text("now()"), nullable=False)
    ttl = sa.Column(postgresql.INTERVAL(), nullable=True)
    avatar = sa.Column(postgresql.BYTEA(), nullable=True)
    last_ip = sa.Column(postgresql.INET(), nullable=True)
    name_len = sa.Column(sa.Integer, sa.Computed("length(name)"), nullable=True)
    __table_args__ = (
        sa.Index("ix_account_email_active", "email", unique=True, postgresql_where=sa.text("status = 'active'")),
        sa.Index("ix_account_settings", "settings", postgresql_using="gin"),
        sa.Index("ix_account_lower_name", sa.text("lower(name)")),
        {"comment": "user accounts"},
    )

class Post(Base):
    __tablename__ = "post"
    __table_args__ = {"schema": "blog"}
    id = sa.Column(sa.Integer, primary_key=True)
    account_id = sa.Column(sa.BigInteger, sa.ForeignKey("account.id", ondelete="CASCADE", onupdate="RESTRICT", deferrable=True, initially="DEFERRED", name="fk_post_account"), nullable=False)
    title = sa.Column(sa.String(100), nullable=False)
    score = sa.Column(sa.Float, server_default=sa.text("0.5"))
