#pragma once
// The call journal: one entry for every system or library call core makes on the user's behalf.
// Thread-safe and bounded: a ring buffer that overwrites its oldest entries. Readers (the GUI's
// timer, an export) take batches by sequence number and learn how many entries they missed.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace sockscope {

struct JournalEntry {
    std::uint64_t seq = 0;     // assigned by the journal, from 1
    std::int64_t timeUs = 0;   // wall-clock start of the call, microseconds since the Unix epoch
    std::string thread;        // the calling thread's name
    std::string function;      // "inet_pton"
    std::string args;          // "AF_INET, \"127.0.0.1\", &addr" as a C programmer writes them
    std::string result;        // the return value as C shows it: "1", "-1", "NULL", "0x7f000001"
    int err = 0;               // errno after a failed call; 0 when the call succeeded
    std::int64_t durationUs = 0;
    std::string code;          // the equivalent C statement(s)
};

class CallJournal {
public:
    static constexpr std::size_t defaultCapacity = 10000;

    explicit CallJournal(std::size_t capacity = defaultCapacity);

    // The journal every part of core writes to.
    static CallJournal& global();

    // Stores `entry` (its seq is assigned here) and returns the sequence number.
    std::uint64_t record(JournalEntry entry);

    struct Batch {
        std::vector<JournalEntry> entries; // in sequence order
        std::uint64_t dropped = 0;         // entries after `afterSeq` already overwritten
        std::uint64_t lastSeq = 0;         // pass this as `afterSeq` next time
    };
    // The entries with seq > afterSeq, at most `max` of them.
    Batch since(std::uint64_t afterSeq, std::size_t max = SIZE_MAX) const;

    // Drops every entry and keeps numbering; a shrink drops the oldest entries first.
    void setCapacity(std::size_t capacity);
    std::size_t capacity() const;
    std::size_t size() const;
    std::uint64_t lastSeq() const;
    void clear();

private:
    mutable std::mutex mutex_;
    std::vector<JournalEntry> ring_;
    std::uint64_t nextSeq_ = 1;
    std::size_t count_ = 0;
};

// While one of these lives on a thread, that thread's calls are not journalled (record() returns 0).
// For periodic reads only (TCP_INFO once a second), which would fill the journal with one row over and
// over; the page that makes them says so.
class UnjournalledCalls {
public:
    UnjournalledCalls();
    ~UnjournalledCalls();
    UnjournalledCalls(const UnjournalledCalls&) = delete;
    UnjournalledCalls& operator=(const UnjournalledCalls&) = delete;
    static bool active();

private:
    bool previous_;
};

// Times one call and fills in the bookkeeping fields of its entry.
class CallTimer {
public:
    CallTimer();
    // Microseconds since construction.
    std::int64_t elapsedUs() const;
    // An entry with time, duration and thread name filled in; the caller adds the rest.
    JournalEntry entry(std::string function, std::string args, std::string result, int err,
                       std::string code) const;

private:
    std::chrono::system_clock::time_point wallStart_;
    std::chrono::steady_clock::time_point start_;
};

// Records one finished call in the global journal: the common case of "call, then journal it".
void recordCall(const CallTimer& timer, std::string function, std::string args, long result, int err,
                std::string code);

// The name of the calling thread ("main", "QThread", "resolver-1", …).
std::string currentThreadName();

} // namespace sockscope
