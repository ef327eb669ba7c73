#include "ui/console/RowEditLayer.h"

#include "ui/console/ResultModel.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

class RowEditLayerText
{
    Q_DECLARE_TR_FUNCTIONS(RowEditLayerText)
};

namespace stratum::ui {

using session::SessionObject;

namespace {

Error editError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("invalid_value");
    return e;
}

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

// Tints that read on both palettes: soft in light mode, deep in dark mode.
QColor tint(RowEditLayer::RowState state, bool cellChanged)
{
    const bool dark = darkPalette();
    switch (state) {
    case RowEditLayer::RowState::Inserted:
        return dark ? QColor(32, 78, 46) : QColor(222, 244, 226);
    case RowEditLayer::RowState::Deleted:
        return dark ? QColor(92, 38, 40) : QColor(251, 225, 225);
    case RowEditLayer::RowState::Modified:
        if (cellChanged)
            return dark ? QColor(104, 84, 24) : QColor(255, 236, 170);
        return {};
    case RowEditLayer::RowState::Unchanged:
        return {};
    }
    return {};
}

}  // namespace

RowEditLayer::RowEditLayer(ResultModel *model, EditTarget target,
                           std::shared_ptr<session::Session> session)
    : QObject(model)
    , m_model(model)
    , m_target(std::move(target))
    , m_session(std::move(session))
{}

void RowEditLayer::setEnabled(bool on)
{
    m_enabled = on;
}

int RowEditLayer::rowCount() const
{
    return int(m_model->totalRows()) - int(m_hidden.size()) + int(m_added.size());
}

int RowEditLayer::sourceRow(int row) const
{
    const int fetched = int(m_model->totalRows()) - int(m_hidden.size());
    if (row >= fetched)
        return -1;
    // The fetched row s with s - (hidden rows <= s) == row.
    int s = row;
    for (;;) {
        const int k = int(std::upper_bound(m_hidden.begin(), m_hidden.end(), s) - m_hidden.begin());
        if (row + k == s)
            return s;
        s = row + k;
    }
}

int RowEditLayer::visibleOfSource(int source) const
{
    const auto it = std::lower_bound(m_hidden.begin(), m_hidden.end(), source);
    if (it != m_hidden.end() && *it == source)
        return -1;
    return source - int(it - m_hidden.begin());
}

SessionObject RowEditLayer::objectAt(int row) const
{
    const int s = sourceRow(row);
    if (s < 0) {
        const int n = row - (int(m_model->totalRows()) - int(m_hidden.size()));
        return n >= 0 && n < int(m_added.size()) ? m_added[size_t(n)].object : SessionObject();
    }
    const auto it = m_objects.find(s);
    return it == m_objects.end() ? SessionObject() : it->second;
}

Result<SessionObject> RowEditLayer::objectFor(int row)
{
    if (SessionObject o = objectAt(row); !o.isNull())
        return o;
    const int s = sourceRow(row);
    if (s < 0)
        return editError(RowEditLayerText::tr("There is no row %1.").arg(row + 1));
    QVariantMap values;
    for (int c = 0; c < m_target.columnFor.size(); ++c) {
        if (m_target.isEditable(c))
            values.insert(m_target.columnFor[c], m_model->sourceValue(s, c));
    }
    Result<SessionObject> o = m_session->merge(m_target.name, values, m_target.schema);
    if (o)
        m_objects.emplace(s, *o);
    return o;
}

RowEditLayer::RowView RowEditLayer::computeView(int row) const
{
    RowView v;
    const SessionObject o = objectAt(row);
    if (o.isNull())
        return v;
    v.hasObject = true;
    const bool inserted = sourceRow(row) < 0;
    const int n = int(m_target.columnFor.size());
    v.values.reserve(n);
    v.modified.assign(size_t(n), false);
    v.loaded.assign(size_t(n), false);
    const QStringList changed = o.modifiedColumns();
    for (int c = 0; c < n; ++c) {
        const QString &col = m_target.columnFor[c];
        const bool loaded = !col.isEmpty() && o.isLoaded(col);
        v.loaded[size_t(c)] = loaded;
        v.values << (loaded ? o.value(col) : QVariant());
        v.modified[size_t(c)] = !col.isEmpty() && changed.contains(col);
    }
    if (o.isMarkedForDeletion())
        v.state = RowState::Deleted;
    else if (inserted && o.state() == session::ObjectState::Pending)
        v.state = RowState::Inserted;
    else if (!changed.isEmpty())
        v.state = RowState::Modified;
    const auto err = m_errors.find(o.data().get());
    if (err != m_errors.end())
        v.error = err->second;
    return v;
}

