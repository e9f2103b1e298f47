#pragma once
// The echo loop of the thread and fork engines under TLS, blocking as the chapter's loop is:
// SSL_accept bounded by a handshake timeout (SO_RCVTIMEO/SO_SNDTIMEO on the socket for its
// duration), then SSL_read and SSL_write until the client ends, then our close_notify. The socket
// stays the caller's to close.

#include "EchoEvents.h"
#include "EchoStats.h"
#include "TlsContext.h"

#include <cstddef>
#include <memory>
#include <string>

namespace sockscope {

struct TlsEchoOutcome {
    bool handshakeDone = false;
    EchoCloseReason reason = EchoCloseReason::TlsClosedByPeer;
    std::string words; // the cause for the Tls*Failed reasons: "not a TLS client: it spoke plain HTTP …"
    int failure = 0;   // errno when a system call failed (ETIMEDOUT for a stalled handshake)
    bool error = false; // a failure worth counting (a handshake that failed, a broken record)
};

// `io` may be null (the fork engine's child counts nothing the parent sees). `idleTimeoutMs` 0: none.
TlsEchoOutcome serveTlsEcho(int fd, const std::shared_ptr<TlsContext>& context, int handshakeTimeoutMs,
                            int idleTimeoutMs, std::size_t bufferSize, IoCounters* io);

} // namespace sockscope
