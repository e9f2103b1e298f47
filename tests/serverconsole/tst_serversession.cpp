// The server session against clients the test drives by hand: accept and echo on every stream
// transport and family (dual stack included), datagram peers tracked by source address, shutdown each
// way, close, reset seen by the peer as ECONNRESET, the unix socket file (stale, foreign, live, its own),
// bad inputs, wake(), the journal and the registry. The multicast cases run only inside the network
// namespace of tests/netns/with-multicast-lo.sh (SOCKSCOPE_TEST_MULTICAST=1): join receives a datagram
// to the group, after leave it does not. Plain C++ only, so it also runs under TSan.
#include "CallJournal.h"
#include "ServerSession.h"
#include "SocketRegistry.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <fstream>
#include <thread>

using namespace sockscope;
Q_DECLARE_METATYPE(sockscope::EchoTransport)

namespace {

constexpr int waitMs = 10000; // every wait is bounded: a broken expectation fails instead of hanging

std::string tempPath(const char* tag)
{
    return "/tmp/sockscope-tst-serversession-" + std::to_string(getpid()) + "-" + tag + ".sock";
}

bool exists(const std::string& path)
{
    struct stat st{};
    return ::lstat(path.c_str(), &st) == 0;
}

// A client socket with a receive timeout, connected (streams) or not (datagrams).
UniqueFd client(int family, int type, const SocketAddress* to, bool bindUnix = false)
{
    UniqueFd fd(::socket(family, type | SOCK_CLOEXEC, 0));
    timeval tv{10, 0};
    setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (bindUnix) {
        sockaddr_un sun{};
        sun.sun_family = AF_UNIX;
        ::bind(fd.get(), reinterpret_cast<sockaddr*>(&sun), sizeof(sa_family_t)); // autobind
    }
    if (to && ::connect(fd.get(), to->get(), to->length) != 0)
        return UniqueFd();
    return fd;
}

// The one peer the next waits bring in: accepted for a stream.
std::uint64_t acceptOne(ServerSession& s)
{
    for (int i = 0; i < 100; ++i) {
        const ServerReadiness r = s.wait(waitMs / 100);
        if (r.acceptable) {
            const ServerAcceptResult a = s.accept();
            if (a.ok)
                return a.peer;
        }
    }
    return 0;
}

// Everything `peer` sends until `want` bytes or its EOF.
std::string receiveFrom(ServerSession& s, std::uint64_t peer, std::size_t want)
{
    std::string got;
    for (int i = 0; i < 1000 && got.size() < want; ++i) {
        const ServerReadiness r = s.wait(waitMs / 100);
        if (std::find(r.readable.begin(), r.readable.end(), peer) == r.readable.end())
            continue;
        const ServerRecvResult rr = s.receive(peer, 65536);
        if (rr.result <= 0)
            break;
        got += rr.bytes;
    }
    return got;
}

ServerRecvResult nextDatagram(ServerSession& s)
{
    for (int i = 0; i < 100; ++i) {
        const ServerReadiness r = s.wait(waitMs / 100);
        if (r.datagramReadable)
            return s.receiveDatagram(65536);
    }
    return {};
}

std::string recvAll(int fd, std::size_t want)
{
    std::string got;
    char buf[4096];
    while (got.size() < want) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        got.append(buf, static_cast<std::size_t>(n));
    }
    return got;
}

bool journalHas(std::uint64_t after, const std::string& function, const std::string& codePart)
{
    for (const JournalEntry& e : CallJournal::global().since(after).entries)
        if (e.function == function && e.code.find(codePart) != std::string::npos)
            return true;
    return false;
}

bool multicastNamespace() { return qEnvironmentVariableIntValue("SOCKSCOPE_TEST_MULTICAST") == 1; }

} // namespace

class TestServerSession : public QObject {
    Q_OBJECT
private slots:
    void acceptAndEcho_data();
    void acceptAndEcho();
    void datagramPeers_data();
    void datagramPeers();
    void shutdownEachWay_data();
    void shutdownEachWay();
    void closeGivesEof();
    void resetSeenAsEconnreset();
    void staleUnixFile();
    void foreignFilesLeftAlone();
    void badInputs_data();
    void badInputs();
    void multicastRefusedOffUdp();
    void wakeEndsWait();
    void acceptInterestOff();
    void journalAndRegistry();
    void multicast_data();
    void multicast();
};