RowEditLayer::RowView RowEditLayer::rowView(int row) const
{
    if (m_frozen) {
        const auto it = m_frozenViews.find(row);
        return it == m_frozenViews.end() ? RowView{} : it->second;
    }
    return computeView(row);
}

bool RowEditLayer::isCellEditable(int row, int column) const
{
    if (!isEnabled() || !m_target.isEditable(column))
        return false;
    const RowView v = rowView(row);
    return v.state != RowState::Deleted;
}

std::optional<QVariant> RowEditLayer::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    const int c = index.column();
    const RowView v = rowView(row);
    if (!v.hasObject) {
        return std::nullopt;
    }
    const bool inserted = v.state == RowState::Inserted;
    const bool own = v.loaded[size_t(c)] || inserted;
    if (role == Qt::BackgroundRole) {
        const QColor color = tint(v.state, v.modified[size_t(c)]);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role == Qt::FontRole && v.state == RowState::Deleted) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role == Qt::ToolTipRole && !v.error.isEmpty())
        return v.error;
    if (role == Qt::ToolTipRole && v.modified[size_t(c)] && v.state == RowState::Modified) {
        const SessionObject o = m_frozen ? SessionObject() : objectAt(row);
        if (!o.isNull())
            return RowEditLayerText::tr("Changed from %1")
                .arg(displayText(o.originalValue(m_target.columnFor[c])));
    }
    if (!own)
        return std::nullopt;  // the fetched value
    const QVariant &value = v.values[c];
    const bool null = value.isNull();
    if (inserted && !v.loaded[size_t(c)]) {
        // Not given: the server's default (or NULL) fills it in.
        switch (role) {
        case Qt::DisplayRole:
            return m_target.isEditable(c) ? RowEditLayerText::tr("DEFAULT") : QString();
        case Qt::EditRole:
        case ResultModel::FullTextRole:
            return QVariant();
        case ResultModel::IsNullRole:
            return true;
        case Qt::ForegroundRole:
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        case Qt::FontRole: {
            QFont f;
            f.setItalic(true);
            return f;
        }
        default:
            return std::nullopt;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return null ? QStringLiteral("NULL") : displayText(value).left(300);
    case Qt::EditRole:
    case ResultModel::FullTextRole:
        return null ? QVariant() : QVariant(displayText(value));
    case ResultModel::IsNullRole:
        return null;
    case Qt::ForegroundRole:
        if (null)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::FontRole:
        if (null) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    default:
        return std::nullopt;
    }
}

QVariant RowEditLayer::headerData(int row, int role) const
{
    const RowView v = rowView(row);
    if (!v.hasObject) {
        if (role == Qt::DisplayRole) {
            const int s = sourceRow(row);
            return s < 0 ? QVariant() : QVariant(s + 1);
        }
        return {};
    }
    const int s = sourceRow(row);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = s >= 0 ? QString::number(s + 1) : QStringLiteral("+");
        if (!v.error.isEmpty())
            text = QStringLiteral("\u26a0 ") + text;
        else if (v.state == RowState::Deleted)
            text = QStringLiteral("\u2212 ") + text;
        else if (v.state == RowState::Modified)
            text = QStringLiteral("\u270e ") + text;
        return text;
    }
    case Qt::ToolTipRole:
        if (!v.error.isEmpty())
            return v.error;
        switch (v.state) {
        case RowState::Inserted:
            return RowEditLayerText::tr("New row: inserted by Commit");
        case RowState::Deleted:
            return RowEditLayerText::tr("Deleted by Commit");
        case RowState::Modified:
            return RowEditLayerText::tr("Changed: updated by Commit");
        case RowState::Unchanged:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (!v.error.isEmpty())
            return QColor(darkPalette() ? QColor(255, 120, 110) : QColor(196, 30, 30));
        return {};
    case Qt::BackgroundRole: {
        const QColor c = tint(v.state, true);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    default:
        return {};
    }
}

