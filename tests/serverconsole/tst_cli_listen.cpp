// sockscope-cli listen (path in $SOCKSCOPE_CLI) as nc -l is used, against nc, socat and python3
// clients: 8 MiB both ways by SHA-256 on tcp and unix-stream, udp and unix-dgram exchanges, --keep with
// three clients one after another, --json, a peer's reset, the unix socket file, SIGINT, and the exit
// statuses of shared/CLI.md. multicastJoin runs only in tests/netns/with-multicast-lo.sh
// (ctest: tst_cli_listen_multicast). Loopback and unix sockets only; every wait is bounded.

#include "ProcessRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A python3 stream client: stdin to the socket (then shutdown(SHUT_WR)) while the socket goes to stdout.
const char* pythonStreamClient = R"(
import socket, sys, threading
kind, addr = sys.argv[1], sys.argv[2]
if kind == "tcp":
    host, port = addr.rsplit(":", 1)
    s = socket.create_connection((host.strip("[]"), int(port)), timeout=30)
else:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(30)
    s.connect(addr)
def send():
    s.sendall(sys.stdin.buffer.read())
    s.shutdown(socket.SHUT_WR)
t = threading.Thread(target=send)
t.start()
while True:
    b = s.recv(65536)
    if not b:
        break
    sys.stdout.buffer.write(b)
t.join()
sys.stdout.buffer.flush()
)";

// A python3 datagram client: one datagram, then the answer on stdout.
const char* pythonDatagramClient = R"(
import socket, sys
kind, addr = sys.argv[1], sys.argv[2]
if kind == "udp":
    host, port = addr.rsplit(":", 1)
    host = host.strip("[]")
    s = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_DGRAM)
    target = (host, int(port))
else:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind("")  # autobind: an address the answer can come back to
    target = "\0" + addr[1:] if addr.startswith("@") else addr
s.settimeout(10)
s.sendto(b"ping\n", target)
data, _ = s.recvfrom(65536)
sys.stdout.buffer.write(data)
)";

// Two python3 senders on sockets of their own, one datagram each: "a" first, then "b".
const char* pythonTwoSenders = R"(
import socket, sys
host, port = sys.argv[1].rsplit(":", 1)
for payload in (b"a", b"b"):
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(payload, (host, int(port)))
)";

// A python3 sender of one datagram to a multicast group.
const char* pythonGroupSender = R"(
import socket, sys
group, port = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET6 if ":" in group else socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b"to the group\n", (group, port))
)";

// A python3 client that sends, then resets the connection (SO_LINGER {1, 0}).
const char* pythonResetter = R"(
import socket, struct, sys
host, port = sys.argv[1].rsplit(":", 1)
s = socket.create_connection((host, int(port)), timeout=10)
s.sendall(b"bye")
s.recv(16)  # our EOF: listen shut its side at the end of its empty input
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
s.close()
)";

