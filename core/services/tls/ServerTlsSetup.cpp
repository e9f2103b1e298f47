#include "ServerTlsSetup.h"

#include "SelfSignedCertificate.h"

#include <QDir>

#include <unistd.h>

namespace sockscope {

std::shared_ptr<TlsContext> prepareServerTls(const ServerTlsRequest& tls, ServerTlsOutcome& outcome)
{
    TlsContextConfig c;
    c.role = TlsRole::Server;
    c.verify = tls.requireClientCert;
    c.caFile = tls.requireClientCert ? tls.caFile.toStdString() : std::string();
    c.alpn = tls.alpn.trimmed().toStdString();
    outcome.selfSigned = tls.selfSigned;
    if (tls.requireClientCert && tls.caFile.trimmed().isEmpty()) {
        outcome.field = QStringLiteral("cafile");
        outcome.message = QStringLiteral("a client certificate is checked against a CA file: give one");
        outcome.setup = {"cafile", outcome.message.toStdString(), TlsSetupProblem::CaFileRequired, {}, {}};
        return nullptr;
    }
    if (tls.selfSigned) {
        // For this host's name, as `sockscope-cli serve echo --tls --self-signed` makes it (same place).
        char host[256] = {};
        std::string name = ::gethostname(host, sizeof host - 1) == 0 ? std::string(host) : std::string();
        if (name.empty()
            || name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.") != std::string::npos)
            name = "localhost";
        if (tls.directory.isEmpty() || !QDir().mkpath(tls.directory)) {
            outcome.field = QStringLiteral("selfsigned");
            outcome.message = QStringLiteral("no application data directory to keep the certificate in (%1)")
                                  .arg(tls.directory);
            outcome.setup = {"selfsigned", outcome.message.toStdString(), TlsSetupProblem::NoDirectory,
                             {tls.directory.toStdString()}, {}};
            return nullptr;
        }
        const SelfSignedCertificate made = ensureSelfSignedCertificate(tls.directory.toStdString(), name);
        if (!made.ok) {
            outcome.field = QStringLiteral("selfsigned");
            outcome.message = QString::fromStdString(made.message);
            outcome.setup = made.error;
            return nullptr;
        }
        outcome.reused = made.reused;
        c.certFile = made.certPath;
        c.keyFile = made.keyPath;
    } else {
        c.certFile = tls.certFile.toStdString();
        c.keyFile = tls.keyFile.toStdString();
    }
    TlsSetupError e;
    std::shared_ptr<TlsContext> ctx = TlsContext::create(c, e);
    if (!ctx) {
        // A refusal about our own pair, when it is the self-signed one, belongs to that choice.
        const bool ownPair = e.field == "cert" || e.field == "key";
        outcome.field = tls.selfSigned && ownPair ? QStringLiteral("selfsigned") : QString::fromStdString(e.field);
        outcome.message = QString::fromStdString(e.message);
        outcome.setup = e;
        outcome.setup.field = outcome.field.toStdString();
        return nullptr;
    }
    const CertificateInfo own = ctx->ownCertificate();
    outcome.ok = true;
    outcome.certPath = QString::fromStdString(c.certFile);
    outcome.subject = QString::fromStdString(own.subject);
    outcome.sha256 = QString::fromStdString(own.sha256);
    outcome.notAfter = QString::fromStdString(own.notAfter);
    return ctx;
}

} // namespace sockscope
