#pragma once
// The echo server's TLS settings: TLS on or off, with a certificate and key file, or "generate a
// self-signed certificate for this host" (kept in the application's data directory and used again
// next time). Once the server has its certificate, its SHA-256 fingerprint shows with a copy button,
// so a client can check it. A bad field is marked beside it. The server console adds what a server
// can ask of its clients (addPeerOptions): a client certificate checked against a CA file, and ALPN.

#include "EchoServerService.h"

#include <QGroupBox>
#include <QMargins>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
class QToolButton;

namespace sockscope {

class CopyButton;
class FieldFeedback;

class EchoTlsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit EchoTlsBox(QWidget* parent = nullptr);

    // The request when the fields are good (enabled false when off); else marks them.
    std::optional<EchoTlsRequest> validate();
    void setAvailable(bool stream);
    void setEditable(bool editable);
    // TLS asked for (also while the box is locked by a running server).
    bool isOn() const;
    // The certificate the server got (or why it got none).
    void showOutcome(const ServerTlsOutcome& outcome);
    // "Request a client certificate" with the CA file that checks it, and the ALPN list offered;
    // validate() then fills them in. Object names start with `prefix` ("serverTls").
    void addPeerOptions(const QString& prefix);

    void resetToDefaults();
    void restore(const QSettings& settings, const QString& prefix);
    void save(QSettings& settings, const QString& prefix) const;

    // The certificate file the running server serves (empty without TLS), for a console to trust.
    QString servedCertificate() const { return servedCert_; }

    // Where the self-signed pair is kept: <AppDataLocation>/tls.
    static QString selfSignedDirectory();

    // For tests and the tour.
    QRadioButton* selfSignedButton() const { return selfSigned_; }
    QRadioButton* filesButton() const { return files_; }
    QLineEdit* certFileField() const { return certFile_; }
    QLineEdit* keyFileField() const { return keyFile_; }
    QLabel* fingerprintLabel() const { return fingerprint_; }
    QLabel* certificateLabel() const { return certificate_; }
    FieldFeedback* certFeedback() const { return certFeedback_; }
    FieldFeedback* keyFeedback() const { return keyFeedback_; }
    QCheckBox* clientCertificateBox() const { return requireClient_; }
    QLineEdit* caFileField() const { return caFile_; }
    FieldFeedback* caFeedback() const { return caFeedback_; }
    QLineEdit* alpnField() const { return alpn_; }
    FieldFeedback* alpnFeedback() const { return alpnFeedback_; }

signals:
    void statusMessage(const QString& text);

private:
    QWidget* fileRow(QLineEdit*& edit, FieldFeedback*& feedback, const char* name, const QString& tip,
                     const QString& title);
    void updateFields();
    void updateTitle();
    bool checkFile(FieldFeedback* feedback, const QString& what);

    QWidget* content_;
    QWidget* choices_;              // the choice of certificate (and the peer options)
    bool foldWhileLocked_ = false;  // choices_ hidden while the server runs
    QMargins margins_; // the layout's own, while the box is open
    QRadioButton* files_;
    QRadioButton* selfSigned_;
    QLineEdit* certFile_;
    FieldFeedback* certFeedback_;
    QLineEdit* keyFile_;
    FieldFeedback* keyFeedback_;
    QList<QToolButton*> pickers_;
    QLabel* certificate_;
    QLabel* fingerprint_;
    CopyButton* copyFingerprint_;
    QString sha256_;
    QString servedCert_;
    bool available_ = true;
    bool editable_ = true;
    bool onWhileLocked_ = false;
    QCheckBox* requireClient_ = nullptr; // the peer options, when added
    QLineEdit* caFile_ = nullptr;
    FieldFeedback* caFeedback_ = nullptr;
    QLineEdit* alpn_ = nullptr;
    FieldFeedback* alpnFeedback_ = nullptr;
};

} // namespace sockscope
