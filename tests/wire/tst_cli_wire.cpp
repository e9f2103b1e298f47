// sockscope-cli wire while python3 connects to a listener of the test's, sends five bytes and
// closes: --json lists SYN, SYN-ACK, ACK, the 5-byte segment from relative seq 1, and a FIN each way
// in order, with the fields shared/CLI.md names; the --pcap file reads back in tcpdump with the same
// packets. As nobody without a capable helper it fails with exit status 1 and says what to do; bad
// values are usage errors (exit status 2). The capture itself needs root: skipped otherwise.

#include "ProcessRun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "Privileges.h"

#include <QTest>

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using sockscope::testing::haveCapNetRaw;

namespace {

} // namespace

class TestCliWire : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void handshakeFiveBytesAndClose();
    void unprivilegedWithoutHelperSaysWhy();
    void usageErrors_data();
    void usageErrors();

private:
    QString cli_;
};

void TestCliWire::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(QFileInfo(cli_).isExecutable(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
}

void TestCliWire::handshakeFiveBytesAndClose()
{
    if (!haveCapNetRaw())
        QSKIP("needs CAP_NET_RAW (root) to capture");
    const QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
    if (python.isEmpty())
        QSKIP("needs /usr/bin/python3 as the peer");

    // The listener: the test's own, on a free port.
    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sin;
    QVERIFY(::bind(server, reinterpret_cast<sockaddr*>(&sin), len) == 0 && ::listen(server, 4) == 0);
    QVERIFY(::getsockname(server, reinterpret_cast<sockaddr*>(&sin), &len) == 0);
    const int port = ntohs(sin.sin_port);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pcap = dir.filePath(u"handshake.pcapng"_s);
    QProcess wire;
    wire.start(cli_, {u"wire"_s, u"--port"_s, QString::number(port), u"--json"_s, u"--seconds"_s, u"60"_s,
                      u"--pcap"_s, pcap});
    QVERIFY(wire.waitForStarted(10000));
    // Traffic only after "capturing on lo".
    QByteArray err;
    wire.setReadChannel(QProcess::StandardError);
    for (int i = 0; i < 200 && !err.contains("capturing on lo"); ++i) {
        wire.waitForReadyRead(100);
        err += wire.readAllStandardError();
    }
    const QByteArray capturing = "capturing on lo (port " + QByteArray::number(port) + ")";
    QVERIFY2(err.contains(capturing), err.constData());

    const QString script = uR"(import socket
s = socket.create_connection(("127.0.0.1", %1))
s.sendall(b"hello")
s.close()
)"_s.arg(port);
    QCOMPARE(QProcess::execute(python, {u"-c"_s, script}), 0);
    const int accepted = ::accept(server, nullptr, nullptr);
    QVERIFY(accepted >= 0);
    char buf[16];
    QCOMPARE(::read(accepted, buf, sizeof buf), ssize_t(5));
    QCOMPARE(::read(accepted, buf, sizeof buf), ssize_t(0));
    ::close(accepted);
    ::close(server);

    // The last ACK travels within microseconds; a second's grace, then SIGTERM ends the capture.
    QTest::qWait(1000);
    wire.terminate();
    QVERIFY(wire.waitForFinished(20000));
    QCOMPARE(wire.exitStatus(), QProcess::NormalExit);
    err += wire.readAllStandardError();
    QCOMPARE(wire.exitCode(), 0);
    QVERIFY2(err.contains("dropped by the kernel (SIGTERM)"), err.constData());
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(wire.readAllStandardOutput(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    // ICMP always passes the filter (an error quotes the port inside it), so other tests' unreachable
    // ports may show up too: only this connection's TCP packets are looked at.
    const QJsonArray all = doc.array();
    QJsonArray packets;
    for (const auto& v : all)
        if (v.toObject()[u"proto"_s].toString() == u"tcp"_s)
            packets.append(v);
    QVERIFY2(packets.size() >= 7, qPrintable(QString::number(packets.size())));

    const QString serverEnd = u"127.0.0.1:%1"_s.arg(port);
    for (const auto& v : packets) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o[u"proto"_s].toString(), u"tcp"_s);
        for (const char* key : {"time_us", "src", "dst", "flags", "seq", "len"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o[u"src"_s].toString() == serverEnd || o[u"dst"_s].toString() == serverEnd);
    }
    auto at = [&](int i) { return packets[i].toObject(); };
    QCOMPARE(at(0)[u"flags"_s].toString(), u"SYN"_s);
    QCOMPARE(at(0)[u"dst"_s].toString(), serverEnd);
    QCOMPARE(at(0)[u"seq"_s].toInt(), 0);
    QCOMPARE(at(1)[u"flags"_s].toString(), u"SYN,ACK"_s);
    QCOMPARE(at(1)[u"src"_s].toString(), serverEnd);
    QCOMPARE(at(1)[u"ack"_s].toInt(), 1);
    QCOMPARE(at(2)[u"flags"_s].toString(), u"ACK"_s);
    QCOMPARE(at(2)[u"seq"_s].toInt(), 1);
    QCOMPARE(at(2)[u"ack"_s].toInt(), 1);
    int data = -1, clientFin = -1, serverFin = -1;
    for (int i = 0; i < packets.size(); ++i) {
        const QJsonObject o = at(i);
        const bool fromClient = o[u"dst"_s].toString() == serverEnd;
        if (data < 0 && fromClient && o[u"len"_s].toInt() == 5)
            data = i;
        if (o[u"flags"_s].toString().contains(u"FIN"_s))
            (fromClient ? clientFin : serverFin) = i;
    }
    QVERIFY(data > 2);
    QCOMPARE(at(data)[u"seq"_s].toInt(), 1);
    QVERIFY(clientFin >= data && serverFin > clientFin);
    QCOMPARE(at(clientFin)[u"seq"_s].toInt(), 6);
    QCOMPARE(at(serverFin)[u"ack"_s].toInt(), 7);

    // The same packets in the pcapng file.
    const QString tcpdump = QStandardPaths::findExecutable(u"tcpdump"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (tcpdump.isEmpty())
        QSKIP("tcpdump is not installed: the pcapng file is not read back");
    const auto r = sockscope::testing::runProcess(tcpdump, {u"-nn"_s, u"-r"_s, pcap});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.count('\n'), all.size());
    QVERIFY(r.out.split('\n').first().contains("Flags [S]"));
}

void TestCliWire::unprivilegedWithoutHelperSaysWhy()
{
    if (::getuid() != 0)
        QSKIP("needs root to become nobody");
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s, {u"/usr/bin"_s, u"/bin"_s});
    if (setpriv.isEmpty())
        QSKIP("needs setpriv (util-linux)");
    // The helper found is the build tree's own (app/capture beside app/cli), which holds no capability.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SOCKSCOPE_CAPTURE_HELPER"_s);
    sockscope::testing::ProcessInput in;
    in.env = env;
    const auto r = sockscope::testing::runProcess(setpriv, {u"--reuid=nobody"_s, u"--regid=nogroup"_s,
                                                            u"--clear-groups"_s, u"--inh-caps=-all"_s,
                                                            cli_, u"wire"_s,
                                                            u"--json"_s, u"--count"_s, u"1"_s},
                                                  in);
    QCOMPARE(r.status, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(!o[u"error"_s].toString().isEmpty(), r.out.constData());
    QCOMPARE(o[u"code"_s].toString(), u"EPERM"_s);
    QVERIFY2(o[u"error"_s].toString().contains(u"setcap cap_net_raw+ep"_s), r.out.constData());
    QVERIFY(r.err.contains("cannot capture on lo"));
}

void TestCliWire::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("port 0") << QStringList{u"--port"_s, u"0"_s} << u"--port “0” is not a port"_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"65536"_s} << u"from 1 to 65535"_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s} << u"--port “http”"_s;
    QTest::newRow("count 0") << QStringList{u"--count"_s, u"0"_s} << u"--count “0” is not a packet count"_s;
    QTest::newRow("seconds text") << QStringList{u"--seconds"_s, u"soon"_s} << u"--seconds “soon”"_s;
    QTest::newRow("stray argument") << QStringList{u"7007"_s} << u"wire takes no arguments"_s;
    QStringList many;
    for (int p = 1; p <= 49; ++p)
        many << u"--port"_s << QString::number(p);
    QTest::newRow("49 ports") << many << u"49 ports given: the filter takes at most 48"_s;
}

void TestCliWire::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const auto r = sockscope::testing::runProcess(cli_, QStringList{u"wire"_s} + args);
    QCOMPARE(r.status, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliWire)
#include "tst_cli_wire.moc"
