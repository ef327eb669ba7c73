#pragma once

#include <QString>
#include <QStringList>

namespace stratum::schema {

// The referential actions of ON DELETE / ON UPDATE. An enum rather than text so
// that no action can smuggle SQL into the DDL.
enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

// ON DELETE / ON UPDATE as SQL, SQLite's pragmas and SQLAlchemy's ondelete=
// spell it ("CASCADE", "set null", ...), in any case; anything else is NO ACTION.
inline ReferentialAction referentialActionFromText(const QString &text)
{
    const QString a = text.trimmed().toUpper();
    if (a == QLatin1String("RESTRICT"))
        return ReferentialAction::Restrict;
    if (a == QLatin1String("CASCADE"))
        return ReferentialAction::Cascade;
    if (a == QLatin1String("SET NULL"))
        return ReferentialAction::SetNull;
    if (a == QLatin1String("SET DEFAULT"))
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

// The small constraint value types a Table holds. An empty name means
// "unnamed": the naming convention or the server chooses one.

struct PrimaryKey
{
    QString name;
    QStringList columns;  // empty: the table has no primary key

    bool operator==(const PrimaryKey &) const = default;
};

struct ForeignKey
{
    QString name;
    QStringList columns;
    QString referredSchema;  // empty: the default schema
    QString referredTable;
    QStringList referredColumns;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    ReferentialAction onDelete = ReferentialAction::NoAction;
    bool deferrable = false;
    bool initiallyDeferred = false;

    bool operator==(const ForeignKey &) const = default;
};

struct UniqueConstraint
{
    QString name;
    QStringList columns;
    bool deferrable = false;
    bool initiallyDeferred = false;

    bool operator==(const UniqueConstraint &) const = default;
};

struct CheckConstraint
{
    QString name;
    QString sqlText;  // the boolean expression, without CHECK ( )

    bool operator==(const CheckConstraint &) const = default;
};

}  // namespace stratum::schema
