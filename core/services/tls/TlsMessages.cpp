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

QString TlsMessages::setupFailure(const TlsSetupError& e)
{
    const auto arg = [&e](std::size_t i) { return i < e.args.size() ? qs(e.args[i]) : QString(); };
    QString words;
    switch (e.problem) {
    case TlsSetupProblem::None: return qs(e.message);
    case TlsSetupProblem::VersionRange:
        words = tr("the minimum version %1 is above the maximum %2").arg(arg(0), arg(1));
        break;
    case TlsSetupProblem::VersionRefused: words = tr("OpenSSL refused %1 (%2)").arg(arg(1), arg(0)); break;
    case TlsSetupProblem::AlpnList: {
        const std::string text = e.args.empty() ? std::string() : e.args[0];
        words = alpnError(text, parseAlpnList(text));
        if (words.isEmpty())
            words = qs(e.message);
        break;
    }
    case TlsSetupProblem::ServerNeedsPair: words = tr("a TLS server needs a certificate and its key"); break;
    case TlsSetupProblem::PairIncomplete:
        words = tr("a certificate and its key go together: give both or neither");
        break;
    case TlsSetupProblem::FileMissing: words = tr("there is no file “%1”").arg(arg(0)); break;
    case TlsSetupProblem::FileIsDirectory: words = tr("“%1” is a directory; give a PEM file").arg(arg(0)); break;
    case TlsSetupProblem::FileUnreadable: words = tr("“%1” cannot be read").arg(arg(0)); break;
    case TlsSetupProblem::NotPemCertificate:
        words = tr("“%1” holds no PEM certificate OpenSSL can read").arg(arg(0));
        break;
    case TlsSetupProblem::NotPemKey: words = tr("“%1” holds no PEM private key OpenSSL can read").arg(arg(0)); break;
    case TlsSetupProblem::KeyEncrypted:
        words = tr("the key in “%1” is encrypted with a passphrase; give an unencrypted key").arg(arg(0));
        break;
    case TlsSetupProblem::KeyMismatch:
        words = tr("the key in “%1” does not match the certificate in “%2”").arg(arg(0), arg(1));
        break;
    case TlsSetupProblem::NotPemCa:
        words = tr("“%1” holds no PEM certificate OpenSSL can read, so no CA to check with").arg(arg(0));
        break;
    case TlsSetupProblem::CaFileRequired:
        words = tr("a client certificate is checked against a CA file: give one");
        break;
    case TlsSetupProblem::LibraryCall: words = tr("%1 failed").arg(arg(0)); break;
    case TlsSetupProblem::BadHostName:
        words = tr("the host name “%1” cannot go in a certificate: it takes letters, digits, '-' and '.' (1 to 253)")
                    .arg(arg(0));
        break;
    case TlsSetupProblem::BadValidity:
        words = tr("a validity of %1 days is out of range: 1 to 3650").arg(arg(0));
        break;
    case TlsSetupProblem::NoDirectory:
        words = arg(0).isEmpty() ? tr("no application data directory to keep the self-signed certificate in")
                                 : tr("no application data directory to keep the self-signed certificate in (%1)")
                                       .arg(arg(0));
        break;
    case TlsSetupProblem::DirectoryNotCreated:
        words = tr("the directory “%1” for the self-signed certificate cannot be created").arg(arg(0));
        break;
    case TlsSetupProblem::KeyNotMade: words = tr("no key could be made for the self-signed certificate"); break;
    case TlsSetupProblem::CertificateNotMade: words = tr("the self-signed certificate could not be made"); break;
    case TlsSetupProblem::FileNotWritten: words = tr("“%1” cannot be written").arg(arg(0)); break;
    }
    // The system's or OpenSSL's own words, untranslated, on their own line.
    return e.detail.empty() ? words : words + QLatin1Char('\n') + qs(e.detail);
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
