#pragma once

#include "core/engine/LoadGenerator.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

// The monitor's load generator: the engine's pool-bench workload in-process
// (workers, query, duration, think time), two presets that teach the pool's
// limits, a fault button that terminates a random pooled backend
// (pg_terminate_backend, on a separate connection) and the results as
// copyable text. The workers are the LoadGenerator's own threads; the panel
// only polls their counters. GUI thread only.
class LoadGeneratorPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { TenConnectionsElevenRequests, ShortTimeout };

    explicit LoadGeneratorPanel(QWidget *parent = nullptr);
    ~LoadGeneratorPanel() override;

    void setEngine(std::shared_ptr<engine::Engine> engine);
    // Fills in the workload and applies the preset's pool settings live.
    void applyPreset(Preset preset);
    void setWorkload(int workers, const QString &query, double seconds, int thinkMs);
    void start();
    void stop();
    bool isRunning() const;
    // Terminates a random pooled backend (in use first). Returns at once; the
    // outcome arrives as faultDone().
    void injectFault();

    engine::LoadReport report() const;
    QString resultText() const;

signals:
    void started();
    void finished(const QString &report);
    void faultDone(int pid, const QString &error);
    // A preset changed the pool's settings (for the monitor's markers).
    void settingsChanged(const QString &what);

private:
    void updateProgress();
    QString defaultQuery() const;

    std::shared_ptr<engine::Engine> m_engine;
    std::unique_ptr<engine::LoadGenerator> m_generator;
    QSpinBox *m_workers = nullptr;
    QLineEdit *m_query = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QSpinBox *m_think = nullptr;
    QComboBox *m_presets = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_fault = nullptr;
    QPlainTextEdit *m_results = nullptr;
    QTimer *m_timer = nullptr;
    engine::LoadReport m_last;
};

}  // namespace stratum::ui
