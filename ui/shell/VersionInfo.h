#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace stratum::ui {

// The versions a bug report needs: Stratum itself and the libraries it runs on,
// as loaded at run time (not as compiled against). Pure functions; any thread.
struct VersionInfo
{
    static QString stratum();
    static QString qtRuntime();
    static QString qtCompiled();
    static QString libpq();   // e.g. "15.5" from PQlibVersion()
    static QString sqlite();  // e.g. "3.40.1" from sqlite3_libversion()

    // (label, version) rows in display order, labels untranslated product names.
    static QList<QPair<QString, QString>> rows();

    // One "Name version" line per component, for --version and "Copy versions".
    static QString asText();
};

}  // namespace stratum::ui
