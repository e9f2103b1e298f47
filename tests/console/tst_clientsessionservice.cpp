// The console's service against the built-in echo server: connect by name (localhost, from
// /etc/hosts), data back in batches, the data path counted rather than journalled, manual receive
// with MSG_PEEK, UDP sendto with the sender shown, a blocked MSG_WAITALL woken by close, shutdown and
// abort with their explanations.
#include "CallJournal.h"
#include "ClientSessionService.h"
#include "EchoClient.h"
#include "EchoServer.h"
#include "PeerThatLeaves.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

using namespace sockscope;
using namespace sockscope::testing;

class TestClientSessionService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void echoInBatches();
    void manualReceivePeek();
    void sendFileEchoed();
    void waitAllWokenByClose();
    void sendFileRefusesDevicesAndPipes();
    void closeRightAfterAWaitingReceive();
    void abortWakesAWaitingReceive();
    void udpSendtoShowsSender();
    void shutdownAndAbortExplained();
    void refused();
    void closingAbandonsAConnectInProgress();
    void sendWhenThePeerHasLeft_data();
    void sendWhenThePeerHasLeft();
    void ourShutWrEndsSending();

private:
    static QByteArray received(const QSignalSpy& spy);
    bool connectTo(ClientSessionService& s, ClientTransport t, int port);
    std::unique_ptr<EchoServer> tcp_;
    std::unique_ptr<EchoServer> udp_;
};

void TestClientSessionService::initTestCase()
{
    EchoConfig c;
    c.threads = 1;
    tcp_ = EchoServer::create(c);
    QVERIFY(tcp_->start().ok);
    c.transport = EchoTransport::Udp;
    udp_ = EchoServer::create(c);
    QVERIFY(udp_->start().ok);
}

void TestClientSessionService::cleanupTestCase()
{
    tcp_->stop();
    udp_->stop();
}

QByteArray TestClientSessionService::received(const QSignalSpy& spy)
{
    QByteArray all;
    for (const QList<QVariant>& args : spy)
        for (const ClientChunk& c : args.at(0).value<QList<ClientChunk>>())
            if (!c.outgoing)
                all += c.bytes;
    return all;
}

bool TestClientSessionService::connectTo(ClientSessionService& s, ClientTransport t, int port)
{
    QSignalSpy connected(&s, &ClientSessionService::connected);
    ClientConnectRequest r;
    r.transport = t;
    r.host = QStringLiteral("127.0.0.1");
    r.port = port;
    s.connectTo(r);
    if (!connected.wait(10000))
        return false;
    return connected.at(0).at(0).value<ClientConnectOutcome>().ok;
}

void TestClientSessionService::echoInBatches()
{
    ClientSessionService s(1);
    QSignalSpy connected(&s, &ClientSessionService::connected);
    ClientConnectRequest r;
    r.host = QStringLiteral("localhost"); // /etc/hosts, never DNS
    r.port = tcp_->boundAddress().port();
    s.connectTo(r);
    QVERIFY(connected.wait(10000));
    const auto o = connected.at(0).at(0).value<ClientConnectOutcome>();
    QVERIFY2(o.ok, qPrintable(o.message));
    QVERIFY(o.socketId != 0);
    QVERIFY(o.peer.endsWith(QString::number(r.port)));

    QSignalSpy chunks(&s, &ClientSessionService::chunks);
    const std::uint64_t journalBefore = CallJournal::global().lastSeq();
    s.setAutoReceive(true, 100); // small reads: many recv calls
    s.send(QByteArray(1000, 'a'), 0, {}, 200, 0);
    QTRY_COMPARE_WITH_TIMEOUT(received(chunks).size(), 200 * 1000, 20000);
    // Batched: far fewer signals than recv calls (2000 at least).
    QVERIFY2(chunks.size() < 400, qPrintable(QString::number(chunks.size())));
    // Counted, not journalled: the 200 sends and 2000+ recvs left only a few entries.
    QVERIFY(CallJournal::global().lastSeq() - journalBefore < 100);
    s.closeSocket();
    QTRY_VERIFY(!s.isConnected());
}

void TestClientSessionService::manualReceivePeek()
{
    ClientSessionService s(2);
    s.setAutoReceive(false, 4096);
    QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
    QSignalSpy chunks(&s, &ClientSessionService::chunks);
    s.send("abcdef", 0);
    QTest::qWait(200);
    s.receiveOnce(3, MSG_PEEK);
    s.receiveOnce(3, MSG_WAITALL);
    s.receiveOnce(16, 0);
    QTRY_COMPARE_WITH_TIMEOUT(received(chunks), QByteArray("abcabcdef"), 10000);
    s.closeSocket();
}

