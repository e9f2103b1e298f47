// The packet decoder on hand-made packets: each protocol it knows, the options Linux puts in a SYN,
// ICMP errors with the datagram they quote, and malformed or truncated packets decoded as far as
// they are valid. (Packets from real loopback exchanges: tst_loopbackcapture.)

#include "PacketBuilder.h"
#include "PacketDecoder.h"

#include <QtTest>

#include <sys/socket.h>
#include <netinet/in.h>

using namespace sockscope;
using namespace Qt::StringLiterals;
using packet::Bytes;

namespace {

QByteArray toQ(const Bytes& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size())); }

DecodedPacket decode(const QByteArray& b)
{
    return decodeIpPacket(reinterpret_cast<const std::uint8_t*>(b.constData()), static_cast<std::size_t>(b.size()));
}

QString endpoint(const DecodedPacket& d, bool source)
{
    return QString::fromStdString(endpointText(source ? d.src : d.dst, d.family, source ? d.srcPort : d.dstPort));
}

} // namespace

class tst_PacketDecoder : public QObject {
    Q_OBJECT
private slots:
    void decodes_data();
    void decodes();
    void tcpFieldsAndOptions();
    void icmpQuotesTheDatagram();
    void ipv6ExtensionHeaders();
    void neverReadsPastTheEnd();
    void flagsText_data();
    void flagsText();
    void icmpWords_data();
    void icmpWords();
};

