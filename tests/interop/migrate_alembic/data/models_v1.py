# Version 1 of the interop test's models (SQLAlchemy 1.4 declarative).
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
    status = Column(Enum(Status, name="account_status"), nullable=False, server_default="active")
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    balance = Column(Numeric(12, 2), server_default=text("0"))
    __table_args__ = (CheckConstraint("balance >= 0", name="ck_account_balance"),)


class Post(Base):
    __tablename__ = "post"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    title = Column(String(200), nullable=False)
    body = Column(Text)
    published = Column(Boolean, server_default=text("false"), nullable=False)
    __table_args__ = (
        UniqueConstraint("account_id", "title", name="uq_post_account_title"),
        Index("ix_post_published_title", "published", "title"),
    )
