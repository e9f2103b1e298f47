// Multicast from and to the client console's service (its worker thread, its signals), in network
// namespaces of their own:
//   - groupOnLoopback (tests/netns/with-multicast-lo.sh, ctest tst_clientmulticast_lo): an unconnected
//     session bound to the group's port joins, receives a datagram sent to the group, leaves and no
//     longer receives it; TTL and the interface read back as set. IPv4 and IPv6.
//   - loopDecidesLocalCopy (tests/netns/with-broadcast-dummy.sh, ctest tst_clientmulticast_loop): the
//     session sends to a group out of bc0 with TTL and loop set; a member on this host gets it with loop
//     1 and not with loop 0 (on lo the device loops every datagram back, so loop cannot show there).
// Outside those namespaces every case skips.
#include "BroadcastNamespace.h"
#include "CallJournal.h"
#include "ClientSessionService.h"
#include "MulticastMembership.h"
#include "SocketAddress.h"

#include <QSignalSpy>
#include <QTest>

#include <net/if.h>
#include <poll.h>
#include <sys/socket.h>

#include <string>

using namespace sockscope;

namespace {

bool multicastNamespace() { return qEnvironmentVariableIntValue("SOCKSCOPE_TEST_MULTICAST") == 1; }

// A UDP socket on the wildcard address of `family` at a free port.
struct Socket {
    UniqueFd fd;
    int port = 0;
    explicit Socket(int family)
    {
        fd.reset(::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        SocketAddress any;
        SocketAddress::fromNumeric(family == AF_INET6 ? "::" : "0.0.0.0", 0, any);
        ::bind(fd.get(), any.get(), any.length);
        const std::string text = localAddressOf(fd.get(), false).text();
        port = std::stoi(text.substr(text.rfind(':') + 1));
    }
    std::string next(int ms) const
    {
        pollfd p{fd.get(), POLLIN, 0};
        if (::poll(&p, 1, ms) != 1)
            return {};
        char buf[256];
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

// The next datagramReport, within 10 s.
ClientDatagramReport nextReport(QSignalSpy& spy)
{
    const qsizetype before = spy.count();
    if (!spy.wait(10000) && spy.count() == before) {
        ClientDatagramReport none;
        none.ok = false;
        none.message = QStringLiteral("no datagramReport within 10 s");
        return none;
    }
    return spy.last().at(0).value<ClientDatagramReport>();
}

QByteArray receivedBytes(const QSignalSpy& chunks)
{
    QByteArray all;
    for (const QList<QVariant>& call : chunks)
        for (const ClientChunk& c : call.at(0).value<QList<ClientChunk>>())
            if (!c.outgoing)
                all += c.bytes;
    return all;
}

} // namespace

class TestClientMulticast : public QObject {
    Q_OBJECT
private slots:
    void groupOnLoopback_data();
    void groupOnLoopback();
    void loopDecidesLocalCopy_data();
    void loopDecidesLocalCopy();
};

void TestClientMulticast::groupOnLoopback_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("unicast");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QByteArray>("journalled");
    QTest::newRow("ipv4") << QStringLiteral("239.1.2.3") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1")
                          << QByteArray("struct ip_mreqn mreq = {\n    .imr_multiaddr = { .s_addr = htonl(0xef010203) }");
    QTest::newRow("ipv6") << QStringLiteral("ff12::1234") << QStringLiteral("::1") << QStringLiteral("lo")
                          << QByteArray("struct ipv6_mreq mreq = {\n    .ipv6mr_multiaddr = { .s6_addr = { 0xff, 0x12,");
}

void TestClientMulticast::groupOnLoopback()
{
    if (!multicastNamespace())
        QSKIP("runs in tests/netns/with-multicast-lo.sh (ctest: tst_clientmulticast_lo)");
    QFETCH(QString, group);
    QFETCH(QString, unicast);
    QFETCH(QString, interface);
    QFETCH(QByteArray, journalled);
    const bool v6 = group.contains(QLatin1Char(':'));
    Socket probe(v6 ? AF_INET6 : AF_INET); // a free port for the session, and the sender
    const int port = probe.port;

    ClientSessionService service(1);
    QSignalSpy connected(&service, &ClientSessionService::connected);
    QSignalSpy reports(&service, &ClientSessionService::datagramReport);
    QSignalSpy chunks(&service, &ClientSessionService::chunks);
    ClientConnectRequest r;
    r.transport = ClientTransport::Udp;
    r.host = group;
    r.port = port + 1 > 65535 ? port - 1 : port + 1;
    r.udp.bindPort = r.port;
    r.udp.connect = false; // a connected socket would take datagrams from its peer only
    service.connectTo(r);
    QVERIFY(connected.wait(10000));
    QVERIFY2(connected.at(0).at(0).value<ClientConnectOutcome>().ok,
             qPrintable(connected.at(0).at(0).value<ClientConnectOutcome>().message));
    QTRY_COMPARE_WITH_TIMEOUT(reports.count(), 1, 10000); // the new socket's options, read back

    const std::uint64_t seq = CallJournal::global().lastSeq();
    service.joinGroup(group, {}, {});
    ClientDatagramReport rep = nextReport(reports);
    QVERIFY2(rep.ok, qPrintable(rep.message));
    QCOMPARE(rep.field, QStringLiteral("join"));
    QCOMPARE(rep.groups, QStringList{group});
    QVERIFY(journalHas(seq, "setsockopt", journalled.toStdString()));

    service.setMulticastTtl(7);
    rep = nextReport(reports);
    QVERIFY2(rep.ok, qPrintable(rep.message));
    QCOMPARE(rep.ttl, 7);
    QVERIFY(journalHas(seq, "setsockopt", v6 ? "IPV6_MULTICAST_HOPS" : "IP_MULTICAST_TTL"));
    service.setMulticastInterface(interface);
    rep = nextReport(reports);
    QVERIFY2(rep.ok, qPrintable(rep.message));
    QVERIFY2(rep.interface.contains(v6 ? QStringLiteral("lo") : QStringLiteral("127.0.0.1")), qPrintable(rep.interface));
    service.setMulticastInterface(QStringLiteral("no-such-interface0"));
    rep = nextReport(reports);
    QVERIFY(!rep.ok);
    QVERIFY2(rep.message.contains(QLatin1String("not a network interface")) || rep.message.contains(QLatin1String("neither")),
             qPrintable(rep.message));

    SocketAddress groupAddress, marker;
    QVERIFY(SocketAddress::fromNumeric(group.toStdString(), r.port, groupAddress));
    QVERIFY(SocketAddress::fromNumeric(unicast.toStdString(), r.port, marker));
    QCOMPARE(::sendto(probe.fd.get(), "to the group", 12, 0, groupAddress.get(), groupAddress.length), 12);
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(chunks), QByteArray("to the group"), 10000);

