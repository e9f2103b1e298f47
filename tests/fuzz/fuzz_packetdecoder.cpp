// Arbitrary bytes as a captured packet: the decoder never reads outside them and keeps its own
// offsets inside them; the port filter's program, run by the test interpreter on the same bytes,
// always ends with a verdict; relative sequence numbers and the TCP state tracker take any packet (the
// tracker names a known state and keeps to its bound). The first byte picks the
// filter's ports, so the fuzzer explores both the accept and the reject paths.
#include "PacketDecoder.h"
#include "PortFilter.h"
#include "RelativeSequence.h"
#include "TcpStateTracker.h"

#include <cstdlib>
#include <vector>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const DecodedPacket p = decodeIpPacket(data, size);
    if (p.capturedLength != size || p.payloadOffset > size)
        std::abort();
    if (!p.truncated && p.payloadOffset + p.payloadLength > size)
        std::abort();
    if (p.transport == Transport::Tcp) {
        static RelativeSequence rel; // across inputs, as across a capture's packets
        rel.apply(p);
        if (rel.connections() > 4096)
            rel.clear();
        (void)tcpFlagsText(p.tcpFlags);
        static TcpStateTracker states;
        for (const TcpStateChange& c : states.observe(p))
            if (c.to.empty() || c.endpoint.empty())
                std::abort();
        if (states.connections() > TcpStateTracker::maxConnections)
            std::abort();
    }
    (void)transportName(p);
    (void)endpointText(p.src, p.family, p.srcPort);
    if (p.icmpType >= 0)
        (void)icmpDescription(p.family, p.icmpType, p.icmpCode);

    std::vector<std::uint16_t> ports;
    if (size > 0)
        for (unsigned i = 0; i < (data[0] & 3u); ++i)
            ports.push_back(static_cast<std::uint16_t>(7000 + i));
    const auto program = loopbackPortFilter(ports, 65536);
    const std::uint16_t ethertype = p.family == 10 /* AF_INET6 */ ? 0x86dd : 0x0800;
    const std::uint32_t verdict = runBpf(program, data, size, ethertype, 0);
    if (verdict != 0 && verdict != 65536)
        std::abort();
    return 0;
}
