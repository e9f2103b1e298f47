#pragma once
// The one place where the socket API of Linux and of the BSDs/macOS differ for core.
// Everything else includes this header instead of testing the platform itself.

#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>

#include <cstddef>

#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__) \
    || defined(__DragonFly__)
// 4.4BSD put a length byte in front of every socket address and made sa_family_t one byte.
#define SOCKSCOPE_HAVE_SA_LEN 1
#else
#define SOCKSCOPE_HAVE_SA_LEN 0
#endif

#if defined(__linux__)
// Linux: sun_path may start with a NUL byte, which names a socket in the abstract namespace.
#define SOCKSCOPE_HAVE_ABSTRACT_UNIX 1
#else
#define SOCKSCOPE_HAVE_ABSTRACT_UNIX 0
#endif

namespace sockscope::platform {

inline constexpr bool hasSaLen = SOCKSCOPE_HAVE_SA_LEN;
inline constexpr bool hasAbstractUnixNames = SOCKSCOPE_HAVE_ABSTRACT_UNIX;

// The capacity of sun_path, including the terminating NUL of a filesystem path.
inline constexpr std::size_t sunPathCapacity = sizeof(static_cast<sockaddr_un*>(nullptr)->sun_path);

// Sets the BSD length byte where the platform has one; a no-op on Linux.
template <typename Sockaddr>
inline void setSaLen([[maybe_unused]] Sockaddr& sa, [[maybe_unused]] std::size_t len)
{
#if SOCKSCOPE_HAVE_SA_LEN
    reinterpret_cast<sockaddr&>(sa).sa_len = static_cast<unsigned char>(len);
#endif
}

} // namespace sockscope::platform
