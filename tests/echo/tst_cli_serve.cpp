// sockscope-cli serve echo (path in $SOCKSCOPE_CLI) as a user and the neutral benchmark run it: the
// first line on stdout, real peers (python3 clients, socat) for every engine and transport, payloads
// checked by SHA-256, SIGINT (also to the process group) ends it with exit 0 and its totals, the
// failures of shared/CLI.md (exit 1 or 2), and the fd limit: EMFILE pauses without a CPU spin, then
// serves again. Loopback and unix sockets only; every wait is bounded.

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// An echo client: argv mode (stream|dgram) address (as the "listening on" line names it) size.
// stream: sends `size` random bytes on one connection while reading, half-closes, reads to EOF.
// dgram: sends datagrams of several sizes (0 included) and waits for each echo.
// Prints {sent, received, sha_sent, sha_received} as JSON.
const char* const clientScript = R"PY(
import hashlib, json, os, socket, sys, threading
mode, addr, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
if addr.startswith('unix:'):
    path = addr[5:]
    family, sa = socket.AF_UNIX, ('\0' + path[1:]) if path.startswith('@') else path
elif addr.startswith('['):
    host, _, port = addr[1:].rpartition(']:')
    family, sa = socket.AF_INET6, (host, int(port))
else:
    host, _, port = addr.rpartition(':')
    family, sa = socket.AF_INET, (host, int(port))
sent, got = hashlib.sha256(), hashlib.sha256()
nsent = nrecv = 0
if mode == 'stream':
    s = socket.socket(family, socket.SOCK_STREAM)
    s.settimeout(30)
    s.connect(sa)
    data = os.urandom(size)
    sent.update(data)
    nsent = len(data)
    def send():
        view = memoryview(data)
        for i in range(0, len(view), 1 << 20):
            s.sendall(view[i:i + (1 << 20)])
        s.shutdown(socket.SHUT_WR)
    t = threading.Thread(target=send)
    t.start()
    while True:
        b = s.recv(1 << 16)
        if not b:
            break
        got.update(b)
        nrecv += len(b)
    t.join()
else:
    s = socket.socket(family, socket.SOCK_DGRAM)
    s.settimeout(10)
    if family == socket.AF_UNIX:
        s.bind('')  # an autobound abstract name: the server needs an address to answer to
    for k in (1, 100, 0, 1400, 8192, size):
        d = os.urandom(k)
        sent.update(d)
        nsent += k
        s.sendto(d, sa)
        r, _ = s.recvfrom(65536)
        got.update(r)
        nrecv += len(r)
print(json.dumps({'sent': nsent, 'received': nrecv, 'sha_sent': sent.hexdigest(), 'sha_received': got.hexdigest()}))
)PY";

// Opens N TCP connections at once, sends "ping" on each, and sorts them by whether the echo comes
// back within a second (accepted) or not (still in the backlog: the server is out of descriptors).
// Then waits for a line on stdin, closes the accepted ones and expects the echo on every other one
// (the server accepts them now, as descriptors come free), and on a fresh connection. argv: port count.
const char* const manyScript = R"PY(
import json, select, socket, sys, time
port, count = int(sys.argv[1]), int(sys.argv[2])
socks = [socket.create_connection(('127.0.0.1', port), timeout=20) for i in range(count)]
for s in socks:
    s.sendall(b'ping')
def answered(group, seconds, close):
    done, deadline = set(), time.monotonic() + seconds
    while len(done) < len(group) and time.monotonic() < deadline:
        ready, _, _ = select.select([s for s in group if s not in done], [], [], 0.1)
        for s in ready:
            if s.recv(16) == b'ping':
                done.add(s)
                if close:
                    s.close()  # its descriptor is free for the next one waiting
    return done
served = answered(socks, 1.5, False)
waiting = [s for s in socks if s not in served]
print(json.dumps({'connected': count, 'served': len(served), 'waiting': len(waiting)}), flush=True)
sys.stdin.readline()          # the test measures the server's CPU time meanwhile
for s in served:
    s.close()
