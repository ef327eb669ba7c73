#include "core/engine/PoolOptions.h"

namespace stratum::engine {

namespace {

Error optionError(const QString &message)
{
    Error e;
    e.message = message;
    e.source = QStringLiteral("pool");
    e.code = QStringLiteral("pool_option");
    return e;
}

}  // namespace

QString PoolOptions::kindName(PoolKind kind)
{
    switch (kind) {
    case PoolKind::Queue:
        return QStringLiteral("QueuePool");
    case PoolKind::Null:
        return QStringLiteral("NullPool");
    case PoolKind::Static:
        return QStringLiteral("StaticPool");
    }
    return QStringLiteral("QueuePool");
}

Result<PoolKind> PoolOptions::parseKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("queue") || t == QLatin1String("queuepool"))
        return PoolKind::Queue;
    if (t == QLatin1String("null") || t == QLatin1String("nullpool"))
        return PoolKind::Null;
    if (t == QLatin1String("static") || t == QLatin1String("staticpool"))
        return PoolKind::Static;
    return optionError(
        QStringLiteral("unknown pool kind '%1' (expected queue, null or static)").arg(text));
}

QString PoolOptions::resetName(ResetOnReturn reset)
{
    switch (reset) {
    case ResetOnReturn::Rollback:
        return QStringLiteral("rollback");
    case ResetOnReturn::Commit:
        return QStringLiteral("commit");
    case ResetOnReturn::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("rollback");
}

Result<ResetOnReturn> PoolOptions::parseReset(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("rollback") || t == QLatin1String("true"))
        return ResetOnReturn::Rollback;
    if (t == QLatin1String("commit"))
        return ResetOnReturn::Commit;
    if (t == QLatin1String("none") || t == QLatin1String("false"))
        return ResetOnReturn::None;
    return optionError(
        QStringLiteral("unknown reset_on_return '%1' (expected rollback, commit or none)")
            .arg(text));
}

Status PoolOptions::validate() const
{
    if (poolSize < 0)
        return optionError(QStringLiteral("pool_size must be 0 or more, not %1").arg(poolSize));
    if (maxOverflow < -1)
        return optionError(
            QStringLiteral("max_overflow must be -1 (no limit) or more, not %1").arg(maxOverflow));
    if (kind == PoolKind::Queue && poolSize == 0 && maxOverflow == 0)
        return optionError(QStringLiteral("pool_size 0 with max_overflow 0 allows no connection"));
    if (leakThreshold.count() < 0)
        return optionError(QStringLiteral("the leak threshold must not be negative"));
    return Ok{};
}

void PoolOptions::copyLiveFrom(const PoolOptions &other)
{
    poolSize = other.poolSize;
    maxOverflow = other.maxOverflow;
    timeout = other.timeout;
    recycle = other.recycle;
    prePing = other.prePing;
    useLifo = other.useLifo;
}

}  // namespace stratum::engine
