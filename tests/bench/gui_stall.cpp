// The GUI at load (a benchmark: it prints figures and never fails). The real main window with the
// echo server page open; a TCP server started from the page's own Start button; a full-speed load
// against it from a separate `sockscope-cli bench echo` process; and a 10 ms heartbeat timer on the
// GUI thread whose lateness shows how long the event loop stalls. Every 10 s it prints the stalls
// of that window and the process's RSS (VmRSS from /proc/self/status), so a memory that does not
// stay flat shows up. Run it on an optimised build under xvfb-run (or QT_QPA_PLATFORM=offscreen):
//
//   xvfb-run -a build/<dir>/tests/bench/gui_stall [--seconds 60] [--conns 100] [--cli PATH] [--wire]
//
// With --wire (as root), the wire page captures the server's port the whole time and is the page
// shown: the figures then include drawing the ladder, and the capture's counts (packets read, shown,
// sampled out over its rate, dropped by the kernel) are printed at the end.

#include "EchoServerPage.h"
#include "EchoServerTab.h"
#include "MainWindow.h"
#include "WirePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextStream>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#ifndef SOCKSCOPE_CLI_PATH
#define SOCKSCOPE_CLI_PATH "sockscope-cli"
#endif

using namespace sockscope;

namespace {

constexpr int heartbeatMs = 10;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// The value at `fraction` of the sorted lateness values (nearest rank), in ms.
double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(rank, values.size() - 1)];
}

QString figures(const std::vector<double>& late)
{
    const double max = late.empty() ? 0 : *std::max_element(late.begin(), late.end());
    return QStringLiteral("ticks %1  stall p50 %2 ms  p99 %3 ms  max %4 ms")
        .arg(late.size(), 5)
        .arg(percentile(late, 0.5), 6, 'f', 2)
        .arg(percentile(late, 0.99), 6, 'f', 2)
        .arg(max, 7, 'f', 2);
}

