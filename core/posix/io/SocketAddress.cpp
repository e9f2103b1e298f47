#include "SocketAddress.h"

#include "CallJournal.h"
#include "CLiteral.h"
#include "Platform.h"

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/un.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

int SocketAddress::port() const
{
    if (family() == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);
    if (family() == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port);
    return 0;
}

std::string SocketAddress::text() const
{
    char buf[INET6_ADDRSTRLEN] = {};
    switch (family()) {
    case AF_INET: {
        const auto* sin = reinterpret_cast<const sockaddr_in*>(&storage);
        inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf);
        return std::string(buf) + ":" + std::to_string(ntohs(sin->sin_port));
    }
    case AF_INET6: {
        const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(&storage);
        inet_ntop(AF_INET6, &sin6->sin6_addr, buf, sizeof buf);
        std::string host = buf;
        if (sin6->sin6_scope_id) {
            char ifname[IF_NAMESIZE] = {};
            host += "%" + std::string(if_indextoname(sin6->sin6_scope_id, ifname) ? ifname
                                                                                 : std::to_string(sin6->sin6_scope_id));
        }
        return "[" + host + "]:" + std::to_string(ntohs(sin6->sin6_port));
    }
    case AF_UNIX: {
        const auto* sun = reinterpret_cast<const sockaddr_un*>(&storage);
        const std::size_t pathOff = offsetof(sockaddr_un, sun_path);
        if (length <= pathOff)
            return "unix:(unnamed)";
        const std::size_t n = length - pathOff;
        if (sun->sun_path[0] == '\0')
            return "unix:@" + std::string(sun->sun_path + 1, n - 1);
        return "unix:" + std::string(sun->sun_path, strnlen(sun->sun_path, n));
    }
    case AF_UNSPEC:
        return "(none)";
    }
    return "family " + std::to_string(family());
}

std::string SocketAddress::cArgument() const
{
    switch (family()) {
    case AF_INET: return "(struct sockaddr *)&sin, sizeof sin";
    case AF_INET6: return "(struct sockaddr *)&sin6, sizeof sin6";
    case AF_UNIX: return "(struct sockaddr *)&sun, " + std::to_string(length);
    }
    return "(struct sockaddr *)&ss, " + std::to_string(length);
}

bool SocketAddress::fromNumeric(const std::string& address, int port, SocketAddress& out)
{
    out = SocketAddress{};
    std::string host = address;
    std::string scope;
    if (!host.empty() && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    if (const auto pct = host.find('%'); pct != std::string::npos) {
        scope = host.substr(pct + 1);
        host.resize(pct);
    }
    sockaddr_in sin{};
    if (scope.empty() && inet_pton(AF_INET, host.c_str(), &sin.sin_addr) == 1) {
        platform::setSaLen(sin, sizeof sin);
        sin.sin_family = AF_INET;
        sin.sin_port = htons(static_cast<std::uint16_t>(port));
        std::memcpy(&out.storage, &sin, sizeof sin);
        out.length = sizeof sin;
        return true;
    }
    sockaddr_in6 sin6{};
    if (inet_pton(AF_INET6, host.c_str(), &sin6.sin6_addr) == 1) {
        platform::setSaLen(sin6, sizeof sin6);
        sin6.sin6_family = AF_INET6;
        sin6.sin6_port = htons(static_cast<std::uint16_t>(port));
        if (!scope.empty()) {
            // A scope is an interface name (fe80::1%eth0) or its index (fe80::1%2), as getaddrinfo gives it.
            const bool numeric = scope.find_first_not_of("0123456789") == std::string::npos && scope.size() <= 9;
            sin6.sin6_scope_id = numeric ? static_cast<std::uint32_t>(std::stoul(scope)) : if_nametoindex(scope.c_str());
            if (sin6.sin6_scope_id == 0)
                return false;
        }
        std::memcpy(&out.storage, &sin6, sizeof sin6);
        out.length = sizeof sin6;
        return true;
    }
    return false;
}

bool SocketAddress::fromUnixPath(const std::string& path, SocketAddress& out)
{
    out = SocketAddress{};
    sockaddr_un sun{};
    sun.sun_family = AF_UNIX;
    const std::size_t pathOff = offsetof(sockaddr_un, sun_path);
    const bool abstract = !path.empty() && path[0] == '@';
    const std::string name = abstract ? path.substr(1) : path;
    if (name.size() > platform::sunPathCapacity - 1 || (!abstract && path.empty()))
        return false;
    if (abstract && !platform::hasAbstractUnixNames)
        return false;
    std::memcpy(sun.sun_path + (abstract ? 1 : 0), name.data(), name.size());
    const std::size_t len = pathOff + name.size() + 1; // the NUL terminator, or the abstract NUL
    platform::setSaLen(sun, len);
    std::memcpy(&out.storage, &sun, sizeof sun);
    out.length = static_cast<socklen_t>(len);
    return true;
}

namespace {

SocketAddress nameOf(int fd, bool peer, bool journal)
{
    SocketAddress a;
    a.length = sizeof a.storage;
    CallTimer t;
    const int rc = peer ? getpeername(fd, a.get(), &a.length) : getsockname(fd, a.get(), &a.length);
    const int err = rc < 0 ? errno : 0;
    if (rc < 0)
        a = SocketAddress{};
    if (journal) {
        const char* fn = peer ? "getpeername" : "getsockname";
        CallJournal::global().record(t.entry(
            fn, std::to_string(fd) + ", (struct sockaddr *)&ss, &len",
            std::to_string(rc) + (rc == 0 ? " (" + a.text() + ")" : ""), err,
            "struct sockaddr_storage ss;\nsocklen_t len = sizeof ss;\nint rc = " + std::string(fn) + "("
                + std::to_string(fd) + ", (struct sockaddr *)&ss, &len);"));
    }
    return a;
}

} // namespace

SocketAddress localAddressOf(int fd, bool journal) { return nameOf(fd, false, journal); }
SocketAddress peerAddressOf(int fd, bool journal) { return nameOf(fd, true, journal); }

std::string withoutBrackets(const std::string& host)
{
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        return host.substr(1, host.size() - 2);
    return host;
}

} // namespace sockscope
