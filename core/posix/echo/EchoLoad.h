#pragma once
// A load generator for echo servers: C connections, each sending messages of a given size for a
// bounded time, verifying every echoed byte. Ping-pong mode sends one message and waits for its
// echo (round-trip times go into a histogram); stream mode keeps the pipe full (throughput).
// Runs its own worker threads, each an event loop over its share of the connections.

#include "EchoConfig.h"
#include "LatencyHistogram.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace sockscope {

struct EchoLoadConfig {
    enum class Mode { PingPong, Stream };
    EchoTransport transport = EchoTransport::Tcp; // tcp, udp or unix-stream
    std::string host = "127.0.0.1";               // numeric
    int port = 0;
    std::string path;                             // unix-stream: a path or @name
    int connections = 1;
    std::size_t size = 64;                        // bytes per message
    double seconds = 1.0;
    Mode mode = Mode::PingPong;
    int threads = 0;                              // 0: min(connections, cores)
    int datagramTimeoutMs = 1000;                 // udp: a reply not back by then counts as lost
    int connectTimeoutMs = 5000;                  // all the handshakes together, before the clock starts
};

// Running totals a front end may read while the load runs.
struct EchoLoadProgress {
    std::atomic<std::uint64_t> messages{0};
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<std::uint64_t> errors{0};
    std::atomic<int> connected{0};
};

struct EchoLoadResult {
    bool ok = false;
    std::string error;              // why the run could not start or was cut short
    int err = 0;                    // the errno behind `error`, when one is
    double seconds = 0;             // measured duration
    std::uint64_t messages = 0;     // complete echoes (ping-pong) or size-sized chunks (stream)
    std::uint64_t bytesVerified = 0;
    std::uint64_t errors = 0;       // connect failures, resets, mismatched bytes, lost datagrams
    std::uint64_t mismatches = 0;   // echoed bytes that differed from what was sent
    int connected = 0;
    double messagesPerSecond = 0;
    double megabytesPerSecond = 0;  // 10^6 bytes
    LatencyHistogram rtt;           // ping-pong only, microseconds
};

class EchoLoad {
public:
    explicit EchoLoad(EchoLoadConfig config) : config_(std::move(config)) {}
    // Runs to the end (or until *cancel turns true). Blocks the calling thread.
    EchoLoadResult run(const std::atomic<bool>* cancel = nullptr);
    const EchoLoadProgress& progress() const { return progress_; }
    const EchoLoadConfig& config() const { return config_; }

private:
    EchoLoadConfig config_;
    EchoLoadProgress progress_;
};

} // namespace sockscope
