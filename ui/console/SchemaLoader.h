#pragma once

#include "ui/console/CompletionCatalog.h"

#include <QObject>

#include <memory>

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

class LoaderNotifier;

// Reflects the connection's default schema for completion on a pool thread,
// through a connection of its own (the console's connection stays free for
// the user's statements), and builds the CompletionCatalog there too.
// loaded() arrives on the UI thread, and never after the loader is gone.
// Lives on the UI thread.
class SchemaLoader : public QObject
{
    Q_OBJECT

public:
    explicit SchemaLoader(std::shared_ptr<engine::Engine> engine, QObject *parent = nullptr);
    ~SchemaLoader() override;

    // Starts a reflection unless one is running (then it reruns once after).
    void load();
    bool isLoading() const { return m_loading; }

signals:
    void loaded(std::shared_ptr<const stratum::ui::CompletionCatalog> catalog);
    void failed(const QString &message);

private:
    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<LoaderNotifier> m_notifier;
    bool m_loading = false;
    bool m_again = false;
};

}  // namespace stratum::ui