print(json.dumps({'served_later': len(answered(waiting, 10, True))}), flush=True)
fresh = socket.create_connection(('127.0.0.1', port), timeout=10)
fresh.sendall(b'again')
print(json.dumps({'fresh': fresh.recv(16) == b'again'}), flush=True)
)PY";

struct Server {
    std::unique_ptr<QProcess> process;
    QString address; // as the first line names it: 127.0.0.1:7007, [::1]:7007, unix:/path, unix:@name
    QByteArray firstLine;
    QByteArray out; // stdout after the first line
    QByteArray err;
    int status = -1;
};

QString tempSocketPath(const char* tag)
{
    return u"/tmp/sockscope-cli-serve-%1-%2.sock"_s.arg(getpid()).arg(QLatin1String(tag));
}

// CPU time (user + system) of a process, in seconds, from /proc/PID/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based), so 11 and 12 here.
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

} // namespace

class TestCliServe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void echo_data();
    void echo();
    void largePayload_data();
    void largePayload();
    void stopsOnSigintToProcessGroup_data();
    void stopsOnSigintToProcessGroup();
    void textTotalsAndEvents();
    void forkWithUdpFails();
    void portInUseFails();
    void invalidInput_data();
    void invalidInput();
    void usageErrors_data();
    void usageErrors();
    void staleUnixSocket();
    void backlogAboveSomaxconn();
    void fileLimitPausesWithoutSpinning_data();
    void fileLimitPausesWithoutSpinning();

private:
    // Starts the server and reads its first line (bounded). `wrapper` runs it under another program
    // (prlimit); `newGroup` puts it in a process group of its own, as the benchmark does.
    Server start(const QStringList& args, const QStringList& wrapper = {}, bool newGroup = false) const;
    // SIGINT (to the process, or its group), then waits (bounded) and collects the rest of the output.
    void stop(Server& s, bool group = false) const;
    QJsonObject client(const QString& mode, const QString& address, qint64 size) const;
    QByteArray socat(const QString& address, const QByteArray& input) const;

    QString cli_;
    QString python_;
    QString socat_;
};

void TestCliServe::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(!cli_.isEmpty(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    QVERIFY2(QFileInfo(cli_).isExecutable(), qPrintable(u"not executable: "_s + cli_));
    python_ = QFileInfo(u"/usr/bin/python3"_s).isExecutable() ? u"/usr/bin/python3"_s
                                                               : QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!python_.isEmpty(), "python3 is needed for the echo clients");
    socat_ = QStandardPaths::findExecutable(u"socat"_s);
    QVERIFY2(!socat_.isEmpty(), "socat is needed as a second kind of peer (scripts/common.sh installs it)");
}

Server TestCliServe::start(const QStringList& args, const QStringList& wrapper, bool newGroup) const
{
    Server s;
    s.process = std::make_unique<QProcess>();
    if (newGroup)
        s.process->setChildProcessModifier([] { ::setpgid(0, 0); });
    if (wrapper.isEmpty())
        s.process->start(cli_, QStringList{u"serve"_s, u"echo"_s} + args);
    else
        s.process->start(wrapper.first(), wrapper.mid(1) + QStringList{cli_, u"serve"_s, u"echo"_s} + args);
    if (!s.process->waitForStarted(10000))
        return s;
    QElapsedTimer t;
    t.start();
    while (!s.process->canReadLine() && t.elapsed() < 10000 && s.process->state() == QProcess::Running)
        s.process->waitForReadyRead(200);
    if (s.process->canReadLine()) {
        s.firstLine = s.process->readLine().trimmed();
        if (s.firstLine.startsWith("listening on "))
            s.address = QString::fromUtf8(s.firstLine.mid(13));
    }
    return s;
}

