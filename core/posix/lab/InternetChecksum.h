#pragma once
// The Internet checksum (RFC 1071) of ICMP messages and IPv4 headers, with every step kept so the lab
// can show how it was reached: the 16-bit words in network order, their 32-bit sum, the carries folded
// back in, and the one's complement that goes into the header.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

struct ChecksumTrace {
    std::vector<std::uint16_t> words; // the message as big-endian 16-bit words (an odd last byte padded with 0)
    std::uint32_t sum = 0;            // their sum, carries included
    std::vector<std::uint32_t> folds; // after each "low 16 bits + carry" step, until no carry is left
    std::uint16_t checksum = 0;       // ~folded: the value stored in the checksum field (host order)
};

// The checksum of `bytes` (the checksum field itself must hold zero), with the trace.
ChecksumTrace internetChecksum(const std::uint8_t* bytes, std::size_t size);
inline ChecksumTrace internetChecksum(const std::string& bytes)
{
    return internetChecksum(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

// The trace in a few lines: "words: 0x0800 + 0x0000 + …", "sum 0x1a2b3", "fold 0xa2b3 + 0x1 = 0xa2b4",
// "~0xa2b4 = 0x5d4b". At most `maxWords` words are listed, the rest counted.
std::string checksumTraceText(const ChecksumTrace& trace, std::size_t maxWords = 24);

// The same computation as a C function, for the exported program.
const char* checksumFunctionC();

} // namespace sockscope
