#include "core/migrate/demo/DemoRevisions.h"

#include "core/migrate/demo/DemoTemplates.h"

namespace stratum::migrate {
namespace {

struct Script
{
    const char *id;
    QStringList down;
    const char *message;
    const char *slug;
    const char *createDate;
    const char *upgrade;
    const char *downgrade;
};

const char *const kAuthors = "3c1e9a7b2d40";
const char *const kCustomers = "7b2d4f6e8a13";
const char *const kOrders = "b5e8a2c4d691";
const char *const kGenres = "4d9c7e1f3a25";
const char *const kLoyalty = "e2a6b8d0c347";
const char *const kMerge = "9f0b3d5e7c18";
const char *const kReviews = "c6d8e0f2a459";
const char *const kTotals = "5a7c9e1b3d62";

// The bodies read as Alembic 1.8's autogenerate writes them for SQLite with
// render_as_batch=True and the naming convention of models.py, lightly
// adjusted by hand where a developer would (the view, the data-free merge).
QList<Script> scripts()
{
    return {
        {kAuthors,
         {},
         "create authors and books",
         "create_authors_and_books",
         "2024-03-04 09:12:31.418205",
         R"PY(    op.create_table('authors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('born', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authors'))
    )
    op.create_table('books',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('isbn', sa.String(length=13), nullable=False),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('price', sa.Numeric(precision=8, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['authors.id'], name=op.f('fk_books_author_id_authors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_books')),
    sa.UniqueConstraint('isbn', name=op.f('uq_books_isbn'))
    )
    op.create_index(op.f('ix_books_title'), 'books', ['title'], unique=False)
)PY",
         R"PY(    op.drop_index(op.f('ix_books_title'), table_name='books')
    op.drop_table('books')
    op.drop_table('authors')
)PY"},
        {kCustomers,
         {QString::fromLatin1(kAuthors)},
         "add customers",
         "add_customers",
         "2024-03-11 14:03:07.662190",
         R"PY(    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('city', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('email', name=op.f('uq_customers_email'))
    )
)PY",
         R"PY(    op.drop_table('customers')
)PY"},
        {kOrders,
         {QString::fromLatin1(kCustomers)},
         "add orders and order items",
         "add_orders_and_order_items",
         "2024-03-18 10:47:55.120934",
         R"PY(    op.create_table('orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('ordered_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='placed', nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_orders_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders'))
    )
    op.create_index(op.f('ix_orders_customer_id'), 'orders', ['customer_id'], unique=False)
    op.create_table('order_items',
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('book_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), server_default='1', nullable=False),
    sa.Column('unit_price', sa.Numeric(precision=8, scale=2), nullable=False),
    sa.Column('discount_pct', sa.Numeric(precision=5, scale=2), server_default='0', nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_order_items_quantity_positive')),
    sa.ForeignKeyConstraint(['book_id'], ['books.id'], name=op.f('fk_order_items_book_id_books')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_items_order_id_orders')),
    sa.PrimaryKeyConstraint('order_id', 'book_id', name=op.f('pk_order_items'))
    )
)PY",
         R"PY(    op.drop_table('order_items')
    op.drop_index(op.f('ix_orders_customer_id'), table_name='orders')
    op.drop_table('orders')
)PY"},
        {kGenres,
         {QString::fromLatin1(kOrders)},
         "add genres",
         "add_genres",
         "2024-04-02 16:21:40.503877",
         R"PY(    op.create_table('genres',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_genres')),
    sa.UniqueConstraint('name', name=op.f('uq_genres_name'))
    )
    with op.batch_alter_table('books', schema=None) as batch_op:
        batch_op.add_column(sa.Column('genre_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_books_genre_id'), ['genre_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_books_genre_id_genres'), 'genres', ['genre_id'], ['id'])
)PY",
         R"PY(    with op.batch_alter_table('books', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_books_genre_id_genres'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_books_genre_id'))
        batch_op.drop_column('genre_id')

