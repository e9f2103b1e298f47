#pragma once
// Hand-made loopback packets for the wire tests: IPv4/IPv6 headers around TCP, UDP and ICMP, with the
// lengths right (or wrong on purpose, by editing the bytes afterwards). Checksums are left zero: the
// decoder does not verify them, and loopback does not either.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include <arpa/inet.h>

namespace packet {

using Bytes = std::vector<std::uint8_t>;

inline void put16(Bytes& b, std::size_t at, std::uint16_t v)
{
    b[at] = static_cast<std::uint8_t>(v >> 8);
    b[at + 1] = static_cast<std::uint8_t>(v);
}

inline void put32(Bytes& b, std::size_t at, std::uint32_t v)
{
    put16(b, at, static_cast<std::uint16_t>(v >> 16));
    put16(b, at + 2, static_cast<std::uint16_t>(v));
}

inline Bytes ipv4(std::uint8_t protocol, const Bytes& payload, const char* src = "127.0.0.1",
                  const char* dst = "127.0.0.1", std::uint8_t ttl = 64)
{
    Bytes b(20, 0);
    b[0] = 0x45;
    put16(b, 2, static_cast<std::uint16_t>(20 + payload.size()));
    put16(b, 6, 0x4000); // don't fragment
    b[8] = ttl;
    b[9] = protocol;
    ::inet_pton(AF_INET, src, b.data() + 12);
    ::inet_pton(AF_INET, dst, b.data() + 16);
    b.insert(b.end(), payload.begin(), payload.end());
    return b;
}

inline Bytes ipv6(std::uint8_t next, const Bytes& payload, const char* src = "::1", const char* dst = "::1")
{
    Bytes b(40, 0);
    b[0] = 0x60;
    put16(b, 4, static_cast<std::uint16_t>(payload.size()));
    b[6] = next;
    b[7] = 64;
    ::inet_pton(AF_INET6, src, b.data() + 8);
    ::inet_pton(AF_INET6, dst, b.data() + 24);
    b.insert(b.end(), payload.begin(), payload.end());
    return b;
}

// `options` must be a multiple of four bytes long.
inline Bytes tcp(std::uint16_t sport, std::uint16_t dport, std::uint32_t seq, std::uint32_t ack, std::uint8_t flags,
                 const Bytes& options = {}, const std::string& data = {}, std::uint16_t window = 65535)
{
    Bytes b(20, 0);
    put16(b, 0, sport);
    put16(b, 2, dport);
    put32(b, 4, seq);
    put32(b, 8, ack);
    b[12] = static_cast<std::uint8_t>(((20 + options.size()) / 4) << 4);
    b[13] = flags;
    put16(b, 14, window);
    b.insert(b.end(), options.begin(), options.end());
    b.insert(b.end(), data.begin(), data.end());
    return b;
}

inline Bytes udp(std::uint16_t sport, std::uint16_t dport, const std::string& data = {})
{
    Bytes b(8, 0);
    put16(b, 0, sport);
    put16(b, 2, dport);
    put16(b, 4, static_cast<std::uint16_t>(8 + data.size()));
    b.insert(b.end(), data.begin(), data.end());
    return b;
}

// An ICMP (or ICMPv6) message: type, code, four bytes of "rest of header", then `body`.
inline Bytes icmp(std::uint8_t type, std::uint8_t code, std::uint32_t rest = 0, const Bytes& body = {})
{
    Bytes b(8, 0);
    b[0] = type;
    b[1] = code;
    put32(b, 4, rest);
    b.insert(b.end(), body.begin(), body.end());
    return b;
}

// The options a Linux SYN carries on loopback: mss 65495, sackOK, TS, nop, wscale 7.
inline Bytes linuxSynOptions(std::uint32_t tsval = 1, std::uint32_t tsecr = 0)
{
    Bytes o = {2, 4, 0xff, 0xd7, 4, 2, 8, 10, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3, 7};
    put32(o, 8, tsval);
    put32(o, 12, tsecr);
    return o;
}

inline Bytes cut(Bytes b, std::size_t size)
{
    b.resize(size);
    return b;
}

} // namespace packet
