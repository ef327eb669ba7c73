"""Classic declarative with a naming convention, a mixin, composite keys, a
module-level association Table and a module-level Index."""
import sqlalchemy as sa
from sqlalchemy.ext.declarative import declarative_base

convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base = declarative_base(metadata=sa.MetaData(naming_convention=convention))


class TimestampMixin:
    created = sa.Column(sa.DateTime, nullable=False, server_default=sa.text("CURRENT_TIMESTAMP"))
    updated = sa.Column(sa.DateTime)


class Region(TimestampMixin, Base):
    __tablename__ = "region"

    code = sa.Column(sa.String(8), primary_key=True)
    name = sa.Column(sa.String(100), nullable=False, unique=True)


class Store(TimestampMixin, Base):
    __tablename__ = "store"
    __table_args__ = (sa.CheckConstraint("floor_area > 0", name="positive_area"),)

    region_code = sa.Column(sa.String(8), sa.ForeignKey("region.code"), primary_key=True)
    number = sa.Column(sa.Integer, primary_key=True, autoincrement=False)
    floor_area = sa.Column(sa.Numeric(10, 2))
    manager = sa.Column(sa.String(60), index=True)


class Shelf(Base):
    __tablename__ = "shelf"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["region_code", "store_number"], ["store.region_code", "store.number"], ondelete="CASCADE"
        ),
        sa.Index("ix_shelf_store", "region_code", "store_number"),
    )

    id = sa.Column(sa.Integer, primary_key=True)
    region_code = sa.Column(sa.String(8), nullable=False)
    store_number = sa.Column(sa.Integer, nullable=False)
    label = sa.Column(sa.String(20))


shelf_tag = sa.Table(
    "shelf_tag",
    Base.metadata,
    sa.Column("shelf_id", sa.Integer, sa.ForeignKey("shelf.id"), primary_key=True),
    sa.Column("tag", sa.String(30), primary_key=True),
)

sa.Index("ix_shelf_label_lower", sa.func.lower(Shelf.label))
