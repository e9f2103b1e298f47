#include "TcpStateTracker.h"

#include <algorithm>

namespace sockscope {

namespace {

// a acknowledges up to b or beyond, in 32-bit sequence space.
bool seqAtLeast(std::uint32_t a, std::uint32_t b)
{
    return static_cast<std::int32_t>(a - b) >= 0;
}

} // namespace

std::string TcpStateTracker::keyOf(const std::string& x, const std::string& y)
{
    return x < y ? x + "|" + y : y + "|" + x;
}

void TcpStateTracker::clear()
{
    connections_.clear();
    clock_ = 0;
}

void TcpStateTracker::evictOldest()
{
    auto oldest = std::min_element(connections_.begin(), connections_.end(), [](const auto& l, const auto& r) {
        return l.second.lastUsed < r.second.lastUsed;
    });
    if (oldest != connections_.end())
        connections_.erase(oldest);
}

std::string TcpStateTracker::stateOf(const std::string& endpoint, const std::string& peer) const
{
    auto it = connections_.find(keyOf(endpoint, peer));
    if (it == connections_.end())
        return {};
    return endpoint < peer || endpoint == peer ? it->second.a.state : it->second.b.state;
}

std::vector<TcpStateChange> TcpStateTracker::observe(const DecodedPacket& p)
{
    std::vector<TcpStateChange> changes;
    if (p.transport != Transport::Tcp || p.srcPort < 0 || p.dstPort < 0)
        return changes;
    const std::string src = endpointText(p.src, p.family, p.srcPort);
    const std::string dst = endpointText(p.dst, p.family, p.dstPort);
    const std::string key = keyOf(src, dst);
    auto it = connections_.find(key);
    if (it == connections_.end()) {
        if (connections_.size() >= maxConnections)
            evictOldest();
        it = connections_.emplace(key, Connection{}).first;
    }
    Connection& c = it->second;
    c.lastUsed = ++clock_;
    const bool srcIsA = src <= dst;
    Side& sender = srcIsA ? c.a : c.b;
    Side& receiver = srcIsA ? c.b : c.a;
    const std::string before[2] = {sender.state, receiver.state};

    const std::uint8_t f = p.tcpFlags;
    const bool syn = f & TcpSyn, ack = f & TcpAck, fin = f & TcpFin, rst = f & TcpRst;
    if (rst) {
        sender.state = "CLOSE";
        receiver.state = "CLOSE";
    } else if (syn && !ack) {
        // A new connection on this four-tuple starts afresh.
        sender = Side{};
        receiver = Side{};
        sender.state = "SYN_SENT";
        sender.synSent = true;
        sender.synSeq = p.seq + 1;
        receiver.state = "SYN_RECV";
    } else if (syn && ack) {
        sender.synSent = true;
        sender.synSeq = p.seq + 1;
        if (sender.state.empty() || sender.state == "SYN_RECV" || sender.state == "LISTEN")
            sender.state = "SYN_RECV";
        if (receiver.state.empty() || receiver.state == "SYN_SENT")
            receiver.state = "ESTABLISHED";
    } else {
        // A connection first seen after its handshake.
        if (sender.state.empty())
            sender.state = "ESTABLISHED";
        if (receiver.state.empty())
            receiver.state = "ESTABLISHED";
        if (ack) {
            // The receiver's SYN or FIN acknowledged.
            if (receiver.state == "SYN_RECV" && (!receiver.synSent || seqAtLeast(p.ack, receiver.synSeq)))
                receiver.state = "ESTABLISHED";
            if (receiver.finSent && seqAtLeast(p.ack, receiver.finSeq)) {
                if (receiver.state == "FIN_WAIT1")
                    receiver.state = "FIN_WAIT2";
                else if (receiver.state == "CLOSING")
                    receiver.state = "TIME_WAIT";
                else if (receiver.state == "LAST_ACK")
                    receiver.state = "CLOSE";
            }
        }
        if (fin) {
            sender.finSent = true;
            sender.finSeq = p.seq + static_cast<std::uint32_t>(p.payloadLength) + 1;
            if (sender.state == "ESTABLISHED" || sender.state == "SYN_RECV")
                sender.state = "FIN_WAIT1";
            else if (sender.state == "CLOSE_WAIT")
                // A FIN that does not acknowledge the peer's was sent before the peer's FIN arrived:
                // both closed at once (CLOSING), not one after the other (LAST_ACK).
                sender.state = ack && receiver.finSent && !seqAtLeast(p.ack, receiver.finSeq) ? "CLOSING" : "LAST_ACK";
            // The receiver gets the FIN.
            if (receiver.state == "ESTABLISHED")
                receiver.state = "CLOSE_WAIT";
            else if (receiver.state == "FIN_WAIT1")
                receiver.state = "CLOSING"; // both closed at once; its own FIN not acknowledged yet
            else if (receiver.state == "FIN_WAIT2")
                receiver.state = "TIME_WAIT";
        }
    }
    if (sender.state != before[0])
        changes.push_back({src, dst, before[0], sender.state});
    if (receiver.state != before[1])
        changes.push_back({dst, src, before[1], receiver.state});
    return changes;
}

} // namespace sockscope