void tst_PacketDecoder::decodes_data()
{
    using namespace packet;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("dst");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<int>("payloadLength");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: none

    const Bytes syn = tcp(40000, 7007, 1000, 0, TcpSyn, linuxSynOptions());
    QTest::newRow("IPv4 SYN") << toQ(ipv4(IPPROTO_TCP, syn)) << AF_INET << "tcp" << "127.0.0.1:40000"
                              << "127.0.0.1:7007" << "SYN" << 0 << false << "";
    QTest::newRow("IPv4 SYN-ACK") << toQ(ipv4(IPPROTO_TCP, tcp(7007, 40000, 5000, 1001, TcpSyn | TcpAck)))
                                  << AF_INET << "tcp" << "127.0.0.1:7007" << "127.0.0.1:40000" << "SYN,ACK" << 0
                                  << false << "";
    QTest::newRow("IPv4 data") << toQ(ipv4(IPPROTO_TCP, tcp(40000, 7007, 1001, 5001, TcpPsh | TcpAck, {}, "hello")))
                               << AF_INET << "tcp" << "127.0.0.1:40000" << "127.0.0.1:7007" << "ACK,PSH" << 5
                               << false << "";
    QTest::newRow("IPv4 FIN") << toQ(ipv4(IPPROTO_TCP, tcp(40000, 7007, 1006, 5001, TcpFin | TcpAck))) << AF_INET
                              << "tcp" << "127.0.0.1:40000" << "127.0.0.1:7007" << "ACK,FIN" << 0 << false << "";
    QTest::newRow("IPv4 RST") << toQ(ipv4(IPPROTO_TCP, tcp(7007, 40000, 0, 1001, TcpRst | TcpAck))) << AF_INET
                              << "tcp" << "127.0.0.1:7007" << "127.0.0.1:40000" << "ACK,RST" << 0 << false << "";
    QTest::newRow("IPv4 UDP") << toQ(ipv4(IPPROTO_UDP, udp(5353, 9, "ping"), "127.0.0.2", "127.0.0.3"))
                              << AF_INET << "udp" << "127.0.0.2:5353" << "127.0.0.3:9" << "" << 4 << false << "";
    QTest::newRow("IPv4 ICMP echo") << toQ(ipv4(IPPROTO_ICMP, icmp(8, 0, 0x12340001, {1, 2, 3})))
                                    << AF_INET << "icmp" << "127.0.0.1" << "127.0.0.1" << "" << 3 << false << "";
    QTest::newRow("IPv6 SYN") << toQ(ipv6(IPPROTO_TCP, syn)) << AF_INET6 << "tcp" << "[::1]:40000" << "[::1]:7007"
                              << "SYN" << 0 << false << "";
    QTest::newRow("IPv6 UDP") << toQ(ipv6(IPPROTO_UDP, udp(1, 2, "abc"))) << AF_INET6 << "udp" << "[::1]:1"
                              << "[::1]:2" << "" << 3 << false << "";
    QTest::newRow("IPv6 ICMPv6") << toQ(ipv6(IPPROTO_ICMPV6, icmp(128, 0, 0x00010002))) << AF_INET6 << "icmpv6"
                                 << "::1" << "::1" << "" << 0 << false << "";
    QTest::newRow("other protocol") << toQ(ipv4(132 /* SCTP */, Bytes(12, 0))) << AF_INET << "ip-proto-132" << "127.0.0.1"
                                    << "127.0.0.1" << "" << 12 << false << "";

    // Cut at the snap length: what is there is decoded, the lengths say what was on the wire.
    QTest::newRow("data cut short") << toQ(cut(ipv4(IPPROTO_TCP, tcp(1, 2, 0, 0, TcpAck, {}, "0123456789")), 45))
                                    << AF_INET << "tcp" << "127.0.0.1:1" << "127.0.0.1:2" << "ACK" << 10 << true << "";
    QTest::newRow("TCP header cut") << toQ(cut(ipv4(IPPROTO_TCP, syn), 30)) << AF_INET << "tcp" << "127.0.0.1"
                                    << "127.0.0.1" << "" << 0 << true << "TCP header cut short (10 of 20";
    // The fixed header fits: ports and flags are read, the options as far as they go.
    QTest::newRow("TCP options cut") << toQ(cut(ipv4(IPPROTO_TCP, syn), 48)) << AF_INET << "tcp"
                                     << "127.0.0.1:40000" << "127.0.0.1:7007" << "SYN" << 0 << true
                                     << "TCP options cut short";
    Bytes lowOffset = ipv4(IPPROTO_TCP, tcp(1, 2, 0, 0, TcpAck));
    lowOffset[20 + 12] = 0x30;
    QTest::newRow("TCP offset < 20") << toQ(lowOffset) << AF_INET << "tcp" << "127.0.0.1:1" << "127.0.0.1:2"
                                     << "ACK" << 0 << false << "below 20 bytes";
    QTest::newRow("UDP header cut") << toQ(cut(ipv4(IPPROTO_UDP, udp(1, 2)), 24)) << AF_INET << "udp"
                                    << "127.0.0.1" << "127.0.0.1" << "" << 0 << true << "UDP header cut short";
    Bytes longUdp = ipv4(IPPROTO_UDP, udp(1, 2, "ab"));
    packet::put16(longUdp, 24, 400);
    // What the IP payload holds counts as the payload.
    QTest::newRow("UDP length too long") << toQ(longUdp) << AF_INET << "udp" << "127.0.0.1:1" << "127.0.0.1:2"
                                         << "" << 2 << false << "exceeds the IP payload";
    QTest::newRow("IPv4 header cut") << toQ(cut(ipv4(IPPROTO_TCP, syn), 12)) << AF_INET << "" << "" << "" << ""
                                     << 0 << false << "IPv4 header cut short (12 of 20";
    Bytes bigIhl = ipv4(IPPROTO_UDP, udp(1, 2));
    bigIhl[0] = 0x4f; // 60-byte header in a 28-byte packet
    QTest::newRow("IPv4 IHL too big") << toQ(bigIhl) << AF_INET << "" << "127.0.0.1" << "127.0.0.1" << "" << 0
                                      << false << "header length 60 does not fit";
    Bytes lowTotal = ipv4(IPPROTO_UDP, udp(1, 2));
    packet::put16(lowTotal, 2, 10);
    QTest::newRow("IPv4 total < header") << toQ(lowTotal) << AF_INET << "" << "127.0.0.1" << "127.0.0.1" << ""
                                         << 0 << false << "total length 10 is below";
    QTest::newRow("IPv6 header cut") << toQ(cut(ipv6(IPPROTO_UDP, udp(1, 2)), 39)) << AF_INET6 << "" << "" << ""
                                     << "" << 0 << false << "IPv6 header cut short (39 of 40";
    QTest::newRow("version 5") << QByteArray("\x50\x00\x00\x00", 4) << 0 << "" << "" << "" << "" << 0 << false
                               << "IP version 5";
    QTest::newRow("empty") << QByteArray() << 0 << "" << "" << "" << "" << 0 << false << "empty packet";
    Bytes fragment = ipv4(IPPROTO_UDP, Bytes(16, 0xaa));
    packet::put16(fragment, 6, 0x0003); // offset 24 bytes: no UDP header in here
    QTest::newRow("IPv4 later fragment") << toQ(fragment) << AF_INET << "ip-proto-17" << "127.0.0.1" << "127.0.0.1" << ""
                                         << 16 << false << "";
}

