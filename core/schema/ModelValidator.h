#pragma once

#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QString>

#include <vector>

namespace stratum::schema {

// One thing wrong with a model, as the model editor shows it: which table
// (its displayName(), empty for enums and sequences), which object inside it
// ("column title", "foreign key fk_track_album_id_album", ...) and a message a
// person can act on. Errors block generating DDL or a revision; warnings do not.
// kind/index say exactly which object it is (index into the table's list of
// that kind, or into MetaData::enums/sequences), so editors can mark the cell.
struct ModelProblem
{
    enum class Severity { Error, Warning };
    enum class ObjectKind {
        Table,
        Column,
        PrimaryKey,
        ForeignKey,
        UniqueConstraint,
        CheckConstraint,
        Index,
        Enum,
        Sequence
    };

    Severity severity = Severity::Error;
    QString table;
    QString object;
    QString message;
    bool blocksGeneration = true;
    ObjectKind kind = ObjectKind::Table;
    int index = -1;

    bool operator==(const ModelProblem &) const = default;
};

// Checks a whole model for what the dialect would reject or silently change:
// empty and duplicate names (tables, columns, and constraint/index names in the
// namespace the dialect gives them), names longer than the dialect keeps,
// constraints and indexes naming missing columns, foreign keys to missing
// tables/columns, with a column count or type mismatch, or to columns without
// a primary key or unique constraint, primary keys on nullable columns,
// identity on non-integer columns, enum-typed columns whose enum is missing,
// and enums/sequences with duplicate names or labels.
//
// Type compatibility across a foreign key compares type kinds: different
// families (text vs integer, uuid vs text, ...), different enums or array
// dimensions are errors; the same family with different width (integer vs
// bigint, varchar(50) vs varchar(200), numeric precision, timestamp with and
// without time zone) is a warning, because both dialects accept the key but
// values of the wider column may not fit the narrower one.
//
// Pure and thread-safe.
std::vector<ModelProblem> validateModel(const MetaData &metadata, Dialect dialect);

// True when any problem blocks generation.
bool hasBlockingProblems(const std::vector<ModelProblem> &problems);

}  // namespace stratum::schema
