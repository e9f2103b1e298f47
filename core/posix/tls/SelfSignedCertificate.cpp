#include "SelfSignedCertificate.h"

#include "CLiteral.h"
#include "ErrnoInfo.h"
#include "TlsJournal.h"
#include "TlsSummary.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <functional>

namespace sockscope {

namespace {

bool validHost(const std::string& host)
{
    if (host.empty() || host.size() > 253 || host.front() == '.' || host.front() == '-')
        return false;
    for (char c : host)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return false;
    return true;
}

SelfSignedCertificate failure(std::string message, TlsSetupProblem problem, std::vector<std::string> args = {},
                              std::string detail = {})
{
    SelfSignedCertificate r;
    r.message = std::move(message);
    r.error.field = "selfsigned";
    r.error.message = r.message;
    r.error.problem = problem;
    r.error.args = std::move(args);
    r.error.detail = std::move(detail);
    return r;
}

// What writePem or the signing says failed, as a key.
struct Fault {
    TlsSetupProblem problem = TlsSetupProblem::None;
    std::vector<std::string> args;
    std::string detail;
};

// Writes through a temporary file and rename(), so a reader never sees half a file; `mode` on creation.
bool writePem(const std::string& path, mode_t mode, const std::function<int(FILE*)>& write, std::string& error,
              Fault& fault)
{
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        fault = {TlsSetupProblem::FileNotWritten, {tmp}, errnoDescription(errno)};
        error = "cannot create “" + tmp + "”: " + fault.detail;
        return false;
    }
    FILE* f = ::fdopen(fd, "w");
    if (!f) {
        fault = {TlsSetupProblem::FileNotWritten, {tmp}, errnoDescription(errno)};
        error = "cannot write “" + tmp + "”: " + fault.detail;
        ::close(fd);
        ::unlink(tmp.c_str());
        return false;
    }
    const int ok = write(f);
    const bool closed = std::fclose(f) == 0;
    if (ok != 1 || !closed || ::rename(tmp.c_str(), path.c_str()) != 0) {
        fault = {TlsSetupProblem::FileNotWritten, {path}, ok != 1 ? takeErrorQueue().text() : errnoDescription(errno)};
        error = "cannot write “" + path + "”: " + fault.detail;
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

std::string pathsFor(const std::string& directory, const std::string& host, const char* suffix)
{
    return directory + (directory.empty() || directory.back() == '/' ? "" : "/") + "self-signed-" + host + suffix;
}

} // namespace

SelfSignedCertificate makeSelfSignedCertificate(const std::string& directory, const std::string& host, int days)
{
    if (!validHost(host))
        return failure("the host name “" + host + "” is not usable: give letters, digits, '-' and '.' (1 to 253)",
                       TlsSetupProblem::BadHostName, {host});
    if (days < 1 || days > 3650)
        return failure("the validity of " + std::to_string(days) + " days is out of range: 1 to 3650",
                       TlsSetupProblem::BadValidity, {std::to_string(days)});
    if (directory.empty())
        return failure("no directory given for the certificate", TlsSetupProblem::NoDirectory, {directory});
    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
        const std::string why = errnoDescription(errno);
        return failure("cannot create the directory “" + directory + "”: " + why, TlsSetupProblem::DirectoryNotCreated,
                       {directory}, why);
    }

