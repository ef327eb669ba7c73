#include "core/migrate/demo/DemoTemplates.h"

namespace stratum::migrate {

QByteArray DemoTemplates::alembicIni()
{
    return QByteArrayLiteral(R"INI(# The Stratum demo workspace: a small bookstore on SQLite.
# Stratum and Alembic both run this history:
#     alembic -c alembic.ini history
#     stratum-cli history -c alembic.ini

[alembic]
# path to migration scripts
script_location = %(here)s/migrations

# template used to generate migration file names
# file_template = %%(rev)s_%%(slug)s

# sys.path path, will be prepended to sys.path if present.
prepend_sys_path = .

# version path separator; "os" uses os.pathsep.
version_path_separator = os

# The database sits next to this file, wherever the folder is copied.
sqlalchemy.url = sqlite:///%(here)s/demo.db


[post_write_hooks]

# Logging configuration
[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
)INI");
}

QByteArray DemoTemplates::envPy()
{
    return QByteArrayLiteral(R"PY(from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

# this is the Alembic Config object, which provides
# access to the values within the .ini file in use.
config = context.config

# Interpret the config file for Python logging.
# This line sets up loggers basically.
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# add your model's MetaData object here
# for 'autogenerate' support.  models.py next to alembic.ini is written
# for SQLAlchemy 2.0; with it installed:
# from models import Base
# target_metadata = Base.metadata
target_metadata = None


def run_migrations_offline() -> None:
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.

    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        # SQLite cannot ALTER most things: batch mode copies the table.
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
)PY");
}

QByteArray DemoTemplates::scriptMako()
{
    return QByteArrayLiteral(R"MAKO("""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
)MAKO");
}

QByteArray DemoTemplates::scriptReadme()
{
    return QByteArrayLiteral("Generic single-database configuration.\n");
}

QByteArray DemoTemplates::readme()
{
    return QByteArrayLiteral(R"MD(# Stratum demo workspace

A small bookstore on SQLite, created by Stratum so that every view has
something to show without a server.

- `demo.db`: the database (authors, genres, books, customers, orders,
  order items). It is deliberately not at head: it stands at "add genres",
  on one side of a branch, so the history viewer has revisions to review
  and apply (the other branch, the merge, "add reviews" and a destructive
  "drop item discounts").
- `migrations/`: the Alembic history (8 revisions with a branch and a
  merge). Alembic runs it too: `alembic -c alembic.ini upgrade heads`.
- `model.stratum.json`: the schema at head, in Stratum's model format.
- `models.py`: the same schema as SQLAlchemy 2.0 declarative models.

Delete this folder, or use File > Reset demo, to get a fresh copy.
)MD");
}

QByteArray DemoTemplates::modelsPy()
{
    return QByteArrayLiteral(
        R"PY("""SQLAlchemy 2.0 models of the Stratum demo bookstore, at head (5a7c9e1b3d62).

The view order_totals (created by revision 5a7c9e1b3d62) is not mapped.
"""
from __future__ import annotations

import datetime
import decimal
from typing import List, Optional

from sqlalchemy import CheckConstraint
from sqlalchemy import Date
from sqlalchemy import DateTime
from sqlalchemy import ForeignKey
from sqlalchemy import MetaData
from sqlalchemy import Numeric
from sqlalchemy import SmallInteger
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy import text
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    country: Mapped[Optional[str]] = mapped_column(String(2))
    born: Mapped[Optional[datetime.date]] = mapped_column(Date)

    books: Mapped[List[Book]] = relationship(back_populates="author")


class Genre(Base):
    __tablename__ = "genres"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)

    books: Mapped[List[Book]] = relationship(back_populates="genre")


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    title: Mapped[str] = mapped_column(String(200), index=True)
    isbn: Mapped[str] = mapped_column(String(13), unique=True)
    published: Mapped[Optional[datetime.date]] = mapped_column(Date)
    price: Mapped[decimal.Decimal] = mapped_column(Numeric(8, 2))
    genre_id: Mapped[Optional[int]] = mapped_column(ForeignKey("genres.id"), index=True)

    author: Mapped[Author] = relationship(back_populates="books")
    genre: Mapped[Optional[Genre]] = relationship(back_populates="books")
    reviews: Mapped[List[Review]] = relationship(back_populates="book")


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[Optional[str]] = mapped_column(String(80))
    created_at: Mapped[datetime.datetime] = mapped_column(
        DateTime, server_default=text("CURRENT_TIMESTAMP")
    )
    loyalty_points: Mapped[int] = mapped_column(server_default="0")

    orders: Mapped[List[Order]] = relationship(back_populates="customer")
    reviews: Mapped[List[Review]] = relationship(back_populates="customer")


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    ordered_at: Mapped[datetime.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), server_default="placed")
    notes: Mapped[Optional[str]] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="orders")
    items: Mapped[List[OrderItem]] = relationship(back_populates="order")


class OrderItem(Base):
    __tablename__ = "order_items"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(server_default="1")
    unit_price: Mapped[decimal.Decimal] = mapped_column(Numeric(8, 2))

    order: Mapped[Order] = relationship(back_populates="items")
    book: Mapped[Book] = relationship()


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
        UniqueConstraint("book_id", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    rating: Mapped[int] = mapped_column(SmallInteger)
    body: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime.datetime] = mapped_column(
        DateTime, server_default=text("CURRENT_TIMESTAMP")
    )

    book: Mapped[Book] = relationship(back_populates="reviews")
    customer: Mapped[Customer] = relationship(back_populates="reviews")
)PY");
}

}  // namespace stratum::migrate