void TestServerSession::acceptAndEcho_data()
{
    QTest::addColumn<EchoTransport>("transport");
    QTest::addColumn<QByteArray>("where");
    QTest::addColumn<bool>("v6Only");
    QTest::addColumn<QByteArray>("connectTo"); // the client's target when it differs (dual stack)
    QTest::newRow("tcp v4") << EchoTransport::Tcp << QByteArray("127.0.0.1") << true << QByteArray();
    QTest::newRow("tcp v6") << EchoTransport::Tcp << QByteArray("::1") << true << QByteArray();
    QTest::newRow("tcp dual stack") << EchoTransport::Tcp << QByteArray("::") << false << QByteArray("127.0.0.1");
    QTest::newRow("unix stream path") << EchoTransport::UnixStream << QByteArray(tempPath("echo").c_str()) << true
                                      << QByteArray();
    QTest::newRow("unix stream abstract")
        << EchoTransport::UnixStream << QByteArray(("@sockscope-tst-ss-" + std::to_string(getpid())).c_str()) << true
        << QByteArray();
}

void TestServerSession::acceptAndEcho()
{
    QFETCH(EchoTransport, transport);
    QFETCH(QByteArray, where);
    QFETCH(bool, v6Only);
    QFETCH(QByteArray, connectTo);

    ServerConfig c;
    c.transport = transport;
    c.v6Only = v6Only;
    if (isUnix(transport))
        c.path = where.toStdString();
    else
        c.bindAddress = where.toStdString();
    ServerSession s(1);
    const ServerStartResult started = s.start(c);
    if (!started.ok && where.contains(':'))
        QSKIP("no IPv6 here");
    QVERIFY2(started.ok, started.message.c_str());
    if (!isUnix(transport))
        QCOMPARE(started.v6Only, where.contains(':') ? (v6Only ? 1 : 0) : -1);

    SocketAddress target = started.bound;
    if (!connectTo.isEmpty())
        SocketAddress::fromNumeric(connectTo.toStdString(), started.bound.port(), target);
    UniqueFd cl = client(target.family(), SOCK_STREAM, &target);
    QVERIFY(cl.valid());
    const std::uint64_t peer = acceptOne(s);
    QVERIFY(peer != 0);
    if (!connectTo.isEmpty())
        QVERIFY2(s.peer(peer)->address.text().rfind("[::ffff:127.0.0.1]:", 0) == 0, s.peer(peer)->address.text().c_str());

    const std::string payload("hello\r\n\0\xff", 9);
    QCOMPARE(::send(cl.get(), payload.data(), payload.size(), 0), static_cast<ssize_t>(payload.size()));
    const std::string got = receiveFrom(s, peer, payload.size());
    QCOMPARE(got, payload);
    const ServerSendResult sent = s.send(peer, got, true);
    QCOMPARE(sent.sent, static_cast<long>(payload.size()));
    QCOMPARE(recvAll(cl.get(), payload.size()), payload);
    QCOMPARE(s.peer(peer)->bytesIn, payload.size());
    QCOMPARE(s.peer(peer)->bytesOut, payload.size());
    QCOMPARE(s.totals().accepted, 1u);

    s.stop();
    if (isUnix(transport) && where[0] != '@')
        QVERIFY2(!exists(c.path), "stop() removes the socket file its bind created");
}

void TestServerSession::datagramPeers_data()
{
    QTest::addColumn<EchoTransport>("transport");
    QTest::addColumn<QByteArray>("where");
    QTest::newRow("udp v4") << EchoTransport::Udp << QByteArray("127.0.0.1");
    QTest::newRow("udp v6") << EchoTransport::Udp << QByteArray("::1");
    QTest::newRow("unix dgram") << EchoTransport::UnixDgram << QByteArray(tempPath("dgram").c_str());
}

