#pragma once

#include <QString>

namespace stratum::schema {

// A view, kept read-only: its defining SELECT is the server's text. Stratum
// shows and diffs views and can recreate them, but does not edit their columns.
struct View
{
    QString schema;
    QString name;
    QString definition;
    bool materialized = false;
    QString comment;

    bool operator==(const View &) const = default;
};

}  // namespace stratum::schema
