#include "CallJournal.h"

#include <pthread.h>

#include <algorithm>

namespace sockscope {

CallJournal::CallJournal(std::size_t capacity) : ring_(std::max<std::size_t>(capacity, 1)) {}

CallJournal& CallJournal::global()
{
    static CallJournal journal;
    return journal;
}

namespace {
thread_local bool unjournalled = false;
}

UnjournalledCalls::UnjournalledCalls() : previous_(unjournalled) { unjournalled = true; }
UnjournalledCalls::~UnjournalledCalls() { unjournalled = previous_; }
bool UnjournalledCalls::active() { return unjournalled; }

std::uint64_t CallJournal::record(JournalEntry entry)
{
    if (unjournalled)
        return 0;
    std::lock_guard lock(mutex_);
    const std::uint64_t seq = nextSeq_++;
    entry.seq = seq;
    ring_[seq % ring_.size()] = std::move(entry);
    count_ = std::min(count_ + 1, ring_.size());
    return seq;
}

CallJournal::Batch CallJournal::since(std::uint64_t afterSeq, std::size_t max) const
{
    std::lock_guard lock(mutex_);
    Batch batch;
    const std::uint64_t last = nextSeq_ - 1;
    batch.lastSeq = std::max(afterSeq, last);
    if (afterSeq >= last)
        return batch;
    const std::uint64_t oldest = nextSeq_ - count_; // first seq still held
    std::uint64_t from = afterSeq + 1;
    if (from < oldest) {
        batch.dropped = oldest - from;
        from = oldest;
    }
    const std::uint64_t available = last - from + 1;
    const std::uint64_t take = std::min<std::uint64_t>(available, max);
    batch.entries.reserve(take);
    for (std::uint64_t seq = from; seq < from + take; ++seq)
        batch.entries.push_back(ring_[seq % ring_.size()]);
    batch.lastSeq = from + take - 1;
    return batch;
}

void CallJournal::setCapacity(std::size_t capacity)
{
    capacity = std::max<std::size_t>(capacity, 1);
    std::lock_guard lock(mutex_);
    std::vector<JournalEntry> ring(capacity);
    const std::size_t keep = std::min(count_, capacity);
    for (std::uint64_t seq = nextSeq_ - keep; seq < nextSeq_; ++seq)
        ring[seq % capacity] = std::move(ring_[seq % ring_.size()]);
    ring_ = std::move(ring);
    count_ = keep;
}

std::size_t CallJournal::capacity() const
{
    std::lock_guard lock(mutex_);
    return ring_.size();
}

std::size_t CallJournal::size() const
{
    std::lock_guard lock(mutex_);
    return count_;
}

std::uint64_t CallJournal::lastSeq() const
{
    std::lock_guard lock(mutex_);
    return nextSeq_ - 1;
}

void CallJournal::clear()
{
    std::lock_guard lock(mutex_);
    for (auto& e : ring_)
        e = JournalEntry{};
    count_ = 0;
}

CallTimer::CallTimer()
    : wallStart_(std::chrono::system_clock::now()), start_(std::chrono::steady_clock::now())
{
}

std::int64_t CallTimer::elapsedUs() const
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now() - start_).count();
}

JournalEntry CallTimer::entry(std::string function, std::string args, std::string result, int err,
                              std::string code) const
{
    using namespace std::chrono;
    JournalEntry e;
    e.durationUs = elapsedUs();
    e.timeUs = duration_cast<microseconds>(wallStart_.time_since_epoch()).count();
    e.thread = currentThreadName();
    e.function = std::move(function);
    e.args = std::move(args);
    e.result = std::move(result);
    e.err = err;
    e.code = std::move(code);
    return e;
}

void recordCall(const CallTimer& timer, std::string function, std::string args, long result, int err,
                std::string code)
{
    CallJournal::global().record(
        timer.entry(std::move(function), std::move(args), std::to_string(result), err, std::move(code)));
}

std::string currentThreadName()
{
    char name[32] = {};
#if defined(__APPLE__)
    pthread_getname_np(pthread_self(), name, sizeof name);
#else
    if (pthread_getname_np(pthread_self(), name, sizeof name) != 0)
        return {};
#endif
    return name;
}

} // namespace sockscope