void TestServerSession::datagramPeers()
{
    QFETCH(EchoTransport, transport);
    QFETCH(QByteArray, where);
    ServerConfig c;
    c.transport = transport;
    (isUnix(transport) ? c.path : c.bindAddress) = where.toStdString();
    ServerSession s(2);
    const ServerStartResult started = s.start(c);
    if (!started.ok && where.contains(':'))
        QSKIP("no IPv6 here");
    QVERIFY2(started.ok, started.message.c_str());

    const bool unixDgram = isUnix(transport);
    UniqueFd a = client(started.bound.family(), SOCK_DGRAM, &started.bound, unixDgram);
    UniqueFd b = client(started.bound.family(), SOCK_DGRAM, &started.bound, unixDgram);
    QVERIFY(a.valid() && b.valid());
    QCOMPARE(::send(a.get(), "one", 3, 0), 3);
    const ServerRecvResult first = nextDatagram(s);
    QCOMPARE(first.bytes, std::string("one"));
    QVERIFY(first.newPeer);
    QCOMPARE(::send(a.get(), "two", 3, 0), 3);
    const ServerRecvResult second = nextDatagram(s);
    QCOMPARE(second.peer, first.peer); // the same source address: the same peer
    QVERIFY(!second.newPeer);
    QCOMPARE(::send(b.get(), "three", 5, 0), 5);
    const ServerRecvResult third = nextDatagram(s);
    QVERIFY(third.newPeer);
    QVERIFY(third.peer != first.peer);
    QCOMPARE(s.peers().size(), 2u);

    QCOMPARE(s.send(first.peer, "to a").sent, 4L);
    QCOMPARE(s.send(third.peer, "to b", true).sent, 4L);
    QCOMPARE(recvAll(a.get(), 4), std::string("to a"));
    QCOMPARE(recvAll(b.get(), 4), std::string("to b"));
    QCOMPARE(s.peer(first.peer)->messagesIn, 2u);
    QVERIFY(!s.shutdownPeer(first.peer, SHUT_WR).ok); // a datagram peer has no connection
    QVERIFY(s.closePeer(first.peer).ok);               // forgotten
    QCOMPARE(s.peers().size(), 1u);
}

void TestServerSession::shutdownEachWay_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("SHUT_WR") << int(SHUT_WR);
    QTest::newRow("SHUT_RD") << int(SHUT_RD);
    QTest::newRow("SHUT_RDWR") << int(SHUT_RDWR);
}

void TestServerSession::shutdownEachWay()
{
    QFETCH(int, how);
    ServerSession s;
    QVERIFY(s.start(ServerConfig{}).ok);
    UniqueFd cl = client(AF_INET, SOCK_STREAM, &s.boundAddress());
    const std::uint64_t peer = acceptOne(s);
    QVERIFY(peer != 0);
    QVERIFY(s.shutdownPeer(peer, how).ok);
    const bool ourWriteShut = how != SHUT_RD;
    QCOMPARE(s.peer(peer)->writeShut, ourWriteShut);
    QCOMPARE(s.peer(peer)->readShut, how != SHUT_WR);
    if (ourWriteShut) {
        char c;
        QCOMPARE(::recv(cl.get(), &c, 1, 0), 0); // the client reads our EOF
        const ServerSendResult late = s.send(peer, "x");
        QCOMPARE(late.sent, -1L);
        QCOMPARE(late.err, EPIPE);
    } else {
        // Our receiving side is shut: Linux's recv() then returns 0 at once; our sending side still works.
        QCOMPARE(s.receive(peer, 16).result, 0L);
        QCOMPARE(s.send(peer, "still").sent, 5L);
        QCOMPARE(recvAll(cl.get(), 5), std::string("still"));
    }
}

void TestServerSession::closeGivesEof()
{
    ServerSession s;
    QVERIFY(s.start(ServerConfig{}).ok);
    UniqueFd cl = client(AF_INET, SOCK_STREAM, &s.boundAddress());
    const std::uint64_t peer = acceptOne(s);
    QVERIFY(s.closePeer(peer).ok);
    QVERIFY(!s.peer(peer));
    char c;
    QCOMPARE(::recv(cl.get(), &c, 1, 0), 0);
    QVERIFY(!s.closePeer(peer).ok); // gone
}

void TestServerSession::resetSeenAsEconnreset()
{
    ServerSession s;
    QVERIFY(s.start(ServerConfig{}).ok);
    UniqueFd cl = client(AF_INET, SOCK_STREAM, &s.boundAddress());
    const std::uint64_t peer = acceptOne(s);
    const std::uint64_t before = CallJournal::global().lastSeq();
    QVERIFY(s.resetPeer(peer).ok);
    QVERIFY(journalHas(before, "setsockopt", ".l_linger = 0"));
    char c;
    errno = 0;
    QCOMPARE(::recv(cl.get(), &c, 1, 0), -1);
    QCOMPARE(errno, ECONNRESET);
}

