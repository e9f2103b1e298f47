#pragma once
// OpenSSL's failures as a C programmer reads them: SSL_get_error's names (SSL_ERROR_WANT_READ …) and
// the error queue's text, taken off the queue so one failure's text never shows up under the next.

#include <string>
#include <vector>

namespace sockscope {

// "SSL_ERROR_WANT_READ", or "SSL_ERROR_<number>" for a value this build does not know.
std::string sslErrorName(int sslError);

struct TlsErrorQueue {
    std::vector<std::string> lines; // ERR_error_string_n of each entry, oldest first
    int lastLibrary = 0;            // ERR_GET_LIB / ERR_GET_REASON of the newest entry (0: none)
    int lastReason = 0;
    [[nodiscard]] bool empty() const { return lines.empty(); }
    // The lines joined with "; ".
    [[nodiscard]] std::string text() const;
};

// Empties the calling thread's OpenSSL error queue and returns what it held.
TlsErrorQueue takeErrorQueue();

} // namespace sockscope
