#include "IcmpEchoPacket.h"

#include "PacketDecoder.h"

#include <cstdio>

namespace sockscope {

namespace {

void put16(std::string& b, std::size_t at, std::uint16_t v)
{
    b[at] = static_cast<char>(v >> 8);
    b[at + 1] = static_cast<char>(v & 0xff);
}

std::uint16_t get16(const std::string& b, std::size_t at)
{
    return static_cast<std::uint16_t>(static_cast<std::uint8_t>(b[at]) << 8 | static_cast<std::uint8_t>(b[at + 1]));
}

std::string hex(unsigned v, int digits = 4)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%0*x", digits, v);
    return buf;
}

std::string n(long v) { return std::to_string(v); }

} // namespace

EchoRequest buildEchoRequest(bool v6, std::uint16_t id, std::uint16_t seq, const std::string& payload)
{
    EchoRequest r;
    r.bytes.assign(icmpHeaderSize, '\0');
    r.bytes[0] = static_cast<char>(v6 ? icmp6EchoRequest : icmpEchoRequest);
    r.bytes[1] = 0;
    put16(r.bytes, 4, id);
    put16(r.bytes, 6, seq);
    r.bytes += payload;
    if (!v6) {
        r.checksum = internetChecksum(r.bytes);
        put16(r.bytes, 2, r.checksum.checksum);
    }
    r.fields = {{"type", n(v6 ? icmp6EchoRequest : icmpEchoRequest) + " (echo request)"},
                {"code", "0"},
                {"checksum", v6 ? std::string("0 (the kernel fills it in)") : hex(r.checksum.checksum)},
                {"identifier", n(id)},
                {"sequence", n(seq)},
                {"payload", n(static_cast<long>(payload.size())) + " bytes"}};
    return r;
}

Ipv4Packet buildIpv4Packet(std::uint16_t ipId, const std::string& icmp)
{
    Ipv4Packet p;
    p.bytes.assign(ipv4HeaderSize, '\0');
    const auto total = static_cast<std::uint16_t>(ipv4HeaderSize + icmp.size());
    p.bytes[0] = 0x45; // version 4, IHL 5 words
    p.bytes[1] = 0;    // DSCP 0, ECN 0
    put16(p.bytes, 2, total);
    put16(p.bytes, 4, ipId);
    put16(p.bytes, 6, 0x4000); // DF, fragment offset 0
    p.bytes[8] = 64;           // TTL
    p.bytes[9] = 1;            // ICMP
    for (const std::size_t at : {12u, 16u}) { // 127.0.0.1 both ways
        p.bytes[at] = 127;
        p.bytes[at + 3] = 1;
    }
    p.checksum = internetChecksum(p.bytes);
    put16(p.bytes, 10, p.checksum.checksum);
    p.bytes += icmp;
    p.fields = {{"version", "4"},
                {"IHL", "5 (20 bytes, no options)"},
                {"DSCP/ECN", "0"},
                {"total length", n(total)},
                {"identification", n(ipId)},
                {"flags", "DF (0x4000), fragment offset 0"},
                {"TTL", "64"},
                {"protocol", "1 (ICMP)"},
                {"header checksum", hex(p.checksum.checksum)},
                {"source", "127.0.0.1"},
                {"destination", "127.0.0.1"}};
    return p;
}

EchoReply parseEchoReply(const std::string& bytes, bool withIpHeader, bool v6)
{
    EchoReply r;
    r.hasIpHeader = withIpHeader;
    std::size_t at = 0;
    if (withIpHeader) {
        const DecodedPacket d = decodeIpPacket(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        if (d.ipVersion != 4 || d.transport != Transport::Icmp) {
            r.problem = d.problem.empty() ? "not an ICMP datagram" : d.problem;
            return r;
        }
        r.from = d.src;
        r.ttl = d.ttl;
        at = (static_cast<std::uint8_t>(bytes[0]) & 0x0f) * 4u; // IHL, in 32-bit words
        r.fields = {{"IP source", d.src}, {"IP destination", d.dst}, {"TTL", n(d.ttl)},
                    {"IP total length", n(static_cast<long>(d.ipTotalLength))},
                    {"IP header", n(static_cast<long>(at)) + " bytes"}};
    }
    if (bytes.size() < at + icmpHeaderSize) {
        r.problem = "shorter than an ICMP header";
        return r;
    }
    const std::string icmp = bytes.substr(at);
    r.valid = true;
    r.type = static_cast<std::uint8_t>(icmp[0]);
    r.code = static_cast<std::uint8_t>(icmp[1]);
    r.checksum = get16(icmp, 2);
    r.id = get16(icmp, 4);
    r.seq = get16(icmp, 6);
    r.payload = icmp.substr(icmpHeaderSize);
    r.payloadSize = r.payload.size();
    // Summing a message with its checksum in place gives 0xffff, so the complement is 0.
    r.checksumOk = !v6 && internetChecksum(icmp).checksum == 0;
    const bool reply = r.type == (v6 ? icmp6EchoReply : icmpEchoReply);
    r.fields.push_back({"type", n(r.type) + (reply ? " (echo reply)" : "")});
    r.fields.push_back({"code", n(r.code)});
    r.fields.push_back({"checksum", hex(r.checksum) + (v6 ? "" : r.checksumOk ? " (verified)" : " (wrong)")});
    r.fields.push_back({"identifier", n(r.id)});
    r.fields.push_back({"sequence", n(r.seq)});
    r.fields.push_back({"payload", n(static_cast<long>(r.payloadSize)) + " bytes"});
    return r;
}

} // namespace sockscope
