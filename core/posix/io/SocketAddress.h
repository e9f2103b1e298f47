#pragma once
// A socket address of any family, owned by value, with the text forms SockScope prints:
// "127.0.0.1:7007", "[::1]:7007", "unix:/path", "unix:@name".

#include <sys/socket.h>

#include <string>

namespace sockscope {

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;

    int family() const { return storage.ss_family; }
    const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&storage); }
    sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
    int port() const; // host order; 0 for AF_UNIX
    std::string text() const;
    // The C expression a program would write to pass it: "(struct sockaddr *)&sin, sizeof sin".
    std::string cArgument() const;

    // What accept() or recvfrom() filled in.
    static SocketAddress fromStorage(const sockaddr_storage& ss, socklen_t length)
    {
        SocketAddress a;
        a.storage = ss;
        a.length = length;
        return a;
    }
    // From numeric address text and a port (no name lookup); false if inet_pton rejects it.
    static bool fromNumeric(const std::string& address, int port, SocketAddress& out);
    // From a unix path, or "@name" for a Linux abstract name; false if it does not fit sun_path.
    static bool fromUnixPath(const std::string& path, SocketAddress& out);
};

// getsockname()/getpeername() of an fd, journalled when `journal` is true.
SocketAddress localAddressOf(int fd, bool journal = true);

// "[::1]" → "::1": the brackets SockScope (and URLs) put around an IPv6 address; anything else as it is.
std::string withoutBrackets(const std::string& host);
SocketAddress peerAddressOf(int fd, bool journal = true);

} // namespace sockscope
