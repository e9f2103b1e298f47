#pragma once
// TLS on a socket SockScope already owns: SSL_new, SSL_set_fd, the handshake, SSL_read/SSL_write and
// SSL_shutdown. The descriptor stays the caller's (its blocking mode, its close()); this adds the TLS
// records on top. One step at a time (handshakeStep, read, write) for a poller that waits on what
// WANT_READ/WANT_WRITE ask for, or a whole handshake with a deadline and a cancel flag, the rules
// ClientSession::open uses for connect(). Every SSL_* call is journalled with SSL_get_error's answer.
// One thread at a time.

#include "TlsContext.h"
#include "TlsErrors.h"
#include "TlsSummary.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace sockscope {

enum class TlsStatus {
    Done,      // the call did its work (rc > 0 for read/write)
    WantRead,  // SSL_ERROR_WANT_READ: call again once the socket is readable
    WantWrite, // SSL_ERROR_WANT_WRITE: call again once the socket is writable
    Closed,    // read: the peer ended the stream (with close_notify, or see `closeNotify`)
    TimedOut,  // handshake(): the deadline passed
    Cancelled, // handshake(): the cancel flag turned true
    Failed,    // a protocol or system error; `message` says which
};

struct TlsResult {
    TlsStatus status = TlsStatus::Failed;
    long rc = 0;           // the SSL_* call's return (bytes for read/write)
    int sslError = 0;      // SSL_get_error's answer (SSL_ERROR_NONE on success)
    int err = 0;           // errno with SSL_ERROR_SYSCALL; ETIMEDOUT, ECANCELED for the handshake's own ends
    bool closeNotify = false; // Closed: the peer said close_notify (else it just closed the TCP connection)
    TlsErrorQueue queue;
    std::string message;   // plain words for anything but Done/WantRead/WantWrite
    [[nodiscard]] bool ok() const { return status == TlsStatus::Done; }
    [[nodiscard]] bool wouldBlock() const { return status == TlsStatus::WantRead || status == TlsStatus::WantWrite; }
};

class TlsSession {
public:
    // `serverName`, for a client: sent as SNI (unless it is an IP address, which SNI cannot carry) and
    // the name the certificate must be for.
    TlsSession(std::shared_ptr<TlsContext> context, int fd, const std::string& serverName = {});
    ~TlsSession(); // SSL_free only; shutdown() is what sends close_notify
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    [[nodiscard]] bool valid() const { return ssl_ != nullptr; }
    [[nodiscard]] const std::string& setupError() const { return setupError_; }
    [[nodiscard]] int fd() const { return fd_; }
    [[nodiscard]] TlsRole role() const { return context_->config().role; }
    [[nodiscard]] bool handshakeDone() const { return handshakeDone_; }
    // Decrypted bytes OpenSSL holds that poll() cannot see.
    [[nodiscard]] std::size_t pending() const;

    // One SSL_connect (client) or SSL_accept (server).
    TlsResult handshakeStep();
    // handshakeStep until done, waiting with poll() for what it asks, in slices of 100 ms so `cancel`
    // is seen promptly; TimedOut after `deadline`. Works on a blocking socket too.
    TlsResult handshake(std::chrono::steady_clock::time_point deadline, const std::atomic<bool>* cancel = nullptr);
    TlsResult read(char* buffer, std::size_t size, bool journal = true);
    TlsResult write(const char* data, std::size_t size, bool journal = true);
    // SSL_shutdown: sends close_notify (TLS's end of data). The TCP connection stays up until close()
    // or shutdown() sends the FIN. Done when sent (rc 0) or when the peer's had come already (rc 1).
    TlsResult shutdown();

    // What the handshake agreed and the peer's certificates; valid after a handshake, and partly after a failed one.
    TlsSummary summary() const;
    // The first problem the verify callback saw (code 0: none).
    const VerifyFailure& firstVerifyFailure() const { return firstFailure_; }
    const std::string& serverName() const { return serverName_; }

private:
    TlsResult outcome(const char* function, long rc, int savedErrno, bool journal);
    std::string failureWords(const TlsResult& r) const;

    std::shared_ptr<TlsContext> context_;
    int fd_;
    std::string serverName_;
    struct ssl_st* ssl_ = nullptr;
    std::string setupError_;
    bool handshakeDone_ = false;
    VerifyFailure firstFailure_;
    std::chrono::steady_clock::time_point handshakeStarted_{};
};

} // namespace sockscope
