#include "SocketConstants.h"

#include "Platform.h"

#include <netinet/in.h>
#include <sys/socket.h>

namespace sockscope {

int familyInet() { return AF_INET; }
int familyInet6() { return AF_INET6; }
int familyUnix() { return AF_UNIX; }
int familyUnspec() { return AF_UNSPEC; }

int socktypeStream() { return SOCK_STREAM; }
int socktypeDgram() { return SOCK_DGRAM; }
int socktypeRaw() { return SOCK_RAW; }

int shutdownRead() { return SHUT_RD; }
int shutdownWrite() { return SHUT_WR; }
int shutdownBoth() { return SHUT_RDWR; }

int ipprotoTcp() { return IPPROTO_TCP; }
int ipprotoUdp() { return IPPROTO_UDP; }

std::size_t inetAddrStrLen() { return INET_ADDRSTRLEN; }
std::size_t inet6AddrStrLen() { return INET6_ADDRSTRLEN; }

std::size_t sunPathCapacity() { return platform::sunPathCapacity; }
bool platformHasSaLen() { return platform::hasSaLen; }
bool platformHasAbstractUnixNames() { return platform::hasAbstractUnixNames; }

} // namespace sockscope
