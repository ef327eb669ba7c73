#include "core/schema/NamingConvention.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace stratum::schema {
namespace {

Error conventionError(const QString &message)
{
    Error e;
    e.message = message;
    e.source = QStringLiteral("naming convention");
    e.code = QStringLiteral("naming");
    return e;
}

// SQLAlchemy's Column._ddl_label: [schema_]table_column, dots in the schema
// replaced by underscores.
QString columnLabel(const NamingConvention::Subject &s, const QString &column)
{
    QString label = s.tableName + u'_' + column;
    if (!s.tableSchema.isEmpty())
        label = QString(s.tableSchema).replace(u'.', u'_') + u'_' + label;
    return label;
}

// One %(key)s token, following naming.py's ConventionDict.__getitem__.
Result<QString> resolveToken(const QString &key, const NamingConvention::Subject &s)
{
    if (key == QLatin1String("table_name"))
        return s.tableName;
    if (key == QLatin1String("constraint_name")) {
        if (s.explicitName.isEmpty())
            return conventionError(QStringLiteral(
                "Naming convention including %(constraint_name)s token requires that "
                "constraint is explicitly named."));
        return s.explicitName;
    }
    if (key == QLatin1String("referred_table_name"))
        return s.referredTable;

    static const QRegularExpression columnToken(
        QStringLiteral("^(referred_)?column_(\\d+)(_?N)?_(name|key|label)$"));
    const QRegularExpressionMatch m = columnToken.match(key);
    if (!m.hasMatch())
        return conventionError(QStringLiteral("unknown naming convention token %(%1)s").arg(key));
    const bool referred = !m.captured(1).isEmpty();
    const QString multiples = m.captured(3);
    const QString attr = m.captured(4);
    if (referred && attr != QLatin1String("name"))
        return conventionError(QStringLiteral("unknown naming convention token %(%1)s").arg(key));
    const QStringList &cols = referred ? s.referredColumns : s.columns;
    auto value = [&](const QString &col) {
        return attr == QLatin1String("label") ? columnLabel(s, col) : col;
    };
    if (!multiples.isEmpty()) {
        // Like SQLAlchemy, the multi-column form always starts at column 0.
        QStringList parts;
        for (const QString &c : cols)
            parts << value(c);
        return parts.join(multiples.startsWith(u'_') ? QStringLiteral("_") : QString());
    }
    const qsizetype idx = m.captured(2).toLongLong();
    if (idx >= cols.size()) {
        if (referred)
            return conventionError(
                QStringLiteral("token %(%1)s: the constraint has no referred column %2")
                    .arg(key)
                    .arg(idx));
        return QString();  // SQLAlchemy renders a missing column as ""
    }
    return value(cols.at(idx));
}

}  // namespace

NamingConvention::NamingConvention()
{
    m_templates[QStringLiteral("ix")] = QStringLiteral("ix_%(column_0_label)s");
}

NamingConvention NamingConvention::none()
{
    NamingConvention c;
    c.m_templates.clear();
    return c;
}

QString NamingConvention::templateFor(const QString &key) const
{
    const auto it = m_templates.find(key);
    return it == m_templates.end() ? QString() : it->second;
}

bool NamingConvention::applies(const QString &key, const Subject &subject) const
{
    const auto it = m_templates.find(key);
    if (it == m_templates.end())
        return false;
    return subject.explicitName.isEmpty() ||
           it->second.contains(QLatin1String("%(constraint_name)s"));
}

Result<QString> NamingConvention::render(const QString &key, const Subject &subject) const
{
    if (!applies(key, subject))
        return subject.explicitName;
    const QString templ = m_templates.at(key);
    // Python %-formatting with a mapping: %(key)s substitutes, %% is a percent.
    QString out;
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c != u'%') {
            out += c;
            continue;
        }
        if (i + 1 < templ.size() && templ.at(i + 1) == u'%') {
            out += u'%';
            ++i;
            continue;
        }
        const qsizetype close = templ.indexOf(u')', i);
        if (i + 1 >= templ.size() || templ.at(i + 1) != u'(' || close < 0 ||
            close + 1 >= templ.size() || templ.at(close + 1) != u's')
            return conventionError(
                QStringLiteral("malformed naming convention \"%1\" at character %2: expected "
                               "%(token)s")
                    .arg(templ)
                    .arg(i + 1));
        const Result<QString> value = resolveToken(templ.mid(i + 2, close - i - 2), subject);
        if (!value)
            return value.error();
        out += value.value();
        i = close + 1;
    }
    return out;
}

QString NamingConvention::truncate(const QString &name, int maxLength)
{
    // SQLAlchemy counts Python str characters, that is code points.
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() <= maxLength)
        return name;
    const QByteArray md5 = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    const QList<uint> head = codePoints.mid(0, qMax(maxLength - 8, 0));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(head.constData()), head.size()) +
           u'_' + QString::fromLatin1(md5.right(4));
}

}  // namespace stratum::schema
