#include "LoopbackCapture.h"

#include "CallJournal.h"

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <arpa/inet.h>
#endif

extern char** environ;

#ifndef SOCKSCOPE_LIBEXEC_DIR
#define SOCKSCOPE_LIBEXEC_DIR "/usr/libexec/sockscope"
#endif

namespace sockscope {

std::vector<std::string> LoopbackCapture::helperCandidates()
{
    std::vector<std::string> paths;
    if (const char* env = std::getenv("SOCKSCOPE_CAPTURE_HELPER"); env && *env)
        paths.emplace_back(env);
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        std::string dir(self, static_cast<std::size_t>(n));
        dir.resize(dir.rfind('/') + 1);
        paths.push_back(dir + "sockscope-capture");
        paths.push_back(dir + "../capture/sockscope-capture"); // a build tree: app/cli beside app/capture
    }
    paths.emplace_back(SOCKSCOPE_LIBEXEC_DIR "/sockscope-capture");
    return paths;
}

#if defined(__linux__)

int openPacketSocketViaHelper(const std::string& path)
{
    if (::access(path.c_str(), X_OK) != 0)
        return -1; // errno from access: ENOENT, EACCES
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0)
        return -1;
    UniqueFd mine(pair[0]), theirs(pair[1]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, theirs.get(), 3); // dup2 clears FD_CLOEXEC on 3
    char* argv[] = {const_cast<char*>(path.c_str()), nullptr};
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    theirs.reset();
    if (spawned != 0) {
        errno = spawned;
        return -1;
    }
    // The helper answers at once; five seconds cover a loaded machine.
    pollfd p{mine.get(), POLLIN, 0};
    int ready;
    do
        ready = ::poll(&p, 1, 5000);
    while (ready < 0 && errno == EINTR);
    int received = -1;
    int err = ETIMEDOUT;
    if (ready > 0) {
        int helperErrno = 0;
        iovec iov{&helperErrno, sizeof helperErrno};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(mine.get(), &msg, MSG_CMSG_CLOEXEC);
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); n > 0 && c; c = CMSG_NXTHDR(&msg, c))
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS && c->cmsg_len == CMSG_LEN(sizeof(int)))
                std::memcpy(&received, CMSG_DATA(c), sizeof received);
        err = received >= 0 ? 0 : (n == static_cast<ssize_t>(sizeof helperErrno) && helperErrno ? helperErrno : EPROTO);
    }
    if (err == ETIMEDOUT)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    errno = err;
    return received;
}

