#pragma once
// One packet as the capture sees it on loopback (an IPv4 or IPv6 datagram, no link header), decoded
// as far as its bytes are valid: IP, then TCP (flags, sequence numbers, window, options), UDP, or
// ICMP/ICMPv6 with the header an error message quotes. A truncated or malformed packet is never an
// error: the decoder stops at the first field that does not fit and says where (`problem`).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

// TCP header flag bits, as in the header's 13th byte.
enum TcpFlag : std::uint8_t {
    TcpFin = 0x01, TcpSyn = 0x02, TcpRst = 0x04, TcpPsh = 0x08,
    TcpAck = 0x10, TcpUrg = 0x20, TcpEce = 0x40, TcpCwr = 0x80,
};

enum class Transport { None, Tcp, Udp, Icmp, Icmpv6, Other };

struct TcpOptions {
    int mss = -1;              // -1: absent
    int windowScale = -1;
    bool sackPermitted = false;
    int sackBlocks = 0;
    bool timestamps = false;
    std::uint32_t tsValue = 0, tsEcho = 0;
    std::string text;          // "mss 65495,sackOK,TS val 1 ecr 0,nop,wscale 7", tcpdump's spelling
};

// What an ICMP error quotes of the datagram that caused it: enough to name that datagram's socket.
struct QuotedDatagram {
    bool present = false;
    int family = 0;
    std::string src, dst;      // numeric addresses
    int protocol = 0;
    int srcPort = -1, dstPort = -1;
};

struct DecodedPacket {
    std::size_t capturedLength = 0;
    int family = 0;            // AF_INET, AF_INET6; 0 when not even the IP version could be read
    int ipVersion = 0;         // 4 or 6 (the same, for front ends that include no socket header)
    std::string src, dst;      // numeric addresses
    int ttl = -1;              // TTL or hop limit
    int ipProtocol = -1;       // the transport's protocol number (after IPv6 extension headers)
    std::uint32_t ipTotalLength = 0; // from the IP header: what was on the wire
    bool fragment = false;     // a non-first fragment: no transport header in it
    Transport transport = Transport::None;
    int srcPort = -1, dstPort = -1;

    // TCP
    std::uint8_t tcpFlags = 0;
    std::uint32_t seq = 0, ack = 0;
    std::uint32_t window = 0;  // as in the header (not scaled)
    std::uint16_t urgentPointer = 0;
    TcpOptions options;

    // ICMP and ICMPv6
    int icmpType = -1, icmpCode = -1;
    int icmpId = -1, icmpSeq = -1;    // echo request and reply
    QuotedDatagram quoted;

    std::size_t payloadOffset = 0;    // where the transport's payload starts in the captured bytes
    std::size_t payloadLength = 0;    // payload bytes by the headers' lengths (may exceed what was captured)
    bool truncated = false;           // the capture holds fewer bytes than the headers announce
    std::string problem;              // empty, or the first field that did not fit or made no sense
};

DecodedPacket decodeIpPacket(const std::uint8_t* data, std::size_t size);

// "SYN,ACK": the CLI's spelling, in the order SYN, ACK, FIN, RST, PSH, URG (ECE and CWR after them).
std::string tcpFlagsText(std::uint8_t flags);

// "tcp", "udp", "icmp", "icmpv6", or the protocol number.
std::string transportName(const DecodedPacket& p);

// "127.0.0.1:7007", "[::1]:7007", or the bare address when the packet has no ports.
std::string endpointText(const std::string& address, int family, int port);

// ICMP and ICMPv6 types and codes in words: "destination unreachable (port unreachable)".
std::string icmpDescription(int family, int type, int code);

} // namespace sockscope
