#pragma once
// Multicast group membership of a UDP socket, as the chapter's setsockopt calls make it:
//   IPv4 any-source:      IP_ADD_MEMBERSHIP / IP_DROP_MEMBERSHIP with struct ip_mreqn;
//   IPv4 source-specific: IP_ADD_SOURCE_MEMBERSHIP / IP_DROP_SOURCE_MEMBERSHIP with struct ip_mreq_source;
//   IPv6:                 IPV6_JOIN_GROUP / IPV6_LEAVE_GROUP with struct ipv6_mreq.
// Each call is journalled with its struct written out as a C initialiser.

#include <netinet/in.h>

#include <string>

namespace sockscope {

struct MulticastGroup {
    int family = AF_UNSPEC;    // AF_INET or AF_INET6
    in_addr group4{};
    in6_addr group6{};
    bool sourceSpecific = false; // IPv4 only: receive from `source4` alone
    in_addr source4{};
    unsigned interfaceIndex = 0; // 0: the kernel picks the interface by the route to the group

    // "239.1.2.3", "232.1.2.3 from 192.0.2.1", "ff12::1 on lo"
    [[nodiscard]] std::string text() const;
    [[nodiscard]] std::string groupText() const;
    // The same membership: group, source and interface.
    [[nodiscard]] bool sameAs(const MulticastGroup& other) const;
};

// Parses numeric group text (and optionally a source address and an interface name or index) into
// `out`. On failure `error` says what is wrong in plain words: not an address, not a multicast one
// (224.0.0.0/4, ff00::/8), a source of another family, an IPv6 source (not supported), an unknown
// interface. No name lookup.
bool parseMulticastGroup(const std::string& group, const std::string& source, const std::string& interface,
                         MulticastGroup& out, std::string& error);

// An interface named by its name ("lo") or its index ("1"); 0 when this machine has none such.
unsigned interfaceIndexFromText(const std::string& text);

// setsockopt() on `fd` (a UDP socket of the group's family), journalled. Returns 0 or the errno.
int joinMulticastGroup(int fd, const MulticastGroup& g);
int leaveMulticastGroup(int fd, const MulticastGroup& g);

// The plain words for a failed join/leave errno ("the socket is already a member of this group").
std::string multicastErrorWords(int err, bool join);

} // namespace sockscope
