#include "InternetChecksum.h"

#include <cstdio>

namespace sockscope {

namespace {

std::string hex(std::uint32_t v, int digits = 4)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%0*x", digits, static_cast<unsigned>(v));
    return buf;
}

} // namespace

ChecksumTrace internetChecksum(const std::uint8_t* bytes, std::size_t size)
{
    ChecksumTrace t;
    t.words.reserve(size / 2 + 1);
    for (std::size_t i = 0; i < size; i += 2) {
        const std::uint16_t hi = bytes[i];
        const std::uint16_t lo = i + 1 < size ? bytes[i + 1] : 0;
        t.words.push_back(static_cast<std::uint16_t>(hi << 8 | lo));
    }
    // 65535 words of 0xffff fit in 32 bits (size is at most 65535 bytes here), so no carry is lost.
    std::uint64_t sum = 0;
    for (const std::uint16_t w : t.words)
        sum += w;
    t.sum = static_cast<std::uint32_t>(sum);
    std::uint32_t folded = t.sum;
    while (folded >> 16) {
        folded = (folded & 0xffff) + (folded >> 16);
        t.folds.push_back(folded);
    }
    t.checksum = static_cast<std::uint16_t>(~folded & 0xffff);
    return t;
}

std::string checksumTraceText(const ChecksumTrace& t, std::size_t maxWords)
{
    std::string words;
    for (std::size_t i = 0; i < t.words.size() && i < maxWords; ++i)
        words += (i ? " + " : "") + hex(t.words[i]);
    if (t.words.size() > maxWords)
        words += " + \u2026 (" + std::to_string(t.words.size() - maxWords) + " more)";
    std::string out = "1. 16-bit words (" + std::to_string(t.words.size()) + "): " + words + "\n";
    out += "2. sum = " + hex(t.sum, 5) + "\n";
    std::uint32_t before = t.sum;
    int step = 3;
    for (const std::uint32_t f : t.folds) {
        out += std::to_string(step++) + ". fold the carry: " + hex(before & 0xffff) + " + " + hex(before >> 16, 1) + " = "
            + hex(f) + "\n";
        before = f;
    }
    out += std::to_string(step) + ". one's complement: ~" + hex(before) + " = " + hex(t.checksum);
    return out;
}

const char* checksumFunctionC()
{
    return R"(/* The Internet checksum (RFC 1071): the one's complement of the one's complement sum of the
 * message's 16-bit words; the checksum field must hold 0 while it is computed. */
__attribute__((unused)) static unsigned short inet_checksum(const void *data, size_t len)
{
    const unsigned char *p = data;
    unsigned long sum = 0;
    size_t i;
    for (i = 0; i + 1 < len; i += 2)
        sum += (unsigned long)(p[i] << 8 | p[i + 1]);
    if (len & 1)
        sum += (unsigned long)(p[len - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return htons((unsigned short)~sum);
}
)";
}

} // namespace sockscope