struct Listen {
    std::unique_ptr<QProcess> process;
    QString address; // 127.0.0.1:PORT, [::1]:PORT, unix:…
    QString outPath;
    QString errPath;
    QByteArray out() const
    {
        QFile f(outPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QByteArray afterFirstLine() const
    {
        const QByteArray all = out();
        return all.mid(all.indexOf('\n') + 1);
    }
    QByteArray err() const
    {
        QFile f(errPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString port() const { return address.section(u':', -1); }
    bool finish(int timeoutMs = 30000)
    {
        return process->waitForFinished(timeoutMs) && process->exitStatus() == QProcess::NormalExit;
    }
};

QByteArray sha256(const QByteArray& b) { return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex(); }

} // namespace

class TestCliListen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bothWays_data();
    void bothWays();
    void datagramExchange_data();
    void datagramExchange();
    void keepServesOneAfterAnother();
    void datagramSenders_data();
    void datagramSenders();
    void jsonSummary();
    void peerResets();
    void staleSocketFile();
    void sigintEndsWaiting();
    void usageErrors_data();
    void usageErrors();
    void invalidInput_data();
    void invalidInput();
    void multicastJoin_data();
    void multicastJoin();

private:
    // Starts listen with `args`, standard input from `stdinPath` (empty: /dev/null), standard output
    // and error to files; returns once the listening line is there (address empty if it never came).
    Listen listen(const QStringList& args, const QString& stdinPath = {});
    // Runs a client to its end with stdin from `stdinPath` (empty: /dev/null); its stdout.
    QByteArray runClient(const QString& program, const QStringList& args, const QString& stdinPath, int* status);
    QString writeFile(const QString& name, const QByteArray& bytes);
    QString cli_, socat_, python_, nc_;
    QTemporaryDir dir_;
    int counter_ = 0;
};

void TestCliListen::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(QFileInfo(cli_).isExecutable(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    socat_ = QStandardPaths::findExecutable(u"socat"_s);
    python_ = QStandardPaths::findExecutable(u"python3"_s);
    // nc.openbsd (-N: shut the socket down at the end of input) or ncat (--send-only is not it: ncat
    // half-closes by itself at the end of input).
    nc_ = QStandardPaths::findExecutable(u"nc.openbsd"_s);
    if (nc_.isEmpty())
        nc_ = QStandardPaths::findExecutable(u"ncat"_s);
    QVERIFY2(!socat_.isEmpty() && !python_.isEmpty() && !nc_.isEmpty(), "socat, python3 and nc are the peers");
    QVERIFY(dir_.isValid());
}

QString TestCliListen::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

Listen TestCliListen::listen(const QStringList& args, const QString& stdinPath)
{
    Listen l;
    const int n = ++counter_;
    l.outPath = dir_.filePath(u"listen-%1.out"_s.arg(n));
    l.errPath = dir_.filePath(u"listen-%1.err"_s.arg(n));
    l.process = std::make_unique<QProcess>();
    l.process->setStandardInputFile(stdinPath.isEmpty() ? QProcess::nullDevice() : stdinPath);
    l.process->setStandardOutputFile(l.outPath);
    l.process->setStandardErrorFile(l.errPath);
    l.process->start(cli_, QStringList{u"listen"_s} + args);
    if (!l.process->waitForStarted(10000))
        return l;
    for (int i = 0; i < 500; ++i) {
        const QByteArray out = l.out();
        if (out.contains('\n')) {
            const QByteArray line = out.left(out.indexOf('\n'));
            if (line.startsWith("listening on "))
                l.address = QString::fromUtf8(line.mid(13));
            break;
        }
        if (l.process->state() == QProcess::NotRunning)
            break;
        QTest::qWait(20);
    }
    return l;
}

QByteArray TestCliListen::runClient(const QString& program, const QStringList& args, const QString& stdinPath,
                                    int* status)
{
    QProcess p;
    const QString outPath = dir_.filePath(u"client-%1.out"_s.arg(++counter_));
    p.setStandardInputFile(stdinPath.isEmpty() ? QProcess::nullDevice() : stdinPath);
    p.setStandardOutputFile(outPath);
    p.start(program, args);
    *status = -1;
    if (p.waitForStarted(10000) && p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit)
        *status = p.exitCode();
    else
        p.kill(), p.waitForFinished(5000);
    QFile f(outPath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCliListen::bothWays_data()
{
    QTest::addColumn<QString>("proto");
    QTest::addColumn<QString>("client");
    for (const QString& proto : {u"tcp"_s, u"unix-stream"_s})
        for (const QString& client : {u"nc"_s, u"socat"_s, u"python3"_s})
            QTest::addRow("%s %s", qPrintable(proto), qPrintable(client)) << proto << client;
}

void TestCliListen::bothWays()
{
    QFETCH(QString, proto);
    QFETCH(QString, client);
    QByteArray toPeer(8 << 20, Qt::Uninitialized), fromPeer(8 << 20, Qt::Uninitialized);
    QRandomGenerator(1).fillRange(reinterpret_cast<quint32*>(toPeer.data()), toPeer.size() / 4);
    QRandomGenerator(2).fillRange(reinterpret_cast<quint32*>(fromPeer.data()), fromPeer.size() / 4);
    const QString toPeerPath = writeFile(u"to-peer"_s, toPeer);
    const QString fromPeerPath = writeFile(u"from-peer"_s, fromPeer);

    const bool unixSocket = proto == u"unix-stream"_s;
    const QString path = dir_.filePath(u"both-%1.sock"_s.arg(client));
    Listen l = listen(unixSocket ? QStringList{u"--proto"_s, proto, u"--path"_s, path} : QStringList{u"--port"_s, u"0"_s},
                      toPeerPath);
    QVERIFY2(!l.address.isEmpty(), l.err().constData());

    QString program;
    QStringList args;
    if (client == u"nc"_s) {
        program = nc_;
        args << u"-N"_s;
        if (unixSocket)
            args << u"-U"_s << path;
        else
            args << u"127.0.0.1"_s << l.port();
        if (nc_.endsWith(u"ncat"_s))
            args.removeAll(u"-N"_s);
    } else if (client == u"socat"_s) {
        program = socat_;
        // -t 30: after its half-close socat waits this long for the rest of our 8 MiB (default 0.5 s).
        args = QStringList{u"-t"_s, u"30"_s, u"-"_s,
                           unixSocket ? u"UNIX-CONNECT:%1"_s.arg(path) : u"TCP:127.0.0.1:%1"_s.arg(l.port())};
    } else {
        program = python_;
        args = QStringList{u"-c"_s, QString::fromUtf8(pythonStreamClient), unixSocket ? u"unix"_s : u"tcp"_s,
                           unixSocket ? path : u"127.0.0.1:%1"_s.arg(l.port())};
    }
    int status = -1;
    const QByteArray clientGot = runClient(program, args, fromPeerPath, &status);
    QVERIFY(l.finish());
    QCOMPARE(status, 0);
    QCOMPARE(l.process->exitCode(), 0);
    const QByteArray listenGot = l.afterFirstLine();
    QCOMPARE(listenGot.size(), fromPeer.size());
    QCOMPARE(sha256(listenGot), sha256(fromPeer));
    QCOMPARE(clientGot.size(), toPeer.size());
    QCOMPARE(sha256(clientGot), sha256(toPeer));
    if (unixSocket)
        QVERIFY2(!QFileInfo::exists(path), "listen removes the socket file its bind created");
}

void TestCliListen::datagramExchange_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("kind");
    QTest::newRow("udp") << QStringList{u"--udp"_s} << u"udp"_s;
    QTest::newRow("udp v6") << QStringList{u"--proto"_s, u"udp"_s, u"--family"_s, u"inet6"_s} << u"udp"_s;
    QTest::newRow("unix-dgram") << QStringList{u"--proto"_s, u"unix-dgram"_s, u"--path"_s,
                                               u"@sockscope-tst-cli-listen-%1"_s.arg(getpid())}
                                << u"unix"_s;
}

void TestCliListen::datagramExchange()
{
    QFETCH(QStringList, args);
    QFETCH(QString, kind);
    const QString reply = writeFile(u"pong"_s, "pong\n");
    Listen l = listen(args + QStringList{u"--wait"_s, u"0.3"_s}, reply);
    if (l.address.isEmpty() && args.contains(u"inet6"_s))
        QSKIP("no IPv6 loopback here");
    QVERIFY2(!l.address.isEmpty(), l.err().constData());
    const QString target = l.address.startsWith(u"unix:"_s) ? l.address.mid(5) : l.address; // @name: abstract
    int status = -1;
    const QByteArray got = runClient(python_, {u"-c"_s, QString::fromUtf8(pythonDatagramClient), kind, target}, {}, &status);
    QCOMPARE(status, 0);
    QCOMPARE(got, QByteArray("pong\n"));
    QVERIFY(l.finish()); // the end of input, then 0.3 s of silence
    QCOMPARE(l.process->exitCode(), 0);
    QCOMPARE(l.afterFirstLine(), QByteArray("ping\n"));
}

void TestCliListen::keepServesOneAfterAnother()
{
    Listen l = listen({u"--keep"_s, u"--json"_s, u"--port"_s, u"0"_s});
    QVERIFY2(!l.address.isEmpty(), l.err().constData());
    QByteArray all;
    for (int i = 1; i <= 3; ++i) {
        const QByteArray line = "client " + QByteArray::number(i) + "\n";
        all += line;
        const QString input = writeFile(u"client-%1"_s.arg(i), line);
        QStringList args{u"-N"_s, u"127.0.0.1"_s, l.port()};
        if (nc_.endsWith(u"ncat"_s))
            args.removeAll(u"-N"_s);
        int status = -1;
        const QByteArray got = runClient(nc_, args, input, &status);
        QCOMPARE(status, 0);
        QVERIFY(got.isEmpty()); // listen's input is empty: it shut its side at once
    }
    QCOMPARE(l.process->state(), QProcess::Running); // --keep: still listening after the third
    l.process->terminate();
    QVERIFY(l.finish());
    QCOMPARE(l.process->exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(l.afterFirstLine()).object();
    QCOMPARE(o.value(u"peer_count"_s).toInt(), 3);
    QCOMPARE(o.value(u"peers"_s).toArray().size(), 3);
    QCOMPARE(o.value(u"received"_s).toInt(), all.size());
    QCOMPARE(o.value(u"data_hex"_s).toString().toLatin1(), all.toHex());
    QCOMPARE(o.value(u"local"_s).toString(), l.address);
}

void TestCliListen::datagramSenders_data()
{
    QTest::addColumn<bool>("keep");
    QTest::newRow("first sender only") << false;
    QTest::newRow("--keep: every sender") << true;
}

void TestCliListen::datagramSenders()
{
    QFETCH(bool, keep);
    // --keep ends only at a signal, so its bytes are read from standard output as they come; without
    // it, the --json summary at its own end tells who was heard and who was ignored.
    QStringList args{u"--udp"_s, u"--wait"_s, u"0.5"_s, keep ? u"--keep"_s : u"--json"_s};
    Listen l = listen(args);
    QVERIFY(!l.address.isEmpty());
    int status = -1;
    runClient(python_, {u"-c"_s, QString::fromUtf8(pythonTwoSenders), l.address}, {}, &status);
    QCOMPARE(status, 0);
    if (keep) {
        for (int i = 0; i < 500 && l.afterFirstLine().size() < 2; ++i)
            QTest::qWait(20);
        QCOMPARE(l.afterFirstLine(), QByteArray("ab")); // both senders are peers
        QCOMPARE(l.process->state(), QProcess::Running); // and it goes on until a signal
        l.process->terminate();
        QVERIFY(l.finish());
        QCOMPARE(l.process->exitCode(), 0);
        return;
    }
    QVERIFY(l.finish());
    QCOMPARE(l.process->exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(l.afterFirstLine()).object();
    QCOMPARE(o.value(u"peer_count"_s).toInt(), 1);
    QCOMPARE(o.value(u"data_hex"_s).toString(), u"61"_s);
    QCOMPARE(o.value(u"ignored"_s).toInt(), 1);
    QVERIFY2(l.err().contains("ignoring datagrams from"), l.err().constData());
}

void TestCliListen::jsonSummary()
{
    const QString input = writeFile(u"xyz"_s, "xyz");
    Listen l = listen({u"--json"_s, u"--family"_s, u"unspec"_s, u"--bind"_s, u"::"_s}, input);
    if (l.address.isEmpty())
        QSKIP("no IPv6 here");
    int status = -1;
    // Dual stack: an IPv4 client reaches the IPv6 socket, seen as ::ffff:127.0.0.1.
    const QByteArray got = runClient(
        python_, {u"-c"_s, QString::fromUtf8(pythonStreamClient), u"tcp"_s, u"127.0.0.1:%1"_s.arg(l.port())},
        writeFile(u"abc"_s, "abc"), &status);
    QCOMPARE(status, 0);
    QCOMPARE(got, QByteArray("xyz"));
    QVERIFY(l.finish());
    QCOMPARE(l.process->exitCode(), 0);
    QVERIFY(l.err().contains("every interface")); // the :: warning
    const QJsonObject o = QJsonDocument::fromJson(l.afterFirstLine()).object();
    QCOMPARE(o.value(u"proto"_s).toString(), u"tcp"_s);
    QCOMPARE(o.value(u"v6only"_s).toInt(-1), 0);
    QCOMPARE(o.value(u"sent"_s).toInt(), 3);
    QCOMPARE(o.value(u"received"_s).toInt(), 3);
    QCOMPARE(o.value(u"data_hex"_s).toString(), u"616263"_s);
    QVERIFY2(o.value(u"peer"_s).toString().startsWith(u"[::ffff:127.0.0.1]:"_s), qPrintable(o.value(u"peer"_s).toString()));
    QVERIFY(!o.contains(u"error"_s));
}

void TestCliListen::peerResets()
{
    Listen l = listen({u"--port"_s, u"0"_s});
    QVERIFY(!l.address.isEmpty());
    int status = -1;
    runClient(python_, {u"-c"_s, QString::fromUtf8(pythonResetter), l.address}, {}, &status);
    QCOMPARE(status, 0);
    QVERIFY(l.finish());
    QCOMPARE(l.process->exitCode(), 1);
    QVERIFY2(l.err().contains("ECONNRESET"), l.err().constData());
}

void TestCliListen::staleSocketFile()
{
    const QString path = dir_.filePath(u"stale.sock"_s);
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un sun{};
        sun.sun_family = AF_UNIX;
        qstrncpy(sun.sun_path, QFile::encodeName(path).constData(), sizeof sun.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&sun), sizeof sun), 0);
        ::close(fd); // the file stays: a server that died
    }
    const sockscope::testing::ProcessRun r =
        sockscope::testing::runProcess(cli_, {u"listen"_s, u"--proto"_s, u"unix-stream"_s, u"--path"_s, path});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("stale") && r.err.contains("--remove-stale"), r.err.constData());
    QVERIFY(QFileInfo::exists(path));

    Listen l = listen({u"--proto"_s, u"unix-stream"_s, u"--path"_s, path, u"--remove-stale"_s});
    QCOMPARE(l.address, u"unix:"_s + path);
    l.process->terminate();
    QVERIFY(l.finish());
    QCOMPARE(l.process->exitCode(), 0);
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliListen::sigintEndsWaiting()
{
    Listen l = listen({u"--json"_s});
    QVERIFY(!l.address.isEmpty());
    ::kill(static_cast<pid_t>(l.process->processId()), SIGINT);
    QVERIFY(l.finish());
    QCOMPARE(l.process->exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(l.afterFirstLine()).object();
    QCOMPARE(o.value(u"peer_count"_s).toInt(-1), 0);
}

void TestCliListen::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("words");
    QTest::newRow("unknown proto") << QStringList{u"--proto"_s, u"sctp"_s} << QByteArray("Allowed: tcp, udp");
    QTest::newRow("udp and tcp") << QStringList{u"--udp"_s, u"--proto"_s, u"tcp"_s} << QByteArray("--udp means");
    QTest::newRow("join not multicast") << QStringList{u"--udp"_s, u"--join"_s, u"10.1.2.3"_s}
                                        << QByteArray("not a multicast address");
    QTest::newRow("join v6 not multicast") << QStringList{u"--udp"_s, u"--join"_s, u"2001:db8::1"_s}
                                           << QByteArray("ff00::/8");
    QTest::newRow("join a name") << QStringList{u"--udp"_s, u"--join"_s, u"group.example"_s}
                                 << QByteArray("not a numeric");
    QTest::newRow("join on tcp") << QStringList{u"--join"_s, u"239.1.2.3"_s} << QByteArray("--join is for udp");
    QTest::newRow("join twice") << QStringList{u"--udp"_s, u"--join"_s, u"239.1.2.3"_s, u"--join"_s, u"239.1.2.3"_s}
                                << QByteArray("twice");
    QTest::newRow("join two families") << QStringList{u"--udp"_s, u"--join"_s, u"239.1.2.3"_s, u"--join"_s, u"ff12::1"_s}
                                       << QByteArray("one family");
    QTest::newRow("join family of bind") << QStringList{u"--udp"_s, u"--join"_s, u"ff12::1"_s, u"--bind"_s, u"127.0.0.1"_s}
                                         << QByteArray("IPv6 group");
    QTest::newRow("path on tcp") << QStringList{u"--path"_s, u"/tmp/x"_s} << QByteArray("belongs to unix");
    QTest::newRow("port on unix") << QStringList{u"--proto"_s, u"unix-stream"_s, u"--path"_s, u"/tmp/x"_s,
                                                 u"--port"_s, u"1"_s}
                                  << QByteArray("--port belongs to tcp");
    QTest::newRow("unix without path") << QStringList{u"--proto"_s, u"unix-dgram"_s} << QByteArray("needs a --path");
    QTest::newRow("family bogus") << QStringList{u"--family"_s, u"ipx"_s} << QByteArray("Allowed: inet, inet6");
    QTest::newRow("family against bind") << QStringList{u"--family"_s, u"inet6"_s, u"--bind"_s, u"127.0.0.1"_s}
                                         << QByteArray("needs an IPv6");
    QTest::newRow("family unix on tcp") << QStringList{u"--family"_s, u"unix"_s} << QByteArray("--family unix");
    QTest::newRow("wait on a stream") << QStringList{u"--wait"_s, u"1"_s} << QByteArray("belongs to datagrams");
    QTest::newRow("wait bad") << QStringList{u"--udp"_s, u"--wait"_s, u"soon"_s} << QByteArray("0 to 3600");
    QTest::newRow("an argument") << QStringList{u"7007"_s} << QByteArray("--port P");
    QTest::newRow("unknown option") << QStringList{u"--listen"_s} << QByteArray("Unknown option");
}

void TestCliListen::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, words);
    const sockscope::testing::ProcessRun r = sockscope::testing::runProcess(cli_, QStringList{u"listen"_s} + args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(words), r.err.constData());
    QVERIFY(r.out.isEmpty()); // nothing listened
}

void TestCliListen::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("port too large") << QStringList{u"--port"_s, u"70000"_s} << QByteArray("ERANGE");
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s} << QByteArray("EINVAL");
    QTest::newRow("bind a name") << QStringList{u"--bind"_s, u"localhost"_s} << QByteArray("EINVAL");
    QTest::newRow("bind not ours") << QStringList{u"--bind"_s, u"192.0.2.1"_s} << QByteArray("EADDRNOTAVAIL");
    QTest::newRow("no directory") << QStringList{u"--proto"_s, u"unix-stream"_s, u"--path"_s, u"/nonexistent-dir/l.sock"_s}
                                  << QByteArray("ENOENT");
    QTest::newRow("path too long") << QStringList{u"--proto"_s, u"unix-dgram"_s, u"--path"_s, QString(200, u'x')}
                                   << QByteArray("ENAMETOOLONG");
}

