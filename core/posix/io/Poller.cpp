#include "Poller.h"

#include "UniqueFd.h"

#include <poll.h>
#if defined(__linux__)
#include <sys/epoll.h>
#endif

#if SOCKSCOPE_HAVE_LIBURING
#include <liburing.h>
#endif

#include <cerrno>
#include <thread>
#include <unordered_map>

namespace sockscope {

const char* pollerName(PollerKind kind)
{
    switch (kind) {
    case PollerKind::Epoll: return "epoll";
    case PollerKind::Poll: return "poll";
    case PollerKind::IoUring: return "io_uring";
    }
    return "epoll";
}

PollerKind pollerFromName(const std::string& name, bool* ok)
{
    for (PollerKind k : {PollerKind::Epoll, PollerKind::Poll, PollerKind::IoUring})
        if (name == pollerName(k)) {
            if (ok)
                *ok = true;
            return k;
        }
    if (ok)
        *ok = false;
    return PollerKind::Epoll;
}

namespace {

#if SOCKSCOPE_HAVE_LIBURING
bool probeUring();
#endif

bool uringUsable()
{
#if SOCKSCOPE_HAVE_LIBURING
    // The kernel may refuse io_uring (kernel.io_uring_disabled, a seccomp filter, a container), or lack
    // what the loop uses (multishot accept and recv, provided buffers: 6.0).
    // Asked in a thread of its own: a thread that touched a ring may later have its blocking calls
    // interrupted by io_uring's task work (a MSG_WAITALL recv returning short).
    static const bool usable = [] {
        bool ok = false;
        std::thread([&ok] { ok = probeUring(); }).join();
        return ok;
    }();
    return usable;
#else
    return false;
#endif
}

#if SOCKSCOPE_HAVE_LIBURING
bool probeUring()
{
    {
        io_uring ring{};
        io_uring_params p{};
        p.flags = IORING_SETUP_R_DISABLED;
        if (io_uring_queue_init_params(8, &ring, &p) < 0)
            return false;
        io_uring_probe* probe = io_uring_get_probe_ring(&ring);
        const bool ok = probe && io_uring_opcode_supported(probe, IORING_OP_ACCEPT)
                        && io_uring_opcode_supported(probe, IORING_OP_RECV)
                        && io_uring_opcode_supported(probe, IORING_OP_SEND)
                        && io_uring_opcode_supported(probe, IORING_OP_ASYNC_CANCEL)
                        && io_uring_opcode_supported(probe, IORING_OP_SEND_ZC); // 6.0: multishot recv too
        if (probe)
            io_uring_free_probe(probe);
        io_uring_queue_exit(&ring);
        return ok && (p.features & IORING_FEAT_NODROP);
    }
}
#endif

} // namespace

bool pollerAvailable(PollerKind kind)
{
#if defined(__linux__)
    return kind != PollerKind::IoUring || uringUsable();
#else
    return kind == PollerKind::Poll;
#endif
}

namespace {

#if defined(__linux__)
class EpollPoller final : public Poller {
public:
    EpollPoller() : epfd_(epoll_create1(EPOLL_CLOEXEC)) {}

    bool add(int fd, std::uint32_t interest, void* token, bool exclusive) override
    {
        epoll_event ev{};
        ev.events = mask(interest) | (exclusive ? EPOLLEXCLUSIVE : 0u);
        ev.data.ptr = token;
        return epoll_ctl(epfd_.get(), EPOLL_CTL_ADD, fd, &ev) == 0;
    }
    bool modify(int fd, std::uint32_t interest, void* token) override
    {
        epoll_event ev{};
        ev.events = mask(interest);
        ev.data.ptr = token;
        return epoll_ctl(epfd_.get(), EPOLL_CTL_MOD, fd, &ev) == 0;
    }
    void remove(int fd) override { epoll_ctl(epfd_.get(), EPOLL_CTL_DEL, fd, nullptr); }
    bool wait(int timeoutMs, std::vector<Event>& out) override
    {
        out.clear();
        const int n = epoll_wait(epfd_.get(), events_, maxEvents, timeoutMs);
        if (n < 0)
            return errno == EINTR;
        for (int i = 0; i < n; ++i) {
            const std::uint32_t e = events_[i].events;
            std::uint32_t ready = 0;
            if (e & (EPOLLIN | EPOLLRDHUP))
                ready |= Readable;
            if (e & EPOLLOUT)
                ready |= Writable;
            out.push_back({events_[i].data.ptr, ready, (e & (EPOLLERR | EPOLLHUP)) != 0});
        }
        return true;
    }

private:
    static std::uint32_t mask(std::uint32_t interest)
    {
        return ((interest & Readable) ? EPOLLIN : 0u) | ((interest & Writable) ? EPOLLOUT : 0u);
    }
    static constexpr int maxEvents = 1024; // a whole round of 1000 connections in one call
    UniqueFd epfd_;
    epoll_event events_[maxEvents];
};
#endif

// The portable path: a pollfd array rebuilt only when the set changes.
class PollPoller final : public Poller {
public:
    bool add(int fd, std::uint32_t interest, void* token, bool) override
    {
        if (index_.count(fd))
            return false;
        index_[fd] = fds_.size();
        fds_.push_back({fd, mask(interest), 0});
        tokens_.push_back(token);
        return true;
    }
    bool modify(int fd, std::uint32_t interest, void* token) override
    {
        const auto it = index_.find(fd);
        if (it == index_.end())
            return false;
        fds_[it->second].events = mask(interest);
        tokens_[it->second] = token;
        return true;
    }
    void remove(int fd) override
    {
        const auto it = index_.find(fd);
        if (it == index_.end())
            return;
        const std::size_t i = it->second;
        const std::size_t last = fds_.size() - 1;
        if (i != last) {
            fds_[i] = fds_[last];
            tokens_[i] = tokens_[last];
            index_[fds_[i].fd] = i;
        }
        fds_.pop_back();
        tokens_.pop_back();
        index_.erase(it);
    }
    bool wait(int timeoutMs, std::vector<Event>& out) override
    {
        out.clear();
        const int n = ::poll(fds_.data(), static_cast<nfds_t>(fds_.size()), timeoutMs);
        if (n < 0)
            return errno == EINTR;
        // Collect first: handlers may add or remove fds, which reorders the array.
        for (std::size_t i = 0; i < fds_.size() && static_cast<int>(out.size()) < n; ++i) {
            const short r = fds_[i].revents;
            if (!r)
                continue;
            std::uint32_t ready = 0;
            if (r & (POLLIN | POLLHUP))
                ready |= Readable;
            if (r & POLLOUT)
                ready |= Writable;
            out.push_back({tokens_[i], ready, (r & (POLLERR | POLLHUP | POLLNVAL)) != 0});
        }
        return true;
    }

private:
    static short mask(std::uint32_t interest)
    {
        return static_cast<short>(((interest & Readable) ? POLLIN : 0) | ((interest & Writable) ? POLLOUT : 0));
    }
    std::vector<pollfd> fds_;
    std::vector<void*> tokens_;
    std::unordered_map<int, std::size_t> index_;
};

} // namespace

std::unique_ptr<Poller> Poller::create(PollerKind kind)
{
#if defined(__linux__)
    if (kind == PollerKind::Epoll || kind == PollerKind::IoUring)
        return std::make_unique<EpollPoller>();
#endif
    (void)kind;
    return std::make_unique<PollPoller>();
}

} // namespace sockscope
