// The server console's service against real clients (python3 and socat): TCP, UDP and unix stream
// servers that receive and reply; manual accept with a connection waiting in the backlog (its Recv-Q
// read by sock_diag); shutdown, close and reset as the client sees them; an automatic reply reaching
// the client and the rate cap that ends a loop with an echo client; a flood that stays bounded while
// nothing takes the batches.
#include "ServerConsoleService.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>

#include <memory>

using namespace sockscope;
using namespace Qt::StringLiterals;

namespace {

// A client: connects, sends the hex bytes, then reads until `want` bytes came (-1: until EOF or an
// error) and prints what it got (hex) and how it ended: want, EOF, ECONNRESET or timeout.
const char* clientScript = R"PY(
import socket, sys
kind, addr, msg, want = sys.argv[1], sys.argv[2], bytes.fromhex(sys.argv[3]), int(sys.argv[4])
echo = len(sys.argv) > 5 and sys.argv[5] == 'echo'
if kind in ('tcp', 'udp'):
    h, p = addr.rsplit(':', 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM if kind == 'tcp' else socket.SOCK_DGRAM)
    s.settimeout(15)
    s.connect((h, int(p)))
else:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(15)
    s.connect('\0' + addr[1:] if addr.startswith('@') else addr)
s.send(msg)
got = b''
end = 'want'
try:
    while want < 0 or len(got) < want:
        d = s.recv(65536)
        if not d:
            end = 'EOF'
            break
        got += d
        if echo:
            s.send(d)
except ConnectionResetError:
    end = 'ECONNRESET'
except socket.timeout:
    end = 'timeout'
print(got.hex())
print(end)
)PY";

// Sends `megabytes` MiB as fast as the server takes them, then closes.
const char* floodScript = R"PY(
import socket, sys
h, p = sys.argv[1].rsplit(':', 1)
s = socket.create_connection((h, int(p)), timeout=60)
block = b'x' * 65536
for i in range(int(sys.argv[2]) * 16):
    s.sendall(block)
s.close()
print('done')
)PY";

QByteArray incoming(const QSignalSpy& spy, quint64 peer = 0)
{
    QByteArray all;
    for (const QList<QVariant>& args : spy)
        for (const ServerChunk& c : args.at(0).value<QList<ServerChunk>>())
            if (!c.chunk.outgoing && (peer == 0 || c.peer == peer))
                all += c.chunk.bytes;
    return all;
}

QList<ServerChunk> chunks(const QSignalSpy& spy)
{
    QList<ServerChunk> all;
    for (const QList<QVariant>& args : spy)
        all += args.at(0).value<QList<ServerChunk>>();
    return all;
}

} // namespace

class TestServerConsoleService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void receiveAndReply_data();
    void receiveAndReply();
    void udpWithSocat();
    void replyToAll();
    void manualAcceptWaits();
    void endingSeenByTheClient_data();
    void endingSeenByTheClient();
    void autoReplyAnswers();
    void autoReplyLoopEnds();
    void floodStaysBounded();
    void startFailures();
    void dualStack();
    void multicastRefusedWords();
    void broadcastOnTheBoundSocket();

private:
    // Starts the server; returns its bound address ("127.0.0.1:40000", "@name").
    QString listen(ServerConsoleService& s, EchoTransport t, bool manual = false, const QString& path = {});
    std::unique_ptr<QProcess> client(const QString& kind, const QString& addr, const QByteArray& send, int want,
                                     bool echo = false);
    static QStringList finish(QProcess& p);
    QString python_, socat_;
    QTemporaryDir dir_;
};

void TestServerConsoleService::initTestCase()
{
    python_ = QStandardPaths::findExecutable(QStringLiteral("python3"));
    socat_ = QStandardPaths::findExecutable(QStringLiteral("socat"));
    QVERIFY2(!python_.isEmpty() && !socat_.isEmpty(), "python3 and socat are the clients");
    QVERIFY(dir_.isValid());
}

QString TestServerConsoleService::listen(ServerConsoleService& s, EchoTransport t, bool manual, const QString& path)
{
    QSignalSpy started(&s, &ServerConsoleService::started);
    ServerListenRequest r;
    r.config.transport = t;
    r.config.bindAddress = "127.0.0.1";
    r.config.path = path.toStdString();
    r.manualAccept = manual;
    s.start(r);
    if (!started.wait(10000))
        return {};
    const auto o = started.at(0).at(0).value<ServerListenOutcome>();
    if (!o.ok) {
        qWarning() << o.message;
        return {};
    }
    return o.bound.startsWith(QLatin1String("unix:")) ? o.bound.mid(5) : o.bound;
}

