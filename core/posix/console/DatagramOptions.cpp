#include "DatagramOptions.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "MulticastMembership.h"
#include "SocketOptions.h"

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstdio>

namespace sockscope {

namespace {

bool isV6(const SocketKind& kind) { return kind.domain == AF_INET6; }

std::string interfaceText(unsigned index)
{
    if (index == 0)
        return "0 (the route decides)";
    char name[IF_NAMESIZE] = {};
    return (if_indextoname(index, name) ? std::string(name) : std::string("?")) + " (index " + std::to_string(index) + ")";
}

std::string addressText(const in_addr& a)
{
    char buf[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &a, buf, sizeof buf);
    return buf;
}

// An in_addr as a C initialiser, the way the journal writes the membership structs.
std::string inAddrInit(const in_addr& a)
{
    if (a.s_addr == htonl(INADDR_ANY))
        return "{ .s_addr = htonl(INADDR_ANY) }";
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08x", ntohl(a.s_addr));
    return std::string("{ .s_addr = htonl(") + hex + ") } /* " + addressText(a) + " */";
}

// An int option of the catalogue, set and read back by the options code (which journals both).
DatagramOptionResult setIntOption(int fd, const SocketKind& kind, const char* name, int value)
{
    DatagramOptionResult r;
    const SocketOptionSpec* spec = findSocketOption(name);
    if (!spec || !spec->available()) {
        r.err = ENOPROTOOPT;
        r.message = std::string(name) + " is not available on this platform";
        return r;
    }
    const OptionSetResult s = setOption(fd, kind, *spec, OptionValue(value));
    r.ok = s.applied();
    r.err = s.err ? s.err : (s.applied() ? 0 : EINVAL);
    r.message = s.message;
    if (s.kept)
        r.kept = formatOptionValue(*spec, *s.kept);
    return r;
}

int readInt(int fd, const char* name)
{
    const SocketOptionSpec* spec = findSocketOption(name);
    if (!spec || !spec->available())
        return -1;
    const OptionReading r = getOption(fd, *spec);
    return r.ok() ? std::get<int>(r.value) : -1;
}

// getsockopt(IP_MULTICAST_IF / IPV6_MULTICAST_IF), journalled, as text.
std::string readInterface(int fd, const SocketKind& kind)
{
    const std::string fdText = std::to_string(fd);
    CallTimer t;
    if (isV6(kind)) {
        int index = 0;
        socklen_t len = sizeof index;
        const int rc = ::getsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &index, &len);
        const int e = rc < 0 ? errno : 0;
        recordCall(t, "getsockopt", fdText + ", IPPROTO_IPV6, IPV6_MULTICAST_IF, &index, &len", rc, e,
                   "int index;\nsocklen_t len = sizeof index;\ngetsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &index, "
                   "&len);" + (rc == 0 ? " /* index == " + std::to_string(index) + " */" : std::string()));
        return rc == 0 ? interfaceText(static_cast<unsigned>(index)) : std::string();
    }
    // Linux hands back the address part only (an interface chosen by index reads as INADDR_ANY).
    in_addr a{};
    socklen_t len = sizeof a;
    const int rc = ::getsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &a, &len);
    const int e = rc < 0 ? errno : 0;
    recordCall(t, "getsockopt", fdText + ", IPPROTO_IP, IP_MULTICAST_IF, &addr, &len", rc, e,
               "struct in_addr addr;\nsocklen_t len = sizeof addr;\ngetsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &addr, "
               "&len);" + (rc == 0 ? " /* addr == " + addressText(a) + " */" : std::string()));
    if (rc != 0)
        return {};
    return a.s_addr == htonl(INADDR_ANY) ? std::string("INADDR_ANY") : addressText(a);
}

} // namespace

DatagramOptionResult setBroadcastOption(int fd, const SocketKind& kind, bool on)
{
    return setIntOption(fd, kind, "SO_BROADCAST", on ? 1 : 0);
}

