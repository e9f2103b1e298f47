#include "TcpStateLookup.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

namespace sockscope {

std::optional<int> tcpStateOfDescriptor(int fd)
{
#if defined(__linux__)
    tcp_info info{};
    socklen_t len = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
        return std::nullopt;
    return info.tcpi_state;
#else
    (void)fd;
    return std::nullopt;
#endif
}

namespace {

// /proc/net/tcp prints an address as the raw 32-bit words of the in_addr (native byte order, %08X)
// and the port in host order: "0100007F:1F5F" is 127.0.0.1:8031 on a little-endian machine.
bool parseProcAddress(const std::string& text, int family, SocketAddress& out)
{
    const auto colon = text.find(':');
    if (colon == std::string::npos)
        return false;
    const std::string hex = text.substr(0, colon);
    const int port = static_cast<int>(std::stoul(text.substr(colon + 1), nullptr, 16));
    out = SocketAddress{};
    if (family == AF_INET && hex.size() == 8) {
        auto* sin = reinterpret_cast<sockaddr_in*>(&out.storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(static_cast<std::uint16_t>(port));
        const std::uint32_t word = static_cast<std::uint32_t>(std::stoul(hex, nullptr, 16));
        std::memcpy(&sin->sin_addr, &word, 4);
        out.length = sizeof *sin;
        return true;
    }
    if (family == AF_INET6 && hex.size() == 32) {
        auto* sin6 = reinterpret_cast<sockaddr_in6*>(&out.storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(static_cast<std::uint16_t>(port));
        for (int i = 0; i < 4; ++i) {
            const std::uint32_t word = static_cast<std::uint32_t>(std::stoul(hex.substr(i * 8, 8), nullptr, 16));
            std::memcpy(reinterpret_cast<unsigned char*>(&sin6->sin6_addr) + i * 4, &word, 4);
        }
        out.length = sizeof *sin6;
        return true;
    }
    return false;
}

bool sameInetAddress(const SocketAddress& a, const SocketAddress& b)
{
    if (a.family() != b.family() || a.port() != b.port())
        return false;
    if (a.family() == AF_INET)
        return std::memcmp(&reinterpret_cast<const sockaddr_in*>(&a.storage)->sin_addr,
                           &reinterpret_cast<const sockaddr_in*>(&b.storage)->sin_addr, 4) == 0;
    if (a.family() == AF_INET6)
        return std::memcmp(&reinterpret_cast<const sockaddr_in6*>(&a.storage)->sin6_addr,
                           &reinterpret_cast<const sockaddr_in6*>(&b.storage)->sin6_addr, 16) == 0;
    return false;
}

} // namespace

std::optional<int> tcpStateByAddress(const SocketAddress& local, const SocketAddress& peer)
{
    const int family = local.family();
    if ((family != AF_INET && family != AF_INET6) || peer.family() != family)
        return std::nullopt;
    std::ifstream in(family == AF_INET ? "/proc/net/tcp" : "/proc/net/tcp6");
    if (!in)
        return std::nullopt;
    std::string line;
    std::getline(in, line); // the header
    std::optional<int> found;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string slot, localText, peerText, stateText;
        if (!(fields >> slot >> localText >> peerText >> stateText))
            continue;
        SocketAddress l, p;
        try {
            if (!parseProcAddress(localText, family, l) || !parseProcAddress(peerText, family, p))
                continue;
            if (sameInetAddress(l, local) && sameInetAddress(p, peer)) {
                found = static_cast<int>(std::stoul(stateText, nullptr, 16));
                break;
            }
        } catch (const std::exception&) {
            continue; // a line this parser does not understand
        }
    }
    return found;
}

} // namespace sockscope
