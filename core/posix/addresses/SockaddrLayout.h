#pragma once
// The bytes of a socket address structure, field by field, as this platform lays them out.
// Offsets and sizes come from offsetof/sizeof on the real structures, not from a table.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

struct LayoutField {
    std::string name;   // "sin_port"
    std::string ctype;  // "in_port_t"
    std::size_t offset = 0;
    std::size_t size = 0;
    std::string hex;    // the field's bytes in memory
    std::string value;  // decoded: "8080", "AF_INET (2)", "127.0.0.1"
    enum class Order { None, Host, Network } order = Order::None; // how a number field is stored
};

struct SockaddrLayout {
    std::string structName;          // "struct sockaddr_in"
    std::size_t size = 0;            // sizeof the structure
    std::size_t socklen = 0;         // the length a program passes to bind/connect
    std::vector<LayoutField> fields;
    std::vector<std::uint8_t> bytes; // the whole structure
};

struct LayoutResult {
    enum class Error {
        None,
        BadAddress,   // inet_pton rejected the address (rc 0)
        BadScope,     // the %iface suffix names no interface
        BadPort,      // not 0–65535
        BadFlowinfo,  // not a 20-bit flow label (0–0xfffff)
        EmptyPath,
        PathTooLong,  // does not fit sun_path with its terminating NUL
        NoAbstract,   // @name on a platform without abstract names
    };
    Error error = Error::None;
    std::size_t limit = 0; // the limit broken (PathTooLong: the longest allowed length)
    SockaddrLayout layout;
    [[nodiscard]] bool ok() const { return error == Error::None; }
};

// struct sockaddr_in for a dotted IPv4 address and a port typed by the user.
LayoutResult layoutInet(const std::string& address, const std::string& port);
// struct sockaddr_in6; `address` may carry a %scope suffix (interface name or number).
LayoutResult layoutInet6(const std::string& address, const std::string& port,
                         const std::string& flowinfo = "0");
// struct sockaddr_un for a filesystem path or, on Linux, "@name" in the abstract namespace.
LayoutResult layoutUnix(const std::string& path);

// The same bytes seen through struct sockaddr (what bind() is declared to take) and through
// struct sockaddr_storage (big enough and aligned for any address).
SockaddrLayout viewAsSockaddr(const SockaddrLayout& concrete);
SockaddrLayout viewAsStorage(const SockaddrLayout& concrete);

} // namespace sockscope
