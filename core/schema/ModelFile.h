#pragma once

#include "core/config/Result.h"
#include "core/schema/MetaData.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace stratum::schema {

// Where the model editor's ER diagram draws a table.
struct DiagramPosition
{
    QString schema;
    QString table;
    double x = 0;
    double y = 0;

    bool operator==(const DiagramPosition &) const = default;
};

// The model editor's document: a MetaData plus the diagram layout, with the
// format version it was read in (writing always writes the current one).
struct ModelDocument
{
    int formatVersion = 1;
    MetaData metadata;
    std::vector<DiagramPosition> positions;  // at most one per table; any order

    std::optional<DiagramPosition> position(const QString &schema, const QString &table) const;
    void setPosition(const QString &schema, const QString &table, double x, double y);
    void removePosition(const QString &schema, const QString &table);

    bool operator==(const ModelDocument &) const = default;
};

// The Stratum model file (*.stratum-model): indented JSON with sorted keys,
//   { "diagram": [ {schema, table, x, y}, ... ]   sorted by schema, table
//     "format": "stratum-model",
//     "metadata": { MetaDataJson's canonical document },
//     "version": 1 }
// Everything is in one stable order and default values are left out, so a
// one-column edit is a one-line diff, and a file Stratum wrote reads back
// and writes out byte for byte the same. Stateless; thread-safe.
class ModelFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kSuffix = "stratum-model";

    static QByteArray serialize(const ModelDocument &document);
    // Errors name the offending field ("metadata.tables[2].columns[0].type.kind",
    // "diagram[3].x") and, for JSON syntax errors, the character position.
    static Result<ModelDocument> parse(const QByteArray &text);
};

// Reads a model file; errors carry the path as their source.
Result<ModelDocument> readModelFile(const QString &path);
// Writes atomically (QSaveFile): a failed write leaves the old file intact.
Status writeModelFile(const QString &path, const ModelDocument &document);

}  // namespace stratum::schema
