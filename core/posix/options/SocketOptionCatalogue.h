#pragma once
// Every socket option SockScope knows, as data: one row per option says at which level it lives, how
// its value is shaped, which values are allowed, whether it can be set, which sockets it applies to,
// whether this platform has it, and what it means. Code reads the table; it never lists options itself.

#include "SocketRegistry.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace sockscope {

enum class OptionType {
    Int,     // int, a count or a size
    Bool,    // int, zero or non-zero
    Linger,  // struct linger
    Timeval, // struct timeval
    String,  // a NUL-terminated name (TCP_CONGESTION)
    TcpInfo, // struct tcp_info, read only
};

// The six kinds of socket the options are described for, as bits of SocketOptionSpec::appliesTo.
enum SocketKindBit : unsigned {
    InetStream = 1u << 0,
    InetDgram = 1u << 1,
    Inet6Stream = 1u << 2,
    Inet6Dgram = 1u << 3,
    UnixStream = 1u << 4,
    UnixDgram = 1u << 5,
    AnyInetStream = InetStream | Inet6Stream,
    AnyInetDgram = InetDgram | Inet6Dgram,
    AnyInet = AnyInetStream | AnyInetDgram,
    AnyInet6 = Inet6Stream | Inet6Dgram,
    AnyStream = AnyInetStream | UnixStream,
    AnyDgram = AnyInetDgram | UnixDgram,
    AnyKind = AnyStream | AnyDgram,
};

struct SocketOptionSpec {
    const char* levelSymbol; // "SOL_SOCKET"
    int level;
    const char* nameSymbol;  // "SO_RCVBUF"
    int name;                // -1 where the platform does not have it
    OptionType type;
    bool settable;           // false: getsockopt only (here, or on this platform)
    std::int64_t min;        // allowed range of an Int (for Linger: the linger seconds; Timeval: seconds)
    std::int64_t max;
    unsigned appliesTo;      // SocketKindBit
    const char* meaning;     // one line of plain English

    bool available() const { return name >= 0; }
};

// The whole catalogue, in the order the front ends show it (by level, then as the chapter lists them).
std::span<const SocketOptionSpec> socketOptionCatalogue();

// The option called `nameSymbol` ("TCP_NODELAY"), or nullptr.
const SocketOptionSpec* findSocketOption(std::string_view nameSymbol);

// The SocketKindBit of a socket kind, or 0 for a kind the catalogue does not describe (raw, seqpacket).
unsigned socketKindBit(const SocketKind& kind);
bool optionAppliesTo(const SocketOptionSpec& spec, const SocketKind& kind);

const char* optionTypeName(OptionType type); // "int", "bool", "struct linger", …

} // namespace sockscope