std::unique_ptr<QProcess> TestServerConsoleService::client(const QString& kind, const QString& addr,
                                                           const QByteArray& send, int want, bool echo)
{
    auto p = std::make_unique<QProcess>();
    QStringList args{QStringLiteral("-c"), QString::fromLatin1(clientScript), kind, addr,
                     QString::fromLatin1(send.toHex()), QString::number(want)};
    if (echo)
        args << QStringLiteral("echo");
    p->start(python_, args);
    p->waitForStarted(10000);
    return p;
}

QStringList TestServerConsoleService::finish(QProcess& p)
{
    // waitForFinished() is false for a process that has already ended (while a QTRY turned the loop).
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    const QStringList lines = QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    if (lines.size() < 2)
        return {};
    return {QString::fromLatin1(QByteArray::fromHex(lines.at(0).toLatin1())), lines.at(1)};
}

void TestServerConsoleService::receiveAndReply_data()
{
    QTest::addColumn<EchoTransport>("transport");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("tcp") << EchoTransport::Tcp << "tcp" << QString();
    QTest::newRow("udp") << EchoTransport::Udp << "udp" << QString();
    QTest::newRow("unix stream, file") << EchoTransport::UnixStream << u"unix"_s << dir_.filePath(u"s.sock"_s);
    QTest::newRow("unix stream, abstract") << EchoTransport::UnixStream << "unix" << "@sockscope-test-serverconsole";
}

void TestServerConsoleService::receiveAndReply()
{
    QFETCH(EchoTransport, transport);
    QFETCH(QString, kind);
    QFETCH(QString, path);
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy data(&s, &ServerConsoleService::data);
    QSignalSpy changed(&s, &ServerConsoleService::peersChanged);
    const QString addr = listen(s, transport, false, path);
    QVERIFY(!addr.isEmpty());
    QVERIFY(s.listenerSocketId() != 0);
    auto c = client(kind, addr, "hello server\n", 6);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, 15000);
    const auto peer = joined.at(0).at(0).value<ServerPeerState>();
    QVERIFY(peer.id != 0);
    QVERIFY(!peer.address.isEmpty());
    if (transport != EchoTransport::Udp)
        QVERIFY(peer.socketId != 0); // an accepted socket, for the options page
    QTRY_COMPARE_WITH_TIMEOUT(incoming(data, peer.id), QByteArray("hello server\n"), 15000);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<QList<ServerPeerState>>().last().bytesIn, 13u);
    s.send(peer.id, "world\n");
    const QStringList got = finish(*c);
    QCOMPARE(got, (QStringList{QStringLiteral("world\n"), QStringLiteral("want")}));
    // The reply is in the peer's transcript, outgoing.
    const auto sentShown = [&] {
        const QList<ServerChunk> all = chunks(data);
        return std::any_of(all.cbegin(), all.cend(),
                           [](const ServerChunk& ch) { return ch.chunk.outgoing && ch.chunk.bytes == "world\n"; });
    };
    QTRY_VERIFY(sentShown());
    QSignalSpy stopped(&s, &ServerConsoleService::stopped);
    s.stop();
    QVERIFY(stopped.wait(10000));
    QVERIFY(!s.isListening());
}

void TestServerConsoleService::udpWithSocat()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy data(&s, &ServerConsoleService::data);
    const QString addr = listen(s, EchoTransport::Udp);
    QVERIFY(!addr.isEmpty());
    QProcess socat;
    socat.start(socat_, {QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-"),
                         QStringLiteral("UDP:%1").arg(addr)});
    QVERIFY(socat.waitForStarted(10000));
    socat.write("ping\n");
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, 15000);
    const quint64 peer = joined.at(0).at(0).value<ServerPeerState>().id;
    QTRY_COMPARE_WITH_TIMEOUT(incoming(data, peer), QByteArray("ping\n"), 15000);
    s.send(peer, "pong\n");
    QByteArray answer;
    QTRY_COMPARE_WITH_TIMEOUT(answer += socat.readAllStandardOutput(), QByteArray("pong\n"), 15000);
    socat.closeWriteChannel();
    QVERIFY(socat.state() == QProcess::NotRunning || socat.waitForFinished(15000));
}

