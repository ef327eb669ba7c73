#include "ui/pool/PoolSettingsEditor.h"

#include "core/engine/Engine.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace stratum::ui {

PoolSettingsEditor::PoolSettingsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("settingsPoolSize"));
    m_size->setRange(0, 10000);
    m_overflow = new QSpinBox(this);
    m_overflow->setObjectName(QStringLiteral("settingsMaxOverflow"));
    m_overflow->setRange(-1, 10000);
    m_overflow->setSpecialValueText(tr("no limit"));
    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("settingsTimeout"));
    m_timeout->setRange(0, 86400);
    m_timeout->setDecimals(2);
    m_timeout->setSuffix(tr(" s"));
    m_recycle = new QDoubleSpinBox(this);
    m_recycle->setObjectName(QStringLiteral("settingsRecycle"));
    m_recycle->setRange(-1, 86400);
    m_recycle->setDecimals(1);
    m_recycle->setSuffix(tr(" s"));
    m_recycle->setSpecialValueText(tr("never"));
    m_prePing = new QCheckBox(tr("Test connections at checkout (pre-ping)"), this);
    m_lifo = new QCheckBox(tr("Reuse the most recent idle connection first (LIFO)"), this);
    auto *apply = new QPushButton(tr("Apply to new checkouts"), this);
    apply->setObjectName(QStringLiteral("settingsApply"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    form->addRow(tr("pool_size"), m_size);
    form->addRow(tr("max_overflow"), m_overflow);
    form->addRow(tr("timeout"), m_timeout);
    form->addRow(tr("recycle"), m_recycle);
    form->addRow(m_prePing);
    form->addRow(m_lifo);
    form->addRow(apply, m_status);
    connect(apply, &QPushButton::clicked, this, &PoolSettingsEditor::apply);
    setEnabled(false);
}

void PoolSettingsEditor::setEngine(std::shared_ptr<engine::Engine> engine)
{
    m_engine = std::move(engine);
    setEnabled(m_engine && m_engine->pool().options().kind == engine::PoolKind::Queue);
    reload();
}

void PoolSettingsEditor::reload()
{
    if (!m_engine)
        return;
    const engine::PoolOptions o = m_engine->pool().options();
    m_size->setValue(o.poolSize);
    m_overflow->setValue(o.maxOverflow);
    m_timeout->setValue(double(o.timeout.count()) / 1000.0);
    m_recycle->setValue(o.recycle.count() < 0 ? -1 : double(o.recycle.count()) / 1000.0);
    m_prePing->setChecked(o.prePing);
    m_lifo->setChecked(o.useLifo);
    m_status->clear();
}

bool PoolSettingsEditor::apply()
{
    if (!m_engine)
        return false;
    engine::PoolOptions o = m_engine->pool().options();
    o.poolSize = m_size->value();
    o.maxOverflow = m_overflow->value();
    o.timeout = std::chrono::milliseconds(qint64(m_timeout->value() * 1000));
    o.recycle = m_recycle->value() < 0
                    ? std::chrono::milliseconds(-1)
                    : std::chrono::milliseconds(qint64(m_recycle->value() * 1000));
    o.prePing = m_prePing->isChecked();
    o.useLifo = m_lifo->isChecked();
    const Status done = m_engine->pool().setOptions(o);
    if (!done) {
        m_status->setText(done.error().message);
        return false;
    }
    const QString what = tr("settings: size %1, overflow %2, timeout %3 s%4%5")
                             .arg(o.poolSize)
                             .arg(o.maxOverflow)
                             .arg(m_timeout->value())
                             .arg(o.prePing ? tr(", pre-ping") : QString())
                             .arg(o.useLifo ? tr(", LIFO") : QString());
    m_status->setText(tr("Applied; new checkouts follow it."));
    emit settingsChanged(what);
    return true;
}

}  // namespace stratum::ui