bool waitFor(const std::function<bool()>& done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < limitMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Never the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SockScope-bench"));
    QApplication::setApplicationName(QStringLiteral("gui_stall"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI event-loop stalls and memory with the echo page under load."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration (default 60)."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption connsOption(QStringLiteral("conns"), QStringLiteral("Load connections (default 100)."),
                                         QStringLiteral("C"), QStringLiteral("100"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The sockscope-cli to run the load."),
                                       QStringLiteral("PATH"), QStringLiteral(SOCKSCOPE_CLI_PATH));
    parser.addOption(secondsOption);
    parser.addOption(connsOption);
    parser.addOption(cliOption);
    const QCommandLineOption wireOption(QStringLiteral("wire"),
                                        QStringLiteral("Capture the server's port on the wire page, shown (needs root)."));
    parser.addOption(wireOption);
    parser.process(app);
    const int seconds = std::clamp(parser.value(secondsOption).toInt(), 1, 3600);
    const QString conns = parser.value(connsOption);

    MainWindow window;
    window.resize(1280, 800);
    EchoServerPage* page = nullptr;
    for (int i = 0; i < window.pageCount(); ++i)
        if (auto* p = qobject_cast<EchoServerPage*>(window.page(i))) {
            page = p;
            window.showPage(i);
        }
    if (!page) {
        out() << "no echo server page\n";
        return 0;
    }
    window.show();
    page->showExample(); // TCP on 127.0.0.1, port 0: the kernel chooses
    EchoServerTab* tab = page->currentServer();
    auto* start = tab->findChild<QPushButton*>(QStringLiteral("echoStartButton"));
    start->click();
    if (!waitFor([tab] { return tab->isRunning(); }, 10000)) {
        const auto* status = tab->findChild<QLabel*>(QStringLiteral("echoStatusLabel"));
        out() << "the server did not start: " << (status ? status->text() : QString()) << '\n';
        return 0;
    }
    const int port = tab->boundPort();
    WirePage* wire = nullptr;
    if (parser.isSet(wireOption)) {
        for (int i = 0; i < window.pageCount(); ++i)
            if (auto* p = qobject_cast<WirePage*>(window.page(i))) {
                wire = p;
                window.showPage(i);
            }
        if (wire) {
            wire->showExample();
            wire->portsField()->setText(QString::number(port));
            bool started = false, answered = false;
            QObject::connect(wire, &WirePage::captureStarted, [&](bool ok) { answered = true; started = ok; });
            wire->startCapture();
            waitFor([&] { return answered; }, 10000);
            out() << "wire page: " << (started ? QStringLiteral("capturing port %1").arg(port) : wire->status()->text())
                  << '\n';
        }
    }
    const QStringList loadArguments = {QStringLiteral("bench"), QStringLiteral("echo"),
                                       QStringLiteral("127.0.0.1"), QString::number(port),
                                       QStringLiteral("--conns"), conns,
                                       QStringLiteral("--seconds"), QString::number(seconds),
                                       QStringLiteral("--size"), QStringLiteral("64"),
                                       QStringLiteral("--mode"), QStringLiteral("pingpong")};
    out() << "server " << tab->boundText() << " started from the page; load: " << parser.value(cliOption) << ' '
          << loadArguments.join(QLatin1Char(' ')) << '\n'
          << "heartbeat every " << heartbeatMs << " ms on the GUI thread for " << seconds << " s; RSS at start "
          << rssKiB() << " KiB\n";
    out().flush();

    QProcess load;
    load.setProcessChannelMode(QProcess::MergedChannels);
    load.start(parser.value(cliOption), loadArguments);
    if (!load.waitForStarted(5000)) {
        out() << "could not start " << parser.value(cliOption) << ": " << load.errorString() << '\n';
        return 0;
    }

    std::vector<double> all;
    std::vector<double> window10;
    all.reserve(static_cast<std::size_t>(seconds) * (1000 / heartbeatMs) + 100);
    QElapsedTimer clock;
    clock.start();
    qint64 previousNs = clock.nsecsElapsed();
    qint64 nextReportMs = 10'000;
    const long rssStart = rssKiB();
    QEventLoop loop;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(heartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double late = std::max(0.0, static_cast<double>(now - previousNs) / 1e6 - heartbeatMs);
        previousNs = now;
        all.push_back(late);
        window10.push_back(late);
        const qint64 ms = now / 1'000'000;
        if (ms >= nextReportMs || ms >= seconds * 1000LL) {
            out() << QStringLiteral("t=%1 s  ").arg(ms / 1000.0, 5, 'f', 1) << figures(window10)
                  << QStringLiteral("  RSS %1 KiB  rows %2").arg(rssKiB()).arg(tab->connectionView()->model()->rowCount())
                  << '\n';
            out().flush();
            window10.clear();
            nextReportMs += 10'000;
        }
        if (ms >= seconds * 1000LL)
            loop.quit();
    });
    heartbeat.start();
    loop.exec();
    heartbeat.stop();

    const long rssEnd = rssKiB();
    out() << "overall " << figures(all) << '\n'
          << "RSS start " << rssStart << " KiB, end " << rssEnd << " KiB (" << (rssEnd - rssStart) << " KiB)\n";
    load.waitForFinished(15000);
    out() << "sockscope-cli says:\n" << QString::fromLocal8Bit(load.readAll());
    if (wire) {
        const WireCaptureStats& c = wire->captureStats();
        out() << QStringLiteral("wire capture: %1 packets read (%2/s), %3 shown, %4 sampled out, %5 dropped by the "
                                "kernel; %6 kept on the page\n")
                     .arg(c.received)
                     .arg(static_cast<double>(c.received) / seconds, 0, 'f', 0)
                     .arg(c.delivered)
                     .arg(c.sampledOut)
                     .arg(c.kernelDrops)
                     .arg(wire->timeline().packets().size());
        wire->stopCapture();
    }
    out().flush();

    auto* stop = tab->findChild<QPushButton*>(QStringLiteral("echoStopButton"));
    stop->click();
    waitFor([tab] { return tab->state() == EchoServerTab::State::Idle; }, 10000);
    return 0;
}
