// parseUnsigned against a reference built on strtoull, for every input.
#include "NumberParser.h"

#include <cstdlib>
#include <cstring>
#include <string>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint64_t maxes[] = {65535, 0xffffffffu, ~0ull, 0, 255};
    const std::uint64_t max = maxes[data[0] % 5];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    const ParsedNumber n = parseUnsigned(text, max);
    if (n.ok()) {
        if (n.value > max)
            std::abort();
        // The accepted text means the same to strtoull once trimmed.
        std::string t = text;
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
            t.pop_back();
        std::size_t b = t.find_first_not_of(" \t");
        t = t.substr(b);
        if (t[0] == '+')
            t = t.substr(1);
        errno = 0;
        char* end = nullptr;
        const unsigned long long ref = std::strtoull(t.c_str(), &end, n.hex ? 16 : 10);
        if (errno != 0 || ref != n.value)
            std::abort();
    } else if (n.error == ParsedNumber::Error::BadDigit || n.error == ParsedNumber::Error::Negative) {
        if (n.position > text.size())
            std::abort();
    }
    return 0;
}