CaptureOpenResult LoopbackCapture::open(const std::vector<std::uint16_t>& ports, std::uint32_t snapLength)
{
    close();
    CaptureOpenResult r;
    snapLength_ = snapLength;
    if (ports.size() > maxFilterPorts) {
        r.err = EINVAL;
        r.failedCall = "filter";
        r.explanation = "at most " + std::to_string(maxFilterPorts) + " ports can be watched at once";
        return r;
    }
    {
        // Protocol 0: nothing arrives until bind() names one, so no packet slips past the filter.
        CallTimer t;
        fd_.reset(::socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        const int err = fd_ ? 0 : errno;
        recordCall(t, "socket", "AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0", fd_.get(), err,
                   "int fd = socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0); /* IP datagrams, no link header */");
        if (!fd_ && (err == EPERM || err == EACCES)) {
            // No CAP_NET_RAW: ask the helper.
            for (const std::string& path : helperCandidates()) {
                if (::access(path.c_str(), X_OK) != 0)
                    continue;
                r.helperPath = path;
                CallTimer h;
                const int fd = openPacketSocketViaHelper(path);
                const int herr = fd >= 0 ? 0 : errno;
                recordCall(h, "recvmsg", "sv[0], &msg /* SCM_RIGHTS from " + path + " */, 0", fd >= 0 ? 1 : -1, herr,
                           "/* " + path + " holds CAP_NET_RAW: it opens the packet socket and passes it over a socketpair */\n"
                           "recvmsg(sv[0], &msg, 0); /* the descriptor arrives in an SCM_RIGHTS control message */");
                if (fd >= 0) {
                    fd_.reset(fd);
                    r.viaHelper = true;
                    break;
                }
                r.err = herr;
                r.failedCall = "helper";
                r.explanation = "the capture helper " + path + " could not open a packet socket either: "
                                "it needs the capability CAP_NET_RAW (as root: setcap cap_net_raw+ep " + path + ")";
                return r;
            }
        }
        if (!fd_) {
            r.err = err;
            r.failedCall = "socket";
            if (err == EPERM || err == EACCES)
                r.explanation = "a packet socket needs the capability CAP_NET_RAW: run as root, or install "
                                "SockScope's capture helper sockscope-capture with that capability "
                                "(setcap cap_net_raw+ep /usr/libexec/sockscope/sockscope-capture)";
            return r;
        }
    }
    if (!attachFilter(ports, true)) {
        r.err = errno;
        r.failedCall = "setsockopt";
        close();
        return r;
    }
    {
        // The kernel's receive time of each packet, in a control message.
        const int on = 1;
        CallTimer t;
        const int rc = ::setsockopt(fd_.get(), SOL_SOCKET, SO_TIMESTAMP, &on, sizeof on);
        recordCall(t, "setsockopt", std::to_string(fd_.get()) + ", SOL_SOCKET, SO_TIMESTAMP, &on, sizeof on", rc,
                   rc < 0 ? errno : 0, "int on = 1;\nsetsockopt(fd, SOL_SOCKET, SO_TIMESTAMP, &on, sizeof on);");
    }
    {
        // A flood outruns any reader for a moment: a longer queue drops fewer packets. Root may go
        // past net.core.rmem_max (SO_RCVBUFFORCE); anyone else gets at most that. Best effort.
        const int want = receiveBufferBytes;
        CallTimer t;
        int rc = ::setsockopt(fd_.get(), SOL_SOCKET, SO_RCVBUFFORCE, &want, sizeof want);
        if (rc == 0) {
            recordCall(t, "setsockopt", std::to_string(fd_.get()) + ", SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size",
                       rc, 0, "int size = " + std::to_string(want) + ";\n"
                       "setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size); /* root: past rmem_max */");
        } else {
            CallTimer t2;
            rc = ::setsockopt(fd_.get(), SOL_SOCKET, SO_RCVBUF, &want, sizeof want);
            recordCall(t2, "setsockopt", std::to_string(fd_.get()) + ", SOL_SOCKET, SO_RCVBUF, &size, sizeof size", rc,
                       rc < 0 ? errno : 0, "int size = " + std::to_string(want) + ";\n"
                       "setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size); /* capped at net.core.rmem_max */");
        }
    }
    const unsigned lo = ::if_nametoindex("lo");
    if (lo == 0) {
        r.err = errno;
        r.failedCall = "if_nametoindex";
        r.explanation = "this machine has no interface named lo";
        close();
        return r;
    }
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = htons(ETH_P_ALL);
    sll.sll_ifindex = static_cast<int>(lo);
    CallTimer t;
    const int rc = ::bind(fd_.get(), reinterpret_cast<sockaddr*>(&sll), sizeof sll);
    const int err = rc < 0 ? errno : 0;
    recordCall(t, "bind", std::to_string(fd_.get()) + ", {AF_PACKET, htons(ETH_P_ALL), ifindex " + std::to_string(lo) +
                   " (lo)}, sizeof sll", rc, err,
               "struct sockaddr_ll sll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_ALL),\n"
               "                           .sll_ifindex = if_nametoindex(\"lo\") };\n"
               "bind(fd, (struct sockaddr *)&sll, sizeof sll); /* every protocol, on lo only */");
    if (rc < 0) {
        r.err = err;
        r.failedCall = "bind";
        close();
        return r;
    }
    buffer_.assign(snapLength_, 0);
    stats_ = {};
    r.ok = true;
    return r;
}

bool LoopbackCapture::attachFilter(const std::vector<std::uint16_t>& ports, bool journal)
{
    const std::vector<BpfInstruction> program = loopbackPortFilter(ports, snapLength_);
    if (program.empty()) {
        errno = EINVAL;
        return false;
    }
    std::vector<sock_filter> code;
    for (const BpfInstruction& i : program)
        code.push_back({i.code, i.jt, i.jf, i.k});
    sock_fprog prog{static_cast<unsigned short>(code.size()), code.data()};
    CallTimer t;
    const int rc = ::setsockopt(fd_.get(), SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
    const int err = rc < 0 ? errno : 0;
    if (journal) {
        std::string which;
        for (const std::uint16_t p : ports)
            which += (which.empty() ? "" : " ") + std::to_string(p);
        recordCall(t, "setsockopt",
                   std::to_string(fd_.get()) + ", SOL_SOCKET, SO_ATTACH_FILTER, &prog /* " +
                       std::to_string(code.size()) + " BPF instructions: " +
                       (ports.empty() ? std::string("every IP packet") : "ports " + which) + " */, sizeof prog",
                   rc, err,
                   "struct sock_filter code[] = { /* classic BPF, as tcpdump -dd prints it */\n" + bpfAsC(program) +
                       "};\nstruct sock_fprog prog = { sizeof code / sizeof code[0], code };\n"
                       "setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);");
    }
    errno = err;
    return rc == 0;
}

bool LoopbackCapture::setPorts(const std::vector<std::uint16_t>& ports)
{
    if (!fd_) {
        errno = EBADF;
        return false;
    }
    return attachFilter(ports, true);
}

int LoopbackCapture::read(std::vector<CapturedPacket>& out, int timeoutMs, std::size_t max)
{
    if (!fd_) {
        errno = EBADF;
        return -1;
    }
    pollfd p{fd_.get(), POLLIN, 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready < 0)
        return errno == EINTR ? 0 : -1;
    if (ready == 0)
        return 0;
    int taken = 0;
    while (static_cast<std::size_t>(taken) < max) {
        sockaddr_ll from{};
        iovec iov{buffer_.data(), buffer_.size()};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timeval))] = {};
        msghdr msg{};
        msg.msg_name = &from;
        msg.msg_namelen = sizeof from;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        // MSG_TRUNC: the datagram's whole length even when the buffer holds less.
        const ssize_t n = ::recvmsg(fd_.get(), &msg, MSG_DONTWAIT | MSG_TRUNC);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                break;
            return taken ? taken : -1;
        }
        if (from.sll_pkttype == PACKET_OUTGOING)
            continue; // loopback's copy on the way out; the filter drops it already, this is belt and braces
        CapturedPacket packet;
        packet.wireLength = static_cast<std::uint32_t>(n);
        const std::size_t kept = static_cast<std::size_t>(n) < buffer_.size() ? static_cast<std::size_t>(n) : buffer_.size();
        packet.bytes.assign(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(kept));
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMP) {
                timeval tv{};
                std::memcpy(&tv, CMSG_DATA(c), sizeof tv);
                packet.timeUs = static_cast<std::int64_t>(tv.tv_sec) * 1000000 + tv.tv_usec;
            }
        }
        out.push_back(std::move(packet));
        ++taken;
        ++stats_.received;
    }
    return taken;
}

