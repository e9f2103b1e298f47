#include "EchoEvents.h"

#include <chrono>

namespace sockscope {

void EchoEventLog::push(EchoEvent::Kind kind, EchoMessage message, std::vector<std::string> args,
                        std::uint64_t connection, int err, EchoCloseReason reason)
{
    EchoEvent e;
    e.kind = kind;
    e.message = message;
    e.args = std::move(args);
    e.reason = reason;
    e.timeUs = std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
    e.connection = connection;
    e.err = err;
    e.text = echoEventEnglish(e);
    std::lock_guard lock(mutex_);
    if (events_.size() >= capacity_) {
        events_.pop_front();
        ++dropped_;
    }
    events_.push_back(std::move(e));
}

std::vector<EchoEvent> EchoEventLog::drain(std::uint64_t* dropped)
{
    std::lock_guard lock(mutex_);
    std::vector<EchoEvent> out(std::make_move_iterator(events_.begin()), std::make_move_iterator(events_.end()));
    events_.clear();
    if (dropped)
        *dropped = dropped_;
    dropped_ = 0;
    return out;
}

} // namespace sockscope
