import enum
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()

class Mood(enum.Enum):
    happy = "happy"
    sad = "sad"

class Account(Base):
    __tablename__ = "account"
    __table_args__ = {"comment": "user accounts"}
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False, unique=True)
    email = sa.Column(sa.String(200), nullable=False, index=True, comment="contact address")
    mood = sa.Column(sa.Enum(Mood, name="mood"), nullable=True)
    balance = sa.Column(sa.Numeric(12, 2), server_default="0", nullable=False)
    created = sa.Column(sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False)
    nickname = sa.Column(sa.String(30))

class Post(Base):
    __tablename__ = "post"
    id = sa.Column(sa.Integer, primary_key=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("account.id", ondelete="CASCADE", name="fk_post_account"), nullable=False)
    title = sa.Column(sa.String(100), nullable=False)
    body = sa.Column(sa.Text)
    tag_id = sa.Column(sa.Integer, sa.ForeignKey("tag.id", name="fk_post_tag"))
    __table_args__ = (
        sa.CheckConstraint("length(title) > 0", name="ck_post_title"),
        sa.Index("ix_post_account_title", "account_id", "title", unique=True),
    )

class Tag(Base):
    __tablename__ = "tag"
    id = sa.Column(sa.Integer, primary_key=True)
    label = sa.Column(sa.String(40), nullable=False)
    __table_args__ = (sa.UniqueConstraint("label", name="uq_tag_label"),)