void TestCliServe::stop(Server& s, bool group) const
{
    if (s.process->state() == QProcess::Running) {
        const auto pid = static_cast<pid_t>(s.process->processId());
        ::kill(group ? -pid : pid, SIGINT);
        if (!s.process->waitForFinished(5000)) {
            qWarning() << "the server did not stop within 5 s of SIGINT";
            s.process->kill();
            s.process->waitForFinished(5000);
            return;
        }
    } else {
        s.process->waitForFinished(5000);
    }
    s.out = s.process->readAllStandardOutput();
    s.err = s.process->readAllStandardError();
    s.status = s.process->exitStatus() == QProcess::NormalExit ? s.process->exitCode() : -1;
}

QJsonObject TestCliServe::client(const QString& mode, const QString& address, qint64 size) const
{
    QProcess p;
    p.start(python_, {u"-c"_s, QString::fromUtf8(clientScript), mode, address, QString::number(size)});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "echo client failed:" << p.readAllStandardError();
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QByteArray TestCliServe::socat(const QString& address, const QByteArray& input) const
{
    QString target;
    if (address.startsWith(u"unix:@"_s))
        target = u"ABSTRACT-CONNECT:"_s + address.mid(6);
    else if (address.startsWith(u"unix:"_s))
        target = u"UNIX-CONNECT:"_s + address.mid(5);
    else if (address.startsWith(u'['))
        target = u"TCP6:"_s + address;
    else
        target = u"TCP4:"_s + address;
    QProcess p;
    p.start(socat_, {u"-t"_s, u"5"_s, u"-"_s, target});
    p.write(input);
    p.closeWriteChannel(); // socat half-closes; the server echoes what it owes and closes
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return p.readAllStandardOutput();
}

// ------------------------------------------------------------------------ every engine and proto

void TestCliServe::echo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("addressPattern"); // the "listening on" address
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("bytesCounted"); // the fork engine's children count their own bytes

    const QString v4 = u"^127\\.0\\.0\\.1:\\d+$"_s;
    const QString v6 = u"^\\[::1\\]:\\d+$"_s;
    struct Engine {
        const char* name;
        QStringList args;
    };
    const Engine engines[] = {
        {"reactor epoll", {u"--engine"_s, u"reactor"_s, u"--poller"_s, u"epoll"_s, u"--threads"_s, u"2"_s}},
        {"reactor poll", {u"--engine"_s, u"reactor"_s, u"--poller"_s, u"poll"_s, u"--threads"_s, u"2"_s}},
        {"reactor io_uring", {u"--engine"_s, u"reactor"_s, u"--poller"_s, u"io_uring"_s, u"--threads"_s, u"2"_s}},
        {"thread", {u"--engine"_s, u"thread"_s}},
        {"fork", {u"--engine"_s, u"fork"_s}},
    };
    for (const Engine& e : engines) {
        const bool fork = QByteArray(e.name) == "fork";
        const QString tag = QString::fromLatin1(e.name).replace(u' ', u'-');
        const QString path = tempSocketPath(qPrintable(tag));
        const QString abstractName = u"@sockscope-cli-serve-%1-%2"_s.arg(getpid()).arg(tag);
        QTest::addRow("%s tcp v4", e.name) << e.args << v4 << true << !fork;
        QTest::addRow("%s tcp v6", e.name) << e.args + QStringList{u"--bind"_s, u"::1"_s, u"--v6only"_s, u"1"_s}
                                           << v6 << true << !fork;
        QTest::addRow("%s unix-stream path", e.name)
            << e.args + QStringList{u"--proto"_s, u"unix-stream"_s, u"--path"_s, path}
            << u"^unix:"_s + QRegularExpression::escape(path) + u'$' << true << !fork;
        QTest::addRow("%s unix-stream abstract", e.name)
            << e.args + QStringList{u"--proto"_s, u"unix-stream"_s, u"--path"_s, abstractName}
            << u"^unix:"_s + QRegularExpression::escape(abstractName) + u'$' << true << !fork;
        if (fork)
            continue; // datagram sockets have no connections to fork for (forkWithUdpFails)
        QTest::addRow("%s udp", e.name) << e.args + QStringList{u"--udp"_s} << v4 << false << true;
        QTest::addRow("%s udp v6", e.name) << e.args + QStringList{u"--proto"_s, u"udp"_s, u"--bind"_s, u"::1"_s}
                                           << v6 << false << true;
        QTest::addRow("%s unix-dgram", e.name)
            << e.args + QStringList{u"--proto"_s, u"unix-dgram"_s, u"--path"_s, path + u".dgram"_s}
            << u"^unix:"_s + QRegularExpression::escape(path + u".dgram"_s) + u'$' << false << true;
    }
}

