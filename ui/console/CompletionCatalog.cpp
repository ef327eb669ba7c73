#include "ui/console/CompletionCatalog.h"

#include "ui/console/SqlKeywords.h"
#include "ui/console/SqlScanner.h"
#include "ui/console/SqlStatementSplitter.h"

#include <QSet>

namespace stratum::ui {

namespace {

// A name as written: quoted identifiers lose their quotes.
QString unquote(QStringView token)
{
    if (token.size() >= 2 &&
        (token.front() == QLatin1Char('"') || token.front() == QLatin1Char('`') ||
         token.front() == QLatin1Char('['))) {
        QString s = token.mid(1, token.size() - 2).toString();
        s.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        return s;
    }
    return token.toString();
}

bool isName(const SqlToken &t)
{
    return t.kind == SqlToken::Word || t.kind == SqlToken::QuotedIdentifier;
}

bool isDot(const SqlScanner &s, const SqlToken &t)
{
    return t.kind == SqlToken::Operator && s.text(t) == QLatin1String(".");
}

// Words that end a FROM list or cannot be a table alias.
bool endsFromList(const QString &lower)
{
    static const QSet<QString> words = {
        QStringLiteral("where"),   QStringLiteral("group"),     QStringLiteral("order"),
        QStringLiteral("limit"),   QStringLiteral("having"),    QStringLiteral("union"),
        QStringLiteral("except"),  QStringLiteral("intersect"), QStringLiteral("on"),
        QStringLiteral("using"),   QStringLiteral("set"),       QStringLiteral("values"),
        QStringLiteral("window"),  QStringLiteral("returning"), QStringLiteral("offset"),
        QStringLiteral("select"),  QStringLiteral("natural"),   QStringLiteral("join"),
        QStringLiteral("left"),    QStringLiteral("right"),     QStringLiteral("inner"),
        QStringLiteral("outer"),   QStringLiteral("full"),      QStringLiteral("cross"),
        QStringLiteral("lateral"), QStringLiteral("default"),
    };
    return words.contains(lower);
}

// alias (or table name) -> "schema.table" or "table", lower-case, from the
// statement's FROM/JOIN/UPDATE/INTO clauses.
QHash<QString, QString> tableReferences(QStringView statement, schema::Dialect dialect)
{
    std::vector<SqlToken> tokens;
    SqlScanner scanner(statement, dialect);
    while (!scanner.atEnd()) {
        const SqlToken t = scanner.next();
        if (!t.isTrivia())
            tokens.push_back(t);
    }
    QHash<QString, QString> refs;
    bool inFrom = false;
    const auto lower = [&](std::size_t i) {
        return i < tokens.size() && tokens[i].kind == SqlToken::Word
                   ? scanner.text(tokens[i]).toString().toLower()
                   : QString();
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const QString w = lower(i);
        const bool starts = w == QLatin1String("from") || w == QLatin1String("join") ||
                            w == QLatin1String("update") || w == QLatin1String("into");
        const bool comma = inFrom && tokens[i].kind == SqlToken::Operator &&
                           scanner.text(tokens[i]) == QLatin1String(",");
        if (!w.isEmpty() && endsFromList(w) && w != QLatin1String("join"))
            inFrom = false;
        if (!starts && !comma)
            continue;
        if (w == QLatin1String("from") || w == QLatin1String("join"))
            inFrom = true;
        std::size_t j = i + 1;
        if (j >= tokens.size() || !isName(tokens[j]))
            continue;
        QString table = unquote(scanner.text(tokens[j])).toLower();
        ++j;
        if (j + 1 < tokens.size() && isDot(scanner, tokens[j]) && isName(tokens[j + 1])) {
            table += QLatin1Char('.') + unquote(scanner.text(tokens[j + 1])).toLower();
            j += 2;
        }
        refs.insert(table.section(QLatin1Char('.'), -1), table);
        refs.insert(table, table);
        if (lower(j) == QLatin1String("as"))
            ++j;
        if (j < tokens.size() && isName(tokens[j])) {
            const QString alias = unquote(scanner.text(tokens[j])).toLower();
            if (tokens[j].kind == SqlToken::QuotedIdentifier ||
                (!endsFromList(alias) && !SqlKeywords::isKeyword(alias)))
                refs.insert(alias, table);
        }
        i = j - 1;
    }
    return refs;
}

bool matches(const QString &candidate, const QString &prefix)
{
    return candidate.startsWith(prefix, Qt::CaseInsensitive);
}

}  // namespace

std::shared_ptr<const CompletionCatalog> CompletionCatalog::build(const schema::MetaData &metadata,
                                                                  schema::Dialect dialect)
{
    auto c = std::make_shared<CompletionCatalog>();
    c->m_dialect = dialect;
    const auto addTable = [&](const QString &schemaName, const QString &name, QStringList columns) {
        const int index = int(c->m_tables.size());
        c->m_tables.push_back({schemaName, name, std::move(columns)});
        c->m_byName.insert(name.toLower(), index);
        if (!schemaName.isEmpty()) {
            c->m_byName.insert(schemaName.toLower() + QLatin1Char('.') + name.toLower(), index);
            c->m_bySchema[schemaName.toLower()].append(index);
            if (!c->m_schemas.contains(schemaName))
                c->m_schemas << schemaName;
        }
    };
    for (const schema::Table &t : metadata.tables) {
        QStringList columns;
        for (const schema::Column &col : t.columns)
            columns << col.name;
        addTable(t.schema, t.name, columns);
    }
    for (const schema::View &v : metadata.views)
        addTable(v.schema, v.name, {});
    c->m_schemas.sort();
    return c;
}

std::shared_ptr<const CompletionCatalog> CompletionCatalog::basic(schema::Dialect dialect)
{
    return build(schema::MetaData(), dialect);
}

const CompletionCatalog::TableEntry *CompletionCatalog::findTable(const QString &lowerName) const
{
    const auto it = m_byName.constFind(lowerName);
    return it == m_byName.constEnd() ? nullptr : &m_tables[std::size_t(it.value())];
}

QStringList CompletionCatalog::candidates(QStringView text, int cursor, QString *prefix) const
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    // The statement around the caret.
    const std::vector<SqlStatement> pieces = SqlStatementSplitter::split(text, m_dialect);
    int begin = 0;
    int end = int(text.size());
    for (const SqlStatement &p : pieces) {
        if (cursor >= p.pieceStart && cursor <= p.pieceEnd) {
            begin = p.pieceStart;
            end = p.pieceEnd;
            break;
        }
    }
    const QStringView statement = text.mid(begin, end - begin);
    const QStringView before = text.mid(begin, cursor - begin);

