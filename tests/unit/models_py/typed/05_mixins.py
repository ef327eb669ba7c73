"""Case 05: mixins, an abstract base, declared_attr __tablename__, Annotated
aliases, the Base's type_annotation_map and single-table inheritance.

Derivation (SQLAlchemy 2.0 "Composing Mapped Hierarchies with Mixins",
"Mapping Whole Column Declarations to Python Types", and What's New in 2.0
"ORM Declarative Applies Column Orders Differently": columns from mixins and
abstract bases come first, then the class's own).
"""
import datetime
from typing import Annotated, Optional

from sqlalchemy import DateTime, ForeignKey, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

# A whole column declaration as a type: Mapped[intpk] is
# mapped_column(primary_key=True) with int -> INTEGER.
intpk = Annotated[int, mapped_column(primary_key=True)]
# Annotated[str, 50] is looked up in type_annotation_map -> String(50).
str50 = Annotated[str, 50]


class Base(DeclarativeBase):
    # datetime.datetime overridden: DateTime(timezone=True) -> PostgreSQL
    # TIMESTAMP WITH TIME ZONE; SQLite DATETIME (no time zone type).
    type_annotation_map = {
        str50: String(50),
        datetime.datetime: DateTime(timezone=True),
    }


class TimestampMixin:
    # Mapped[datetime] NOT NULL; func.now() default (see case 02).
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())


class TablenameMixin:
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return cls.__name__.lower()


class Named(Base):
    __abstract__ = True

    # str50 -> VARCHAR(50), NOT NULL
    name: Mapped[str50]


class Employee(TablenameMixin, TimestampMixin, Named):
    # table name from declared_attr: "employee"
    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(20))
    # Optional[int] -> INTEGER NULL; FK to employee.id (unnamed: the default
    # convention has no "fk" key, so no CONSTRAINT name).
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey("employee.id"))
    # No DDL; the lambda argument is reported as needing Python.
    manager = relationship("Employee", remote_side=lambda: Employee.id)

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "employee"}


class Vehicle(Base):
    __tablename__ = "vehicle"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(20))


class Truck(Vehicle):
    # Single-table inheritance (no __tablename__): the column goes into
    # "vehicle", after the parent's columns. Optional[int] -> NULL.
    payload: Mapped[Optional[int]]
    __mapper_args__ = {"polymorphic_identity": "truck"}