void TestCliServe::echo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, addressPattern);
    QFETCH(bool, stream);
    QFETCH(bool, bytesCounted);

    Server s = start(args + QStringList{u"--json"_s});
    QVERIFY2(s.firstLine.startsWith("listening on "), s.firstLine.constData());
    QVERIFY2(QRegularExpression(addressPattern).match(s.address).hasMatch(), qPrintable(s.address));

    qint64 bytes = 0;
    int connections = 0;
    // A python3 client: random bytes, SHA-256 of what came back.
    const qint64 size = stream ? 256 * 1024 : 2000;
    const QJsonObject r = client(stream ? u"stream"_s : u"dgram"_s, s.address, size);
    QVERIFY2(!r.isEmpty(), "the python3 echo client failed");
    QCOMPARE(r.value(u"received"_s).toInteger(), r.value(u"sent"_s).toInteger());
    QCOMPARE(r.value(u"sha_received"_s).toString(), r.value(u"sha_sent"_s).toString());
    bytes += r.value(u"sent"_s).toInteger();
    ++connections;

    // socat, for the stream transports: stdin in, the echo out, then a half-close.
    if (stream) {
        const QByteArray line = "hello from socat\nand a second line\n";
        QCOMPARE(socat(s.address, line), line);
        bytes += line.size();
        ++connections;
    }

    stop(s);
    QCOMPARE(s.status, 0);
    const QJsonObject totals = QJsonDocument::fromJson(s.out).object();
    QVERIFY2(!totals.isEmpty(), s.out.constData());
    for (const QString& key : {u"connections"_s, u"refused"_s, u"bytes_in"_s, u"bytes_out"_s, u"messages_in"_s,
                              u"messages_out"_s, u"errors"_s, u"truncated"_s, u"accept_pauses"_s})
        QVERIFY2(totals.contains(key), qPrintable(key));
    if (stream)
        QCOMPARE(totals.value(u"connections"_s).toInteger(), connections);
    if (bytesCounted) {
        QCOMPARE(totals.value(u"bytes_in"_s).toInteger(), bytes);
        QCOMPARE(totals.value(u"bytes_out"_s).toInteger(), bytes);
    }
    QCOMPARE(totals.value(u"errors"_s).toInteger(), 0);
    QCOMPARE(totals.value(u"refused"_s).toInteger(), 0);
    // Nothing but errors and pauses on stderr without --verbose, and there were none. (A note on a low
    // open-file limit may come first on machines whose hard limit is below 10,000 connections.)
    QByteArray err;
    for (const QByteArray& line : s.err.split('\n'))
        if (!line.isEmpty() && !line.startsWith("sockscope-cli serve echo: note: "))
            err += line + '\n';
    QVERIFY2(err.isEmpty(), err.constData());
    // A unix path the server created is gone after a graceful stop.
    if (s.address.startsWith(u"unix:/"_s))
        QVERIFY(!QFileInfo::exists(s.address.mid(5)));
}

