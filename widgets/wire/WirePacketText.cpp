#include "WirePacketText.h"

#include "PayloadCodec.h"

#include <QCoreApplication>

namespace sockscope {

namespace {

// The context lupdate files these strings under.
struct WirePacketText {
    Q_DECLARE_TR_FUNCTIONS(WirePacketText)
};

QString endpoint(const DecodedPacket& d, bool source)
{
    return QString::fromStdString(endpointText(source ? d.src : d.dst, d.family, source ? d.srcPort : d.dstPort));
}

} // namespace

QString wireArrowLabel(const WirePacket& packet)
{
    const DecodedPacket& d = packet.decoded;
    switch (d.transport) {
    case Transport::Tcp: {
        QString s = QString::fromStdString(tcpFlagsText(d.tcpFlags)) + WirePacketText::tr(" seq %1").arg(packet.relative.seq);
        if (packet.relative.ackKnown)
            s += WirePacketText::tr(" ack %1").arg(packet.relative.ack);
        if (d.payloadLength)
            s += WirePacketText::tr(" len %1").arg(d.payloadLength);
        s += WirePacketText::tr(" win %1").arg(d.window);
        if (d.options.mss >= 0)
            s += WirePacketText::tr(" mss %1").arg(d.options.mss);
        return s;
    }
    case Transport::Udp:
        return WirePacketText::tr("UDP, %n byte(s)", nullptr, static_cast<int>(d.payloadLength));
    case Transport::Icmp:
    case Transport::Icmpv6:
        return QString::fromStdString(icmpDescription(d.family, d.icmpType, d.icmpCode));
    case Transport::Other:
        return WirePacketText::tr("IP protocol %1").arg(d.ipProtocol);
    case Transport::None:
        break;
    }
    return d.problem.empty() ? WirePacketText::tr("not an IP packet") : QString::fromStdString(d.problem);
}

QString wirePacketDetail(const WirePacket& packet)
{
    const DecodedPacket& d = packet.decoded;
    const CapturedPacket& c = packet.captured;
    QStringList lines;
    lines << WirePacketText::tr("Packet %1: %n byte(s) on the wire", nullptr, static_cast<int>(c.wireLength)).arg(packet.number);
    if (d.ipVersion == 4 || d.ipVersion == 6) {
        lines << (d.ipVersion == 4 ? WirePacketText::tr("IPv4 %1 → %2, TTL %3, total length %4")
                                      : WirePacketText::tr("IPv6 %1 → %2, hop limit %3, payload and headers %4"))
                     .arg(QString::fromStdString(d.src), QString::fromStdString(d.dst))
                     .arg(d.ttl)
                     .arg(d.ipTotalLength);
        if (d.fragment)
            lines << WirePacketText::tr("  a later fragment: its transport header is in the first one");
    }
    switch (d.transport) {
    case Transport::Tcp:
        lines << WirePacketText::tr("TCP %1 → %2").arg(endpoint(d, true), endpoint(d, false));
        lines << WirePacketText::tr("  flags %1").arg(QString::fromStdString(tcpFlagsText(d.tcpFlags)));
        lines << WirePacketText::tr("  seq %1 (relative; raw %2)").arg(packet.relative.seq).arg(d.seq);
        if (d.tcpFlags & TcpAck)
            lines << (packet.relative.ackKnown ? WirePacketText::tr("  ack %1 (relative; raw %2)").arg(packet.relative.ack).arg(d.ack)
                                               : WirePacketText::tr("  ack %1 (raw: the other side's first packet was not seen)")
                                                     .arg(d.ack));
        lines << WirePacketText::tr("  window %1 (as sent: the window scale from the SYN multiplies it)").arg(d.window);
        if (d.tcpFlags & TcpUrg)
            lines << WirePacketText::tr("  urgent pointer %1 (MSG_OOB)").arg(d.urgentPointer);
        if (!d.options.text.empty())
            lines << WirePacketText::tr("  options: %1").arg(QString::fromStdString(d.options.text));
        lines << WirePacketText::tr("  payload: %n byte(s)", nullptr, static_cast<int>(d.payloadLength));
        for (const TcpStateChange& change : packet.states)
            lines << (change.from.empty()
                          ? WirePacketText::tr("  TCP state of %1: %2 (first seen; inferred from the packets)")
                                .arg(QString::fromStdString(change.endpoint), QString::fromStdString(change.to))
                          : WirePacketText::tr("  TCP state of %1: %2 → %3 (inferred from the packets)")
                                .arg(QString::fromStdString(change.endpoint), QString::fromStdString(change.from),
                                     QString::fromStdString(change.to)));
        break;
    case Transport::Udp:
        lines << WirePacketText::tr("UDP %1 → %2, %n byte(s) of payload", nullptr, static_cast<int>(d.payloadLength))
                     .arg(endpoint(d, true), endpoint(d, false));
        break;
    case Transport::Icmp:
    case Transport::Icmpv6:
        lines << WirePacketText::tr("%1 type %2 code %3: %4")
                     .arg(d.transport == Transport::Icmp ? QStringLiteral("ICMP") : QStringLiteral("ICMPv6"))
                     .arg(d.icmpType)
                     .arg(d.icmpCode)
                     .arg(QString::fromStdString(icmpDescription(d.family, d.icmpType, d.icmpCode)));
        if (d.icmpId >= 0)
            lines << WirePacketText::tr("  identifier %1, sequence %2").arg(d.icmpId).arg(d.icmpSeq);
        if (d.quoted.present)
            lines << WirePacketText::tr("  it quotes the datagram %1 → %2 (protocol %3): the sender's socket gets the error")
                         .arg(QString::fromStdString(endpointText(d.quoted.src, d.quoted.family, d.quoted.srcPort)),
                              QString::fromStdString(endpointText(d.quoted.dst, d.quoted.family, d.quoted.dstPort)))
                         .arg(d.quoted.protocol);
        break;
    case Transport::Other:
        lines << WirePacketText::tr("IP protocol %1").arg(d.ipProtocol);
        break;
    case Transport::None:
        break;
    }
    if (d.truncated)
        lines << WirePacketText::tr("Cut: the capture kept %n byte(s) of this packet", nullptr, static_cast<int>(c.bytes.size()));
    if (!d.problem.empty())
        lines << WirePacketText::tr("Could not decode further: %1").arg(QString::fromStdString(d.problem));
    lines << QString() << WirePacketText::tr("Bytes, from the IP header on:");
    lines << QString::fromStdString(hexDump(reinterpret_cast<const char*>(c.bytes.data()), c.bytes.size()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace sockscope