void tst_PacketDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, family);
    QFETCH(QString, transport);
    QFETCH(QString, src);
    QFETCH(QString, dst);
    QFETCH(QString, flags);
    QFETCH(int, payloadLength);
    QFETCH(bool, truncated);
    QFETCH(QString, problem);

    const DecodedPacket d = decode(bytes);
    QCOMPARE(d.family, family);
    QCOMPARE(d.capturedLength, static_cast<std::size_t>(bytes.size()));
    if (!transport.isEmpty() && d.transport != Transport::None)
        QCOMPARE(QString::fromStdString(transportName(d)), transport);
    if (!src.isEmpty()) {
        QCOMPARE(endpoint(d, true), src);
        QCOMPARE(endpoint(d, false), dst);
    }
    QCOMPARE(QString::fromStdString(tcpFlagsText(d.tcpFlags)), flags);
    QCOMPARE(d.payloadLength, static_cast<std::size_t>(payloadLength));
    QCOMPARE(d.truncated, truncated);
    if (problem.isEmpty())
        QCOMPARE(QString::fromStdString(d.problem), QString());
    else
        QVERIFY2(QString::fromStdString(d.problem).contains(problem), d.problem.c_str());
    QVERIFY(d.payloadOffset <= d.capturedLength);
}

void tst_PacketDecoder::tcpFieldsAndOptions()
{
    using namespace packet;
    const Bytes b = ipv4(IPPROTO_TCP, tcp(40000, 7007, 0xfffffff0, 0x01020304, TcpSyn | TcpAck,
                                          linuxSynOptions(123456, 654321), {}, 43690));
    const DecodedPacket d = decodeIpPacket(b.data(), b.size());
    QCOMPARE(d.seq, 0xfffffff0u);
    QCOMPARE(d.ack, 0x01020304u);
    QCOMPARE(d.window, 43690u);
    QCOMPARE(d.ttl, 64);
    QCOMPARE(d.options.mss, 65495);
    QCOMPARE(d.options.windowScale, 7);
    QVERIFY(d.options.sackPermitted);
    QVERIFY(d.options.timestamps);
    QCOMPARE(d.options.tsValue, 123456u);
    QCOMPARE(d.options.tsEcho, 654321u);
    QCOMPARE(QString::fromStdString(d.options.text), u"mss 65495,sackOK,TS val 123456 ecr 654321,nop,wscale 7"_s);
    QCOMPARE(d.payloadOffset, std::size_t(40 + 20));

    // An option whose length runs past the header is named, not trusted.
    const Bytes bad = ipv4(IPPROTO_TCP, tcp(1, 2, 0, 0, TcpSyn, {1, 2, 40, 0}));
    const DecodedPacket b2 = decodeIpPacket(bad.data(), bad.size());
    QCOMPARE(QString::fromStdString(b2.options.text), u"nop,[bad opt]"_s);
    QCOMPARE(b2.options.mss, -1);
}