    op.drop_table('genres')
)PY"},
        {kLoyalty,
         {QString::fromLatin1(kOrders)},
         "add customer loyalty points",
         "add_customer_loyalty_points",
         "2024-04-05 11:08:19.774412",
         R"PY(    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('loyalty_points', sa.Integer(), server_default='0', nullable=False))
)PY",
         R"PY(    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('loyalty_points')
)PY"},
        {kMerge,
         {QString::fromLatin1(kGenres), QString::fromLatin1(kLoyalty)},
         "merge genres and loyalty points",
         "merge_genres_and_loyalty_points",
         "2024-04-09 09:55:02.031846",
         nullptr,
         nullptr},
        {kReviews,
         {QString::fromLatin1(kMerge)},
         "add reviews",
         "add_reviews",
         "2024-04-22 15:36:48.905521",
         R"PY(    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('rating', sa.SmallInteger(), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.CheckConstraint('rating BETWEEN 1 AND 5', name=op.f('ck_reviews_rating_range')),
    sa.ForeignKeyConstraint(['book_id'], ['books.id'], name=op.f('fk_reviews_book_id_books')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_reviews_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    sa.UniqueConstraint('book_id', 'customer_id', name=op.f('uq_reviews_book_id'))
    )
    op.create_index(op.f('ix_reviews_customer_id'), 'reviews', ['customer_id'], unique=False)
)PY",
         R"PY(    op.drop_index(op.f('ix_reviews_customer_id'), table_name='reviews')
    op.drop_table('reviews')
)PY"},
        {kTotals,
         {QString::fromLatin1(kReviews)},
         "drop item discounts, add order totals view",
         "drop_item_discounts_add_order_totals_view",
         "2024-05-06 10:14:27.288640",
         R"PY(    with op.batch_alter_table('order_items', schema=None) as batch_op:
        batch_op.drop_column('discount_pct')

    op.execute(
        """
        CREATE VIEW order_totals AS
        SELECT o.id AS order_id,
               o.customer_id AS customer_id,
               o.ordered_at AS ordered_at,
               COUNT(*) AS items,
               SUM(i.quantity * i.unit_price) AS total
        FROM orders AS o
        JOIN order_items AS i ON i.order_id = o.id
        GROUP BY o.id, o.customer_id, o.ordered_at
        """
    )
)PY",
         R"PY(    op.execute("DROP VIEW order_totals")
    with op.batch_alter_table('order_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discount_pct', sa.Numeric(precision=5, scale=2), server_default='0', nullable=False))
)PY"},
    };
}

QString pyRepr(const QStringList &down)
{
    if (down.isEmpty())
        return QStringLiteral("None");
    if (down.size() == 1)
        return u'\'' + down.first() + u'\'';
    return QStringLiteral("('") + down.join(QStringLiteral("', '")) + QStringLiteral("')");
}

// Alembic 1.8's generic script.py.mako, rendered.
QByteArray render(const Script &s)
{
    const auto body = [](const char *ops) {
        if (!ops)
            return QStringLiteral("    pass\n");
        return QStringLiteral(
                   "    # ### commands auto generated by Alembic - please adjust! ###\n") +
               QString::fromUtf8(ops) + QStringLiteral("    # ### end Alembic commands ###\n");
    };
    QString text;
    text += QStringLiteral("\"\"\"%1\n\nRevision ID: %2\nRevises: %3\nCreate Date: %4\n\n\"\"\"\n")
                .arg(QString::fromUtf8(s.message), QString::fromLatin1(s.id),
                     s.down.join(QStringLiteral(", ")), QString::fromLatin1(s.createDate));
    text += QStringLiteral("from alembic import op\nimport sqlalchemy as sa\n\n\n");
    text += QStringLiteral("# revision identifiers, used by Alembic.\n");
    text += QStringLiteral("revision = '%1'\n").arg(QString::fromLatin1(s.id));
    text += QStringLiteral("down_revision = %1\n").arg(pyRepr(s.down));
    text += QStringLiteral("branch_labels = None\ndepends_on = None\n\n\n");
    text += QStringLiteral("def upgrade() -> None:\n") + body(s.upgrade);
    text += QStringLiteral("\n\ndef downgrade() -> None:\n") + body(s.downgrade);
    return text.toUtf8();
}

}  // namespace

QList<DemoFile> DemoRevisions::files()
{
    QList<DemoFile> out = {
        {QStringLiteral("alembic.ini"), DemoTemplates::alembicIni()},
        {QStringLiteral("README.md"), DemoTemplates::readme()},
        {scriptDirectory() + QStringLiteral("/README"), DemoTemplates::scriptReadme()},
        {scriptDirectory() + QStringLiteral("/env.py"), DemoTemplates::envPy()},
        {scriptDirectory() + QStringLiteral("/script.py.mako"), DemoTemplates::scriptMako()},
        {modelsPy(), DemoTemplates::modelsPy()},
    };
    for (const Script &s : scripts()) {
        out.append({versionsDirectory() + u'/' + QString::fromLatin1(s.id) + u'_' +
                        QString::fromLatin1(s.slug) + QStringLiteral(".py"),
                    render(s)});
    }
    return out;
}

QStringList DemoRevisions::revisionIds()
{
    QStringList ids;
    for (const Script &s : scripts())
        ids << QString::fromLatin1(s.id);
    return ids;
}

QString DemoRevisions::databaseRevision()
{
    return QString::fromLatin1(kGenres);
}

QString DemoRevisions::headRevision()
{
    return QString::fromLatin1(kTotals);
}

}  // namespace stratum::migrate