void TestServerSession::staleUnixFile()
{
    const std::string path = tempPath("stale");
    ::unlink(path.c_str());
    {
        // A server that died: its socket file stays, nobody listens on it.
        UniqueFd dead(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
        SocketAddress a;
        SocketAddress::fromUnixPath(path, a);
        QCOMPARE(::bind(dead.get(), a.get(), a.length), 0);
    }
    QVERIFY(exists(path));
    QCOMPARE(unixPathState(path, SOCK_STREAM), UnixPathState::StaleSocket);
    ServerConfig c;
    c.transport = EchoTransport::UnixStream;
    c.path = path;
    ServerSession s;
    ServerStartResult r = s.start(c);
    QVERIFY(!r.ok);
    QVERIFY(r.staleSocketFile);
    QCOMPARE(r.err, EADDRINUSE);
    QVERIFY2(exists(path), "a stale file is removed only when asked");

    c.removeStaleSocket = true;
    r = s.start(c);
    QVERIFY2(r.ok, r.message.c_str());
    QCOMPARE(unixPathState(path, SOCK_STREAM), UnixPathState::LiveSocket);
    s.stop();
    QVERIFY(!exists(path));
}

void TestServerSession::foreignFilesLeftAlone()
{
    // A regular file at the path: never removed, even with removeStaleSocket.
    const std::string path = tempPath("foreign");
    ::unlink(path.c_str());
    std::ofstream(path) << "someone's data";
    ServerConfig c;
    c.transport = EchoTransport::UnixDgram;
    c.path = path;
    c.removeStaleSocket = true;
    ServerSession s;
    ServerStartResult r = s.start(c);
    QVERIFY(!r.ok);
    QVERIFY(r.message.find("not a socket") != std::string::npos);
    QVERIFY(exists(path));
    ::unlink(path.c_str());

    // A live server's socket: not stale, not removed.
    ServerSession live;
    c.transport = EchoTransport::UnixStream;
    QVERIFY(live.start(c).ok);
    r = s.start(c);
    QVERIFY(!r.ok);
    QVERIFY(r.message.find("already listens") != std::string::npos);
    QVERIFY(exists(path));

    // Our own file replaced by someone else's while we ran: stop() leaves the new one.
    ::unlink(path.c_str());
    std::ofstream(path) << "a new file";
    live.stop();
    QVERIFY2(exists(path), "stop() removed a file that was not its own");
    ::unlink(path.c_str());
}

void TestServerSession::badInputs_data()
{
    QTest::addColumn<EchoTransport>("transport");
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("err");
    QTest::addColumn<QByteArray>("words");
    QTest::newRow("not numeric") << EchoTransport::Tcp << QByteArray("localhost") << 0 << int(EINVAL)
                                 << QByteArray("not a numeric");
    QTest::newRow("port too large") << EchoTransport::Udp << QByteArray("127.0.0.1") << 70000 << int(EINVAL)
                                    << QByteArray("out of range");
    QTest::newRow("not ours") << EchoTransport::Tcp << QByteArray("192.0.2.1") << 0 << int(EADDRNOTAVAIL)
                              << QByteArray("could not bind");
    QTest::newRow("empty path") << EchoTransport::UnixStream << QByteArray() << 0 << int(EINVAL)
                                << QByteArray("no path");
    QTest::newRow("path too long") << EchoTransport::UnixDgram << QByteArray(200, 'x') << 0 << int(ENAMETOOLONG)
                                   << QByteArray("sun_path");
    QTest::newRow("no directory") << EchoTransport::UnixStream << QByteArray("/nonexistent-dir/x.sock") << 0
                                  << int(ENOENT) << QByteArray("could not bind");
}

void TestServerSession::badInputs()
{
    QFETCH(EchoTransport, transport);
    QFETCH(QByteArray, address);
    QFETCH(int, port);
    QFETCH(int, err);
    QFETCH(QByteArray, words);
    ServerConfig c;
    c.transport = transport;
    (isUnix(transport) ? c.path : c.bindAddress) = address.toStdString();
    c.port = port;
    ServerSession s;
    const ServerStartResult r = s.start(c);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, err);
    QVERIFY2(r.message.find(words.toStdString()) != std::string::npos, r.message.c_str());
    QVERIFY(!s.listening());
}

