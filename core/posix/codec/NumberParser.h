#pragma once
// Reads an unsigned number the user typed: decimal, or hex with a 0x prefix.
// Returns a reason and a position on failure so the caller can point at the bad character.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sockscope {

struct ParsedNumber {
    enum class Error { None, Empty, Negative, BadDigit, TooLarge };
    Error error = Error::None;
    std::uint64_t value = 0;
    std::size_t position = 0; // index of the first bad character (BadDigit, Negative)
    bool hex = false;         // written with 0x

    [[nodiscard]] bool ok() const { return error == Error::None; }
};

// Leading and trailing spaces are ignored. `max` is the largest accepted value.
ParsedNumber parseUnsigned(std::string_view text, std::uint64_t max);

} // namespace sockscope
