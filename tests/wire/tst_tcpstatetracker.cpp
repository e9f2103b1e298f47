// Each endpoint's TCP state driven by the packets, as RFC 793's diagram has it: the handshake, an
// orderly close from either side, a simultaneous close, a half-close with data after it, a reset,
// a connection first seen mid-stream, a new SYN on the same four-tuple, and the bound on connections.

#include "TcpStateTracker.h"

#include <QTest>

#include <sys/socket.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sockscope;

namespace {

constexpr std::uint8_t S = TcpSyn, A = TcpAck, F = TcpFin, R = TcpRst, P = TcpPsh;

struct Segment {
    char from;           // 'c' client (127.0.0.1:40000) or 's' server (127.0.0.1:7007)
    std::uint8_t flags;
    std::uint32_t seq, ack;
    std::size_t len = 0;
};

DecodedPacket packet(const Segment& s, int clientPort = 40000)
{
    DecodedPacket p;
    p.family = AF_INET;
    p.ipVersion = 4;
    p.transport = Transport::Tcp;
    p.src = p.dst = "127.0.0.1";
    p.srcPort = s.from == 'c' ? clientPort : 7007;
    p.dstPort = s.from == 'c' ? 7007 : clientPort;
    p.tcpFlags = s.flags;
    p.seq = s.seq;
    p.ack = s.ack;
    p.payloadLength = s.len;
    return p;
}

// The states each side went through, space-separated.
void run(const std::vector<Segment>& script, QString& client, QString& server)
{
    TcpStateTracker t;
    QStringList c, s;
    for (const Segment& seg : script)
        for (const TcpStateChange& change : t.observe(packet(seg)))
            (change.endpoint == "127.0.0.1:40000" ? c : s) << QString::fromStdString(change.to);
    client = c.join(u' ');
    server = s.join(u' ');
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Segment>)

class TestTcpStateTracker : public QObject {
    Q_OBJECT
private slots:
    void statesFollowThePackets_data();
    void statesFollowThePackets();
    void changesNameBothSidesAndTheirPeers();
    void otherPacketsChangeNothing();
    void connectionsAreBounded();
};

void TestTcpStateTracker::statesFollowThePackets_data()
{
    QTest::addColumn<std::vector<Segment>>("script");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("server");
    const std::vector<Segment> handshake{{'c', S, 100, 0}, {'s', S | A, 500, 101}, {'c', A, 101, 501}};
    auto with = [&handshake](std::vector<Segment> more) {
        std::vector<Segment> all = handshake;
        all.insert(all.end(), more.begin(), more.end());
        return all;
    };
    QTest::newRow("handshake") << handshake << u"SYN_SENT ESTABLISHED"_s << u"SYN_RECV ESTABLISHED"_s;
    // The client closes first: it waits in TIME_WAIT; the server passes CLOSE_WAIT and LAST_ACK.
    QTest::newRow("client closes first")
        << with({{'c', P | A, 101, 501, 5}, {'s', A, 501, 106}, {'c', F | A, 106, 501}, {'s', A, 501, 107},
                 {'s', F | A, 501, 107}, {'c', A, 107, 502}})
        << u"SYN_SENT ESTABLISHED FIN_WAIT1 FIN_WAIT2 TIME_WAIT"_s << u"SYN_RECV ESTABLISHED CLOSE_WAIT LAST_ACK CLOSE"_s;
    QTest::newRow("server closes first")
        << with({{'s', F | A, 501, 101}, {'c', A, 101, 502}, {'c', F | A, 101, 502}, {'s', A, 502, 102}})
        << u"SYN_SENT ESTABLISHED CLOSE_WAIT LAST_ACK CLOSE"_s << u"SYN_RECV ESTABLISHED FIN_WAIT1 FIN_WAIT2 TIME_WAIT"_s;
    // The FIN that also acknowledges the other's FIN: FIN_WAIT1 straight to TIME_WAIT.
    QTest::newRow("FIN acknowledging a FIN")
        << with({{'c', F | A, 101, 501}, {'s', F | A, 501, 102}, {'c', A, 102, 502}})
        << u"SYN_SENT ESTABLISHED FIN_WAIT1 TIME_WAIT"_s << u"SYN_RECV ESTABLISHED CLOSE_WAIT LAST_ACK CLOSE"_s;
    // Both FINs cross: each side is in CLOSING until its FIN is acknowledged. The server's FIN, which
    // does not acknowledge the client's, shows it was sent before the client's FIN arrived: the
    // CLOSE_WAIT the first FIN suggested is corrected to CLOSING.
    QTest::newRow("simultaneous close")
        << with({{'c', F | A, 101, 501}, {'s', F | A, 501, 101}, {'c', A, 102, 502}, {'s', A, 502, 102}})
        << u"SYN_SENT ESTABLISHED FIN_WAIT1 CLOSING TIME_WAIT"_s << u"SYN_RECV ESTABLISHED CLOSE_WAIT CLOSING TIME_WAIT"_s;
    // shutdown(SHUT_WR): the client's FIN, then the server still sends data in CLOSE_WAIT.
    QTest::newRow("half-close, data after it")
        << with({{'c', F | A, 101, 501}, {'s', A, 501, 102}, {'s', P | A, 501, 102, 100}, {'c', A, 102, 601},
                 {'s', F | A, 601, 102}, {'c', A, 102, 602}})
        << u"SYN_SENT ESTABLISHED FIN_WAIT1 FIN_WAIT2 TIME_WAIT"_s << u"SYN_RECV ESTABLISHED CLOSE_WAIT LAST_ACK CLOSE"_s;
    QTest::newRow("reset by linger 0") << with({{'c', R | A, 101, 501}}) << u"SYN_SENT ESTABLISHED CLOSE"_s
                                       << u"SYN_RECV ESTABLISHED CLOSE"_s;
    QTest::newRow("connect to a closed port") << std::vector<Segment>{{'c', S, 100, 0}, {'s', R | A, 0, 101}}
                                              << u"SYN_SENT CLOSE"_s << u"SYN_RECV CLOSE"_s;
    QTest::newRow("first seen mid-stream") << std::vector<Segment>{{'c', P | A, 900, 300, 10}, {'c', F | A, 910, 300}}
                                           << u"ESTABLISHED FIN_WAIT1"_s << u"ESTABLISHED CLOSE_WAIT"_s;
    // A later SYN on the same ports (after TIME_WAIT) is a new connection.
    QTest::newRow("the four-tuple used again")
        << with({{'c', R | A, 101, 501}, {'c', S, 7000, 0}, {'s', S | A, 9000, 7001}, {'c', A, 7001, 9001}})
        << u"SYN_SENT ESTABLISHED CLOSE SYN_SENT ESTABLISHED"_s << u"SYN_RECV ESTABLISHED CLOSE SYN_RECV ESTABLISHED"_s;
    // Sequence numbers wrap: the ACK of a FIN sent at 0xffffffff names 0.
    QTest::newRow("sequence wraps")
        << std::vector<Segment>{{'c', S, 0xfffffff0u, 0}, {'s', S | A, 5, 0xfffffff1u}, {'c', A, 0xfffffff1u, 6},
                                {'c', F | A, 0xffffffffu, 6}, {'s', A, 6, 0}}
        << u"SYN_SENT ESTABLISHED FIN_WAIT1 FIN_WAIT2"_s << u"SYN_RECV ESTABLISHED CLOSE_WAIT"_s;
}

void TestTcpStateTracker::statesFollowThePackets()
{
    QFETCH(std::vector<Segment>, script);
    QFETCH(QString, client);
    QFETCH(QString, server);
    QString c, s;
    run(script, c, s);
    QCOMPARE(c, client);
    QCOMPARE(s, server);
}

void TestTcpStateTracker::changesNameBothSidesAndTheirPeers()
{
    TcpStateTracker t;
    const auto changes = t.observe(packet({'c', S, 1, 0}));
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes[0].endpoint, std::string("127.0.0.1:40000")); // the sender first
    QCOMPARE(changes[0].peer, std::string("127.0.0.1:7007"));
    QCOMPARE(changes[0].from, std::string());
    QCOMPARE(changes[0].to, std::string("SYN_SENT"));
    QCOMPARE(changes[1].endpoint, std::string("127.0.0.1:7007"));
    QCOMPARE(t.stateOf("127.0.0.1:7007", "127.0.0.1:40000"), std::string("SYN_RECV"));
    QCOMPARE(t.stateOf("127.0.0.1:40000", "127.0.0.1:7007"), std::string("SYN_SENT"));
    QCOMPARE(t.stateOf("127.0.0.1:1", "127.0.0.1:2"), std::string());
    // A retransmitted SYN changes nothing more.
    const auto again = t.observe(packet({'s', S | A, 9, 2}));
    QCOMPARE(again.size(), std::size_t(1)); // only the client: SYN_SENT → ESTABLISHED
    QCOMPARE(t.observe(packet({'s', S | A, 9, 2})).size(), std::size_t(0));
}

