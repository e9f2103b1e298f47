#include "TlsMessages.h"

#include <QStringList>

#include <openssl/x509.h>

namespace sockscope {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The names a certificate is for: its SANs without their "DNS:"/"IP:" tags, else its CN.
QString namesOf(const CertificateInfo& c)
{
    QStringList out;
    for (const std::string& n : c.subjectAltNames)
        out << qs(n.substr(n.find(':') + 1));
    if (out.isEmpty()) {
        const auto at = c.subject.find("CN=");
        if (at != std::string::npos) {
            const auto end = c.subject.find(',', at);
            out << qs(c.subject.substr(at + 3, end == std::string::npos ? std::string::npos : end - at - 3));
        }
    }
    return out.join(QStringLiteral(", "));
}

QString inParentheses(const std::string& s)
{
    return s.empty() ? QString() : QStringLiteral(" (%1)").arg(qs(s));
}

} // namespace

QString TlsMessages::time(const std::string& iso) { return qs(readableTime(iso)); }

QString TlsMessages::verifyText(long code, const CertificateInfo& failing, const QString& expectedName)
{
    switch (code) {
    case X509_V_OK: return {};
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return tr("certificate expired on %1").arg(time(failing.notAfter)) + inParentheses(failing.subject);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return tr("certificate not valid before %1").arg(time(failing.notBefore)) + inParentheses(failing.subject);
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH: {
        const QString names = namesOf(failing).isEmpty() ? tr("no name at all") : namesOf(failing);
        return expectedName.isEmpty() ? tr("name mismatch: certificate is for %1").arg(names)
                                      : tr("name mismatch: certificate is for %1, not %2").arg(names, expectedName);
    }
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return tr("self-signed certificate (%1): no CA vouches for it; trust it with a CA file, or tick “insecure” "
                  "to skip the check")
            .arg(qs(failing.subject));
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return tr("self-signed certificate in the chain (%1) that is not a trusted CA").arg(qs(failing.subject));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return tr("certificate issued by an unknown CA (%1)").arg(qs(failing.issuer));
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return tr("the certificate's issuer (%1) is not in the chain or the trusted CAs").arg(qs(failing.issuer));
    case X509_V_ERR_CERT_REVOKED: return tr("certificate revoked");
    case X509_V_ERR_INVALID_CA: return tr("a certificate in the chain is not a CA (%1)").arg(qs(failing.subject));
    case X509_V_ERR_CERT_SIGNATURE_FAILURE: return tr("the certificate's signature does not verify");
    case X509_V_ERR_INVALID_PURPOSE: return tr("the certificate is not for a TLS server");
    }
    // OpenSSL's own text for the rare ones, with the symbol to look up.
    return tr("%1 (%2)").arg(qs(verifyWords(code, failing, expectedName.toStdString())), qs(verifySymbol(code)));
}

QString TlsMessages::verifyResult(const TlsSummary& s, const VerifyFailure& first, const QString& expectedName)
{
    if (s.verified)
        return expectedName.isEmpty()
                   ? tr("verified: the chain leads to a trusted CA")
                   : tr("verified: the chain leads to a trusted CA and the certificate is for %1").arg(expectedName);
    if (s.peerChain.empty())
        return tr("not verified: the peer sent no certificate");
    const CertificateInfo& failing =
        first.code == s.verifyCode && !first.certificate.sha256.empty() ? first.certificate : s.peerChain.front();
    return tr("not verified: %1 (%2)").arg(verifyText(s.verifyCode, failing, expectedName), qs(verifySymbol(s.verifyCode)));
}

QString TlsMessages::handshakeFailure(const QString& code, const QString& coreMessage, const TlsSummary& summary,
                                      const VerifyFailure& first, const QString& expectedName)
{
    if (code.startsWith(QLatin1String("X509_V_ERR_")) && summary.verifyCode != X509_V_OK) {
        const CertificateInfo& failing = first.code == summary.verifyCode || summary.peerChain.empty()
                                             ? first.certificate
                                             : summary.peerChain.front();
        return tr("certificate verify failed: %1 (%2)")
            .arg(verifyText(summary.verifyCode, failing, expectedName), code);
    }
    if (code == QLatin1String("ECANCELED"))
        return tr("the TLS handshake was abandoned");
    // The other causes are OpenSSL's own, with its error queue: in its words.
    return tr("the TLS handshake failed: %1 (%2)").arg(coreMessage, code);
}

QString TlsMessages::alpnError(std::string_view text, const AlpnList& list)
{
    if (list.ok())
        return {};
    // Which item: the commas before the fault, plus one.
    int item = 1;
    for (std::size_t i = 0; i < list.position && i < text.size(); ++i)
        item += text[i] == ',' ? 1 : 0;
    if (list.error.find("is empty") != std::string::npos)
        return tr("Item %1 is empty; give protocol names separated by commas, e.g. h2,http/1.1").arg(item);
    if (list.error.rfind("item", 0) == 0) {
        std::size_t end = list.position;
        while (end < text.size() && text[end] != ',')
            ++end;
        while (end > list.position && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            --end;
        return tr("Item %1 is %2 bytes long; a protocol name has 1 to 255 bytes").arg(item).arg(end - list.position);
    }
    return tr("The list is too long: TLS allows 65535 bytes on the wire at most");
}

} // namespace sockscope
