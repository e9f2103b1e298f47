#include "TlsErrors.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace sockscope {

std::string sslErrorName(int sslError)
{
    switch (sslError) {
    case SSL_ERROR_NONE: return "SSL_ERROR_NONE";
    case SSL_ERROR_SSL: return "SSL_ERROR_SSL";
    case SSL_ERROR_WANT_READ: return "SSL_ERROR_WANT_READ";
    case SSL_ERROR_WANT_WRITE: return "SSL_ERROR_WANT_WRITE";
    case SSL_ERROR_WANT_X509_LOOKUP: return "SSL_ERROR_WANT_X509_LOOKUP";
    case SSL_ERROR_SYSCALL: return "SSL_ERROR_SYSCALL";
    case SSL_ERROR_ZERO_RETURN: return "SSL_ERROR_ZERO_RETURN";
    case SSL_ERROR_WANT_CONNECT: return "SSL_ERROR_WANT_CONNECT";
    case SSL_ERROR_WANT_ACCEPT: return "SSL_ERROR_WANT_ACCEPT";
    case SSL_ERROR_WANT_ASYNC: return "SSL_ERROR_WANT_ASYNC";
    case SSL_ERROR_WANT_ASYNC_JOB: return "SSL_ERROR_WANT_ASYNC_JOB";
    case SSL_ERROR_WANT_CLIENT_HELLO_CB: return "SSL_ERROR_WANT_CLIENT_HELLO_CB";
    }
    return "SSL_ERROR_" + std::to_string(sslError);
}

std::string TlsErrorQueue::text() const
{
    std::string out;
    for (const std::string& l : lines) {
        if (!out.empty())
            out += "; ";
        out += l;
    }
    return out;
}

TlsErrorQueue takeErrorQueue()
{
    TlsErrorQueue q;
    // Bounded: the queue holds at most ERR_NUM_ERRORS (16) entries.
    for (int i = 0; i < 64; ++i) {
        const unsigned long e = ERR_get_error();
        if (e == 0)
            break;
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        q.lines.emplace_back(buf);
        q.lastLibrary = ERR_GET_LIB(e);
        q.lastReason = ERR_GET_REASON(e);
    }
    return q;
}

} // namespace sockscope
