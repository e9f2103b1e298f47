#pragma once
// The SSL_CTX a session starts from: which side it is, the versions allowed, the ALPN list, whether
// and against what the peer's certificate is verified, and our own certificate and key (checked to
// match). Every set-up call is journalled. Immutable once made; sessions share it.

#include "TlsSetupError.h"
#include "TlsSummary.h"

#include <memory>
#include <string>
#include <vector>

typedef struct ssl_ctx_st SSL_CTX;

namespace sockscope {

enum class TlsRole { Client, Server };

struct TlsContextConfig {
    TlsRole role = TlsRole::Client;
    int minVersion = 0;    // TLS1_2_VERSION, TLS1_3_VERSION; 0: the library's default
    int maxVersion = 0;
    std::string alpn;      // "h2,http/1.1" (AlpnList.h); empty: none offered
    bool verify = true;    // client: the server's chain and name must check out; server: ask for a client certificate
    std::string caFile;    // PEM file of trusted CAs; empty: the system store (/etc/ssl/certs)
    std::string certFile;  // our certificate (chain) in PEM; required for a server
    std::string keyFile;   // its private key in PEM, unencrypted
};

// "1.2", "1.3", "TLSv1.2", "tls1.3" → TLS1_2_VERSION …; false for anything else.
bool parseTlsVersion(const std::string& text, int& version);
std::string tlsVersionName(int version); // "TLSv1.2"

class TlsContext {
public:
    // The context, or null with `error` filled in.
    static std::shared_ptr<TlsContext> create(const TlsContextConfig& config, TlsSetupError& error);
    ~TlsContext();
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;

    SSL_CTX* get() const { return ctx_; }
    const TlsContextConfig& config() const { return config_; }
    const std::vector<std::string>& alpnNames() const { return alpnNames_; }
    const std::string& alpnWire() const { return alpnWire_; }
    // Our own certificate (a server's), as TlsSummary describes a peer's; empty without one.
    CertificateInfo ownCertificate() const;

private:
    TlsContext(SSL_CTX* ctx, TlsContextConfig config) : ctx_(ctx), config_(std::move(config)) {}
    SSL_CTX* ctx_;
    TlsContextConfig config_;
    std::vector<std::string> alpnNames_;
    std::string alpnWire_;
};

} // namespace sockscope