void TestCliServe::largePayload_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("reactor epoll") << QStringList{u"--engine"_s, u"reactor"_s, u"--poller"_s, u"epoll"_s};
    QTest::newRow("reactor poll") << QStringList{u"--engine"_s, u"reactor"_s, u"--poller"_s, u"poll"_s};
    QTest::newRow("reactor io_uring") << QStringList{u"--engine"_s, u"reactor"_s, u"--poller"_s, u"io_uring"_s};
    QTest::newRow("thread") << QStringList{u"--engine"_s, u"thread"_s};
    QTest::newRow("fork") << QStringList{u"--engine"_s, u"fork"_s};
}

void TestCliServe::largePayload()
{
    QFETCH(QStringList, args);
    Server s = start(args);
    QVERIFY2(!s.address.isEmpty(), s.firstLine.constData());
    const qint64 size = 16 * 1024 * 1024;
    const QJsonObject r = client(u"stream"_s, s.address, size);
    QVERIFY2(!r.isEmpty(), "the python3 echo client failed");
    QCOMPARE(r.value(u"sent"_s).toInteger(), size);
    QCOMPARE(r.value(u"received"_s).toInteger(), size);
    QCOMPARE(r.value(u"sha_received"_s).toString(), r.value(u"sha_sent"_s).toString());
    stop(s);
    QCOMPARE(s.status, 0);
    QVERIFY2(s.out.startsWith("totals: 1 connections"), s.out.constData());
}

// ------------------------------------------------------------- as the neutral benchmark runs it

void TestCliServe::stopsOnSigintToProcessGroup_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("reactor") << u"reactor"_s;
    QTest::newRow("thread") << u"thread"_s;
    QTest::newRow("fork") << u"fork"_s;
}

void TestCliServe::stopsOnSigintToProcessGroup()
{
    QFETCH(QString, engine);
    Server s = start({u"--engine"_s, engine, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s}, {}, true);
    // The first line, and nothing before it.
    QVERIFY2(QRegularExpression(u"^listening on 127\\.0\\.0\\.1:\\d+$"_s).match(QString::fromUtf8(s.firstLine)).hasMatch(),
             s.firstLine.constData());
    const auto pid = static_cast<pid_t>(s.process->processId());
    QCOMPARE(::getpgid(pid), pid);

    // Connections left open, so the fork engine has children in the group when SIGINT comes.
    const int port = s.address.section(u':', -1).toInt();
    QList<int> fds;
    for (int i = 0; i < 3; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(static_cast<std::uint16_t>(port));
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr*>(&sin), sizeof sin), 0);
        QCOMPARE(::send(fd, "abc", 3, MSG_NOSIGNAL), ssize_t(3));
        char buf[3];
        QCOMPARE(::recv(fd, buf, 3, MSG_WAITALL), ssize_t(3));
        fds.append(fd);
    }
    QElapsedTimer t;
    t.start();
    stop(s, true);
    QCOMPARE(s.status, 0);
    QVERIFY2(t.elapsed() < 3000, qPrintable(u"stopping took %1 ms"_s.arg(t.elapsed())));
    QVERIFY2(s.out.startsWith("totals: 3 connections"), s.out.constData());
    // Every process of the group is gone (the fork engine reaps its children).
    QElapsedTimer gone;
    gone.start();
    while (::kill(-pid, 0) == 0 && gone.elapsed() < 3000)
        QTest::qWait(20);
    QCOMPARE(::kill(-pid, 0), -1);
    QCOMPARE(errno, ESRCH);
    for (const int fd : fds)
        ::close(fd);
}

