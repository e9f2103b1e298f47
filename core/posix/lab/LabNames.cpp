#include "LabNames.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>

namespace sockscope {

namespace {

std::string nameOf(const std::vector<LabConstant>& table, int value)
{
    for (const auto& c : table)
        if (c.value == value)
            return c.name;
    return std::to_string(value);
}

std::string orText(const std::vector<LabConstant>& table, int flags)
{
    std::string out;
    int rest = flags;
    for (const auto& c : table) {
        if (c.value && (flags & c.value) == c.value) {
            if (!out.empty())
                out += '|';
            out += c.name;
            rest &= ~c.value;
        }
    }
    if (rest) {
        if (!out.empty())
            out += '|';
        char buf[16];
        std::snprintf(buf, sizeof buf, "0x%x", static_cast<unsigned>(rest));
        out += buf;
    }
    return out.empty() ? "0" : out;
}

std::vector<LabConstant> allMsgFlags()
{
    std::vector<LabConstant> v = labSendFlags();
    for (const auto& c : labRecvFlags()) {
        bool seen = false;
        for (const auto& d : v)
            seen = seen || d.value == c.value;
        if (!seen)
            v.push_back(c);
    }
    return v;
}

} // namespace

std::string labCallName(LabCall call)
{
    switch (call) {
    case LabCall::Socket: return "socket";
    case LabCall::Bind: return "bind";
    case LabCall::Listen: return "listen";
    case LabCall::Accept: return "accept";
    case LabCall::Connect: return "connect";
    case LabCall::Send: return "send";
    case LabCall::Recv: return "recv";
    case LabCall::SendTo: return "sendto";
    case LabCall::RecvFrom: return "recvfrom";
    case LabCall::Read: return "read";
    case LabCall::Write: return "write";
    case LabCall::Shutdown: return "shutdown";
    case LabCall::Close: return "close";
    case LabCall::Dup: return "dup";
    case LabCall::Dup2: return "dup2";
    case LabCall::FcntlDupfd: return "fcntl F_DUPFD";
    case LabCall::FcntlGetfl: return "fcntl F_GETFL";
    case LabCall::FcntlSetfl: return "fcntl F_SETFL";
    case LabCall::FcntlGetfd: return "fcntl F_GETFD";
    case LabCall::FcntlSetfd: return "fcntl F_SETFD";
    case LabCall::FcntlGetown: return "fcntl F_GETOWN";
    case LabCall::FcntlSetown: return "fcntl F_SETOWN";
    case LabCall::Fstat: return "fstat";
    case LabCall::Lseek: return "lseek";
    case LabCall::Fchdir: return "fchdir";
    case LabCall::Fchmod: return "fchmod";
    case LabCall::Fchown: return "fchown";
    case LabCall::Fsync: return "fsync";
    case LabCall::Fdatasync: return "fdatasync";
    case LabCall::Ftruncate: return "ftruncate";
    case LabCall::IoctlFionread: return "ioctl FIONREAD";
    case LabCall::IoctlSiocatmark: return "ioctl SIOCATMARK";
    case LabCall::Getsockname: return "getsockname";
    case LabCall::Getpeername: return "getpeername";
    case LabCall::Setsockopt: return "setsockopt";
    case LabCall::IcmpEcho: return "icmp echo";
    case LabCall::SendIpPacket: return "send IPv4 packet";
    }
    return "?";
}

std::string labCallFunction(LabCall call)
{
    if (call == LabCall::IcmpEcho || call == LabCall::SendIpPacket)
        return "sendto";
    const std::string name = labCallName(call);
    return name.substr(0, name.find(' '));
}

bool labCallReturnsFd(LabCall call)
{
    return call == LabCall::Socket || call == LabCall::Accept || call == LabCall::Dup || call == LabCall::Dup2
        || call == LabCall::FcntlDupfd;
}

std::vector<LabConstant> labDomains()
{
    return {{"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNIX", AF_UNIX}, {"AF_UNSPEC", AF_UNSPEC}};
}

std::vector<LabConstant> labTypes()
{
    return {{"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_SEQPACKET", SOCK_SEQPACKET},
            {"SOCK_RAW", SOCK_RAW}};
}

std::vector<LabConstant> labProtocols()
{
    std::vector<LabConstant> v{{"0", 0},
                               {"IPPROTO_TCP", IPPROTO_TCP},
                               {"IPPROTO_UDP", IPPROTO_UDP},
                               {"IPPROTO_ICMP", IPPROTO_ICMP},
                               {"IPPROTO_ICMPV6", IPPROTO_ICMPV6},
                               {"IPPROTO_RAW", IPPROTO_RAW},
                               {"IPPROTO_SCTP", IPPROTO_SCTP},
                               {"IPPROTO_UDPLITE", IPPROTO_UDPLITE}};
#ifdef IPPROTO_MPTCP
    v.push_back({"IPPROTO_MPTCP", IPPROTO_MPTCP});
#endif
    return v;
}

std::vector<LabSocketOption> labSocketOptions()
{
    return {{"SO_LINGER", "SOL_SOCKET", SOL_SOCKET, SO_LINGER, true},
            {"SO_KEEPALIVE", "SOL_SOCKET", SOL_SOCKET, SO_KEEPALIVE, false},
            {"SO_REUSEADDR", "SOL_SOCKET", SOL_SOCKET, SO_REUSEADDR, false},
            {"SO_OOBINLINE", "SOL_SOCKET", SOL_SOCKET, SO_OOBINLINE, false},
            {"SO_RCVBUF", "SOL_SOCKET", SOL_SOCKET, SO_RCVBUF, false},
            {"SO_SNDBUF", "SOL_SOCKET", SOL_SOCKET, SO_SNDBUF, false},
            {"TCP_NODELAY", "IPPROTO_TCP", IPPROTO_TCP, TCP_NODELAY, false},
            {"TCP_KEEPIDLE", "IPPROTO_TCP", IPPROTO_TCP, TCP_KEEPIDLE, false},
            {"TCP_KEEPINTVL", "IPPROTO_TCP", IPPROTO_TCP, TCP_KEEPINTVL, false},
            {"TCP_KEEPCNT", "IPPROTO_TCP", IPPROTO_TCP, TCP_KEEPCNT, false},
            {"IP_HDRINCL", "IPPROTO_IP", IPPROTO_IP, IP_HDRINCL, false}};
}

const LabSocketOption* labSocketOption(int level, int option)
{
    static const std::vector<LabSocketOption> all = labSocketOptions();
    for (const auto& o : all)
        if (o.level == level && o.option == option)
            return &o;
    return nullptr;
}

std::vector<LabConstant> labSendFlags()
{
    std::vector<LabConstant> v{{"MSG_DONTWAIT", MSG_DONTWAIT}, {"MSG_OOB", MSG_OOB},
                               {"MSG_DONTROUTE", MSG_DONTROUTE}, {"MSG_EOR", MSG_EOR}};
#ifdef MSG_NOSIGNAL
    v.push_back({"MSG_NOSIGNAL", MSG_NOSIGNAL});
#endif
#ifdef MSG_MORE
    v.push_back({"MSG_MORE", MSG_MORE});
#endif
    return v;
}

std::vector<LabConstant> labRecvFlags()
{
    return {{"MSG_PEEK", MSG_PEEK}, {"MSG_WAITALL", MSG_WAITALL}, {"MSG_DONTWAIT", MSG_DONTWAIT},
            {"MSG_OOB", MSG_OOB},   {"MSG_TRUNC", MSG_TRUNC}};
}

std::vector<LabConstant> labShutdownHows() { return {{"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR}}; }

std::vector<LabConstant> labSeekWhences() { return {{"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END}}; }

std::string labDomainName(int domain) { return nameOf(labDomains(), domain); }

std::string labTypeName(int type)
{
    int base = type;
    std::string extra;
#ifdef SOCK_NONBLOCK
    if (type & SOCK_NONBLOCK) {
        base &= ~SOCK_NONBLOCK;
        extra += "|SOCK_NONBLOCK";
    }
#endif
#ifdef SOCK_CLOEXEC
    if (type & SOCK_CLOEXEC) {
        base &= ~SOCK_CLOEXEC;
        extra += "|SOCK_CLOEXEC";
    }
#endif
    return nameOf(labTypes(), base) + extra;
}

std::string labProtocolName(int protocol) { return nameOf(labProtocols(), protocol); }
std::string labShutdownName(int how) { return nameOf(labShutdownHows(), how); }
std::string labWhenceName(int whence) { return nameOf(labSeekWhences(), whence); }
std::string labMsgFlagsText(int flags) { return orText(allMsgFlags(), flags); }

std::string labOpenFlagsText(int flags)
{
    const int access = flags & O_ACCMODE;
    std::string out = access == O_RDONLY ? "O_RDONLY" : access == O_WRONLY ? "O_WRONLY" : "O_RDWR";
    const std::vector<LabConstant> table{{"O_NONBLOCK", O_NONBLOCK}, {"O_APPEND", O_APPEND}, {"O_ASYNC", O_ASYNC}};
    const std::string rest = orText(table, flags & ~O_ACCMODE);
    return rest == "0" ? out : out + "|" + rest;
}

namespace {

int baseType(int type) { return type & 0xf; } // without SOCK_NONBLOCK and SOCK_CLOEXEC

bool isIcmpOf(int domain, int protocol)
{
    return (domain == AF_INET && protocol == IPPROTO_ICMP) || (domain == AF_INET6 && protocol == IPPROTO_ICMPV6);
}

} // namespace

bool labIsRawIcmp(int domain, int type, int protocol) { return baseType(type) == SOCK_RAW && isIcmpOf(domain, protocol); }
bool labIsPing(int domain, int type, int protocol) { return baseType(type) == SOCK_DGRAM && isIcmpOf(domain, protocol); }
bool labIsRawIp(int domain, int type, int protocol)
{
    return domain == AF_INET && baseType(type) == SOCK_RAW && protocol == IPPROTO_RAW;
}

std::string labKindShortName(int domain, int type, int protocol)
{
    const int base = baseType(type);
    if (domain == AF_UNIX)
        return base == SOCK_DGRAM ? "unix-dgram" : base == SOCK_SEQPACKET ? "unix-seqpacket" : "unix-stream";
    const std::string v6 = domain == AF_INET6 ? "6" : "";
    if (labIsPing(domain, type, protocol))
        return "ping" + v6;
    if (base == SOCK_RAW) {
        if (labIsRawIcmp(domain, type, protocol))
            return domain == AF_INET6 ? "raw6-icmpv6" : "raw-icmp";
        return "raw" + v6 + (protocol == IPPROTO_RAW ? std::string("-ip") : "-" + std::to_string(protocol));
    }
    if (protocol == IPPROTO_UDPLITE)
        return "udplite" + v6;
    if (protocol == IPPROTO_SCTP)
        return "sctp" + v6;
    if (base == SOCK_SEQPACKET)
        return "seqpacket" + v6;
    return (base == SOCK_DGRAM ? "udp" : "tcp") + v6;
}

} // namespace sockscope