void TestClientSessionService::sendFileEchoed()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    // 8 MiB: far more than the socket buffers hold, so the echo must be read while the file goes out.
    QByteArray data(8 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(i * 7 + i / 251);
    file.write(data);
    file.flush();

    ClientSessionService s(8);
    QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
    QSignalSpy chunks(&s, &ClientSessionService::chunks);
    s.sendFile(file.fileName(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(received(chunks).size(), data.size(), 60000);
    QCOMPARE(received(chunks), data);
    s.closeSocket();
}

// /dev/zero never ends and a FIFO with no writer blocks open(): both are refused, with a reason.
void TestClientSessionService::sendFileRefusesDevicesAndPipes()
{
    ClientSessionService s(11);
    QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& path : {QStringLiteral("/dev/zero"), fifo, dir.path()}) {
        QSignalSpy errors(&s, &ClientSessionService::ioError);
        s.sendFile(path, 0);
        QVERIFY2(errors.wait(5000), qPrintable(path));
        QVERIFY(errors.at(0).at(0).value<ClientIoError>().message.contains(QStringLiteral("regular file")));
    }
    s.closeSocket();
}

void TestClientSessionService::waitAllWokenByClose()
{
    ClientSessionService s(3);
    s.setAutoReceive(false, 4096);
    QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
    QSignalSpy closed(&s, &ClientSessionService::socketClosed);
    s.receiveOnce(100, MSG_WAITALL); // nothing will come: it blocks on the worker
    QTest::qWait(200);
    s.closeSocket();
    QVERIFY(closed.wait(10000));
}

// Close asked the instant after a receive that will wait: the worker may not have reached recv()
// yet, and the close must still happen (never queued behind a call that waits for good).
void TestClientSessionService::closeRightAfterAWaitingReceive()
{
    ClientSessionService s(9);
    s.setAutoReceive(false, 4096);
    for (int round = 0; round < 20; ++round) {
        QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
        QSignalSpy closed(&s, &ClientSessionService::socketClosed);
        QSignalSpy errors(&s, &ClientSessionService::ioError);
        s.receiveOnce(100, MSG_WAITALL);
        s.closeSocket();
        QVERIFY2(closed.wait(10000), qPrintable(QString::number(round)));
        QCOMPARE(errors.size(), 0); // the receive the close ended is no error
    }
}

// Abort while a receive waits: it is woken (SHUT_RD, no FIN) and the peer gets the RST.
void TestClientSessionService::abortWakesAWaitingReceive()
{
    ClientSessionService s(10);
    s.setAutoReceive(false, 4096);
    QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
    QSignalSpy closed(&s, &ClientSessionService::socketClosed);
    QSignalSpy done(&s, &ClientSessionService::callDone);
    s.receiveOnce(100, MSG_WAITALL);
    QTest::qWait(200);
    s.abortSocket();
    QVERIFY(closed.wait(10000));
    QVERIFY(!done.isEmpty());
    QVERIFY(done.last().at(0).toString().contains(QStringLiteral("RST")));
}

void TestClientSessionService::udpSendtoShowsSender()
{
    ClientSessionService s(4);
    QVERIFY(connectTo(s, ClientTransport::Udp, udp_->boundAddress().port()));
    QSignalSpy chunks(&s, &ClientSessionService::chunks);
    s.send("ping", 0, QString::fromStdString(udp_->boundAddress().text()));
    QTRY_COMPARE_WITH_TIMEOUT(received(chunks), QByteArray("ping"), 10000);
    bool sawSender = false;
    for (const QList<QVariant>& args : chunks)
        for (const ClientChunk& c : args.at(0).value<QList<ClientChunk>>())
            if (!c.outgoing)
                sawSender = c.from == QString::fromStdString(udp_->boundAddress().text());
    QVERIFY(sawSender);
    QSignalSpy errors(&s, &ClientSessionService::ioError);
    s.send("x", 0, QStringLiteral("not-an-address"));
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.at(0).at(0).value<ClientIoError>().errnoSymbol, QStringLiteral("EINVAL"));
    s.closeSocket();
}

void TestClientSessionService::shutdownAndAbortExplained()
{
    ClientSessionService s(5);
    QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
    QSignalSpy done(&s, &ClientSessionService::callDone);
    QSignalSpy peerClosed(&s, &ClientSessionService::peerClosed);
    s.shutdownSocket(SHUT_WR);
    QVERIFY(done.wait(5000));
    QVERIFY(done.at(0).at(0).toString().contains(QStringLiteral("FIN")));
    // The echo server answers our FIN with its own: recv returns 0.
    QTRY_VERIFY_WITH_TIMEOUT(peerClosed.size() >= 1, 10000); // may already have come during the wait above
    s.abortSocket();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 5000);
    QVERIFY(done.at(1).at(0).toString().contains(QStringLiteral("RST")));
    QTRY_VERIFY(!s.isConnected());
}

