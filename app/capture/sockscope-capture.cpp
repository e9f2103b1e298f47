// sockscope-capture: the one privileged step of the wire view, kept apart and small, as Wireshark
// keeps dumpcap. Installed with the file capability CAP_NET_RAW, it opens a packet socket and hands
// the descriptor to SockScope over the unix socket on its descriptor 3 (SCM_RIGHTS), then exits.
// The kernel checks the privilege when a socket is made, so SockScope can use the descriptor as an
// ordinary user. On failure it sends its errno instead, so the caller can say what went wrong.
// Nothing here reads input, takes arguments or touches a file.

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int channelFd = 3;

bool sendResult(int fd, int err)
{
    iovec iov{&err, sizeof err};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    if (fd >= 0) {
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        cmsghdr* c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(c), &fd, sizeof fd);
    }
    ssize_t n;
    do
        n = ::sendmsg(channelFd, &msg, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n == static_cast<ssize_t>(sizeof err);
}

} // namespace

int main()
{
#if defined(__linux__)
    // Protocol 0: the socket receives nothing until its owner binds it to an interface and protocol,
    // after attaching its filter.
    const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const int err = fd >= 0 ? 0 : errno;
#else
    const int fd = -1;
    const int err = ENOSYS;
#endif
    const bool sent = sendResult(fd, err);
    return sent && fd >= 0 ? 0 : 1;
}
