#include "core/migrate/models/ModelsPyWriter.h"

#include "core/migrate/models/ModelsPyTypes.h"
#include "core/pyread/Renderer.h"

#include <QRegularExpression>
#include <QSet>

namespace stratum::migrate {

using schema::Column;
using schema::ColumnType;
using schema::MetaData;
using schema::Table;
using schema::TypeKind;

namespace {

QString action(schema::ReferentialAction a)
{
    switch (a) {
    case schema::ReferentialAction::Cascade:
        return QStringLiteral("CASCADE");
    case schema::ReferentialAction::Restrict:
        return QStringLiteral("RESTRICT");
    case schema::ReferentialAction::SetNull:
        return QStringLiteral("SET NULL");
    case schema::ReferentialAction::SetDefault:
        return QStringLiteral("SET DEFAULT");
    case schema::ReferentialAction::NoAction:
        break;
    }
    return {};
}

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QSet<QString> keywords = {
        "False",   "None",     "True",     "and",    "as",   "assert", "async",  "await",
        "break",   "class",    "continue", "def",    "del",  "elif",   "else",   "except",
        "finally", "for",      "from",     "global", "if",   "import", "in",     "is",
        "lambda",  "nonlocal", "not",      "or",     "pass", "raise",  "return", "try",
        "while",   "with",     "yield",    "match",  "case", "type"};
    return re.match(s).hasMatch() && !keywords.contains(s);
}

// Python attribute names that the declarative machinery reserves.
bool reservedAttribute(const QString &s)
{
    return s == QLatin1String("metadata") || s == QLatin1String("registry") ||
           s.startsWith(QLatin1String("__")) || s == QLatin1String("_sa_class_manager") ||
           s == QLatin1String("_sa_registry");
}

QString className(const QString &table, QSet<QString> &used)
{
    QString out;
    bool upper = true;
    for (const QChar c : table) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QStringLiteral("Table"));
    if (out == QLatin1String("Base") || !isIdentifier(out))
        out += QStringLiteral("Table");
    QString unique = out;
    for (int n = 2; used.contains(unique); ++n)
        unique = out + QString::number(n);
    used.insert(unique);
    return unique;
}

// A PostgreSQL serial as reflected: an autoincrement integer whose default is
// nextval() of its owned sequence. create_all makes the same with SERIAL, so
// the default (and the owned sequence) are not written.
bool isSerialDefault(const Column &c)
{
    return c.autoincrement && c.type.isInteger() &&
           c.serverDefault.startsWith(QLatin1String("nextval("));
}

class Writer
{
public:
    Writer(const MetaData &m, ModelsPyStyle style)
        : m_md(m)
        , m_style(style)
        , m_types(m)
    {}

    QString write();

private:
    bool typed() const { return m_style == ModelsPyStyle::Typed; }
    QString columnArgs(const Table &t, const Column &c, bool inClass, bool explicitName,
                       QString *annotation);
    QStringList tableItems(const Table &t, const QSet<QString> &inlineFks,
                           const QSet<QString> &inlineUniques, const QSet<int> &inlineIndexes);
    bool autoincrementInferred(const Table &t, const Column &c) const;
    void writeClass(const Table &t, QString &out);
    void writeTable(const Table &t, QString &out);

    const MetaData &m_md;
    ModelsPyStyle m_style;
    ModelsPyTypes m_types;
    QSet<QString> m_classNames;
};

bool Writer::autoincrementInferred(const Table &t, const Column &c) const
{
    if (t.primaryKey.columns != QStringList{c.name} || !c.type.isInteger() || c.type.isArray())
        return false;
    if ((!c.serverDefault.isEmpty() && !isSerialDefault(c)) || c.identity || !c.computed.isEmpty())
        return false;
    for (const schema::ForeignKey &fk : t.foreignKeys) {
        if (fk.columns.contains(c.name))
            return false;
    }
    return true;
}

