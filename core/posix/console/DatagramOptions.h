#pragma once
// A UDP socket's options for sending to broadcast and multicast addresses, as the client console sets
// them: SO_BROADCAST, the multicast interface (IP_MULTICAST_IF with struct ip_mreqn, IPV6_MULTICAST_IF
// with an interface index), the multicast TTL or hop limit, and multicast loop. The option of the
// socket's family is used (IPV6_* on an AF_INET6 socket). Every set is journalled and read back with
// getsockopt, so the caller reports what the kernel kept.

#include "SocketRegistry.h"

#include <string>

namespace sockscope {

struct DatagramOptionResult {
    bool ok = false;
    int err = 0;          // setsockopt's errno, or EINVAL for a value refused before the call
    std::string message;  // plain English: why it failed, or how the kernel adjusted the value
    std::string kept;     // the value read back, as text ("1", "64", "lo (index 1)"); empty if unread
};

// What getsockopt says now; -1 (or empty) where the read failed.
struct DatagramOptionState {
    int broadcast = -1;
    int ttl = -1;           // IP_MULTICAST_TTL or IPV6_MULTICAST_HOPS
    int loop = -1;          // IP_MULTICAST_LOOP or IPV6_MULTICAST_LOOP
    std::string interface;  // IP_MULTICAST_IF's address, IPV6_MULTICAST_IF's interface
};

DatagramOptionResult setBroadcastOption(int fd, const SocketKind& kind, bool on);
DatagramOptionResult setMulticastTtl(int fd, const SocketKind& kind, int ttl); // 0..255
DatagramOptionResult setMulticastLoop(int fd, const SocketKind& kind, bool on);
// `text`: empty (the route to the group decides), an interface name or index ("lo", "1"), or for an
// IPv4 socket one of this host's IPv4 addresses ("127.0.0.1"). Bad text fails with EINVAL before any
// call, with words naming what is allowed.
DatagramOptionResult setMulticastInterface(int fd, const SocketKind& kind, const std::string& text);
// All four read back, journalled.
DatagramOptionState readDatagramOptions(int fd, const SocketKind& kind);

// SO_BROADCAST read without a journal entry: whether an EACCES from send/connect is the broadcast refusal.
bool broadcastIsOff(int fd);

// The words for the EACCES a UDP socket gets sending to (or connecting to) a broadcast address.
std::string broadcastRefusedWords();

} // namespace sockscope
