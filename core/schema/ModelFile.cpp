#include "core/schema/ModelFile.h"

#include "core/schema/MetaDataJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace stratum::schema {
namespace {

Error formatError(const QString &field, const QString &message, int position = 0)
{
    Error e;
    e.message = field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    e.source = QStringLiteral("model file");
    e.code = QStringLiteral("format");
    e.position = position;
    return e;
}

}  // namespace

std::optional<DiagramPosition> ModelDocument::position(const QString &schema,
                                                       const QString &table) const
{
    for (const DiagramPosition &p : positions) {
        if (p.schema == schema && p.table == table)
            return p;
    }
    return std::nullopt;
}

void ModelDocument::setPosition(const QString &schema, const QString &table, double x, double y)
{
    for (DiagramPosition &p : positions) {
        if (p.schema == schema && p.table == table) {
            p.x = x;
            p.y = y;
            return;
        }
    }
    positions.push_back({schema, table, x, y});
}

void ModelDocument::removePosition(const QString &schema, const QString &table)
{
    std::erase_if(positions,
                  [&](const DiagramPosition &p) { return p.schema == schema && p.table == table; });
}

QByteArray ModelFile::serialize(const ModelDocument &document)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String("stratum-model"));
    root.insert(QLatin1String("version"), kFormatVersion);
    root.insert(QLatin1String("metadata"),
                QJsonDocument::fromJson(MetaDataJson::serialize(document.metadata)).object());
    std::vector<DiagramPosition> positions = document.positions;
    std::sort(positions.begin(), positions.end(),
              [](const DiagramPosition &a, const DiagramPosition &b) {
                  return std::tie(a.schema, a.table) < std::tie(b.schema, b.table);
              });
    QJsonArray diagram;
    for (const DiagramPosition &p : positions) {
        QJsonObject o;
        if (!p.schema.isEmpty())
            o.insert(QLatin1String("schema"), p.schema);
        o.insert(QLatin1String("table"), p.table);
        // JSON has no NaN or infinity; such a position would not read back.
        o.insert(QLatin1String("x"), std::isfinite(p.x) ? p.x : 0.0);
        o.insert(QLatin1String("y"), std::isfinite(p.y) ? p.y : 0.0);
        diagram.append(o);
    }
    root.insert(QLatin1String("diagram"), diagram);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ModelDocument> ModelFile::parse(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (doc.isNull())
        return formatError({}, parseError.errorString(), parseError.offset + 1);
    if (!doc.isObject())
        return formatError({}, QStringLiteral("expected a JSON object at the top level"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("stratum-model"))
        return formatError(QStringLiteral("format"), QStringLiteral("not a Stratum model file"));
    const QJsonValue version = root.value(QLatin1String("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v != std::floor(v) || v < 1 || v > kFormatVersion)
        return formatError(QStringLiteral("version"),
                           QStringLiteral("unsupported format version (this build reads 1 to %1)")
                               .arg(kFormatVersion));
    ModelDocument out;
    out.formatVersion = int(v);
    if (!root.value(QLatin1String("metadata")).isObject())
        return formatError(QStringLiteral("metadata"), QStringLiteral("expected an object"));
    Result<MetaData> metadata = MetaDataJson::parse(
        QJsonDocument(root.value(QLatin1String("metadata")).toObject()).toJson());
    if (!metadata) {
        Error e = metadata.error();
        e.message = QStringLiteral("metadata.") + e.message;
        e.source = QStringLiteral("model file");
        e.position = 0;  // an offset into the re-serialised part would mislead
        return e;
    }
    out.metadata = metadata.value();
    const QJsonValue diagram = root.value(QLatin1String("diagram"));
    if (!diagram.isUndefined() && !diagram.isArray())
        return formatError(QStringLiteral("diagram"), QStringLiteral("expected an array"));
    const QJsonArray entries = diagram.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("diagram[%1]").arg(i);
        if (!entries.at(i).isObject())
            return formatError(path, QStringLiteral("expected an object"));
        const QJsonObject o = entries.at(i).toObject();
        DiagramPosition p;
        const QJsonValue schema = o.value(QLatin1String("schema"));
        if (!schema.isUndefined() && !schema.isString())
            return formatError(path + QLatin1String(".schema"),
                               QStringLiteral("expected a string"));
        p.schema = schema.toString();
        if (!o.value(QLatin1String("table")).isString() ||
            o.value(QLatin1String("table")).toString().isEmpty())
            return formatError(path + QLatin1String(".table"),
                               QStringLiteral("expected a table name"));
        p.table = o.value(QLatin1String("table")).toString();
        for (const auto &[key, target] : {std::pair{"x", &p.x}, std::pair{"y", &p.y}}) {
            const QJsonValue value = o.value(QLatin1String(key));
            if (!value.isDouble())
                return formatError(path + u'.' + QLatin1String(key),
                                   QStringLiteral("expected a number"));
            *target = value.toDouble();
        }
        if (out.position(p.schema, p.table))
            return formatError(path,
                               QStringLiteral("a second position for table %1")
                                   .arg(p.schema.isEmpty() ? p.table : p.schema + u'.' + p.table));
        out.positions.push_back(p);
    }
    return out;
}

Result<ModelDocument> readModelFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.message = QStringLiteral("cannot read the model file: %1").arg(file.errorString());
        e.source = path;
        return e;
    }
    Result<ModelDocument> doc = ModelFile::parse(file.readAll());
    if (!doc) {
        Error e = doc.error();
        e.source = path;
        return e;
    }
    return doc;
}

Status writeModelFile(const QString &path, const ModelDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e;
        e.message = QStringLiteral("cannot write the model file: %1").arg(file.errorString());
        e.source = path;
        return e;
    }
    file.write(ModelFile::serialize(document));
    if (!file.commit()) {
        Error e;
        e.message = QStringLiteral("cannot write the model file: %1").arg(file.errorString());
        e.source = path;
        return e;
    }
    return Ok{};
}

}  // namespace stratum::schema
