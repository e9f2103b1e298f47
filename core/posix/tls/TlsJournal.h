#pragma once
// Journalling OpenSSL calls as the other calls are: the call with its return value, and when that
// return asks for it, SSL_get_error's answer by name with the error queue's text, as the C code a
// programmer writes after such a call.

#include "CallJournal.h"
#include "TlsErrors.h"

#include <string>

namespace sockscope {

// One set-up call (SSL_CTX_new, SSL_set_fd, …): its result as text, the error queue in the code's comment.
void recordTlsSetupCall(const CallTimer& timer, const std::string& function, const std::string& args,
                        const std::string& result, const std::string& code, const TlsErrorQueue* queue = nullptr);

// An SSL_connect/SSL_accept/SSL_read/SSL_write/SSL_shutdown that returned `rc`; then, when rc <= 0
// (or `askedError` for SSL_shutdown's 0), SSL_get_error's entry: its name, errno for SSL_ERROR_SYSCALL,
// the queue's text.
void recordTlsIoCall(const CallTimer& timer, const std::string& function, const std::string& args, long rc,
                     const std::string& code);
void recordTlsGetError(long rc, int sslError, int err, const TlsErrorQueue& queue);

} // namespace sockscope
