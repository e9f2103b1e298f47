// Arbitrary address, port and path text into the sockaddr builders: no crash, and fields always
// lie inside the structure.
#include "SockaddrLayout.h"

#include <cstdlib>
#include <string>

using namespace sockscope;

namespace {

void check(const LayoutResult& r)
{
    if (!r.ok())
        return;
    const SockaddrLayout& l = r.layout;
    if (l.bytes.size() != l.size || l.socklen > l.size)
        std::abort();
    for (const auto& f : l.fields)
        if (f.offset + f.size > l.size || f.hex.size() != 2 * f.size)
            std::abort();
    for (const SockaddrLayout& v : {viewAsSockaddr(l), viewAsStorage(l)})
        for (const auto& f : v.fields)
            if (f.offset + f.size > v.size)
                std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string all(reinterpret_cast<const char*>(data), size);
    // The first '|' separates the address from the port; a second one the flow label.
    const auto bar = all.find('|');
    const std::string address = all.substr(0, bar);
    std::string port = bar == std::string::npos ? "0" : all.substr(bar + 1);
    std::string flow = "0";
    if (const auto bar2 = port.find('|'); bar2 != std::string::npos) {
        flow = port.substr(bar2 + 1);
        port.resize(bar2);
    }
    check(layoutInet(address, port));
    check(layoutInet6(address, port, flow));
    check(layoutUnix(all));
    return 0;
}
