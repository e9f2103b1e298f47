#pragma once
// Why a TLS set-up was refused, as a key and its arguments, so a front end can say it in the user's
// language (TlsMessages::setupFailure), beside `message`, core's English for the CLI. `detail` is
// what the system or OpenSSL said (errno's words, the error queue's text): shown as it is, untranslated.

#include <string>
#include <vector>

namespace sockscope {

enum class TlsSetupProblem {
    None,
    VersionRange,        // args: the minimum, the maximum ("TLSv1.3", "TLSv1.2")
    VersionRefused,      // args: the call, the version
    AlpnList,            // args: the list as given
    ServerNeedsPair,     // a server without a certificate or a key
    PairIncomplete,      // a certificate without its key, or a key alone
    FileMissing,         // args: the path; detail: errno
    FileIsDirectory,     // args: the path
    FileUnreadable,      // args: the path; detail: errno
    NotPemCertificate,   // args: the path; detail: OpenSSL
    NotPemKey,           // args: the path; detail: OpenSSL
    KeyEncrypted,        // args: the path
    KeyMismatch,         // args: the key's path, the certificate's path
    NotPemCa,            // args: the path; detail: OpenSSL
    CaFileRequired,      // a client certificate asked for without a CA file to check it
    LibraryCall,         // args: the call that failed; detail: OpenSSL
    // "Generate a self-signed certificate for this host":
    BadHostName,         // args: the host name
    BadValidity,         // args: the days
    NoDirectory,         // args: the directory (maybe empty)
    DirectoryNotCreated, // args: the directory; detail: errno
    KeyNotMade,          // detail: OpenSSL
    CertificateNotMade,  // detail: OpenSSL
    FileNotWritten,      // args: the path; detail: errno or OpenSSL
};

// What was wrong with the configuration: `field` is "version", "alpn", "cafile", "cert" or "key"
// (or "selfsigned" once a front end says the self-signed pair was the cause).
struct TlsSetupError {
    std::string field;
    std::string message; // English, as the CLI prints it
    TlsSetupProblem problem = TlsSetupProblem::None;
    std::vector<std::string> args;
    std::string detail;
};

} // namespace sockscope
