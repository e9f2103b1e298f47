#pragma once
// TCP_INFO decoded: Linux's struct tcp_info as named fields, for the options page's live panel and
// the CLI's JSON.

#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

struct TcpInfoField {
    const char* name; // the struct member without its tcpi_ prefix: "rtt", "snd_cwnd"
    std::uint64_t value;
    const char* unit; // "us", "ms", "bytes", "segments", "" for counts and states
};

struct TcpInfo {
    int state = 0;                     // TCP_ESTABLISHED, TCP_LISTEN, …
    std::vector<TcpInfoField> fields;  // in the struct's order, state first

    // A field's value, or `fallback` when absent (an older kernel filled in fewer bytes).
    std::uint64_t get(const char* name, std::uint64_t fallback = 0) const;
    bool operator==(const TcpInfo& other) const;
};

// "ESTABLISHED", "LISTEN", "CLOSE" … for tcpi_state.
const char* tcpStateName(int state);
// The number of a state by its name (tcpStateName's inverse); 0 for a name it does not know.
int tcpStateNumber(const std::string& name);

// Decodes `length` bytes of a getsockopt(TCP_INFO) result; fields beyond `length` are left out.
TcpInfo decodeTcpInfo(const void* data, std::size_t length);

// The size of the buffer to pass to getsockopt(TCP_INFO).
std::size_t tcpInfoBufferSize();

} // namespace sockscope
