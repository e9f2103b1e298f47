#include "SocketRegistry.h"

#include <algorithm>
#include <atomic>

namespace sockscope {

SocketRegistry& SocketRegistry::global()
{
    static SocketRegistry registry;
    return registry;
}

std::uint64_t SocketRegistry::newGroup()
{
    static std::atomic<std::uint64_t> next{1};
    return next.fetch_add(1);
}

std::vector<RegisteredSocketInfo> SocketRegistry::list() const
{
    std::vector<RegisteredSocketInfo> out;
    {
        std::lock_guard lock(mutex_);
        out.reserve(entries_.size());
        for (const auto& [id, entry] : entries_)
            out.push_back(entry->info);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

std::optional<RegisteredSocketInfo> SocketRegistry::find(std::uint64_t id) const
{
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(id);
    if (it == entries_.end())
        return std::nullopt;
    return it->second->info;
}

std::size_t SocketRegistry::size() const
{
    std::lock_guard lock(mutex_);
    return entries_.size();
}

bool SocketRegistry::withSocket(std::uint64_t id, const std::function<void(int)>& fn) const
{
    std::shared_ptr<Entry> entry;
    {
        std::lock_guard lock(mutex_);
        const auto it = entries_.find(id);
        if (it == entries_.end())
            return false;
        entry = it->second;
    }
    // The owner's close takes this lock exclusively, so the fd cannot be closed (and its number
    // handed to a new socket) while fn runs.
    std::shared_lock guard(entry->guard);
    if (entry->fd < 0)
        return false;
    fn(entry->fd);
    return true;
}

void SocketRegistry::setLabel(std::uint64_t id, std::string label)
{
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(id);
    if (it != entries_.end())
        it->second->info.label = std::move(label);
}

std::shared_ptr<SocketRegistry::Entry> SocketRegistry::add(int fd, SocketKind kind, SocketOwner owner,
                                                           std::uint64_t group, std::string label)
{
    auto entry = std::make_shared<Entry>();
    entry->fd = fd;
    entry->info.fd = fd;
    entry->info.kind = kind;
    entry->info.owner = owner;
    entry->info.group = group;
    entry->info.label = std::move(label);
    std::lock_guard lock(mutex_);
    entry->info.id = nextId_++;
    entries_.emplace(entry->info.id, entry);
    return entry;
}

void SocketRegistry::remove(std::uint64_t id)
{
    std::lock_guard lock(mutex_);
    entries_.erase(id);
}

RegisteredSocket::RegisteredSocket(UniqueFd fd, SocketKind kind, SocketOwner owner, std::string label,
                                   std::uint64_t group, SocketRegistry& registry)
{
    if (!fd)
        return;
    fd_ = fd.release();
    registry_ = &registry;
    entry_ = registry.add(fd_, kind, owner, group, std::move(label));
}

RegisteredSocket::RegisteredSocket(RegisteredSocket&& other) noexcept
    : registry_(std::exchange(other.registry_, nullptr)), entry_(std::move(other.entry_)),
      fd_(std::exchange(other.fd_, -1))
{
}

RegisteredSocket& RegisteredSocket::operator=(RegisteredSocket&& other) noexcept
{
    if (this != &other) {
        reset();
        registry_ = std::exchange(other.registry_, nullptr);
        entry_ = std::move(other.entry_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

std::uint64_t RegisteredSocket::id() const noexcept
{
    return entry_ ? entry_->info.id : 0;
}

void RegisteredSocket::setLabel(std::string label)
{
    if (registry_ && entry_)
        registry_->setLabel(entry_->info.id, std::move(label));
}

void RegisteredSocket::unregister() noexcept
{
    if (registry_ && entry_)
        registry_->remove(entry_->info.id);
    registry_ = nullptr;
    entry_.reset();
}

void RegisteredSocket::reset() noexcept
{
    if (fd_ < 0)
        return;
    if (entry_) {
        std::unique_lock guard(entry_->guard); // waits for a running option call
        entry_->fd = -1;
        ::close(fd_);
    } else {
        ::close(fd_);
    }
    fd_ = -1;
    unregister();
}

UniqueFd RegisteredSocket::release() noexcept
{
    if (entry_) {
        std::unique_lock guard(entry_->guard);
        entry_->fd = -1;
    }
    unregister();
    return UniqueFd(std::exchange(fd_, -1));
}

} // namespace sockscope