    CallTimer kt;
    EVP_PKEY* key = EVP_EC_gen("P-256");
    TlsErrorQueue q = takeErrorQueue();
    recordTlsSetupCall(kt, "EVP_EC_gen", "\"P-256\"", key ? "key" : "NULL", "EVP_PKEY *key = EVP_EC_gen(\"P-256\");", &q);
    if (!key)
        return failure("cannot make a key: " + q.text(), TlsSetupProblem::KeyNotMade, {}, q.text());
    X509* cert = X509_new();
    SelfSignedCertificate r;
    std::string error;
    Fault fault;
    const std::string san = "DNS:" + host + (host == "localhost" ? "" : ",DNS:localhost") + ",IP:127.0.0.1,IP:::1";
    bool ok = cert != nullptr;
    if (ok) {
        X509_set_version(cert, 2); // v3, for the extensions
        unsigned char serial[16];
        std::FILE* urandom = std::fopen("/dev/urandom", "rbe");
        const bool haveRandom = urandom && std::fread(serial, 1, sizeof serial, urandom) == sizeof serial;
        if (urandom)
            std::fclose(urandom);
        if (!haveRandom)
            for (unsigned i = 0; i < sizeof serial; ++i)
                serial[i] = static_cast<unsigned char>(std::time(nullptr) >> (i % 8));
        serial[0] &= 0x7f; // positive
        BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
        ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) != nullptr;
        BN_free(bn);
        ok = ok && X509_gmtime_adj(X509_getm_notBefore(cert), -300) // five minutes of clock skew
             && X509_gmtime_adj(X509_getm_notAfter(cert), static_cast<long>(days) * 86400);
        X509_NAME* name = X509_get_subject_name(cert);
        ok = ok && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("SockScope"), -1, -1, 0)
             && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(host.c_str()), -1, -1, 0)
             && X509_set_issuer_name(cert, name) && X509_set_pubkey(cert, key)
             && addExtension(cert, NID_subject_alt_name, san.c_str())
             && addExtension(cert, NID_basic_constraints, "critical,CA:FALSE")
             && addExtension(cert, NID_ext_key_usage, "serverAuth");
        CallTimer st;
        const int size = ok ? X509_sign(cert, key, EVP_sha256()) : 0;
        q = takeErrorQueue();
        recordTlsSetupCall(st, "X509_sign", "cert, key, EVP_sha256()", std::to_string(size),
                           "/* subject CN=" + host + ", subjectAltName " + san + ", " + std::to_string(days)
                               + " days */\nX509_sign(cert, key, EVP_sha256()); /* self-signed: issuer = subject */",
                           &q);
        ok = size > 0;
        if (!ok) {
            fault = {TlsSetupProblem::CertificateNotMade, {}, q.text()};
            error = "cannot make the certificate: " + q.text();
        }
    } else {
        fault = {TlsSetupProblem::CertificateNotMade, {}, takeErrorQueue().text()};
        error = "cannot make the certificate: " + fault.detail;
    }
    if (ok) {
        r.certPath = pathsFor(directory, host, ".crt");
        r.keyPath = pathsFor(directory, host, ".key");
        ok = writePem(r.keyPath, 0600,
                      [key](FILE* f) { return PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr); }, error,
                      fault)
             && writePem(r.certPath, 0644, [cert](FILE* f) { return PEM_write_X509(f, cert); }, error, fault);
        CallTimer wt;
        recordTlsSetupCall(wt, "PEM_write_X509", "f, cert", ok ? "1" : "0",
                           "PEM_write_PrivateKey(keyfile, key, NULL, NULL, 0, NULL, NULL); /* " + r.keyPath
                               + ", mode 0600 */\nPEM_write_X509(certfile, cert); /* " + r.certPath + " */");
    }
    if (ok) {
        const CertificateInfo info = describeCertificate(cert);
        r.sha256 = info.sha256;
        r.notAfter = info.notAfter;
        r.ok = true;
    } else {
        const SelfSignedCertificate f = failure(error, fault.problem, fault.args, fault.detail);
        r.message = f.message;
        r.error = f.error;
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    return r;
}

SelfSignedCertificate ensureSelfSignedCertificate(const std::string& directory, const std::string& host, int days)
{
    if (!validHost(host) || directory.empty())
        return makeSelfSignedCertificate(directory, host, days); // for its message
    const std::string certPath = pathsFor(directory, host, ".crt");
    const std::string keyPath = pathsFor(directory, host, ".key");
    SelfSignedCertificate r;
    std::FILE* cf = std::fopen(certPath.c_str(), "re");
    std::FILE* kf = std::fopen(keyPath.c_str(), "re");
    X509* cert = cf ? PEM_read_X509(cf, nullptr, nullptr, nullptr) : nullptr;
    // A null passphrase callback that refuses: the key was written unencrypted.
    EVP_PKEY* key = kf ? PEM_read_PrivateKey(kf, nullptr, [](char*, int, int, void*) { return 0; }, nullptr) : nullptr;
    if (cf)
        std::fclose(cf);
    if (kf)
        std::fclose(kf);
    takeErrorQueue();
    bool good = cert && key && X509_check_private_key(cert, key) == 1
                && X509_cmp_time(X509_get0_notAfter(cert), nullptr) > 0 // not expired
                && X509_check_host(cert, host.c_str(), host.size(), 0, nullptr) == 1;
    if (good) {
        // Still good for at least a day more, or make a new one now rather than fail tomorrow.
        std::time_t soon = std::time(nullptr) + 86400;
        good = X509_cmp_time(X509_get0_notAfter(cert), &soon) > 0;
    }
    if (good) {
        const CertificateInfo info = describeCertificate(cert);
        r.ok = true;
        r.reused = true;
        r.certPath = certPath;
        r.keyPath = keyPath;
        r.sha256 = info.sha256;
        r.notAfter = info.notAfter;
    }
    takeErrorQueue();
    X509_free(cert);
    EVP_PKEY_free(key);
    return good ? r : makeSelfSignedCertificate(directory, host, days);
}

} // namespace sockscope
