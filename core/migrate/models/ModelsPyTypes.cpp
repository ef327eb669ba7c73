#include "core/migrate/models/ModelsPyTypes.h"

#include <QRegularExpression>

namespace stratum::migrate {

using schema::ColumnType;
using schema::TypeKind;

namespace {

const char *const kSqlTypeClass =
    "class SqlType(sa.types.UserDefinedType):\n"
    "    \"\"\"A column type SQLAlchemy has no class for, created as spelled.\"\"\"\n"
    "\n"
    "    cache_ok = True\n"
    "\n"
    "    def __init__(self, sql):\n"
    "        self.sql = sql\n"
    "\n"
    "    def get_col_spec(self, **kw):\n"
    "        return self.sql\n";

QString args(std::optional<int> a, std::optional<int> b = {})
{
    if (!a)
        return QStringLiteral("()");
    return u'(' + QString::number(*a) +
           (b ? QStringLiteral(", ") + QString::number(*b) : QString()) + u')';
}

}  // namespace

QString ModelsPyTypes::expression(const ColumnType &type, bool typed)
{
    if (!type.isArray())
        return element(type, typed);
    m_postgresql = true;
    ColumnType item = type;
    item.arrayDimensions = 0;
    return QStringLiteral("postgresql.ARRAY(") + element(item, typed) +
           (type.arrayDimensions > 1 ? QStringLiteral(", dimensions=%1").arg(type.arrayDimensions)
                                     : QString()) +
           u')';
}

QString ModelsPyTypes::element(const ColumnType &t, bool typed)
{
    switch (t.kind) {
    case TypeKind::Integer:
        return QStringLiteral("sa.Integer()");
    case TypeKind::BigInteger:
        return QStringLiteral("sa.BigInteger()");
    case TypeKind::SmallInteger:
        return QStringLiteral("sa.SmallInteger()");
    case TypeKind::Numeric:
        return QStringLiteral("sa.Numeric") +
               args(t.precision, t.precision ? t.scale : std::nullopt);
    case TypeKind::Float:
        return QStringLiteral("sa.Float") + args(t.precision);
    case TypeKind::String:
        return QStringLiteral("sa.String") + args(t.length);
    case TypeKind::Char:
        return QStringLiteral("sa.CHAR") + args(t.length);
    case TypeKind::Text:
        return QStringLiteral("sa.Text()");
    case TypeKind::Boolean:
        return QStringLiteral("sa.Boolean()");
    case TypeKind::Date:
        return QStringLiteral("sa.Date()");
    case TypeKind::DateTime:
    case TypeKind::Time: {
        const bool time = t.kind == TypeKind::Time;
        if (t.precision) {
            m_postgresql = true;
            return QStringLiteral("postgresql.%1(timezone=%2, precision=%3)")
                .arg(time ? QStringLiteral("TIME") : QStringLiteral("TIMESTAMP"),
                     t.timezone ? QStringLiteral("True") : QStringLiteral("False"))
                .arg(*t.precision);
        }
        return (time ? QStringLiteral("sa.Time") : QStringLiteral("sa.DateTime")) +
               (t.timezone ? QStringLiteral("(timezone=True)") : QStringLiteral("()"));
    }
    case TypeKind::Interval:
        if (t.precision) {
            m_postgresql = true;
            return QStringLiteral("postgresql.INTERVAL(precision=%1)").arg(*t.precision);
        }
        return QStringLiteral("sa.Interval()");
    case TypeKind::Uuid:
        if (typed)
            return QStringLiteral("sa.Uuid()");
        m_postgresql = true;
        return QStringLiteral("postgresql.UUID(as_uuid=True)");
    case TypeKind::Json:
        return QStringLiteral("sa.JSON()");
    case TypeKind::Jsonb:
        m_postgresql = true;
        return QStringLiteral("postgresql.JSONB()");
    case TypeKind::LargeBinary:
        return QStringLiteral("sa.LargeBinary()");
    case TypeKind::Enum: {
        const QString key = t.enumSchema + u'.' + t.enumName;
        if (const QString v = m_enumVariables.value(key); !v.isEmpty())
            return v;
        const schema::EnumType *e = m_metadata.enumType(t.enumSchema, t.enumName);
        if (!e)
            return verbatim(t.enumName, typed);
        QString var =
            QString(t.enumName)
                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_")) +
            QStringLiteral("_enum");
        while (m_enumLines.contains(var))
            var.prepend(u'_');
        QStringList a;
        for (const QString &l : e->labels)
            a << pyQuote(l);
        a << QStringLiteral("name=") + pyQuote(t.enumName);
        if (!t.enumSchema.isEmpty())
            a << QStringLiteral("schema=") + pyQuote(t.enumSchema);
        m_enumLines.insert(var, var + QStringLiteral(" = sa.Enum(") + a.join(QStringLiteral(", ")) +
                                    QStringLiteral(")\n"));
        m_enumOrder << var;
        m_enumVariables.insert(key, var);
        return var;
    }
    case TypeKind::Verbatim:
        return verbatim(t.verbatim, typed);
    }
    return verbatim(t.verbatim, typed);
}

QString ModelsPyTypes::verbatim(const QString &sql, bool)
{
    // Spellings SQLAlchemy 1.4 has a class for (and the revision-script reader knows).
    static const QRegularExpression re(QStringLiteral(
        "^([A-Za-z][A-Za-z0-9 ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?$"));
    const QRegularExpressionMatch m = re.match(sql.trimmed());
    // Only the exact spelling SQLAlchemy's class renders maps to the class, so
    // that the text round-trips ("tsvector" as reflected stays SqlType).
    if (m.hasMatch() && m.captured(1) == m.captured(1).toUpper()) {
        const QString name = m.captured(1).toUpper();
        const QString a = m.captured(2);
        const QString b = m.captured(3);
        const QString n =
            a.isEmpty() ? QStringLiteral("()")
                        : u'(' + a + (b.isEmpty() ? QString() : QStringLiteral(", ") + b) + u')';
        static const QStringList saNamed = {QStringLiteral("NVARCHAR"), QStringLiteral("NCHAR"),
                                            QStringLiteral("DECIMAL")};
        if (saNamed.contains(name))
            return QStringLiteral("sa.") + name + n;
        if (b.isEmpty() && a.isEmpty()) {
            if (name == QLatin1String("REAL") || name == QLatin1String("CLOB") ||
                name == QLatin1String("BLOB"))
                return QStringLiteral("sa.") + name + QStringLiteral("()");
            static const QStringList pgNamed = {
                QStringLiteral("INET"),      QStringLiteral("CIDR"),
                QStringLiteral("MACADDR"),   QStringLiteral("MONEY"),
                QStringLiteral("OID"),       QStringLiteral("REGCLASS"),
                QStringLiteral("TSVECTOR"),  QStringLiteral("HSTORE"),
                QStringLiteral("INT4RANGE"), QStringLiteral("INT8RANGE"),
                QStringLiteral("NUMRANGE"),  QStringLiteral("DATERANGE"),
                QStringLiteral("TSRANGE"),   QStringLiteral("TSTZRANGE")};
            if (pgNamed.contains(name)) {
                m_postgresql = true;
                return QStringLiteral("postgresql.") + name + QStringLiteral("()");
            }
            if (name == QLatin1String("DOUBLE PRECISION")) {
                m_postgresql = true;
                return QStringLiteral("postgresql.DOUBLE_PRECISION()");
            }
        }
        if (name == QLatin1String("BIT") || name == QLatin1String("BIT VARYING")) {
            m_postgresql = true;
            return QStringLiteral("postgresql.BIT(%1%2)")
                .arg(a.isEmpty() ? QStringLiteral("None") : a,
                     name == QLatin1String("BIT VARYING") ? QStringLiteral(", varying=True")
                                                          : QString());
        }
    }
    if (!m_enumLines.contains(QStringLiteral("SqlType"))) {
        m_enumLines.insert(QStringLiteral("SqlType"), QString::fromLatin1(kSqlTypeClass));
        m_enumOrder.prepend(QStringLiteral("SqlType"));
    }
    return QStringLiteral("SqlType(") + pyQuote(sql) + u')';
}

QString ModelsPyTypes::pythonType(const ColumnType &t)
{
    if (t.isArray())
        return QStringLiteral("list");
    switch (t.kind) {
    case TypeKind::Integer:
    case TypeKind::BigInteger:
    case TypeKind::SmallInteger:
        return QStringLiteral("int");
    case TypeKind::Numeric:
        m_imports.insert(QStringLiteral("import decimal"));
        return QStringLiteral("decimal.Decimal");
    case TypeKind::Float:
        return QStringLiteral("float");
    case TypeKind::String:
    case TypeKind::Char:
    case TypeKind::Text:
    case TypeKind::Enum:
        return QStringLiteral("str");
    case TypeKind::Boolean:
        return QStringLiteral("bool");
    case TypeKind::Date:
        m_imports.insert(QStringLiteral("import datetime"));
        return QStringLiteral("datetime.date");
    case TypeKind::DateTime:
        m_imports.insert(QStringLiteral("import datetime"));
        return QStringLiteral("datetime.datetime");
    case TypeKind::Time:
        m_imports.insert(QStringLiteral("import datetime"));
        return QStringLiteral("datetime.time");
    case TypeKind::Interval:
        m_imports.insert(QStringLiteral("import datetime"));
        return QStringLiteral("datetime.timedelta");
    case TypeKind::Uuid:
        m_imports.insert(QStringLiteral("import uuid"));
        return QStringLiteral("uuid.UUID");
    case TypeKind::Json:
    case TypeKind::Jsonb:
        return QStringLiteral("dict");
    case TypeKind::LargeBinary:
        return QStringLiteral("bytes");
    case TypeKind::Verbatim:
        break;
    }
    return QStringLiteral("Any");
}

QString ModelsPyTypes::enumDefinitions() const
{
    QString out;
    for (const QString &v : m_enumOrder) {
        if (v == QLatin1String("SqlType"))
            out += QStringLiteral("\n\n") + m_enumLines.value(v) + u'\n';
        else
            out += m_enumLines.value(v);
    }
    return out;
}

}  // namespace stratum::migrate