void RowEditLayer::rowChanged(int row)
{
    emit m_model->dataChanged(m_model->index(row, 0),
                              m_model->index(row, m_model->columnCount() - 1));
    emit m_model->headerDataChanged(Qt::Vertical, row, row);
    emit changed();
}

Status RowEditLayer::setCell(int row, int column, const QVariant &input)
{
    if (!isEnabled())
        return editError(RowEditLayerText::tr("Editing is paused while the console works."));
    if (!m_target.isEditable(column))
        return editError(RowEditLayerText::tr("This column is computed by the query and cannot "
                                              "be edited."));
    const Result<QVariant> value = convert(input, m_model->columns()[size_t(column)].kind);
    if (!value)
        return value.error();
    Result<SessionObject> o = objectFor(row);
    if (!o)
        return o.error();
    if (o->isMarkedForDeletion())
        return editError(RowEditLayerText::tr("The row is marked for deletion; restore it first."));
    if (const Status s = o->setValue(m_target.columnFor[column], *value); !s)
        return s;
    m_errors.erase(o->data().get());
    rowChanged(row);
    return Ok{};
}

Status RowEditLayer::revertCell(int row, int column)
{
    const SessionObject o = objectAt(row);
    if (o.isNull() || !m_target.isEditable(column) || !isEnabled())
        return Ok{};
    const QString &col = m_target.columnFor[column];
    if (o.modifiedColumns().contains(col))
        o.setValue(col, o.originalValue(col));
    rowChanged(row);
    return Ok{};
}

int RowEditLayer::insertRow()
{
    if (!isEnabled())
        return -1;
    Result<SessionObject> o = m_session->create(m_target.name, m_target.schema);
    if (!o || !m_session->add(*o))
        return -1;
    const int row = rowCount();
    m_model->beginInsertRows({}, row, row);
    m_added.push_back({*o, ++m_addedSerial});
    m_model->endInsertRows();
    emit changed();
    return row;
}

Status RowEditLayer::deleteRows(const QList<int> &rows)
{
    if (!isEnabled())
        return editError(RowEditLayerText::tr("Editing is paused while the console works."));
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int row : sorted) {
        const int n = row - (int(m_model->totalRows()) - int(m_hidden.size()));
        if (n >= 0 && n < int(m_added.size()) &&
            m_added[size_t(n)].object.state() == session::ObjectState::Pending) {
            // A row that was never inserted simply goes away.
            m_model->beginRemoveRows({}, row, row);
            m_session->expunge(m_added[size_t(n)].object);
            m_errors.erase(m_added[size_t(n)].object.data().get());
            m_added.erase(m_added.begin() + n);
            m_model->endRemoveRows();
            continue;
        }
        Result<SessionObject> o = objectFor(row);
        if (!o)
            return o.error();
        if (const Status s = m_session->remove(*o); !s)
            return s;
        emit m_model->dataChanged(m_model->index(row, 0),
                                  m_model->index(row, m_model->columnCount() - 1));
        emit m_model->headerDataChanged(Qt::Vertical, row, row);
    }
    emit changed();
    return Ok{};
}

Status RowEditLayer::restoreRows(const QList<int> &rows)
{
    if (!isEnabled())
        return editError(RowEditLayerText::tr("Editing is paused while the console works."));
    for (int row : rows) {
        const int s = sourceRow(row);
        const auto it = s < 0 ? m_objects.end() : m_objects.find(s);
        if (it == m_objects.end())
            continue;
        m_errors.erase(it->second.data().get());
        m_session->expunge(it->second);
        m_objects.erase(it);
        rowChanged(row);
    }
    return Ok{};
}

bool RowEditLayer::hasChanges() const
{
    return changeCount() > 0;
}

int RowEditLayer::changeCount() const
{
    if (m_frozen) {
        int n = 0;
        for (const auto &[row, v] : m_frozenViews)
            n += v.state != RowState::Unchanged ? 1 : 0;
        return n;
    }
    int n = 0;
    for (const Added &a : m_added) {
        const SessionObject &o = a.object;
        n += (o.state() == session::ObjectState::Pending || o.isMarkedForDeletion() ||
              o.isModified())
                 ? 1
                 : 0;
    }
    for (const auto &[row, o] : m_objects)
        n += (o.isMarkedForDeletion() || o.isModified()) ? 1 : 0;
    return n;
}

