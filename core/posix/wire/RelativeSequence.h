#pragma once
// Sequence and acknowledgement numbers relative to each direction's initial sequence number, as
// Wireshark shows them: the SYN is seq 0, the first data byte seq 1. The first packet seen in a
// direction fixes its ISN (its SYN when the capture saw the handshake); a new SYN on the same
// four-tuple starts a new connection.

#include "PacketDecoder.h"

#include <cstdint>
#include <map>
#include <string>

namespace sockscope {

class RelativeSequence {
public:
    struct Relative {
        std::uint32_t seq = 0;
        std::uint32_t ack = 0;   // 0 when the packet carries no ACK, or the other ISN is not known yet
        bool ackKnown = false;
    };

    // For a TCP packet; learns the ISNs as it goes.
    Relative apply(const DecodedPacket& p);
    void clear() { isn_.clear(); }
    std::size_t connections() const { return isn_.size(); }

private:
    // One direction of one connection: "src|sport|dst|dport".
    static std::string key(const std::string& a, int ap, const std::string& b, int bp);
    std::map<std::string, std::uint32_t> isn_;
};

} // namespace sockscope
