#pragma once
// Linux ping sockets (SOCK_DGRAM, IPPROTO_ICMP): the kernel lets a process make one only when one of
// its groups lies in net.ipv4.ping_group_range (per network namespace; "1 0", the default, lets no
// group in, root included). Read from /proc/sys, not a socket call.

#include <optional>
#include <string>
#include <vector>

namespace sockscope {

struct PingGroupRange {
    long low = 1, high = 0;          // the sysctl's two numbers
    std::vector<long> groups;        // this process's real group and supplementary groups
    bool allowed = false;            // one of them lies in [low, high]
    std::string text() const;        // "1 0"
    std::string groupsText() const;  // "0, 27"
};

// nullopt when the sysctl cannot be read (not Linux, /proc not mounted).
std::optional<PingGroupRange> pingGroupRange();

} // namespace sockscope
