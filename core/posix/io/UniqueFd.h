#pragma once
// An owned file descriptor: closed exactly once, when its owner goes away.
// Every descriptor core opens lives in one of these from the line that opens it.

#include <unistd.h>

#include <utility>

namespace sockscope {

class UniqueFd {
public:
    UniqueFd() noexcept = default;
    explicit UniqueFd(int fd) noexcept : fd_(fd) {}
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept
    {
        if (this != &other)
            reset(other.release());
        return *this;
    }
    ~UniqueFd() { reset(); }

    [[nodiscard]] int get() const noexcept { return fd_; }
    [[nodiscard]] bool valid() const noexcept { return fd_ >= 0; }
    explicit operator bool() const noexcept { return valid(); }

    // Gives up ownership; the caller must hand the fd to another owner.
    [[nodiscard]] int release() noexcept { return std::exchange(fd_, -1); }

    // Closes the owned fd (if any) and takes ownership of `fd`. close() is not retried on
    // EINTR: on Linux the descriptor is released even when close() reports EINTR.
    void reset(int fd = -1) noexcept
    {
        const int old = std::exchange(fd_, fd);
        if (old >= 0)
            ::close(old);
    }

private:
    int fd_ = -1;
};

} // namespace sockscope
