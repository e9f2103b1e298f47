#pragma once
// The kernel's own word on the connections the wire view has seen: their states from the socket
// table (NETLINK_SOCK_DIAG, the state TCP_INFO's tcpi_state gives while a descriptor is open, and
// the one that remains after close: TIME_WAIT with its timer). Asked a few times a second at most,
// outside the journal (it is the page looking, not the user calling).

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sockscope {

struct KernelTcpState {
    std::string endpoint;  // "127.0.0.1:40000"
    std::string peer;      // "127.0.0.1:7007"; empty for a listener
    std::string state;     // "TIME_WAIT", "LISTEN" …; empty: the kernel no longer knows this connection
    std::uint32_t timerMs = 0; // TIME_WAIT (or a retransmit, keepalive) time left
    std::string timer;     // "time-wait", "retransmit", "keepalive", or empty
};

// Both ends of each (endpoint, peer) connection, and the listeners on any of the endpoints. False when
// the socket table could not be read (the states then stay as they were).
bool sampleKernelTcpStates(const std::vector<std::pair<std::string, std::string>>& connections,
                           std::vector<KernelTcpState>& out);

} // namespace sockscope