CaptureStats LoopbackCapture::stats()
{
    if (fd_) {
        tpacket_stats s{};
        socklen_t len = sizeof s;
        if (::getsockopt(fd_.get(), SOL_PACKET, PACKET_STATISTICS, &s, &len) == 0)
            stats_.kernelDrops += s.tp_drops;
    }
    return stats_;
}

void LoopbackCapture::close()
{
    if (!fd_)
        return;
    const int raw = fd_.release();
    CallTimer t;
    const int rc = ::close(raw);
    recordCall(t, "close", std::to_string(raw), rc, rc < 0 ? errno : 0, "close(fd);");
}

#else // not Linux: BPF devices (/dev/bpf) would be the way; not built yet

int openPacketSocketViaHelper(const std::string&)
{
    errno = ENOSYS;
    return -1;
}

CaptureOpenResult LoopbackCapture::open(const std::vector<std::uint16_t>&, std::uint32_t)
{
    CaptureOpenResult r;
    r.err = ENOSYS;
    r.failedCall = "socket";
    r.explanation = "packet capture is built for Linux only";
    return r;
}
bool LoopbackCapture::setPorts(const std::vector<std::uint16_t>&) { errno = ENOSYS; return false; }
int LoopbackCapture::read(std::vector<CapturedPacket>&, int, std::size_t) { errno = ENOSYS; return -1; }
CaptureStats LoopbackCapture::stats() { return stats_; }
void LoopbackCapture::close() {}
bool LoopbackCapture::attachFilter(const std::vector<std::uint16_t>&, bool) { errno = ENOSYS; return false; }

#endif

} // namespace sockscope
