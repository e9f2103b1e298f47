#pragma once
// Writing values the way they appear in C source, for the journal's arguments and C code.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sockscope {

// "127.0.0.1" with quotes; control and non-ASCII bytes as \n, \t, \x0a … so the literal is exact.
// A '?' after a '?' is written \? so no trigraph (??= ??/ …) can form.
std::string cStringLiteral(std::string_view text);

// Text to go inside a /* … */ comment: "*/" and "/*" (which would end the comment early, or nest
// one) are broken up with a backslash, so whatever the user's data holds, the comment stays one.
std::string cCommentText(std::string_view text);

// Lower-case hex of the bytes, two digits each, no separators: "7f000001".
std::string hexBytes(const void* data, std::size_t size);

// 0x-prefixed lower-case hex with the given number of digits: hexValue(0x1f90, 4) == "0x1f90".
std::string hexValue(std::uint64_t value, int digits);

} // namespace sockscope
