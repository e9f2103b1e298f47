// sockscope-cli sockets: a TCP listener and a UDP socket of the test's own appear in --json with the
// fields shared/CLI.md names (the test's pid as owner); --tcp, --udp and --listening filter; a stray
// argument is a usage error (exit status 2).

#include "ProcessRun.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A socket bound to 127.0.0.1 on a free port (listening when it is a stream); its port, or 0.
int boundSocket(int type, int& fd)
{
    fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sin;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&sin), len) != 0
        || (type == SOCK_STREAM && ::listen(fd, 3) != 0)
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&sin), &len) != 0)
        return 0;
    return ntohs(sin.sin_port);
}

} // namespace

class TestCliSockets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ownSocketsInJson();
    void filters_data();
    void filters();
    void usageErrors();

private:
    QJsonArray list(const QStringList& args);
    QString cli_;
    int tcpFd_ = -1, udpFd_ = -1;
    int tcpPort_ = 0, udpPort_ = 0;
};

void TestCliSockets::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(QFileInfo(cli_).isExecutable(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    tcpPort_ = boundSocket(SOCK_STREAM, tcpFd_);
    udpPort_ = boundSocket(SOCK_DGRAM, udpFd_);
    QVERIFY(tcpPort_ && udpPort_);
}

void TestCliSockets::cleanupTestCase()
{
    ::close(tcpFd_);
    ::close(udpFd_);
}

QJsonArray TestCliSockets::list(const QStringList& args)
{
    const auto r = sockscope::testing::runProcess(cli_, QStringList{u"sockets"_s, u"--json"_s} + args);
    if (r.status != 0) {
        qWarning("sockets exited %d: %s", r.status, r.err.constData());
        return {};
    }
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s", r.out.left(200).constData());
    return doc.array();
}

void TestCliSockets::ownSocketsInJson()
{
    const QJsonArray all = list({});
    QVERIFY(!all.isEmpty());
    const QString tcpLocal = u"127.0.0.1:%1"_s.arg(tcpPort_);
    const QString udpLocal = u"127.0.0.1:%1"_s.arg(udpPort_);
    bool tcpSeen = false, udpSeen = false;
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        QVERIFY2(o.contains(u"proto"_s) && o.contains(u"state"_s) && o.contains(u"recv_q"_s) && o.contains(u"send_q"_s),
                 QJsonDocument(o).toJson().constData());
        QVERIFY(!o.contains(u"peer"_s) || !o[u"peer"_s].toString().isEmpty()); // absent, never empty
        if (o[u"local"_s].toString() == tcpLocal && o[u"proto"_s].toString() == u"tcp"_s) {
            tcpSeen = true;
            QCOMPARE(o[u"state"_s].toString(), u"LISTEN"_s);
            QCOMPARE(o[u"send_q"_s].toInt(), 3); // the backlog
            QCOMPARE(o[u"pid"_s].toInt(), int(::getpid()));
            QCOMPARE(o[u"family"_s].toString(), u"AF_INET"_s);
            QVERIFY(!o.contains(u"peer"_s));
        }
        if (o[u"local"_s].toString() == udpLocal && o[u"proto"_s].toString() == u"udp"_s) {
            udpSeen = true;
            QCOMPARE(o[u"state"_s].toString(), u"UNCONN"_s);
        }
    }
    QVERIFY(tcpSeen);
    QVERIFY(udpSeen);
}

void TestCliSockets::filters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("protos");
    QTest::addColumn<bool>("listeningOnly");
    QTest::newRow("--tcp") << QStringList{u"--tcp"_s} << QStringList{u"tcp"_s} << false;
    QTest::newRow("--udp") << QStringList{u"--udp"_s} << QStringList{u"udp"_s} << false;
    QTest::newRow("--unix") << QStringList{u"--unix"_s}
                            << QStringList{u"unix-stream"_s, u"unix-dgram"_s, u"unix-seqpacket"_s} << false;
    QTest::newRow("--tcp --listening") << QStringList{u"--tcp"_s, u"--listening"_s} << QStringList{u"tcp"_s} << true;
}

void TestCliSockets::filters()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, protos);
    QFETCH(bool, listeningOnly);
    const QJsonArray rows = list(args);
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& v : rows) {
        QVERIFY2(protos.contains(v[u"proto"_s].toString()), qPrintable(v[u"proto"_s].toString()));
        if (listeningOnly)
            QVERIFY(v[u"state"_s].toString() == u"LISTEN"_s || v[u"state"_s].toString() == u"UNCONN"_s);
    }
}

void TestCliSockets::usageErrors()
{
    const auto stray = sockscope::testing::runProcess(cli_, {u"sockets"_s, u"tcp"_s});
    QCOMPARE(stray.status, 2);
    QVERIFY2(stray.err.contains("--tcp"), stray.err.constData());
    const auto unknown = sockscope::testing::runProcess(cli_, {u"sockets"_s, u"--sctp"_s});
    QCOMPARE(unknown.status, 2);
    // The text form: a header line, then our listener.
    const auto text = sockscope::testing::runProcess(cli_, {u"sockets"_s, u"--tcp"_s, u"--listening"_s});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.startsWith("PROTO"));
    QVERIFY(text.out.contains(u"127.0.0.1:%1"_s.arg(tcpPort_).toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliSockets)
#include "tst_cli_sockets.moc"
