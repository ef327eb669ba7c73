#pragma once

#include "core/migrate/ops/Operation.h"
#include "core/schema/Dialect.h"

#include <QList>
#include <QStringList>

namespace stratum::migrate {

// Renders operations as the Python of an Alembic revision's upgrade() or
// downgrade() body, the way Alembic 1.8's autogenerate renders them:
// op.create_table('t', sa.Column(...), sa.PrimaryKeyConstraint(...)),
// op.create_index(op.f('ix_t_c'), 't', ['c'], unique=False),
// op.alter_column('t', 'c', existing_type=..., nullable=False), batch blocks
// (`with op.batch_alter_table('t', schema=None) as batch_op:`) and so on.
// Lines come without the function's indentation (RevisionWriter adds it).
// interpretRevision() reads the output back into the same operations.
// Types Python cannot spell for Stratum (an unknown server type) fall back to
// sa.Text() with a warning. Not thread-safe (collects imports and warnings).
class OperationRenderer
{
public:
    explicit OperationRenderer(schema::Dialect dialect);

    QStringList render(const QList<Operation> &operations);
    QStringList render(const Operation &operation);

    // Imports beyond the template's (op, sa): "from sqlalchemy.dialects import postgresql".
    QStringList imports() const;
    QStringList warnings() const { return m_warnings; }

    QString type(const TypeSpec &type);
    QString column(const ColumnDef &column);
    QString constraint(const ConstraintDef &constraint);
    static QString name(const ObjectName &name, const QString &prefix = QStringLiteral("op"));
    static QString serverDefault(const ServerDefault &d);

private:
    QString elementType(const TypeSpec &type);
    QString indexArgs(const IndexDef &index);
    void renderInto(const Operation &op, const QString &prefix, QStringList &out);

    schema::Dialect m_dialect;
    bool m_usesPostgresql = false;
    QStringList m_warnings;
};

}  // namespace stratum::migrate
