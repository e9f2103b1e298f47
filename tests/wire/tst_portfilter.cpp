// The capture's BPF program, run by the test's own interpreter (runBpf) exactly as the kernel runs it:
// the ports asked for pass both ways, others do not, ICMP always passes, loopback's outgoing copy
// never does; and the program still assembles with the most ports it allows.
// (The kernel's verdict on the same program: tst_loopbackcapture.)

#include "PacketBuilder.h"
#include "PacketDecoder.h"
#include "PortFilter.h"

#include <QtTest>

#include <netinet/in.h>

using namespace sockscope;
using namespace Qt::StringLiterals;
using packet::Bytes;

namespace {

constexpr std::uint16_t ethIp = 0x0800, ethIpv6 = 0x86dd;
constexpr std::uint32_t host = 0 /* PACKET_HOST */, outgoing = 4 /* PACKET_OUTGOING */;
constexpr std::uint32_t snap = 65536;

QByteArray toQ(const Bytes& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size())); }

std::uint32_t run(const std::vector<BpfInstruction>& program, const QByteArray& b, std::uint16_t protocol,
                  std::uint32_t type)
{
    return runBpf(program, reinterpret_cast<const std::uint8_t*>(b.constData()), static_cast<std::size_t>(b.size()),
                  protocol, type);
}

} // namespace

class tst_PortFilter : public QObject {
    Q_OBJECT
private slots:
    void verdict_data();
    void verdict();
    void everyPortOfTheMost();
    void tooManyPorts();
    void printsAsTcpdumpDoes();
};

void tst_PortFilter::verdict_data()
{
    using namespace packet;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("packetType");
    QTest::addColumn<bool>("kept");

    const QByteArray toPort = toQ(ipv4(IPPROTO_TCP, tcp(40000, 7007, 0, 0, TcpSyn)));
    QTest::newRow("TCP to the port") << toPort << int(ethIp) << int(host) << true;
    QTest::newRow("TCP from the port") << toQ(ipv4(IPPROTO_TCP, tcp(7007, 40000, 0, 0, TcpSyn | TcpAck)))
                                       << int(ethIp) << int(host) << true;
    QTest::newRow("loopback's outgoing copy") << toPort << int(ethIp) << int(outgoing) << false;
    QTest::newRow("TCP, other ports") << toQ(ipv4(IPPROTO_TCP, tcp(40000, 22, 0, 0, TcpSyn))) << int(ethIp)
                                      << int(host) << false;
    QTest::newRow("UDP to the second port") << toQ(ipv4(IPPROTO_UDP, udp(5000, 9))) << int(ethIp) << int(host)
                                            << true;
    QTest::newRow("UDP, other ports") << toQ(ipv4(IPPROTO_UDP, udp(5000, 53))) << int(ethIp) << int(host) << false;
    QTest::newRow("ICMP always") << toQ(ipv4(IPPROTO_ICMP, icmp(3, 3))) << int(ethIp) << int(host) << true;
    Bytes options = ipv4(IPPROTO_TCP, Bytes(4, 0));
    options[0] = 0x46; // a 24-byte IPv4 header: the ports sit 4 bytes later
    options.insert(options.begin() + 20, {0, 0, 0, 0});
    options.resize(24);
    const Bytes t = tcp(1, 7007, 0, 0, TcpSyn);
    options.insert(options.end(), t.begin(), t.end());
    packet::put16(options, 2, static_cast<std::uint16_t>(options.size()));
    QTest::newRow("IPv4 with options") << toQ(options) << int(ethIp) << int(host) << true;
    Bytes fragment = ipv4(IPPROTO_UDP, udp(5000, 9));
    packet::put16(fragment, 6, 0x0010);
    QTest::newRow("later fragment") << toQ(fragment) << int(ethIp) << int(host) << false;
    QTest::newRow("IPv6 TCP to the port") << toQ(ipv6(IPPROTO_TCP, tcp(40000, 7007, 0, 0, TcpSyn))) << int(ethIpv6)
                                          << int(host) << true;
    QTest::newRow("IPv6 UDP, other ports") << toQ(ipv6(IPPROTO_UDP, udp(1, 2))) << int(ethIpv6) << int(host)
                                           << false;
    QTest::newRow("ICMPv6 always") << toQ(ipv6(IPPROTO_ICMPV6, icmp(1, 4))) << int(ethIpv6) << int(host) << true;
    QTest::newRow("ARP") << QByteArray(28, '\0') << 0x0806 << int(host) << false;
    QTest::newRow("cut before the ports") << toQ(cut(ipv4(IPPROTO_TCP, tcp(1, 7007, 0, 0, 0)), 21)) << int(ethIp)
                                          << int(host) << false;
}

void tst_PortFilter::verdict()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, protocol);
    QFETCH(int, packetType);
    QFETCH(bool, kept);
    const auto program = loopbackPortFilter({7007, 9}, snap);
    QVERIFY(!program.empty());
    QCOMPARE(run(program, bytes, static_cast<std::uint16_t>(protocol), static_cast<std::uint32_t>(packetType)) != 0,
             kept);

    // No ports: every IP packet, still never the outgoing copy.
    const auto all = loopbackPortFilter({}, snap);
    const bool ip = protocol == ethIp || protocol == ethIpv6;
    QCOMPARE(run(all, bytes, static_cast<std::uint16_t>(protocol), static_cast<std::uint32_t>(packetType)) != 0,
             ip && packetType != int(outgoing));
}

void tst_PortFilter::everyPortOfTheMost()
{
    std::vector<std::uint16_t> ports;
    for (std::uint16_t p = 0; p < maxFilterPorts; ++p)
        ports.push_back(static_cast<std::uint16_t>(20000 + p * 7));
    const auto program = loopbackPortFilter(ports, snap);
    QVERIFY2(!program.empty(), "the jumps of the most ports allowed must fit in 8 bits");
    for (const std::uint16_t p : ports) {
        const Bytes v4 = packet::ipv4(IPPROTO_TCP, packet::tcp(p, 1, 0, 0, TcpSyn));
        const Bytes v6 = packet::ipv6(IPPROTO_UDP, packet::udp(1, p));
        QVERIFY(runBpf(program, v4.data(), v4.size(), ethIp, host) == snap);
        QVERIFY(runBpf(program, v6.data(), v6.size(), ethIpv6, host) == snap);
    }
    const Bytes other = packet::ipv4(IPPROTO_TCP, packet::tcp(20001, 1, 0, 0, TcpSyn));
    QCOMPARE(runBpf(program, other.data(), other.size(), ethIp, host), 0u);
}

void tst_PortFilter::tooManyPorts()
{
    std::vector<std::uint16_t> ports(maxFilterPorts + 1, 80);
    QVERIFY(loopbackPortFilter(ports, snap).empty());
}

void tst_PortFilter::printsAsTcpdumpDoes()
{
    const auto program = loopbackPortFilter({7007}, snap);
    const QString c = QString::fromStdString(bpfAsC(program));
    QCOMPARE(c.count(u'\n'), static_cast<qsizetype>(program.size()));
    // The first instruction loads the packet type (SKF_AD_OFF + SKF_AD_PKTTYPE).
    QVERIFY2(c.startsWith(u"{ 0x20, 0, 0, 0xfffff004 },"_s), qPrintable(c.left(40)));
    QVERIFY(c.contains(u"0x00001b5f"_s)); // 7007
}

QTEST_APPLESS_MAIN(tst_PortFilter)
#include "tst_portfilter.moc"
