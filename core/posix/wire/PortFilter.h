#pragma once
// The classic BPF program the capture attaches to its packet socket (SO_ATTACH_FILTER), so the kernel
// hands over only what the user asked to see: IPv4 and IPv6 packets to or from the given TCP and UDP
// ports, and every ICMP and ICMPv6 packet (an error quotes the port inside; the user wants to see it).
// Loopback delivers each packet twice to a packet socket, once leaving and once arriving: the program
// keeps the arrival only. No ports: every IP packet.

#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

struct BpfInstruction { // struct sock_filter, spelled out so the header needs no Linux include
    std::uint16_t code = 0;
    std::uint8_t jt = 0, jf = 0;
    std::uint32_t k = 0;
};

// Ports beyond this would need jumps longer than classic BPF's 8-bit offsets.
inline constexpr std::size_t maxFilterPorts = 48;

// An empty vector when there are more than maxFilterPorts ports.
std::vector<BpfInstruction> loopbackPortFilter(const std::vector<std::uint16_t>& ports, std::uint32_t snapLength);

// The program as a C initialiser, as `tcpdump -dd` prints it: "{ 0x28, 0, 0, 0x0000000c },".
std::string bpfAsC(const std::vector<BpfInstruction>& program);

// Runs the program over a packet as the kernel would, for tests and the fuzzer: the return value is
// the number of bytes kept (0: dropped). `protocol` and `packetType` stand for the ancillary loads.
std::uint32_t runBpf(const std::vector<BpfInstruction>& program, const std::uint8_t* data, std::size_t size,
                     std::uint16_t protocol, std::uint32_t packetType);

} // namespace sockscope
