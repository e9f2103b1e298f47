#include "SocketTable.h"

#include "CallJournal.h"
#include "SocketAddress.h"
#include "TcpInfo.h"
#include "UniqueFd.h"

#include <sys/socket.h>
#include <sys/types.h>

#include <dirent.h>
#include <netinet/in.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <unordered_map>

#if defined(__linux__)
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#endif

namespace sockscope {

std::string netstatProto(const MachineSocket& s) { return s.family == AF_INET6 ? s.proto + "6" : s.proto; }

bool isListeningState(const MachineSocket& s) { return s.state == "LISTEN" || s.state == "UNCONN"; }

#if defined(__linux__)

namespace {

constexpr int tcpListen = 10;  // TCP_LISTEN in the kernel's numbering (tcpStateName)
constexpr int tcpClose = 7;    // TCP_CLOSE: an unconnected UDP or unix datagram socket

// A sockaddr in the text form the rest of SockScope uses, from the diag message's raw fields.
std::string inetText(int family, const std::uint32_t addr[4], std::uint16_t portBe, std::uint32_t ifindex)
{
    SocketAddress a;
    if (family == AF_INET) {
        auto* sin = reinterpret_cast<sockaddr_in*>(&a.storage);
        sin->sin_family = AF_INET;
        sin->sin_port = portBe;
        std::memcpy(&sin->sin_addr, addr, 4);
        a.length = sizeof *sin;
    } else {
        auto* sin6 = reinterpret_cast<sockaddr_in6*>(&a.storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = portBe;
        std::memcpy(&sin6->sin6_addr, addr, 16);
        // Only a link-local address needs its interface.
        if (sin6->sin6_addr.s6_addr[0] == 0xfe && (sin6->sin6_addr.s6_addr[1] & 0xc0) == 0x80)
            sin6->sin6_scope_id = ifindex;
        a.length = sizeof *sin6;
    }
    return a.text();
}

bool isAnyAddress(int family, const std::uint32_t addr[4])
{
    const int words = family == AF_INET ? 1 : 4;
    for (int i = 0; i < words; ++i)
        if (addr[i] != 0)
            return false;
    return true;
}

const char* timerName(int timer)
{
    switch (timer) {
    case 1: return "retransmit";
    case 2: return "keepalive";
    case 3: return "time-wait";
    case 4: return "zero-window probe";
    default: return "";
    }
}

const char* protocolSymbol(int protocol) { return protocol == IPPROTO_TCP ? "IPPROTO_TCP" : "IPPROTO_UDP"; }

// One dump: the request, then recv until NLMSG_DONE. `take` sees each message's payload and its length.
template <typename Request, typename Take>
bool dump(int fd, Request& request, const std::string& requestC, const std::string& requestArgs, Take take,
          SocketTableResult& out)
{
    request.nlh.nlmsg_len = sizeof request;
    request.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.nlh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.nlh.nlmsg_seq = static_cast<std::uint32_t>(out.dumps + 1);
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK; // nl_pid 0: the kernel
    {
        CallTimer t;
        const ssize_t n = ::sendto(fd, &request, sizeof request, 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel);
        const int err = n < 0 ? errno : 0;
        recordCall(t, "sendto", std::to_string(fd) + ", &req, " + std::to_string(sizeof request) + ", 0, " + requestArgs, n,
                   err, requestC + "ssize_t n = sendto(fd, &req, sizeof req, 0, (struct sockaddr *)&kernel, sizeof kernel);");
        if (n < 0) {
            out.err = err;
            out.failedCall = "sendto";
            return false;
        }
    }
    // 32 KiB holds a few hundred sockets; the kernel fills each reply up to the buffer's size.
    std::vector<char> buffer(32768);
    for (;;) {
        CallTimer t;
        ssize_t n;
        do
            n = ::recv(fd, buffer.data(), buffer.size(), 0);
        while (n < 0 && errno == EINTR);
        const int err = n < 0 ? errno : 0;
        recordCall(t, "recv", std::to_string(fd) + ", buf, " + std::to_string(buffer.size()) + ", 0", n, err,
                   "ssize_t n = recv(fd, buf, sizeof buf, 0); /* netlink messages, up to NLMSG_DONE */");
        if (n < 0) {
            out.err = err;
            out.failedCall = "recv";
            return false;
        }
        if (n == 0)
            break;
        // The messages one by one, each header copied out (the buffer promises no alignment).
        const auto size = static_cast<std::size_t>(n);
        std::size_t at = 0;
        while (at + sizeof(nlmsghdr) <= size) {
            nlmsghdr h{};
            std::memcpy(&h, buffer.data() + at, sizeof h);
            if (h.nlmsg_len < sizeof h || at + h.nlmsg_len > size)
                break; // truncated: not a message
            const char* payload = buffer.data() + at + NLMSG_HDRLEN;
            const std::size_t payloadLength = h.nlmsg_len - std::min<std::size_t>(h.nlmsg_len, NLMSG_HDRLEN);
            if (h.nlmsg_type == NLMSG_DONE) {
                ++out.dumps;
                return true;
            }
            if (h.nlmsg_type == NLMSG_ERROR) {
                int error = -EPROTO;
                if (payloadLength >= sizeof error)
                    std::memcpy(&error, payload, sizeof error); // struct nlmsgerr begins with int error
                out.err = error < 0 ? -error : EPROTO;
                out.failedCall = "recv";
                return false;
            }
            if (h.nlmsg_type == SOCK_DIAG_BY_FAMILY)
                take(payload, payloadLength);
            at += NLMSG_ALIGN(h.nlmsg_len);
        }
    }
    ++out.dumps;
    return true;
}

bool dumpInet(int fd, int family, int protocol, const SocketTableQuery& q, SocketTableResult& out)
{
    struct {
        nlmsghdr nlh;
        inet_diag_req_v2 r;
    } req{};
    req.r.sdiag_family = static_cast<std::uint8_t>(family);
    req.r.sdiag_protocol = static_cast<std::uint8_t>(protocol);
    const bool tcp = protocol == IPPROTO_TCP;
    // Every state; a TCP listener only when asked for (UDP's "listening" are the unconnected ones).
    req.r.idiag_states = q.listeningOnly ? (tcp ? 1u << tcpListen : 1u << tcpClose) : ~0u;
    const std::string fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    const std::string states = q.listeningOnly ? (tcp ? "1 << TCP_LISTEN" : "1 << TCP_CLOSE") : "~0u";
    const std::string c = "struct { struct nlmsghdr nlh; struct inet_diag_req_v2 r; } req = {\n"
                          "    .nlh = { sizeof req, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP },\n"
                          "    .r = { .sdiag_family = " + fam + ", .sdiag_protocol = " + protocolSymbol(protocol)
                          + ", .idiag_states = " + states + " } };\n"
                            "struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };\n";
    const std::string args = "{" + fam + ", " + protocolSymbol(protocol) + ", states " + states + "}";
    return dump(fd, req, c, args,
         [&](const char* payload, std::size_t length) {
             if (length < sizeof(inet_diag_msg))
                 return;
             inet_diag_msg msg{};
             std::memcpy(&msg, payload, sizeof msg);
             const inet_diag_msg* m = &msg;
             MachineSocket s;
             s.family = m->idiag_family;
             s.proto = tcp ? "tcp" : "udp";
             if (tcp)
                 s.state = tcpStateName(m->idiag_state);
             else
                 s.state = m->idiag_state == tcpClose ? "UNCONN" : tcpStateName(m->idiag_state);
             s.local = inetText(m->idiag_family, m->id.idiag_src, m->id.idiag_sport, m->id.idiag_if);
             // A listener or an unconnected datagram socket has no peer.
             if (m->id.idiag_dport != 0 || !isAnyAddress(m->idiag_family, m->id.idiag_dst))
                 s.peer = inetText(m->idiag_family, m->id.idiag_dst, m->id.idiag_dport, m->id.idiag_if);
             s.recvQ = m->idiag_rqueue;
             s.sendQ = m->idiag_wqueue;
             s.inode = m->idiag_inode;
             s.uid = m->idiag_uid;
             if (tcp) {
                 s.timer = timerName(m->idiag_timer);
                 if (!s.timer.empty())
                     s.timerMs = m->idiag_expires;
             }
             out.sockets.push_back(std::move(s));
         },
         out);
}

bool dumpUnix(int fd, const SocketTableQuery& q, SocketTableResult& out)
{
    struct {
        nlmsghdr nlh;
        unix_diag_req r;
    } req{};
    req.r.sdiag_family = AF_UNIX;
    req.r.udiag_states = q.listeningOnly ? (1u << tcpListen) | (1u << tcpClose) : ~0u;
    req.r.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN;
    const std::string states = q.listeningOnly ? "1 << TCP_LISTEN | 1 << TCP_CLOSE" : "~0u";
    const std::string c = "struct { struct nlmsghdr nlh; struct unix_diag_req r; } req = {\n"
                          "    .nlh = { sizeof req, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP },\n"
                          "    .r = { .sdiag_family = AF_UNIX, .udiag_states = " + states
                          + ",\n           .udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN } };\n"
                            "struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };\n";
    std::map<std::uint64_t, std::uint64_t> peerOf; // inode → the peer's inode
    const std::size_t first = out.sockets.size();
    const bool ok = dump(fd, req, c, "{AF_UNIX, states " + states + ", show name|peer|rqlen}",
         [&](const char* payload, std::size_t length) {
             if (length < sizeof(unix_diag_msg))
                 return;
             unix_diag_msg msg{};
             std::memcpy(&msg, payload, sizeof msg);
             const unix_diag_msg* m = &msg;
             MachineSocket s;
             s.family = AF_UNIX;
             switch (m->udiag_type) {
             case SOCK_STREAM: s.proto = "unix-stream"; break;
             case SOCK_DGRAM: s.proto = "unix-dgram"; break;
             case SOCK_SEQPACKET: s.proto = "unix-seqpacket"; break;
             default: s.proto = "unix"; break;
             }
             const bool datagram = m->udiag_type == SOCK_DGRAM;
             s.state = m->udiag_state == tcpClose && datagram ? "UNCONN" : tcpStateName(m->udiag_state);
             s.inode = m->udiag_ino;
             // The attributes (struct rtattr, each 4-byte aligned) after the message.
             std::size_t at = NLMSG_ALIGN(sizeof msg);
             while (at + sizeof(rtattr) <= length) {
                 rtattr a{};
                 std::memcpy(&a, payload + at, sizeof a);
                 if (a.rta_len < sizeof a || at + a.rta_len > length)
                     break;
                 const char* data = payload + at + RTA_LENGTH(0);
                 const std::size_t size = a.rta_len - RTA_LENGTH(0);
                 if (a.rta_type == UNIX_DIAG_NAME && size > 0) {
                     s.local = data[0] == '\0' ? "unix:@" + std::string(data + 1, size - 1)
                                               : "unix:" + std::string(data, strnlen(data, size));
                 } else if (a.rta_type == UNIX_DIAG_PEER && size >= 4) {
                     std::uint32_t peer = 0;
                     std::memcpy(&peer, data, 4);
                     peerOf[s.inode] = peer;
                 } else if (a.rta_type == UNIX_DIAG_RQLEN && size >= sizeof(unix_diag_rqlen)) {
                     unix_diag_rqlen queues{};
                     std::memcpy(&queues, data, sizeof queues);
                     s.recvQ = queues.udiag_rqueue;
                     s.sendQ = queues.udiag_wqueue;
                 }
                 at += RTA_ALIGN(a.rta_len);
             }
             out.sockets.push_back(std::move(s));
         },
         out);
    // A unix peer is named by its socket's address: the inode the kernel gave, looked up in the dump.
    std::unordered_map<std::uint64_t, const MachineSocket*> byInode;
    for (std::size_t i = first; i < out.sockets.size(); ++i)
        byInode[out.sockets[i].inode] = &out.sockets[i];
    std::vector<std::pair<std::size_t, std::string>> names;
    for (std::size_t i = first; i < out.sockets.size(); ++i) {
        const auto p = peerOf.find(out.sockets[i].inode);
        if (p == peerOf.end() || p->second == 0)
            continue;
        const auto peer = byInode.find(p->second);
        // The accepted side of a connection to a named listener carries the listener's name.
        if (peer != byInode.end() && !peer->second->local.empty())
            names.emplace_back(i, peer->second->local);
    }
    for (auto& [i, name] : names)
        out.sockets[i].peer = std::move(name);
    return ok;
}

// inode → (pid, comm) for every socket descriptor in the /proc/PID/fd directories we may read.
void findOwners(std::vector<MachineSocket>& sockets)
{
    std::unordered_map<std::uint64_t, MachineSocket*> byInode;
    for (MachineSocket& s : sockets)
        if (s.inode)
            byInode[s.inode] = &s;
    DIR* proc = opendir("/proc");
    if (!proc)
        return;
    while (const dirent* d = readdir(proc)) {
        const char* name = d->d_name;
        if (name[0] < '1' || name[0] > '9')
            continue;
        const std::string dir = std::string("/proc/") + name + "/fd";
        DIR* fds = opendir(dir.c_str());
        if (!fds)
            continue; // another user's process
        std::string comm;
        while (const dirent* f = readdir(fds)) {
            if (f->d_name[0] == '.')
                continue;
            char target[64] = {};
            const ssize_t n = readlink((dir + "/" + f->d_name).c_str(), target, sizeof target - 1);
            if (n <= 8 || std::strncmp(target, "socket:[", 8) != 0)
                continue;
            const std::uint64_t inode = std::strtoull(target + 8, nullptr, 10);
            const auto it = byInode.find(inode);
            if (it == byInode.end() || it->second->pid)
                continue;
            if (comm.empty()) {
                std::ifstream in(std::string("/proc/") + name + "/comm");
                std::getline(in, comm);
            }
            it->second->pid = std::atoi(name);
            it->second->process = comm;
        }
        closedir(fds);
    }
    closedir(proc);
}

} // namespace

SocketTableResult listMachineSockets(const SocketTableQuery& query)
{
    SocketTableResult out;
    CallTimer t;
    UniqueFd fd(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    const int err = fd ? 0 : errno;
    recordCall(t, "socket", "AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG", fd.get(), err,
               "int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG); /* ask the kernel, as ss does */");
    if (!fd) {
        out.err = err;
        out.failedCall = "socket";
        return out;
    }
    bool ok = true;
    for (const int family : {AF_INET, AF_INET6}) {
        if (ok && query.tcp)
            ok = dumpInet(fd.get(), family, IPPROTO_TCP, query, out);
        if (ok && query.udp)
            ok = dumpInet(fd.get(), family, IPPROTO_UDP, query, out);
    }
    if (ok && query.unixSockets)
        ok = dumpUnix(fd.get(), query, out);
    {
        const int raw = fd.release();
        CallTimer closing;
        const int rc = ::close(raw);
        recordCall(closing, "close", std::to_string(raw), rc, rc < 0 ? errno : 0, "close(fd);");
    }
    if (!ok)
        return out;
    if (query.processes)
        findOwners(out.sockets);
    out.ok = true;
    return out;
}

#else // not Linux: no sock_diag

SocketTableResult listMachineSockets(const SocketTableQuery&)
{
    SocketTableResult out;
    out.err = ENOSYS;
    out.failedCall = "socket";
    return out;
}

#endif

} // namespace sockscope
