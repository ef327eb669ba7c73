#include "core/migrate/ops/OperationInterpreter.h"

#include "core/migrate/ops/OpCallReader.h"
#include "core/migrate/ops/SaReader.h"
#include "core/pyread/Module.h"

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;
using pyread::Stmt;
using pyread::StmtKind;

namespace {

// Walks one function body (upgrade or downgrade).
class BodyInterpreter
{
public:
    BodyInterpreter(const pyread::Module &module, SaReader &reader, QList<Operation> &ops,
                    QList<Unsupported> &unsupported)
        : m_module(module)
        , m_reader(reader)
        , m_ops(ops)
        , m_unsupported(unsupported)
    {}

    void run(const std::vector<Stmt> &body)
    {
        for (const Stmt &s : body)
            statement(s);
    }

private:
    void unsupported(const Stmt &s, const QString &message, int line = 0, int column = 0)
    {
        Unsupported u;
        u.message = message;
        u.line = line > 0 ? line : s.span.line;
        u.column = line > 0 ? column : s.span.column;
        u.sourceText = m_module.sourceText(s.span);
        m_unsupported << u;
    }
    void unsupported(const Stmt &s, const Error &e) { unsupported(s, e.message, e.line, e.column); }

    static bool isDocstringOrPass(const Stmt &s)
    {
        return s.kind == StmtKind::Pass ||
               (s.kind == StmtKind::Expr && s.value && s.value->is(ExprKind::String)) ||
               (s.kind == StmtKind::Expr && s.value && s.value->is(ExprKind::Ellipsis));
    }

    SourceRef sourceOf(const Stmt &s) const
    {
        return {m_reader.file(), s.span.line, s.span.column, m_module.sourceText(s.span)};
    }

    void statement(const Stmt &s)
    {
        if (isDocstringOrPass(s))
            return;
        if (s.kind == StmtKind::Import || s.kind == StmtKind::ImportFrom) {
            m_reader.addImport(s);
            return;
        }
        if (s.kind == StmtKind::With) {
            batch(s);
            return;
        }
        if (s.kind != StmtKind::Expr || !s.value || !s.value->is(ExprKind::Call)) {
            unsupported(s, QStringLiteral("%1 statement: only op.* calls and batch_alter_table "
                                          "blocks can run without Alembic")
                               .arg(describeKind(s)));
            return;
        }
        const Expr &call = *s.value;
        const QString callee = m_reader.canonical(*call.callee());
        if (!callee.startsWith(QLatin1String("op."))) {
            unsupported(s, QStringLiteral("call to %1(): only op.* calls can run without Alembic")
                               .arg(call.callee()->dottedName().isEmpty()
                                        ? QStringLiteral("an expression")
                                        : call.callee()->dottedName()));
            return;
        }
        OpCallReader reader(m_reader);
        Result<Operation> op = reader.read(call, callee.mid(3), nullptr);
        if (!op) {
            unsupported(s, op.error());
            return;
        }
        op.value().source = sourceOf(s);
        op.value().call = call.callee()->dottedName();
        m_ops << op.value();
    }

    void batch(const Stmt &s)
    {
        if (s.isAsync || s.items.size() != 1 || !s.items[0].context.is(ExprKind::Call) ||
            m_reader.canonical(*s.items[0].context.callee()) !=
                QLatin1String("op.batch_alter_table")) {
            unsupported(s, QStringLiteral("with statement: only `with op.batch_alter_table(...) "
                                          "as batch_op:` can run without Alembic"));
            return;
        }
        const WithItemView item{s.items[0]};
        if (!item.target || !item.target->is(ExprKind::Name)) {
            unsupported(s, QStringLiteral("batch_alter_table needs `as <name>`"));
            return;
        }
        OpCallReader reader(m_reader);
        Result<BatchAlterTableOp> header = reader.batchHeader(item.context);
        if (!header) {
            unsupported(s, header.error());
            return;
        }
        const QString alias = item.target->text;
        const int before = int(m_unsupported.size());
        BatchAlterTableOp batchOp = *header;
        for (const Stmt &inner : s.body) {
            if (isDocstringOrPass(inner))
                continue;
            if (inner.kind != StmtKind::Expr || !inner.value || !inner.value->is(ExprKind::Call) ||
                inner.value->callee()->dottedName().section(u'.', 0, 0) != alias ||
                inner.value->callee()->dottedName().count(u'.') != 1) {
                unsupported(inner, QStringLiteral("%1 statement inside batch_alter_table: only "
                                                  "%2.* calls can run without Alembic")
                                       .arg(describeKind(inner), alias));
                continue;
            }
            const Expr &call = *inner.value;
            Result<Operation> op = reader.read(call, call.callee()->text, &batchOp);
            if (!op) {
                unsupported(inner, op.error());
                continue;
            }
            op.value().source = sourceOf(inner);
            op.value().call = QStringLiteral("batch_op.") + call.callee()->text;
            batchOp.operations.push_back(op.value());
        }
        if (int(m_unsupported.size()) != before)
            return;  // the whole block is refused with its statements
        Operation op;
        op.op = batchOp;
        op.source = sourceOf(s);
        op.source.text = m_module.sourceText(s.items[0].context.span);
        op.call = QStringLiteral("op.batch_alter_table");
        m_ops << op;
    }

    struct WithItemView
    {
        const pyread::Expr &context;
        const pyread::Expr *target;
        explicit WithItemView(const pyread::WithItem &w)
            : context(w.context)
            , target(w.target ? &*w.target : nullptr)
        {}
    };

    static QString describeKind(const Stmt &s)
    {
        switch (s.kind) {
        case StmtKind::Assign:
        case StmtKind::AnnAssign:
        case StmtKind::AugAssign:
            return QStringLiteral("an assignment");
        case StmtKind::If:
            return QStringLiteral("an if");
        case StmtKind::For:
            return QStringLiteral("a for loop");
        case StmtKind::While:
            return QStringLiteral("a while loop");
        case StmtKind::Try:
            return QStringLiteral("a try");
        case StmtKind::With:
            return QStringLiteral("a with");
        case StmtKind::FunctionDef:
            return QStringLiteral("a def");
        case StmtKind::ClassDef:
            return QStringLiteral("a class");
        case StmtKind::Return:
            return QStringLiteral("a return");
        case StmtKind::Raise:
            return QStringLiteral("a raise");
        case StmtKind::Match:
            return QStringLiteral("a match");
        default:
            return QStringLiteral("this");
        }
    }

    const pyread::Module &m_module;
    SaReader &m_reader;
    QList<Operation> &m_ops;
    QList<Unsupported> &m_unsupported;
};

}  // namespace

Result<RevisionOperations> interpretRevision(const pyread::Module &module, const QString &filePath)
{
    const Stmt *upgrade = module.findFunction(u"upgrade");
    if (!upgrade) {
        Error e;
        e.message = QStringLiteral("no upgrade() function: not an Alembic revision script");
        e.source = filePath;
        e.line = 1;
        e.column = 1;
        e.code = QStringLiteral("revision");
        return e;
    }
    SaReader reader(module, filePath);
    RevisionOperations out;
    BodyInterpreter(module, reader, out.upgrade, out.unsupportedUpgrade).run(upgrade->body);
    if (const Stmt *downgrade = module.findFunction(u"downgrade")) {
        BodyInterpreter(module, reader, out.downgrade, out.unsupportedDowngrade)
            .run(downgrade->body);
    } else {
        out.unsupportedDowngrade << Unsupported{
            QStringLiteral("no downgrade() function: this revision cannot be downgraded"), 1, 1,
            QString()};
    }
    return out;
}

}  // namespace stratum::migrate
