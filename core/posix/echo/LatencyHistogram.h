#pragma once
// Round-trip times in microseconds, recorded in log-linear buckets as HdrHistogram does: values
// below 2048 µs exactly, larger ones within 1/1024 (about 0.1 %). Fixed memory, O(1) record,
// mergeable across threads.

#include <array>
#include <cstdint>

namespace sockscope {

class LatencyHistogram {
public:
    void record(std::uint64_t us);
    void merge(const LatencyHistogram& other);
    // The smallest recorded value v such that `fraction` of all values are <= v (0 < fraction <= 1).
    std::uint64_t percentile(double fraction) const;
    std::uint64_t max() const { return max_; }
    std::uint64_t count() const { return count_; }

private:
    static constexpr int subBits = 10;                // 1024 linear sub-buckets per power of two
    static constexpr int subCount = 1 << subBits;
    static constexpr int magnitudes = 64 - subBits;   // enough for any 64-bit value
    static std::size_t indexOf(std::uint64_t v);
    static std::uint64_t valueAt(std::size_t index);  // the highest value a bucket holds

    std::array<std::uint64_t, static_cast<std::size_t>(subCount) * 2 + static_cast<std::size_t>(magnitudes) * subCount>
        counts_{};
    std::uint64_t count_ = 0;
    std::uint64_t max_ = 0;
};

} // namespace sockscope
