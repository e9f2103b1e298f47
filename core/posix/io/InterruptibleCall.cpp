#include "InterruptibleCall.h"

#include <signal.h>


namespace sockscope {

namespace {

extern "C" void ignoreInterruptSignal(int) {}

} // namespace

int InterruptibleCall::signalNumber()
{
    return SIGRTMIN + 3;
}

void InterruptibleCall::installHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction sa {};
        sa.sa_handler = ignoreInterruptSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0; // no SA_RESTART: the interrupted call returns -1 EINTR
        sigaction(signalNumber(), &sa, nullptr);
    });
}

InterruptibleCall::InterruptibleCall()
{
    installHandler();
}

void InterruptibleCall::enter()
{
    std::lock_guard lock(mutex_);
    thread_ = pthread_self();
    running_ = true;
    requested_ = false;
}

void InterruptibleCall::leave()
{
    {
        std::lock_guard lock(mutex_);
        running_ = false;
    }
    left_.notify_all();
}

bool InterruptibleCall::interrupt(std::chrono::milliseconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::unique_lock lock(mutex_);
    if (!running_)
        return false;
    requested_ = true;
    while (running_) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        // The lock is held here, so the thread is still inside enter()/leave() and alive.
        pthread_kill(thread_, signalNumber());
        left_.wait_for(lock, resendInterval, [this] { return !running_; });
    }
    return true;
}

bool InterruptibleCall::interruptRequested() const
{
    std::lock_guard lock(mutex_);
    return requested_;
}

bool InterruptibleCall::running() const
{
    std::lock_guard lock(mutex_);
    return running_;
}

} // namespace sockscope
