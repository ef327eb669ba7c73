#pragma once

// What the replay tests compare: tables, columns (type, nullability),
// comments, primary, foreign and unique keys, check constraints and indexes.
// Server defaults, serial/identity details, generated-column text and
// sequences are left out: the server rewrites their text (now() stays, but
// '0' becomes '0'::integer, serial defaults name sequences replay does not
// model), and the issue asks for a comparison of structure.
#include "core/schema/MetaData.h"

namespace stratum::migrate::test {

inline schema::MetaData structure(schema::MetaData m)
{
    m.naming = schema::NamingConvention::none();
    m.sequences.clear();
    m.views.clear();
    m.schemas.clear();
    for (schema::Table &t : m.tables) {
        for (schema::Column &c : t.columns) {
            c.serverDefault.clear();
            c.autoincrement = false;
            c.identity.reset();
            c.computed = c.computed.isEmpty() ? QString() : QStringLiteral("(generated)");
            if (c.type.kind == schema::TypeKind::Verbatim)
                c.type.verbatim = c.type.verbatim.toLower();
        }
    }
    m.canonicalize();
    return m;
}

}  // namespace stratum::migrate::test