void tst_PacketDecoder::icmpQuotesTheDatagram()
{
    using namespace packet;
    // What Linux sends back for a UDP datagram to a closed port: the datagram's IP header and the
    // first bytes of its UDP header, inside a port unreachable.
    const Bytes quoted = cut(ipv4(IPPROTO_UDP, udp(45678, 9, "hello"), "127.0.0.1", "127.0.0.5"), 28);
    const Bytes b = ipv4(IPPROTO_ICMP, icmp(3, 3, 0, quoted), "127.0.0.5", "127.0.0.1");
    const DecodedPacket d = decodeIpPacket(b.data(), b.size());
    QCOMPARE(d.transport, Transport::Icmp);
    QCOMPARE(d.icmpType, 3);
    QCOMPARE(d.icmpCode, 3);
    QVERIFY(d.quoted.present);
    QCOMPARE(d.quoted.family, AF_INET);
    QCOMPARE(d.quoted.protocol, int(IPPROTO_UDP));
    QCOMPARE(QString::fromStdString(d.quoted.src), u"127.0.0.1"_s);
    QCOMPARE(QString::fromStdString(d.quoted.dst), u"127.0.0.5"_s);
    QCOMPARE(d.quoted.srcPort, 45678);
    QCOMPARE(d.quoted.dstPort, 9);
    QCOMPARE(QString::fromStdString(icmpDescription(d.family, d.icmpType, d.icmpCode)),
             u"destination unreachable (port unreachable)"_s);

    // ICMPv6: the same in IPv6.
    const Bytes quoted6 = cut(ipv6(IPPROTO_UDP, udp(45678, 9, "hello")), 48);
    const Bytes b6 = ipv6(IPPROTO_ICMPV6, icmp(1, 4, 0, quoted6));
    const DecodedPacket d6 = decodeIpPacket(b6.data(), b6.size());
    QCOMPARE(d6.transport, Transport::Icmpv6);
    QVERIFY(d6.quoted.present);
    QCOMPARE(d6.quoted.family, AF_INET6);
    QCOMPARE(d6.quoted.dstPort, 9);

    // A quote cut before its ports still names the addresses.
    const Bytes shortQuote = ipv4(IPPROTO_ICMP, icmp(3, 3, 0, cut(quoted, 22)));
    const DecodedPacket d2 = decodeIpPacket(shortQuote.data(), shortQuote.size());
    QVERIFY(d2.quoted.present);
    QCOMPARE(d2.quoted.dstPort, -1);

    // An echo request keeps its identifier and sequence, and quotes nothing.
    const Bytes echo = ipv4(IPPROTO_ICMP, icmp(8, 0, 0xbeef0007));
    const DecodedPacket e = decodeIpPacket(echo.data(), echo.size());
    QCOMPARE(e.icmpId, 0xbeef);
    QCOMPARE(e.icmpSeq, 7);
    QVERIFY(!e.quoted.present);
}

void tst_PacketDecoder::ipv6ExtensionHeaders()
{
    using namespace packet;
    // Hop-by-hop (8 bytes), then a destination options header (16 bytes), then UDP.
    Bytes ext = {IPPROTO_DSTOPTS, 0, 1, 4, 0, 0, 0, 0, IPPROTO_UDP, 1};
    ext.resize(8 + 16, 0);
    ext[8 + 2] = 1;
    ext[8 + 3] = 12;
    const Bytes u = udp(7, 8, "xy");
    ext.insert(ext.end(), u.begin(), u.end());
    const Bytes b = ipv6(IPPROTO_HOPOPTS, ext);
    const DecodedPacket d = decodeIpPacket(b.data(), b.size());
    QCOMPARE(QString::fromStdString(d.problem), QString());
    QCOMPARE(d.ipProtocol, int(IPPROTO_UDP));
    QCOMPARE(d.srcPort, 7);
    QCOMPARE(d.payloadLength, std::size_t(2));

    // A chain that claims more than the packet holds stops with a problem, not a read past the end.
    Bytes longExt = {IPPROTO_UDP, 200, 0, 0, 0, 0, 0, 0};
    const Bytes l = ipv6(IPPROTO_HOPOPTS, longExt);
    const DecodedPacket dl = decodeIpPacket(l.data(), l.size());
    QVERIFY(!dl.problem.empty());

    // A later fragment carries no transport header.
    Bytes frag = {IPPROTO_UDP, 0, 0, 8 /* offset 1 */, 0, 0, 0, 1, 0xaa, 0xbb};
    const Bytes f = ipv6(IPPROTO_FRAGMENT, frag);
    const DecodedPacket df = decodeIpPacket(f.data(), f.size());
    QVERIFY(df.fragment);
    QCOMPARE(df.payloadLength, std::size_t(2));
}

