#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

// Live pool settings: size, overflow, timeout, recycle, pre-ping and LIFO,
// applied with Pool::setOptions() to new checkouts. GUI thread only.
class PoolSettingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PoolSettingsEditor(QWidget *parent = nullptr);
    void setEngine(std::shared_ptr<engine::Engine> engine);
    // Re-reads the pool's current options into the fields.
    void reload();
    // Applies the fields; returns false (and shows why) on invalid values.
    bool apply();

signals:
    void settingsChanged(const QString &what);

private:
    std::shared_ptr<engine::Engine> m_engine;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_overflow = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QDoubleSpinBox *m_recycle = nullptr;
    QCheckBox *m_prePing = nullptr;
    QCheckBox *m_lifo = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace stratum::ui