void TestServerConsoleService::replyToAll()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy done(&s, &ServerConsoleService::callDone);
    const QString addr = listen(s, EchoTransport::Tcp);
    auto a = client(QStringLiteral("tcp"), addr, "a", 4);
    auto b = client(QStringLiteral("tcp"), addr, "b", 4);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, 15000);
    s.send(0, "all\n");
    QCOMPARE(finish(*a).value(0), QStringLiteral("all\n"));
    QCOMPARE(finish(*b).value(0), QStringLiteral("all\n"));
    QTRY_VERIFY(!done.isEmpty());
    QVERIFY(done.last().at(1).toString().contains(QLatin1String("2")));
}

void TestServerConsoleService::manualAcceptWaits()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy counters(&s, &ServerConsoleService::countersChanged);
    QSignalSpy data(&s, &ServerConsoleService::data);
    const QString addr = listen(s, EchoTransport::Tcp, true);
    QVERIFY(!addr.isEmpty());
    auto c = client(QStringLiteral("tcp"), addr, "waiting\n", 3);
    const auto pending = [&] {
        return counters.isEmpty() ? -1 : counters.last().at(0).value<ServerCounters>().pendingConnections;
    };
    // The kernel completed the handshake: the connection waits in the accept queue, the listener's Recv-Q.
    QTRY_COMPARE_WITH_TIMEOUT(pending(), 1, 15000);
    QCOMPARE(joined.size(), 0);
    s.acceptOne();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(pending(), 0, 15000);
    const quint64 peer = joined.at(0).at(0).value<ServerPeerState>().id;
    QTRY_COMPARE_WITH_TIMEOUT(incoming(data, peer), QByteArray("waiting\n"), 15000);
    s.send(peer, "ok\n");
    QCOMPARE(finish(*c).value(0), QStringLiteral("ok\n"));
    // Nothing else waits: accept says so.
    QSignalSpy done(&s, &ServerConsoleService::callDone);
    s.acceptOne();
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(done.at(0).at(1).toString().contains(QLatin1String("EAGAIN")));
    QCOMPARE(done.at(0).at(2).toBool(), false);
}

void TestServerConsoleService::endingSeenByTheClient_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("clientSees");
    QTest::newRow("shutdown SHUT_WR") << "wr" << "EOF";
    QTest::newRow("shutdown SHUT_RDWR") << "rdwr" << "EOF";
    QTest::newRow("close") << "close" << "EOF";
    QTest::newRow("reset") << "reset" << "ECONNRESET";
}

void TestServerConsoleService::endingSeenByTheClient()
{
    QFETCH(QString, how);
    QFETCH(QString, clientSees);
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy left(&s, &ServerConsoleService::peerLeft);
    QSignalSpy done(&s, &ServerConsoleService::callDone);
    QSignalSpy changed(&s, &ServerConsoleService::peersChanged);
    QSignalSpy data(&s, &ServerConsoleService::data);
    const QString addr = listen(s, EchoTransport::Tcp);
    auto c = client(QStringLiteral("tcp"), addr, "x", -1);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, 15000);
    const quint64 peer = joined.at(0).at(0).value<ServerPeerState>().id;
    QTRY_COMPARE_WITH_TIMEOUT(incoming(data, peer), QByteArray("x"), 15000);
    if (how == QLatin1String("wr"))
        s.shutdownPeer(peer, SHUT_WR);
    else if (how == QLatin1String("rdwr"))
        s.shutdownPeer(peer, SHUT_RDWR);
    else if (how == QLatin1String("close"))
        s.closePeer(peer);
    else
        s.resetPeer(peer);
    QCOMPARE(finish(*c).value(1), clientSees);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(done.at(0).at(2).toBool());
    if (how == QLatin1String("close") || how == QLatin1String("reset")) {
        QTRY_COMPARE(left.size(), 1);
        QCOMPARE(left.at(0).at(0).toULongLong(), peer);
        QVERIFY(done.at(0).at(1).toString().contains(how == QLatin1String("reset") ? u"ECONNRESET"_s : u"FIN"_s));
    } else {
        QTRY_VERIFY(!changed.isEmpty());
        QTRY_VERIFY(changed.last().at(0).value<QList<ServerPeerState>>().last().writeShut);
        // The client's exit is its FIN: the server sees EOF.
        if (how == QLatin1String("wr"))
            QTRY_VERIFY_WITH_TIMEOUT(changed.last().at(0).value<QList<ServerPeerState>>().last().eofSeen, 15000);
    }
}

