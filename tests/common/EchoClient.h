#pragma once
// A small blocking client for the echo server tests: connect, send all, receive exactly n bytes,
// each with a deadline so a broken server fails the test instead of hanging it.

#include "SocketAddress.h"
#include "UniqueFd.h"

#include <dirent.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace sockscope::testing {

inline UniqueFd connectTo(const SocketAddress& a, int type = SOCK_STREAM)
{
    UniqueFd fd(socket(a.family(), type | SOCK_CLOEXEC, 0));
    if (!fd || connect(fd.get(), a.get(), a.length) != 0)
        return UniqueFd();
    timeval tv{10, 0}; // no test waits forever on a broken server
    setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd.get(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    return fd;
}

// A listener on 127.0.0.1 that never accepts, its queue filled by `fillers`: further SYNs go
// unanswered, as from a silent host (a connect then waits until its timeout). Keep both alive.
struct SilentListener {
    UniqueFd listener;
    std::vector<UniqueFd> fillers;
    SocketAddress address;
};

inline SilentListener silentListener()
{
    SilentListener s;
    s.listener.reset(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    SocketAddress::fromNumeric("127.0.0.1", 0, s.address);
    if (bind(s.listener.get(), s.address.get(), s.address.length) != 0 || listen(s.listener.get(), 0) != 0)
        return s;
    s.address = localAddressOf(s.listener.get(), false);
    for (int i = 0; i < 4; ++i) {
        UniqueFd f(socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        ::connect(f.get(), s.address.get(), s.address.length);
        s.fillers.push_back(std::move(f));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // the handshakes that fit complete
    return s;
}

inline bool sendAll(int fd, const std::string& data)
{
    std::size_t off = 0;
    while (off < data.size()) {
        const ssize_t n = ::send(fd, data.data() + off, data.size() - off, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        off += static_cast<std::size_t>(n);
    }
    return true;
}

// Reads until `n` bytes arrived, EOF, an error or the SO_RCVTIMEO deadline.
inline std::string receiveExactly(int fd, std::size_t n)
{
    std::string out;
    out.reserve(n);
    char buf[65536];
    while (out.size() < n) {
        const ssize_t got = ::recv(fd, buf, std::min(sizeof buf, n - out.size()), 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        out.append(buf, static_cast<std::size_t>(got));
    }
    return out;
}

// A new client on `a` gets `rounds` short echoes back, one at a time: the server still serves
// others while some of its peers misbehave.
inline bool pingsComeBack(const SocketAddress& a, int rounds)
{
    UniqueFd fd = connectTo(a);
    for (int i = 0; i < rounds; ++i)
        if (!fd || !sendAll(fd.get(), "ping") || receiveExactly(fd.get(), 4) != "ping")
            return false;
    return true;
}

// Reads until EOF (returns what came) or error/deadline (sets *eof false).
inline std::string receiveUntilEof(int fd, bool* eof)
{
    std::string out;
    char buf[65536];
    for (;;) {
        const ssize_t got = ::recv(fd, buf, sizeof buf, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got == 0) {
            *eof = true;
            return out;
        }
        if (got < 0) {
            *eof = false;
            return out;
        }
        out.append(buf, static_cast<std::size_t>(got));
    }
}

// Sends `data` from a second thread while this one reads the echo: a server that echoes as it reads
// would otherwise deadlock against a client that writes everything before reading anything, once
// both socket buffers are full (small for AF_UNIX).
inline std::string exchange(int fd, const std::string& data)
{
    bool sent = false;
    std::thread writer([&] { sent = sendAll(fd, data); });
    std::string back = receiveExactly(fd, data.size());
    writer.join();
    return sent ? back : std::string();
}

inline std::string pattern(std::size_t n, unsigned seed = 1)
{
    std::string s(n, '\0');
    unsigned x = seed * 2654435761u + 1;
    for (auto& c : s) {
        x = x * 1103515245u + 12345u;
        c = static_cast<char>(x >> 16);
    }
    return s;
}

// Open descriptors of this process (the directory stream's own fd not counted).
inline int openFdCount()
{
    int n = 0;
    if (DIR* d = opendir("/proc/self/fd")) {
        while (readdir(d))
            ++n;
        closedir(d);
    }
    return n - 3; // ".", ".." and the directory stream itself
}

} // namespace sockscope::testing
