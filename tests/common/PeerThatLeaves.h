#pragma once
// The faults behind SIGPIPE, for the tests of every path that writes to a socket: a peer that has
// closed (FIN, then RST to our next segment) or reset (linger 0), and a check that SIGPIPE is still
// fatal in the test's thread, so that a path which let the signal through would end the test process
// instead of passing.

#include "UniqueFd.h"

#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

namespace sockscope::testing {

enum class PeerLeaves { Closes, Resets };

// Makes SIGPIPE fatal in this thread (and in the threads it creates from now on): unblocked, and not
// ignored, as a shell or a test runner may have started the test. Qt Test's own handler, which reports
// the signal as a crash of the test, is kept.
inline void makeSigpipeFatal()
{
    struct sigaction now{};
    sigaction(SIGPIPE, nullptr, &now);
    if (now.sa_handler == SIG_IGN) {
        struct sigaction dfl{};
        dfl.sa_handler = SIG_DFL;
        sigaction(SIGPIPE, &dfl, nullptr);
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

// SIGPIPE is neither ignored nor blocked in this thread: one raised here ends the process (by default,
// or through Qt Test's crash handler).
inline bool sigpipeIsFatalHere()
{
    struct sigaction now{};
    sigaction(SIGPIPE, nullptr, &now);
    sigset_t mask;
    pthread_sigmask(SIG_BLOCK, nullptr, &mask);
    return now.sa_handler != SIG_IGN && !sigismember(&mask, SIGPIPE);
}

// Closes `peer`: orderly (FIN) or abortive (SO_LINGER {1, 0}: RST).
inline void leave(UniqueFd& peer, PeerLeaves how)
{
    if (how == PeerLeaves::Resets) {
        linger lg{1, 0};
        setsockopt(peer.get(), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
    peer.reset();
}

} // namespace sockscope::testing
