#include "WireTimeline.h"

#include <algorithm>

namespace sockscope {

bool WireTimeline::putsOnTheWire(const std::string& f)
{
    // Not accept or listen: the kernel completes the handshake before accept() returns.
    static const char* const names[] = {"connect", "send", "sendto", "sendmsg", "write", "writev", "shutdown",
                                        "close", "SSL_connect", "SSL_write", "SSL_shutdown"};
    return std::find(std::begin(names), std::end(names), f) != std::end(names);
}

bool WireTimeline::isSocketCall(const std::string& f)
{
    static const char* const names[] = {"socket", "bind", "listen", "accept", "accept4", "recv", "recvfrom",
                                        "recvmsg", "read", "setsockopt", "getsockname", "getpeername", "fcntl",
                                        "dup", "dup2"};
    return putsOnTheWire(f) || std::find(std::begin(names), std::end(names), f) != std::end(names);
}

void WireTimeline::endpointsOf(const WirePacket& p, QString& from, QString& to)
{
    const DecodedPacket& d = p.decoded;
    if (d.quoted.present) {
        // The error travels back from where the datagram went to where it came from.
        from = QString::fromStdString(endpointText(d.quoted.dst, d.quoted.family, d.quoted.dstPort));
        to = QString::fromStdString(endpointText(d.quoted.src, d.quoted.family, d.quoted.srcPort));
        return;
    }
    from = QString::fromStdString(endpointText(d.src, d.family, d.srcPort));
    to = QString::fromStdString(endpointText(d.dst, d.family, d.dstPort));
}

void WireTimeline::addPackets(const QVector<WirePacket>& packets)
{
    for (const WirePacket& p : packets) {
        packets_.push_back(p);
        const DecodedPacket& d = p.decoded;
        if (d.transport == Transport::Tcp) {
            const std::string src = endpointText(d.src, d.family, d.srcPort);
            const std::string dst = endpointText(d.dst, d.family, d.dstPort);
            lastPeer_[src] = dst;
            lastPeer_[dst] = src;
        }
    }
    // Bounded like the packets: past twice the ring's worth of endpoints, keep those still in it.
    if (lastPeer_.size() > 2 * maxPackets) {
        lastPeer_.clear();
        for (const WirePacket& p : packets_)
            if (p.decoded.transport == Transport::Tcp) {
                const DecodedPacket& d = p.decoded;
                lastPeer_[endpointText(d.src, d.family, d.srcPort)] = endpointText(d.dst, d.family, d.dstPort);
                lastPeer_[endpointText(d.dst, d.family, d.dstPort)] = endpointText(d.src, d.family, d.srcPort);
            }
    }
    while (packets_.size() > maxPackets) {
        packets_.pop_front();
        ++droppedPackets_;
    }
    dirty_ = true;
}

void WireTimeline::addCalls(const std::vector<JournalEntry>& entries)
{
    for (const JournalEntry& e : entries) {
        if (e.thread == "wire-capture" || !isSocketCall(e.function))
            continue;
        calls_.push_back(e);
    }
    // The journal numbers calls as they finish, from several threads: a call that started earlier
    // (a blocking recv) may come later. The time line wants them by start time.
    std::stable_sort(calls_.begin(), calls_.end(),
                     [](const JournalEntry& a, const JournalEntry& b) { return a.timeUs < b.timeUs; });
    while (calls_.size() > maxCalls) {
        calls_.pop_front();
        ++droppedCalls_;
    }
    dirty_ = true;
}

void WireTimeline::setKernelStates(const std::vector<KernelTcpState>& states)
{
    kernel_ = states;
}

KernelTcpState WireTimeline::kernelState(const QString& endpoint) const
{
    const std::string e = endpoint.toStdString();
    const auto peer = lastPeer_.find(e);
    const KernelTcpState* listener = nullptr;
    for (const KernelTcpState& k : kernel_) {
        if (k.endpoint != e)
            continue;
        if (peer != lastPeer_.end() && k.peer == peer->second && !k.state.empty())
            return k;
        if (k.peer.empty())
            listener = &k;
    }
    if (listener)
        return *listener;
    for (const KernelTcpState& k : kernel_)
        if (k.endpoint == e && peer != lastPeer_.end() && k.peer == peer->second)
            return k; // the kernel no longer knows the connection: state empty
    return {};
}

void WireTimeline::inferTcpStates()
{
    TcpStateTracker tracker;
    for (WirePacket& p : packets_)
        p.states = tracker.observe(p.decoded);
    dirty_ = true;
}

void WireTimeline::clear()
{
    kernel_.clear();
    lastPeer_.clear();
    packets_.clear();
    calls_.clear();
    droppedPackets_ = droppedCalls_ = 0;
    dirty_ = true;
}

const std::vector<WireTimeline::Row>& WireTimeline::rows() const
{
    if (dirty_)
        rebuild();
    return rows_;
}

QStringList WireTimeline::columns() const
{
    if (dirty_)
        rebuild();
    return columns_;
}

int WireTimeline::columnOf(const QString& endpoint) const
{
    const qsizetype at = columns_.indexOf(endpoint);
    if (at >= 0)
        return static_cast<int>(at);
    if (columns_.size() < maxColumns) {
        columns_ << endpoint;
        return static_cast<int>(columns_.size() - 1);
    }
    return maxColumns - 1;
}

int WireTimeline::rowOfPacket(int index) const
{
    for (std::size_t r = 0; r < rows().size(); ++r)
        if (rows_[r].kind == Row::Packet && rows_[r].index == index)
            return static_cast<int>(r);
    return -1;
}

void WireTimeline::rebuild() const
{
    dirty_ = false;
    rows_.clear();
    columns_.clear();
    rows_.reserve(packets_.size() + calls_.size());
    // Calls before the first packet still show (the socket() and bind() that led to it), but only
    // those of the last second before it: older ones belong to other stories.
    const std::int64_t firstPacket = packets_.empty() ? 0 : packets_.front().captured.timeUs;
    std::size_t c = 0, p = 0;
    int lastCause = -1;
    std::int64_t lastCauseTime = 0;
    while (c < calls_.size() || p < packets_.size()) {
        const bool takeCall =
            p >= packets_.size() || (c < calls_.size() && calls_[c].timeUs <= packets_[p].captured.timeUs);
        if (takeCall) {
            const JournalEntry& e = calls_[c];
            if (packets_.empty() || e.timeUs >= firstPacket - 1000000) {
                Row r;
                r.kind = Row::Call;
                r.timeUs = e.timeUs;
                r.index = static_cast<int>(c);
                rows_.push_back(r);
                if (putsOnTheWire(e.function)) {
                    lastCause = static_cast<int>(c);
                    lastCauseTime = e.timeUs + e.durationUs;
                }
            }
            ++c;
        } else {
            const WirePacket& w = packets_[p];
            QString from, to;
            endpointsOf(w, from, to);
            Row r;
            r.kind = Row::Packet;
            r.timeUs = w.captured.timeUs;
            r.index = static_cast<int>(p);
            r.from = columnOf(from);
            r.to = columnOf(to);
            if (lastCause >= 0 && w.captured.timeUs - lastCauseTime <= causeWindowUs)
                r.cause = lastCause;
            rows_.push_back(r);
            ++p;
        }
    }
}

} // namespace sockscope
