#include "TlsContext.h"

#include "AlpnList.h"
#include "CLiteral.h"
#include "ErrnoInfo.h"
#include "TlsJournal.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace sockscope {

namespace {

// A key with a passphrase would make OpenSSL prompt on the terminal; SockScope never prompts.
int refusePassphrase(char*, int, int, void*) { return 0; }

// The server's ALPN choice: the first of its own names the client also offered.
int selectAlpn(SSL*, const unsigned char** out, unsigned char* outLen, const unsigned char* in, unsigned int inLen,
               void* arg)
{
    const auto* ctx = static_cast<const TlsContext*>(arg);
    const std::string& ours = ctx->alpnWire();
    unsigned char* chosen = nullptr;
    if (SSL_select_next_proto(&chosen, outLen, reinterpret_cast<const unsigned char*>(ours.data()),
                              static_cast<unsigned int>(ours.size()), in, inLen) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_ALERT_FATAL; // no_application_protocol, as RFC 7301 asks
    *out = chosen;
    return SSL_TLSEXT_ERR_OK;
}

// A readable regular file, or the words for why not (and the problem's key, errno's words in `detail`).
std::string unreadableFile(const std::string& path, TlsSetupProblem& problem, std::string& detail)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) {
        problem = TlsSetupProblem::FileMissing;
        detail = errnoDescription(errno);
        return "cannot be opened: " + detail;
    }
    if (S_ISDIR(st.st_mode)) {
        problem = TlsSetupProblem::FileIsDirectory;
        return "is a directory; give a PEM file";
    }
    if (::access(path.c_str(), R_OK) != 0) {
        problem = TlsSetupProblem::FileUnreadable;
        detail = errnoDescription(errno);
        return "cannot be read: " + detail;
    }
    return {};
}

std::string versionExpr(int v)
{
    return v == TLS1_3_VERSION ? "TLS1_3_VERSION" : v == TLS1_2_VERSION ? "TLS1_2_VERSION" : std::to_string(v);
}

} // namespace

bool parseTlsVersion(const std::string& text, int& version)
{
    std::string t;
    for (char c : text)
        t.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    if (t.rfind("tlsv", 0) == 0)
        t = t.substr(4);
    else if (t.rfind("tls", 0) == 0)
        t = t.substr(3);
    if (t == "1.2" || t == "1_2")
        version = TLS1_2_VERSION;
    else if (t == "1.3" || t == "1_3")
        version = TLS1_3_VERSION;
    else
        return false;
    return true;
}

std::string tlsVersionName(int version)
{
    switch (version) {
    case TLS1_VERSION: return "TLSv1";
    case TLS1_1_VERSION: return "TLSv1.1";
    case TLS1_2_VERSION: return "TLSv1.2";
    case TLS1_3_VERSION: return "TLSv1.3";
    }
    return "TLS version " + std::to_string(version);
}

TlsContext::~TlsContext() { SSL_CTX_free(ctx_); }

CertificateInfo TlsContext::ownCertificate() const { return describeCertificate(SSL_CTX_get0_certificate(ctx_)); }

