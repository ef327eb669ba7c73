#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace stratum::cli {

// The streams a command writes to. Tests substitute strings for stdout/stderr.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

// Exit statuses shared by every verb.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Pulls "--name value" or "--name=value" out of args; returns defaultValue when absent.
QString takeOption(QStringList &args, const QString &name, const QString &defaultValue = {});
// Removes "--name" from args and reports whether it was there.
bool takeFlag(QStringList &args, const QString &name);

}  // namespace stratum::cli