void TestServerSession::multicastRefusedOffUdp()
{
    MulticastGroup g;
    std::string error;
    QVERIFY(!parseMulticastGroup("10.1.2.3", {}, {}, g, error));
    QVERIFY(error.find("not a multicast address") != std::string::npos);
    QVERIFY(!parseMulticastGroup("2001:db8::1", {}, {}, g, error));
    QVERIFY(error.find("ff00::/8") != std::string::npos);
    QVERIFY(!parseMulticastGroup("group.example", {}, {}, g, error));
    QVERIFY(error.find("not a numeric") != std::string::npos);
    QVERIFY(!parseMulticastGroup("239.1.2.3", {}, "no-such-interface0", g, error));
    QVERIFY(error.find("not a network interface") != std::string::npos);
    QVERIFY(!parseMulticastGroup("ff12::1", "192.0.2.1", {}, g, error));
    QVERIFY(parseMulticastGroup("232.1.2.3", "192.0.2.1", "lo", g, error));
    QCOMPARE(g.text(), std::string("232.1.2.3 from 192.0.2.1 on lo"));

    QVERIFY(parseMulticastGroup("239.1.2.3", {}, {}, g, error));
    ServerSession tcp;
    QVERIFY(tcp.start(ServerConfig{}).ok);
    QCOMPARE(tcp.join(g).err, EOPNOTSUPP);

    ServerConfig c;
    c.transport = EchoTransport::Udp;
    c.bindAddress = "::1";
    ServerSession v6;
    if (!v6.start(c).ok)
        QSKIP("no IPv6 here");
    const ServerCallResult r = v6.join(g);
    QCOMPARE(r.err, EAFNOSUPPORT);
    QVERIFY(r.message.find("IPv6 socket joins IPv6 groups") != std::string::npos);
    QCOMPARE(v6.leave(g).err, EADDRNOTAVAIL); // never joined
}

void TestServerSession::wakeEndsWait()
{
    ServerSession s;
    QVERIFY(s.start(ServerConfig{}).ok);
    std::thread waker([&s] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        s.wake();
    });
    const ServerReadiness r = s.wait(waitMs);
    waker.join();
    QVERIFY(r.woken);
    QVERIFY(!r.acceptable);
    s.wake(); // before the wait: the next one returns at once too
    QVERIFY(s.wait(waitMs).woken);
}

void TestServerSession::acceptInterestOff()
{
    ServerSession s;
    QVERIFY(s.start(ServerConfig{}).ok);
    UniqueFd first = client(AF_INET, SOCK_STREAM, &s.boundAddress());
    const std::uint64_t peer = acceptOne(s);
    QVERIFY(peer != 0);
    UniqueFd second = client(AF_INET, SOCK_STREAM, &s.boundAddress()); // waits in the backlog
    s.setAcceptInterest(false);
    // Nothing to report while the second one waits: the wait runs to its end (a quiet one, not a spin).
    ServerReadiness r = s.wait(50);
    QVERIFY(!r.acceptable);
    QVERIFY(r.readable.empty());
    s.setAcceptInterest(true);
    r = s.wait(waitMs);
    QVERIFY(r.acceptable);
    QVERIFY(s.accept().ok);
}

void TestServerSession::journalAndRegistry()
{
    const std::uint64_t before = CallJournal::global().lastSeq();
    ServerConfig c;
    c.bindAddress = "::1";
    c.v6Only = false;
    ServerSession s(7);
    if (!s.start(c).ok)
        QSKIP("no IPv6 here");
    QVERIFY(journalHas(before, "socket", "socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)"));
    QVERIFY(journalHas(before, "setsockopt", "IPV6_V6ONLY, &v, sizeof v); /* dual stack"));
    QVERIFY(journalHas(before, "bind", "bind(fd,"));
    QVERIFY(journalHas(before, "listen", "listen(fd, SOMAXCONN)"));
    const auto listener = SocketRegistry::global().find(s.listenerSocketId());
    QVERIFY(listener);
    QCOMPARE(listener->owner, SocketOwner::ServerListener);
    QVERIFY2(listener->label.rfind("server 7: tcp [::1]:", 0) == 0, listener->label.c_str());

    UniqueFd cl = client(AF_INET6, SOCK_STREAM, &s.boundAddress());
    const std::uint64_t peer = acceptOne(s);
    QVERIFY(journalHas(before, "accept4", "/* from [::1]:"));
    const auto accepted = SocketRegistry::global().find(s.peer(peer)->socketId);
    QVERIFY(accepted);
    QCOMPARE(accepted->owner, SocketOwner::ServerPeer);
    QCOMPARE(accepted->group, s.socketGroup());

    // The data path is counted, not journalled, unless the caller says the call is the user's own.
    const std::uint64_t mid = CallJournal::global().lastSeq();
    QCOMPARE(::send(cl.get(), "abc", 3, 0), 3);
    QCOMPARE(receiveFrom(s, peer, 3), std::string("abc"));
    QVERIFY(s.send(peer, "def").sent == 3);
    QVERIFY(!journalHas(mid, "recv", ""));
    QVERIFY(!journalHas(mid, "send", ""));
    QVERIFY(s.send(peer, "ghi", true).sent == 3);
    QVERIFY(journalHas(mid, "send", "send(cfd, buf, 3, MSG_DONTWAIT | MSG_NOSIGNAL)"));

    const std::uint64_t socketId = s.peer(peer)->socketId;
    s.stop();
    QVERIFY(!SocketRegistry::global().find(socketId));
    QVERIFY(!SocketRegistry::global().find(listener->id));
}

