#include "core/engine/sqlite/SqliteDriver.h"

#include "core/engine/sqlite/SqliteConnection.h"
#include "core/engine/sqlite/SqliteError.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

#include <sqlite3.h>

namespace stratum::engine::sqlite {

SqliteDriver::SqliteDriver(config::Url url)
    : m_url(std::move(url))
{}

QString SqliteDriver::quoteIdentifier(const QString &identifier) const
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    const QByteArray utf8 = identifier.toUtf8();
    if (plain.match(identifier).hasMatch() &&
        !sqlite3_keyword_check(utf8.constData(), int(utf8.size())))
        return identifier;
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

Result<std::unique_ptr<DriverConnection>> SqliteDriver::connect()
{
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("stratum-sqlite-%1").arg(++counter);
    const bool memory = m_url.isSqliteMemory();
    const QString path =
        memory ? QStringLiteral(":memory:") : m_url.sqliteFilePath(QDir::currentPath());

    int busyMs = kDefaultBusyTimeoutMs;
    if (const auto t = m_url.queryValue(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = t->toDouble(&ok);
        if (!ok || seconds < 0) {
            Error e;
            e.source = QStringLiteral("URL");
            e.code = QStringLiteral("url");
            e.message = QStringLiteral("timeout must be a number of seconds, not '%1'.").arg(*t);
            return e;
        }
        busyMs = int(seconds * 1000);
    }
    QStringList options;
    if (m_url.queryValue(QStringLiteral("mode")) == QStringLiteral("ro"))
        options << QStringLiteral("QSQLITE_OPEN_READONLY");

    auto fail = [&](Error e) -> Error {
        QSqlDatabase::removeDatabase(name);
        return e;
    };

    sqlite3 *handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            Error e;
            e.code = QStringLiteral("driver");
            e.message = QStringLiteral(
                "Qt's SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite.");
            db = QSqlDatabase();
            return fail(e);
        }
        db.setDatabaseName(path);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QSqlError qe = db.lastError();
            Error e;
            e.source = QStringLiteral("SQLite");
            bool ok = false;
            const int rc = qe.nativeErrorCode().toInt(&ok);
            e.code = ok ? sqliteCodeName(rc) : QStringLiteral("SQLITE_CANTOPEN");
            e.message = QStringLiteral("Could not open the SQLite database %1: %2")
                            .arg(QDir::toNativeSeparators(path),
                                 qe.databaseText().isEmpty() ? qe.text() : qe.databaseText());
            db = QSqlDatabase();
            return fail(e);
        }
        const QVariant v = db.driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(v.constData());
        if (!handle) {
            db.close();
            db = QSqlDatabase();
            Error e;
            e.code = QStringLiteral("driver");
            e.message = QStringLiteral("Qt's SQLite driver did not expose its sqlite3 handle.");
            return fail(e);
        }
        // From here on only SQLite's C API touches the database, from whichever
        // thread holds the connection; the QObject must not stay bound to this one.
        db.driver()->moveToThread(nullptr);
        sqlite3_extended_result_codes(handle, 1);
        sqlite3_busy_timeout(handle, busyMs);
        auto connection = std::make_unique<SqliteConnection>(db, name, handle);
        db = QSqlDatabase();
        const Result<ExecResult> fk = connection->execute(QStringLiteral("PRAGMA foreign_keys=ON"));
        if (!fk)
            return fk.error();
        return std::unique_ptr<DriverConnection>(std::move(connection));
    }
}

}  // namespace stratum::engine::sqlite
