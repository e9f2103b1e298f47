#pragma once
// What a TLS handshake agreed, after it: the version, the cipher, the ALPN protocol, whether the
// session was resumed, the peer's certificate chain (subject, issuer, validity, names, SHA-256
// fingerprint) and the verification result in plain words (core's, through TlsMessages). After a
// failed verification it shows what the server sent, and why it did not check out.

#include "ClientSessionService.h"

#include <QGroupBox>

class QLabel;
class QTreeWidget;

namespace sockscope {

class TlsSummaryView : public QGroupBox {
    Q_OBJECT
public:
    explicit TlsSummaryView(QWidget* parent = nullptr);

    // Shows the outcome's TLS part; hides the view when the connection had no TLS or never reached it.
    void showOutcome(const ClientConnectOutcome& outcome);
    void clear();

    // For tests and the tour.
    QLabel* parametersLabel() const { return parameters_; }
    QLabel* verificationLabel() const { return verification_; }
    QTreeWidget* chainTree() const { return chain_; }
    // Everything shown, as text (what the copy button copies).
    QString text() const;

signals:
    void statusMessage(const QString& text);

private:
    QLabel* parameters_;
    QLabel* verification_;
    QTreeWidget* chain_;
    QString leafFingerprint_;
};

} // namespace sockscope