    // The tokens just before the caret: [qualifier "."] [partial word].
    std::vector<SqlToken> tokens;
    SqlScanner scanner(before, m_dialect);
    while (!scanner.atEnd())
        tokens.push_back(scanner.next());
    QString partial;
    QString qualifier;
    std::size_t n = tokens.size();
    if (n > 0) {
        const SqlToken &last = tokens[n - 1];
        if (last.kind == SqlToken::LineComment || last.kind == SqlToken::BlockComment ||
            last.kind == SqlToken::String || last.kind == SqlToken::DollarString ||
            (last.kind == SqlToken::QuotedIdentifier && !last.terminated))
            return {};
        if (last.kind == SqlToken::Word) {
            partial = scanner.text(last).toString();
            --n;
        }
    }
    if (n >= 2 && isDot(scanner, tokens[n - 1]) && isName(tokens[n - 2]))
        qualifier = unquote(scanner.text(tokens[n - 2])).toLower();
    if (prefix)
        *prefix = partial;

    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString &c) {
        if (out.size() < kMaxCandidates && matches(c, partial) && !seen.contains(c)) {
            seen.insert(c);
            out << c;
        }
    };
    const QHash<QString, QString> refs = tableReferences(statement, m_dialect);
    if (!qualifier.isEmpty()) {
        const TableEntry *t = findTable(refs.value(qualifier, qualifier));
        if (t) {
            for (const QString &c : t->columns)
                add(c);
        }
        for (int i : m_bySchema.value(qualifier))
            add(m_tables[std::size_t(i)].name);
        return out;
    }
    for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
        if (const TableEntry *t = findTable(it.value())) {
            for (const QString &c : t->columns)
                add(c);
        }
    }
    for (const TableEntry &t : m_tables)
        add(t.name);
    for (const QString &s : m_schemas)
        add(s);
    for (const QString &f : SqlKeywords::functions(m_dialect))
        add(f);
    const bool lowerCase = !partial.isEmpty() && partial == partial.toLower();
    for (const QString &k : SqlKeywords::keywords())
        add(lowerCase ? k.toLower() : k);
    return out;
}

}  // namespace stratum::ui
