#include "TlsJournal.h"

#include "ErrnoInfo.h"

#include <openssl/ssl.h>

namespace sockscope {

namespace {
std::string queueComment(const TlsErrorQueue& q)
{
    return q.empty() ? std::string() : "\n/* error queue: " + q.text() + " */";
}
} // namespace

void recordTlsSetupCall(const CallTimer& timer, const std::string& function, const std::string& args,
                        const std::string& result, const std::string& code, const TlsErrorQueue* queue)
{
    CallJournal::global().record(
        timer.entry(function, args, result, 0, code + (queue ? queueComment(*queue) : std::string())));
}

void recordTlsIoCall(const CallTimer& timer, const std::string& function, const std::string& args, long rc,
                     const std::string& code)
{
    CallJournal::global().record(timer.entry(function, args, std::to_string(rc), 0, code));
}

void recordTlsGetError(long rc, int sslError, int err, const TlsErrorQueue& queue)
{
    CallTimer t;
    std::string code = "int e = SSL_get_error(ssl, " + std::to_string(rc) + "); /* " + sslErrorName(sslError);
    switch (sslError) {
    case SSL_ERROR_WANT_READ: code += ": wait until the socket is readable, then call again"; break;
    case SSL_ERROR_WANT_WRITE: code += ": wait until the socket is writable, then call again"; break;
    case SSL_ERROR_ZERO_RETURN: code += ": the peer sent close_notify"; break;
    case SSL_ERROR_SYSCALL:
        code += err ? ": the system call failed, errno " + errnoSymbol(err) : ": the peer closed the TCP connection";
        break;
    case SSL_ERROR_SSL: code += ": a protocol error; see the error queue"; break;
    default: break;
    }
    code += " */" + queueComment(queue);
    CallJournal::global().record(t.entry("SSL_get_error", "ssl, " + std::to_string(rc), sslErrorName(sslError),
                                         sslError == SSL_ERROR_SYSCALL ? err : 0, std::move(code)));
}

} // namespace sockscope