void TestServerSession::multicast_data()
{
    QTest::addColumn<QByteArray>("bindAddress");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QByteArray>("source"); // IPv4 source-specific when given
    QTest::addColumn<QByteArray>("journalled");
    QTest::addColumn<QByteArray>("unicast"); // the marker's address: after leave, it arrives and the group's does not
    QTest::newRow("ipv4") << QByteArray("0.0.0.0") << QByteArray("239.1.2.3") << QByteArray()
                          << QByteArray("struct ip_mreqn mreq = {\n    .imr_multiaddr = { .s_addr = htonl(0xef010203) }")
                          << QByteArray("127.0.0.1");
    QTest::newRow("ipv4 source-specific")
        << QByteArray("0.0.0.0") << QByteArray("232.1.2.3") << QByteArray("127.0.0.1")
        << QByteArray("IP_ADD_SOURCE_MEMBERSHIP, &mreq, sizeof mreq); /* join 232.1.2.3 from 127.0.0.1 */")
        << QByteArray("127.0.0.1");
    QTest::newRow("ipv6") << QByteArray("::") << QByteArray("ff12::1234") << QByteArray()
                          << QByteArray("struct ipv6_mreq mreq = {\n    .ipv6mr_multiaddr = { .s6_addr = { 0xff, 0x12,")
                          << QByteArray("::1");
}

void TestServerSession::multicast()
{
    if (!multicastNamespace())
        QSKIP("multicast runs in tests/netns/with-multicast-lo.sh (ctest: tst_serversession_multicast)");
    QFETCH(QByteArray, bindAddress);
    QFETCH(QByteArray, group);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, journalled);
    QFETCH(QByteArray, unicast);

    ServerConfig c;
    c.transport = EchoTransport::Udp;
    c.bindAddress = bindAddress.toStdString();
    ServerSession s;
    const ServerStartResult started = s.start(c);
    QVERIFY2(started.ok, started.message.c_str());
    MulticastGroup g;
    std::string error;
    QVERIFY2(parseMulticastGroup(group.toStdString(), source.toStdString(), {}, g, error), error.c_str());
    const std::uint64_t before = CallJournal::global().lastSeq();
    const ServerCallResult joined = s.join(g);
    QVERIFY2(joined.ok, joined.message.c_str());
    QVERIFY(journalHas(before, "setsockopt", journalled.toStdString()));
    QCOMPARE(s.groups().size(), 1u);
    QCOMPARE(s.join(g).err, EADDRINUSE); // twice: said in plain words, not sent to the kernel

    const int family = g.family;
    SocketAddress groupAddress, marker;
    QVERIFY(SocketAddress::fromNumeric(group.toStdString(), started.bound.port(), groupAddress));
    QVERIFY(SocketAddress::fromNumeric(unicast.toStdString(), started.bound.port(), marker));
    UniqueFd sender(::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    QCOMPARE(::sendto(sender.get(), "to the group", 12, 0, groupAddress.get(), groupAddress.length), 12);
    ServerRecvResult r = nextDatagram(s);
    QCOMPARE(r.bytes, std::string("to the group"));

    QVERIFY(s.leave(g).ok);
    QVERIFY(journalHas(before, "setsockopt", family == AF_INET6 ? "IPV6_LEAVE_GROUP" : "_MEMBERSHIP, &mreq"));
    QVERIFY(s.groups().empty());
    // After the leave: the group's datagram is not delivered, the marker sent after it is.
    QCOMPARE(::sendto(sender.get(), "after leave", 11, 0, groupAddress.get(), groupAddress.length), 11);
    QCOMPARE(::sendto(sender.get(), "marker", 6, 0, marker.get(), marker.length), 6);
    r = nextDatagram(s);
    QCOMPARE(r.bytes, std::string("marker"));
}

QTEST_APPLESS_MAIN(TestServerSession)
#include "tst_serversession.moc"
