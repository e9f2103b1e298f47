#include "RelativeSequence.h"

namespace sockscope {

std::string RelativeSequence::key(const std::string& a, int ap, const std::string& b, int bp)
{
    return a + "|" + std::to_string(ap) + "|" + b + "|" + std::to_string(bp);
}

RelativeSequence::Relative RelativeSequence::apply(const DecodedPacket& p)
{
    Relative r;
    if (p.transport != Transport::Tcp || p.srcPort < 0)
        return r;
    const std::string mine = key(p.src, p.srcPort, p.dst, p.dstPort);
    const std::string theirs = key(p.dst, p.dstPort, p.src, p.srcPort);
    const bool syn = p.tcpFlags & TcpSyn;
    // A SYN without ACK opens a connection: forget both directions of an earlier one on this tuple
    // (a port reused after TIME_WAIT).
    if (syn && !(p.tcpFlags & TcpAck)) {
        isn_.erase(theirs);
        isn_[mine] = p.seq;
    } else if (syn) {
        isn_[mine] = p.seq;
    } else if (isn_.find(mine) == isn_.end()) {
        // Joined mid-connection: count from one before this packet's first byte.
        isn_[mine] = p.seq - 1;
    }
    // A bounded table: a flood of short connections must not grow it without end.
    if (isn_.size() > 65536) {
        const std::uint32_t kept = isn_[mine];
        isn_.clear();
        isn_[mine] = kept;
    }
    r.seq = p.seq - isn_[mine];
    if (p.tcpFlags & TcpAck) {
        const auto other = isn_.find(theirs);
        if (other != isn_.end()) {
            r.ack = p.ack - other->second;
            r.ackKnown = true;
        }
    }
    return r;
}

} // namespace sockscope
