#include "LatencyHistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace sockscope {

// Values < 2*subCount map to themselves. A larger value with its top bit at position p (p >= 11)
// keeps its top subBits+1 bits: bucket = 2*subCount + (p - subBits - 1) * subCount + (the
// subBits bits below the top one).
std::size_t LatencyHistogram::indexOf(std::uint64_t v)
{
    if (v < 2u * subCount)
        return static_cast<std::size_t>(v);
    const int p = 63 - std::countl_zero(v);
    const int shift = p - subBits;
    const std::uint64_t sub = (v >> shift) & (subCount - 1);
    return 2u * subCount + static_cast<std::size_t>(p - subBits - 1) * subCount + static_cast<std::size_t>(sub);
}

std::uint64_t LatencyHistogram::valueAt(std::size_t index)
{
    if (index < 2u * subCount)
        return index;
    const std::size_t rel = index - 2u * subCount;
    const int p = static_cast<int>(rel / subCount) + subBits + 1;
    const std::uint64_t sub = rel % subCount;
    const int shift = p - subBits;
    const std::uint64_t low = ((std::uint64_t(1) << subBits) | sub) << shift;
    return low + ((std::uint64_t(1) << shift) - 1);
}

void LatencyHistogram::record(std::uint64_t us)
{
    ++counts_[indexOf(us)];
    ++count_;
    max_ = std::max(max_, us);
}

void LatencyHistogram::merge(const LatencyHistogram& other)
{
    for (std::size_t i = 0; i < counts_.size(); ++i)
        counts_[i] += other.counts_[i];
    count_ += other.count_;
    max_ = std::max(max_, other.max_);
}

std::uint64_t LatencyHistogram::percentile(double fraction) const
{
    if (count_ == 0)
        return 0;
    const auto rank = static_cast<std::uint64_t>(std::ceil(std::clamp(fraction, 0.0, 1.0) * double(count_)));
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < counts_.size(); ++i) {
        seen += counts_[i];
        if (seen >= std::max<std::uint64_t>(rank, 1))
            return std::min(valueAt(i), max_);
    }
    return max_;
}

} // namespace sockscope