void TestCliListen::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, code);
    const sockscope::testing::ProcessRun r =
        sockscope::testing::runProcess(cli_, QStringList{u"listen"_s, u"--json"_s} + args);
    QCOMPARE(r.status, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"code"_s).toString().toLatin1(), code);
    QVERIFY(!o.value(u"error"_s).toString().isEmpty());
}

void TestCliListen::multicastJoin_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("wildcard");
    QTest::newRow("ipv4") << u"239.1.2.3"_s << u"0.0.0.0"_s;
    QTest::newRow("ipv6") << u"ff12::1234"_s << u"[::]"_s;
}

void TestCliListen::multicastJoin()
{
    if (qEnvironmentVariableIntValue("SOCKSCOPE_TEST_MULTICAST") != 1)
        QSKIP("multicast runs in tests/netns/with-multicast-lo.sh (ctest: tst_cli_listen_multicast)");
    QFETCH(QString, group);
    QFETCH(QString, wildcard);
    Listen l = listen({u"--udp"_s, u"--join"_s, group, u"--port"_s, u"0"_s, u"--wait"_s, u"0.3"_s, u"--json"_s});
    QVERIFY2(l.address.startsWith(wildcard + u':'), qPrintable(l.address + QString::fromUtf8(l.err())));
    QVERIFY(l.err().contains("so that the group's datagrams arrive"));
    int status = -1;
    runClient(python_, {u"-c"_s, QString::fromUtf8(pythonGroupSender), group, l.port()}, {}, &status);
    QCOMPARE(status, 0);
    QVERIFY(l.finish());
    QCOMPARE(l.process->exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(l.afterFirstLine()).object();
    QCOMPARE(o.value(u"groups"_s).toArray(), QJsonArray{group});
    QCOMPARE(QByteArray::fromHex(o.value(u"data_hex"_s).toString().toLatin1()), QByteArray("to the group\n"));
}

QTEST_MAIN(TestCliListen)
#include "tst_cli_listen.moc"
