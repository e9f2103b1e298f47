#pragma once
// TLS in the user's language: core/posix/tls words the verification result and the ALPN list's
// faults in English for the CLI; the GUI shows the same words through here (context "TlsMessages").

#include "AlpnList.h"
#include "TlsSetupError.h"
#include "TlsSummary.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

class TlsMessages {
    Q_DECLARE_TR_FUNCTIONS(TlsMessages)
public:
    // verifyWords() translated: "name mismatch: certificate is for elsewhere.example, not localhost".
    static QString verifyText(long code, const CertificateInfo& failing, const QString& expectedName);
    // The summary's verification result in a sentence: verified, or why not (with `first`, the
    // certificate the check stopped at when it matches the final code).
    static QString verifyResult(const TlsSummary& summary, const VerifyFailure& first, const QString& expectedName);
    // A failed handshake: `code` as ClientTlsResult gives it (X509_V_ERR_…, ETIMEDOUT, SSL_ERROR_…),
    // `coreMessage` core's English words, used for causes only OpenSSL can name.
    static QString handshakeFailure(const QString& code, const QString& coreMessage, const TlsSummary& summary,
                                    const VerifyFailure& first, const QString& expectedName);
    // A refused TLS set-up (TlsContext::create, the self-signed certificate) in the user's words, naming
    // the file; what the system or OpenSSL said follows on a line of its own, as it said it.
    // Core's English message when the refusal has no key.
    static QString setupFailure(const TlsSetupError& error);
    // parseAlpnList's fault, translated; empty when `list` parsed.
    static QString alpnError(std::string_view text, const AlpnList& list);
    // "2026-12-07 01:46:00 UTC" from an ISO time (readableTime), for the views.
    static QString time(const std::string& iso);
};

} // namespace sockscope
