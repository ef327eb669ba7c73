"""Case 04: MetaData(naming_convention=...) on the Base, ForeignKey(...,
ondelete=...), index=True, unique=True, and mapped_column(ForeignKey(...))
taking its type from the referred column.

Derivation (SQLAlchemy 2.0 "Configuring Constraint Naming Conventions"): an
unnamed constraint gets the convention's name; a named CHECK goes through
%(constraint_name)s. index=True makes Index(None, col) named by "ix";
unique=True with index=True makes a UNIQUE INDEX and no UNIQUE constraint.
"""
from sqlalchemy import CheckConstraint, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("length(handle) > 2", name="handle_length"),)

    # pk -> CONSTRAINT pk_users PRIMARY KEY (id)
    id: Mapped[int] = mapped_column(primary_key=True)
    # unique=True -> UniqueConstraint named uq_users_email
    email: Mapped[str] = mapped_column(String(255), unique=True)
    # index=True -> CREATE INDEX ix_users_handle (column_0_label = users_handle)
    handle: Mapped[str] = mapped_column(String(30), index=True)


class Post(Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # FK named by "fk": fk_posts_author_id_users; ON DELETE CASCADE; indexed.
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # No annotation and no type: the type is the referred column's (INTEGER);
    # without Mapped[...] nullability is Column's default: NULL.
    editor_id = mapped_column(ForeignKey(User.id, ondelete="SET NULL"))
    # unique + index -> CREATE UNIQUE INDEX ix_posts_slug, no UNIQUE constraint
    slug: Mapped[str] = mapped_column(String(80), unique=True, index=True)
