#pragma once
// What a finished handshake agreed, and the peer's certificates in the fields a person checks, with
// the verification result in plain words ("certificate expired on 2026-01-01 00:00:00 UTC").

#include <string>
#include <vector>

typedef struct ssl_st SSL;
typedef struct x509_st X509;

namespace sockscope {

struct CertificateInfo {
    std::string subject;   // RFC 2253: "CN=localhost,O=SockScope"
    std::string issuer;
    std::string notBefore; // ISO 8601 UTC: "2026-12-07T01:46:00Z"
    std::string notAfter;
    std::vector<std::string> subjectAltNames; // "DNS:localhost", "IP:127.0.0.1"
    std::string sha256;    // of the DER encoding, lower-case hex, no separators
};

// What the verify callback saw first: the error, at which depth, on which certificate.
struct VerifyFailure {
    int code = 0; // X509_V_OK
    int depth = 0;
    CertificateInfo certificate;
};

struct TlsSummary {
    std::string version;  // "TLSv1.3"
    std::string cipher;   // "TLS_AES_256_GCM_SHA384"
    std::string alpn;     // the protocol chosen; empty when none
    bool sessionReused = false;
    std::vector<CertificateInfo> peerChain; // the peer's certificate first
    bool verified = false;   // the chain and the name checked out
    long verifyCode = 0;     // SSL_get_verify_result
    std::string verifyError; // plain words; empty when verified
};

CertificateInfo describeCertificate(X509* cert);
// "2026-12-07 01:46:00 UTC" from describeCertificate's ISO form.
std::string readableTime(const std::string& iso);

// The plain words for an X509_V_ERR_* code: `failing` is the certificate it was about, `expectedName`
// the name the client asked for (for a mismatch).
std::string verifyWords(long code, const CertificateInfo& failing, const std::string& expectedName);

// "X509_V_ERR_CERT_HAS_EXPIRED" for the codes people meet; "X509_V_ERR_<number>" for others.
std::string verifySymbol(long code);

// After a handshake (or a failed one: whatever is known).
TlsSummary summarizeHandshake(SSL* ssl, const VerifyFailure& firstFailure, const std::string& expectedName);

} // namespace sockscope
