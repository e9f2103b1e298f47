#pragma once
// The load generator through TLS, for `sockscope-cli bench echo --tls`: C connections, one thread
// each, against a TLS echo server. Handshakes mode measures handshakes per second (connect, full
// handshake, close_notify, close, again); ping-pong measures round trips through the records; stream
// keeps the connection full (throughput), up to a byte count. Every echoed byte is checked, every
// loop is bounded by the duration, and the threads' calls are counted, not journalled.

#include "EchoConfig.h"
#include "LatencyHistogram.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace sockscope {

struct TlsEchoLoadConfig {
    enum class Mode { Handshakes, PingPong, Stream };
    static constexpr int maxConnections = 256; // one thread each

    EchoTransport transport = EchoTransport::Tcp; // tcp or unix-stream
    std::string host = "127.0.0.1";               // numeric
    int port = 0;
    std::string path;
    int connections = 1;
    std::size_t size = 64;
    double seconds = 1.0;
    Mode mode = Mode::PingPong;
    std::uint64_t streamBytes = 0; // stream: stop once this many bytes came back (0: for the whole time)
    std::string serverName;        // SNI and the name checked; empty: none sent
    bool verify = false;           // a load run trusts its own test server unless asked to check
    std::string caFile;
    int connectTimeoutMs = 5000;   // each connect and handshake
};

struct TlsEchoLoadResult {
    bool ok = false;
    std::string error;
    int err = 0;
    double seconds = 0;
    std::uint64_t handshakes = 0;  // completed handshakes (all modes: the first ones count too)
    std::uint64_t messages = 0;
    std::uint64_t bytesVerified = 0;
    std::uint64_t errors = 0;
    std::uint64_t mismatches = 0;
    int connected = 0;
    double handshakesPerSecond = 0; // handshakes mode
    double messagesPerSecond = 0;
    double megabytesPerSecond = 0;
    LatencyHistogram rtt;           // ping-pong, microseconds
    LatencyHistogram handshakeTime; // connect() to the end of the handshake, microseconds
    std::string version;            // what the first handshake agreed
    std::string cipher;
    bool verified = false;
    std::string verifyError;
};

TlsEchoLoadResult runTlsEchoLoad(const TlsEchoLoadConfig& config, const std::atomic<bool>* cancel = nullptr);

} // namespace sockscope
