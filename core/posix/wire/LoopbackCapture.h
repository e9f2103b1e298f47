#pragma once
// Packets on the loopback interface, as tcpdump -i lo sees them: a packet socket (AF_PACKET,
// SOCK_DGRAM: IP datagrams without a link header) bound to lo, with a BPF program (PortFilter) that
// keeps only the ports asked for. Opening a packet socket needs CAP_NET_RAW. Without it, the capture
// asks the small helper `sockscope-capture` (installed with that one capability, as Wireshark's
// dumpcap is) to open the socket and pass the descriptor back over a unix socket (SCM_RIGHTS): the
// kernel checks the privilege when the socket is made, so the descriptor works here afterwards.
// Setting up is journalled; the packets themselves are counted, not journalled (a fast path).
// Linux only: elsewhere open() fails with ENOSYS and says so.

#include "PortFilter.h"
#include "UniqueFd.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

struct CapturedPacket {
    std::int64_t timeUs = 0;           // the kernel's receive time, microseconds since the epoch
    std::uint32_t wireLength = 0;      // the datagram's length; bytes.size() is less when cut at the snap length
    std::vector<std::uint8_t> bytes;   // from the IP header on
};

struct CaptureOpenResult {
    bool ok = false;
    int err = 0;
    std::string failedCall;   // "socket", "setsockopt", "bind", "if_nametoindex", "helper"
    bool viaHelper = false;   // the descriptor came from sockscope-capture
    std::string helperPath;   // the helper that was tried, if any
    std::string explanation;  // what the user can do, in plain words (English: the front ends translate
                              // the common cases from err and failedCall)
};

struct CaptureStats {
    std::uint64_t received = 0;  // packets read
    std::uint64_t kernelDrops = 0; // packets the kernel dropped because the socket's buffer was full
};

class LoopbackCapture {
public:
    // Bytes kept of each packet: all of it (loopback's MTU is 65536).
    static constexpr std::uint32_t defaultSnapLength = 65535 + 1;
    // The packet socket's receive queue asked for: a second of a full-speed loopback load.
    static constexpr int receiveBufferBytes = 32 << 20;

    LoopbackCapture() = default;
    LoopbackCapture(const LoopbackCapture&) = delete;
    LoopbackCapture& operator=(const LoopbackCapture&) = delete;

    // Opens, filters to `ports` (empty: every IP packet) and binds to lo.
    CaptureOpenResult open(const std::vector<std::uint16_t>& ports, std::uint32_t snapLength = defaultSnapLength);
    // Replaces the filter (the sockets to watch changed). False with errno set when the kernel refused.
    bool setPorts(const std::vector<std::uint16_t>& ports);
    bool isOpen() const { return fd_.valid(); }
    int fd() const { return fd_.get(); }

    // Waits up to timeoutMs for the first packet, then takes what is queued without waiting, up to
    // `max`. Returns the number appended, or -1 with errno set. EINTR returns 0.
    int read(std::vector<CapturedPacket>& out, int timeoutMs, std::size_t max = 256);

    // Counts so far; kernelDrops from PACKET_STATISTICS (which resets on read: summed here).
    CaptureStats stats();
    void close();

    // Where the helper is looked for: $SOCKSCOPE_CAPTURE_HELPER, beside this executable, then the
    // installed libexec directory.
    static std::vector<std::string> helperCandidates();

private:
    bool attachFilter(const std::vector<std::uint16_t>& ports, bool journal);

    UniqueFd fd_;
    std::uint32_t snapLength_ = defaultSnapLength;
    std::vector<std::uint8_t> buffer_;
    CaptureStats stats_;
};

// Opens a packet socket through the helper at `path`: spawns it with one end of a socketpair as its
// descriptor 3 and receives the socket over it. The fd, or -1 with errno set (ENOENT: no helper;
// EPERM: the helper lacks the capability too).
int openPacketSocketViaHelper(const std::string& path);

} // namespace sockscope
