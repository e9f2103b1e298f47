#include "TlsSession.h"

#include "CLiteral.h"
#include "ErrnoInfo.h"
#include "TlsJournal.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>

namespace sockscope {

namespace {

int sessionIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

bool isIpAddress(const std::string& name)
{
    unsigned char buf[16];
    return inet_pton(AF_INET, name.c_str(), buf) == 1 || inet_pton(AF_INET6, name.c_str(), buf) == 1;
}

bool reasonIs(const TlsErrorQueue& q, int reason) { return q.lastLibrary == ERR_LIB_SSL && q.lastReason == reason; }

// Keeps the first problem the chain check met (the session's VerifyFailure is in the SSL's ex_data).
int verifyCallback(int ok, X509_STORE_CTX* store)
{
    auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto* first = ssl ? static_cast<VerifyFailure*>(SSL_get_ex_data(ssl, sessionIndex())) : nullptr;
    if (!ok && first && first->code == 0) {
        first->code = X509_STORE_CTX_get_error(store);
        first->depth = X509_STORE_CTX_get_error_depth(store);
        first->certificate = describeCertificate(X509_STORE_CTX_get_current_cert(store));
    }
    return ok; // with SSL_VERIFY_NONE OpenSSL goes on regardless
}

} // namespace

TlsSession::TlsSession(std::shared_ptr<TlsContext> context, int fd, const std::string& serverName)
    : context_(std::move(context)), fd_(fd), serverName_(serverName)
{
    ERR_clear_error();
    CallTimer t;
    ssl_ = SSL_new(context_->get());
    TlsErrorQueue q = takeErrorQueue();
    recordTlsSetupCall(t, "SSL_new", "ctx", ssl_ ? "ssl" : "NULL", "SSL *ssl = SSL_new(ctx);", &q);
    if (!ssl_) {
        setupError_ = "SSL_new failed: " + q.text();
        return;
    }
    SSL_set_ex_data(ssl_, sessionIndex(), &firstFailure_);
    SSL_set_verify(ssl_, SSL_get_verify_mode(ssl_), verifyCallback);
    CallTimer ft;
    const int rc = SSL_set_fd(ssl_, fd_);
    q = takeErrorQueue();
    recordTlsSetupCall(ft, "SSL_set_fd", "ssl, " + std::to_string(fd_), std::to_string(rc),
                       "SSL_set_fd(ssl, fd); /* TLS records now travel over this socket */", &q);
    if (rc != 1) {
        setupError_ = "SSL_set_fd failed: " + q.text();
        SSL_free(ssl_);
        ssl_ = nullptr;
        return;
    }
    if (role() == TlsRole::Client && !serverName_.empty()) {
        const std::string lit = cStringLiteral(serverName_);
        if (isIpAddress(serverName_)) {
            CallTimer it;
            const int ok = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl_), serverName_.c_str());
            recordTlsSetupCall(it, "X509_VERIFY_PARAM_set1_ip_asc", "SSL_get0_param(ssl), " + lit, std::to_string(ok),
                               "X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), " + lit
                                   + "); /* the certificate must name this address; SNI cannot carry one */");
        } else {
            CallTimer st;
            const long ok = SSL_set_tlsext_host_name(ssl_, serverName_.c_str());
            recordTlsSetupCall(st, "SSL_set_tlsext_host_name", "ssl, " + lit, std::to_string(ok),
                               "SSL_set_tlsext_host_name(ssl, " + lit + "); /* SNI */");
            CallTimer ht;
            const int hok = SSL_set1_host(ssl_, serverName_.c_str());
            recordTlsSetupCall(ht, "SSL_set1_host", "ssl, " + lit, std::to_string(hok),
                               "SSL_set1_host(ssl, " + lit + "); /* the certificate must be for this name */");
        }
        takeErrorQueue();
    }
}

TlsSession::~TlsSession()
{
    if (ssl_) {
        CallTimer t;
        SSL_free(ssl_);
        recordTlsSetupCall(t, "SSL_free", "ssl", "", "SSL_free(ssl); /* the socket itself stays open */");
    }
}

std::size_t TlsSession::pending() const { return ssl_ ? static_cast<std::size_t>(SSL_pending(ssl_)) : 0; }

