#pragma once
// "Generate a self-signed certificate for this host": an EC P-256 key and an X.509 certificate for a
// host name (SAN DNS:name, DNS:localhost, IP:127.0.0.1, IP:::1), written as PEM into a directory the
// caller picks (the app's data dir), the key readable by its owner only. An existing pair that is
// still valid, for that name, with a key that matches, is used again so its fingerprint stays put.

#include "TlsSetupError.h"

#include <string>

namespace sockscope {

struct SelfSignedCertificate {
    bool ok = false;
    bool reused = false;    // the pair was already there and still good
    std::string certPath;   // <directory>/self-signed-<host>.crt
    std::string keyPath;    // <directory>/self-signed-<host>.key
    std::string sha256;     // the certificate's fingerprint, lower-case hex
    std::string notAfter;   // ISO 8601 UTC
    std::string message;    // when !ok: what failed, in plain words
    TlsSetupError error;    // when !ok: the same as a key and its arguments (error.message == message)
};

// `host`: letters, digits, '-', '.' (1 to 253 bytes). `days`: 1 to 3650.
SelfSignedCertificate makeSelfSignedCertificate(const std::string& directory, const std::string& host, int days = 365);
SelfSignedCertificate ensureSelfSignedCertificate(const std::string& directory, const std::string& host, int days = 365);

} // namespace sockscope
