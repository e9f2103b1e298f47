#include "NumberParser.h"

namespace sockscope {

ParsedNumber parseUnsigned(std::string_view text, std::uint64_t max)
{
    ParsedNumber r;
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    if (begin == end) {
        r.error = ParsedNumber::Error::Empty;
        return r;
    }
    if (text[begin] == '-') {
        r.error = ParsedNumber::Error::Negative;
        r.position = begin;
        return r;
    }
    if (text[begin] == '+')
        ++begin;
    unsigned base = 10;
    if (end - begin >= 2 && text[begin] == '0' && (text[begin + 1] == 'x' || text[begin + 1] == 'X')) {
        base = 16;
        r.hex = true;
        begin += 2;
    }
    if (begin == end) {
        r.error = ParsedNumber::Error::BadDigit;
        r.position = begin;
        return r;
    }
    std::uint64_t value = 0;
    bool tooLarge = false;
    for (std::size_t i = begin; i < end; ++i) {
        const char c = text[i];
        unsigned digit;
        if (c >= '0' && c <= '9')
            digit = static_cast<unsigned>(c - '0');
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = static_cast<unsigned>(c - 'a' + 10);
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = static_cast<unsigned>(c - 'A' + 10);
        else {
            r.error = ParsedNumber::Error::BadDigit;
            r.position = i;
            return r;
        }
        // Keep scanning after an overflow so a bad digit later is still reported first.
        if (!tooLarge) {
            if (digit > max || value > (max - digit) / base)
                tooLarge = true;
            else
                value = value * base + digit;
        }
    }
    if (tooLarge) {
        r.error = ParsedNumber::Error::TooLarge;
        return r;
    }
    r.value = value;
    return r;
}

} // namespace sockscope