QString RowEditLayer::keyText(const SessionObject &o) const
{
    const schema::Table &t = o.table();
    QStringList parts;
    for (const QString &k : t.primaryKey.columns) {
        const QVariant v = o.isLoaded(k) ? o.originalValue(k) : QVariant();
        parts << k + u'=' + displayText(v);
    }
    return parts.join(QLatin1String(", "));
}

std::vector<ReviewChange> RowEditLayer::changes() const
{
    std::vector<ReviewChange> out;
    if (m_frozen)
        return out;
    std::vector<std::pair<int, SessionObject>> rows(m_objects.begin(), m_objects.end());
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const Added &a : m_added) {
        if (a.object.state() != session::ObjectState::Pending) {
            rows.emplace_back(-1, a.object);  // inserted by an earlier commit
            continue;
        }
        ReviewChange c;
        c.kind = ReviewChange::Kind::Insert;
        c.table = m_target.displayName;
        c.key = RowEditLayerText::tr("new row %1").arg(a.number);
        for (const QString &col : a.object.modifiedColumns())
            c.cells.push_back({col, QString(), displayText(a.object.value(col))});
        out.push_back(std::move(c));
    }
    for (const auto &[row, o] : rows) {
        if (o.isMarkedForDeletion()) {
            ReviewChange c;
            c.kind = ReviewChange::Kind::Delete;
            c.table = m_target.displayName;
            c.key = keyText(o);
            out.push_back(std::move(c));
        } else if (o.isModified()) {
            ReviewChange c;
            c.kind = ReviewChange::Kind::Update;
            c.table = m_target.displayName;
            c.key = keyText(o);
            for (const QString &col : o.modifiedColumns())
                c.cells.push_back(
                    {col, displayText(o.originalValue(col)), displayText(o.value(col))});
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::vector<SessionObject> RowEditLayer::touchedObjects() const
{
    std::vector<SessionObject> out;
    for (const Added &a : m_added)
        out.push_back(a.object);
    for (const auto &[row, o] : m_objects) {
        if (o.isModified() && !o.isMarkedForDeletion())
            out.push_back(o);
    }
    return out;
}

void RowEditLayer::freeze()
{
    m_frozenViews.clear();
    const int fetched = int(m_model->totalRows()) - int(m_hidden.size());
    for (const auto &[s, o] : m_objects) {
        const int row = visibleOfSource(s);
        if (row >= 0)
            m_frozenViews.emplace(row, computeView(row));
    }
    for (size_t i = 0; i < m_added.size(); ++i)
        m_frozenViews.emplace(fetched + int(i), computeView(fetched + int(i)));
    m_frozen = true;
}

void RowEditLayer::unfreeze()
{
    m_frozen = false;
    m_frozenViews.clear();
}

void RowEditLayer::setErrors(const std::vector<SessionObject> &failed, const QString &message)
{
    m_errors.clear();
    for (const SessionObject &o : failed)
        m_errors[o.data().get()] = message;
    if (m_model->rowCount() > 0) {
        emit m_model->headerDataChanged(Qt::Vertical, 0, m_model->rowCount() - 1);
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1,
                                                                       m_model->columnCount() - 1));
    }
}

void RowEditLayer::clearErrors()
{
    setErrors({}, QString());
}

int RowEditLayer::firstErrorRow() const
{
    if (m_errors.empty())
        return -1;
    const int fetched = int(m_model->totalRows()) - int(m_hidden.size());
    int best = -1;
    for (const auto &[s, o] : m_objects) {
        if (m_errors.count(o.data().get())) {
            const int row = visibleOfSource(s);
            if (row >= 0 && (best < 0 || row < best))
                best = row;
        }
    }
    if (best >= 0)
        return best;
    for (size_t i = 0; i < m_added.size(); ++i) {
        if (m_errors.count(m_added[i].object.data().get()))
            return fetched + int(i);
    }
    return -1;
}

