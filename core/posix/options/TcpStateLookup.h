#pragma once
// A TCP socket's state as the kernel keeps it: from TCP_INFO while the application holds a descriptor,
// and from the socket table (sock_diag) afterwards, when the connection lives on without one
// (TIME_WAIT after an active close, LAST_ACK or FIN_WAIT after a close with the peer still open).

#include "SocketAddress.h"

#include <optional>
#include <string>

namespace sockscope {

// The states' names: tcpStateName() in TcpInfo.h.

// tcpi_state of getsockopt(TCP_INFO) on Linux; nullopt elsewhere or on error. Not journalled: the
// lab's table polls it every half second.
std::optional<int> tcpStateOfDescriptor(int fd);

// The state of the connection with exactly this local and peer address, from sock_diag; nullopt when
// the kernel no longer knows it (or the table cannot be read: not Linux).
std::optional<int> tcpStateByAddress(const SocketAddress& local, const SocketAddress& peer);

} // namespace sockscope
