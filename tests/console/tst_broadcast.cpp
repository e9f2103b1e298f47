// Broadcast from the client console's socket, inside the network namespace of
// tests/netns/with-broadcast-dummy.sh (ctest: tst_broadcast_netns): sendto() and connect() to the /24's
// broadcast address and to 255.255.255.255 fail with EACCES while SO_BROADCAST is off, with the
// words that say so, and are delivered to a receiver bound to the wildcard address once it is on.
// Outside that namespace every case skips: nothing is ever sent to a broadcast address elsewhere.
#include "BroadcastNamespace.h"
#include "CallJournal.h"
#include "ClientSession.h"
#include "DatagramOptions.h"
#include "SocketAddress.h"

#include <QTest>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <string>

using namespace sockscope;

namespace {

#define REQUIRE_NAMESPACE()                                                                                          \
    if (!sockscope::testing::inBroadcastNamespace())                                                                                     \
    QSKIP("broadcast runs only in tests/netns/with-broadcast-dummy.sh (ctest: tst_broadcast_netns)")

// A UDP socket on 0.0.0.0:PORT, as a broadcast receiver must be (a socket bound to 10.77.0.1 does not
// see datagrams to 10.77.0.255).
struct Receiver {
    UniqueFd fd;
    int port = 0;
    Receiver()
    {
        fd.reset(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        SocketAddress any;
        SocketAddress::fromNumeric("0.0.0.0", 0, any);
        ::bind(fd.get(), any.get(), any.length);
        const std::string text = localAddressOf(fd.get(), false).text();
        port = std::stoi(text.substr(text.rfind(':') + 1));
    }
    // One datagram within `ms`, or empty.
    std::string next(int ms = 3000) const
    {
        pollfd p{fd.get(), POLLIN, 0};
        if (::poll(&p, 1, ms) != 1)
            return {};
        char buf[512];
        const ssize_t n = ::recv(fd.get(), buf, sizeof buf, MSG_DONTWAIT);
        return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
    }
};

bool journalHas(std::uint64_t afterSeq, const std::string& function, const std::string& inCode)
{
    for (const JournalEntry& e : CallJournal::global().since(afterSeq).entries)
        if (e.function == function && e.code.find(inCode) != std::string::npos)
            return true;
    return false;
}

} // namespace

class TestBroadcast : public QObject {
    Q_OBJECT
private slots:
    void sendtoNeedsBroadcast_data();
    void sendtoNeedsBroadcast();
    void connectNeedsBroadcast_data();
    void connectNeedsBroadcast();
    void broadcastReadBack();
};

void TestBroadcast::sendtoNeedsBroadcast_data()
{
    QTest::addColumn<QString>("destination");
    QTest::newRow("subnet broadcast") << QStringLiteral("10.77.0.255");
    QTest::newRow("limited broadcast") << QStringLiteral("255.255.255.255");
}

void TestBroadcast::sendtoNeedsBroadcast()
{
    REQUIRE_NAMESPACE();
    QFETCH(QString, destination);
    Receiver rx;
    QVERIFY(rx.fd.valid() && rx.port > 0);
    SocketAddress to;
    QVERIFY(SocketAddress::fromNumeric(destination.toStdString(), rx.port, to));

    // Not connected: send() is sendto() the target, so the refusal comes at the send.
    ClientSession s(1);
    s.setConnectOnOpen(false);
    const ClientCallResult opened = s.open(ClientTransport::Udp, to, 2000);
    QVERIFY2(opened.ok, opened.message.c_str());
    QVERIFY(!s.isConnected());
    const std::uint64_t seq = CallJournal::global().lastSeq();
    const ClientSendResult refused = s.send("without", 0);
    QCOMPARE(refused.sent, -1L);
    QCOMPARE(refused.err, EACCES);
    QVERIFY(refused.broadcastRefused);
    QVERIFY(journalHas(seq, "sendto", "SO_BROADCAST is off"));
    QVERIFY(rx.next(300).empty());

    const DatagramOptionResult on = setBroadcastOption(s.fd(), s.kind(), true);
    QVERIFY2(on.ok, on.message.c_str());
    QCOMPARE(on.kept, std::string("1"));
    QVERIFY(journalHas(seq, "setsockopt", "SO_BROADCAST"));
    const ClientSendResult sent = s.send("with", 0);
    QCOMPARE(sent.sent, 4L);
    QCOMPARE(rx.next(), std::string("with"));

    // Off again: refused again.
    QVERIFY(setBroadcastOption(s.fd(), s.kind(), false).ok);
    QCOMPARE(s.send("again", 0).err, EACCES);
}

void TestBroadcast::connectNeedsBroadcast_data() { sendtoNeedsBroadcast_data(); }

void TestBroadcast::connectNeedsBroadcast()
{
    REQUIRE_NAMESPACE();
    QFETCH(QString, destination);
    Receiver rx;
    SocketAddress to;
    QVERIFY(SocketAddress::fromNumeric(destination.toStdString(), rx.port, to));

    // connect() itself refuses a broadcast address without SO_BROADCAST (the CLI's case).
    ClientSession refused(1);
    const ClientCallResult r = refused.open(ClientTransport::Udp, to, 2000);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, EACCES);
    QCOMPARE(r.failedCall, std::string("connect"));
    QVERIFY(r.broadcastRefused);
    QVERIFY2(r.message.find("SO_BROADCAST is off") != std::string::npos, r.message.c_str());

    ClientSession s(2);
    s.setBroadcastOnOpen(true);
    const ClientCallResult ok = s.open(ClientTransport::Udp, to, 2000);
    QVERIFY2(ok.ok, ok.message.c_str());
    QVERIFY(s.isConnected());
    QCOMPARE(s.send("connected", 0).sent, 9L);
    QCOMPARE(rx.next(), std::string("connected"));
}

void TestBroadcast::broadcastReadBack()
{
    REQUIRE_NAMESPACE();
    // Bound to a port of its own and unconnected, the client receives broadcasts to that port too.
    Receiver probe; // only for a free port number
    const int port = probe.port;
    probe.fd.reset();
    SocketAddress to;
    QVERIFY(SocketAddress::fromNumeric("10.77.0.255", port, to));
    ClientSession s(1);
    s.setBroadcastOnOpen(true);
    s.setBindPortOnOpen(port);
    s.setConnectOnOpen(false);
    const ClientCallResult opened = s.open(ClientTransport::Udp, to, 2000);
    QVERIFY2(opened.ok, opened.message.c_str());
    QCOMPARE(readDatagramOptions(s.fd(), s.kind()).broadcast, 1);
    QCOMPARE(s.send("to myself", 0).sent, 9L);
    pollfd p{s.fd(), POLLIN, 0};
    QCOMPARE(::poll(&p, 1, 3000), 1);
    const ClientRecvResult got = s.receive(64, MSG_DONTWAIT);
    QCOMPARE(got.bytes, std::string("to myself"));
    QVERIFY2(got.from.text().rfind("10.77.0.1:", 0) == 0, got.from.text().c_str());
}

QTEST_APPLESS_MAIN(TestBroadcast)
#include "tst_broadcast.moc"
