#include "core/migrate/demo/DemoData.h"

#include "core/engine/DriverConnection.h"
#include "core/engine/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace stratum::migrate {
namespace {

using engine::Params;

// xorshift64* (Vigna): tiny, fast and the same everywhere. The demo must not
// depend on the standard library's distributions, whose output differs
// between implementations.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    int below(int n) { return int((next() >> 33) % quint64(n)); }
    bool percent(int p) { return below(100) < p; }
    template <typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state;
};

const char *const kFirstNames[] = {
    "Ada",   "Alan",  "Amara", "Ana",   "Ben",  "Chloe", "Dara",  "David", "Elena", "Emil",
    "Farah", "Grace", "Hana",  "Hugo",  "Ines", "Ivan",  "James", "Jin",   "Kofi",  "Lena",
    "Liam",  "Maya",  "Mateo", "Nadia", "Noah", "Olga",  "Omar",  "Priya", "Rosa",  "Sam",
    "Sofia", "Tariq", "Theo",  "Uma",   "Vera", "Wei",   "Yara",  "Yusuf", "Zoe",   "Zane"};
const char *const kLastNames[] = {
    "Abe",    "Adeyemi",  "Berg",    "Costa",  "Dubois",   "Eriksen", "Fischer", "Garcia",
    "Haddad", "Ito",      "Jensen",  "Kaur",   "Kowalski", "Larsen",  "Lopez",   "Moreau",
    "Murphy", "Nakamura", "Novak",   "Okafor", "Olsen",    "Park",    "Petrov",  "Quinn",
    "Rossi",  "Santos",   "Schmidt", "Silva",  "Singh",    "Suzuki",  "Tanaka",  "Ueda",
    "Varga",  "Walsh",    "Weber",   "Xu",     "Yilmaz",   "Young",   "Zhang",   "Zielinski"};
const char *const kCountries[] = {"GB", "US", "FR", "DE", "IE", "IT", "ES", "NL",
                                  "SE", "JP", "BR", "CA", "IN", "NG", "AU", "PL"};
const char *const kCities[] = {"Amsterdam", "Berlin",    "Boston",   "Dublin",     "Edinburgh",
                               "Kyoto",     "Lagos",     "Lisbon",   "London",     "Lyon",
                               "Madrid",    "Melbourne", "Montreal", "Mumbai",     "Oslo",
                               "Porto",     "Prague",    "Seattle",  "Stockholm",  "Toronto",
                               "Turin",     "Vienna",    "Warsaw",   "Wellington", "Zurich"};
const char *const kGenreNames[DemoData::kGenres] = {
    "Fiction", "Mystery", "Science Fiction", "Fantasy", "Biography", "History",
    "Poetry",  "Travel",  "Cookery",         "Science", "Children",  "Philosophy"};
const char *const kAdjectives[] = {"Silent", "Hidden",  "Last",    "Broken", "Golden",   "Distant",
                                   "Winter", "Quiet",   "Burning", "Paper",  "Northern", "Secret",
                                   "Small",  "Endless", "Crimson", "Salt",   "Iron",     "Glass"};
const char *const kNouns[] = {"Harbour", "Garden", "Orchard", "River",   "Lantern", "Library",
                              "Island",  "Letter", "Machine", "Tide",    "Kingdom", "Bridge",
                              "Mirror",  "Summer", "Forest",  "Compass", "Tower",   "Map"};
const char *const kPlaces[] = {"Avalon",    "the Sea",    "Small Things", "the North", "Tomorrow",
                               "Lost Time", "the Valley", "Stone",        "the Stars", "Ash"};
const char *const kNotes[] = {"Gift wrap, please.", "Leave with the neighbour.",
                              "Deliver after 5 pm.", "Signed copy if possible.",
                              "Part of a birthday present."};

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

