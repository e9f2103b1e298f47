#pragma once
// Whether this process may open a packet socket (CAP_NET_RAW: root, usually): the capture tests run
// as root and skip otherwise.

#include <sys/socket.h>

#include <unistd.h>

namespace sockscope::testing {

inline bool haveCapNetRaw()
{
    const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace sockscope::testing
