#pragma once
// Waiting for the handshake of a non-blocking connect(): poll() for POLLOUT until a deadline, in
// slices of at most 100 ms so that a cancel flag set by another thread is seen promptly. Shared by
// the console's connect (which journals the wait) and the load generator's (which does not).

#include <atomic>
#include <chrono>

namespace sockscope {

enum class HandshakeWait {
    Ready,     // writable: read SO_ERROR for the outcome of the connect
    TimedOut,  // the deadline passed first
    Cancelled, // *cancel turned true first
    Failed,    // poll() itself failed; errno says why
};

HandshakeWait waitForHandshake(int fd, std::chrono::steady_clock::time_point deadline,
                               const std::atomic<bool>* cancel);

} // namespace sockscope
