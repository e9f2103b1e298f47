#pragma once
// The lab's ICMP echo by hand: the echo request's bytes (type, code, checksum, identifier, sequence,
// payload), an IPv4 header around it for IP_HDRINCL, and the reply read back, as the socket gave it
// (with the IP header on a raw IPv4 socket, without on a ping or ICMPv6 socket). Plain bytes, no calls.

#include "InternetChecksum.h"
#include "SocketLabTypes.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sockscope {

inline constexpr int icmpEchoRequest = 8, icmpEchoReply = 0;     // ICMP (IPv4)
inline constexpr int icmp6EchoRequest = 128, icmp6EchoReply = 129; // ICMPv6
inline constexpr std::size_t icmpHeaderSize = 8;
inline constexpr std::size_t ipv4HeaderSize = 20;
// The largest payload: an IPv4 datagram of 65535 bytes holds 20 of IP header and 8 of ICMP header.
inline constexpr std::size_t maxEchoPayload = 65535 - ipv4HeaderSize - icmpHeaderSize;

struct EchoRequest {
    std::string bytes;          // the ICMP message, checksum filled in (ICMPv6: left 0, the kernel fills it)
    ChecksumTrace checksum;     // how the checksum was reached (empty words for ICMPv6)
    std::vector<LabField> fields;
};

// `v6`: an ICMPv6 echo request (type 128), whose checksum covers a pseudo-header of the IPv6
// addresses: the kernel computes it (the socket's IPV6_CHECKSUM), so it stays 0 here.
EchoRequest buildEchoRequest(bool v6, std::uint16_t id, std::uint16_t seq, const std::string& payload);

struct Ipv4Packet {
    std::string bytes;          // the header and the ICMP message after it
    ChecksumTrace checksum;     // of the 20-byte header
    std::vector<LabField> fields;
};

// A 20-byte IPv4 header (no options) from 127.0.0.1 to 127.0.0.1, protocol ICMP, around `icmp`.
Ipv4Packet buildIpv4Packet(std::uint16_t ipId, const std::string& icmp);

struct EchoReply {
    bool valid = false;         // an ICMP message could be read
    bool hasIpHeader = false;
    int type = -1, code = -1;
    int id = -1, seq = -1;
    std::uint16_t checksum = 0;
    bool checksumOk = false;    // the message (IPv4: its checksum) sums to 0xffff; ICMPv6: not checked here
    std::string from;           // the IPv4 header's source, when there is one
    int ttl = -1;
    std::size_t payloadSize = 0;
    std::string payload;
    std::vector<LabField> fields;
    std::string problem;
};

// `withIpHeader`: the bytes begin with an IPv4 header (a raw IPv4 socket's recv); decoded with the
// capture's PacketDecoder then. `v6`: ICMPv6 types.
EchoReply parseEchoReply(const std::string& bytes, bool withIpHeader, bool v6);

} // namespace sockscope
