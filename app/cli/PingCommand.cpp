// stratum-cli ping URL: connects, prints the server version and the round trip.
#include "app/cli/CommandRegistry.h"
#include "core/config/Url.h"
#include "core/engine/Driver.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace stratum::cli {
namespace {

void printError(CliIo &io, const Error &e)
{
    io.err << "stratum-cli ping: " << e.toString() << '\n';
    if (!e.detail.isEmpty())
        io.err << "DETAIL: " << e.detail << '\n';
    if (!e.hint.isEmpty())
        io.err << "HINT: " << e.hint << '\n';
}

int runPing(QStringList args, CliIo &io)
{
    bool ok = false;
    const int count = takeOption(args, QStringLiteral("--count"), QStringLiteral("3")).toInt(&ok);
    if (!ok || count < 1 || count > 1000) {
        io.err << "stratum-cli ping: --count takes a number from 1 to 1000\n";
        return ExitUsage;
    }
    QString text = args.value(0);
    if (text.isEmpty())
        text = qEnvironmentVariable("DATABASE_URL");
    if (args.size() > 1 || text.isEmpty()) {
        io.err << "Usage: stratum-cli ping URL [--count N]   (or set DATABASE_URL)\n";
        return ExitUsage;
    }
    const auto url = config::Url::parse(text);
    if (!url) {
        io.err << "stratum-cli ping: " << url.error().toString() << '\n';
        return ExitUsage;
    }
    auto driver = engine::Driver::create(*url);
    if (!driver) {
        printError(io, driver.error());
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    auto connection = driver.value()->connect();
    const double connectMs = timer.nsecsElapsed() / 1e6;
    if (!connection) {
        printError(io, connection.error());
        return ExitFailure;
    }
    engine::DriverConnection &c = *connection.value();
    std::vector<double> trips;
    for (int i = 0; i < count; ++i) {
        timer.restart();
        if (!c.ping()) {
            io.err << "stratum-cli ping: the connection failed its liveness check\n";
            return ExitFailure;
        }
        trips.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(trips.begin(), trips.end());
    const QString product = driver.value()->name() == QLatin1String("postgresql")
                                ? QStringLiteral("PostgreSQL")
                                : QStringLiteral("SQLite");
    io.out << "Connected to " << url->toString(true) << '\n';
    io.out << "Server: " << product << ' ' << c.serverVersion();
    if (c.backendPid() > 0)
        io.out << " (backend PID " << c.backendPid() << (c.sslInUse() ? ", TLS" : ", no TLS")
               << ')';
    io.out << '\n';
    io.out << "Connect time: " << QString::number(connectMs, 'f', 2) << " ms\n";
    io.out << "Round trip: " << QString::number(trips[trips.size() / 2], 'f', 3)
           << " ms (median of " << count << ", min " << QString::number(trips.front(), 'f', 3)
           << " ms)\n";
    c.close();
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("ping"), QStringLiteral("ping URL [--count N]"),
     QStringLiteral("connect and print the server version and round-trip time"), runPing});

}  // namespace
}  // namespace stratum::cli
