#pragma once
// Each TCP endpoint's state as the packets on loopback drive it, by the state diagram of RFC 793
// (the kernel's names: SYN_SENT, ESTABLISHED, FIN_WAIT1 …). On loopback a close runs through
// FIN_WAIT1 and FIN_WAIT2 in microseconds, faster than anyone can ask the kernel, so the page shows
// these inferred states packet by packet and the kernel's own word (sock_diag) beside them as it
// settles. A connection whose handshake came before the capture starts as ESTABLISHED when its
// first packet is plain data or an ACK. Bounded: the connection heard from longest ago goes first.

#include "PacketDecoder.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sockscope {

struct TcpStateChange {
    std::string endpoint; // "127.0.0.1:40000": the side whose state changed
    std::string peer;     // its peer
    std::string from, to; // "ESTABLISHED" → "FIN_WAIT1"; from is empty for a connection first seen
};

class TcpStateTracker {
public:
    static constexpr std::size_t maxConnections = 4096;

    // The changes this TCP packet makes, sender's first; nothing for a packet that changes no state.
    std::vector<TcpStateChange> observe(const DecodedPacket& p);
    // The state the packets left this endpoint in, towards that peer; empty when not seen.
    std::string stateOf(const std::string& endpoint, const std::string& peer) const;
    std::size_t connections() const { return connections_.size(); }
    void clear();

private:
    struct Side {
        std::string state;        // empty: not known yet
        bool finSent = false;
        std::uint32_t finSeq = 0; // the sequence number after its FIN (what the peer's ACK names)
        std::uint32_t synSeq = 0; // the sequence number after its SYN
        bool synSent = false;
    };
    struct Connection {
        Side a, b;               // a: the endpoint that sorts first
        std::uint64_t lastUsed = 0;
    };
    static std::string keyOf(const std::string& x, const std::string& y);
    void evictOldest();

    std::map<std::string, Connection> connections_;
    std::uint64_t clock_ = 0;
};

} // namespace sockscope
