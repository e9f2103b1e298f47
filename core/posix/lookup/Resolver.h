#pragma once
// getaddrinfo and getnameinfo, called for real and journalled, with every AI_*/NI_* flag the
// platform has. Failures carry the EAI_* symbol and gai_strerror's text (and errno for EAI_SYSTEM).
// These calls may block for seconds on DNS; callers run them off the GUI thread.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sockscope {

struct FlagName {
    int value;
    const char* name;    // "AI_PASSIVE"
    const char* cliName; // "passive"
};
// The AI_* flags this platform has, in the order the CLI documents them.
const std::vector<FlagName>& addrInfoFlags();
// The NI_* flags.
const std::vector<FlagName>& nameInfoFlags();

// "AI_PASSIVE|AI_CANONNAME", or "0".
std::string flagsText(const std::vector<FlagName>& table, int flags);
// Parses "passive,canonname": the flags, or the first unknown word in `unknown`.
std::optional<int> parseFlags(const std::vector<FlagName>& table, const std::string& list, std::string* unknown);

struct AddrInfoHints {
    int flags = 0;
    int family = 0;   // AF_UNSPEC
    int socktype = 0; // 0: any
    int protocol = 0;
};

struct AddrInfoEntry {
    int flags = 0;
    int family = 0;
    int socktype = 0;
    int protocol = 0;
    std::string address;   // inet_ntop text (with %scope for a link-local IPv6 address)
    int port = 0;          // host order
    std::uint32_t scopeId = 0;
    std::uint32_t flowinfo = 0;
    std::size_t addrlen = 0;
    std::string addrHex;   // the ai_addr bytes
    std::optional<std::string> canonname;
};

struct AddrInfoResult {
    int rc = 0;        // getaddrinfo's return: 0 or an EAI_* code
    int err = 0;       // errno, when rc == EAI_SYSTEM
    std::vector<AddrInfoEntry> entries; // in the order of the addrinfo list
    std::int64_t durationUs = 0;
    [[nodiscard]] bool ok() const { return rc == 0; }
};

// node or service may be absent (NULL); at least one must be present (else EAI_NONAME, as libc says).
AddrInfoResult resolveAddress(const std::optional<std::string>& node, const std::optional<std::string>& service,
                              const AddrInfoHints& hints);

struct NameInfoResult {
    int rc = 0;
    int err = 0;
    std::string host;
    std::string service;
    std::int64_t durationUs = 0;
    [[nodiscard]] bool ok() const { return rc == 0; }
};

// getnameinfo on the socket address built from `address` (IPv4 or IPv6 text, %scope allowed) and
// `port`. An address inet_pton rejects gives rc EAI_NONAME without a call.
NameInfoResult resolveName(const std::string& address, int port, int flags);

// "EAI_NONAME" for a getaddrinfo/getnameinfo code, and gai_strerror's text.
std::string gaiSymbol(int rc);
std::string gaiText(int rc);
// Every EAI_* code this platform defines, for the UI's message table and tests.
std::vector<int> gaiCodes();

// "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", or the number; "IPPROTO_TCP"… likewise.
std::string socktypeSymbol(int socktype);
std::string protocolSymbol(int protocol);

} // namespace sockscope
