#pragma once
// Every live socket of the application, in one place: the lab's sockets, the console's sessions, an
// echo server's listener and connections, scratch sockets. The options page lists them from here and
// runs getsockopt/setsockopt on them through withSocket(), which guarantees the descriptor stays open
// (and is not reused by another socket) while the call runs, even when the owning thread sits blocked
// in recv() and cannot be asked to do the call itself.
//
// The owner holds a RegisteredSocket instead of a UniqueFd; its close waits for a running withSocket
// call on that socket to finish (option calls never block, so that wait is microseconds).

#include "UniqueFd.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace sockscope {

// Who owns a socket, so a front end can group and explain it.
enum class SocketOwner { Lab, Console, EchoListener, EchoConnection, ServerListener, ServerPeer, Scratch, Other };

struct SocketKind {
    int domain = 0;   // AF_INET, AF_INET6, AF_UNIX
    int type = 0;     // SOCK_STREAM, SOCK_DGRAM (without SOCK_NONBLOCK/SOCK_CLOEXEC)
    int protocol = 0; // 0 or IPPROTO_TCP/IPPROTO_UDP
};

struct RegisteredSocketInfo {
    std::uint64_t id = 0;   // unique for the process's lifetime, never reused (unlike the fd)
    int fd = -1;
    SocketKind kind;
    SocketOwner owner = SocketOwner::Other;
    std::uint64_t group = 0; // the owning object's instance (one echo server, one console tab…)
    // Which one of its owner's sockets, in words-free form (the front end names the owner in the
    // user's language): "127.0.0.1:7007", "#12 ← 127.0.0.1:50312", "s2: tcp 127.0.0.1:7007 → …".
    std::string label;
};

class SocketRegistry {
public:
    SocketRegistry() = default;
    SocketRegistry(const SocketRegistry&) = delete;
    SocketRegistry& operator=(const SocketRegistry&) = delete;

    // The registry every part of the application uses.
    static SocketRegistry& global();

    // Every live socket, ordered by id.
    std::vector<RegisteredSocketInfo> list() const;
    std::optional<RegisteredSocketInfo> find(std::uint64_t id) const;
    std::size_t size() const;

    // Runs fn(fd) while the socket is guaranteed open. False (fn not called) when it is gone.
    bool withSocket(std::uint64_t id, const std::function<void(int fd)>& fn) const;

    void setLabel(std::uint64_t id, std::string label);

    // A fresh number for SocketRegistry::group, one per owning object.
    static std::uint64_t newGroup();

private:
    friend class RegisteredSocket;
    struct Entry {
        mutable std::shared_mutex guard; // shared: a withSocket call; exclusive: the close
        int fd = -1;                     // -1 once closed
        RegisteredSocketInfo info;       // guarded by the registry's mutex
    };
    std::shared_ptr<Entry> add(int fd, SocketKind kind, SocketOwner owner, std::uint64_t group,
                               std::string label);
    void remove(std::uint64_t id);

    mutable std::mutex mutex_;
    std::unordered_map<std::uint64_t, std::shared_ptr<Entry>> entries_;
    std::uint64_t nextId_ = 1;
};

// An owned socket descriptor that is also listed in a SocketRegistry. Same shape as UniqueFd.
class RegisteredSocket {
public:
    RegisteredSocket() noexcept = default;
    RegisteredSocket(UniqueFd fd, SocketKind kind, SocketOwner owner, std::string label,
                     std::uint64_t group = 0, SocketRegistry& registry = SocketRegistry::global());
    RegisteredSocket(const RegisteredSocket&) = delete;
    RegisteredSocket& operator=(const RegisteredSocket&) = delete;
    RegisteredSocket(RegisteredSocket&& other) noexcept;
    RegisteredSocket& operator=(RegisteredSocket&& other) noexcept;
    ~RegisteredSocket() { reset(); }

    [[nodiscard]] int get() const noexcept { return fd_; }
    [[nodiscard]] bool valid() const noexcept { return fd_ >= 0; }
    explicit operator bool() const noexcept { return valid(); }
    // 0 when empty.
    [[nodiscard]] std::uint64_t id() const noexcept;

    void setLabel(std::string label);
    // Closes the descriptor (waiting for a running option call on it) and leaves the registry.
    void reset() noexcept;
    // Leaves the registry without closing; the caller owns the returned descriptor.
    [[nodiscard]] UniqueFd release() noexcept;

private:
    void unregister() noexcept;
    SocketRegistry* registry_ = nullptr;
    std::shared_ptr<SocketRegistry::Entry> entry_;
    int fd_ = -1;
};

} // namespace sockscope
