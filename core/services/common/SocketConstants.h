#pragma once
// The socket API's constants that the GUI needs, as functions. widgets/ may not include a POSIX
// networking header (only core talks to the socket API), so it asks core for these numbers.

#include <cstddef>

namespace sockscope {

int familyInet();  // AF_INET
int familyInet6(); // AF_INET6
int familyUnix();  // AF_UNIX
int familyUnspec(); // AF_UNSPEC

int socktypeStream(); // SOCK_STREAM
int socktypeDgram();  // SOCK_DGRAM
int socktypeRaw();    // SOCK_RAW

int shutdownRead();  // SHUT_RD
int shutdownWrite(); // SHUT_WR
int shutdownBoth();  // SHUT_RDWR

int ipprotoTcp(); // IPPROTO_TCP
int ipprotoUdp(); // IPPROTO_UDP

std::size_t inetAddrStrLen();  // INET_ADDRSTRLEN (16): enough for any IPv4 text and its NUL
std::size_t inet6AddrStrLen(); // INET6_ADDRSTRLEN (46): enough for any IPv6 text and its NUL

std::size_t sunPathCapacity();      // sizeof sun_path (108 on Linux), including a path's NUL
bool platformHasSaLen();            // the BSDs' length byte in front of every socket address
bool platformHasAbstractUnixNames(); // Linux: sun_path starting with NUL names an abstract socket

} // namespace sockscope
