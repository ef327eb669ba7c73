#include "ui/connect/ConnectionTester.h"

#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"
#include "core/engine/RowBatch.h"
#include "ui/connect/BackgroundTask.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <limits>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class ConnectionTesterText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTesterText)
};

namespace stratum::ui {

namespace {

// The first value of a one-row query, or an empty string.
QString queryScalar(engine::DriverConnection &conn, const QString &sql)
{
    Result<std::unique_ptr<engine::ResultStream>> stream = conn.stream(sql);
    if (!stream)
        return {};
    engine::RowBatch batch;
    Result<bool> more = stream.value()->next(batch, 1);
    QString value;
    if (more && more.value() && batch.rowCount() > 0 && batch.columnCount() > 0)
        value = batch.text(0, 0);
    while (more && more.value())
        more = stream.value()->next(batch, 64);
    return value;
}

// libpq's wrapping, removed so that the server's own sentence stands out.
QString plainWords(QString text)
{
    static const QRegularExpression connectionTo(QStringLiteral("^Could not connect to \\S+: "));
    static const QRegularExpression serverAt(
        QStringLiteral("connection to server (at|on) .*? failed: "));
    static const QRegularExpression severity(QStringLiteral("\\b(FATAL|ERROR):\\s+"));
    text.remove(connectionTo);
    text.remove(serverAt);
    text.remove(severity);
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

}  // namespace

QString ConnectionTestResult::summary() const
{
    if (ok) {
        QString s = ConnectionTesterText::tr("Connected to %1 %2.").arg(backend, serverVersion);
        s += QLatin1Char(' ') +
             ConnectionTesterText::tr("Connect %1 ms, round trip %2 ms.")
                 .arg(QString::number(connectMs, 'f', 0),
                      QString::number(roundTripMs, 'f', roundTripMs < 10 ? 2 : 0));
        if (backend != QLatin1String("SQLite"))
            s += QLatin1Char(' ') + (tls ? ConnectionTesterText::tr("TLS in use.")
                                         : ConnectionTesterText::tr("Not encrypted (no TLS)."));
        if (readOnlyVerified)
            s += QLatin1Char(' ') + ConnectionTesterText::tr("Read-only is in effect.");
        return s;
    }
    QString s = title.isEmpty() ? message : title + QLatin1String(": ") + message;
    if (!hint.isEmpty())
        s += QLatin1Char('\n') + hint;
    return s;
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionTestResult>();
}

quint64 ConnectionTester::start(const ConnectionProfile &profile,
                                const std::optional<QString> &password)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    Q_EMIT started(generation);
    runInBackground(
        this,
        [profile, password, cancelled, generation]() {
            ConnectionTestResult r = test(profile, password, cancelled.get());
            r.generation = generation;
            return r;
        },
        [this](ConnectionTestResult r) {
            if (r.generation != m_generation)
                return;  // superseded by a later Test or cancelled
            m_running = false;
            Q_EMIT finished(r);
        });
    return generation;
}

void ConnectionTester::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    if (m_running) {
        ++m_generation;
        m_running = false;
    }
}

ConnectionTestResult ConnectionTester::test(const ConnectionProfile &profile,
                                            const std::optional<QString> &password,
                                            const std::atomic<bool> *cancelled)
{
    ConnectionTestResult r;
    r.backend = ConnectionProfile::backendLabel(profile.backend);
    auto isCancelled = [&] { return cancelled && cancelled->load(); };

    Result<std::unique_ptr<engine::Driver>> driver =
        engine::Driver::create(profile.toUrl(password));
    if (!driver) {
        explain(driver.error(), profile.backend, r, password);
        return r;
    }
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<engine::DriverConnection>> opened = driver.value()->connect();
    r.connectMs = double(timer.nsecsElapsed()) / 1e6;
    if (!opened) {
        explain(opened.error(), profile.backend, r, password);
        return r;
    }
    engine::DriverConnection &conn = *opened.value();
    auto fail = [&](const Error &e) {
        explain(e, profile.backend, r, password);
        conn.close();
        return r;
    };
    for (const QString &sql : profile.connectStatements()) {
        if (Result<engine::ExecResult> s = conn.execute(sql); !s)
            return fail(s.error());
    }
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < 3 && !isCancelled(); ++i) {
        timer.restart();
        if (Result<engine::ExecResult> s = conn.execute(QStringLiteral("SELECT 1")); !s)
            return fail(s.error());
        best = qMin(best, double(timer.nsecsElapsed()) / 1e6);
    }
    if (isCancelled()) {
        conn.close();
        r.title = ConnectionTesterText::tr("Cancelled");
        return r;
    }
    r.roundTripMs = best;
    r.serverVersion = conn.serverVersion();
    r.tls = conn.sslInUse();
    if (profile.readOnly) {
        const QString value =
            profile.backend == config::Backend::SQLite
                ? queryScalar(conn, QStringLiteral("PRAGMA query_only"))
                : queryScalar(conn, QStringLiteral("SHOW default_transaction_read_only"));
        r.readOnlyVerified = value == QLatin1String("1") || value == QLatin1String("on");
    }
    conn.close();
    r.ok = true;
    return r;
}

