#include "Poller.h"

#include "UniqueFd.h"

#include <poll.h>
#if defined(__linux__)
#include <sys/epoll.h>
#endif

#include <cerrno>
#include <unordered_map>

namespace sockscope {

const char* pollerName(PollerKind kind) { return kind == PollerKind::Epoll ? "epoll" : "poll"; }

bool pollerAvailable(PollerKind kind)
{
#if defined(__linux__)
    (void)kind;
    return true;
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
    if (kind == PollerKind::Epoll)
        return std::make_unique<EpollPoller>();
#endif
    (void)kind;
    return std::make_unique<PollPoller>();
}

} // namespace sockscope