TlsResult TlsSession::outcome(const char* function, long rc, int savedErrno, bool journal)
{
    TlsResult r;
    r.rc = rc;
    const bool success = std::string_view(function) == "SSL_shutdown" ? rc >= 0 : rc > 0;
    if (success) {
        r.status = TlsStatus::Done;
        return r;
    }
    r.sslError = SSL_get_error(ssl_, static_cast<int>(rc));
    r.queue = takeErrorQueue();
    if (r.sslError == SSL_ERROR_SYSCALL)
        r.err = savedErrno;
    if (journal)
        recordTlsGetError(rc, r.sslError, r.err, r.queue);
    switch (r.sslError) {
    case SSL_ERROR_WANT_READ: r.status = TlsStatus::WantRead; return r;
    case SSL_ERROR_WANT_WRITE: r.status = TlsStatus::WantWrite; return r;
    case SSL_ERROR_ZERO_RETURN:
        r.status = TlsStatus::Closed;
        r.closeNotify = true;
        r.message = "the peer ended TLS with close_notify";
        return r;
    default: break;
    }
    // A TCP FIN where a record should be: OpenSSL 3 reports it as SSL_ERROR_SSL "unexpected eof"
    // (older ones as SSL_ERROR_SYSCALL with errno 0).
    const bool eof = (r.sslError == SSL_ERROR_SYSCALL && r.err == 0)
                     || reasonIs(r.queue, SSL_R_UNEXPECTED_EOF_WHILE_READING);
    if (eof && handshakeDone_ && std::string_view(function) == "SSL_read") {
        r.status = TlsStatus::Closed;
        r.message = "the peer closed the TCP connection without close_notify";
        return r;
    }
    r.status = TlsStatus::Failed;
    r.message = failureWords(r);
    return r;
}

std::string TlsSession::failureWords(const TlsResult& r) const
{
    const bool client = role() == TlsRole::Client;
    const char* peer = client ? "server" : "client";
    const TlsErrorQueue& q = r.queue;
    const std::string queueText = q.empty() ? std::string() : " (" + q.text() + ")";
    if (!handshakeDone_) {
        if (reasonIs(q, SSL_R_CERTIFICATE_VERIFY_FAILED)) {
            const TlsSummary s = summary();
            return "certificate verify failed: " + (s.verifyError.empty() ? std::string("the chain does not check out")
                                                                          : s.verifyError);
        }
        if (reasonIs(q, SSL_R_HTTP_REQUEST) || reasonIs(q, SSL_R_HTTPS_PROXY_REQUEST))
            return "not a TLS client: it spoke plain HTTP to the TLS port" + queueText;
        if (reasonIs(q, SSL_R_WRONG_VERSION_NUMBER) || reasonIs(q, SSL_R_PACKET_LENGTH_TOO_LONG)
            || reasonIs(q, SSL_R_UNKNOWN_PROTOCOL))
            return std::string("not a TLS ") + peer + ": what it sent is not a TLS record" + queueText;
        if ((r.sslError == SSL_ERROR_SYSCALL && r.err == 0) || reasonIs(q, SSL_R_UNEXPECTED_EOF_WHILE_READING))
            return std::string("the ") + peer + " closed the connection during the TLS handshake (not a TLS "
                   + peer + ", or it refused this handshake)" + queueText;
        if (reasonIs(q, SSL_R_UNSUPPORTED_PROTOCOL) || reasonIs(q, SSL_R_NO_PROTOCOLS_AVAILABLE)
            || reasonIs(q, SSL_R_TLSV1_ALERT_PROTOCOL_VERSION) || reasonIs(q, SSL_R_WRONG_SSL_VERSION))
            return std::string("no TLS version that both sides accept") + queueText;
        if (reasonIs(q, SSL_R_TLSV1_ALERT_NO_APPLICATION_PROTOCOL) || reasonIs(q, SSL_R_NO_APPLICATION_PROTOCOL))
            return std::string("no ALPN protocol that both sides accept") + queueText;
        if (reasonIs(q, SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE) || reasonIs(q, SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED))
            return client ? "the server requires a client certificate (give --cert and --key)" + queueText
                          : "the client sent no certificate, and one is required" + queueText;
    } else if (reasonIs(q, SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED)) {
        return "the server requires a client certificate (give --cert and --key)" + queueText;
    }
    if (r.sslError == SSL_ERROR_SYSCALL && r.err)
        return "the socket failed under TLS: " + errnoDescription(r.err);
    if (q.lastLibrary == ERR_LIB_SSL && q.lastReason >= SSL_AD_REASON_OFFSET) {
        const char* reason = ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, q.lastReason));
        return std::string("the ") + peer + " sent a TLS alert: " + (reason ? reason : "unknown") + queueText;
    }
    return std::string(handshakeDone_ ? "TLS failed" : "the TLS handshake failed") + queueText;
}

