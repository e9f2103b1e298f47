#include "TlsSummary.h"

#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>

#include <cstdio>
#include <ctime>

namespace sockscope {

namespace {

std::string nameText(const X509_NAME* name)
{
    if (!name)
        return {};
    BIO* bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    std::string out(data, static_cast<std::size_t>(n > 0 ? n : 0));
    BIO_free(bio);
    return out;
}

std::string isoTime(const ASN1_TIME* t)
{
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

std::vector<std::string> altNames(X509* cert)
{
    std::vector<std::string> out;
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return out;
    const int count = sk_GENERAL_NAME_num(names);
    for (int i = 0; i < count && i < 256; ++i) {
        const GENERAL_NAME* g = sk_GENERAL_NAME_value(names, i);
        if (g->type == GEN_DNS) {
            const ASN1_STRING* s = g->d.dNSName;
            out.push_back("DNS:" + std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                                               static_cast<std::size_t>(ASN1_STRING_length(s))));
        } else if (g->type == GEN_IPADD) {
            const ASN1_OCTET_STRING* s = g->d.iPAddress;
            char text[INET6_ADDRSTRLEN] = {};
            const int len = ASN1_STRING_length(s);
            const int family = len == 4 ? AF_INET : len == 16 ? AF_INET6 : 0;
            if (family && inet_ntop(family, ASN1_STRING_get0_data(s), text, sizeof text))
                out.push_back(std::string("IP:") + text);
        }
    }
    GENERAL_NAMES_free(names);
    return out;
}

std::string commonName(const std::string& subject)
{
    // RFC 2253 order puts CN first when it is the last RDN, as usual for a server certificate.
    const auto at = subject.find("CN=");
    if (at == std::string::npos)
        return {};
    const auto end = subject.find(',', at);
    return subject.substr(at + 3, end == std::string::npos ? std::string::npos : end - at - 3);
}

} // namespace

CertificateInfo describeCertificate(X509* cert)
{
    CertificateInfo c;
    if (!cert)
        return c;
    c.subject = nameText(X509_get_subject_name(cert));
    c.issuer = nameText(X509_get_issuer_name(cert));
    c.notBefore = isoTime(X509_get0_notBefore(cert));
    c.notAfter = isoTime(X509_get0_notAfter(cert));
    c.subjectAltNames = altNames(cert);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert, EVP_sha256(), md, &len) == 1) {
        static const char hex[] = "0123456789abcdef";
        for (unsigned int i = 0; i < len; ++i) {
            c.sha256.push_back(hex[md[i] >> 4]);
            c.sha256.push_back(hex[md[i] & 15]);
        }
    }
    return c;
}

std::string readableTime(const std::string& iso)
{
    if (iso.size() != 20)
        return iso;
    return iso.substr(0, 10) + " " + iso.substr(11, 8) + " UTC";
}

std::string verifyWords(long code, const CertificateInfo& failing, const std::string& expectedName)
{
    const auto names = [&failing] {
        std::string out;
        for (const std::string& n : failing.subjectAltNames) {
            if (!out.empty())
                out += ", ";
            out += n.substr(n.find(':') + 1);
        }
        if (out.empty())
            out = commonName(failing.subject);
        return out.empty() ? std::string("no name at all") : out;
    };
    switch (code) {
    case X509_V_OK: return {};
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return "certificate expired on " + readableTime(failing.notAfter)
               + (failing.subject.empty() ? std::string() : " (" + failing.subject + ")");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return "certificate not valid before " + readableTime(failing.notBefore)
               + (failing.subject.empty() ? std::string() : " (" + failing.subject + ")");
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return "name mismatch: certificate is for " + names()
               + (expectedName.empty() ? std::string() : ", not " + expectedName);
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return "self-signed certificate (" + failing.subject + "): no CA vouches for it; trust it with --cafile or "
               "skip the check with --insecure";
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return "self-signed certificate in the chain (" + failing.subject + ") that is not a trusted CA";
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return "certificate issued by an unknown CA (" + failing.issuer + ")";
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return "the certificate's issuer (" + failing.issuer + ") is not in the chain or the trusted CAs";
    case X509_V_ERR_CERT_REVOKED: return "certificate revoked";
    case X509_V_ERR_INVALID_CA: return "a certificate in the chain is not a CA (" + failing.subject + ")";
    case X509_V_ERR_CERT_SIGNATURE_FAILURE: return "the certificate's signature does not verify";
    case X509_V_ERR_INVALID_PURPOSE: return "the certificate is not for a TLS server";
    }
    return X509_verify_cert_error_string(code);
}

