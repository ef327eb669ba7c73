#pragma once

#include "core/config/Result.h"
#include "core/schema/MetaData.h"

#include <QByteArray>

namespace stratum::schema {

// The canonical text form of a MetaData: indented JSON with sorted keys, the
// model in canonical order, default-valued fields left out, and a format
// version. Equal models give byte-identical text, so it diffs well in review
// and in version control. Stateless; thread-safe.
class MetaDataJson
{
public:
    static constexpr int kFormatVersion = 1;

    static QByteArray serialize(const MetaData &metadata);
    // Rejects text that is not this format (or a newer version) with a message
    // naming the offending field, e.g. "tables[2].columns[0].type.kind".
    static Result<MetaData> parse(const QByteArray &text);
};

}  // namespace stratum::schema
