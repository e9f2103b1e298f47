#pragma once
// The server log: accepts, closes, refusals, errors and pauses, in a bounded buffer that any thread
// writes and the front end drains. Per-message I/O never comes here; it is counted.

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace sockscope {

struct EchoEvent {
    enum class Kind { Started, Connected, Disconnected, Refused, Error, AcceptPaused, AcceptResumed, Truncated, Stopped };
    Kind kind = Kind::Started;
    std::int64_t timeUs = 0;     // wall clock
    std::uint64_t connection = 0;
    std::string text;            // "connected from 127.0.0.1:54321"
    int err = 0;
};

class EchoEventLog {
public:
    explicit EchoEventLog(std::size_t capacity = 2000) : capacity_(capacity) {}
    void push(EchoEvent::Kind kind, std::string text, std::uint64_t connection = 0, int err = 0);
    // Everything since the last drain, and how many were dropped for lack of room.
    std::vector<EchoEvent> drain(std::uint64_t* dropped = nullptr);

private:
    std::mutex mutex_;
    std::deque<EchoEvent> events_;
    std::size_t capacity_;
    std::uint64_t dropped_ = 0;
};

} // namespace sockscope
