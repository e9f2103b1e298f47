#pragma once
// Where the socket options of Linux and of the BSDs/macOS differ, in one place (like Platform.h).
// Each optional option is its number here, or -1 where this platform's headers do not have it.

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace sockscope::platform {

#ifdef SO_REUSEPORT
inline constexpr int soReusePort = SO_REUSEPORT;
#else
inline constexpr int soReusePort = -1;
#endif
#ifdef SO_DOMAIN
inline constexpr int soDomain = SO_DOMAIN;
#else
inline constexpr int soDomain = -1;
#endif
#ifdef SO_PROTOCOL
inline constexpr int soProtocol = SO_PROTOCOL;
#else
inline constexpr int soProtocol = -1;
#endif
#ifdef TCP_KEEPIDLE
inline constexpr int tcpKeepIdle = TCP_KEEPIDLE;
#else
inline constexpr int tcpKeepIdle = -1; // macOS calls it TCP_KEEPALIVE
#endif
#ifdef TCP_KEEPINTVL
inline constexpr int tcpKeepIntvl = TCP_KEEPINTVL;
#else
inline constexpr int tcpKeepIntvl = -1;
#endif
#ifdef TCP_KEEPCNT
inline constexpr int tcpKeepCnt = TCP_KEEPCNT;
#else
inline constexpr int tcpKeepCnt = -1;
#endif
#ifdef TCP_CORK
inline constexpr int tcpCork = TCP_CORK;
#else
inline constexpr int tcpCork = -1; // the BSDs have TCP_NOPUSH instead
#endif
#ifdef TCP_QUICKACK
inline constexpr int tcpQuickAck = TCP_QUICKACK;
#else
inline constexpr int tcpQuickAck = -1;
#endif
#ifdef TCP_USER_TIMEOUT
inline constexpr int tcpUserTimeout = TCP_USER_TIMEOUT;
#else
inline constexpr int tcpUserTimeout = -1;
#endif
#ifdef TCP_CONGESTION
inline constexpr int tcpCongestion = TCP_CONGESTION;
#else
inline constexpr int tcpCongestion = -1;
#endif
#if defined(__linux__) && defined(TCP_INFO)
// Only Linux's struct tcp_info is decoded (FreeBSD's differs, macOS has TCP_CONNECTION_INFO).
inline constexpr int tcpInfo = TCP_INFO;
#else
inline constexpr int tcpInfo = -1;
#endif

#if defined(__linux__)
// Linux doubles SO_RCVBUF/SO_SNDBUF on set (room for its bookkeeping) and reports the doubled value.
inline constexpr bool doublesSocketBuffers = true;
// Linux reports SO_SNDLOWAT (always 1) but refuses to set it with ENOPROTOOPT.
inline constexpr bool sndLowatReadOnly = true;
#else
inline constexpr bool doublesSocketBuffers = false;
inline constexpr bool sndLowatReadOnly = false;
#endif

} // namespace sockscope::platform
