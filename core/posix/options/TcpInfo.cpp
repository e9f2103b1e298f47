#include "TcpInfo.h"

#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__linux__)
// The kernel's header: glibc's struct tcp_info stops at tcpi_total_retrans, before bytes_acked.
#include <linux/tcp.h>
#endif

namespace sockscope {

std::uint64_t TcpInfo::get(const char* name, std::uint64_t fallback) const
{
    for (const TcpInfoField& f : fields)
        if (std::string_view(f.name) == name)
            return f.value;
    return fallback;
}

bool TcpInfo::operator==(const TcpInfo& other) const
{
    if (state != other.state || fields.size() != other.fields.size())
        return false;
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].value != other.fields[i].value || std::string_view(fields[i].name) != other.fields[i].name)
            return false;
    return true;
}

const char* tcpStateName(int state)
{
    // The kernel's numbering (include/net/tcp_states.h), the same on every Linux.
    static const char* const names[] = {"?", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
                                        "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING",
                                        "NEW_SYN_RECV"};
    if (state < 0 || state >= static_cast<int>(sizeof names / sizeof names[0]))
        return "?";
    return names[state];
}

int tcpStateNumber(const std::string& name)
{
    for (int state = 1; state <= 12; ++state)
        if (name == tcpStateName(state))
            return state;
    return 0;
}

#if defined(__linux__)

std::size_t tcpInfoBufferSize()
{
    return sizeof(struct tcp_info);
}

TcpInfo decodeTcpInfo(const void* data, std::size_t length)
{
    struct tcp_info ti;
    std::memset(&ti, 0, sizeof ti);
    std::memcpy(&ti, data, length < sizeof ti ? length : sizeof ti);
    TcpInfo out;
    out.state = ti.tcpi_state;
    auto add = [&](const char* name, std::size_t offset, std::size_t size, std::uint64_t value, const char* unit) {
        if (offset + size <= length)
            out.fields.push_back({name, value, unit});
    };
#define SOCKSCOPE_TCPI(member, unit) \
    add(#member, offsetof(struct tcp_info, tcpi_##member), sizeof ti.tcpi_##member, ti.tcpi_##member, unit)
    SOCKSCOPE_TCPI(state, "");
    SOCKSCOPE_TCPI(ca_state, "");
    SOCKSCOPE_TCPI(retransmits, "");
    SOCKSCOPE_TCPI(probes, "");
    SOCKSCOPE_TCPI(backoff, "");
    SOCKSCOPE_TCPI(options, "");
    SOCKSCOPE_TCPI(rto, "us");
    SOCKSCOPE_TCPI(ato, "us");
    SOCKSCOPE_TCPI(snd_mss, "bytes");
    SOCKSCOPE_TCPI(rcv_mss, "bytes");
    SOCKSCOPE_TCPI(unacked, "segments");
    SOCKSCOPE_TCPI(sacked, "segments");
    SOCKSCOPE_TCPI(lost, "segments");
    SOCKSCOPE_TCPI(retrans, "segments");
    SOCKSCOPE_TCPI(last_data_sent, "ms");
    SOCKSCOPE_TCPI(last_data_recv, "ms");
    SOCKSCOPE_TCPI(last_ack_recv, "ms");
    SOCKSCOPE_TCPI(pmtu, "bytes");
    SOCKSCOPE_TCPI(rcv_ssthresh, "bytes");
    SOCKSCOPE_TCPI(rtt, "us");
    SOCKSCOPE_TCPI(rttvar, "us");
    SOCKSCOPE_TCPI(snd_ssthresh, "segments");
    SOCKSCOPE_TCPI(snd_cwnd, "segments");
    SOCKSCOPE_TCPI(advmss, "bytes");
    SOCKSCOPE_TCPI(reordering, "segments");
    SOCKSCOPE_TCPI(rcv_rtt, "us");
    SOCKSCOPE_TCPI(rcv_space, "bytes");
    SOCKSCOPE_TCPI(total_retrans, "segments");
    SOCKSCOPE_TCPI(bytes_acked, "bytes");
    SOCKSCOPE_TCPI(bytes_received, "bytes");
    SOCKSCOPE_TCPI(segs_out, "segments");
    SOCKSCOPE_TCPI(segs_in, "segments");
    SOCKSCOPE_TCPI(notsent_bytes, "bytes");
    SOCKSCOPE_TCPI(min_rtt, "us");
    SOCKSCOPE_TCPI(delivered, "segments");
    SOCKSCOPE_TCPI(bytes_sent, "bytes");
    SOCKSCOPE_TCPI(bytes_retrans, "bytes");
#undef SOCKSCOPE_TCPI
    return out;
}

#else

std::size_t tcpInfoBufferSize()
{
    return 0;
}

TcpInfo decodeTcpInfo(const void*, std::size_t)
{
    return {};
}

#endif

} // namespace sockscope
