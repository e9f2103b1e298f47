// sockscope-cli connect (path in $SOCKSCOPE_CLI) as nc is used: stdin to the socket and the socket to
// stdout, against the built-in echo server (`serve echo`) on every transport and against socat;
// 8 MiB by SHA-256, --crlf, --hex, --json, the peer closing first, and the exit statuses of shared/CLI.md.
// Loopback and unix sockets only; every wait is bounded.

#include "BroadcastNamespace.h"
#include "ProcessRun.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Run = sockscope::testing::ProcessRun;

struct Peer {
    std::unique_ptr<QProcess> process;
    QString address; // 127.0.0.1:PORT or unix:…
};

} // namespace

class TestCliConnect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void echo_data();
    void echo();
    void largeTransferThroughEchoServer();
    void largeTransferThroughSocat();
    void crlf();
    void hexDump();
    void jsonSummary();
    void peerClosesFirst();
    void refused();
    void repeatOverTcp();
    void repeatOverUdp();
    void usageErrors_data();
    void usageErrors();
    void broadcastInNamespace();

private:
    Peer serve(const QStringList& args) const;
    Run connect(const QStringList& args, const QByteArray& input, int timeoutMs = 60000) const;
    QString cli_;
    QString socat_;
    QString python_;
};

void TestCliConnect::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(QFileInfo(cli_).isExecutable(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    socat_ = QStandardPaths::findExecutable(u"socat"_s);
    QVERIFY2(!socat_.isEmpty(), "socat is needed as a second kind of peer");
    python_ = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!python_.isEmpty(), "python3 is needed for a peer that closes first");
}

Peer TestCliConnect::serve(const QStringList& args) const
{
    Peer p;
    p.process = std::make_unique<QProcess>();
    p.process->start(cli_, QStringList{u"serve"_s, u"echo"_s} + args);
    if (!p.process->waitForStarted(10000) || !p.process->waitForReadyRead(10000))
        return p;
    const QByteArray line = p.process->readLine().trimmed();
    p.address = QString::fromUtf8(line.mid(line.indexOf("on ") + 3));
    return p;
}

Run TestCliConnect::connect(const QStringList& args, const QByteArray& input, int timeoutMs) const
{
    sockscope::testing::ProcessInput in;
    in.stdinBytes = &input;
    in.timeoutMs = timeoutMs;
    return sockscope::testing::runProcess(cli_, QStringList{u"connect"_s} + args, in);
}

void TestCliConnect::echo_data()
{
    QTest::addColumn<QString>("proto");
    QTest::addColumn<QStringList>("serveArgs");
    const QString abstractName = u"@sockscope-tst-cli-connect-%1"_s.arg(getpid());
    QTest::newRow("tcp") << u"tcp"_s << QStringList{u"--port"_s, u"0"_s};
    QTest::newRow("tcp v6") << u"tcp"_s << QStringList{u"--bind"_s, u"::1"_s, u"--port"_s, u"0"_s};
    QTest::newRow("udp") << u"udp"_s << QStringList{u"--proto"_s, u"udp"_s, u"--port"_s, u"0"_s};
    QTest::newRow("unix-stream") << u"unix-stream"_s
                                 << QStringList{u"--proto"_s, u"unix-stream"_s, u"--path"_s, abstractName + u"s"_s};
    QTest::newRow("unix-dgram") << u"unix-dgram"_s
                                << QStringList{u"--proto"_s, u"unix-dgram"_s, u"--path"_s, abstractName + u"d"_s};
}

void TestCliConnect::echo()
{
    QFETCH(QString, proto);
    QFETCH(QStringList, serveArgs);
    Peer server = serve(serveArgs);
    if (server.address.isEmpty() && serveArgs.contains(u"::1"_s))
        QSKIP("no IPv6 loopback here");
    QVERIFY2(!server.address.isEmpty(), "the echo server did not start");

    QStringList args{u"--proto"_s, proto, u"--wait"_s, u"0.5"_s};
    if (server.address.startsWith(u"unix:"_s)) {
        args << u"--path"_s << server.address.mid(5);
    } else {
        const int colon = server.address.lastIndexOf(u':');
        // "[::1]" as serve printed it: connect takes the brackets too.
        args << server.address.left(colon) << server.address.mid(colon + 1);
    }
    const QByteArray input("hello\n\0\xff binary\n", 16);
    const Run r = connect(args, input);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, input);
    if (proto == u"udp"_s) {
        // More than one datagram carries: stdin is cut into datagrams that fit (65,507 bytes at most).
        QByteArray big(100000, 'u');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = static_cast<char>('a' + i % 26);
        const Run b = connect(args, big);
        QCOMPARE(b.status, 0);
        QCOMPARE(b.out.size(), big.size());
    }
    server.process->terminate();
    server.process->waitForFinished(10000);
}

