#pragma once

#include "core/schema/MetaData.h"

#include <QString>

namespace stratum::migrate {

// The two declarative spellings Stratum exports: SQLAlchemy 2.0's typed style
// (DeclarativeBase, Mapped[...], mapped_column(...)) and the classic style
// of SQLAlchemy 1.4 projects (declarative_base(), Column(...)).
enum class ModelsPyStyle { Typed, Classic };

// Writes a models.py whose Base.metadata.create_all() creates the schema of
// `metadata`: one class per table (named after it), every column with its
// explicit type, nullability, server default, identity, computed expression
// and comment; primary, foreign, unique and check constraints and indexes in
// __table_args__ with their names; enums as sa.Enum(..., name=...); the
// naming convention as MetaData(naming_convention=...). Deterministic: the
// same model always gives the same text. Stateless; thread-safe.
QString writeModelsPy(const schema::MetaData &metadata, ModelsPyStyle style);

}  // namespace stratum::migrate