std::string verifySymbol(long code)
{
    switch (code) {
    case X509_V_OK: return "X509_V_OK";
    case X509_V_ERR_CERT_HAS_EXPIRED: return "X509_V_ERR_CERT_HAS_EXPIRED";
    case X509_V_ERR_CERT_NOT_YET_VALID: return "X509_V_ERR_CERT_NOT_YET_VALID";
    case X509_V_ERR_HOSTNAME_MISMATCH: return "X509_V_ERR_HOSTNAME_MISMATCH";
    case X509_V_ERR_IP_ADDRESS_MISMATCH: return "X509_V_ERR_IP_ADDRESS_MISMATCH";
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: return "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT";
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN: return "X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN";
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: return "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT: return "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT";
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: return "X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE";
    case X509_V_ERR_CERT_REVOKED: return "X509_V_ERR_CERT_REVOKED";
    case X509_V_ERR_INVALID_CA: return "X509_V_ERR_INVALID_CA";
    case X509_V_ERR_CERT_SIGNATURE_FAILURE: return "X509_V_ERR_CERT_SIGNATURE_FAILURE";
    case X509_V_ERR_INVALID_PURPOSE: return "X509_V_ERR_INVALID_PURPOSE";
    }
    return "X509_V_ERR_" + std::to_string(code);
}

TlsSummary summarizeHandshake(SSL* ssl, const VerifyFailure& firstFailure, const std::string& expectedName)
{
    TlsSummary s;
    if (!ssl)
        return s;
    s.version = SSL_get_version(ssl);
    if (const SSL_CIPHER* c = SSL_get_current_cipher(ssl))
        s.cipher = SSL_CIPHER_get_name(c);
    const unsigned char* alpn = nullptr;
    unsigned int alpnLen = 0;
    SSL_get0_alpn_selected(ssl, &alpn, &alpnLen);
    if (alpn && alpnLen)
        s.alpn.assign(reinterpret_cast<const char*>(alpn), alpnLen);
    s.sessionReused = SSL_session_reused(ssl) == 1;
    if (STACK_OF(X509)* chain = SSL_get_peer_cert_chain(ssl)) {
        const int n = sk_X509_num(chain);
        for (int i = 0; i < n && i < 32; ++i)
            s.peerChain.push_back(describeCertificate(sk_X509_value(chain, i)));
    }
    // On a server, SSL_get_peer_cert_chain leaves the client's own certificate out: it comes first.
    if (X509* peer = SSL_get1_peer_certificate(ssl)) {
        if (s.peerChain.empty() || SSL_is_server(ssl))
            s.peerChain.insert(s.peerChain.begin(), describeCertificate(peer));
        X509_free(peer);
    }
    s.verifyCode = SSL_get_verify_result(ssl);
    if (s.peerChain.empty() && s.verifyCode == X509_V_OK) {
        s.verified = false;
        s.verifyError = "the peer sent no certificate";
        return s;
    }
    s.verified = s.verifyCode == X509_V_OK;
    if (!s.verified) {
        const bool same = firstFailure.code == s.verifyCode;
        const CertificateInfo failing = same ? firstFailure.certificate
                                             : (s.peerChain.empty() ? CertificateInfo{} : s.peerChain.front());
        s.verifyError = verifyWords(s.verifyCode, failing, expectedName);
    }
    return s;
}

} // namespace sockscope
