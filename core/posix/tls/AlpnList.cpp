#include "AlpnList.h"

namespace sockscope {

namespace {
bool isBlank(char c) { return c == ' ' || c == '\t'; }
} // namespace

AlpnList parseAlpnList(std::string_view text)
{
    AlpnList out;
    std::size_t first = 0;
    while (first < text.size() && isBlank(text[first]))
        ++first;
    if (first == text.size())
        return out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ',')
            continue;
        std::size_t b = start, e = i;
        while (b < e && isBlank(text[b]))
            ++b;
        while (e > b && isBlank(text[e - 1]))
            --e;
        if (b == e) {
            out.error = "item " + std::to_string(out.names.size() + 1)
                        + " is empty; give protocol names separated by commas, e.g. h2,http/1.1";
            out.position = start;
            out.names.clear();
            out.wire.clear();
            return out;
        }
        if (e - b > 255) {
            out.error = "item " + std::to_string(out.names.size() + 1) + " is " + std::to_string(e - b)
                        + " bytes long; a protocol name has 1 to 255 bytes";
            out.position = b;
            out.names.clear();
            out.wire.clear();
            return out;
        }
        out.names.emplace_back(text.substr(b, e - b));
        out.wire.push_back(static_cast<char>(e - b));
        out.wire.append(text.substr(b, e - b));
        start = i + 1;
    }
    if (out.wire.size() > 65535) {
        out.error = "the list is " + std::to_string(out.wire.size()) + " bytes on the wire; TLS allows 65535 at most";
        out.position = 0;
        out.names.clear();
        out.wire.clear();
    }
    return out;
}

bool alpnNamesFromWire(std::string_view wire, std::vector<std::string>& names)
{
    names.clear();
    std::size_t i = 0;
    while (i < wire.size()) {
        const auto len = static_cast<unsigned char>(wire[i]);
        if (len == 0 || i + 1 + len > wire.size())
            return false;
        names.emplace_back(wire.substr(i + 1, len));
        i += 1 + len;
    }
    return true;
}

} // namespace sockscope
