#pragma once
// The certificates the TLS tests need, made fresh in a temporary directory: a CA (openssl req -x509),
// a server certificate it signs for "localhost" (SAN DNS:localhost, IP:127.0.0.1), one for another
// name, a client certificate, and an expired one (made with the OpenSSL API: OpenSSL 3.0's x509 has
// no -not_after). Plus `openssl s_server` as a peer, started on a free loopback port.

#include "ProcessRun.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

namespace sockscope::testing {

struct TlsTestPki {
    QTemporaryDir dir;
    QString caCert, caKey;
    QString serverCert, serverKey;       // CN=localhost, SAN DNS:localhost, IP:127.0.0.1
    QString wrongNameCert, wrongNameKey; // CN=elsewhere.example, SAN DNS:elsewhere.example
    QString expiredCert, expiredKey;     // for localhost, expired yesterday
    QString clientCert, clientKey;       // CN=sockscope-test-client
    QString error;                       // empty when all was made

    QString path(const QString& name) const { return dir.filePath(name); }

    bool openssl(const QStringList& args)
    {
        ProcessInput in;
        in.timeoutMs = 30000;
        const ProcessRun r = runProcess(QStringLiteral("openssl"), args, in);
        if (r.status != 0)
            error = QStringLiteral("openssl %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(r.err));
        return r.status == 0;
    }

    // A key and a certificate signed by the CA, for `subject` with the SAN extension `san`.
    bool signedCert(const QString& base, const QString& subject, const QString& san, const QString& usage)
    {
        QFile ext(path(base + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(QStringLiteral("subjectAltName=%1\nextendedKeyUsage=%2\n").arg(san, usage).toUtf8());
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                        path(base + QStringLiteral(".key")), QStringLiteral("-out"), path(base + QStringLiteral(".csr")),
                        QStringLiteral("-subj"), subject})
               && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                           path(base + QStringLiteral(".csr")), QStringLiteral("-CA"), caCert, QStringLiteral("-CAkey"),
                           caKey, QStringLiteral("-set_serial"), QString::number(qHash(base) & 0xffffff),
                           QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"), ext.fileName(),
                           QStringLiteral("-out"), path(base + QStringLiteral(".crt"))});
    }