DatagramOptionResult setMulticastTtl(int fd, const SocketKind& kind, int ttl)
{
    return setIntOption(fd, kind, isV6(kind) ? "IPV6_MULTICAST_HOPS" : "IP_MULTICAST_TTL", ttl);
}

DatagramOptionResult setMulticastLoop(int fd, const SocketKind& kind, bool on)
{
    return setIntOption(fd, kind, isV6(kind) ? "IPV6_MULTICAST_LOOP" : "IP_MULTICAST_LOOP", on ? 1 : 0);
}

DatagramOptionResult setMulticastInterface(int fd, const SocketKind& kind, const std::string& text)
{
    DatagramOptionResult r;
    const std::string fdText = std::to_string(fd);
    in_addr address{};
    unsigned index = 0;
    const bool byAddress = !isV6(kind) && inet_pton(AF_INET, text.c_str(), &address) == 1;
    if (!text.empty() && !byAddress) {
        index = interfaceIndexFromText(text);
        if (index == 0) {
            r.err = EINVAL;
            r.message = isV6(kind) ? "'" + text + "' is not a network interface of this machine: give its name or index "
                                                  "(ip link lists them); IPv6 names the interface, not an address"
                                   : "'" + text + "' is neither an interface of this machine nor an IPv4 address: give "
                                                  "a name or index (ip link) or one of this host's addresses";
            return r;
        }
    }
    CallTimer t;
    int rc = 0;
    if (isV6(kind)) {
        const int v = static_cast<int>(index);
        rc = ::setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &v, sizeof v);
        r.err = rc < 0 ? errno : 0;
        recordCall(t, "setsockopt", fdText + ", IPPROTO_IPV6, IPV6_MULTICAST_IF, &index, sizeof index", rc, r.err,
                   "int index = " + std::to_string(index) + "; /* " + interfaceText(index)
                       + " */\nsetsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &index, sizeof index);");
    } else {
        ip_mreqn m{};
        m.imr_address = address;
        m.imr_ifindex = static_cast<int>(index);
        rc = ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &m, sizeof m);
        r.err = rc < 0 ? errno : 0;
        recordCall(t, "setsockopt", fdText + ", IPPROTO_IP, IP_MULTICAST_IF, &mreq, sizeof mreq", rc, r.err,
                   "struct ip_mreqn mreq = {\n    .imr_multiaddr = { .s_addr = htonl(INADDR_ANY) }, /* unused here */\n"
                   "    .imr_address = " + inAddrInit(address) + ",\n    .imr_ifindex = " + std::to_string(index)
                       + (index ? " /* " + interfaceText(index) + " */" : std::string(" /* by address, or the route */"))
                       + ",\n};\nsetsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &mreq, sizeof mreq);");
    }
    r.ok = rc == 0;
    if (!r.ok)
        r.message = r.err == EADDRNOTAVAIL ? "'" + text + "' is not an address of this host's interfaces"
                                           : "the kernel refused the multicast interface (" + errnoDescription(r.err) + ")";
    r.kept = readInterface(fd, kind);
    return r;
}

DatagramOptionState readDatagramOptions(int fd, const SocketKind& kind)
{
    DatagramOptionState s;
    s.broadcast = readInt(fd, "SO_BROADCAST");
    s.ttl = readInt(fd, isV6(kind) ? "IPV6_MULTICAST_HOPS" : "IP_MULTICAST_TTL");
    s.loop = readInt(fd, isV6(kind) ? "IPV6_MULTICAST_LOOP" : "IP_MULTICAST_LOOP");
    s.interface = readInterface(fd, kind);
    return s;
}

bool broadcastIsOff(int fd)
{
    int v = 0;
    socklen_t len = sizeof v;
    return ::getsockopt(fd, SOL_SOCKET, SO_BROADCAST, &v, &len) == 0 && v == 0;
}

std::string broadcastRefusedWords()
{
    return "the destination is a broadcast address and SO_BROADCAST is off: the kernel refuses with EACCES until "
           "the socket sets SO_BROADCAST";
}

} // namespace sockscope
