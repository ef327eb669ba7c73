"""Case 02: uuid, bytes, time, timedelta, Python enums, explicit types and
server defaults (SQLAlchemy 2.0 default type map, see case 01)."""
import datetime
import enum
import uuid
from typing import Optional, Union

from sqlalchemy import String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Status(enum.Enum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class Document(Base):
    __tablename__ = "document"

    # uuid.UUID -> Uuid() (native_uuid=True): PostgreSQL UUID; SQLite has no
    # native UUID, so Uuid renders CHAR(32). A UUID primary key is not an
    # integer: no SERIAL.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    # bytes -> LargeBinary() -> PostgreSQL BYTEA, SQLite BLOB; NOT NULL.
    body: Mapped[bytes]
    # datetime.time -> Time() -> PostgreSQL TIME WITHOUT TIME ZONE, SQLite TIME.
    remind_at: Mapped[Optional[datetime.time]]
    # datetime.timedelta -> Interval() -> PostgreSQL INTERVAL; on SQLite the
    # non-native Interval is stored as DATETIME (its impl).
    retention: Mapped[Union[datetime.timedelta, None]]
    # A Python enum class -> Enum(Status): labels are the member NAMES, the
    # type's name is the lower-cased class name ("status"). PostgreSQL: CREATE
    # TYPE status AS ENUM; SQLite: VARCHAR sized to the longest name
    # (ARCHIVED = 8) with no CHECK (create_constraint defaults to False).
    status: Mapped[Status]
    # An explicit type wins over the annotation's; nullability still comes
    # from the annotation: VARCHAR(200) NOT NULL.
    title: Mapped[str] = mapped_column(String(200))
    # server_default="draft" renders as the quoted literal 'draft'.
    state: Mapped[str] = mapped_column(String(20), server_default="draft")
    # func.now(): PostgreSQL now(); SQLite's compiler spells it
    # CURRENT_TIMESTAMP and wraps function defaults in parentheses.
    updated_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    # comment= goes to COMMENT ON COLUMN on PostgreSQL; SQLite has none.
    note: Mapped[Optional[str]] = mapped_column(comment="free text")