// SQLAlchemy's SQLite storage formats for Date and DateTime.
QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString isoDateTime(qint64 secondsSinceEpoch2020)
{
    static const QDateTime epoch(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    return epoch.addSecs(secondsSinceEpoch2020).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(".000000");
}

QString isbn13(int id)
{
    // 48271 is coprime with 10^9, so distinct ids give distinct ISBNs.
    const qint64 body = (qint64(id) * 48271 + 123457) % 1000000000;
    const QString digits = QStringLiteral("978") + QString::number(body).rightJustified(9, u'0');
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits[i].unicode() - u'0') * (i % 2 ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

struct TableRows
{
    const char *table;
    QStringList columns;
    std::vector<Params> rows;
};

struct Generated
{
    std::vector<TableRows> tables;
    qint64 total = 0;
};

Generated generate()
{
    Rng rng(0x5eed5a7a7b00c5ULL);
    TableRows genres{"genres", {QStringLiteral("id"), QStringLiteral("name")}, {}};
    for (int i = 0; i < DemoData::kGenres; ++i)
        genres.rows.push_back({i + 1, latin(kGenreNames[i])});

    TableRows authors{"authors",
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("country"),
                       QStringLiteral("born")},
                      {}};
    for (int id = 1; id <= DemoData::kAuthors; ++id) {
        // One draw per statement: the order in which operands of + or of a
        // call are evaluated is unspecified, and the data must not depend on it.
        const QString first = latin(rng.pick(kFirstNames));
        const QString name = first + u' ' + latin(rng.pick(kLastNames));
        const QVariant country =
            rng.percent(6) ? QVariant() : QVariant(latin(rng.pick(kCountries)));
        const QVariant born = rng.percent(10)
                                  ? QVariant()
                                  : QVariant(isoDate(QDate(1900, 1, 1).addDays(rng.below(33000))));
        authors.rows.push_back({id, name, country, born});
    }

    TableRows books{"books",
                    {QStringLiteral("id"), QStringLiteral("author_id"), QStringLiteral("title"),
                     QStringLiteral("isbn"), QStringLiteral("published"), QStringLiteral("price"),
                     QStringLiteral("genre_id")},
                    {}};
    std::vector<QString> prices(DemoData::kBooks + 1);
    static const char *const cents[] = {"49", "95", "99", "99"};
    for (int id = 1; id <= DemoData::kBooks; ++id) {
        QString title;
        switch (rng.below(3)) {
        case 0:
            title = QStringLiteral("The ") + latin(rng.pick(kAdjectives));
            title += u' ' + latin(rng.pick(kNouns));
            break;
        case 1:
            title = QStringLiteral("The ") + latin(rng.pick(kNouns));
            title += QStringLiteral(" of ") + latin(rng.pick(kPlaces));
            break;
        default:
            title = latin(rng.pick(kAdjectives));
            title += u' ' + latin(rng.pick(kNouns)) + QStringLiteral("s");
            break;
        }
        prices[id] = QString::number(5 + rng.below(40));
        prices[id] += u'.' + latin(rng.pick(cents));
        const QVariant published =
            rng.percent(3) ? QVariant()
                           : QVariant(isoDate(QDate(1950, 1, 1).addDays(rng.below(27000))));
        const QVariant genre =
            rng.percent(8) ? QVariant() : QVariant(1 + rng.below(DemoData::kGenres));
        const int author = 1 + rng.below(DemoData::kAuthors);
        books.rows.push_back({id, author, title, isbn13(id), published, prices[id], genre});
    }

    TableRows customers{"customers",
                        {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"),
                         QStringLiteral("city"), QStringLiteral("created_at")},
                        {}};
    for (int id = 1; id <= DemoData::kCustomers; ++id) {
        const QString first = latin(rng.pick(kFirstNames));
        const QString last = latin(rng.pick(kLastNames));
        const QString email =
            QStringLiteral("%1.%2.%3@example.com").arg(first.toLower(), last.toLower()).arg(id);
        const QVariant city = rng.percent(8) ? QVariant() : QVariant(latin(rng.pick(kCities)));
        const qint64 day = rng.below(2 * 365);
        const qint64 created = day * 86400 + rng.below(86400);
        customers.rows.push_back({id, email, first + u' ' + last, city, isoDateTime(created)});
    }

    TableRows orders{"orders",
                     {QStringLiteral("id"), QStringLiteral("customer_id"),
                      QStringLiteral("ordered_at"), QStringLiteral("status"),
                      QStringLiteral("notes")},
                     {}};
    TableRows items{"order_items",
                    {QStringLiteral("order_id"), QStringLiteral("book_id"),
                     QStringLiteral("quantity"), QStringLiteral("unit_price"),
                     QStringLiteral("discount_pct")},
                    {}};
    // Orders run from 2022 through 2024 in id order; lower customer ids are
    // regulars (the minimum of two draws skews towards them).
    const qint64 start2022 = QDate(2020, 1, 1).daysTo(QDate(2022, 1, 1)) * 86400;
    const qint64 spacing = qint64(3 * 365) * 86400 / DemoData::kOrders;
    for (int id = 1; id <= DemoData::kOrders; ++id) {
        const int draw = rng.below(DemoData::kCustomers);
        const int customer = 1 + std::min(draw, rng.below(DemoData::kCustomers));
        const qint64 at = start2022 + qint64(id - 1) * spacing + rng.below(int(spacing));
        QString status;
        if (id > DemoData::kOrders - 150)
            status = QStringLiteral("placed");
        else if (id > DemoData::kOrders - 400)
            status = QStringLiteral("shipped");
        else
            status = rng.percent(3)   ? QStringLiteral("cancelled")
                     : rng.percent(2) ? QStringLiteral("returned")
                                      : QStringLiteral("delivered");
        const QVariant notes = rng.percent(4) ? QVariant(latin(rng.pick(kNotes))) : QVariant();
        orders.rows.push_back({id, customer, isoDateTime(at), status, notes});

        const int roll = rng.below(100);
        const int count = roll < 45 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 : 4;
        int chosen[4] = {0, 0, 0, 0};
        for (int n = 0; n < count; ++n) {
            const int book = 1 + rng.below(DemoData::kBooks);
            if (std::find(chosen, chosen + n, book) != chosen + n)
                continue;  // one line per book: (order_id, book_id) is the key
            chosen[n] = book;
            const int q = rng.below(100);
            const int discount = rng.below(100);  // drawn after q, in its own statement
            items.rows.push_back({id, book,
                                  q < 80   ? 1
                                  : q < 95 ? 2
                                           : 3,
                                  prices[book],
                                  discount < 85   ? QStringLiteral("0")
                                  : discount < 95 ? QStringLiteral("5.00")
                                                  : QStringLiteral("10.00")});
        }
    }

    Generated out;
    // Parents before children: every Stratum SQLite connection enforces foreign keys.
    out.tables = {std::move(genres),    std::move(authors), std::move(books),
                  std::move(customers), std::move(orders),  std::move(items)};
    for (const TableRows &t : out.tables)
        out.total += qint64(t.rows.size());
    return out;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString insertSql(const TableRows &t, int rows)
{
    QStringList cols;
    for (const QString &c : t.columns)
        cols << quoted(c);
    const QString one = u'(' + QStringList(t.columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(latin(t.table)), cols.join(QStringLiteral(", ")),
             QStringList(rows, one).join(u','));
}

Error cancelledError()
{
    Error e;
    e.message = QStringLiteral("Creating the demo workspace was cancelled.");
    e.code = QStringLiteral("cancelled");
    return e;
}

}  // namespace

Result<qint64> DemoData::insert(engine::DriverConnection &connection, const Progress &progress,
                                const std::atomic<bool> *cancel)
{
    const Generated data = generate();
    Result<engine::Transaction> tx = engine::Transaction::begin(connection);
    if (!tx)
        return tx.error();
    qint64 done = 0;
    for (const TableRows &t : data.tables) {
        // Up to ~500 bound values per statement: well under SQLite's limit,
        // and few enough statements that preparing each one costs little.
        const int perStatement = std::max(1, 500 / int(t.columns.size()));
        const QString fullSql = insertSql(t, perStatement);
        for (size_t first = 0; first < t.rows.size(); first += size_t(perStatement)) {
            if (cancel && cancel->load())
                return cancelledError();  // the transaction rolls back
            const size_t n = std::min(t.rows.size() - first, size_t(perStatement));
            Params params;
            params.reserve(n * size_t(t.columns.size()));
            for (size_t r = first; r < first + n; ++r)
                params.insert(params.end(), t.rows[r].begin(), t.rows[r].end());
            const Result<engine::ExecResult> r =
                connection.execute(int(n) == perStatement ? fullSql : insertSql(t, int(n)), params);
            if (!r) {
                Error e = r.error();
                e.message = QStringLiteral("Inserting the demo rows into %1 failed: %2")
                                .arg(latin(t.table), e.message);
                return e;
            }
            done += qint64(n);
            if (progress)
                progress(done, data.total);
        }
    }
    if (Status s = tx.value().commit(); !s)
        return s.error();
    return done;
}

}  // namespace stratum::migrate