void TestServerConsoleService::autoReplyAnswers()
{
    ServerConsoleService s;
    AutoReplyRules rules;
    QVERIFY(rules.setRules({{AutoReplyRule::Match::Exact, u"nothing"_s, AutoReplyRule::Reply::Text, u"x"_s, 0, true},
                            {AutoReplyRule::Match::Regex, u"^PING (\\w+)"_s, AutoReplyRule::Reply::Escapes,
                             u"PONG \\1\\r\\n"_s, 100, true}}));
    s.setAutoReplies(rules);
    QSignalSpy data(&s, &ServerConsoleService::data);
    const QString addr = listen(s, EchoTransport::Tcp);
    auto c = client(QStringLiteral("tcp"), addr, "PING abc\r\n", 10);
    QCOMPARE(finish(*c), (QStringList{QStringLiteral("PONG abc\r\n"), QStringLiteral("want")}));
    const auto isAutoReply = [](const ServerChunk& ch) { return ch.autoReply; };
    const auto replied = [&] {
        const QList<ServerChunk> all = chunks(data);
        return std::any_of(all.cbegin(), all.cend(), isAutoReply);
    };
    QTRY_VERIFY(replied());
    const QList<ServerChunk> all = chunks(data);
    const auto reply = std::find_if(all.cbegin(), all.cend(), isAutoReply);
    QVERIFY(reply->chunk.outgoing);
    QCOMPARE(reply->chunk.bytes, QByteArray("PONG abc\r\n"));
    QVERIFY2(reply->chunk.note.contains(QLatin1String("rule 2")), qPrintable(reply->chunk.note));
}

void TestServerConsoleService::autoReplyLoopEnds()
{
    // Echo whatever arrives, to a client that echoes too: without the cap this would never end.
    ServerConsoleService s;
    AutoReplyRules rules;
    QVERIFY(rules.setRules({{AutoReplyRule::Match::Prefix, u""_s, AutoReplyRule::Reply::Text, u"\\0"_s, 0, true}}));
    s.setAutoReplies(rules);
    QSignalSpy counters(&s, &ServerConsoleService::countersChanged);
    const QString addr = listen(s, EchoTransport::Udp);
    auto c = client(QStringLiteral("udp"), addr, "loop", 1000000, true);
    const auto last = [&] { return counters.isEmpty() ? ServerCounters{} : counters.last().at(0).value<ServerCounters>(); };
    QTRY_VERIFY_WITH_TIMEOUT(last().autoRepliesStopped >= 1, 15000);
    const quint64 replies = last().autoReplies;
    QVERIFY2(replies >= quint64(AutoReplyBudget::defaultBurst), qPrintable(QString::number(replies)));
    QTest::qWait(1500);
    qInfo("echo loop: %llu automatic replies, %llu stopped", last().autoReplies, last().autoRepliesStopped);
    QCOMPARE(last().autoReplies, replies); // it ended: nothing more went out
    c->kill();
    c->waitForFinished(5000);
}

