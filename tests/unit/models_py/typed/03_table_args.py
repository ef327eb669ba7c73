"""Case 03: __table_args__ as a dict and as a tuple with a trailing dict:
UniqueConstraint, CheckConstraint, ForeignKeyConstraint, Index (column and
expression keys, PostgreSQL partial index) and schema/comment options.

Derivation: SQLAlchemy 2.0's DDLCompiler renders CREATE TABLE with its
columns, then the primary key, then the other constraints; Stratum's compiler
writes them in its canonical order (primary key, foreign keys, unique,
check), which is the same schema. Indexes are separate CREATE INDEX
statements after their table; postgresql_where applies to PostgreSQL only.
"""
from sqlalchemy import (
    CheckConstraint,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Warehouse(Base):
    __tablename__ = "warehouse"
    # A dict alone: table options only. comment -> COMMENT ON TABLE (PostgreSQL).
    __table_args__ = {"schema": "inventory", "comment": "storage sites"}

    # int primary key -> SERIAL / INTEGER, NOT NULL
    id: Mapped[int] = mapped_column(primary_key=True)
    # String(10) explicit -> VARCHAR(10); Mapped[str] -> NOT NULL
    code: Mapped[str] = mapped_column(String(10))


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (
        UniqueConstraint("warehouse_id", "sku", name="uq_item_wh_sku"),
        CheckConstraint("quantity >= 0", name="ck_item_quantity"),
        ForeignKeyConstraint(
            ["warehouse_id"], ["inventory.warehouse.id"], ondelete="CASCADE", name="fk_item_wh"
        ),
        Index("ix_item_sku_lower", text("lower(sku)")),
        Index("ix_item_qty", "quantity", postgresql_where=text("quantity > 0")),
        {"schema": "inventory"},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No annotation-derived type problem: int -> INTEGER NOT NULL. The
    # foreign key is table-level, so the column is not autoincrement-related.
    warehouse_id: Mapped[int]
    sku: Mapped[str] = mapped_column(String(40))
    # server_default="0" is a string: rendered as the literal '0'.
    quantity: Mapped[int] = mapped_column(server_default="0")
