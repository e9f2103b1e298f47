#pragma once
// Small experiments that make socket options visible, on loopback only. Each returns what it saw
// (errno values, times, figures) and a plain-English summary; every call is journalled.

#include <cstdint>
#include <string>

namespace sockscope {

struct DemoOutcome {
    bool ran = false;       // false: the set-up failed (see summary)
    bool asExpected = false; // the kernel did what the chapter says it does
    int err = 0;            // the errno the demonstration is about (EAGAIN, ECONNRESET, EADDRINUSE, ECONNREFUSED)
    std::string summary;    // plain English
};

// SO_RCVTIMEO: a recv() on a UDP socket nobody sends to fails with EAGAIN after `timeoutMs`.
struct RecvTimeoutOutcome : DemoOutcome {
    std::int64_t timeoutMs = 0;
    std::int64_t waitedMs = 0;
};
RecvTimeoutOutcome demoRecvTimeout(int timeoutMs);

// SO_LINGER {1, 0}: close() sends a reset instead of a FIN, so the peer's recv() fails with ECONNRESET.
DemoOutcome demoLingerReset();

// SO_REUSEADDR: while an earlier connection of the port sits in TIME_WAIT, bind() without it fails
// with EADDRINUSE and succeeds with it.
struct ReuseAddressOutcome : DemoOutcome {
    int port = 0;
    int errWithout = 0; // bind() without SO_REUSEADDR (EADDRINUSE)
    int errWith = 0;    // bind() with SO_REUSEADDR (0)
};
ReuseAddressOutcome demoReuseAddress();

// IPV6_V6ONLY: an IPv6 listener on [::] with the option on is not reachable from 127.0.0.1
// (ECONNREFUSED); with it off, the IPv4 client connects and is seen as ::ffff:127.0.0.1.
struct V6OnlyOutcome : DemoOutcome {
    bool v6Only = true;
    bool connected = false;
    std::string peerSeen; // the listener's view of the client when it connected
};
V6OnlyOutcome demoV6Only(bool v6Only);

// TCP_NODELAY: round trips of `messages` small messages, each written in two parts (write, write,
// read), against an echo server at host:port, with Nagle's algorithm on and then off. Figures only:
// the difference depends on the kernel's delayed ACKs.
struct NoDelayOutcome : DemoOutcome {
    int messages = 0;
    double meanUsNagle = 0;   // TCP_NODELAY 0
    double meanUsNoDelay = 0; // TCP_NODELAY 1
    double maxUsNagle = 0;
    double maxUsNoDelay = 0;
};
NoDelayOutcome demoNoDelay(const std::string& host, int port, int messages);

} // namespace sockscope
