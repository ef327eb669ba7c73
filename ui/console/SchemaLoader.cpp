#include "ui/console/SchemaLoader.h"

#include "core/engine/Engine.h"
#include "core/schema/Inspector.h"

#include <QThreadPool>

namespace stratum::ui {

// Carries results from the pool thread. It has no thread affinity, so the
// task may emit through it and be the last owner; the queued connection to a
// destroyed SchemaLoader is gone with it.
class LoaderNotifier : public QObject
{
    Q_OBJECT

signals:
    void done(std::shared_ptr<const stratum::ui::CompletionCatalog> catalog, const QString &error);
};

SchemaLoader::SchemaLoader(std::shared_ptr<engine::Engine> engine, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_notifier(std::make_shared<LoaderNotifier>())
{
    qRegisterMetaType<std::shared_ptr<const CompletionCatalog>>();
    m_notifier->moveToThread(nullptr);
    connect(
        m_notifier.get(), &LoaderNotifier::done, this,
        [this](std::shared_ptr<const CompletionCatalog> catalog, const QString &error) {
            m_loading = false;
            if (catalog)
                emit loaded(std::move(catalog));
            else
                emit failed(error);
            if (m_again) {
                m_again = false;
                load();
            }
        },
        Qt::QueuedConnection);
}

SchemaLoader::~SchemaLoader() = default;

void SchemaLoader::load()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    std::shared_ptr<engine::Engine> engine = m_engine;
    std::shared_ptr<LoaderNotifier> notifier = m_notifier;
    QThreadPool::globalInstance()->start([engine, notifier] {
        const auto fail = [&](const Error &e) { emit notifier->done(nullptr, e.message); };
        Result<schema::Dialect> dialect =
            schema::Inspector::dialectForDriver(engine->dialectName());
        if (!dialect)
            return fail(dialect.error());
        Result<engine::ConnectionHandle> handle = engine->connect(QStringLiteral("completion"));
        if (!handle)
            return fail(handle.error());
        schema::Inspector inspector(handle.value().driver(), dialect.value());
        Result<schema::Reflection> r = inspector.reflect();
        handle.value().release();
        if (!r)
            return fail(r.error());
        emit notifier->done(CompletionCatalog::build(r.value().metadata, dialect.value()), {});
    });
}

}  // namespace stratum::ui

#include "SchemaLoader.moc"
