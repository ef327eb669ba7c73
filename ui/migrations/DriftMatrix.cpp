#include "ui/migrations/DriftMatrix.h"

#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/run/VersionTable.h"
#include "ui/common/WorkerTask.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/migrations/RevisionGraphDelegate.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

struct Position
{
    QString id;
    QStringList heads;
    QString error;
};

}  // namespace

DriftMatrix::DriftMatrix(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_note = new QLabel(this);
    m_note->setContentsMargins(10, 6, 10, 6);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Environment drift"));
    layout->addWidget(m_table, 1);
}

QList<ConnectionProfile> DriftMatrix::connectionsFor(const ConnectionStore &store,
                                                     const QString &iniPath)
{
    const QString folder = QFileInfo(iniPath).canonicalPath();
    QList<ConnectionProfile> out;
    for (const ConnectionProfile &p : store.connections()) {
        if (!p.projectFolder.isEmpty() && QFileInfo(p.projectFolder).canonicalFilePath() == folder)
            out << p;
    }
    return out;
}

void DriftMatrix::setHistory(HistoryPtr history)
{
    m_history = std::move(history);
    fill();
}

void DriftMatrix::load(const QList<ConnectionProfile> &connections, ConnectionStore *store)
{
    ++m_generation;
    m_columns.clear();
    m_positions.clear();
    m_errors.clear();
    for (const ConnectionProfile &p : connections)
        m_columns.push_back({p, std::nullopt});
    fill();
    fetchPasswords(0, store);
}

void DriftMatrix::fetchPasswords(int next, ConnectionStore *store)
{
    // Passwords come from the keychain one at a time; SQLite needs none.
    while (next < m_columns.size() &&
           (!store || m_columns[next].profile.backend != config::Backend::PostgreSQL))
        ++next;
    if (next >= m_columns.size()) {
        readPositions();
        return;
    }
    const quint64 generation = m_generation;
    store->fetchPassword(m_columns[next].profile.id, this,
                         [this, next, store, generation](const std::optional<QString> &pw) {
                             if (generation != m_generation)
                                 return;
                             m_columns[next].password = pw;
                             fetchPasswords(next + 1, store);
                         });
}

void DriftMatrix::readPositions()
{
    if (!m_history)
        return;
    const quint64 generation = m_generation;
    const QList<Column> columns = m_columns;
    const migrate::MigratorOptions options = m_history->migratorOptions();
    runOnWorker(
        this,
        [columns, options] {
            QList<Position> out;
            for (const Column &c : columns) {
                Position pos;
                pos.id = c.profile.id;
                const config::Url url = c.profile.toUrl(c.password);
                Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(url);
                Result<std::unique_ptr<engine::DriverConnection>> conn =
                    driver ? driver.value()->connect()
                           : Result<std::unique_ptr<engine::DriverConnection>>(driver.error());
                if (!conn) {
                    pos.error = conn.error().message;
                    out << pos;
                    continue;
                }
                const schema::Dialect dialect = c.profile.backend == config::Backend::SQLite
                                                    ? schema::Dialect::SQLite
                                                    : schema::Dialect::PostgreSQL;
                const migrate::VersionTable table(dialect, options.versionTable,
                                                  options.versionTableSchema);
                Result<QStringList> heads = table.heads(*conn.value());
                if (heads)
                    pos.heads = heads.value();
                else
                    pos.error = heads.error().message;
                out << pos;
            }
            return out;
        },
        [this, generation](const QList<Position> &positions) {
            if (generation != m_generation)
                return;
            for (const Position &p : positions) {
                if (p.error.isEmpty())
                    m_positions.insert(p.id, p.heads);
                else
                    m_errors.insert(p.id, p.error);
            }
            fill();
            emit loaded();
        });
}

void DriftMatrix::fill()
{
    m_table->clear();
    if (!m_history) {
        m_table->setRowCount(0);
        return;
    }
    m_note->setText(
        m_columns.isEmpty()
            ? tr("No saved connection uses this project. Save connections with this project "
                 "folder to compare dev, staging and prod here.")
            : tr("Where each saved connection of this project stands. ● marks the database's "
                 "current revision; tinted cells are applied."));
    const GraphLayout &layout = m_history->layout();
    m_table->setColumnCount(1 + int(m_columns.size()));
    m_table->setRowCount(layout.rowCount());
    QStringList headers{tr("Revision")};
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    QList<QSet<int>> applied;
    QList<QSet<int>> current;
    for (int c = 0; c < m_columns.size(); ++c) {
        const ConnectionProfile &p = m_columns[c].profile;
        const QString env = ConnectionProfile::environmentName(p.environment);
        headers << (env.isEmpty() ? p.displayName() : p.displayName() + QLatin1Char('\n') + env);
        const QStringList heads = m_positions.value(p.id);
        applied << m_history->appliedFor(heads);
        QSet<int> here;
        for (const QString &id : heads)
            here.insert(m_history->graph().indexOf(id));
        current << here;
    }
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < m_columns.size(); ++c) {
        const ConnectionProfile &p = m_columns[c].profile;
        QTableWidgetItem *h = m_table->horizontalHeaderItem(c + 1);
        QColor colour = p.effectiveColor();
        if (colour.isValid())
            h->setForeground(colour);
        if (m_errors.contains(p.id)) {
            h->setText(h->text() + QStringLiteral(" ⚠"));
            h->setToolTip(m_errors.value(p.id));
        } else if (!m_positions.contains(p.id)) {
            h->setToolTip(tr("Reading…"));
        }
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int r = 0; r < layout.rowCount(); ++r) {
        const int rev = layout.row(r).revision;
        const RevisionSummary &s = m_history->summary(rev);
        auto *item = new QTableWidgetItem(s.shortId + QStringLiteral("  ") + s.message);
        item->setData(Qt::UserRole, m_history->graph().id(rev));
        item->setFont(mono);
        m_table->setItem(r, 0, item);
        for (int c = 0; c < m_columns.size(); ++c) {
            QColor colour = m_columns[c].profile.effectiveColor();
            if (!colour.isValid())
                colour = RevisionGraphDelegate::laneColour(c, base);
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignCenter);
            if (current[c].contains(rev)) {
                cell->setText(tr("● here"));
                cell->setBackground(blend(base, colour, 0.45));
                QFont bold = cell->font();
                bold.setWeight(QFont::Bold);
                cell->setFont(bold);
                cell->setData(Qt::UserRole, QStringLiteral("current"));
            } else if (applied[c].contains(rev)) {
                cell->setBackground(blend(base, colour, 0.16));
                cell->setForeground(blend(base, text, 0.5));
                cell->setText(QStringLiteral("✓"));
                cell->setData(Qt::UserRole, QStringLiteral("applied"));
            } else {
                cell->setData(Qt::UserRole, QStringLiteral("pending"));
            }
            m_table->setItem(r, c + 1, cell);
        }
    }
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 300);
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, 130);
}

}  // namespace stratum::ui