void TestCliServe::textTotalsAndEvents()
{
    Server s = start({u"--verbose"_s});
    QVERIFY2(!s.address.isEmpty(), s.firstLine.constData());
    QCOMPARE(socat(s.address, "ping\n"), QByteArray("ping\n"));
    ::kill(static_cast<pid_t>(s.process->processId()), SIGTERM);
    QVERIFY(s.process->waitForFinished(5000));
    QCOMPARE(s.process->exitCode(), 0);
    const QByteArray out = s.process->readAllStandardOutput();
    const QByteArray err = s.process->readAllStandardError();
    QCOMPARE(out, QByteArray("totals: 1 connections, 0 refused, 5 bytes in, 5 bytes out, 1 messages in, "
                             "1 messages out, 0 errors, 0 truncated, 0 accept pauses\n"));
    QVERIFY2(err.contains("connected from 127.0.0.1:"), err.constData());
    QVERIFY2(err.contains("disconnected 127.0.0.1:"), err.constData());
    QVERIFY2(err.contains("SIGTERM"), err.constData());
}

// ------------------------------------------------------------------------------------- failures

void TestCliServe::forkWithUdpFails()
{
    for (const QStringList& proto : {QStringList{u"--udp"_s}, QStringList{u"--proto"_s, u"unix-dgram"_s,
                                                                          u"--path"_s, tempSocketPath("fork-dgram")}}) {
        Server s = start(QStringList{u"--engine"_s, u"fork"_s} + proto);
        stop(s);
        QCOMPARE(s.status, 1);
        QVERIFY(s.firstLine.isEmpty());
        QVERIFY(s.out.isEmpty());
        QVERIFY2(s.err.contains("fork engine serves stream sockets only"), s.err.constData());
        QVERIFY(!s.err.contains("Usage:"));
    }
}

void TestCliServe::portInUseFails()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&sin), sizeof sin), 0);
    QCOMPARE(::listen(fd, 1), 0);
    socklen_t len = sizeof sin;
    QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr*>(&sin), &len), 0);
    const QString port = QString::number(ntohs(sin.sin_port));

    Server s = start({u"--port"_s, port});
    stop(s);
    QCOMPARE(s.status, 1);
    QVERIFY(s.firstLine.isEmpty());
    QVERIFY2(s.err.contains("bind") && s.err.contains("EADDRINUSE") && s.err.contains(QByteArray("127.0.0.1:" + port.toUtf8())),
             s.err.constData());

    Server j = start({u"--port"_s, port, u"--json"_s});
    stop(j);
    QCOMPARE(j.status, 1);
    QCOMPARE(QJsonDocument::fromJson(j.firstLine + j.out).object().value(u"code"_s).toString(), u"EADDRINUSE"_s);
    ::close(fd);
}

void TestCliServe::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::newRow("--port 70000") << QStringList{u"--port"_s, u"70000"_s} << u"ERANGE"_s;
    QTest::newRow("--port http") << QStringList{u"--port"_s, u"http"_s} << u"EINVAL"_s;
    QTest::newRow("--port -1") << QStringList{u"--port=-1"_s} << u"EINVAL"_s;
    QTest::newRow("--bind a name") << QStringList{u"--bind"_s, u"localhost"_s} << u"EINVAL"_s;
    QTest::newRow("--bind 999.0.0.1") << QStringList{u"--bind"_s, u"999.0.0.1"_s} << u"EINVAL"_s;
    QTest::newRow("--max-conns 0") << QStringList{u"--max-conns"_s, u"0"_s} << u"EINVAL"_s;
    QTest::newRow("--threads 100000") << QStringList{u"--threads"_s, u"100000"_s} << u"ERANGE"_s;
    QTest::newRow("--path too long") << QStringList{u"--proto"_s, u"unix-stream"_s, u"--path"_s,
                                                    u"/tmp/"_s + QString(120, u'x')}
                                     << u"ENAMETOOLONG"_s;
    QTest::newRow("--path no directory") << QStringList{u"--proto"_s, u"unix-stream"_s, u"--path"_s,
                                                        u"/nonexistent-sockscope-dir/echo.sock"_s}
                                         << u"ENOENT"_s;
}

