#pragma once
// inet_pton/inet_ntop and the legacy inet_aton/inet_addr/inet_ntoa, each called for real and
// journalled. Validation of addresses anywhere in SockScope goes through here, so it agrees with
// the C library the user's programs will use.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace sockscope {

struct PtonResult {
    int family = 0;  // AF_INET or AF_INET6 (the family asked for)
    int rc = 0;      // inet_pton's return: 1 valid, 0 not an address of this family, -1 error
    int err = 0;     // errno when rc == -1 (EAFNOSUPPORT)
    std::array<std::uint8_t, 16> bytes{}; // network order
    std::size_t size = 0;                 // 4 or 16 when rc == 1

    [[nodiscard]] bool ok() const { return rc == 1; }
    std::string hex() const; // "7f000001"
};

// inet_pton(family, text, &buf). Any family is passed through, so AF_UNIX shows EAFNOSUPPORT.
PtonResult presentationToNetwork(int family, const std::string& text);

// inet_pton for AF_INET, then AF_INET6: the first that accepts the text; else the AF_INET6 result.
PtonResult presentationToNetworkAuto(const std::string& text);

struct NtopResult {
    bool ok = false;
    std::string text;
    int err = 0; // ENOSPC (buffer too small) or EAFNOSUPPORT
};

// inet_ntop(family, bytes, buf, bufSize); bufSize defaults to INET6_ADDRSTRLEN.
NtopResult networkToPresentation(int family, const void* bytes, std::size_t bufSize = 46);

// What the pre-POSIX functions make of the same text.
struct LegacyParse {
    int atonRc = 0;                 // inet_aton: 1 valid, 0 invalid
    std::uint32_t atonAddr = 0;     // network order, when atonRc == 1
    std::uint32_t inetAddr = 0;     // inet_addr's return, network order; INADDR_NONE on error
    bool inetAddrIsNone = false;    // it returned INADDR_NONE (an error, or 255.255.255.255)
    std::string ntoaText;           // inet_ntoa of atonAddr, when atonRc == 1
    std::optional<std::string> ptonText; // inet_ntop(inet_pton(AF_INET, text)) if pton accepts it
};
LegacyParse legacyParse(const std::string& text);

// "AF_INET", "AF_INET6", "AF_UNIX", "AF_UNSPEC" or the number.
std::string familySymbol(int family);

} // namespace sockscope
