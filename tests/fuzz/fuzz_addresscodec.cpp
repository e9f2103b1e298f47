// Any text through inet_pton/inet_ntop and the legacy parsers: no crash, and the invariants hold:
// accepted text round-trips through the canonical form to the same bytes.
#include "AddressCodec.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstdlib>
#include <cstring>
#include <string>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (int family : {AF_INET, AF_INET6}) {
        const PtonResult r = presentationToNetwork(family, text);
        if (r.rc < 0 || (r.rc == 1) != (r.size != 0))
            std::abort();
        if (!r.ok())
            continue;
        const NtopResult n = networkToPresentation(family, r.bytes.data());
        if (!n.ok)
            std::abort();
        const PtonResult again = presentationToNetwork(family, n.text);
        if (!again.ok() || again.hex() != r.hex())
            std::abort();
        // Every buffer size either fits the text or fails with ENOSPC, never overflows.
        for (std::size_t buf = 0; buf <= n.text.size() + 1; ++buf) {
            const NtopResult small = networkToPresentation(family, r.bytes.data(), buf);
            if (small.ok != (buf > n.text.size()))
                std::abort();
        }
    }
    const LegacyParse legacy = legacyParse(text);
    if (legacy.ptonText && legacy.atonRc != 1)
        std::abort(); // what inet_pton accepts, inet_aton accepts too
    return 0;
}
