#include "TlsEchoLoop.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "TlsSession.h"

#include <sys/socket.h>
#include <sys/time.h>

#include <chrono>
#include <vector>

namespace sockscope {

namespace {

void setTimeouts(int fd, int ms)
{
    const timeval tv{ms / 1000, (ms % 1000) * 1000};
    CallTimer t;
    const int a = ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const int b = ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    const std::string v = "{" + std::to_string(tv.tv_sec) + ", " + std::to_string(tv.tv_usec) + "}";
    recordCall(t, "setsockopt", std::to_string(fd) + ", SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv", a < 0 || b < 0 ? -1 : 0,
               a < 0 || b < 0 ? errno : 0,
               "struct timeval tv = " + v + ";\nsetsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);\n"
                   "setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv); /* "
                   + (ms ? "a blocking SSL_accept/SSL_read gives up after this" : "no timeout") + " */");
}

} // namespace

TlsEchoOutcome serveTlsEcho(int fd, const std::shared_ptr<TlsContext>& context, int handshakeTimeoutMs,
                            int idleTimeoutMs, std::size_t bufferSize, IoCounters* io)
{
    TlsEchoOutcome out;
    TlsSession tls(context, fd);
    if (!tls.valid()) {
        out.reason = EchoCloseReason::TlsHandshakeFailed;
        out.words = tls.setupError();
        out.error = true;
        return out;
    }
    // The blocking handshake cannot wait for ever on a client that sends nothing (or not TLS).
    setTimeouts(fd, handshakeTimeoutMs);
    const TlsResult h =
        tls.handshake(std::chrono::steady_clock::now() + std::chrono::milliseconds(handshakeTimeoutMs), nullptr);
    if (!h.ok()) {
        out.reason = EchoCloseReason::TlsHandshakeFailed;
        out.words = h.message;
        out.failure = h.status == TlsStatus::TimedOut ? ETIMEDOUT : h.err;
        out.error = true;
        return out;
    }
    out.handshakeDone = true;
    setTimeouts(fd, idleTimeoutMs);
    std::vector<char> buf(bufferSize);
    bool peerSaidCloseNotify = false;
    for (;;) {
        const TlsResult r = tls.read(buf.data(), buf.size(), false);
        if (r.status == TlsStatus::Closed) {
            peerSaidCloseNotify = r.closeNotify;
            out.reason = r.closeNotify ? EchoCloseReason::TlsClosedByPeer : EchoCloseReason::TlsClosedWithoutNotify;
            break;
        }
        if (r.wouldBlock()) {
            if (idleTimeoutMs > 0) { // SO_RCVTIMEO ran out: EAGAIN under OpenSSL is WANT_READ
                out.reason = EchoCloseReason::IdleTimeout;
                break;
            }
            continue;
        }
        if (!r.ok()) {
            out.reason = EchoCloseReason::TlsReadFailed;
            out.words = r.message;
            out.failure = r.err;
            out.error = r.err != ECONNRESET;
            break;
        }
        const auto n = static_cast<std::size_t>(r.rc);
        if (io) {
            bumpSingleWriter(io->bytesIn, n);
            bumpSingleWriter(io->messagesIn);
        }
        std::size_t off = 0;
        while (off < n) {
            const TlsResult w = tls.write(buf.data() + off, n - off, false);
            if (w.wouldBlock())
                continue; // blocking socket: only a timeout or a renegotiation gets here
            if (!w.ok()) {
                out.reason = EchoCloseReason::TlsWriteFailed;
                out.words = w.message;
                out.failure = w.err;
                out.error = w.err != ECONNRESET && w.err != EPIPE;
                break;
            }
            off += static_cast<std::size_t>(w.rc);
        }
        if (io) {
            bumpSingleWriter(io->bytesOut, off);
            bumpSingleWriter(io->messagesOut);
        }
        if (off < n)
            break;
    }
    if (peerSaidCloseNotify)
        tls.shutdown(); // our close_notify in answer, before the caller's close() sends the FIN
    return out;
}

} // namespace sockscope
