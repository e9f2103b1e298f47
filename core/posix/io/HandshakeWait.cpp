#include "HandshakeWait.h"

#include <poll.h>

#include <algorithm>
#include <cerrno>

namespace sockscope {

HandshakeWait waitForHandshake(int fd, std::chrono::steady_clock::time_point deadline, const std::atomic<bool>* cancel)
{
    using namespace std::chrono;
    pollfd p{fd, POLLOUT, 0};
    for (;;) {
        if (cancel && cancel->load())
            return HandshakeWait::Cancelled;
        const auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
        const int slice = static_cast<int>(std::clamp<long long>(left, 0, 100));
        const int n = ::poll(&p, 1, slice);
        if (n > 0)
            return HandshakeWait::Ready;
        if (n < 0 && errno != EINTR)
            return HandshakeWait::Failed;
        if (n == 0 && left <= slice)
            return HandshakeWait::TimedOut;
    }
}

} // namespace sockscope
