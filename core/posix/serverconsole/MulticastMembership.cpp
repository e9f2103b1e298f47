#include "MulticastMembership.h"

#include "CallJournal.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sockscope {

namespace {

std::string ntop(int family, const void* addr)
{
    char buf[INET6_ADDRSTRLEN] = {};
    inet_ntop(family, addr, buf, sizeof buf);
    return buf;
}

std::string interfaceName(unsigned index)
{
    char name[IF_NAMESIZE] = {};
    return if_indextoname(index, name) ? std::string(name) : std::to_string(index);
}

// An in_addr as a C initialiser: { .s_addr = htonl(0xef010203) } /* 239.1.2.3 */
std::string inAddrInit(const in_addr& a)
{
    if (a.s_addr == htonl(INADDR_ANY))
        return "{ .s_addr = htonl(INADDR_ANY) }";
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08x", ntohl(a.s_addr));
    return std::string("{ .s_addr = htonl(") + hex + ") } /* " + ntop(AF_INET, &a) + " */";
}

std::string in6AddrInit(const in6_addr& a)
{
    std::string out = "{ .s6_addr = { ";
    for (int i = 0; i < 16; ++i) {
        char b[8];
        std::snprintf(b, sizeof b, "0x%02x", a.s6_addr[i]);
        out += b;
        if (i != 15)
            out += ", ";
    }
    return out + " } } /* " + ntop(AF_INET6, &a) + " */";
}

// The IPv4 address of interface `index` (ip_mreq_source names its interface by address).
bool interfaceAddress(unsigned index, in_addr& out)
{
    const std::string name = interfaceName(index);
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0)
        return false;
    bool found = false;
    for (ifaddrs* i = list; i && !found; i = i->ifa_next) {
        if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET && name == i->ifa_name) {
            out = reinterpret_cast<const sockaddr_in*>(i->ifa_addr)->sin_addr;
            found = true;
        }
    }
    freeifaddrs(list);
    return found;
}

int membershipCall(int fd, const MulticastGroup& g, bool join)
{
    const std::string fdText = std::to_string(fd);
    int rc = -1;
    int err = 0;
    std::string level, name, structName, init;
    CallTimer t;
    if (g.family == AF_INET6) {
        ipv6_mreq m{};
        m.ipv6mr_multiaddr = g.group6;
        m.ipv6mr_interface = g.interfaceIndex;
        t = CallTimer();
        rc = ::setsockopt(fd, IPPROTO_IPV6, join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP, &m, sizeof m);
        err = rc < 0 ? errno : 0;
        level = "IPPROTO_IPV6";
        name = join ? "IPV6_JOIN_GROUP" : "IPV6_LEAVE_GROUP";
        structName = "struct ipv6_mreq";
        init = "    .ipv6mr_multiaddr = " + in6AddrInit(g.group6) + ",\n    .ipv6mr_interface = "
               + std::to_string(g.interfaceIndex)
               + (g.interfaceIndex ? " /* " + interfaceName(g.interfaceIndex) + " */" : " /* the route's interface */")
               + ",\n";
    } else if (g.sourceSpecific) {
        ip_mreq_source m{};
        m.imr_multiaddr = g.group4;
        m.imr_sourceaddr = g.source4;
        m.imr_interface.s_addr = htonl(INADDR_ANY);
        if (g.interfaceIndex && !interfaceAddress(g.interfaceIndex, m.imr_interface)) {
            recordCall(t, "setsockopt", fdText + ", IPPROTO_IP, ...", -1, EADDRNOTAVAIL,
                       "/* interface " + interfaceName(g.interfaceIndex)
                           + " has no IPv4 address, which ip_mreq_source needs to name it */");
            return EADDRNOTAVAIL;
        }
        t = CallTimer();
        rc = ::setsockopt(fd, IPPROTO_IP, join ? IP_ADD_SOURCE_MEMBERSHIP : IP_DROP_SOURCE_MEMBERSHIP, &m, sizeof m);
        err = rc < 0 ? errno : 0;
        level = "IPPROTO_IP";
        name = join ? "IP_ADD_SOURCE_MEMBERSHIP" : "IP_DROP_SOURCE_MEMBERSHIP";
        structName = "struct ip_mreq_source";
        init = "    .imr_multiaddr = " + inAddrInit(g.group4) + ",\n    .imr_interface = " + inAddrInit(m.imr_interface)
               + ",\n    .imr_sourceaddr = " + inAddrInit(g.source4) + ",\n";
    } else {
        ip_mreqn m{};
        m.imr_multiaddr = g.group4;
        m.imr_address.s_addr = htonl(INADDR_ANY);
        m.imr_ifindex = static_cast<int>(g.interfaceIndex);
        t = CallTimer();
        rc = ::setsockopt(fd, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m, sizeof m);
        err = rc < 0 ? errno : 0;
        level = "IPPROTO_IP";
        name = join ? "IP_ADD_MEMBERSHIP" : "IP_DROP_MEMBERSHIP";
        structName = "struct ip_mreqn";
        init = "    .imr_multiaddr = " + inAddrInit(g.group4) + ",\n    .imr_address = " + inAddrInit(m.imr_address)
               + ",\n    .imr_ifindex = " + std::to_string(g.interfaceIndex)
               + (g.interfaceIndex ? " /* " + interfaceName(g.interfaceIndex) + " */" : " /* the route's interface */")
               + ",\n";
    }
    recordCall(t, "setsockopt", fdText + ", " + level + ", " + name + ", &mreq, sizeof mreq", rc, err,
               structName + " mreq = {\n" + init + "};\nsetsockopt(fd, " + level + ", " + name
                   + ", &mreq, sizeof mreq); /* " + (join ? "join " : "leave ") + g.text() + " */");
    return err;
}

} // namespace

