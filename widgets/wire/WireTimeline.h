#pragma once
// What the ladder draws: the captured packets and the socket calls from the journal, merged on one
// time line (both carry wall-clock microseconds), with each packet's two endpoints as columns.
// An ICMP error is drawn between the endpoints of the datagram it quotes, so the "port unreachable"
// arrow returns to the socket that sent to the closed port. Each packet is tied to the call that
// most likely caused it: the last call before it, within a few milliseconds, that puts something on
// the wire (connect, send, shutdown, close…). Bounded: the oldest packets and calls go first, counted.

#include "CallJournal.h"
#include "WireCaptureService.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <deque>
#include <map>
#include <vector>

namespace sockscope {

class WireTimeline {
public:
    static constexpr std::size_t maxPackets = 20000;
    static constexpr std::size_t maxCalls = 5000;
    static constexpr int maxColumns = 6;          // beyond: the last column holds every other endpoint
    static constexpr std::int64_t causeWindowUs = 20000;

    struct Row {
        enum Kind { Call, Packet } kind = Call;
        std::int64_t timeUs = 0;
        int index = 0;        // into packets() or calls()
        int from = -1, to = -1; // columns, for a packet
        int cause = -1;       // for a packet: the calls() index of its likely cause, or -1
    };

    void addPackets(const QVector<WirePacket>& packets);
    // Keeps the calls that concern sockets and the wire; drops the capture's own.
    void addCalls(const std::vector<JournalEntry>& entries);
    void clear();
    // The kernel's latest word on the endpoints' connections (replaces the previous sample).
    void setKernelStates(const std::vector<KernelTcpState>& states);
    // What the kernel says of this column's endpoint: its connection with the peer it last exchanged
    // packets with, or its listener. Empty when the kernel was not asked or knows nothing of it.
    KernelTcpState kernelState(const QString& endpoint) const;
    // Recomputes each packet's TCP state changes from the packets themselves (a recorded session,
    // whose packets came without them).
    void inferTcpStates();

    const std::vector<Row>& rows() const;
    QStringList columns() const;  // endpoint texts: "127.0.0.1:40000"
    const std::deque<WirePacket>& packets() const { return packets_; }
    const std::deque<JournalEntry>& calls() const { return calls_; }
    std::uint64_t droppedPackets() const { return droppedPackets_; }
    std::uint64_t droppedCalls() const { return droppedCalls_; }
    // The row of packets()[index], or -1.
    int rowOfPacket(int index) const;

    // Calls that make the kernel send: a packet right after one of them is its doing.
    static bool putsOnTheWire(const std::string& function);
    // Calls worth a row on the ladder (socket calls); name lookups and the like are not.
    static bool isSocketCall(const std::string& function);
    // The two endpoints a packet is drawn between.
    static void endpointsOf(const WirePacket& p, QString& from, QString& to);

private:
    void rebuild() const;
    int columnOf(const QString& endpoint) const;

    std::deque<WirePacket> packets_;
    std::deque<JournalEntry> calls_;
    std::uint64_t droppedPackets_ = 0, droppedCalls_ = 0;
    std::vector<KernelTcpState> kernel_;
    std::map<std::string, std::string> lastPeer_; // endpoint → the peer of its latest packet
    mutable bool dirty_ = true;
    mutable std::vector<Row> rows_;
    mutable QStringList columns_;
};

} // namespace sockscope
