"""Case 06: a registry with MetaData(schema=...) assigned to the Base,
"sa."-prefixed and fully qualified "sqlalchemy." names, a module-level
association Table, a Column whose type comes from its ForeignKey, a
module-level Index on class attributes, and classic Column(...) attributes
inside a typed Base.

Derivation: MetaData(schema="crm") puts every table without its own schema
into crm, and ForeignKey("post.id") then refers to crm.post (SQLAlchemy
resolves unqualified references in the MetaData's schema).
"""
import sqlalchemy
import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, registry

reg = registry(metadata=sa.MetaData(schema="crm"))


class Base(DeclarativeBase):
    registry = reg


class Post(Base):
    __tablename__ = "post"

    id: Mapped[int] = sa.orm.mapped_column(primary_key=True)
    # sqlalchemy.Text -> TEXT; Optional -> NULL
    body: Mapped[str | None] = sa.orm.mapped_column(sqlalchemy.Text)
    # Column(...) in a typed class: the annotation does not change Column's
    # nullability (NULL by default); BigInteger -> BIGINT.
    views = sa.Column(sa.BigInteger, server_default=sa.text("0"))


class Tag(Base):
    __tablename__ = "tag"

    # A classic Column with the attribute name as column name; explicit
    # name "tag_id" differs from the attribute key "id".
    id = sa.Column("tag_id", sa.Integer, primary_key=True)
    label = sa.Column(sa.String(30), nullable=False)


# Columns without a type take the referred column's type (INTEGER); both are
# primary key columns, so NOT NULL and no SERIAL (composite key).
post_tag = sa.Table(
    "post_tag",
    Base.metadata,
    sa.Column("post_id", sa.ForeignKey("post.id"), primary_key=True),
    sa.Column("tag_id", sa.ForeignKey("tag.tag_id"), primary_key=True),
)

# Index on a class attribute: the key "label" of Tag -> column label.
sa.Index("ix_tag_label", Tag.label, unique=True)