void RowEditLayer::committed()
{
    m_errors.clear();
    std::vector<int> gone;
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        if (it->second.state() == session::ObjectState::Detached ||
            it->second.state() == session::ObjectState::Deleted) {
            gone.push_back(it->first);
            it = m_objects.erase(it);
        } else {
            ++it;
        }
    }
    const int fetched = int(m_model->totalRows()) - int(m_hidden.size());
    for (size_t i = m_added.size(); i-- > 0;) {
        const session::ObjectState st = m_added[i].object.state();
        if (st == session::ObjectState::Detached || st == session::ObjectState::Deleted) {
            m_model->beginRemoveRows({}, fetched + int(i), fetched + int(i));
            m_added.erase(m_added.begin() + qsizetype(i));
            m_model->endRemoveRows();
        }
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (int s : gone) {
        const int row = visibleOfSource(s);
        if (row < 0)
            continue;
        m_model->beginRemoveRows({}, row, row);
        m_hidden.insert(std::lower_bound(m_hidden.begin(), m_hidden.end(), s), s);
        m_model->endRemoveRows();
    }
    if (m_model->rowCount() > 0) {
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1,
                                                                       m_model->columnCount() - 1));
        emit m_model->headerDataChanged(Qt::Vertical, 0, m_model->rowCount() - 1);
    }
    emit changed();
}

void RowEditLayer::reverted()
{
    m_errors.clear();
    m_objects.clear();
    if (!m_added.empty()) {
        const int first = rowCount() - int(m_added.size());
        m_model->beginRemoveRows({}, first, rowCount() - 1);
        m_added.clear();
        m_model->endRemoveRows();
    }
    if (m_model->rowCount() > 0) {
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1,
                                                                       m_model->columnCount() - 1));
        emit m_model->headerDataChanged(Qt::Vertical, 0, m_model->rowCount() - 1);
    }
    emit changed();
}

QString RowEditLayer::displayText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QByteArray:
        return QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).replace(u'T', u' ');
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

Result<QVariant> RowEditLayer::convert(const QVariant &input, engine::ValueKind kind)
{
    if (input.isNull())
        return QVariant();
    if (input.typeId() != QMetaType::QString)
        return input;
    const QString text = input.toString();
    const QString t = text.trimmed();
    switch (kind) {
    case engine::ValueKind::Int: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok)
            return editError(RowEditLayerText::tr("\u201c%1\u201d is not a whole number.").arg(t));
        return QVariant(v);
    }
    case engine::ValueKind::Float: {
        bool ok = false;
        double v = t.toDouble(&ok);
        if (!ok)
            v = QLocale().toDouble(t, &ok);
        if (!ok)
            return editError(RowEditLayerText::tr("\u201c%1\u201d is not a number.").arg(t));
        return QVariant(v);
    }
    case engine::ValueKind::Numeric: {
        static const QRegularExpression number(
            QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$|^NaN$"));
        if (!number.match(t).hasMatch())
            return editError(RowEditLayerText::tr("\u201c%1\u201d is not a number.").arg(t));
        return QVariant(t);
    }
    case engine::ValueKind::Bool: {
        const QString l = t.toLower();
        if (QStringList{"true", "t", "yes", "y", "on", "1"}.contains(l))
            return QVariant(true);
        if (QStringList{"false", "f", "no", "n", "off", "0"}.contains(l))
            return QVariant(false);
        return editError(RowEditLayerText::tr("\u201c%1\u201d is not true or false.").arg(t));
    }
    case engine::ValueKind::Bytes:
        if (t.startsWith(QLatin1String("\\x"))) {
            const QByteArray hex = t.mid(2).toLatin1();
            static const QRegularExpression hexDigits(QStringLiteral("^([0-9a-fA-F]{2})*$"));
            if (!hexDigits.match(QString::fromLatin1(hex)).hasMatch())
                return editError(RowEditLayerText::tr("\u201c%1\u201d is not \\x followed by hex "
                                                      "digits.")
                                     .arg(t));
            return QVariant(QByteArray::fromHex(hex));
        }
        return QVariant(text.toUtf8());
    default:
        return QVariant(text);
    }
}

}  // namespace stratum::ui
