#pragma once
// What an echo server is asked to be: transport, where it listens, which engine runs it, and the
// limits that keep it robust.

#include "Poller.h"
#include "TlsContext.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace sockscope {

enum class EchoTransport { Tcp, Udp, UnixStream, UnixDgram };
enum class EchoEngine { Reactor, Thread, Fork };

const char* transportName(EchoTransport t); // "tcp", "udp", "unix-stream", "unix-dgram"
const char* engineName(EchoEngine e);       // "reactor", "thread", "fork"
bool isStream(EchoTransport t);
bool isUnix(EchoTransport t);

struct EchoConfig;
// The loop the reactor serves `c` with: io_uring only for plain streams where the kernel allows it
// (OpenSSL reads and writes a TLS socket itself; datagrams have no connections), else epoll; or poll.
PollerKind reactorLoop(const EchoConfig& c);

struct EchoConfig {
    EchoTransport transport = EchoTransport::Tcp;
    EchoEngine engine = EchoEngine::Reactor;
    PollerKind poller = PollerKind::IoUring; // plain streams; TLS, datagrams and a refusing kernel: epoll
    std::string bindAddress = "127.0.0.1"; // numeric; 0.0.0.0 or :: only when the user chooses it
    int port = 0;                          // 0: the kernel picks one
    std::string path;                      // AF_UNIX: a path, or @name for an abstract name
    bool removeStaleSocket = false;        // AF_UNIX: unlink a stale socket file (only when asked)
    int v6Only = -1;                       // IPV6_V6ONLY for an IPv6 bind: 1, 0, or -1 (leave)
    int backlog = -1;                      // -1: SOMAXCONN
    bool reuseAddress = true;              // SO_REUSEADDR, on as in the chapter
    bool reusePort = false;                // SO_REUSEPORT
    int threads = 0;                       // reactor workers; 0: one per core
    std::size_t maxConnections = 10000;
    int idleTimeoutMs = 0;                 // 0: none
    std::size_t bufferSize = 64u << 10;    // read buffer; also the most unsent echo held per connection
    std::shared_ptr<TlsContext> tls;       // a server context: TLS on every stream connection
    int tlsHandshakeTimeoutMs = 10000;     // a client that stalls the handshake is dropped after this
};

} // namespace sockscope