void TestCliServe::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    Server s = start(args);
    stop(s);
    QCOMPARE(s.status, 1);
    QVERIFY(s.firstLine.isEmpty());
    QVERIFY2(s.err.contains(QByteArray('[' + code.toUtf8() + ']')), s.err.constData());
    QVERIFY(!s.err.contains("Usage:"));
}

void TestCliServe::usageErrors_data()
{
    QTest::addColumn<QStringList>("args"); // after "serve"
    QTest::newRow("nothing to serve") << QStringList{};
    QTest::newRow("unknown server") << QStringList{u"chargen"_s};
    QTest::newRow("extra argument") << QStringList{u"echo"_s, u"extra"_s};
    QTest::newRow("unknown option") << QStringList{u"echo"_s, u"--frobnicate"_s};
    QTest::newRow("--port no value") << QStringList{u"echo"_s, u"--port"_s};
    QTest::newRow("bad --engine") << QStringList{u"echo"_s, u"--engine"_s, u"prefork"_s};
    QTest::newRow("bad --proto") << QStringList{u"echo"_s, u"--proto"_s, u"sctp"_s};
    QTest::newRow("bad --poller") << QStringList{u"echo"_s, u"--poller"_s, u"kqueue"_s};
    QTest::newRow("bad --v6only") << QStringList{u"echo"_s, u"--bind"_s, u"::1"_s, u"--v6only"_s, u"2"_s};
    QTest::newRow("--v6only with IPv4") << QStringList{u"echo"_s, u"--v6only"_s, u"1"_s};
    QTest::newRow("unix without --path") << QStringList{u"echo"_s, u"--proto"_s, u"unix-stream"_s};
    QTest::newRow("unix with --port") << QStringList{u"echo"_s, u"--proto"_s, u"unix-dgram"_s, u"--path"_s,
                                                     u"/tmp/x.sock"_s, u"--port"_s, u"7"_s};
    QTest::newRow("tcp with --path") << QStringList{u"echo"_s, u"--path"_s, u"/tmp/x.sock"_s};
    QTest::newRow("--udp against --proto tcp") << QStringList{u"echo"_s, u"--udp"_s, u"--proto"_s, u"tcp"_s};
    QTest::newRow("udp with --backlog") << QStringList{u"echo"_s, u"--udp"_s, u"--backlog"_s, u"5"_s};
}

void TestCliServe::usageErrors()
{
    QFETCH(QStringList, args);
    QProcess p;
    p.start(cli_, QStringList{u"serve"_s} + args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.startsWith("sockscope-cli serve echo: "), err.constData());
    QVERIFY(err.contains("Usage: sockscope-cli serve echo"));
}

void TestCliServe::staleUnixSocket()
{
    // A socket file nobody listens on: what a killed server leaves behind.
    const QString path = tempSocketPath("stale");
    ::unlink(QFile::encodeName(path).constData());
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un sun{};
        sun.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        std::memcpy(sun.sun_path, p.constData(), static_cast<std::size_t>(p.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&sun), sizeof sun), 0);
        ::close(fd);
    }
    QVERIFY(QFileInfo::exists(path));

    Server refused = start({u"--proto"_s, u"unix-stream"_s, u"--path"_s, path});
    stop(refused);
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains("stale") && refused.err.contains("--remove-stale"), refused.err.constData());
    QVERIFY(QFileInfo::exists(path)); // never removed unless asked

    Server s = start({u"--proto"_s, u"unix-stream"_s, u"--path"_s, path, u"--remove-stale"_s});
    QCOMPARE(s.address, u"unix:"_s + path);
    QCOMPARE(socat(s.address, "x\n"), QByteArray("x\n"));
    stop(s);
    QCOMPARE(s.status, 0);
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliServe::backlogAboveSomaxconn()
{
    QFile f(u"/proc/sys/net/core/somaxconn"_s);
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("no /proc/sys/net/core/somaxconn here");
    const QByteArray somaxconn = f.readAll().trimmed();
    Server s = start({u"--backlog"_s, u"1000000"_s});
    QVERIFY2(!s.address.isEmpty(), s.firstLine.constData());
    stop(s);
    QCOMPARE(s.status, 0);
    QVERIFY2(s.err.contains(QByteArray("this kernel caps the backlog at " + somaxconn)), s.err.constData());

    Server quiet = start({u"--backlog"_s, u"16"_s});
    stop(quiet);
    QCOMPARE(quiet.status, 0);
    QVERIFY(!quiet.err.contains("caps the backlog"));
}

