#include "PacketDecoder.h"

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstdio>

namespace sockscope {

namespace {

// Network-order fields read byte by byte: captured bytes promise no alignment.
std::uint16_t be16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] << 8 | p[1]); }
std::uint32_t be32(const std::uint8_t* p)
{
    return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16
        | static_cast<std::uint32_t>(p[2]) << 8 | p[3];
}

std::string addressText(int family, const std::uint8_t* bytes)
{
    char text[INET6_ADDRSTRLEN] = {};
    ::inet_ntop(family, bytes, text, sizeof text);
    return text;
}

void decodeTcpOptions(const std::uint8_t* p, std::size_t size, TcpOptions& o)
{
    std::size_t at = 0;
    auto add = [&o](const std::string& word) { o.text += (o.text.empty() ? "" : ",") + word; };
    while (at < size) {
        const std::uint8_t kind = p[at];
        if (kind == 0) { // end of option list
            add("eol");
            return;
        }
        if (kind == 1) {
            add("nop");
            ++at;
            continue;
        }
        if (at + 1 >= size || p[at + 1] < 2 || at + p[at + 1] > size) {
            add("[bad opt]");
            return;
        }
        const std::size_t len = p[at + 1];
        const std::uint8_t* v = p + at + 2;
        if (kind == 2 && len == 4) {
            o.mss = be16(v);
            add("mss " + std::to_string(o.mss));
        } else if (kind == 3 && len == 3) {
            o.windowScale = v[0];
            add("wscale " + std::to_string(o.windowScale));
        } else if (kind == 4 && len == 2) {
            o.sackPermitted = true;
            add("sackOK");
        } else if (kind == 5 && (len - 2) % 8 == 0) {
            o.sackBlocks = static_cast<int>((len - 2) / 8);
            add("sack " + std::to_string(o.sackBlocks));
        } else if (kind == 8 && len == 10) {
            o.timestamps = true;
            o.tsValue = be32(v);
            o.tsEcho = be32(v + 4);
            add("TS val " + std::to_string(o.tsValue) + " ecr " + std::to_string(o.tsEcho));
        } else {
            add("opt-" + std::to_string(kind));
        }
        at += len;
    }
}

// The IP header (and, when there is room, the ports) that an ICMP error carries after its own header.
void decodeQuoted(const std::uint8_t* p, std::size_t size, QuotedDatagram& q)
{
    if (size < 1)
        return;
    const int version = p[0] >> 4;
    std::size_t header = 0;
    if (version == 4 && size >= 20) {
        header = static_cast<std::size_t>(p[0] & 0x0f) * 4;
        if (header < 20 || header > size)
            return;
        q.family = AF_INET;
        q.protocol = p[9];
        q.src = addressText(AF_INET, p + 12);
        q.dst = addressText(AF_INET, p + 16);
    } else if (version == 6 && size >= 40) {
        header = 40;
        q.family = AF_INET6;
        q.protocol = p[6];
        q.src = addressText(AF_INET6, p + 8);
        q.dst = addressText(AF_INET6, p + 24);
    } else {
        return;
    }
    q.present = true;
    if ((q.protocol == IPPROTO_TCP || q.protocol == IPPROTO_UDP) && size >= header + 4) {
        q.srcPort = be16(p + header);
        q.dstPort = be16(p + header + 2);
    }
}

