#pragma once
// An echo server: the same behaviour from three engines.
//   reactor: non-blocking sockets on epoll or poll, one event loop per worker thread;
//   thread:  the chapter's blocking recv/send loop, one thread per connection;
//   fork:    the chapter's accept-and-fork structure (for the CLI; never inside the GUI process).

#include "EchoConfig.h"
#include "EchoEvents.h"
#include "EchoStats.h"
#include "SocketAddress.h"
#include "SocketRegistry.h"
#include "UniqueFd.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace sockscope {

// Why a server did not start: a key the GUI words in the user's language (core/services/echo/
// EchoMessages), with its arguments listed beside it; `message` below is the same in English.
enum class EchoStartProblem {
    None,
    NoUnixPath,        // —
    UnixPathTooLong,   // path
    NotNumericAddress, // address
    SocketFailed,      // —
    ReusePortFailed,   // —
    V6OnlyFailed,      // —
    StaleSocketFile,   // path
    BindFailed,        // address
    ListenFailed,      // —
    ForkNeedsStream,   // —
    WakePipeFailed,    // —
    ForkOnlyInCli,     // —
    AlreadyRunning,    // —
    TlsRefused,        // — (the refusal is tlsSetup)
};

struct EchoStartResult {
    bool ok = false;
    int err = 0;                // errno of the call that failed
    std::string failedCall;     // "bind", "listen", …
    std::string message;        // plain English, for the CLI and the log
    EchoStartProblem problem = EchoStartProblem::None;
    std::vector<std::string> problemArgs; // the key's arguments (errno is `err`, not an argument)
    TlsSetupError tlsSetup;       // TlsRefused: the TLS set-up's own key and arguments
    SocketAddress bound;        // getsockname() after bind
    bool staleSocketFile = false; // AF_UNIX: the path holds a socket nobody listens on
    std::uint64_t listenerSocketId = 0; // the listener's SocketRegistry id
};

enum class ConnectionAction { ShutdownWrite, Close, Reset };

class EchoServer {
public:
    virtual ~EchoServer() = default;
    static std::unique_ptr<EchoServer> create(const EchoConfig& config);

    // Creates the socket, binds, listens and starts serving. Every setup call is journalled.
    virtual EchoStartResult start() = 0;
    // Stops accepting, closes every connection, joins every thread. Idempotent.
    virtual void stop() = 0;
    virtual std::vector<EchoConnectionInfo> connections() const = 0;
    // shutdown(SHUT_WR), close, or abortive close (SO_LINGER {1,0}) on one connection.
    virtual bool act(std::uint64_t connection, ConnectionAction action) = 0;

    const EchoConfig& config() const { return config_; }
    // Engines with per-thread data-path counters add them in.
    virtual EchoTotals totals() const { return counters_.snapshot(); }
    EchoEventLog& events() { return events_; }
    bool running() const { return running_.load(); }
    SocketAddress boundAddress() const { return bound_; }
    // The listening (stream) or bound (datagram) socket, or -1.
    int listenerFd() const { return listener_.get(); }
    // Its SocketRegistry id (0 when not started), and the registry group of all of this server's sockets.
    std::uint64_t listenerSocketId() const { return listener_.id(); }
    std::uint64_t socketGroup() const { return socketGroup_; }

protected:
    explicit EchoServer(EchoConfig config) : config_(std::move(config)) {}
    // socket → setsockopt… → bind → listen → getsockname, per config; fills listener_ and bound_.
    EchoStartResult openListener(bool nonBlocking);
    void closeListener(); // closes it and unlinks a unix path it created

    // Shared by the engines, so all three behave and report alike.
    // At the connection limit: counts and logs the refusal and returns false (the caller closes).
    bool admit(const std::string& peer);
    // Logs the "stopped: …" line with the totals.
    // childrenCount: the fork engine, whose children count the bytes (the parent cannot see them).
    void reportStopped(bool childrenCount = false);
    // Counts a datagram recvfrom(MSG_TRUNC) returned (`length` is its real size) and echoes it to
    // its sender; flags truncation and senders without an address (unnamed AF_UNIX sockets).
    void echoDatagram(int fd, const char* data, std::size_t capacity, std::size_t length,
                      const sockaddr_storage& from, socklen_t fromLength);

    EchoConfig config_;
    EchoCounters counters_;
    EchoEventLog events_;
    // Registered, so the options page can list it; engines register their connections in socketGroup_.
    RegisteredSocket listener_;
    const std::uint64_t socketGroup_ = SocketRegistry::newGroup();
    SocketAddress bound_;
    std::atomic<bool> running_{false};
    bool createdUnixPath_ = false;
};

// The live SOMAXCONN of this kernel (/proc/sys/net/core/somaxconn on Linux), else the header's value.
int liveSomaxconn();

} // namespace sockscope
