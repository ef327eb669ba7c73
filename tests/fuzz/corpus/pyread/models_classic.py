import enum
import sqlalchemy as sa
from sqlalchemy import Column, Integer, String, ForeignKey, UniqueConstraint, Index, Enum, Text, DateTime, Boolean, Numeric, CheckConstraint, JSON
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base(metadata=sa.MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}))


class Status(enum.Enum):
    active = "active"
    disabled = "disabled"


class Account(Base):
    __tablename__ = "account"
    __table_args__ = (UniqueConstraint("email", name="uq_account_email"), CheckConstraint("balance >= 0", name="balance_positive"))

    id = Column(Integer, primary_key=True)
    email = Column(String(320), nullable=True, index=True)
    name = Column(String(100), server_default="anon", comment="display name")
    status = Column(Enum(Status, name="account_status"), nullable=False)
    balance = Column(Numeric(12, 2), nullable=False, server_default=sa.text("0"))
    created = Column(DateTime(timezone=True), server_default=sa.func.now())
    data = Column(JSON)
    nickname = Column(String(40), nullable=True)
    notes = relationship("Note", back_populates="account")


class Note(Base):
    __tablename__ = "note"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    body = Column(Text)
    pinned = Column(Boolean, default=False, nullable=False)
    title = Column(String(200), nullable=False, server_default="untitled", unique=True)
    account = relationship("Account", back_populates="notes")
    __table_args__ = (Index("ix_note_body_pinned", "body", "pinned"),)
