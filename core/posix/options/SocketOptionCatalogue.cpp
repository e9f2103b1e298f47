#include "SocketOptionCatalogue.h"

#include "SocketOptionPlatform.h"

#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <climits>

namespace sockscope {

namespace {

using T = OptionType;
constexpr bool kSet = true;
constexpr bool kGet = false;
constexpr std::int64_t kIntMax = INT_MAX;

// Ranges: what a caller may ask for. The kernel may still adjust an allowed value (SocketOptions reports it).
// Buffer sizes: the smallest positive size up to INT_MAX/2, so that Linux's doubling cannot overflow.
constexpr SocketOptionSpec kCatalogue[] = {
    {"SOL_SOCKET", SOL_SOCKET, "SO_ACCEPTCONN", SO_ACCEPTCONN, T::Bool, kGet, 0, 1, AnyStream,
     "Whether the socket is listening for connections (set by listen())."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_BROADCAST", SO_BROADCAST, T::Bool, kSet, 0, 1, AnyInetDgram,
     "Allow sending datagrams to a broadcast address."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_DEBUG", SO_DEBUG, T::Bool, kSet, 0, 1, AnyKind,
     "Ask the protocol to record debugging information (turning it on needs CAP_NET_ADMIN)."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_DONTROUTE", SO_DONTROUTE, T::Bool, kSet, 0, 1, AnyInet,
     "Send only to directly connected hosts, bypassing the routing table."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_ERROR", SO_ERROR, T::Int, kGet, 0, kIntMax, AnyKind,
     "The pending socket error (an errno value); reading it clears it."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_KEEPALIVE", SO_KEEPALIVE, T::Bool, kSet, 0, 1, AnyInetStream,
     "Send keep-alive probes on an idle connection to find out whether the peer is still there."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_LINGER", SO_LINGER, T::Linger, kSet, 0, kIntMax, AnyStream,
     "What close() does with unsent data: wait up to this many seconds; {1, 0} resets the connection."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_OOBINLINE", SO_OOBINLINE, T::Bool, kSet, 0, 1, AnyInetStream,
     "Deliver urgent (out-of-band) data inline with the normal data."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_RCVBUF", SO_RCVBUF, T::Int, kSet, 1, kIntMax / 2, AnyKind,
     "The size of the receive buffer in bytes."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_RCVLOWAT", SO_RCVLOWAT, T::Int, kSet, 1, kIntMax, AnyKind,
     "The fewest bytes a receive call waits for before it returns."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_RCVTIMEO", SO_RCVTIMEO, T::Timeval, kSet, 0, kIntMax, AnyKind,
     "How long a blocking receive waits before it fails with EAGAIN; 0 waits for ever."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_REUSEADDR", SO_REUSEADDR, T::Bool, kSet, 0, 1, AnyInet,
     "Allow bind() to an address still held by a connection in TIME_WAIT."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_SNDBUF", SO_SNDBUF, T::Int, kSet, 1, kIntMax / 2, AnyKind,
     "The size of the send buffer in bytes."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_SNDLOWAT", SO_SNDLOWAT, T::Int, !platform::sndLowatReadOnly, 1, kIntMax, AnyKind,
     "The fewest bytes of free buffer space a send call waits for."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_SNDTIMEO", SO_SNDTIMEO, T::Timeval, kSet, 0, kIntMax, AnyKind,
     "How long a blocking send waits before it fails with EAGAIN; 0 waits for ever."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_TYPE", SO_TYPE, T::Int, kGet, 0, kIntMax, AnyKind,
     "The socket type (SOCK_STREAM, SOCK_DGRAM, …)."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_REUSEPORT", platform::soReusePort, T::Bool, kSet, 0, 1, AnyInet,
     "Allow several sockets to bind the same address and port, and share the incoming load."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_DOMAIN", platform::soDomain, T::Int, kGet, 0, kIntMax, AnyKind,
     "The socket's address family (AF_INET, AF_INET6, AF_UNIX)."},
    {"SOL_SOCKET", SOL_SOCKET, "SO_PROTOCOL", platform::soProtocol, T::Int, kGet, 0, kIntMax, AnyKind,
     "The socket's protocol (IPPROTO_TCP, IPPROTO_UDP, 0)."},

    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_NODELAY", TCP_NODELAY, T::Bool, kSet, 0, 1, AnyInetStream,
     "Send small segments at once instead of waiting to combine them (turns Nagle's algorithm off)."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_MAXSEG", TCP_MAXSEG, T::Int, kSet, 88, 32767, AnyInetStream,
     "The largest segment TCP sends, in bytes."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_KEEPIDLE", platform::tcpKeepIdle, T::Int, kSet, 1, 32767, AnyInetStream,
     "Seconds of idleness before the first keep-alive probe."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_KEEPINTVL", platform::tcpKeepIntvl, T::Int, kSet, 1, 32767, AnyInetStream,
     "Seconds between keep-alive probes."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_KEEPCNT", platform::tcpKeepCnt, T::Int, kSet, 1, 127, AnyInetStream,
     "Unanswered keep-alive probes before the connection is dropped."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_CORK", platform::tcpCork, T::Bool, kSet, 0, 1, AnyInetStream,
     "Hold back partial segments until the cork is removed (or 200 ms pass)."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_QUICKACK", platform::tcpQuickAck, T::Bool, kSet, 0, 1, AnyInetStream,
     "Acknowledge at once instead of delaying; the kernel may turn it off again by itself."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_USER_TIMEOUT", platform::tcpUserTimeout, T::Int, kSet, 0, kIntMax,
     AnyInetStream, "Milliseconds sent data may stay unacknowledged before the connection is dropped; 0: the system's default."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_CONGESTION", platform::tcpCongestion, T::String, kSet, 1, 15, AnyInetStream,
     "The congestion control algorithm (cubic, reno, bbr, … as the kernel offers them)."},
    {"IPPROTO_TCP", IPPROTO_TCP, "TCP_INFO", platform::tcpInfo, T::TcpInfo, kGet, 0, 0, AnyInetStream,
     "The connection's state as TCP sees it: round-trip time, congestion window, retransmissions, bytes."},

