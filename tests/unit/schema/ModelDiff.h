#pragma once

// For test failure messages: where two models first differ, as lines of their
// canonical JSON.

#include "core/schema/MetaDataJson.h"

#include <QStringList>

namespace stratum::schema::test {

inline QString firstDifference(const MetaData &a, const MetaData &b)
{
    const QStringList left = QString::fromUtf8(MetaDataJson::serialize(a)).split(u'\n');
    const QStringList right = QString::fromUtf8(MetaDataJson::serialize(b)).split(u'\n');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i)) {
            QString context;
            for (qsizetype k = qMax<qsizetype>(0, i - 6); k < i; ++k)
                context += left.value(k) + u'\n';
            return QStringLiteral("line %1:\n%2  A: %3\n  B: %4")
                .arg(i + 1)
                .arg(context, left.value(i), right.value(i));
        }
    }
    return QStringLiteral("(no difference in the JSON form)");
}

}  // namespace stratum::schema::test