void ConnectionTester::explain(const Error &error, config::Backend backend,
                               ConnectionTestResult &out, const std::optional<QString> &password)
{
    out.ok = false;
    out.code = error.code;
    QString text = plainWords(error.message);
    // The drivers already hide passwords; this guards against one that forgot.
    if (password && password->size() >= 4)
        text.replace(*password, QStringLiteral("***"));
    out.message = text;
    out.hint = error.hint;

    const QString lower = error.message.toLower();
    auto has = [&](const char *s) { return lower.contains(QLatin1String(s)); };
    if (backend == config::Backend::SQLite) {
        out.title = ConnectionTesterText::tr("Could not open the database");
        if (has("unable to open") || has("cantopen"))
            out.hint = ConnectionTesterText::tr(
                "Check that the file exists (or that its folder is writable) and the "
                "path is spelled right.");
        return;
    }
    if (has("password authentication failed") || has("no password supplied") ||
        error.code == QLatin1String("28P01") || (has("role \"") && has("does not exist"))) {
        out.title = ConnectionTesterText::tr("Authentication failed");
        out.hint = ConnectionTesterText::tr(
            "Check the user name and the password. The server may also expect "
            "another authentication method for this host (pg_hba.conf).");
    } else if (has("ssl off") || has("no encryption") || has("ssl connection is required")) {
        out.title = ConnectionTesterText::tr("SSL required");
        out.hint = ConnectionTesterText::tr(
            "The server only accepts encrypted connections from here: set SSL mode "
            "to require (or verify-full with a root certificate).");
    } else if (has("server does not support ssl")) {
        out.title = ConnectionTesterText::tr("SSL not available");
        out.hint = ConnectionTesterText::tr(
            "The server does not offer TLS; use SSL mode prefer or disable, or "
            "enable ssl on the server.");
    } else if (has("certificate")) {
        out.title = ConnectionTesterText::tr("Certificate problem");
        out.hint = ConnectionTesterText::tr(
            "The server's certificate could not be verified: check the root "
            "certificate file and that the host name matches the certificate.");
    } else if (error.code == QLatin1String("3D000") ||
               (has("database \"") && has("does not exist"))) {
        out.title = ConnectionTesterText::tr("No such database");
        out.hint = ConnectionTesterText::tr(
            "Check the database name; the server has no database by that name.");
    } else if (has("connection refused")) {
        out.title = ConnectionTesterText::tr("Connection refused");
        out.hint = ConnectionTesterText::tr(
            "Nothing accepts connections at that host and port. Is the server "
            "running, and listening on this address (listen_addresses, port)?");
    } else if (has("timed out") || has("timeout expired")) {
        out.title = ConnectionTesterText::tr("Timed out");
        out.hint = ConnectionTesterText::tr(
            "The host did not answer in time. Check the host name, the port and any "
            "firewall or VPN in between, or raise the connect timeout.");
    } else if (has("could not translate host name") || has("name or service not known") ||
               has("temporary failure in name resolution")) {
        out.title = ConnectionTesterText::tr("Unknown host");
        out.hint = ConnectionTesterText::tr(
            "The host name could not be resolved; check its spelling and your DNS.");
    } else if (has("not yet available") || has("no driver")) {
        out.title = ConnectionTesterText::tr("Not available");
    } else {
        out.title = ConnectionTesterText::tr("Connection failed");
    }
}

}  // namespace stratum::ui
