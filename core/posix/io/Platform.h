#pragma once
// The one place where the socket API of Linux and of the BSDs/macOS differ for core.
// Everything else includes this header instead of testing the platform itself.

#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

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

// In a forked child (async-signal-safe): closes every descriptor from `first` up, with close_range
// where the kernel has it, else one by one up to the descriptor limit.
inline void closeDescriptorsFrom(int first) noexcept
{
#if defined(__linux__) || defined(__FreeBSD__)
    if (::close_range(static_cast<unsigned>(first), ~0U, 0) == 0)
        return;
#endif
    rlimit rl{};
    int limit = 65536;
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < 65536)
        limit = static_cast<int>(rl.rlim_cur);
    for (int fd = first; fd < limit; ++fd)
        ::close(fd);
}

// In a forked child: the kernel sends it `sig` when the thread that forked it ends, so a child of a
// server whose process dies does not live on (Linux; elsewhere the server's stop() has to do it).
inline void signalWhenForkingThreadEnds([[maybe_unused]] int sig) noexcept
{
#if defined(__linux__)
    ::prctl(PR_SET_PDEATHSIG, sig);
#endif
}

} // namespace sockscope::platform
