#pragma once
// htonl/htons/ntohl/ntohs on a value, with the bytes as they lie in memory before and after.

#include <array>
#include <cstdint>
#include <string>

namespace sockscope {

enum class Endianness { Little, Big, Mixed };
Endianness hostEndianness();
const char* endiannessName(Endianness e); // "little-endian", "big-endian", "mixed-endian"

enum class ByteOrderFunction { Htonl, Htons, Ntohl, Ntohs };
const char* byteOrderFunctionName(ByteOrderFunction f);
unsigned byteOrderBits(ByteOrderFunction f); // 32 or 16

struct ByteOrderResult {
    ByteOrderFunction function = ByteOrderFunction::Htonl;
    unsigned bits = 32;
    std::uint32_t input = 0;
    std::uint32_t output = 0;
    std::array<std::uint8_t, 4> inputBytes{};  // first bits/8 are used: memory order, lowest address first
    std::array<std::uint8_t, 4> outputBytes{};
    std::string inputHex() const;  // "78563412" for 0x12345678 on a little-endian host
    std::string outputHex() const;
};

// Calls the function for real (and journals it). `value` must fit the function's width.
ByteOrderResult convertByteOrder(ByteOrderFunction function, std::uint32_t value);

} // namespace sockscope