void TestClientSessionService::refused()
{
    ClientSessionService s(6);
    QSignalSpy connected(&s, &ClientSessionService::connected);
    ClientConnectRequest r;
    r.host = QStringLiteral("127.0.0.1");
    r.port = 1;
    s.connectTo(r);
    QVERIFY(connected.wait(10000));
    const auto o = connected.at(0).at(0).value<ClientConnectOutcome>();
    QVERIFY(!o.ok);
    QCOMPARE(o.errnoSymbol, QStringLiteral("ECONNREFUSED"));
    QVERIFY(o.message.contains(QStringLiteral("refused")));
}

void TestClientSessionService::closingAbandonsAConnectInProgress()
{
    const SilentListener silent = silentListener();
    QElapsedTimer clock;
    {
        ClientSessionService s(7);
        QSignalSpy connected(&s, &ClientSessionService::connected);
        ClientConnectRequest r;
        r.host = QStringLiteral("127.0.0.1");
        r.port = silent.address.port();
        r.timeoutMs = 60000;
        s.connectTo(r);
        if (connected.wait(300))
            QSKIP("this kernel answered a SYN to a full accept queue");
        clock.start();
    } // the service goes: its connect() must give up instead of waiting a minute
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}


void TestClientSessionService::sendWhenThePeerHasLeft_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<QString>("path");
    for (bool reset : {false, true})
        for (const char* path : {"send", "repeat", "file"})
            QTest::addRow("peer %s, %s", reset ? "reset" : "closed", path) << reset << QString::fromLatin1(path);
}

// Every way the console writes (send, repeat, a file) against a peer that closed or reset: EPIPE is
// reported with the SIGPIPE the kernel raised, the test process (as the GUI) lives on, and the session
// says it can no longer send.
void TestClientSessionService::sendWhenThePeerHasLeft()
{
    QFETCH(bool, reset);
    QFETCH(QString, path);
    testing::makeSigpipeFatal(); // so that a SIGPIPE let through would end the test
    UniqueFd listener(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", 0, a);
    QCOMPARE(bind(listener.get(), a.get(), a.length), 0);
    QCOMPARE(listen(listener.get(), 1), 0);
    a = localAddressOf(listener.get(), false);
    ClientSessionService s(9);
    QVERIFY(connectTo(s, ClientTransport::Tcp, a.port()));
    UniqueFd peer(accept(listener.get(), nullptr, nullptr));
    QVERIFY(peer.valid());
    testing::leave(peer, reset ? testing::PeerLeaves::Resets : testing::PeerLeaves::Closes);

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(1000, 'f'));
    file.close();
    QSignalSpy errors(&s, &ClientSessionService::ioError);
    QSignalSpy sendingClosed(&s, &ClientSessionService::sendingClosed);
    ClientIoError last;
    for (int i = 0; i < 100 && last.errnoSymbol != QLatin1String("EPIPE"); ++i) {
        const qsizetype before = errors.size();
        if (path == QLatin1String("send"))
            s.send("x", 0);
        else if (path == QLatin1String("repeat"))
            s.send("x", 0, {}, 50, 0);
        else
            s.sendFile(file.fileName(), 0);
        QTest::qWait(20);
        if (errors.size() > before)
            last = errors.last().at(0).value<ClientIoError>();
    }
    QCOMPARE(last.errnoSymbol, QStringLiteral("EPIPE"));
    QVERIFY(last.sigpipe);
    QVERIFY2(last.message.contains(QStringLiteral("SIGPIPE")), qPrintable(last.message));
    QTRY_COMPARE(sendingClosed.size(), 1);
    QVERIFY(s.sendingClosedReason().contains(QStringLiteral("EPIPE")));
    QVERIFY(s.isConnected()); // still open: the user closes it
}

void TestClientSessionService::ourShutWrEndsSending()
{
    ClientSessionService s(10);
    QVERIFY(connectTo(s, ClientTransport::Tcp, tcp_->boundAddress().port()));
    QVERIFY(s.sendingClosedReason().isEmpty());
    QSignalSpy sendingClosed(&s, &ClientSessionService::sendingClosed);
    s.shutdownSocket(SHUT_RD);
    QTest::qWait(100);
    QCOMPARE(sendingClosed.size(), 0); // reading only: we can still send
    s.shutdownSocket(SHUT_WR);
    QVERIFY(sendingClosed.wait(5000));
    QVERIFY(s.sendingClosedReason().contains(QStringLiteral("SHUT_WR")));
    s.closeSocket();
    QTRY_VERIFY(!s.isConnected());
    QVERIFY(s.sendingClosedReason().isEmpty());
}

QTEST_GUILESS_MAIN(TestClientSessionService)
#include "tst_clientsessionservice.moc"