void TestTcpStateTracker::otherPacketsChangeNothing()
{
    TcpStateTracker t;
    DecodedPacket udp = packet({'c', 0, 0, 0});
    udp.transport = Transport::Udp;
    QVERIFY(t.observe(udp).empty());
    DecodedPacket cut = packet({'c', S, 0, 0});
    cut.srcPort = -1; // the TCP header was not captured
    QVERIFY(t.observe(cut).empty());
    QCOMPARE(t.connections(), std::size_t(0));
}

void TestTcpStateTracker::connectionsAreBounded()
{
    TcpStateTracker t;
    const int n = static_cast<int>(TcpStateTracker::maxConnections) + 100;
    for (int i = 0; i < n; ++i)
        t.observe(packet({'c', S, 1, 0}, 1024 + i));
    QCOMPARE(t.connections(), TcpStateTracker::maxConnections);
    // The oldest went first; the newest is still known.
    QCOMPARE(t.stateOf("127.0.0.1:1024", "127.0.0.1:7007"), std::string());
    QCOMPARE(t.stateOf("127.0.0.1:" + std::to_string(1024 + n - 1), "127.0.0.1:7007"), std::string("SYN_SENT"));
}

QTEST_GUILESS_MAIN(TestTcpStateTracker)
#include "tst_tcpstatetracker.moc"
