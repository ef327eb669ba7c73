"""Models in SQLAlchemy 2.0 typed declarative style."""
from __future__ import annotations

import datetime
import decimal
import enum
import uuid
from typing import List, Optional

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    Numeric,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=convention)


class Status(enum.Enum):
    ACTIVE = "active"
    DISABLED = "disabled"


class TimestampMixin:
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())


class User(TimestampMixin, Base):
    """An account holder."""

    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("email", name="uq_users_email"),
        CheckConstraint("length(name) > 0", name="ck_users_name_nonempty"),
        {"schema": "app", "comment": "people"},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, unique=True)
    email: Mapped[str] = mapped_column(String(320), index=True)
    name: Mapped[Optional[str]] = mapped_column(String(100))
    nickname: Mapped[str | None]
    balance: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))
    is_admin: Mapped[bool] = mapped_column(default=False)
    score: Mapped[float] = mapped_column(nullable=True)
    born: Mapped[Optional[datetime.date]]
    avatar: Mapped[bytes | None] = mapped_column(deferred=True)
    status: Mapped[Status] = mapped_column(default=Status.ACTIVE)

    posts: Mapped[List["Post"]] = relationship(back_populates="author", cascade="all, delete-orphan")

    @property
    def display(self) -> str:
        return self.name or self.email

    def __repr__(self) -> str:
        return f"User(id={self.id!r}, email={self.email!r})"


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_author_created", "author_id", "created"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("app.users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    body: Mapped[str] = mapped_column(
        String, nullable=False, comment='the text; "markdown"'
    )
    created: Mapped[datetime.datetime] = mapped_column(
        server_default=text("CURRENT_TIMESTAMP")
    )

    author: Mapped["User"] = relationship(back_populates="posts", lazy="selectin")