void decodeTransport(const std::uint8_t* data, std::size_t size, std::size_t at, std::size_t wireEnd,
                     DecodedPacket& d)
{
    // wireEnd: where the datagram ends by its IP header; size: what was captured.
    const std::size_t end = wireEnd < size ? wireEnd : size;
    const std::uint8_t* p = data + at;
    const std::size_t have = end > at ? end - at : 0;
    const std::size_t onWire = wireEnd > at ? wireEnd - at : 0;
    switch (d.ipProtocol) {
    case IPPROTO_TCP: {
        d.transport = Transport::Tcp;
        if (have < 20) {
            d.problem = "TCP header cut short (" + std::to_string(have) + " of 20 bytes)";
            return;
        }
        d.srcPort = be16(p);
        d.dstPort = be16(p + 2);
        d.seq = be32(p + 4);
        d.ack = be32(p + 8);
        const std::size_t header = static_cast<std::size_t>(p[12] >> 4) * 4;
        d.tcpFlags = p[13];
        d.window = be16(p + 14);
        d.urgentPointer = be16(p + 18);
        if (header < 20) {
            d.problem = "TCP data offset " + std::to_string(header) + " is below 20 bytes";
            return;
        }
        if (header > have) {
            d.problem = "TCP options cut short (" + std::to_string(have) + " of " + std::to_string(header) + " bytes)";
            decodeTcpOptions(p + 20, have - 20, d.options);
            return;
        }
        decodeTcpOptions(p + 20, header - 20, d.options);
        d.payloadOffset = at + header;
        d.payloadLength = onWire > header ? onWire - header : 0;
        return;
    }
    case IPPROTO_UDP: {
        d.transport = Transport::Udp;
        if (have < 8) {
            d.problem = "UDP header cut short (" + std::to_string(have) + " of 8 bytes)";
            return;
        }
        d.srcPort = be16(p);
        d.dstPort = be16(p + 2);
        const std::size_t length = be16(p + 4);
        if (length < 8) {
            d.problem = "UDP length " + std::to_string(length) + " is below its 8-byte header";
            return;
        }
        if (length > onWire) {
            d.problem = "UDP length " + std::to_string(length) + " exceeds the IP payload (" + std::to_string(onWire) + ")";
            d.payloadLength = onWire - 8;
        } else {
            d.payloadLength = length - 8;
        }
        d.payloadOffset = at + 8;
        return;
    }
    case IPPROTO_ICMP:
    case IPPROTO_ICMPV6: {
        const bool v6 = d.ipProtocol == IPPROTO_ICMPV6;
        d.transport = v6 ? Transport::Icmpv6 : Transport::Icmp;
        if (have < 4) {
            d.problem = std::string(v6 ? "ICMPv6" : "ICMP") + " header cut short";
            return;
        }
        d.icmpType = p[0];
        d.icmpCode = p[1];
        const bool echo = v6 ? (d.icmpType == 128 || d.icmpType == 129) : (d.icmpType == 0 || d.icmpType == 8);
        const bool error = v6 ? (d.icmpType >= 1 && d.icmpType <= 4)
                              : (d.icmpType == 3 || d.icmpType == 11 || d.icmpType == 12 || d.icmpType == 4);
        if (have >= 8 && echo) {
            d.icmpId = be16(p + 4);
            d.icmpSeq = be16(p + 6);
        }
        if (have >= 8 && error)
            decodeQuoted(p + 8, have - 8, d.quoted);
        d.payloadOffset = at + (have >= 8 ? 8 : have);
        d.payloadLength = onWire > 8 ? onWire - 8 : 0;
        return;
    }
    default:
        d.transport = Transport::Other;
        d.payloadOffset = at;
        d.payloadLength = onWire;
        return;
    }
}

bool isIpv6ExtensionHeader(int next) { return next == 0 || next == 43 || next == 60 || next == 44 || next == 51; }

} // namespace

DecodedPacket decodeIpPacket(const std::uint8_t* data, std::size_t size)
{
    DecodedPacket d;
    d.capturedLength = size;
    if (size < 1) {
        d.problem = "empty packet";
        return d;
    }
    const int version = data[0] >> 4;
    if (version == 4) {
        d.family = AF_INET;
        d.ipVersion = 4;
        if (size < 20) {
            d.problem = "IPv4 header cut short (" + std::to_string(size) + " of 20 bytes)";
            return d;
        }
        const std::size_t header = static_cast<std::size_t>(data[0] & 0x0f) * 4;
        d.ipTotalLength = be16(data + 2);
        d.ttl = data[8];
        d.ipProtocol = data[9];
        d.src = addressText(AF_INET, data + 12);
        d.dst = addressText(AF_INET, data + 16);
        if (header < 20 || header > size) {
            d.problem = "IPv4 header length " + std::to_string(header) + " does not fit";
            return d;
        }
        std::size_t wireEnd = d.ipTotalLength;
        if (wireEnd < header) {
            d.problem = "IPv4 total length " + std::to_string(wireEnd) + " is below its header";
            return d;
        }
        if (wireEnd > size)
            d.truncated = true;
        if ((be16(data + 6) & 0x1fff) != 0) {
            d.fragment = true;
            d.transport = Transport::Other;
            d.payloadOffset = header;
            d.payloadLength = wireEnd - header;
            return d;
        }
        decodeTransport(data, size, header, wireEnd, d);
        return d;
    }
    if (version == 6) {
        d.family = AF_INET6;
        d.ipVersion = 6;
        if (size < 40) {
            d.problem = "IPv6 header cut short (" + std::to_string(size) + " of 40 bytes)";
            return d;
        }
        const std::size_t payload = be16(data + 4);
        d.ipTotalLength = static_cast<std::uint32_t>(40 + payload);
        d.ttl = data[7];
        d.src = addressText(AF_INET6, data + 8);
        d.dst = addressText(AF_INET6, data + 24);
        const std::size_t wireEnd = 40 + payload;
        if (wireEnd > size)
            d.truncated = true;
        int next = data[6];
        std::size_t at = 40;
        // Extension headers, each naming the next; bounded by the packet (a chain cannot loop).
        while (isIpv6ExtensionHeader(next)) {
            if (at + 8 > size || at + 8 > wireEnd) {
                d.ipProtocol = next;
                d.problem = "IPv6 extension header cut short";
                return d;
            }
            const int following = data[at];
            std::size_t length;
            if (next == 44) { // fragment header: fixed 8 bytes; a non-first fragment has no transport header
                length = 8;
                if ((be16(data + at + 2) & 0xfff8) != 0) {
                    d.ipProtocol = following;
                    d.fragment = true;
                    d.transport = Transport::Other;
                    d.payloadOffset = at + 8;
                    d.payloadLength = wireEnd > at + 8 ? wireEnd - at - 8 : 0;
                    return d;
                }
            } else if (next == 51) { // authentication header counts in 4-byte words
                length = (static_cast<std::size_t>(data[at + 1]) + 2) * 4;
            } else {
                length = (static_cast<std::size_t>(data[at + 1]) + 1) * 8;
            }
            at += length;
            next = following;
        }
        d.ipProtocol = next;
        if (at > wireEnd) {
            d.problem = "IPv6 extension headers run past the payload";
            return d;
        }
        if (at > size) { // the last extension header's length points past what was captured
            d.problem = "IPv6 extension header cut short";
            return d;
        }
        decodeTransport(data, size, at, wireEnd, d);
        return d;
    }
    d.problem = "IP version " + std::to_string(version) + " is neither 4 nor 6";
    return d;
}

