#pragma once

#include <QList>
#include <QString>

namespace stratum::tests {

// Finds the translatable-text argument of every tr(), translate(),
// QT_TR_NOOP() and QT_TRANSLATE_NOOP() call in a C++ source and reports those
// built at run time by concatenation (+, %, QString construction, .arg() or a
// macro pasted next to a literal), which lupdate cannot extract and
// translators never see. Adjacent string literals ("a" "b") are fine: the
// compiler joins them. Comments, string and character literals are skipped
// while scanning. Pure function of its input; thread-safe.
class TrCallScanner
{
public:
    struct Finding
    {
        int line = 0;
        QString call;      // e.g. "tr"
        QString argument;  // the offending argument, whitespace-collapsed
    };

    static QList<Finding> concatenatedArguments(const QString &source);
};

}  // namespace stratum::tests
