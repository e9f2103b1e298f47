#pragma once
// The socket lab's constants by name, both ways: for the call text and C code the lab writes, and for
// the page's choices (widgets may not include socket headers, so they read the values from here).

#include "SocketLabTypes.h"

#include <string>
#include <vector>

namespace sockscope {

struct LabConstant {
    const char* name; // "MSG_PEEK"
    int value;
};

// "socket", "fcntl F_GETFL", "ioctl FIONREAD": the call's name as the transcript writes it.
std::string labCallName(LabCall call);
// The C function behind it: "fcntl", "ioctl", "socket".
std::string labCallFunction(LabCall call);
// True for calls whose success value is a new descriptor (socket, accept, dup, dup2, F_DUPFD).
bool labCallReturnsFd(LabCall call);

std::vector<LabConstant> labDomains();      // AF_INET, AF_INET6, AF_UNIX, AF_UNSPEC
std::vector<LabConstant> labTypes();        // SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW
std::vector<LabConstant> labProtocols();    // 0, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_ICMP, …, IPPROTO_RAW
std::vector<LabConstant> labSendFlags();    // MSG_DONTWAIT, MSG_OOB, … (those this platform has)
std::vector<LabConstant> labRecvFlags();    // MSG_PEEK, MSG_WAITALL, …
std::vector<LabConstant> labShutdownHows(); // SHUT_RD, SHUT_WR, SHUT_RDWR
std::vector<LabConstant> labSeekWhences();  // SEEK_SET, SEEK_CUR, SEEK_END

// The options the lab's setsockopt sets: an int value each, SO_LINGER a struct linger.
struct LabSocketOption {
    const char* name;  // "TCP_NODELAY"
    const char* levelName; // "IPPROTO_TCP"
    int level;
    int option;
    bool linger;       // SO_LINGER: value is l_onoff, the second number l_linger
};
std::vector<LabSocketOption> labSocketOptions();
// The option by level and number; nullptr when the lab does not know it.
const LabSocketOption* labSocketOption(int level, int option);

// Names of one value ("AF_INET"), or the number when it has none here.
std::string labDomainName(int domain);
std::string labTypeName(int type);         // "SOCK_STREAM|SOCK_NONBLOCK"
std::string labProtocolName(int protocol); // "0", "IPPROTO_TCP"
std::string labShutdownName(int how);
std::string labWhenceName(int whence);
// Or'ed flags as C writes them: "MSG_PEEK|MSG_DONTWAIT", "0".
std::string labMsgFlagsText(int flags);
std::string labOpenFlagsText(int flags); // F_GETFL's answer: "O_RDWR|O_NONBLOCK"

// "tcp", "udp", "unix-stream", "unix-dgram", "unix-seqpacket", "raw-icmp", "ping", "raw-ip", "raw6-icmpv6",
// "udplite", "ip-89": for labels.
std::string labKindShortName(int domain, int type, int protocol = 0);

// What kind of socket the lab can send an ICMP echo on.
bool labIsRawIcmp(int domain, int type, int protocol);  // SOCK_RAW, IPPROTO_ICMP (inet) or IPPROTO_ICMPV6 (inet6)
bool labIsPing(int domain, int type, int protocol);     // SOCK_DGRAM, IPPROTO_ICMP (inet) or IPPROTO_ICMPV6 (inet6)
bool labIsRawIp(int domain, int type, int protocol);    // AF_INET, SOCK_RAW, IPPROTO_RAW

} // namespace sockscope
