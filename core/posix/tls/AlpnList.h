#pragma once
// The ALPN list as a user types it ("h2,http/1.1") and as TLS sends it: each protocol name prefixed by
// its length in one byte (RFC 7301), the form SSL_CTX_set_alpn_protos takes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sockscope {

struct AlpnList {
    std::vector<std::string> names; // in the user's order of preference
    std::string wire;               // "\x02h2\x08http/1.1"
    std::string error;              // empty when the text parsed; else what is wrong and what is allowed
    std::size_t position = 0;       // where in the text the fault is (0-based)
    [[nodiscard]] bool ok() const { return error.empty(); }
};

// Comma-separated names of 1 to 255 bytes each, no empty item; blanks around a name are not part of it.
// An empty text is an empty list (no ALPN offered).
AlpnList parseAlpnList(std::string_view text);

// The names of a wire-format list, or false when it is not well formed (a length past the end, a 0).
bool alpnNamesFromWire(std::string_view wire, std::vector<std::string>& names);

} // namespace sockscope
