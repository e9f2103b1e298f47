#pragma once
// A TLS server's context as a page asks for it, shared by the echo server and the server console: a
// certificate and key, or "a self-signed certificate for this host" kept in a directory (the
// application's data directory) and used again while it is valid; optionally a client certificate
// required and checked against a CA file, and an ALPN list offered.

#include "TlsContext.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace sockscope {

struct ServerTlsRequest {
    bool enabled = false;
    bool selfSigned = false;
    QString certFile;
    QString keyFile;
    QString directory;              // for selfSigned
    bool requireClientCert = false; // SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT
    QString caFile;                 // the CAs a client certificate must lead to (required with requireClientCert)
    QString alpn;                   // "h2,http/1.1": the server picks the first of these the client offers
};

// What the set-up gave, before the server starts: the certificate served, or what was wrong.
struct ServerTlsOutcome {
    bool ok = false;
    QString field;    // refused: "cert", "key", "cafile", "alpn" or "selfsigned"
    QString message;  // core's words (English)
    TlsSetupError setup; // the refusal as a key: TlsMessages::setupFailure says it in the user's words
    QString certPath;
    QString subject;
    QString sha256;   // lower-case hex
    QString notAfter; // ISO 8601 UTC
    bool selfSigned = false;
    bool reused = false; // the self-signed pair was already there and still good
};

// The server context for `request`, or null with `outcome` saying why. Makes the self-signed pair
// for this host's name when asked (as `sockscope-cli serve echo --tls --self-signed` does).
std::shared_ptr<TlsContext> prepareServerTls(const ServerTlsRequest& request, ServerTlsOutcome& outcome);

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::ServerTlsOutcome)
