#include "UnixSocketFile.h"

#include "CLiteral.h"
#include "CallJournal.h"
#include "SocketAddress.h"
#include "UniqueFd.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace sockscope {

UnixPathState unixPathState(const std::string& path, int socktype)
{
    struct stat st{};
    if (::lstat(path.c_str(), &st) != 0)
        return errno == ENOENT ? UnixPathState::Absent : UnixPathState::NotASocket;
    if (!S_ISSOCK(st.st_mode))
        return UnixPathState::NotASocket;
    SocketAddress a;
    if (!SocketAddress::fromUnixPath(path, a))
        return UnixPathState::NotASocket;
    UniqueFd probe(::socket(AF_UNIX, socktype | SOCK_CLOEXEC, 0));
    if (!probe)
        return UnixPathState::LiveSocket; // cannot tell: treat it as someone's
    CallTimer t;
    const int rc = ::connect(probe.get(), a.get(), a.length);
    const int e = rc < 0 ? errno : 0;
    recordCall(t, "connect", std::to_string(probe.get()) + ", " + a.cArgument(), rc, e,
               "connect(probe, " + a.cArgument() + "); /* is anyone listening on " + cStringLiteral(path)
                   + "? ECONNREFUSED: a stale file, its server is gone */");
    if (rc == 0)
        return UnixPathState::LiveSocket;
    // ECONNREFUSED: the file is there but no socket is bound to it any more. EPROTOTYPE: a live
    // socket of the other type. Anything else (EACCES, EAGAIN on a full backlog): leave it alone.
    return e == ECONNREFUSED ? UnixPathState::StaleSocket : UnixPathState::LiveSocket;
}

bool UnixSocketFile::adopt(const std::string& path)
{
    struct stat st{};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISSOCK(st.st_mode))
        return false;
    path_ = path;
    device_ = st.st_dev;
    inode_ = st.st_ino;
    return true;
}

bool UnixSocketFile::remove()
{
    if (path_.empty())
        return false;
    const std::string path = std::move(path_);
    path_.clear();
    struct stat st{};
    if (::lstat(path.c_str(), &st) != 0 || st.st_dev != device_ || st.st_ino != inode_)
        return false; // gone, or another file now: not ours to remove
    CallTimer t;
    const int rc = ::unlink(path.c_str());
    const int e = rc < 0 ? errno : 0;
    recordCall(t, "unlink", cStringLiteral(path), rc, e,
               "unlink(" + cStringLiteral(path) + "); /* the socket file bind() created: close() leaves it behind */");
    return rc == 0;
}

} // namespace sockscope
