#pragma once
// Microseconds on the monotonic clock: the deadlines and time stamps of the servers' loops (a wall
// clock set back by NTP would make an idle timeout fire late or early).

#include <chrono>
#include <cstdint>

namespace sockscope {

inline std::int64_t steadyUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace sockscope
