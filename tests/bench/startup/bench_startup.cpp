// Start-up benchmark, run under Xvfb (xvfb-run -a bench_startup [--rounds N]).
// For each program it measures the wall time from launch to the moment its
// main window is mapped on the X server (a MapNotify on the root window for a
// top-level window whose _NET_WM_PID is the child), and its resident memory
// (VmRSS) one second later. Stratum opens its demo workspace (the default);
// the reference, DB Browser for SQLite (Debian: sqlitebrowser, a Qt 5 app),
// opens the demo's database file. Rounds alternate between the programs so
// that machine load hits both alike; the first round of each warms the disk
// cache and creates the demo, and is not counted. Prints medians and ratios
// (targets: at most 0.75x the reference's time, under 100 MiB).
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <xcb/xcb.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

namespace {

struct Sample
{
    double mapMs = 0;
    double rssMiB = 0;
};

class XWatcher
{
public:
    bool open()
    {
        int screenIndex = 0;
        m_conn = xcb_connect(nullptr, &screenIndex);
        if (!m_conn || xcb_connection_has_error(m_conn))
            return false;
        xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(m_conn));
        for (int i = 0; i < screenIndex; ++i)
            xcb_screen_next(&it);
        m_root = it.data->root;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_conn, m_root, XCB_CW_EVENT_MASK, &mask);
        const char name[] = "_NET_WM_PID";
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(
            m_conn, xcb_intern_atom(m_conn, 0, sizeof(name) - 1, name), nullptr);
        if (!reply)
            return false;
        m_pidAtom = reply->atom;
        free(reply);
        xcb_flush(m_conn);
        return true;
    }
    ~XWatcher()
    {
        if (m_conn)
            xcb_disconnect(m_conn);
    }

    void drain()
    {
        while (xcb_generic_event_t *e = xcb_poll_for_event(m_conn))
            free(e);
    }

    // Waits until a top-level window of pid larger than 300x200 is mapped.
    bool waitForMap(qint64 pid, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            xcb_generic_event_t *e = xcb_poll_for_event(m_conn);
            if (!e) {
                if (xcb_connection_has_error(m_conn))
                    return false;
                QThread::usleep(200);
                continue;
            }
            bool found = false;
            if ((e->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                auto *map = reinterpret_cast<xcb_map_notify_event_t *>(e);
                found = !map->override_redirect && windowPid(map->window) == pid &&
                        isLarge(map->window);
            }
            free(e);
            if (found)
                return true;
        }
        return false;
    }

private:
    qint64 windowPid(xcb_window_t w)
    {
        xcb_get_property_reply_t *r = xcb_get_property_reply(
            m_conn, xcb_get_property(m_conn, 0, w, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr);
        qint64 pid = -1;
        if (r && xcb_get_property_value_length(r) == 4)
            pid = *static_cast<uint32_t *>(xcb_get_property_value(r));
        free(r);
        return pid;
    }
    bool isLarge(xcb_window_t w)
    {
        xcb_get_geometry_reply_t *g =
            xcb_get_geometry_reply(m_conn, xcb_get_geometry(m_conn, w), nullptr);
        const bool large = g && g->width >= 300 && g->height >= 200;
        free(g);
        return large;
    }

    xcb_connection_t *m_conn = nullptr;
    xcb_window_t m_root = 0;
    xcb_atom_t m_pidAtom = 0;
};

double rssMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

std::optional<Sample> measure(XWatcher &x, const QString &program, const QStringList &args,
                              const QProcessEnvironment &env)
{
    x.drain();
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        std::fprintf(stderr, "bench_startup: cannot start %s\n", qPrintable(program));
        return std::nullopt;
    }
    std::optional<Sample> s;
    if (x.waitForMap(p.processId(), 30000)) {
        Sample got;
        got.mapMs = double(clock.nsecsElapsed()) / 1e6;
        QThread::msleep(1000);
        got.rssMiB = rssMiB(p.processId());
        s = got;
    } else {
        std::fprintf(stderr, "bench_startup: %s mapped no window within 30 s\n",
                     qPrintable(program));
    }
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return s;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString findDemoDatabase(const QString &dataHome)
{
    QDirIterator it(dataHome, {QStringLiteral("*.db")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rounds = 5;
    QString stratum = QStringLiteral(STRATUM_GUI_BINARY);
    QString reference = QStandardPaths::findExecutable(QStringLiteral("sqlitebrowser"));
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--stratum") && i + 1 < args.size())
            stratum = args[++i];
        else if (args[i] == QLatin1String("--reference") && i + 1 < args.size())
            reference = args[++i];
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fputs("bench_startup: needs an X display; run it as xvfb-run -a bench_startup\n",
                   stderr);
        return 2;
    }
    if (reference.isEmpty()) {
        std::fputs("bench_startup: sqlitebrowser not found (apt-get install sqlitebrowser)\n",
                   stderr);
        return 2;
    }
    XWatcher x;
    if (!x.open()) {
        std::fputs("bench_startup: cannot connect to the X server\n", stderr);
        return 2;
    }

    // Fresh, private settings and data for both programs.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));

    // Warm-up: creates the demo workspace and fills the page cache for both.
    if (!measure(x, stratum, {}, env)) {
        return 1;
    }
    QThread::msleep(2000);  // the demo is built on a worker after the window shows
    if (!measure(x, stratum, {}, env))
        return 1;
    const QString demoDb = findDemoDatabase(home.filePath(QStringLiteral("data")));
    if (demoDb.isEmpty()) {
        std::fputs("bench_startup: Stratum created no demo database\n", stderr);
        return 1;
    }
    if (!measure(x, reference, {demoDb}, env))
        return 1;

    std::vector<double> sMap, sRss, rMap, rRss;
    for (int round = 0; round < rounds; ++round) {
        const auto s = measure(x, stratum, {}, env);
        const auto r = measure(x, reference, {demoDb}, env);
        if (!s || !r)
            return 1;
        sMap.push_back(s->mapMs);
        sRss.push_back(s->rssMiB);
        rMap.push_back(r->mapMs);
        rRss.push_back(r->rssMiB);
        std::printf("round %d: stratum %.0f ms %.1f MiB | sqlitebrowser %.0f ms %.1f MiB\n",
                    round + 1, s->mapMs, s->rssMiB, r->mapMs, r->rssMiB);
        std::fflush(stdout);
    }
    const double sm = median(sMap), rm = median(rMap), sr = median(sRss), rr = median(rRss);
    std::printf("\nmedian of %d rounds (launch to main window mapped; RSS 1 s later)\n", rounds);
    std::printf("  stratum        %7.0f ms  %6.1f MiB\n", sm, sr);
    std::printf("  sqlitebrowser  %7.0f ms  %6.1f MiB\n", rm, rr);
    std::printf("  ratio          %7.2fx     %6.2fx   (targets: <= 0.75x time, < 100 MiB)\n",
                sm / rm, sr / rr);
    const bool met = sm <= 0.75 * rm && sr < 100.0;
    std::printf("  %s\n", met ? "targets met" : "targets NOT met");
    return 0;
}
