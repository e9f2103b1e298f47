// One client socket against the built-in echo server and against peers the test drives by hand:
// round trips on every transport, PEEK, WAITALL, OOB, half-close both ways, RST, refused and timed out.
#include "ClientSession.h"
#include "EchoClient.h"
#include "CallJournal.h"
#include "EchoServer.h"
#include "ErrnoInfo.h"
#include "PeerThatLeaves.h"
#include "SocketRegistry.h"

#include <QTest>

#include <net/if.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>

#include <thread>
#include <unistd.h>

using namespace sockscope;
Q_DECLARE_METATYPE(sockscope::ClientTransport)
Q_DECLARE_METATYPE(sockscope::EchoTransport)

namespace {

// A TCP listener on 127.0.0.1 the test accepts on by hand.
struct Listener {
    UniqueFd fd;
    SocketAddress address;
    explicit Listener(int backlog = 8)
    {
        fd.reset(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        SocketAddress::fromNumeric("127.0.0.1", 0, address);
        bind(fd.get(), address.get(), address.length);
        listen(fd.get(), backlog);
        address = localAddressOf(fd.get(), false);
    }
    UniqueFd accept() const
    {
        pollfd p{fd.get(), POLLIN, 0};
        if (poll(&p, 1, 10000) != 1)
            return UniqueFd();
        UniqueFd c(::accept4(fd.get(), nullptr, nullptr, SOCK_CLOEXEC));
        timeval tv{10, 0};
        setsockopt(c.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        return c;
    }
};

struct Connected {
    Listener listener;
    ClientSession client{1};
    UniqueFd peer;
    bool ok = false;
    Connected()
    {
        ok = client.open(ClientTransport::Tcp, listener.address, 5000).ok;
        if (ok) {
            timeval tv{10, 0}; // a broken expectation fails the test instead of hanging it
            setsockopt(client.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
            peer = listener.accept();
        }
        ok = ok && peer.valid();
    }
};

int peerRecvError(int fd)
{
    char buf[16];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    return n < 0 ? errno : 0;
}

} // namespace

class TestClientSession : public QObject {
    Q_OBJECT
private slots:
    void scopedAddresses();
    void echoRoundTrip_data();
    void echoRoundTrip();
    void registered();
    void peekThenRead();
    void truncOnAStreamDiscards();
    void waitAll();
    void outOfBand();
    void halfCloseOurSide();
    void halfClosePeerSide();
    void abortSendsReset();
    void peerResetSeenAsEconnreset();
    void sendWhenSendingIsOver_data();
    void sendWhenSendingIsOver();
    void datagramTruncated();
    void connectRefused();
    void connectTimedOut();
    void flagTables();
};

void TestClientSession::echoRoundTrip_data()
{
    QTest::addColumn<EchoTransport>("serverTransport");
    QTest::addColumn<ClientTransport>("transport");
    QTest::addColumn<QByteArray>("where");

    QTest::newRow("tcp v4") << EchoTransport::Tcp << ClientTransport::Tcp << QByteArray("127.0.0.1");
    QTest::newRow("tcp v6") << EchoTransport::Tcp << ClientTransport::Tcp << QByteArray("::1");
    QTest::newRow("udp") << EchoTransport::Udp << ClientTransport::Udp << QByteArray("127.0.0.1");
    QTest::newRow("unix stream") << EchoTransport::UnixStream << ClientTransport::UnixStream << QByteArray("@sockscope-tst-cs-stream");
    QTest::newRow("unix dgram") << EchoTransport::UnixDgram << ClientTransport::UnixDgram << QByteArray("@sockscope-tst-cs-dgram");
}

void TestClientSession::echoRoundTrip()
{
    QFETCH(EchoTransport, serverTransport);
    QFETCH(ClientTransport, transport);
    QFETCH(QByteArray, where);

    EchoConfig c;
    c.transport = serverTransport;
    c.threads = 1;
    if (isUnix(serverTransport))
        c.path = where.toStdString() + std::to_string(getpid());
    else
        c.bindAddress = where.toStdString();
    auto server = EchoServer::create(c);
    const EchoStartResult started = server->start();
    if (!started.ok && where == "::1")
        QSKIP("no IPv6 loopback here");
    QVERIFY2(started.ok, started.message.c_str());

    ClientSession s(2);
    const ClientCallResult r = s.open(transport, server->boundAddress(), 5000);
    QVERIFY2(r.ok, r.message.c_str());
    QCOMPARE(s.peerAddress().text(), server->boundAddress().text());
    if (transport == ClientTransport::UnixDgram)
        QVERIFY(s.localAddress().text().rfind("unix:@", 0) == 0); // autobound, so replies can come back

    const std::string payload("hello\r\n\0\xff", 9);
    const ClientSendResult sent = s.send(payload, MSG_NOSIGNAL);
    QCOMPARE(sent.sent, long(payload.size()));
    std::string got;
    for (int i = 0; i < 100 && got.size() < payload.size(); ++i) {
        const ClientRecvResult rr = s.receive(4096, 0);
        QCOMPARE(rr.err, 0);
        got += rr.bytes;
        if (!isStreamTransport(transport))
            QCOMPARE(rr.from.text(), server->boundAddress().text());
    }
    QCOMPARE(got, payload);
    s.close();
    QVERIFY(!s.isOpen());
    server->stop();
}

void TestClientSession::registered()
{
    Connected c;
    QVERIFY(c.ok);
    const auto info = SocketRegistry::global().find(c.client.registryId());
    QVERIFY(info.has_value());
    QCOMPARE(info->fd, c.client.fd());
    QCOMPARE(info->owner, SocketOwner::Console);
    QVERIFY2(info->label.find("1: tcp 127.0.0.1:") == 0, info->label.c_str());
    const auto id = c.client.registryId();
    c.client.close();
    QVERIFY(!SocketRegistry::global().find(id).has_value());
}

void TestClientSession::peekThenRead()
{
    Connected c;
    QVERIFY(c.ok);
    QVERIFY(testing::sendAll(c.peer.get(), "abcdef"));
    const ClientRecvResult peek = c.client.receive(3, MSG_PEEK);
    QCOMPARE(peek.bytes, std::string("abc"));
    // The peeked bytes are still there; wait until all six arrived, then read them.
    for (int i = 0; i < 200; ++i) {
        if (c.client.receive(16, MSG_PEEK).bytes.size() == 6)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    QCOMPARE(c.client.receive(16, 0).bytes, std::string("abcdef"));
}

// MSG_TRUNC on TCP (Linux): recv says how many bytes it took, and copies none of them.
void TestClientSession::truncOnAStreamDiscards()
{
    Connected c;
    QVERIFY(c.ok);
    QVERIFY(testing::sendAll(c.peer.get(), "abcdef"));
    for (int i = 0; i < 200 && c.client.receive(16, MSG_PEEK).bytes.size() < 6; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const ClientRecvResult r = c.client.receive(16, MSG_TRUNC);
    QCOMPARE(r.result, 6L);
    QVERIFY(r.discarded);
    QVERIFY(r.bytes.empty());
    QCOMPARE(c.client.receive(16, MSG_DONTWAIT).err, EAGAIN);
}

void TestClientSession::waitAll()
{
    Connected c;
    QVERIFY(c.ok);
    QVERIFY(testing::sendAll(c.peer.get(), "ab"));
    std::thread later([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        testing::sendAll(c.peer.get(), "cdEXTRA");
    });
    const ClientRecvResult r = c.client.receive(4, MSG_WAITALL);
    later.join();
    QCOMPARE(r.bytes, std::string("abcd")); // one call, although the bytes came in two segments
    const ClientRecvResult none = c.client.receive(4, MSG_DONTWAIT | MSG_PEEK);
    QCOMPARE(none.bytes.substr(0, 1), std::string("E"));
}

void TestClientSession::outOfBand()
{
    Connected c;
    QVERIFY(c.ok);
    QCOMPARE(c.client.send("x", MSG_OOB).sent, 1L);
    pollfd p{c.peer.get(), POLLPRI, 0};
    QCOMPARE(poll(&p, 1, 5000), 1);
    char b = 0;
    QCOMPARE(::recv(c.peer.get(), &b, 1, MSG_OOB), ssize_t(1));
    QCOMPARE(b, 'x');

    QCOMPARE(::send(c.peer.get(), "ny", 2, MSG_OOB), ssize_t(2)); // "y" is the urgent byte
    pollfd q{c.client.fd(), POLLPRI, 0};
    QCOMPARE(poll(&q, 1, 5000), 1);
    const ClientRecvResult oob = c.client.receive(1, MSG_OOB);
    QCOMPARE(oob.bytes, std::string("y"));
    QVERIFY(oob.oobMark);
    QCOMPARE(c.client.receive(16, 0).bytes, std::string("n"));
}

void TestClientSession::halfCloseOurSide()
{
    Connected c;
    QVERIFY(c.ok);
    QVERIFY(c.client.shutdown(SHUT_WR).ok);
    char buf[8];
    QCOMPARE(::recv(c.peer.get(), buf, sizeof buf, 0), ssize_t(0)); // the FIN
    QVERIFY(testing::sendAll(c.peer.get(), "still")); // the other direction still works
    QCOMPARE(c.client.receive(5, MSG_WAITALL).bytes, std::string("still"));
    const ClientSendResult after = c.client.send("x", MSG_NOSIGNAL);
    QCOMPARE(after.err, EPIPE);
}

void TestClientSession::halfClosePeerSide()
{
    Connected c;
    QVERIFY(c.ok);
    QVERIFY(testing::sendAll(c.peer.get(), "bye"));
    ::shutdown(c.peer.get(), SHUT_WR);
    QCOMPARE(c.client.receive(16, MSG_WAITALL).bytes, std::string("bye"));
    const ClientRecvResult eof = c.client.receive(16, 0);
    QVERIFY(eof.peerClosed());
    QCOMPARE(c.client.send("reply", MSG_NOSIGNAL).sent, 5L); // we can still send
    QCOMPARE(testing::receiveExactly(c.peer.get(), 5), std::string("reply"));
}

void TestClientSession::abortSendsReset()
{
    Connected c;
    QVERIFY(c.ok);
    QVERIFY(c.client.abort().ok);
    QVERIFY(!c.client.isOpen());
    QCOMPARE(peerRecvError(c.peer.get()), ECONNRESET);
}

void TestClientSession::peerResetSeenAsEconnreset()
{
    Connected c;
    QVERIFY(c.ok);
    linger lg{1, 0};
    setsockopt(c.peer.get(), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    c.peer.reset();
    pollfd p{c.client.fd(), POLLIN, 0};
    QCOMPARE(poll(&p, 1, 5000), 1);
    const ClientRecvResult r = c.client.receive(16, 0);
    QCOMPARE(r.result, -1L);
    QCOMPARE(errnoSymbol(r.err), std::string("ECONNRESET"));
}

void TestClientSession::sendWhenSendingIsOver_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("flags");
    for (const char* how : {"peer closed", "peer reset", "our SHUT_WR"}) {
        QTest::addRow("%s", how) << QString::fromLatin1(how) << 0;
        QTest::addRow("%s, MSG_NOSIGNAL", how) << QString::fromLatin1(how) << int(MSG_NOSIGNAL);
    }
}

// The console sends with the user's flags only; without MSG_NOSIGNAL the kernel raises SIGPIPE, which
// must be taken by the session (reported) and never end the process.
void TestClientSession::sendWhenSendingIsOver()
{
    QFETCH(QString, how);
    QFETCH(int, flags);
    testing::makeSigpipeFatal(); // so that a SIGPIPE let through would end the test
    Connected c;
    QVERIFY(c.ok);
    if (how == QLatin1String("our SHUT_WR"))
        QVERIFY(c.client.shutdown(SHUT_WR).ok);
    else
        testing::leave(c.peer, how == QLatin1String("peer reset") ? testing::PeerLeaves::Resets
                                                                  : testing::PeerLeaves::Closes);
    // A closed peer answers the first segment with a RST; after a RST the first send reports ECONNRESET.
    // Then every send is EPIPE.
    ClientSendResult r;
    for (int i = 0; i < 100 && r.err != EPIPE; ++i) {
        r = c.client.send("x", flags);
        if (r.err != EPIPE)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    QCOMPARE(errnoSymbol(r.err), std::string("EPIPE"));
    QCOMPARE(r.sigpipe, flags == 0);
    const auto last = CallJournal::global().since(CallJournal::global().lastSeq() - 1).entries;
    QCOMPARE(last.size(), std::size_t(1));
    QCOMPARE(last.front().function, std::string("send"));
    QCOMPARE(last.front().code.find("raised SIGPIPE") != std::string::npos, flags == 0);
    QVERIFY(testing::sigpipeIsFatalHere()); // the session put the thread's mask back
}

void TestClientSession::datagramTruncated()
{
    EchoConfig c;
    c.transport = EchoTransport::Udp;
    c.threads = 1;
    auto server = EchoServer::create(c);
    QVERIFY(server->start().ok);
    ClientSession s(3);
    QVERIFY(s.open(ClientTransport::Udp, server->boundAddress(), 5000).ok);
    const std::string big(100, 'z');
    QCOMPARE(s.send(big, 0).sent, 100L);
    QCOMPARE(s.send(big, 0).sent, 100L);
    const ClientRecvResult first = s.receive(10, 0);
    QVERIFY(first.truncated);
    QCOMPARE(first.bytes, std::string(10, 'z'));
    const ClientRecvResult second = s.receive(10, MSG_TRUNC);
    QCOMPARE(second.result, 100L); // the datagram's real length
    QCOMPARE(second.bytes.size(), size_t(10));
    server->stop();
}

void TestClientSession::connectRefused()
{
    // A port bound but not listening: nobody else can take it, and a SYN to it is refused.
    UniqueFd holder(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", 0, a);
    QCOMPARE(bind(holder.get(), a.get(), a.length), 0);
    a = localAddressOf(holder.get(), false);
    ClientSession s(4);
    const ClientCallResult r = s.open(ClientTransport::Tcp, a, 5000);
    QVERIFY(!r.ok);
    QCOMPARE(errnoSymbol(r.err), std::string("ECONNREFUSED"));
    QVERIFY2(r.message.find("refused") != std::string::npos, r.message.c_str());
    QVERIFY(!s.isOpen());
}

void TestClientSession::connectTimedOut()
{
    // A listener that never accepts, with backlog 0: once its accept queue is full the kernel drops
    // further SYNs, so the next connect gets no answer at all.
    Listener l(0);
    std::vector<UniqueFd> fillers;
    for (int i = 0; i < 4; ++i) {
        UniqueFd f(socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        ::connect(f.get(), l.address.get(), l.address.length);
        fillers.push_back(std::move(f));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    ClientSession s(5);
    const ClientCallResult r = s.open(ClientTransport::Tcp, l.address, 300);
    if (r.ok)
        QSKIP("this kernel answered a SYN to a full accept queue");
    QCOMPARE(errnoSymbol(r.err), std::string("ETIMEDOUT"));
    QVERIFY2(r.message.find("timed out") != std::string::npos, r.message.c_str());
}

void TestClientSession::flagTables()
{
    QCOMPARE(flagsText(sendFlagTable(), MSG_OOB | MSG_DONTWAIT), std::string("MSG_DONTWAIT|MSG_OOB"));
    QCOMPARE(flagsText(recvFlagTable(), MSG_PEEK), std::string("MSG_PEEK"));
    QCOMPARE(flagsText(recvFlagTable(), 0), std::string("0"));
    ClientTransport t;
    QVERIFY(parseTransport("unix-dgram", t));
    QCOMPARE(t, ClientTransport::UnixDgram);
    QVERIFY(!parseTransport("sctp", t));
}

// A link-local scope by interface name or by index (getaddrinfo gives "fe80::1%2"); an unknown name fails.
void TestClientSession::scopedAddresses()
{
    SocketAddress a;
    QVERIFY(SocketAddress::fromNumeric("fe80::1%2", 7, a));
    QCOMPARE(reinterpret_cast<const sockaddr_in6*>(a.get())->sin6_scope_id, 2u);
    QVERIFY(SocketAddress::fromNumeric("fe80::1%lo", 7, a));
    QCOMPARE(reinterpret_cast<const sockaddr_in6*>(a.get())->sin6_scope_id, if_nametoindex("lo"));
    QVERIFY(!SocketAddress::fromNumeric("fe80::1%no-such-if", 7, a));
    QVERIFY(!SocketAddress::fromNumeric("fe80::1%0", 7, a));
}

QTEST_APPLESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