void TestServerConsoleService::floodStaysBounded()
{
    ServerConsoleService s;
    QSignalSpy counters(&s, &ServerConsoleService::countersChanged);
    qint64 total = 0;
    connect(&s, &ServerConsoleService::data, this, [&](const QList<ServerChunk>& batch) {
        for (const ServerChunk& c : batch)
            total += c.chunk.bytes.size();
    });
    const QString addr = listen(s, EchoTransport::Tcp);
    constexpr int megabytes = 32;
    QProcess flood;
    flood.start(python_, {QStringLiteral("-c"), QString::fromLatin1(floodScript), addr, QString::number(megabytes)});
    QVERIFY(flood.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(total > 0, 15000);
    // The GUI stalls for a second: nothing takes the batches, so the worker stops reading.
    QThread::msleep(1000);
    const qint64 before = total;
    QCoreApplication::sendPostedEvents(); // what piled up meanwhile, and nothing more
    const qint64 piled = total - before;
    qInfo("flood: %lld bytes piled up while the receiver stalled for 1 s (cap %lld)", piled,
          qint64(ServerConsoleService::inFlightCap));
    QVERIFY2(piled <= 2 * ServerConsoleService::inFlightCap, qPrintable(QString::number(piled)));
    // Nothing is lost: every byte arrives once the receiver takes them again.
    QTRY_COMPARE_WITH_TIMEOUT(total, qint64(megabytes) << 20, 60000);
    QVERIFY(flood.state() == QProcess::NotRunning || flood.waitForFinished(30000));
    QTRY_VERIFY(!counters.isEmpty() && counters.last().at(0).value<ServerCounters>().readPauses >= 1);
}

void TestServerConsoleService::startFailures()
{
    ServerConsoleService s;
    QSignalSpy started(&s, &ServerConsoleService::started);
    ServerListenRequest r;
    r.config.port = 99999;
    s.start(r);
    QTRY_COMPARE(started.size(), 1);
    auto o = started.at(0).at(0).value<ServerListenOutcome>();
    QVERIFY(!o.ok);
    QVERIFY2(o.message.contains(QLatin1String("99999")), qPrintable(o.message));
    r.config.transport = EchoTransport::UnixStream;
    r.config.path = "/nonexistent-dir/x.sock";
    s.start(r);
    QTRY_COMPARE(started.size(), 2);
    o = started.at(1).at(0).value<ServerListenOutcome>();
    QVERIFY(!o.ok);
    QCOMPARE(o.failedCall, QStringLiteral("bind"));
    QCOMPARE(o.errnoSymbol, QStringLiteral("ENOENT"));
    QVERIFY(!s.isListening());
}

void TestServerConsoleService::dualStack()
{
    // IPV6_V6ONLY 0 on ::: an IPv4 client arrives as ::ffff:127.0.0.1.
    ServerConsoleService s;
    QSignalSpy started(&s, &ServerConsoleService::started);
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    ServerListenRequest r;
    r.config.bindAddress = "::";
    r.config.v6Only = false;
    s.start(r);
    QTRY_COMPARE(started.size(), 1);
    const auto o = started.at(0).at(0).value<ServerListenOutcome>();
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(o.v6Only, 0);
    const QString port = o.bound.section(QLatin1Char(':'), -1);
    auto c = client(QStringLiteral("tcp"), QStringLiteral("127.0.0.1:") + port, "4", 1);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, 15000);
    const QString peer = joined.at(0).at(0).value<ServerPeerState>().address;
    QVERIFY2(peer.contains(QLatin1String("::ffff:127.0.0.1")), qPrintable(peer));
    s.send(joined.at(0).at(0).value<ServerPeerState>().id, "6");
    QCOMPARE(finish(*c).value(0), QStringLiteral("6"));
}

void TestServerConsoleService::multicastRefusedWords()
{
    // Joining needs no multicast route to be refused in plain words: not a group address.
    ServerConsoleService s;
    QVERIFY(!listen(s, EchoTransport::Udp).isEmpty());
    QSignalSpy done(&s, &ServerConsoleService::callDone);
    s.join(QStringLiteral("10.1.2.3"), {}, {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(2).toBool(), false);
    QVERIFY2(done.at(0).at(1).toString().contains(QLatin1String("multicast")), qPrintable(done.at(0).at(1).toString()));
}

void TestServerConsoleService::broadcastOnTheBoundSocket()
{
    // Only setsockopt and getsockopt: nothing is sent anywhere.
    ServerConsoleService s;
    QVERIFY(!listen(s, EchoTransport::Udp).isEmpty());
    QSignalSpy done(&s, &ServerConsoleService::callDone);
    QSignalSpy value(&s, &ServerConsoleService::broadcastChanged);
    s.setBroadcast(true);
    QTRY_COMPARE(value.size(), 1);
    QCOMPARE(value.at(0).at(0).toInt(), 1);
    QCOMPARE(done.at(0).at(2).toBool(), true);
    QVERIFY2(done.at(0).at(1).toString().contains(QLatin1String("SO_BROADCAST")), qPrintable(done.at(0).at(1).toString()));
    s.setBroadcast(false);
    QTRY_COMPARE(value.size(), 2);
    QCOMPARE(value.at(1).at(0).toInt(), 0);

    ServerConsoleService tcp;
    QVERIFY(!listen(tcp, EchoTransport::Tcp).isEmpty());
    QSignalSpy refused(&tcp, &ServerConsoleService::callDone);
    tcp.setBroadcast(true);
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(2).toBool(), false);
    QVERIFY2(refused.at(0).at(1).toString().contains(QLatin1String("UDP")), qPrintable(refused.at(0).at(1).toString()));
}

QTEST_GUILESS_MAIN(TestServerConsoleService)
#include "tst_serverconsoleservice.moc"
