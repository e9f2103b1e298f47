#include "SigpipeCatcher.h"

#include <pthread.h>

#include <cerrno>
#include <ctime>

namespace sockscope {

namespace {

sigset_t sigpipeOnly()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    return set;
}

} // namespace

void blockSigpipeInEveryThread()
{
    const sigset_t set = sigpipeOnly();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SigpipeCatcher::SigpipeCatcher()
{
    const sigset_t set = sigpipeOnly();
    pthread_sigmask(SIG_BLOCK, &set, &old_);
    // One left pending by an earlier write (the signal is blocked in every thread of the apps) is not
    // this call's.
    raised();
    raised_ = false;
}

bool SigpipeCatcher::raised()
{
    // A blocked signal stays pending on the thread that wrote; taking it here both reports and clears it,
    // so it is not delivered (fatally) when the old mask comes back.
    const sigset_t set = sigpipeOnly();
    const timespec zero{0, 0};
    const int saved = errno;
    while (sigtimedwait(&set, nullptr, &zero) == SIGPIPE)
        raised_ = true;
    errno = saved;
    return raised_;
}

SigpipeCatcher::~SigpipeCatcher()
{
    raised();
    const int saved = errno;
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    errno = saved;
}

} // namespace sockscope