QString Writer::columnArgs(const Table &t, const Column &c, bool inClass, bool explicitName,
                           QString *annotation)
{
    QStringList args;
    if (explicitName)
        args << pyQuote(c.name);
    args << m_types.expression(c.type, typed());
    const bool inlinePk = t.primaryKey.name.isEmpty() && t.primaryKey.columns.contains(c.name);
    // single-column foreign keys as ForeignKey(...)
    for (const schema::ForeignKey &fk : t.foreignKeys) {
        if (fk.columns != QStringList{c.name} || fk.referredColumns.size() != 1)
            continue;
        QStringList fa;
        fa << pyQuote((fk.referredSchema.isEmpty() ? QString() : fk.referredSchema + u'.') +
                      fk.referredTable + u'.' + fk.referredColumns.front());
        if (!fk.name.isEmpty())
            fa << QStringLiteral("name=") + pyQuote(fk.name);
        if (fk.onDelete != schema::ReferentialAction::NoAction)
            fa << QStringLiteral("ondelete=") + pyQuote(action(fk.onDelete));
        if (fk.onUpdate != schema::ReferentialAction::NoAction)
            fa << QStringLiteral("onupdate=") + pyQuote(action(fk.onUpdate));
        if (fk.deferrable)
            fa << QStringLiteral("deferrable=True");
        if (fk.initiallyDeferred)
            fa << QStringLiteral("initially=\"DEFERRED\"");
        args << QStringLiteral("sa.ForeignKey(") + fa.join(QStringLiteral(", ")) + u')';
    }
    if (c.identity) {
        QStringList ia;
        if (c.identity->always)
            ia << QStringLiteral("always=True");
        for (const auto &[key, v] :
             {std::pair{"start", c.identity->start}, std::pair{"increment", c.identity->increment},
              std::pair{"minvalue", c.identity->minValue},
              std::pair{"maxvalue", c.identity->maxValue}, std::pair{"cache", c.identity->cache}}) {
            if (v)
                ia << QString::fromLatin1(key) + u'=' + QString::number(*v);
        }
        if (c.identity->cycle)
            ia << QStringLiteral("cycle=True");
        args << QStringLiteral("sa.Identity(") + ia.join(QStringLiteral(", ")) + u')';
    }
    if (!c.computed.isEmpty())
        args << QStringLiteral("sa.Computed(") + pyQuote(c.computed) +
                    QStringLiteral(", persisted=True)");
    if (inlinePk)
        args << QStringLiteral("primary_key=True");
    const bool inferred = autoincrementInferred(t, c);
    const bool serial = c.autoincrement || (isSerialDefault(c) && inferred);
    if (inferred && !serial && !c.identity)
        args << QStringLiteral("autoincrement=False");
    else if (serial && !inferred && !t.primaryKey.columns.contains(c.name))
        args << QStringLiteral("autoincrement=True");
    // Nullability: the typed style says it with Optional[...]; the rest
    // explicitly where SQLAlchemy's default would differ.
    const bool pkColumn = t.primaryKey.columns.contains(c.name);
    if (typed() && inClass) {
        const QString py = m_types.pythonType(c.type);
        *annotation = c.nullable ? QStringLiteral("Optional[") + py + u']' : py;
        if (pkColumn && c.nullable)
            args << QStringLiteral("nullable=True");
    } else if (!c.nullable && !pkColumn) {
        args << QStringLiteral("nullable=False");
    } else if (c.nullable && pkColumn) {
        args << QStringLiteral("nullable=True");
    }
    if (!c.serverDefault.isEmpty() && !isSerialDefault(c)) {
        static const QRegularExpression simple(QStringLiteral("^'([^'\\\\]*)'$"));
        const QRegularExpressionMatch m = simple.match(c.serverDefault);
        if (m.hasMatch())
            args << QStringLiteral("server_default=") + pyQuote(m.captured(1));
        else
            args << QStringLiteral("server_default=sa.text(") + pyQuote(c.serverDefault) + u')';
    }
    if (!c.comment.isEmpty())
        args << QStringLiteral("comment=") + pyQuote(c.comment);
    return args.join(QStringLiteral(", "));
}

