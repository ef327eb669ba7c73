#include "ui/console/EditTarget.h"

#include "ui/console/SqlScanner.h"

#include <QCoreApplication>

// The translation context of this file's messages (outside any namespace so
// that lupdate records the name looked up at run time).
class EditTargetText
{
    Q_DECLARE_TR_FUNCTIONS(EditTargetText)
};

namespace stratum::ui {

namespace {

struct Token
{
    SqlToken::Kind kind;
    QString text;
    int depth;
};

bool isWord(const Token &t, const char *word)
{
    return t.kind == SqlToken::Word &&
           t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

bool isAnyWord(const Token &t, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (isWord(t, w))
            return true;
    }
    return false;
}

// A name token as the server sees it: quotes removed, unquoted PostgreSQL
// names folded to lower case.
QString identifier(const Token &t, schema::Dialect dialect)
{
    if (t.kind == SqlToken::Word)
        return dialect == schema::Dialect::PostgreSQL ? t.text.toLower() : t.text;
    const QChar open = t.text.front();
    const QChar close = open == u'[' ? QChar(u']') : open;
    QString inner = t.text.mid(1, t.text.size() - 2);
    if (open != u'[')
        inner.replace(QString(2, close), QString(close));
    return inner;
}

bool isName(const Token &t)
{
    return t.kind == SqlToken::Word || t.kind == SqlToken::QuotedIdentifier;
}

const schema::Table *findTable(const schema::MetaData &metadata, const SelectSource &source,
                               schema::Dialect dialect)
{
    if (const schema::Table *t = metadata.table(source.schema, source.table))
        return t;
    // SQLite compares names without regard to case.
    if (dialect == schema::Dialect::SQLite) {
        for (const schema::Table &t : metadata.tables) {
            if (t.name.compare(source.table, Qt::CaseInsensitive) == 0 &&
                t.schema.compare(source.schema, Qt::CaseInsensitive) == 0)
                return &t;
        }
    }
    return nullptr;
}

}  // namespace

SelectSource EditTarget::sourceOf(QStringView sql, schema::Dialect dialect)
{
    std::vector<Token> tokens;
    SqlScanner scanner(sql, dialect);
    int depth = 0;
    while (!scanner.atEnd()) {
        const SqlToken t = scanner.next();
        if (t.isTrivia())
            continue;
        if (t.kind == SqlToken::CloseParen)
            --depth;
        tokens.push_back({t.kind, scanner.text(t).toString(), depth});
        if (t.kind == SqlToken::OpenParen)
            ++depth;
    }
    SelectSource out;
    const auto refuse = [&out](const QString &reason) {
        out = SelectSource{};
        out.reason = reason;
        return out;
    };
    if (tokens.empty() || !isWord(tokens.front(), "select")) {
        if (!tokens.empty() && isWord(tokens.front(), "with"))
            return refuse(EditTargetText::tr("the query uses WITH"));
        return refuse(EditTargetText::tr("only a SELECT from one table can be edited"));
    }
    size_t i = 1;
    for (; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.depth == 0 && isWord(t, "from"))
            break;
        if (t.depth == 0 && isAnyWord(t, {"union", "intersect", "except"}))
            return refuse(EditTargetText::tr("the query combines several SELECTs"));
        if (t.depth == 0 && isWord(t, "into"))
            return refuse(EditTargetText::tr("the query is SELECT INTO"));
    }
    if (i >= tokens.size())
        return refuse(EditTargetText::tr("the query reads no table"));
    ++i;
    if (i < tokens.size() && isWord(tokens[i], "only"))
        ++i;
    if (i >= tokens.size() || !isName(tokens[i]))
        return refuse(i < tokens.size() && tokens[i].kind == SqlToken::OpenParen
                          ? EditTargetText::tr("the query reads from a subquery")
                          : EditTargetText::tr("the query reads no table"));
    QString first = identifier(tokens[i], dialect);
    ++i;
    if (i + 1 < tokens.size() && tokens[i].kind == SqlToken::Operator && tokens[i].text == u'.' &&
        isName(tokens[i + 1])) {
        out.schema = first;
        first = identifier(tokens[i + 1], dialect);
        i += 2;
    }
    if (i < tokens.size() && tokens[i].kind == SqlToken::OpenParen)
        return refuse(EditTargetText::tr("the query reads from a function"));
    out.table = first;
    for (; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.depth != 0)
            continue;
        if (t.kind == SqlToken::Semicolon)
            break;
        if (t.kind == SqlToken::Operator && t.text == u',')
            return refuse(EditTargetText::tr("the query reads more than one table"));
        if (isAnyWord(t, {"join", "natural", "cross", "lateral"}))
            return refuse(EditTargetText::tr("the query joins tables"));
        if (isAnyWord(t, {"group", "having"}))
            return refuse(EditTargetText::tr("the query groups rows"));
        if (isAnyWord(t, {"union", "intersect", "except"}))
            return refuse(EditTargetText::tr("the query combines several SELECTs"));
    }
    return out;
}

Result<EditTarget> EditTarget::resolve(const SelectSource &source, const ColumnList &columns,
                                       const schema::MetaData &metadata, schema::Dialect dialect)
{
    const auto refuse = [](const QString &message) {
        Error e;
        e.message = message;
        e.code = QStringLiteral("not_editable");
        return e;
    };
    if (!source.isValid())
        return refuse(source.reason);
    const schema::Table *table = findTable(metadata, source, dialect);
    if (!table)
        return refuse(
            EditTargetText::tr("%1 is not a table (views and unknown names cannot be edited)")
                .arg(source.schema.isEmpty() ? source.table : source.schema + u'.' + source.table));
    if (table->primaryKey.columns.isEmpty())
        return refuse(EditTargetText::tr("the table %1 has no primary key, so a row cannot be "
                                         "addressed")
                          .arg(table->displayName()));
    EditTarget target;
    target.table = int(table - metadata.tables.data());
    target.schema = table->schema;
    target.name = table->name;
    target.displayName = table->displayName();
    for (const engine::ColumnInfo &c : columns) {
        QString name;
        if (dialect == schema::Dialect::SQLite) {
            // The origin of a plain column; expressions have none.
            if (!c.originName.isEmpty() &&
                c.tableName.compare(table->name, Qt::CaseInsensitive) == 0) {
                for (const schema::Column &col : table->columns) {
                    if (col.name.compare(c.originName, Qt::CaseInsensitive) == 0)
                        name = col.name;
                }
            }
        } else if (c.tableOid != 0 && table->column(c.name)) {
            name = c.name;
        }
        if (target.columnFor.contains(name))
            name.clear();  // a repeated column is shown, edited once
        target.columnFor << name;
    }
    QStringList missing;
    for (const QString &key : table->primaryKey.columns) {
        const int at = int(target.columnFor.indexOf(key));
        if (at < 0)
            missing << key;
        target.keyColumns.push_back(at);
    }
    if (!missing.isEmpty())
        return refuse(EditTargetText::tr("the result lacks the primary key column(s) %1 of %2")
                          .arg(missing.join(QLatin1String(", ")), table->displayName()));
    return target;
}

}  // namespace stratum::ui