std::string MulticastGroup::groupText() const
{
    return family == AF_INET6 ? ntop(AF_INET6, &group6) : ntop(AF_INET, &group4);
}

std::string MulticastGroup::text() const
{
    std::string t = groupText();
    if (sourceSpecific)
        t += " from " + ntop(AF_INET, &source4);
    if (interfaceIndex)
        t += " on " + interfaceName(interfaceIndex);
    return t;
}

bool MulticastGroup::sameAs(const MulticastGroup& o) const
{
    if (family != o.family || interfaceIndex != o.interfaceIndex || sourceSpecific != o.sourceSpecific)
        return false;
    if (family == AF_INET6)
        return std::memcmp(&group6, &o.group6, sizeof group6) == 0;
    return group4.s_addr == o.group4.s_addr && (!sourceSpecific || source4.s_addr == o.source4.s_addr);
}

unsigned interfaceIndexFromText(const std::string& text)
{
    if (text.empty())
        return 0;
    if (const unsigned byName = if_nametoindex(text.c_str()))
        return byName;
    char* end = nullptr;
    const unsigned long n = std::strtoul(text.c_str(), &end, 10);
    char name[IF_NAMESIZE] = {};
    if (end && *end == '\0' && n > 0 && n < 1000000 && if_indextoname(static_cast<unsigned>(n), name))
        return static_cast<unsigned>(n);
    return 0;
}

bool parseMulticastGroup(const std::string& group, const std::string& source, const std::string& interface,
                         MulticastGroup& out, std::string& error)
{
    out = MulticastGroup{};
    if (group.empty()) {
        error = "the group is empty: give a multicast address such as 239.1.2.3 or ff12::1";
        return false;
    }
    if (inet_pton(AF_INET, group.c_str(), &out.group4) == 1) {
        out.family = AF_INET;
        if (!IN_MULTICAST(ntohl(out.group4.s_addr))) {
            error = "'" + group + "' is not a multicast address: IPv4 groups are 224.0.0.0 to 239.255.255.255";
            return false;
        }
    } else if (inet_pton(AF_INET6, group.c_str(), &out.group6) == 1) {
        out.family = AF_INET6;
        if (!IN6_IS_ADDR_MULTICAST(&out.group6)) {
            error = "'" + group + "' is not a multicast address: IPv6 groups start with ff (ff00::/8)";
            return false;
        }
    } else {
        error = "'" + group + "' is not a numeric IPv4 or IPv6 address: give a group such as 239.1.2.3 or ff12::1";
        return false;
    }
    if (!source.empty()) {
        if (out.family == AF_INET6) {
            error = "a source-specific membership is offered for IPv4 groups only (IP_ADD_SOURCE_MEMBERSHIP)";
            return false;
        }
        if (inet_pton(AF_INET, source.c_str(), &out.source4) != 1) {
            error = "the source '" + source + "' is not a numeric IPv4 address";
            return false;
        }
        out.sourceSpecific = true;
    }
    if (!interface.empty()) {
        out.interfaceIndex = interfaceIndexFromText(interface);
        if (out.interfaceIndex == 0) {
            error = "'" + interface + "' is not a network interface of this machine (ip link lists them)";
            return false;
        }
    }
    return true;
}

int joinMulticastGroup(int fd, const MulticastGroup& g) { return membershipCall(fd, g, true); }
int leaveMulticastGroup(int fd, const MulticastGroup& g) { return membershipCall(fd, g, false); }

std::string multicastErrorWords(int err, bool join)
{
    switch (err) {
    case EADDRINUSE: return "the socket is already a member of this group";
    case EADDRNOTAVAIL: return join ? "the socket is not a member of this group, or the interface cannot take it"
                                    : "the socket is not a member of this group";
    case ENODEV: return "no interface for the group: add a route for it (ip route add 224.0.0.0/4 dev IFACE) or name one";
    case EINVAL: return "the kernel rejected the membership request";
    case ENOBUFS: return "too many memberships on this socket (net.ipv4.igmp_max_memberships)";
    case EPROTO:
    case ENOPROTOOPT: return "this socket's family cannot join that group";
    }
    return join ? "could not join the group" : "could not leave the group";
}

} // namespace sockscope
