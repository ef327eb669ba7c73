#pragma once

#include "core/config/Result.h"

#include <QString>
#include <QStringList>

#include <map>

namespace stratum::schema {

// SQLAlchemy's MetaData.naming_convention: templates keyed "ix", "uq", "ck",
// "fk" and "pk", with the tokens %(table_name)s, %(constraint_name)s,
// %(referred_table_name)s, %(column_0_name)s, %(column_0_key)s,
// %(column_0_label)s, %(referred_column_0_name)s and their multi-column forms
// %(column_0N_name)s (joined) and %(column_0_N_name)s (joined with "_").
// A plain value; rendering is const and thread-safe.
class NamingConvention
{
public:
    // What a template is rendered for: one constraint or index of one table.
    struct Subject
    {
        QString tableSchema;
        QString tableName;
        QStringList columns;
        QString explicitName;  // the name the user gave, if any
        QString referredTable;
        QStringList referredColumns;
    };

    // SQLAlchemy's default: {"ix": "ix_%(column_0_label)s"}.
    NamingConvention();
    static NamingConvention none();

    void set(const QString &key, const QString &templ) { m_templates[key] = templ; }
    void remove(const QString &key) { m_templates.erase(key); }
    QString templateFor(const QString &key) const;
    const std::map<QString, QString> &templates() const { return m_templates; }

    // The name SQLAlchemy would give: the rendered template when one exists for
    // key and the subject is unnamed (or the template uses %(constraint_name)s),
    // otherwise the explicit name (possibly empty). Not truncated; see truncate().
    // Fails on an unknown token, or %(constraint_name)s without a name.
    Result<QString> render(const QString &key, const Subject &subject) const;

    // True when render() would produce a convention name (subject to truncate()).
    bool applies(const QString &key, const Subject &subject) const;

    // SQLAlchemy's truncation of generated names: longer than maxLength
    // characters becomes name[0:maxLength-8] + "_" + md5(name)[-4:].
    static QString truncate(const QString &name, int maxLength);

    bool operator==(const NamingConvention &) const = default;

private:
    std::map<QString, QString> m_templates;
};

}  // namespace stratum::schema