void TestCliConnect::largeTransferThroughEchoServer()
{
    Peer server = serve({u"--port"_s, u"0"_s});
    QVERIFY(!server.address.isEmpty());
    QByteArray data(8 << 20, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    const Run r = connect({u"127.0.0.1"_s, server.address.section(u':', -1)}, data, 120000);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.size(), data.size());
    QCOMPARE(QCryptographicHash::hash(r.out, QCryptographicHash::Sha256),
             QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    server.process->terminate();
    server.process->waitForFinished(10000);
}

void TestCliConnect::largeTransferThroughSocat()
{
    const QString path = u"/tmp/sockscope-tst-cli-connect-%1.sock"_s.arg(getpid());
    ::unlink(path.toLocal8Bit().constData());
    QProcess socat;
    // -t 30: socat's default of 0.5 s after our half-close could cut the echo still in its pipe.
    socat.start(socat_, {u"-t"_s, u"30"_s, u"UNIX-LISTEN:%1"_s.arg(path), u"PIPE"_s});
    QVERIFY(socat.waitForStarted(10000));
    for (int i = 0; i < 200 && !QFileInfo::exists(path); ++i)
        QTest::qWait(25);
    QByteArray data(8 << 20, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    const Run r = connect({u"--proto"_s, u"unix-stream"_s, u"--path"_s, path}, data, 120000);
    socat.kill();
    socat.waitForFinished(5000);
    ::unlink(path.toLocal8Bit().constData());
    QCOMPARE(r.status, 0);
    QCOMPARE(QCryptographicHash::hash(r.out, QCryptographicHash::Sha256),
             QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

void TestCliConnect::crlf()
{
    Peer server = serve({u"--port"_s, u"0"_s});
    QVERIFY(!server.address.isEmpty());
    const Run r = connect({u"--crlf"_s, u"127.0.0.1"_s, server.address.section(u':', -1)}, "GET /\nHost: x\n\n");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QByteArray("GET /\r\nHost: x\r\n\r\n"));
    server.process->terminate();
    server.process->waitForFinished(10000);
}

void TestCliConnect::hexDump()
{
    Peer server = serve({u"--port"_s, u"0"_s});
    QVERIFY(!server.address.isEmpty());
    const Run r = connect({u"--hex"_s, u"localhost"_s, server.address.section(u':', -1)},
                          QByteArray("0123456789abcdef\x00\x01", 18));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QByteArray("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n"
                               "00000010  00 01                                             |..|\n"));
    server.process->terminate();
    server.process->waitForFinished(10000);
}

void TestCliConnect::jsonSummary()
{
    // --json: nothing streamed, one object at the end; a refusal is CLI.md's error object.
    Peer server = serve({u"--port"_s, u"0"_s});
    QVERIFY(!server.address.isEmpty());
    const Run r = connect({u"--json"_s, u"127.0.0.1"_s, server.address.section(u':', -1)}, QByteArray("hi\x00\n", 4));
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"data_hex"_s).toString(), u"6869000a"_s);
    QCOMPARE(o.value(u"sent"_s).toInt(), 4);
    QCOMPARE(o.value(u"received"_s).toInt(), 4);
    QCOMPARE(o.value(u"peer"_s).toString(), server.address);
    QVERIFY(o.value(u"local"_s).toString().startsWith(u"127.0.0.1:"_s));
    QVERIFY(!o.contains(u"error"_s));
    const Run refused = connect({u"--json"_s, u"127.0.0.1"_s, u"1"_s}, {});
    QCOMPARE(refused.status, 1);
    const QJsonObject e = QJsonDocument::fromJson(refused.out).object();
    QCOMPARE(e.value(u"code"_s).toString(), u"ECONNREFUSED"_s);
    QVERIFY(!e.value(u"error"_s).toString().isEmpty());
    server.process->terminate();
    server.process->waitForFinished(10000);
}

void TestCliConnect::peerClosesFirst()
{
    // A peer that greets and closes without reading: connect ends with 0 although stdin stays open.
    QProcess py;
    py.start(python_, {u"-c"_s, uR"PY(
import socket, sys
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)
print(s.getsockname()[1], flush=True)
c, _ = s.accept(); c.sendall(b'bye\n'); c.close()
)PY"_s});
    QVERIFY(py.waitForStarted(10000) && py.waitForReadyRead(10000));
    const QString port = QString::fromUtf8(py.readLine().trimmed());
    QProcess proc;
    proc.start(cli_, {u"connect"_s, u"127.0.0.1"_s, port});
    QVERIFY(proc.waitForFinished(20000)); // stdin never closed
    QCOMPARE(proc.exitCode(), 0);
    QCOMPARE(proc.readAllStandardOutput(), QByteArray("bye\n"));
    py.waitForFinished(5000);
}

