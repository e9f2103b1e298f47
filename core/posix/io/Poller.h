#pragma once
// Readiness notification for the reactor, chosen at run time: epoll (Linux) or the portable poll().
// A BSD/macOS kqueue implementation would be the third; this interface is the one place it plugs in.
// Level-triggered in both, so they behave the same for the engines above.
// IoUring is not readiness but completion (Linux 6.0+): the reactor runs plain stream connections on
// its own io_uring loop, and anything else (TLS, datagrams) on epoll; create(IoUring) gives that epoll.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sockscope {

enum class PollerKind { Epoll, Poll, IoUring };
const char* pollerName(PollerKind kind); // "epoll", "poll", "io_uring"
PollerKind pollerFromName(const std::string& name, bool* ok = nullptr);
// IoUring: built with liburing, and this kernel lets the process make a ring (asked once).
bool pollerAvailable(PollerKind kind);

class Poller {
public:
    enum : std::uint32_t { Readable = 1, Writable = 2 };
    struct Event {
        void* token;
        std::uint32_t ready;  // Readable | Writable
        bool error;           // POLLERR/POLLHUP/EPOLLERR/EPOLLHUP: the next read or write reports it
    };

    virtual ~Poller() = default;
    // `exclusive`: wake only one of several pollers watching the same fd (EPOLLEXCLUSIVE), for a
    // listening socket shared by worker threads. poll() ignores it.
    virtual bool add(int fd, std::uint32_t interest, void* token, bool exclusive = false) = 0;
    virtual bool modify(int fd, std::uint32_t interest, void* token) = 0;
    virtual void remove(int fd) = 0;
    // Waits up to timeoutMs (-1: forever); fills `out` (cleared first). Returns false on a real error.
    virtual bool wait(int timeoutMs, std::vector<Event>& out) = 0;

    static std::unique_ptr<Poller> create(PollerKind kind);
};

} // namespace sockscope
