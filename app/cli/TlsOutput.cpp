#include "TlsOutput.h"

#include <QJsonArray>
#include <QStringList>

namespace sockscope::cli {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
} // namespace

QJsonObject tlsSummaryJson(const TlsSummary& s)
{
    QJsonObject o;
    o[QStringLiteral("version")] = q(s.version);
    o[QStringLiteral("cipher")] = q(s.cipher);
    if (!s.alpn.empty())
        o[QStringLiteral("alpn")] = q(s.alpn);
    o[QStringLiteral("session_reused")] = s.sessionReused;
    o[QStringLiteral("verified")] = s.verified;
    if (!s.verified && !s.verifyError.empty())
        o[QStringLiteral("verify_error")] = q(s.verifyError);
    if (!s.peerChain.empty()) {
        const CertificateInfo& c = s.peerChain.front();
        QJsonObject p;
        p[QStringLiteral("subject")] = q(c.subject);
        p[QStringLiteral("issuer")] = q(c.issuer);
        p[QStringLiteral("not_before")] = q(c.notBefore);
        p[QStringLiteral("not_after")] = q(c.notAfter);
        p[QStringLiteral("sha256")] = q(c.sha256);
        QJsonArray sans;
        for (const std::string& n : c.subjectAltNames)
            sans.append(q(n));
        if (!sans.isEmpty())
            p[QStringLiteral("subject_alt_names")] = sans;
        o[QStringLiteral("peer_certificate")] = p;
    }
    return o;
}

QString tlsSummaryText(const TlsSummary& s)
{
    QString out = QStringLiteral("TLS: %1, %2").arg(q(s.version), q(s.cipher));
    if (!s.alpn.empty())
        out += QStringLiteral(", ALPN %1").arg(q(s.alpn));
    if (s.sessionReused)
        out += QStringLiteral(", session reused");
    out += QLatin1Char('\n');
    for (std::size_t i = 0; i < s.peerChain.size(); ++i) {
        const CertificateInfo& c = s.peerChain[i];
        QStringList names;
        for (const std::string& n : c.subjectAltNames)
            names << q(n);
        out += QStringLiteral("certificate %1: %2, issued by %3, valid %4 to %5%6\n  sha256 %7\n")
                   .arg(i)
                   .arg(q(c.subject), q(c.issuer), q(readableTime(c.notBefore)), q(readableTime(c.notAfter)),
                        names.isEmpty() ? QString() : QStringLiteral(", for ") + names.join(QStringLiteral(", ")),
                        q(c.sha256));
    }
    out += s.verified ? QStringLiteral("verified: yes\n")
                      : QStringLiteral("verified: no (%1)\n").arg(q(s.verifyError));
    return out;
}

} // namespace sockscope::cli