TlsResult TlsSession::handshakeStep()
{
    if (!ssl_) {
        TlsResult r;
        r.message = setupError_;
        return r;
    }
    if (handshakeStarted_ == std::chrono::steady_clock::time_point{})
        handshakeStarted_ = std::chrono::steady_clock::now();
    const bool client = role() == TlsRole::Client;
    const char* function = client ? "SSL_connect" : "SSL_accept";
    ERR_clear_error();
    errno = 0;
    CallTimer t;
    const int rc = client ? SSL_connect(ssl_) : SSL_accept(ssl_);
    const int savedErrno = errno;
    recordTlsIoCall(t, function, "ssl", rc,
                    std::string("int rc = ") + function + "(ssl); /* "
                        + (rc == 1 ? "1: the handshake is done" : "<= 0: ask SSL_get_error") + " */");
    if (rc == 1)
        handshakeDone_ = true;
    return outcome(function, rc, savedErrno, true);
}

TlsResult TlsSession::handshake(std::chrono::steady_clock::time_point deadline, const std::atomic<bool>* cancel)
{
    using namespace std::chrono;
    const auto started = steady_clock::now();
    // Bounded: each turn either finishes, fails, or waits until the deadline (at most 10,000 turns of
    // readiness, far more than any handshake's flights).
    for (int turn = 0; turn < 10000; ++turn) {
        TlsResult r = handshakeStep();
        if (!r.wouldBlock())
            return r;
        pollfd p{fd_, static_cast<short>(r.status == TlsStatus::WantRead ? POLLIN : POLLOUT), 0};
        for (;;) {
            if (cancel && cancel->load()) {
                r.status = TlsStatus::Cancelled;
                r.err = ECANCELED;
                r.message = "the TLS handshake was abandoned";
                return r;
            }
            const auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
            if (left <= 0) {
                const auto waited = duration_cast<milliseconds>(steady_clock::now() - started).count();
                r.status = TlsStatus::TimedOut;
                r.err = ETIMEDOUT;
                r.message = "the TLS handshake timed out after " + std::to_string(waited) + " ms: the "
                            + (role() == TlsRole::Client ? "server" : "client") + " stalled (waiting for it to "
                            + (p.events == POLLIN ? "send" : "take") + " the next handshake message)";
                return r;
            }
            const int n = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 100)));
            if (n > 0)
                break;
            if (n < 0 && errno != EINTR) {
                r.status = TlsStatus::Failed;
                r.err = errno;
                r.message = "poll failed while waiting for the TLS handshake: " + errnoDescription(r.err);
                return r;
            }
        }
    }
    TlsResult r;
    r.message = "the TLS handshake did not finish";
    return r;
}

TlsResult TlsSession::read(char* buffer, std::size_t size, bool journal)
{
    ERR_clear_error();
    errno = 0;
    const int want = static_cast<int>(std::min<std::size_t>(size, 1u << 30));
    CallTimer t;
    const int rc = SSL_read(ssl_, buffer, want);
    const int savedErrno = errno;
    if (journal)
        recordTlsIoCall(t, "SSL_read", "ssl, buf, " + std::to_string(want), rc,
                        "char buf[" + std::to_string(want) + "];\nint n = SSL_read(ssl, buf, sizeof buf);");
    return outcome("SSL_read", rc, savedErrno, journal);
}

TlsResult TlsSession::write(const char* data, std::size_t size, bool journal)
{
    ERR_clear_error();
    errno = 0;
    const int want = static_cast<int>(std::min<std::size_t>(size, 1u << 30));
    CallTimer t;
    const int rc = SSL_write(ssl_, data, want);
    const int savedErrno = errno;
    if (journal) {
        const std::string shown = cStringLiteral(std::string_view(data, std::min<std::size_t>(size, 48)))
                                  + (size > 48 ? "..." : "");
        recordTlsIoCall(t, "SSL_write", "ssl, " + shown + ", " + std::to_string(want), rc,
                        "int n = SSL_write(ssl, buf, " + std::to_string(want) + ");");
    }
    return outcome("SSL_write", rc, savedErrno, journal);
}

TlsResult TlsSession::shutdown()
{
    ERR_clear_error();
    errno = 0;
    CallTimer t;
    const int rc = SSL_shutdown(ssl_);
    const int savedErrno = errno;
    recordTlsIoCall(t, "SSL_shutdown", "ssl", rc,
                    std::string("SSL_shutdown(ssl); /* ")
                        + (rc == 1 ? "1: close_notify sent, and the peer's had come"
                           : rc == 0 ? "0: close_notify sent; the peer's not seen yet"
                                     : "< 0: ask SSL_get_error")
                        + ". TLS has ended; the TCP connection stays up until shutdown() or close() sends FIN */");
    return outcome("SSL_shutdown", rc, savedErrno, true);
}

TlsSummary TlsSession::summary() const
{
    return summarizeHandshake(ssl_, firstFailure_, serverName_);
}

} // namespace sockscope
