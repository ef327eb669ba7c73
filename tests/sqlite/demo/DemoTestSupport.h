#pragma once

// Helpers shared by the demo workspace tests: hashing the workspace's files
// and a text dump of the database, and small queries.
#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"
#include "core/migrate/demo/DemoBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTest>

namespace demotest {

using namespace stratum;

// The error text of a failed result, or nothing: QVERIFY2 evaluates its
// message even when the check passes.
template <typename T> QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

struct Db
{
    std::unique_ptr<engine::Engine> engine;
    engine::ConnectionHandle handle;
};

inline Db open(const QString &databaseFile, bool readOnly = true)
{
    config::Url url = migrate::DemoBuilder::sqliteUrl(databaseFile);
    if (readOnly)
        url.setQueryValue(QStringLiteral("mode"), QStringLiteral("ro"));
    engine::PoolOptions options;
    options.kind = engine::PoolKind::Null;
    Result<std::unique_ptr<engine::Engine>> e = engine::Engine::create(url, options);
    if (!e)
        qFatal("engine: %s", qPrintable(e.error().toString()));
    Result<engine::ConnectionHandle> h = e.value()->connect(QStringLiteral("test"));
    if (!h)
        qFatal("connect: %s", qPrintable(h.error().toString()));
    return {std::move(e.value()), std::move(h.value())};
}

// Every row as text ("\N" for NULL), tab-separated, in rowid order.
inline QList<QStringList> rows(engine::DriverConnection &c, const QString &sql)
{
    Result<std::unique_ptr<engine::ResultStream>> s = c.stream(sql);
    if (!s)
        qFatal("%s: %s", qPrintable(sql), qPrintable(s.error().toString()));
    QList<QStringList> out;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = s.value()->next(batch, 1024);
        if (!more)
            qFatal("%s: %s", qPrintable(sql), qPrintable(more.error().toString()));
        if (!more.value())
            return out;
        for (int r = 0; r < batch.rowCount(); ++r) {
            QStringList row;
            for (int col = 0; col < batch.columnCount(); ++col)
                row << (batch.isNull(r, col) ? QStringLiteral("\\N") : batch.text(r, col));
            out << row;
        }
    }
}

inline qint64 count(engine::DriverConnection &c, const QString &table)
{
    return rows(c, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table))
        .value(0)
        .value(0)
        .toLongLong();
}

// A SHA-256 of the schema text and every table's rows.
inline QByteArray dataHash(const QString &databaseFile)
{
    Db db = open(databaseFile);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QList<QStringList> objects =
        rows(db.handle.driver(),
             QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"));
    for (const QStringList &o : objects) {
        hash.addData(o.join(u'\t').toUtf8() + '\n');
        if (o[0] != QLatin1String("table"))
            continue;
        for (const QStringList &r :
             rows(db.handle.driver(),
                  QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(o[1])))
            hash.addData(r.join(u'\t').toUtf8() + '\n');
    }
    return hash.result().toHex();
}

// Relative path -> SHA-256 of every file under folder, except those given.
inline QMap<QString, QByteArray> fileHashes(const QString &folder, const QStringList &except = {})
{
    QMap<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(folder).relativeFilePath(path);
        if (except.contains(rel) || rel.contains(QLatin1String("__pycache__")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        out.insert(rel, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return out;
}

}  // namespace demotest
