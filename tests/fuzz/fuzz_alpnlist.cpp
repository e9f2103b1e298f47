// parseAlpnList: an accepted text round-trips through the wire format to the same names, every name
// has 1 to 255 bytes and no blank at either end; a refused one says where, within the text.
#include "AlpnList.h"

#include <cstdlib>
#include <string>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const AlpnList list = parseAlpnList(text);
    if (!list.ok()) {
        if (list.position > text.size() || !list.names.empty() || !list.wire.empty())
            std::abort();
        return 0;
    }
    std::vector<std::string> back;
    if (!alpnNamesFromWire(list.wire, back) || back != list.names)
        std::abort();
    std::size_t wireSize = 0;
    for (const std::string& n : list.names) {
        if (n.empty() || n.size() > 255 || n.front() == ' ' || n.back() == ' ' || n.find(',') != std::string::npos)
            std::abort();
        wireSize += 1 + n.size();
    }
    if (wireSize != list.wire.size())
        std::abort();
    return 0;
}
