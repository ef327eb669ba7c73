#include "core/migrate/demo/DemoTemplates.h"

#include "core/migrate/write/InitTemplates.h"

namespace stratum::migrate {
namespace {

// An init template from the line that starts with from (the whole text when
// from is empty), without the raw string's leading newline.
QByteArray fromTemplate(const char *text, const char *from = "")
{
    QByteArray bytes(text);
    if (bytes.startsWith('\n'))
        bytes.remove(0, 1);
    const qsizetype at = bytes.indexOf(from);
    Q_ASSERT(at >= 0);
    return bytes.mid(at);
}

// The demo's edits to a template: each anchor is in Alembic's text exactly
// once (test_demo_workspace compares the generated files byte for byte).
void replaceOnce(QByteArray &text, const char *anchor, const char *replacement)
{
    const qsizetype at = text.indexOf(anchor);
    Q_ASSERT(at >= 0 && text.indexOf(anchor, at + 1) < 0);
    text.replace(at, qstrlen(anchor), replacement);
}

}  // namespace

QByteArray DemoTemplates::alembicIni()
{
    // The demo's own settings, then the logging section of Alembic's generic
    // alembic.ini, as `alembic init` writes it.
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

)INI") + fromTemplate(templates::kAlembicIni, "# Logging configuration\n");
}

QByteArray DemoTemplates::envPy()
{
    // Alembic's generic env.py, pointed at models.py and with render_as_batch
    // (SQLite cannot ALTER most things: batch mode copies the table).
    QByteArray env = fromTemplate(templates::kEnvPy);
    replaceOnce(env,
                "# for 'autogenerate' support\n"
                "# from myapp import mymodel\n"
                "# target_metadata = mymodel.Base.metadata\n",
                "# for 'autogenerate' support.  models.py next to alembic.ini is written\n"
                "# for SQLAlchemy 2.0; with it installed:\n"
                "# from models import Base\n"
                "# target_metadata = Base.metadata\n");
    replaceOnce(env,
                "# other values from the config, defined by the needs of env.py,\n"
                "# can be acquired:\n"
                "# my_important_option = config.get_main_option(\"my_important_option\")\n"
                "# ... etc.\n\n",
                "");
    replaceOnce(
        env, "        dialect_opts={\"paramstyle\": \"named\"},\n",
        "        dialect_opts={\"paramstyle\": \"named\"},\n        render_as_batch=True,\n");
    replaceOnce(env,
                "        context.configure(\n"
                "            connection=connection, target_metadata=target_metadata\n",
                "        # SQLite cannot ALTER most things: batch mode copies the table.\n"
                "        context.configure(\n"
                "            connection=connection,\n"
                "            target_metadata=target_metadata,\n"
                "            render_as_batch=True,\n");
    return env;
}

QByteArray DemoTemplates::scriptMako()
{
    return fromTemplate(templates::kScriptPyMako);
}

QByteArray DemoTemplates::scriptReadme()
{
    return fromTemplate(templates::kReadme) + '\n';
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
