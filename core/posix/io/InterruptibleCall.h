#pragma once
// Abandoning a blocking system call (accept, connect, recv, …) that runs on a worker thread, so the
// caller sees the kernel's own answer: -1 with errno EINTR.
//
// How: a signal whose handler does nothing, installed without SA_RESTART, is sent to the blocked thread
// with pthread_kill. The kernel then ends the call with EINTR instead of restarting it. The signal is
// sent again every 50 ms until the call has returned, because the first one may arrive just before the
// thread enters the call (the handler runs, the call then blocks as if nothing happened).

#include <chrono>
#include <condition_variable>
#include <mutex>

#include <pthread.h>

namespace sockscope {

class InterruptibleCall {
public:
    static constexpr std::chrono::milliseconds resendInterval{50};

    // The signal used (a real-time signal that nothing else in SockScope uses).
    static int signalNumber();
    // Installs the do-nothing handler once per process; safe to call from any thread, any number of times.
    static void installHandler();

    InterruptibleCall();
    InterruptibleCall(const InterruptibleCall&) = delete;
    InterruptibleCall& operator=(const InterruptibleCall&) = delete;

    // Called by the worker thread right before and right after the blocking call.
    void enter();
    void leave();

    // From another thread: interrupts the call running between enter() and leave(), re-sending the
    // signal until leave() or until `limit` passes. True when the call has returned; false when none
    // was running or it did not return in time.
    bool interrupt(std::chrono::milliseconds limit = std::chrono::milliseconds(5000));

    // True once interrupt() was asked for the current call (reset by enter()).
    bool interruptRequested() const;
    bool running() const;

private:
    mutable std::mutex mutex_; // held while signalling, so the thread cannot leave and exit meanwhile
    std::condition_variable left_;
    pthread_t thread_{};
    bool running_ = false;
    bool requested_ = false;
};

// Brackets a blocking call with enter()/leave().
class InterruptibleScope {
public:
    explicit InterruptibleScope(InterruptibleCall& call) : call_(call) { call_.enter(); }
    ~InterruptibleScope() { call_.leave(); }
    InterruptibleScope(const InterruptibleScope&) = delete;
    InterruptibleScope& operator=(const InterruptibleScope&) = delete;

private:
    InterruptibleCall& call_;
};

} // namespace sockscope
