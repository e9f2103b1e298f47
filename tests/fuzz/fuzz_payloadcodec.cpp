// The console's payload parsers on any input: never crash, report an error inside the input, and
// read back exactly what the formatters write.
#include "PayloadCodec.h"

#include <cstdlib>
#include <string>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);

    for (const PayloadParse& p : {parseEscapes(input), parseHex(input)}) {
        if (!p.ok() && p.position >= input.size())
            std::abort();
        if (!p.ok() && payloadErrorText(p, input).empty())
            std::abort();
    }
    // The input taken as bytes: format, then parse, gives them back.
    if (parseEscapes(formatEscapes(input)).bytes != input || !parseEscapes(formatEscapes(input)).ok())
        std::abort();
    if (parseHex(formatHex(input)).bytes != input)
        std::abort();
    const std::string dump = hexDump(input.data(), input.size(), 0);
    std::size_t lines = 0;
    for (char c : dump)
        lines += c == '\n';
    if (lines != (input.size() + 15) / 16)
        std::abort();
    if (encodeText(input, LineEnding::None) != input)
        std::abort();
    return 0;
}