    {"IPPROTO_IP", IPPROTO_IP, "IP_TTL", IP_TTL, T::Int, kSet, 1, 255, InetStream | InetDgram,
     "The time-to-live of outgoing packets: how many routers they may cross."},
    {"IPPROTO_IP", IPPROTO_IP, "IP_TOS", IP_TOS, T::Int, kSet, 0, 255, InetStream | InetDgram,
     "The type-of-service byte of outgoing packets (DSCP and ECN bits)."},
    {"IPPROTO_IP", IPPROTO_IP, "IP_MULTICAST_TTL", IP_MULTICAST_TTL, T::Int, kSet, 0, 255, InetDgram,
     "The time-to-live of outgoing multicast datagrams."},
    {"IPPROTO_IP", IPPROTO_IP, "IP_MULTICAST_LOOP", IP_MULTICAST_LOOP, T::Bool, kSet, 0, 1, InetDgram,
     "Deliver our own multicast datagrams back to this host."},

    {"IPPROTO_IPV6", IPPROTO_IPV6, "IPV6_V6ONLY", IPV6_V6ONLY, T::Bool, kSet, 0, 1, AnyInet6,
     "Accept IPv6 only; when off, IPv4 peers reach the socket as ::ffff:a.b.c.d (set it before bind())."},
    {"IPPROTO_IPV6", IPPROTO_IPV6, "IPV6_UNICAST_HOPS", IPV6_UNICAST_HOPS, T::Int, kSet, 1, 255, AnyInet6,
     "The hop limit of outgoing unicast packets."},
    {"IPPROTO_IPV6", IPPROTO_IPV6, "IPV6_MULTICAST_HOPS", IPV6_MULTICAST_HOPS, T::Int, kSet, 0, 255, Inet6Dgram,
     "The hop limit of outgoing multicast datagrams."},
    {"IPPROTO_IPV6", IPPROTO_IPV6, "IPV6_MULTICAST_LOOP", IPV6_MULTICAST_LOOP, T::Bool, kSet, 0, 1, Inet6Dgram,
     "Deliver our own multicast datagrams back to this host."},
};

} // namespace

std::span<const SocketOptionSpec> socketOptionCatalogue()
{
    return kCatalogue;
}

const SocketOptionSpec* findSocketOption(std::string_view nameSymbol)
{
    for (const SocketOptionSpec& spec : kCatalogue)
        if (nameSymbol == spec.nameSymbol)
            return &spec;
    return nullptr;
}

unsigned socketKindBit(const SocketKind& kind)
{
    const bool stream = kind.type == SOCK_STREAM;
    const bool dgram = kind.type == SOCK_DGRAM;
    if (!stream && !dgram)
        return 0;
    switch (kind.domain) {
    case AF_INET: return stream ? InetStream : InetDgram;
    case AF_INET6: return stream ? Inet6Stream : Inet6Dgram;
    case AF_UNIX: return stream ? UnixStream : UnixDgram;
    default: return 0;
    }
}

bool optionAppliesTo(const SocketOptionSpec& spec, const SocketKind& kind)
{
    return (spec.appliesTo & socketKindBit(kind)) != 0;
}

const char* optionTypeName(OptionType type)
{
    switch (type) {
    case OptionType::Int: return "int";
    case OptionType::Bool: return "bool";
    case OptionType::Linger: return "struct linger";
    case OptionType::Timeval: return "struct timeval";
    case OptionType::String: return "string";
    case OptionType::TcpInfo: return "struct tcp_info";
    }
    return "";
}

} // namespace sockscope