QStringList Writer::tableItems(const Table &t, const QSet<QString> &inlineFks,
                               const QSet<QString> &inlineUniques, const QSet<int> &inlineIndexes)
{
    QStringList items;
    auto cols = [](const QStringList &names) {
        QStringList q;
        for (const QString &n : names)
            q << pyQuote(n);
        return q;
    };
    if (!t.primaryKey.columns.isEmpty() && !t.primaryKey.name.isEmpty())
        items << QStringLiteral("sa.PrimaryKeyConstraint(%1, name=%2)")
                     .arg(cols(t.primaryKey.columns).join(QStringLiteral(", ")),
                          pyQuote(t.primaryKey.name));
    for (const schema::ForeignKey &fk : t.foreignKeys) {
        if (inlineFks.contains(fk.columns.join(u',')))
            continue;
        QStringList refs;
        for (const QString &r : fk.referredColumns)
            refs << pyQuote((fk.referredSchema.isEmpty() ? QString() : fk.referredSchema + u'.') +
                            fk.referredTable + u'.' + r);
        QString s =
            QStringLiteral("sa.ForeignKeyConstraint([%1], [%2]")
                .arg(cols(fk.columns).join(QStringLiteral(", ")), refs.join(QStringLiteral(", ")));
        if (!fk.name.isEmpty())
            s += QStringLiteral(", name=") + pyQuote(fk.name);
        if (fk.onDelete != schema::ReferentialAction::NoAction)
            s += QStringLiteral(", ondelete=") + pyQuote(action(fk.onDelete));
        if (fk.onUpdate != schema::ReferentialAction::NoAction)
            s += QStringLiteral(", onupdate=") + pyQuote(action(fk.onUpdate));
        if (fk.deferrable)
            s += QStringLiteral(", deferrable=True");
        if (fk.initiallyDeferred)
            s += QStringLiteral(", initially=\"DEFERRED\"");
        items << s + u')';
    }
    for (const schema::UniqueConstraint &uq : t.uniqueConstraints) {
        if (inlineUniques.contains(uq.columns.join(u',')) && uq.name.isEmpty())
            continue;
        QString s =
            QStringLiteral("sa.UniqueConstraint(") + cols(uq.columns).join(QStringLiteral(", "));
        if (!uq.name.isEmpty())
            s += QStringLiteral(", name=") + pyQuote(uq.name);
        if (uq.deferrable)
            s += QStringLiteral(", deferrable=True");
        if (uq.initiallyDeferred)
            s += QStringLiteral(", initially=\"DEFERRED\"");
        items << s + u')';
    }
    for (const schema::CheckConstraint &ck : t.checkConstraints) {
        QString s = QStringLiteral("sa.CheckConstraint(") + pyQuote(ck.sqlText);
        if (!ck.name.isEmpty())
            s += QStringLiteral(", name=") + pyQuote(ck.name);
        items << s + u')';
    }
    for (int i = 0; i < int(t.indexes.size()); ++i) {
        const schema::Index &ix = t.indexes[size_t(i)];
        if (inlineIndexes.contains(i))
            continue;
        QStringList a;
        a << (ix.name.isEmpty() ? QStringLiteral("None") : pyQuote(ix.name));
        for (const schema::IndexElement &e : ix.elements)
            a << (e.isExpression() ? QStringLiteral("sa.text(") + pyQuote(e.expression) + u')'
                                   : pyQuote(e.column));
        if (ix.unique)
            a << QStringLiteral("unique=True");
        if (!ix.where.isEmpty())
            a << QStringLiteral("postgresql_where=sa.text(%1), sqlite_where=sa.text(%1)")
                     .arg(pyQuote(ix.where));
        if (!ix.method.isEmpty() && ix.method != QLatin1String("btree"))
            a << QStringLiteral("postgresql_using=") + pyQuote(ix.method);
        if (!ix.include.isEmpty())
            a << QStringLiteral("postgresql_include=[%1]")
                     .arg(cols(ix.include).join(QStringLiteral(", ")));
        items << QStringLiteral("sa.Index(") + a.join(QStringLiteral(", ")) + u')';
    }
    return items;
}

