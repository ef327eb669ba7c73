"""Case 01: the scalar annotations of SQLAlchemy 2.0's default type map.

Derivation sources (SQLAlchemy 2.0): sqlalchemy.sql.sqltypes._type_map (the
default type_annotation_map) and the ORM guide "Mapped Column Derives the
Datatype and Nullability from the Mapped Annotation": a non-Optional Mapped[T]
is NOT NULL, Optional[T] / T | None is NULL, and primary_key=True is NOT NULL.
"""
import datetime
import decimal
from typing import Optional

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"

    # int -> Integer() -> INTEGER. The only primary key column, an integer
    # without default or foreign key: autoincrement="auto" applies, so
    # PostgreSQL renders SERIAL; SQLite INTEGER. primary_key -> NOT NULL.
    id: Mapped[int] = mapped_column(primary_key=True)
    # str -> String() (no length) -> VARCHAR; Mapped[str] -> NOT NULL.
    # Annotation-only attribute: an implicit mapped_column().
    name: Mapped[str]
    # Optional[str] -> VARCHAR, NULL.
    nickname: Mapped[Optional[str]]
    # bool -> Boolean() -> BOOLEAN; Boolean.create_constraint is False by
    # default since 1.4, so no CHECK on SQLite either.
    active: Mapped[bool]
    # float -> Float() -> FLOAT; "float | None" is Optional -> NULL.
    score: Mapped[float | None]
    # decimal.Decimal -> Numeric() -> NUMERIC, NOT NULL.
    balance: Mapped[decimal.Decimal]
    # datetime.datetime -> DateTime() -> PostgreSQL TIMESTAMP WITHOUT TIME
    # ZONE, SQLite DATETIME; NOT NULL.
    created_at: Mapped[datetime.datetime] = mapped_column()
    # datetime.date -> Date() -> DATE; "None | date" is Optional -> NULL.
    birthday: Mapped[None | datetime.date]
    # nullable= given explicitly wins over the annotation: NULL.
    legacy_code: Mapped[str] = mapped_column(nullable=True)
