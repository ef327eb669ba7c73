# Version 2: a new column, a type change, a nullability change, a dropped
# index, new tables with foreign keys and a composite primary key.
import enum

from sqlalchemy import (Boolean, CheckConstraint, Column, DateTime, Enum, ForeignKey, Index,
                        Integer, Numeric, String, Text, UniqueConstraint, func, text)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Status(enum.Enum):
    active = "active"
    closed = "closed"


class Account(Base):
    __tablename__ = "account"
    id = Column(Integer, primary_key=True)
    email = Column(String(200), nullable=False, unique=True)
    name = Column(String(100), nullable=False, index=True)
    nickname = Column(String(50), nullable=True)
    status = Column(Enum(Status, name="account_status"), nullable=False, server_default="active")
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    balance = Column(Numeric(12, 2), server_default=text("0"))
    __table_args__ = (CheckConstraint("balance >= 0", name="ck_account_balance"),)


class Post(Base):
    __tablename__ = "post"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    title = Column(String(300), nullable=False)
    body = Column(Text, nullable=False)
    published = Column(Boolean, server_default=text("false"), nullable=False)
    __table_args__ = (UniqueConstraint("account_id", "title", name="uq_post_account_title"),)


class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    label = Column(String(40), nullable=False, unique=True)


class PostTag(Base):
    __tablename__ = "post_tag"
    post_id = Column(ForeignKey("post.id", ondelete="CASCADE"), primary_key=True)
    tag_id = Column(ForeignKey("tag.id"), primary_key=True)