void tst_PacketDecoder::neverReadsPastTheEnd()
{
    using namespace packet;
    // Every prefix of every kind of packet: the decoder must stay inside the buffer (ASan watches:
    // each prefix is copied to a buffer of exactly its size) and report consistent offsets.
    const std::vector<Bytes> packets = {
        ipv4(IPPROTO_TCP, tcp(1, 2, 3, 4, TcpSyn, linuxSynOptions(), "data")),
        ipv6(IPPROTO_TCP, tcp(1, 2, 3, 4, TcpAck, {1, 1, 5, 10, 0, 0, 0, 0, 0, 0, 0, 0})),
        ipv4(IPPROTO_ICMP, icmp(3, 3, 0, ipv4(IPPROTO_UDP, udp(1, 2)))),
        ipv6(IPPROTO_ICMPV6, icmp(1, 4, 0, ipv6(IPPROTO_UDP, udp(1, 2)))),
        ipv6(IPPROTO_HOPOPTS, {IPPROTO_UDP, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 8, 0, 0}),
    };
    for (const Bytes& full : packets) {
        for (std::size_t n = 0; n <= full.size(); ++n) {
            const Bytes prefix(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
            const DecodedPacket d = decodeIpPacket(prefix.data(), prefix.size());
            QVERIFY(d.payloadOffset <= n);
            if (n < full.size() && n >= 20)
                QVERIFY2(d.truncated || !d.problem.empty(), qPrintable(QString::number(n)));
        }
    }
}

void tst_PacketDecoder::flagsText_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << "";
    QTest::newRow("SYN") << int(TcpSyn) << "SYN";
    QTest::newRow("SYN-ACK") << int(TcpSyn | TcpAck) << "SYN,ACK";
    QTest::newRow("FIN-ACK") << int(TcpFin | TcpAck) << "ACK,FIN";
    QTest::newRow("PSH-ACK-URG") << int(TcpPsh | TcpAck | TcpUrg) << "ACK,PSH,URG";
    QTest::newRow("all") << 0xff << "SYN,ACK,FIN,RST,PSH,URG,ECE,CWR";
}

void tst_PacketDecoder::flagsText()
{
    QFETCH(int, flags);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(tcpFlagsText(static_cast<std::uint8_t>(flags))), text);
}

void tst_PacketDecoder::icmpWords_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("echo request") << AF_INET << 8 << 0 << "echo request";
    QTest::newRow("echo reply") << AF_INET << 0 << 0 << "echo reply";
    QTest::newRow("port unreachable") << AF_INET << 3 << 3 << "destination unreachable (port unreachable)";
    QTest::newRow("v6 echo request") << AF_INET6 << 128 << 0 << "echo request";
    QTest::newRow("v6 port unreachable") << AF_INET6 << 1 << 4 << "destination unreachable (port unreachable)";
}

void tst_PacketDecoder::icmpWords()
{
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, code);
    QFETCH(QString, words);
    QCOMPARE(QString::fromStdString(icmpDescription(family, type, code)), words);
}

QTEST_APPLESS_MAIN(tst_PacketDecoder)
#include "tst_packetdecoder.moc"
