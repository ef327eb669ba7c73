#include "core/schema/MetaData.h"

#include <algorithm>
#include <tuple>

namespace stratum::schema {
namespace {

template <typename T, typename Key> void sortBy(std::vector<T> &items, Key key)
{
    std::stable_sort(items.begin(), items.end(),
                     [&](const T &a, const T &b) { return key(a) < key(b); });
}

QString elementsKey(const Index &ix)
{
    QStringList parts;
    for (const IndexElement &e : ix.elements)
        parts << (e.isExpression() ? u'(' + e.expression + u')' : e.column);
    return parts.join(u'\x1f');
}

}  // namespace

const Table *MetaData::table(const QString &schema, const QString &name) const
{
    for (const Table &t : tables) {
        if (t.schema == schema && t.name == name)
            return &t;
    }
    return nullptr;
}

Table *MetaData::table(const QString &schema, const QString &name)
{
    return const_cast<Table *>(std::as_const(*this).table(schema, name));
}

const EnumType *MetaData::enumType(const QString &schema, const QString &name) const
{
    for (const EnumType &e : enums) {
        if (e.schema == schema && e.name == name)
            return &e;
    }
    return nullptr;
}

const Sequence *MetaData::sequence(const QString &schema, const QString &name) const
{
    for (const Sequence &s : sequences) {
        if (s.schema == schema && s.name == name)
            return &s;
    }
    return nullptr;
}

void MetaData::canonicalize()
{
    schemas.sort();
    schemas.removeDuplicates();
    sortBy(tables, [](const Table &t) { return std::tie(t.schema, t.name); });
    for (Table &t : tables) {
        // Unnamed constraints sort by their content, after the named ones' names.
        sortBy(t.foreignKeys, [](const ForeignKey &f) {
            return std::make_tuple(f.name, f.columns, f.referredSchema, f.referredTable,
                                   f.referredColumns);
        });
        sortBy(t.uniqueConstraints,
               [](const UniqueConstraint &u) { return std::tie(u.name, u.columns); });
        sortBy(t.checkConstraints,
               [](const CheckConstraint &c) { return std::tie(c.name, c.sqlText); });
        sortBy(t.indexes, [](const Index &i) { return std::make_tuple(i.name, elementsKey(i)); });
    }
    sortBy(enums, [](const EnumType &e) { return std::tie(e.schema, e.name); });
    sortBy(sequences, [](const Sequence &s) { return std::tie(s.schema, s.name); });
    sortBy(views, [](const View &v) { return std::tie(v.schema, v.name); });
}

}  // namespace stratum::schema
