#include "PingGroupRange.h"

#include <unistd.h>

#include <cstdio>

namespace sockscope {

std::string PingGroupRange::text() const { return std::to_string(low) + " " + std::to_string(high); }

std::string PingGroupRange::groupsText() const
{
    std::string out;
    for (const long g : groups)
        out += (out.empty() ? "" : ", ") + std::to_string(g);
    return out;
}

std::optional<PingGroupRange> pingGroupRange()
{
    std::FILE* f = std::fopen("/proc/sys/net/ipv4/ping_group_range", "re");
    if (!f)
        return std::nullopt;
    PingGroupRange r;
    const int got = std::fscanf(f, "%ld %ld", &r.low, &r.high);
    std::fclose(f);
    if (got != 2)
        return std::nullopt;
    r.groups.push_back(static_cast<long>(::getgid()));
    gid_t extra[256];
    const int n = ::getgroups(256, extra);
    for (int i = 0; i < n; ++i)
        if (static_cast<long>(extra[i]) != r.groups.front())
            r.groups.push_back(static_cast<long>(extra[i]));
    for (const long g : r.groups)
        r.allowed = r.allowed || (g >= r.low && g <= r.high);
    return r;
}

} // namespace sockscope