void TestCliConnect::refused()
{
    // Port 1 on loopback: nothing listens there in a test environment.
    const Run r = connect({u"127.0.0.1"_s, u"1"_s}, {});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("ECONNREFUSED") && r.err.contains("refused"), r.err.constData());
    const Run u = connect({u"--proto"_s, u"unix-stream"_s, u"--path"_s, u"/nonexistent/sockscope.sock"_s}, {});
    QCOMPARE(u.status, 1);
    QVERIFY2(u.err.contains("ENOENT"), u.err.constData());
    const Run bad = connect({u"127.0.0.1"_s, u"0"_s}, {});
    QCOMPARE(bad.status, 1);
    const Run empty = connect({u"--proto"_s, u"unix-stream"_s, u"--path"_s, QString()}, {});
    QCOMPARE(empty.status, 1);
    QVERIFY2(empty.err.contains("empty"), empty.err.constData());
}

// --repeat sends all of standard input N times; the echo server gives every copy back.
void TestCliConnect::repeatOverTcp()
{
    Peer server = serve({u"--port"_s, u"0"_s});
    QVERIFY(!server.address.isEmpty());
    const Run r = connect({u"--repeat"_s, u"50"_s, u"127.0.0.1"_s, server.address.section(u':', -1)}, "abcd");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QByteArray("abcd").repeated(50));
    server.process->terminate();
    server.process->waitForFinished(10000);
}

// Over UDP each copy is one datagram, paced by --interval so that none is lost on the way.
void TestCliConnect::repeatOverUdp()
{
    Peer server = serve({u"--udp"_s, u"--port"_s, u"0"_s});
    QVERIFY(!server.address.isEmpty());
    const Run r = connect({u"--udp"_s, u"--repeat"_s, u"20"_s, u"--interval"_s, u"5"_s, u"--multicast-ttl"_s, u"1"_s,
                           u"--multicast-loop"_s, u"0"_s, u"--wait"_s, u"1"_s, u"127.0.0.1"_s,
                           server.address.section(u':', -1)},
                          "ping");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QByteArray("ping").repeated(20));
    server.process->terminate();
    server.process->waitForFinished(10000);
}

// In tests/netns/with-broadcast-dummy.sh only (ctest: tst_cli_connect_broadcast): --broadcast lets
// connect() reach the /24's broadcast address; without it connect() fails with EACCES and says why.
void TestCliConnect::broadcastInNamespace()
{
    if (!sockscope::testing::inBroadcastNamespace())
        QSKIP("broadcast runs only in tests/netns/with-broadcast-dummy.sh (ctest: tst_cli_connect_broadcast)");
    const int rx = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(rx >= 0);
    const auto closeRx = qScopeGuard([rx] { ::close(rx); });
    sockaddr_in any{};
    any.sin_family = AF_INET;
    QCOMPARE(::bind(rx, reinterpret_cast<sockaddr*>(&any), sizeof any), 0);
    socklen_t len = sizeof any;
    QCOMPARE(::getsockname(rx, reinterpret_cast<sockaddr*>(&any), &len), 0);
    const QString port = QString::number(ntohs(any.sin_port));

    const Run refused = connect({u"--proto"_s, u"udp"_s, u"--wait"_s, u"0.2"_s, u"10.77.0.255"_s, port}, "nope\n");
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains("EACCES"), refused.err.constData());
    QVERIFY2(refused.err.contains("SO_BROADCAST is off"), refused.err.constData());
    QVERIFY2(refused.err.contains("--broadcast sets it"), refused.err.constData());

    const Run sent = connect({u"--broadcast"_s, u"--proto"_s, u"udp"_s, u"--wait"_s, u"0.2"_s, u"10.77.0.255"_s, port},
                             "to all\n");
    QVERIFY2(sent.status == 0, sent.err.constData());
    pollfd p{rx, POLLIN, 0};
    QCOMPARE(::poll(&p, 1, 5000), 1);
    char buf[64];
    const ssize_t n = ::recv(rx, buf, sizeof buf, MSG_DONTWAIT);
    QCOMPARE(QByteArray(buf, static_cast<qsizetype>(std::max<ssize_t>(n, 0))), QByteArray("to all\n"));
}

void TestCliConnect::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no port") << QStringList{u"127.0.0.1"_s};
    QTest::newRow("unknown proto") << QStringList{u"--proto"_s, u"sctp"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("unix without path") << QStringList{u"--proto"_s, u"unix-stream"_s};
    QTest::newRow("path with tcp") << QStringList{u"--path"_s, u"/tmp/x"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("bad wait") << QStringList{u"--wait"_s, u"soon"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("repeat 0") << QStringList{u"--repeat"_s, u"0"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("repeat too many") << QStringList{u"--repeat"_s, u"1000001"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("repeat not a number") << QStringList{u"--repeat"_s, u"x"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("interval without repeat") << QStringList{u"--interval"_s, u"5"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("ttl 256") << QStringList{u"--udp"_s, u"--multicast-ttl"_s, u"256"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("loop 2") << QStringList{u"--udp"_s, u"--multicast-loop"_s, u"2"_s, u"127.0.0.1"_s, u"7"_s};
    QTest::newRow("broadcast over tcp") << QStringList{u"--broadcast"_s, u"127.0.0.1"_s, u"7"_s};
}

void TestCliConnect::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = connect(args, {});
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cli_connect.moc"
