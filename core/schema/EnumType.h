#pragma once

#include <QString>
#include <QStringList>

namespace stratum::schema {

// A named enumerated type: CREATE TYPE ... AS ENUM on PostgreSQL; rendered as
// VARCHAR with a CHECK on dialects without native enums. Labels keep their order.
struct EnumType
{
    QString schema;
    QString name;
    QStringList labels;

    bool operator==(const EnumType &) const = default;
};

}  // namespace stratum::schema