void Writer::writeClass(const Table &t, QString &out)
{
    const QString cls = className(t.name, m_classNames);
    out += QStringLiteral("\n\nclass %1(Base):\n").arg(cls);
    out += QStringLiteral("    __tablename__ = %1\n").arg(pyQuote(t.name));
    // What can be said on the column itself.
    QSet<QString> inlineFks, inlineUniques;
    QSet<int> inlineIndexes;
    QSet<QString> uniqueCols, indexCols;
    for (const schema::ForeignKey &fk : t.foreignKeys) {
        if (fk.columns.size() == 1 && fk.referredColumns.size() == 1)
            inlineFks.insert(fk.columns.front());
    }
    for (const schema::UniqueConstraint &uq : t.uniqueConstraints) {
        if (uq.columns.size() == 1 && uq.name.isEmpty() && !uq.deferrable)
            inlineUniques.insert(uq.columns.front()), uniqueCols.insert(uq.columns.front());
    }
    for (int i = 0; i < int(t.indexes.size()); ++i) {
        const schema::Index &ix = t.indexes[size_t(i)];
        // index=True makes an unnamed Index that the "ix" convention names.
        if (ix.elements.size() == 1 && !ix.elements.front().isExpression() && !ix.unique &&
            ix.where.isEmpty() && (ix.method.isEmpty() || ix.method == QLatin1String("btree")) &&
            ix.include.isEmpty() && ix.name.isEmpty() &&
            !m_md.naming.templateFor(QStringLiteral("ix")).isEmpty() &&
            !indexCols.contains(ix.elements.front().column)) {
            inlineIndexes.insert(i);
            indexCols.insert(ix.elements.front().column);
        }
    }
    QStringList items = tableItems(t, inlineFks, inlineUniques, inlineIndexes);
    QStringList options;
    if (!t.schema.isEmpty())
        options << QStringLiteral("\"schema\": ") + pyQuote(t.schema);
    if (!t.comment.isEmpty())
        options << QStringLiteral("\"comment\": ") + pyQuote(t.comment);
    bool sqliteAuto = false;
    for (const Column &c : t.columns)
        sqliteAuto =
            sqliteAuto || (c.autoincrement && t.primaryKey.columns == QStringList{c.name} &&
                           c.type.kind == TypeKind::Integer && !isSerialDefault(c));
    if (sqliteAuto)
        options << QStringLiteral("\"sqlite_autoincrement\": True");
    if (!options.isEmpty())
        items << u'{' + options.join(QStringLiteral(", ")) + u'}';
    if (!items.isEmpty()) {
        out += QStringLiteral("    __table_args__ = (\n");
        for (const QString &i : std::as_const(items))
            out += QStringLiteral("        ") + i + QStringLiteral(",\n");
        out += QStringLiteral("    )\n");
    }
    out += u'\n';
    QSet<QString> usedAttrs;
    for (const Column &c : t.columns) {
        QString attr = c.name;
        if (!isIdentifier(attr) || reservedAttribute(attr)) {
            attr = QStringLiteral("col_") +
                   QString(c.name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")),
                                           QStringLiteral("_"));
        }
        while (usedAttrs.contains(attr))
            attr += u'_';
        usedAttrs.insert(attr);
        QString annotation;
        QString args = columnArgs(t, c, true, attr != c.name, &annotation);
        if (uniqueCols.contains(c.name))
            args += QStringLiteral(", unique=True");
        if (indexCols.contains(c.name))
            args += QStringLiteral(", index=True");
        if (typed())
            out += QStringLiteral("    %1: Mapped[%2] = mapped_column(%3)\n")
                       .arg(attr, annotation.isEmpty() ? QStringLiteral("Any") : annotation, args);
        else
            out += QStringLiteral("    %1 = sa.Column(%2)\n").arg(attr, args);
    }
}

void Writer::writeTable(const Table &t, QString &out)
{
    // No primary key: the ORM cannot map a class, so a Table on Base.metadata.
    QString var = QString(t.name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")),
                                          QStringLiteral("_")) +
                  QStringLiteral("_table");
    if (var.front().isDigit())
        var.prepend(u'_');
    out += QStringLiteral("\n\n%1 = sa.Table(\n    %2,\n    Base.metadata,\n")
               .arg(var, pyQuote(t.name));
    for (const Column &c : t.columns) {
        QString unused;
        out += QStringLiteral("    sa.Column(%1),\n").arg(columnArgs(t, c, false, true, &unused));
    }
    const QSet<QString> inlineFks = [&t] {
        QSet<QString> s;
        for (const schema::ForeignKey &fk : t.foreignKeys) {
            if (fk.columns.size() == 1 && fk.referredColumns.size() == 1)
                s.insert(fk.columns.front());
        }
        return s;
    }();
    for (const QString &i : tableItems(t, inlineFks, {}, {}))
        out += QStringLiteral("    ") + i + QStringLiteral(",\n");
    if (!t.schema.isEmpty())
        out += QStringLiteral("    schema=%1,\n").arg(pyQuote(t.schema));
    if (!t.comment.isEmpty())
        out += QStringLiteral("    comment=%1,\n").arg(pyQuote(t.comment));
    out += QStringLiteral(")\n");
}