std::shared_ptr<TlsContext> TlsContext::create(const TlsContextConfig& config, TlsSetupError& error)
{
    const bool server = config.role == TlsRole::Server;
    const auto fail = [&error](const char* field, std::string message, TlsSetupProblem problem,
                               std::vector<std::string> args = {}, std::string detail = {}) {
        error.field = field;
        error.message = std::move(message);
        error.problem = problem;
        error.args = std::move(args);
        error.detail = std::move(detail);
        return nullptr;
    };
    if (config.minVersion && config.maxVersion && config.minVersion > config.maxVersion)
        return fail("version", "the minimum version " + tlsVersionName(config.minVersion) + " is above the maximum "
                                   + tlsVersionName(config.maxVersion),
                    TlsSetupProblem::VersionRange, {tlsVersionName(config.minVersion), tlsVersionName(config.maxVersion)});
    const AlpnList alpn = parseAlpnList(config.alpn);
    if (!alpn.ok())
        return fail("alpn", alpn.error, TlsSetupProblem::AlpnList, {config.alpn});
    if (server && (config.certFile.empty() || config.keyFile.empty()))
        return fail(config.certFile.empty() ? "cert" : "key", "a TLS server needs a certificate and its key",
                    TlsSetupProblem::ServerNeedsPair);
    if (config.certFile.empty() != config.keyFile.empty())
        return fail(config.certFile.empty() ? "cert" : "key",
                    "a certificate and its key go together: give both or neither", TlsSetupProblem::PairIncomplete);
    for (const auto& [field, path] : {std::pair{"cafile", &config.caFile}, std::pair{"cert", &config.certFile},
                                      std::pair{"key", &config.keyFile}}) {
        if (!path->empty()) {
            TlsSetupProblem problem = TlsSetupProblem::None;
            std::string detail;
            const std::string why = unreadableFile(*path, problem, detail);
            if (!why.empty())
                return fail(field, "“" + *path + "” " + why, problem, {*path}, detail);
        }
    }

    ERR_clear_error();
    const char* method = server ? "TLS_server_method" : "TLS_client_method";
    CallTimer t;
    SSL_CTX* raw = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
    TlsErrorQueue q = takeErrorQueue();
    recordTlsSetupCall(t, "SSL_CTX_new", std::string(method) + "()", raw ? "ctx" : "NULL",
                       "SSL_CTX *ctx = SSL_CTX_new(" + std::string(method) + "());", &q);
    if (!raw)
        return fail("version", "SSL_CTX_new failed: " + q.text(), TlsSetupProblem::LibraryCall, {"SSL_CTX_new"}, q.text());
    std::shared_ptr<TlsContext> ctx(new TlsContext(raw, config));
    ctx->alpnNames_ = alpn.names;
    ctx->alpnWire_ = alpn.wire;

    SSL_CTX_set_default_passwd_cb(raw, refusePassphrase);
    // Non-blocking writes may take part of a buffer and retry with a moved one, as send() does.
    SSL_CTX_set_mode(raw, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);

    for (const auto& [isMin, v] : {std::pair{true, config.minVersion}, std::pair{false, config.maxVersion}}) {
        if (!v)
            continue;
        CallTimer vt;
        const int rc = isMin ? SSL_CTX_set_min_proto_version(raw, v) : SSL_CTX_set_max_proto_version(raw, v);
        const std::string fn = isMin ? "SSL_CTX_set_min_proto_version" : "SSL_CTX_set_max_proto_version";
        recordTlsSetupCall(vt, fn, "ctx, " + versionExpr(v), std::to_string(rc), fn + "(ctx, " + versionExpr(v) + ");");
        if (rc != 1) {
            const std::string queue = takeErrorQueue().text();
            return fail("version", fn + " refused " + tlsVersionName(v) + ": " + queue, TlsSetupProblem::VersionRefused,
                        {fn, tlsVersionName(v)}, queue);
        }
    }

    if (!alpn.wire.empty()) {
        if (server) {
            SSL_CTX_set_alpn_select_cb(raw, selectAlpn, ctx.get());
            CallTimer at;
            recordTlsSetupCall(at, "SSL_CTX_set_alpn_select_cb", "ctx, select_alpn, NULL", "",
                               "/* choose the first of ours the client offers: " + config.alpn
                                   + " */\nSSL_CTX_set_alpn_select_cb(ctx, select_alpn, NULL);");
        } else {
            CallTimer at;
            const int rc = SSL_CTX_set_alpn_protos(raw, reinterpret_cast<const unsigned char*>(alpn.wire.data()),
                                                   static_cast<unsigned int>(alpn.wire.size()));
            const std::string lit = cStringLiteral(alpn.wire);
            // Unusually, 0 is success here.
            recordTlsSetupCall(at, "SSL_CTX_set_alpn_protos", "ctx, " + lit + ", " + std::to_string(alpn.wire.size()),
                               std::to_string(rc),
                               "SSL_CTX_set_alpn_protos(ctx, (const unsigned char *)" + lit + ", "
                                   + std::to_string(alpn.wire.size()) + "); /* 0 is success */");
            if (rc != 0) {
                const std::string queue = takeErrorQueue().text();
                return fail("alpn", "SSL_CTX_set_alpn_protos refused the list: " + queue, TlsSetupProblem::LibraryCall,
                            {"SSL_CTX_set_alpn_protos"}, queue);
            }
        }
    }

    if (!config.certFile.empty()) {
        CallTimer ct;
        int rc = SSL_CTX_use_certificate_chain_file(raw, config.certFile.c_str());
        q = takeErrorQueue();
        recordTlsSetupCall(ct, "SSL_CTX_use_certificate_chain_file", "ctx, " + cStringLiteral(config.certFile),
                           std::to_string(rc),
                           "SSL_CTX_use_certificate_chain_file(ctx, " + cStringLiteral(config.certFile) + ");", &q);
        if (rc != 1)
            return fail("cert", "“" + config.certFile + "” holds no PEM certificate OpenSSL can read (" + q.text() + ")",
                        TlsSetupProblem::NotPemCertificate, {config.certFile}, q.text());
        CallTimer kt;
        rc = SSL_CTX_use_PrivateKey_file(raw, config.keyFile.c_str(), SSL_FILETYPE_PEM);
        q = takeErrorQueue();
        recordTlsSetupCall(kt, "SSL_CTX_use_PrivateKey_file", "ctx, " + cStringLiteral(config.keyFile) + ", SSL_FILETYPE_PEM",
                           std::to_string(rc),
                           "SSL_CTX_use_PrivateKey_file(ctx, " + cStringLiteral(config.keyFile) + ", SSL_FILETYPE_PEM);",
                           &q);
        if (rc != 1) {
            if (q.lastLibrary == ERR_LIB_X509 && q.lastReason == X509_R_KEY_VALUES_MISMATCH)
                return fail("key", "the key in “" + config.keyFile + "” does not match the certificate in “"
                                       + config.certFile + "”",
                            TlsSetupProblem::KeyMismatch, {config.keyFile, config.certFile}, q.text());
            if (q.text().find("bad decrypt") != std::string::npos || q.text().find("interrupted or cancelled") != std::string::npos
                || q.text().find("bad password") != std::string::npos)
                return fail("key", "the key in “" + config.keyFile
                                       + "” is encrypted with a passphrase; give an unencrypted key",
                            TlsSetupProblem::KeyEncrypted, {config.keyFile});
            return fail("key", "“" + config.keyFile + "” holds no PEM private key OpenSSL can read (" + q.text() + ")",
                        TlsSetupProblem::NotPemKey, {config.keyFile}, q.text());
        }
        CallTimer mt;
        rc = SSL_CTX_check_private_key(raw);
        q = takeErrorQueue();
        recordTlsSetupCall(mt, "SSL_CTX_check_private_key", "ctx", std::to_string(rc),
                           "SSL_CTX_check_private_key(ctx); /* 1: the key matches the certificate */", &q);
        if (rc != 1)
            return fail("key", "the key in “" + config.keyFile + "” does not match the certificate in “"
                                   + config.certFile + "”",
                        TlsSetupProblem::KeyMismatch, {config.keyFile, config.certFile}, q.text());
    }

    if (config.verify || !server) {
        // The client always loads the trust store, so that with verify off it can still say whether
        // the chain would have passed.
        CallTimer lt;
        int rc;
        if (!config.caFile.empty()) {
            rc = SSL_CTX_load_verify_locations(raw, config.caFile.c_str(), nullptr);
            q = takeErrorQueue();
            recordTlsSetupCall(lt, "SSL_CTX_load_verify_locations", "ctx, " + cStringLiteral(config.caFile) + ", NULL",
                               std::to_string(rc),
                               "SSL_CTX_load_verify_locations(ctx, " + cStringLiteral(config.caFile) + ", NULL);", &q);
            if (rc != 1)
                return fail("cafile", "“" + config.caFile + "” holds no PEM certificate OpenSSL can read (" + q.text() + ")",
                            TlsSetupProblem::NotPemCa, {config.caFile}, q.text());
        } else {
            rc = SSL_CTX_set_default_verify_paths(raw);
            q = takeErrorQueue();
            recordTlsSetupCall(lt, "SSL_CTX_set_default_verify_paths", "ctx", std::to_string(rc),
                               std::string("SSL_CTX_set_default_verify_paths(ctx); /* the system store: ")
                                   + X509_get_default_cert_dir() + " */",
                               &q);
        }
        // The verify callback itself is set per session (TlsSession), which records the first failure.
        const std::string mode = server ? "SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT"
                                        : (config.verify ? "SSL_VERIFY_PEER" : "SSL_VERIFY_NONE");
        SSL_CTX_set_verify(raw, server ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT
                                       : (config.verify ? SSL_VERIFY_PEER : SSL_VERIFY_NONE),
                           nullptr);
        CallTimer vt;
        recordTlsSetupCall(vt, "SSL_CTX_set_verify", "ctx, " + mode + ", NULL", "",
                           "SSL_CTX_set_verify(ctx, " + mode + ", NULL);"
                               + (config.verify ? "" : " /* the result is still known: SSL_get_verify_result */"));
    }
    return ctx;
}

} // namespace sockscope
