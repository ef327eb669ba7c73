// stratum-cli diff: compares the schemas of two live databases (DB-to-DB). The
// second database is reflected and used as the target, so the differences
// printed are what autogenerate would do to make the first one match it.
#include "app/cli/CommandRegistry.h"
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/migrate/autogen/Autogenerate.h"
#include "core/migrate/ops/OperationSql.h"
#include "core/schema/Inspector.h"

namespace stratum::cli {
namespace {

struct Side
{
    std::unique_ptr<engine::Driver> driver;
    std::unique_ptr<engine::DriverConnection> connection;
    schema::Dialect dialect = schema::Dialect::PostgreSQL;
    QString shown;  // the URL without its password
};

std::optional<Side> open(const QString &text, CliIo &io)
{
    const Result<config::Url> url = config::Url::parse(text);
    if (!url) {
        io.err << "stratum-cli diff: " << url.error().toString() << '\n';
        return std::nullopt;
    }
    Side side;
    side.shown = url->toString(true);
    auto driver = engine::Driver::create(*url);
    if (!driver) {
        io.err << "stratum-cli diff: " << side.shown << ": " << driver.error().toString() << '\n';
        return std::nullopt;
    }
    side.driver = std::move(driver.value());
    const Result<schema::Dialect> dialect =
        schema::Inspector::dialectForDriver(side.driver->name());
    if (!dialect) {
        io.err << "stratum-cli diff: " << side.shown << ": " << dialect.error().toString() << '\n';
        return std::nullopt;
    }
    side.dialect = dialect.value();
    auto connection = side.driver->connect();
    if (!connection) {
        io.err << "stratum-cli diff: " << side.shown << ": " << connection.error().toString()
               << '\n';
        if (!connection.error().hint.isEmpty())
            io.err << "HINT:  " << connection.error().hint << '\n';
        return std::nullopt;
    }
    side.connection = std::move(connection.value());
    return side;
}

int runDiff(QStringList args, CliIo &io)
{
    const bool sql = args.removeAll(QStringLiteral("--sql")) > 0;
    if (args.size() != 2 || args.first().startsWith(u'-') || args.last().startsWith(u'-')) {
        io.err << "Usage: stratum-cli diff SOURCE_URL TARGET_URL [--sql]\n";
        return ExitUsage;
    }
    std::optional<Side> source = open(args.at(0), io);
    if (!source)
        return ExitFailure;
    std::optional<Side> target = open(args.at(1), io);
    if (!target)
        return ExitFailure;
    if (source->dialect != target->dialect) {
        io.err << "stratum-cli diff: " << source->shown << " and " << target->shown
               << " use different database systems; diff compares two databases of the same "
                  "kind\n";
        return ExitFailure;
    }
    schema::Inspector inspector(*target->connection, target->dialect);
    const Result<schema::Reflection> reflected = inspector.reflect();
    if (!reflected) {
        io.err << "stratum-cli diff: reflecting " << target->shown << ": "
               << reflected.error().toString() << '\n';
        return ExitFailure;
    }
    const Result<migrate::autogen::AutogenResult> result =
        migrate::autogen::autogenerate(*source->connection, source->dialect, reflected->metadata);
    if (!result) {
        io.err << "stratum-cli diff: " << result.error().toString() << '\n';
        return ExitFailure;
    }
    const QStringList differences = result->differences();
    if (differences.isEmpty()) {
        io.out << "The schemas are the same.\n";
        return ExitOk;
    }
    io.out << "To make " << source->shown << " match " << target->shown << ":\n";
    for (const QString &d : differences)
        io.out << "  " << d << '\n';
    if (sql) {
        migrate::RenderContext context;
        context.naming = reflected->metadata.naming;
        const Result<QStringList> statements =
            migrate::renderSql(result->upgrade, source->dialect, context);
        if (!statements) {
            io.err << "stratum-cli diff: " << statements.error().toString() << '\n';
            return ExitFailure;
        }
        io.out << '\n';
        for (const QString &s : statements.value())
            io.out << s << ";\n";
    }
    return ExitFailure;  // as `check`: 1 when the schemas differ
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("diff"), QStringLiteral("diff SOURCE_URL TARGET_URL [--sql]"),
     QStringLiteral("compare two live databases' schemas; exit 1 when they differ, with the "
                    "operations (or, with --sql, the SQL) that make SOURCE match TARGET"),
     runDiff});

}  // namespace
}  // namespace stratum::cli