    // The expired certificate, through the API: validity from 10 days ago to 1 day ago.
    bool expired()
    {
        std::FILE* cf = std::fopen(caCert.toLocal8Bit().constData(), "r");
        std::FILE* kf = std::fopen(caKey.toLocal8Bit().constData(), "r");
        X509* ca = cf ? PEM_read_X509(cf, nullptr, nullptr, nullptr) : nullptr;
        EVP_PKEY* caPkey = kf ? PEM_read_PrivateKey(kf, nullptr, nullptr, nullptr) : nullptr;
        if (cf)
            std::fclose(cf);
        if (kf)
            std::fclose(kf);
        EVP_PKEY* key = EVP_EC_gen("P-256");
        X509* cert = X509_new();
        bool ok = ca && caPkey && key && cert;
        if (ok) {
            X509_set_version(cert, 2);
            ASN1_INTEGER_set(X509_get_serialNumber(cert), 4242);
            X509_gmtime_adj(X509_getm_notBefore(cert), -10L * 86400);
            X509_gmtime_adj(X509_getm_notAfter(cert), -1L * 86400);
            X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
                                       reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
            X509_set_issuer_name(cert, X509_get_subject_name(ca));
            X509_set_pubkey(cert, key);
            X509V3_CTX ctx;
            X509V3_set_ctx_nodb(&ctx);
            X509V3_set_ctx(&ctx, ca, cert, nullptr, nullptr, 0);
            if (X509_EXTENSION* e = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")) {
                X509_add_ext(cert, e, -1);
                X509_EXTENSION_free(e);
            }
            ok = X509_sign(cert, caPkey, EVP_sha256()) > 0;
        }
        if (ok) {
            expiredCert = path(QStringLiteral("expired.crt"));
            expiredKey = path(QStringLiteral("expired.key"));
            std::FILE* oc = std::fopen(expiredCert.toLocal8Bit().constData(), "w");
            std::FILE* ok2 = std::fopen(expiredKey.toLocal8Bit().constData(), "w");
            ok = oc && ok2 && PEM_write_X509(oc, cert) == 1
                 && PEM_write_PrivateKey(ok2, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
            if (oc)
                std::fclose(oc);
            if (ok2)
                std::fclose(ok2);
        }
        X509_free(cert);
        X509_free(ca);
        EVP_PKEY_free(key);
        EVP_PKEY_free(caPkey);
        if (!ok)
            error = QStringLiteral("could not make the expired certificate");
        return ok;
    }

    bool make()
    {
        if (!dir.isValid()) {
            error = QStringLiteral("no temporary directory");
            return false;
        }
        caCert = path(QStringLiteral("ca.crt"));
        caKey = path(QStringLiteral("ca.key"));
        if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caCert, QStringLiteral("-days"),
                      QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/O=SockScope tests/CN=SockScope Test CA")}))
            return false;
        if (!signedCert(QStringLiteral("server"), QStringLiteral("/CN=localhost"),
                        QStringLiteral("DNS:localhost,IP:127.0.0.1"), QStringLiteral("serverAuth"))
            || !signedCert(QStringLiteral("wrongname"), QStringLiteral("/CN=elsewhere.example"),
                           QStringLiteral("DNS:elsewhere.example"), QStringLiteral("serverAuth"))
            || !signedCert(QStringLiteral("client"), QStringLiteral("/CN=sockscope-test-client"),
                           QStringLiteral("DNS:sockscope-test-client"), QStringLiteral("clientAuth")))
            return false;
        serverCert = path(QStringLiteral("server.crt"));
        serverKey = path(QStringLiteral("server.key"));
        wrongNameCert = path(QStringLiteral("wrongname.crt"));
        wrongNameKey = path(QStringLiteral("wrongname.key"));
        clientCert = path(QStringLiteral("client.crt"));
        clientKey = path(QStringLiteral("client.key"));
        return expired();
    }
};

// A port on 127.0.0.1 that nothing listens on right now (the kernel's pick, released at once).
inline int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sin;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&sin), sizeof sin) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&sin), &len) == 0)
        port = ntohs(sin.sin_port);
    ::close(fd);
    return port;
}

// `openssl s_server -accept 127.0.0.1:PORT` with the extra arguments, once it printed ACCEPT. Its
// stdin stays open (at end of input s_server would stop). Killed when this goes away.
struct SServer {
    std::unique_ptr<QProcess> process;
    int port = 0;
    QByteArray output; // what it printed so far (stdout and stderr merged)

    bool start(const QStringList& args)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            port = freeLoopbackPort();
            process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->start(QStringLiteral("openssl"), QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                                                                  QStringLiteral("127.0.0.1:%1").arg(port)}
                                                          + args);
            if (!process->waitForStarted(10000))
                return false;
            output.clear();
            // Bounded: ten seconds of output at most.
            for (int i = 0; i < 100 && !output.contains("ACCEPT"); ++i) {
                if (!process->waitForReadyRead(100) && process->state() != QProcess::Running)
                    break;
                output += process->readAll();
            }
            if (output.contains("ACCEPT"))
                return true;
            stop(); // the port was taken meanwhile, most likely: another one
        }
        return false;
    }
    // Everything it printed up to now, waiting up to `ms` for `marker`.
    QByteArray readUntil(const QByteArray& marker, int ms = 5000)
    {
        for (int i = 0; i < ms / 50 && !output.contains(marker); ++i) {
            process->waitForReadyRead(50);
            output += process->readAll();
        }
        return output;
    }
    void stop()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    ~SServer() { stop(); }
};

} // namespace sockscope::testing
