// libFuzzer target for the .env parser: any input must parse without crashing
// or hanging, every binding and error must carry a position inside the text,
// and interpolation must terminate in both override modes.
#include "core/config/DotEnv.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

#include <cstdint>
#include <cstdlib>

using stratum::config::DotEnv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DotEnv env = DotEnv::parse(text, QStringLiteral("fuzz.env"));

    const qsizetype lines = text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r')) + 1;
    for (const auto &b : env.bindings()) {
        if (b.key.isEmpty() || b.line < 1 || b.line > lines || b.column < 1)
            std::abort();
    }
    for (const auto &e : env.errors()) {
        if (e.line < 1 || e.line > lines || e.column < 1 || e.message.isEmpty())
            std::abort();
    }

    QProcessEnvironment penv;
    penv.insert(QStringLiteral("A"), QStringLiteral("${A}"));
    penv.insert(QStringLiteral("HOST"), QStringLiteral("db"));
    const auto fileWins = env.values(penv, true, true);
    const auto envWins = env.values(penv, true, false);
    const auto raw = env.values(penv, false);
    // Interpolation never adds or drops keys.
    if (fileWins.keys() != raw.keys() || envWins.keys() != raw.keys())
        std::abort();
    for (const auto &e : raw.entries()) {
        if (!env.bindings().isEmpty() && e.line < 1)
            std::abort();
    }
    QProcessEnvironment applied = penv;
    env.applyTo(applied);
    if (applied.value(QStringLiteral("HOST")) != QStringLiteral("db"))
        std::abort();  // load_dotenv() never overrides without being asked
    return 0;
}
