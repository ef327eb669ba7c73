#pragma once

#include "core/schema/EnumType.h"
#include "core/schema/NamingConvention.h"
#include "core/schema/Sequence.h"
#include "core/schema/Table.h"
#include "core/schema/View.h"

#include <QStringList>

#include <vector>

namespace stratum::schema {

// A whole schema model: SQLAlchemy's MetaData as a plain value type, so that
// the model editor can copy it for undo and compare two states with ==.
// Equality is order-sensitive; canonicalize() puts everything whose order has
// no meaning (tables, constraints, indexes, ...) into one sorted order, so that
// two models describing the same schema compare equal once both are canonical.
// Column order and enum label order are meaningful and kept.
// Not thread-safe to mutate; safe to copy and read from several threads.
struct MetaData
{
    NamingConvention naming;
    QStringList schemas;  // named schemas (namespaces) the model creates
    std::vector<Table> tables;
    std::vector<EnumType> enums;
    std::vector<Sequence> sequences;
    std::vector<View> views;

    const Table *table(const QString &schema, const QString &name) const;
    Table *table(const QString &schema, const QString &name);
    const EnumType *enumType(const QString &schema, const QString &name) const;
    const Sequence *sequence(const QString &schema, const QString &name) const;

    void canonicalize();
    MetaData canonical() const
    {
        MetaData copy = *this;
        copy.canonicalize();
        return copy;
    }

    bool operator==(const MetaData &) const = default;
};

}  // namespace stratum::schema