std::string tcpFlagsText(std::uint8_t flags)
{
    static const struct { std::uint8_t bit; const char* name; } order[] = {
        {TcpSyn, "SYN"}, {TcpAck, "ACK"}, {TcpFin, "FIN"}, {TcpRst, "RST"},
        {TcpPsh, "PSH"}, {TcpUrg, "URG"}, {TcpEce, "ECE"}, {TcpCwr, "CWR"},
    };
    std::string text;
    for (const auto& f : order)
        if (flags & f.bit)
            text += (text.empty() ? "" : ",") + std::string(f.name);
    return text;
}

std::string transportName(const DecodedPacket& p)
{
    switch (p.transport) {
    case Transport::Tcp: return "tcp";
    case Transport::Udp: return "udp";
    case Transport::Icmp: return "icmp";
    case Transport::Icmpv6: return "icmpv6";
    case Transport::Other: return "ip-proto-" + std::to_string(p.ipProtocol);
    case Transport::None: break;
    }
    return "ip";
}

std::string endpointText(const std::string& address, int family, int port)
{
    if (port < 0)
        return address;
    if (family == AF_INET6)
        return "[" + address + "]:" + std::to_string(port);
    return address + ":" + std::to_string(port);
}

std::string icmpDescription(int family, int type, int code)
{
    auto withCode = [code](const char* what, std::initializer_list<const char*> codes) {
        std::string text = what;
        if (code >= 0 && static_cast<std::size_t>(code) < codes.size())
            text += std::string(" (") + codes.begin()[code] + ")";
        else
            text += " (code " + std::to_string(code) + ")";
        return text;
    };
    if (family == AF_INET6) {
        switch (type) {
        case 1: return withCode("destination unreachable", {"no route", "administratively prohibited",
                                                            "beyond scope of source", "address unreachable",
                                                            "port unreachable"});
        case 2: return "packet too big";
        case 3: return withCode("time exceeded", {"hop limit exceeded", "fragment reassembly time exceeded"});
        case 4: return withCode("parameter problem", {"erroneous header field", "unrecognized next header",
                                                      "unrecognized option"});
        case 128: return "echo request";
        case 129: return "echo reply";
        case 133: return "router solicitation";
        case 134: return "router advertisement";
        case 135: return "neighbor solicitation";
        case 136: return "neighbor advertisement";
        default: return "type " + std::to_string(type) + " code " + std::to_string(code);
        }
    }
    switch (type) {
    case 0: return "echo reply";
    case 3: return withCode("destination unreachable", {"net unreachable", "host unreachable",
                                                        "protocol unreachable", "port unreachable",
                                                        "fragmentation needed", "source route failed"});
    case 8: return "echo request";
    case 11: return withCode("time exceeded", {"TTL exceeded in transit", "fragment reassembly time exceeded"});
    case 12: return "parameter problem";
    default: return "type " + std::to_string(type) + " code " + std::to_string(code);
    }
}

} // namespace sockscope
