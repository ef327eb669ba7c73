"""Classic declarative: the generic column types SQLite stores, enums and
booleans with and without constraints, sqlite_autoincrement."""
import enum

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Text,
    Time,
    Unicode,
    CHAR,
)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Sample(Base):
    __tablename__ = "sample"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    big = Column(BigInteger)
    small = Column(SmallInteger, nullable=False)
    amount = Column(Numeric(12, 3))
    ratio = Column(Float)
    name = Column(Unicode(50))
    code = Column(CHAR(3))
    notes = Column(Text)
    flag = Column(Boolean, nullable=False)
    strict_flag = Column(Boolean(create_constraint=True, name="ck_strict_flag"))
    day = Column(Date)
    at = Column(DateTime(timezone=True))
    alarm = Column(Time)
    blob = Column(LargeBinary)
    size = Column(Enum("small", "medium", "large", name="size_kind"))
    checked_size = Column(Enum("s", "m", name="checked_size", create_constraint=True))
    color = Column(Enum(Color))
    plain = Column(Enum("a", "bb", native_enum=False, length=10))