    service.leaveGroup(group, {}, {});
    rep = nextReport(reports);
    QVERIFY2(rep.ok, qPrintable(rep.message));
    QVERIFY(rep.groups.isEmpty());
    service.leaveGroup(group, {}, {}); // not a member any more: said in plain words
    rep = nextReport(reports);
    QVERIFY(!rep.ok);
    QVERIFY2(rep.message.contains(QLatin1String("not a member")), qPrintable(rep.message));
    // After the leave the group's datagram is not delivered; the marker sent after it is.
    QCOMPARE(::sendto(probe.fd.get(), "after leave", 11, 0, groupAddress.get(), groupAddress.length), 11);
    QCOMPARE(::sendto(probe.fd.get(), "marker", 6, 0, marker.get(), marker.length), 6);
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(chunks), QByteArray("to the groupmarker"), 10000);
}

void TestClientMulticast::loopDecidesLocalCopy_data()
{
    QTest::addColumn<QString>("group");
    QTest::newRow("ipv4") << QStringLiteral("239.1.2.3");
    QTest::newRow("ipv6") << QStringLiteral("ff12::1234");
}

void TestClientMulticast::loopDecidesLocalCopy()
{
    if (!sockscope::testing::inBroadcastNamespace())
        QSKIP("runs in tests/netns/with-broadcast-dummy.sh (ctest: tst_clientmulticast_loop)");
    QFETCH(QString, group);
    const bool v6 = group.contains(QLatin1Char(':'));
    Socket member(v6 ? AF_INET6 : AF_INET);
    MulticastGroup g;
    std::string error;
    QVERIFY2(parseMulticastGroup(group.toStdString(), {}, "bc0", g, error), error.c_str());
    QCOMPARE(joinMulticastGroup(member.fd.get(), g), 0);

    ClientSessionService service(1);
    QSignalSpy connected(&service, &ClientSessionService::connected);
    QSignalSpy reports(&service, &ClientSessionService::datagramReport);
    ClientConnectRequest r;
    r.transport = ClientTransport::Udp;
    // connect() to a link-scope group (ff12::) needs the interface as its scope.
    r.host = v6 ? group + QStringLiteral("%bc0") : group;
    r.port = member.port;
    service.connectTo(r); // connected to the group: send() goes there
    QVERIFY(connected.wait(10000));
    QVERIFY2(connected.at(0).at(0).value<ClientConnectOutcome>().ok,
             qPrintable(connected.at(0).at(0).value<ClientConnectOutcome>().message));
    QTRY_COMPARE_WITH_TIMEOUT(reports.count(), 1, 10000);
    QCOMPARE(reports.at(0).at(0).value<ClientDatagramReport>().loop, 1); // the kernel's default

    service.setMulticastInterface(QStringLiteral("bc0"));
    ClientDatagramReport rep = nextReport(reports);
    QVERIFY2(rep.ok, qPrintable(rep.message));
    service.setMulticastTtl(1);
    rep = nextReport(reports);
    QCOMPARE(rep.ttl, 1);
    QCOMPARE(rep.v6, v6);

    for (int loop : {1, 0, 1}) {
        service.setMulticastLoop(loop == 1);
        rep = nextReport(reports);
        QVERIFY2(rep.ok, qPrintable(rep.message));
        QCOMPARE(rep.loop, loop);
        const QByteArray text = "loop " + QByteArray::number(loop);
        service.send(text, 0);
        // Loop 0: no copy for this host's members (it left by bc0 and nothing sends it back). The
        // wait is long enough for a copy that would come; its absence is the result.
        QCOMPARE(member.next(loop ? 5000 : 500), loop ? text.toStdString() : std::string());
    }
}

QTEST_GUILESS_MAIN(TestClientMulticast)
#include "tst_clientmulticast.moc"
