#pragma once
// Live counters of an echo server. Writers are the engine's threads (relaxed atomics, cheap on the
// data path); readers take a snapshot at any time.

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

struct EchoTotals {
    std::uint64_t current = 0;     // connections open now (stream) or peers seen recently (datagram)
    std::uint64_t total = 0;       // accepted since start
    std::uint64_t refused = 0;     // accepted then closed at once: over max connections
    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;
    std::uint64_t messagesIn = 0;  // recv calls that returned data (stream) or datagrams
    std::uint64_t messagesOut = 0;
    std::uint64_t errors = 0;
    std::uint64_t truncated = 0;   // datagrams larger than the buffer
    std::uint64_t acceptPauses = 0; // EMFILE/ENFILE pauses
};

class EchoCounters {
public:
    void add(std::atomic<std::uint64_t>& c, std::uint64_t n = 1) { c.fetch_add(n, std::memory_order_relaxed); }
    EchoTotals snapshot() const;

    std::atomic<std::uint64_t> current{0}, total{0}, refused{0}, bytesIn{0}, bytesOut{0}, messagesIn{0},
        messagesOut{0}, errors{0}, truncated{0}, acceptPauses{0};
};

// Adds to a counter that only one thread writes: a plain load and store, no locked instruction,
// while other threads may still read it at any time.
inline void bumpSingleWriter(std::atomic<std::uint64_t>& counter, std::uint64_t n = 1)
{
    counter.store(counter.load(std::memory_order_relaxed) + n, std::memory_order_relaxed);
}

// Data-path counters of one event loop, on a cache line of their own so that workers never share one.
struct alignas(64) IoCounters {
    std::atomic<std::uint64_t> bytesIn{0}, bytesOut{0}, messagesIn{0}, messagesOut{0};
};

// One row of the connection table.
struct EchoConnectionInfo {
    std::uint64_t id = 0;
    int fd = -1;
    std::string peer;
    std::string local;
    std::int64_t startedUs = 0; // steady-clock microseconds
    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;
    std::string state;          // "open", "reading paused", "half-closed", "closing"
    std::uint64_t socketId = 0; // its SocketRegistry id (0: not registered, as in the fork engine)
};

inline EchoTotals EchoCounters::snapshot() const
{
    const auto r = [](const std::atomic<std::uint64_t>& a) { return a.load(std::memory_order_relaxed); };
    return {r(current), r(total), r(refused), r(bytesIn), r(bytesOut), r(messagesIn), r(messagesOut),
            r(errors), r(truncated), r(acceptPauses)};
}

} // namespace sockscope
