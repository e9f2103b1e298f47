#pragma once
// Where a server session listens and how: the transport (the echo server's vocabulary), the address
// or unix name, the IPv6 dual-stack choice stated explicitly, and the limits that keep it bounded.

#include "EchoConfig.h"

#include <cstddef>
#include <memory>
#include <string>

namespace sockscope {

struct ServerConfig {
    EchoTransport transport = EchoTransport::Tcp;
    std::string bindAddress = "127.0.0.1"; // numeric; 0.0.0.0 or :: only when the user chooses it
    int port = 0;                          // 0: the kernel picks one
    std::string path;                      // AF_UNIX: a path, or @name for an abstract name
    bool removeStaleSocket = false;        // AF_UNIX: unlink a stale socket file found at `path` (only when asked)
    // IPV6_V6ONLY for an IPv6 bind, always set explicitly rather than left to net.ipv6.bindv6only:
    // true: IPv6 only; false: dual stack, IPv4 peers arrive as ::ffff:a.b.c.d.
    bool v6Only = true;
    int backlog = -1;                      // -1: SOMAXCONN
    bool reuseAddress = true;              // SO_REUSEADDR, on as in the chapter
    std::size_t maxPeers = 10000;          // accepted connections, or datagram peers remembered
    // Streams: a server context makes every accepted peer a TLS server session (SSL_accept driven by
    // the poll loop); a client that has not finished its handshake by the timeout is dropped.
    std::shared_ptr<TlsContext> tls;
    int tlsHandshakeTimeoutMs = 10000;
};

} // namespace sockscope
