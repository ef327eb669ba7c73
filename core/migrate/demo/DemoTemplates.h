#pragma once

#include <QByteArray>

namespace stratum::migrate {

// The fixed non-revision texts of the demo workspace: alembic.ini, the
// migrations folder's env.py, script.py.mako and README (Alembic 1.8's generic
// template, with render_as_batch for SQLite), the workspace README and a
// SQLAlchemy 2.0 declarative models.py that matches the head revision.
// Stateless; thread-safe.
class DemoTemplates
{
public:
    static QByteArray alembicIni();
    static QByteArray envPy();
    static QByteArray scriptMako();
    static QByteArray scriptReadme();
    static QByteArray readme();
    static QByteArray modelsPy();
};

}  // namespace stratum::migrate