// ------------------------------------------------------------------------------- the fd limit

void TestCliServe::fileLimitPausesWithoutSpinning_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("reactor") << u"reactor"_s;
    QTest::newRow("thread") << u"thread"_s;
}

void TestCliServe::fileLimitPausesWithoutSpinning()
{
    QFETCH(QString, engine);
    const QString prlimit = QStandardPaths::findExecutable(u"prlimit"_s);
    if (prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    // 32 descriptors, hard limit included (serve raises the soft limit to the hard one): the server
    // runs out of descriptors after about two dozen connections.
    Server s = start({u"--engine"_s, engine, u"--threads"_s, u"2"_s}, {prlimit, u"--nofile=32:32"_s});
    QVERIFY2(!s.address.isEmpty(), s.firstLine.constData());
    const int port = s.address.section(u':', -1).toInt();

    QProcess peers;
    peers.start(python_, {u"-c"_s, QString::fromUtf8(manyScript), QString::number(port), u"40"_s});
    QVERIFY(peers.waitForStarted(5000));
    auto readJson = [&peers]() {
        QElapsedTimer t;
        t.start();
        while (!peers.canReadLine() && t.elapsed() < 30000 && peers.state() == QProcess::Running)
            peers.waitForReadyRead(200);
        return QJsonDocument::fromJson(peers.readLine()).object();
    };
    // 40 connections complete in the kernel (the backlog); the server accepts what its limit allows.
    const QJsonObject first = readJson();
    QVERIFY2(!first.isEmpty(), peers.readAllStandardError().constData());
    QCOMPARE(first.value(u"connected"_s).toInt(), 40);
    const int served = first.value(u"served"_s).toInt();
    const int waiting = first.value(u"waiting"_s).toInt();
    qInfo("%d connections served at once with 32 descriptors, %d waiting", served, waiting);
    QVERIFY2(served >= 5, "the server served almost nothing with 32 descriptors");
    QVERIFY2(waiting > 0, "every connection was served: the limit of 32 descriptors was never reached");

    // Out of descriptors with connections waiting: paused, not spinning.
    const qint64 pid = s.process->processId();
    const double before = cpuSeconds(pid);
    QTest::qWait(2000);
    const double spent = cpuSeconds(pid) - before;
    QVERIFY2(before >= 0 && spent < 1.0, qPrintable(u"the server used %1 s of CPU in 2 s while out of descriptors"_s.arg(spent)));

    // The served ones close: the server accepts the waiting ones and a fresh one.
    peers.write("go\n");
    const QJsonObject later = readJson();
    QCOMPARE(later.value(u"served_later"_s).toInt(), waiting);
    const QJsonObject fresh = readJson();
    QCOMPARE(fresh.value(u"fresh"_s).toBool(), true);
    QVERIFY(peers.waitForFinished(10000));

    stop(s);
    QCOMPARE(s.status, 0);
    QVERIFY2(s.err.contains("EMFILE"), s.err.constData()); // the pause is reported without --verbose
    QVERIFY2(s.err.contains("open-file limit is 32"), s.err.constData());
    const QRegularExpression pauses(u"(\\d+) accept pauses"_s);
    const auto m = pauses.match(QString::fromUtf8(s.out));
    QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 0, s.out.constData());
    QVERIFY2(s.out.startsWith("totals: 41 connections"), s.out.constData());
}

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
