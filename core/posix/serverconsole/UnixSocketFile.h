#pragma once
// The file a unix socket bound to a path leaves in the filesystem. A server removes only what is its
// own: the file its bind created (same device and inode when it closes), or, when the user asks, a
// stale socket file nobody accepts on. A regular file, a directory or a live server's socket at the
// path is never touched.

#include <sys/types.h>

#include <string>

namespace sockscope {

enum class UnixPathState {
    Absent,      // nothing there
    StaleSocket, // a socket file whose server is gone: connect() is refused
    LiveSocket,  // a socket file a server accepts on
    NotASocket,  // a regular file, a directory, …: someone else's
};

// stat() and, for a socket file, a probing connect() of `socktype` (SOCK_STREAM or SOCK_DGRAM).
// `path` is a filesystem path (not an @abstract name). The probing connect() is journalled.
UnixPathState unixPathState(const std::string& path, int socktype);

// The socket file a bind() created, remembered by device and inode.
class UnixSocketFile {
public:
    UnixSocketFile() = default;
    // Records the file now at `path` (right after a successful bind); false when it cannot be stat()ed.
    bool adopt(const std::string& path);
    // unlink()s the path if it still is the same file (journalled), then forgets it. Returns true when
    // it removed the file; false when there was none of ours (replaced, moved away or already gone).
    bool remove();
    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] bool owned() const { return !path_.empty(); }

private:
    std::string path_;
    dev_t device_ = 0;
    ino_t inode_ = 0;
};

} // namespace sockscope
