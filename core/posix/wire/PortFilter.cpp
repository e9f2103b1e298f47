#include "PortFilter.h"

#include <cstdio>

namespace sockscope {

namespace {

// The opcodes used here (linux/filter.h and linux/bpf_common.h).
constexpr std::uint16_t LD_W_ABS = 0x20, LD_H_ABS = 0x28, LD_B_ABS = 0x30, LD_H_IND = 0x48,
                        LDX_B_MSH = 0xb1, JEQ_K = 0x15, JSET_K = 0x45, RET_K = 0x06;
constexpr std::uint32_t AD_OFF = 0xfffff000u, AD_PROTOCOL = 0, AD_PKTTYPE = 4; // SKF_AD_*
constexpr std::uint32_t packetOutgoing = 4;                                   // PACKET_OUTGOING

// A tiny assembler: jumps name labels, resolved once the program is laid out.
struct Assembler {
    struct Line {
        BpfInstruction insn;
        int jt = -1, jf = -1; // label numbers; -1: the next instruction
    };
    std::vector<Line> lines;
    std::vector<int> labelAt;

    int label()
    {
        labelAt.push_back(-1);
        return static_cast<int>(labelAt.size()) - 1;
    }
    void place(int l) { labelAt[static_cast<std::size_t>(l)] = static_cast<int>(lines.size()); }
    void op(std::uint16_t code, std::uint32_t k) { lines.push_back({{code, 0, 0, k}, -1, -1}); }
    void jump(std::uint16_t code, std::uint32_t k, int jt, int jf) { lines.push_back({{code, 0, 0, k}, jt, jf}); }

    bool resolve(std::vector<BpfInstruction>& out) const
    {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            BpfInstruction insn = lines[i].insn;
            for (const auto& [label, field] : {std::pair{lines[i].jt, &insn.jt}, std::pair{lines[i].jf, &insn.jf}}) {
                if (label < 0)
                    continue;
                const int distance = labelAt[static_cast<std::size_t>(label)] - static_cast<int>(i) - 1;
                if (distance < 0 || distance > 255)
                    return false;
                *field = static_cast<std::uint8_t>(distance);
            }
            out.push_back(insn);
        }
        return true;
    }
};

} // namespace

std::vector<BpfInstruction> loopbackPortFilter(const std::vector<std::uint16_t>& ports, std::uint32_t snapLength)
{
    if (ports.size() > maxFilterPorts)
        return {};
    Assembler a;
    const int accept = a.label(), drop = a.label(), v4 = a.label(), v6 = a.label();
    a.op(LD_W_ABS, AD_OFF + AD_PKTTYPE);
    a.jump(JEQ_K, packetOutgoing, drop, -1);
    a.op(LD_W_ABS, AD_OFF + AD_PROTOCOL);
    a.jump(JEQ_K, 0x0800, v4, -1);   // ETH_P_IP
    a.jump(JEQ_K, 0x86dd, v6, drop); // ETH_P_IPV6

    // Both ports of a TCP or UDP header whose first byte is at `at` (X added when indirect).
    auto comparePorts = [&](std::uint16_t load, std::uint32_t at) {
        for (std::uint32_t which : {0u, 2u}) {
            a.op(load, at + which);
            for (const std::uint16_t port : ports)
                a.jump(JEQ_K, port, accept, -1);
        }
        a.op(RET_K, 0);
    };

    a.place(v4);
    if (ports.empty()) {
        a.op(RET_K, snapLength);
    } else {
        const int v4ports = a.label();
        a.op(LD_B_ABS, 9); // protocol
        a.jump(JEQ_K, 1, accept, -1);           // IPPROTO_ICMP
        a.jump(JEQ_K, 6, v4ports, -1);          // IPPROTO_TCP
        a.jump(JEQ_K, 17, v4ports, drop);       // IPPROTO_UDP
        a.place(v4ports);
        a.op(LD_H_ABS, 6);
        a.jump(JSET_K, 0x1fff, drop, -1);       // a later fragment carries no ports
        a.op(LDX_B_MSH, 0);                     // X = 4 * (IHL): the transport header's offset
        comparePorts(LD_H_IND, 0);
    }

    a.place(v6);
    if (ports.empty()) {
        a.op(RET_K, snapLength);
    } else {
        const int v6ports = a.label();
        a.op(LD_B_ABS, 6); // next header (extension headers are not followed: loopback traffic has none)
        a.jump(JEQ_K, 58, accept, -1);          // IPPROTO_ICMPV6
        a.jump(JEQ_K, 6, v6ports, -1);
        a.jump(JEQ_K, 17, v6ports, drop);
        a.place(v6ports);
        comparePorts(LD_H_ABS, 40);
    }

    a.place(accept);
    a.op(RET_K, snapLength);
    a.place(drop);
    a.op(RET_K, 0);

    std::vector<BpfInstruction> program;
    if (!a.resolve(program))
        return {};
    return program;
}

std::string bpfAsC(const std::vector<BpfInstruction>& program)
{
    std::string text;
    char line[64];
    for (const BpfInstruction& i : program) {
        std::snprintf(line, sizeof line, "{ 0x%02x, %u, %u, 0x%08x },\n", i.code, i.jt, i.jf, i.k);
        text += line;
    }
    return text;
}

std::uint32_t runBpf(const std::vector<BpfInstruction>& program, const std::uint8_t* data, std::size_t size,
                     std::uint16_t protocol, std::uint32_t packetType)
{
    std::uint32_t acc = 0, x = 0;
    auto load = [&](std::uint32_t at, std::size_t width, bool& ok) -> std::uint32_t {
        if (at >= AD_OFF) {
            const std::uint32_t which = at - AD_OFF;
            return which == AD_PROTOCOL ? protocol : which == AD_PKTTYPE ? packetType : 0;
        }
        if (static_cast<std::size_t>(at) + width > size) {
            ok = false; // the kernel ends the program with 0 on an out-of-bounds load
            return 0;
        }
        std::uint32_t v = 0;
        for (std::size_t b = 0; b < width; ++b)
            v = v << 8 | data[at + b];
        return v;
    };
    for (std::size_t pc = 0; pc < program.size(); ++pc) {
        const BpfInstruction& i = program[pc];
        bool ok = true;
        switch (i.code) {
        case LD_W_ABS: acc = load(i.k, 4, ok); break;
        case LD_H_ABS: acc = load(i.k, 2, ok); break;
        case LD_B_ABS: acc = load(i.k, 1, ok); break;
        case LD_H_IND: acc = load(x + i.k, 2, ok); break;
        case LDX_B_MSH: x = 4 * (load(i.k, 1, ok) & 0x0f); break;
        case JEQ_K: pc += acc == i.k ? i.jt : i.jf; break;
        case JSET_K: pc += (acc & i.k) ? i.jt : i.jf; break;
        case RET_K: return i.k;
        default: return 0;
        }
        if (!ok)
            return 0;
    }
    return 0;
}

} // namespace sockscope