QString Writer::write()
{
    MetaData md = m_md.canonical();
    QString body;
    for (const Table &t : md.tables) {
        if (t.primaryKey.columns.isEmpty())
            writeTable(t, body);
        else
            writeClass(t, body);
    }
    QString out = QStringLiteral("\"\"\"SQLAlchemy models written by Stratum (%1 style).\"\"\"\n")
                      .arg(typed() ? QStringLiteral("2.0 typed") : QStringLiteral("1.4 classic"));
    QStringList stdImports = m_types.pythonImports();
    if (typed()) {
        stdImports << QStringLiteral("from typing import Any, Optional");
        stdImports.sort();
    }
    if (!stdImports.isEmpty())
        out += u'\n' + stdImports.join(u'\n') + u'\n';
    out += QStringLiteral("\nimport sqlalchemy as sa\n");
    if (m_types.usesPostgresql())
        out += QStringLiteral("from sqlalchemy.dialects import postgresql\n");
    out +=
        typed()
            ? QStringLiteral("from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n")
            : QStringLiteral("from sqlalchemy.orm import declarative_base\n");
    QString metadata;
    if (!(md.naming == schema::NamingConvention())) {
        QStringList entries;
        for (const auto &[key, templ] : md.naming.templates())
            entries << QStringLiteral("        ") + pyQuote(key) + QStringLiteral(": ") +
                           pyQuote(templ) + u',';
        metadata = QStringLiteral("sa.MetaData(\n    naming_convention={\n") + entries.join(u'\n') +
                   QStringLiteral("\n    }\n)");
    }
    const QString enums = m_types.enumDefinitions();
    // Sequences other than the ones SERIAL makes: create_all() creates a
    // Sequence bound to the metadata before the tables.
    QString sequences;
    for (const schema::Sequence &s : md.sequences) {
        if (!s.ownedByTable.isEmpty()) {
            const Table *owner = md.table(s.schema, s.ownedByTable);
            const Column *c = owner ? owner->column(s.ownedByColumn) : nullptr;
            if (c && isSerialDefault(*c))
                continue;
        }
        QStringList a;
        a << pyQuote(s.name);
        for (const auto &[key, v] :
             {std::pair{"start", s.start}, std::pair{"increment", s.increment},
              std::pair{"minvalue", s.minValue}, std::pair{"maxvalue", s.maxValue},
              std::pair{"cache", s.cache}}) {
            if (v)
                a << QString::fromLatin1(key) + u'=' + QString::number(*v);
        }
        if (s.cycle)
            a << QStringLiteral("cycle=True");
        if (s.dataType != TypeKind::BigInteger)
            a << QStringLiteral("data_type=") +
                     m_types.expression(ColumnType::ofKind(s.dataType), typed());
        if (!s.schema.isEmpty())
            a << QStringLiteral("schema=") + pyQuote(s.schema);
        a << QStringLiteral("metadata=Base.metadata");
        const QString var =
            QStringLiteral("seq_") +
            QString(s.name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")),
                                    QStringLiteral("_"));
        sequences += var + QStringLiteral(" = sa.Sequence(") + a.join(QStringLiteral(", ")) +
                     QStringLiteral(")\n");
    }
    if (typed()) {
        out += QStringLiteral("\n\nclass Base(DeclarativeBase):\n");
        if (metadata.isEmpty())
            out += QStringLiteral("    pass\n");
        else
            out += QStringLiteral("    metadata = ") +
                   QString(metadata).replace(u'\n', QStringLiteral("\n    ")) + u'\n';
    } else {
        out += metadata.isEmpty() ? QStringLiteral("\nBase = declarative_base()\n")
                                  : QStringLiteral("\nBase = declarative_base(metadata=") +
                                        metadata + QStringLiteral(")\n");
    }
    if (!enums.isEmpty())
        out += QStringLiteral("\n") + enums;
    if (!sequences.isEmpty())
        out += QStringLiteral("\n") + sequences;
    return out + body;
}

}  // namespace

QString pyQuote(const QString &value)
{
    bool plain = !value.contains(u'"') && !value.contains(u'\\');
    for (const QChar c : value)
        plain = plain && c.unicode() >= 0x20 && c.unicode() != 0x7F;
    return plain ? u'"' + value + u'"' : pyread::Renderer::quote(value);
}

QString writeModelsPy(const MetaData &metadata, ModelsPyStyle style)
{
    return Writer(metadata, style).write();
}

}  // namespace stratum::migrate
