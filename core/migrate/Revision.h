#pragma once

#include <QString>
#include <QStringList>

namespace stratum::migrate {

// Where a header value was written in its file (1-based; 0 when unknown).
struct SourcePosition
{
    int line = 0;
    int column = 0;
};

// The header of one Alembic revision script, as written in the file: the
// module-level assignments (revision, down_revision, branch_labels, depends_on)
// and the module docstring. Values are kept exactly as written (depends_on may
// name branch labels); RevisionGraph resolves them. A plain value type.
struct Revision
{
    QString id;                 // `revision = "..."`
    QStringList downRevisions;  // `down_revision`: empty for None, one id, or a merge tuple
    QStringList branchLabels;   // `branch_labels`, as written
    QStringList dependsOn;      // `depends_on`, as written (ids or branch labels)
    // Alembic's longdoc: the module docstring with surrounding whitespace stripped.
    QString docstring;
    // Values of the docstring's "Revision ID:", "Revises:" and "Create Date:"
    // lines (informational; Alembic itself reads the assignments).
    QString docRevisionId;
    QString docRevises;
    QString createDate;
    QString path;  // the file it was read from; empty for in-memory revisions

    SourcePosition idPosition;
    SourcePosition downRevisionPosition;
    SourcePosition branchLabelsPosition;
    SourcePosition dependsOnPosition;

    // Alembic's Script.doc: the docstring's first paragraph (the -m message).
    QString message() const;
    // Convenience for tests and generators.
    static Revision make(const QString &id, const QStringList &down,
                         const QString &docstring = QString());
};

}  // namespace stratum::migrate
