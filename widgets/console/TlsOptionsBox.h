#pragma once
// The client console's TLS box: TLS on or off, the server name (SNI), the ALPN list, the CA file or
// "insecure", and a client certificate and key, with file pickers. A bad field is marked beside it
// (a missing file, a bad ALPN list) before any call is made. The result is a ClientTlsOptions.

#include "ClientSessionService.h"

#include <QGroupBox>
#include <QMargins>

#include <optional>

class QCheckBox;
class QLineEdit;
class QSettings;
class QToolButton;

namespace sockscope {

class FieldFeedback;

class TlsOptionsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit TlsOptionsBox(QWidget* parent = nullptr);

    // Checks the fields and marks the bad ones; the options when all are good (enabled false when off).
    std::optional<ClientTlsOptions> validate();
    // TLS needs a stream: over datagrams the box is off and says why.
    void setAvailable(bool stream);
    void setEditable(bool editable);
    // Core refused a setting ("alpn", "cafile", "cert", "key"): its words beside that field.
    void showSetupError(const QString& field, const QString& message);
    void clearErrors();

    void resetToDefaults();
    void restore(const QSettings& settings, const QString& prefix);
    void save(QSettings& settings, const QString& prefix) const;

    // The fields, for tests and the screenshot tour.
    QLineEdit* serverNameField() const { return sni_; }
    QLineEdit* alpnField() const { return alpn_; }
    QLineEdit* caFileField() const { return caFile_; }
    QCheckBox* insecureBox() const { return insecure_; }
    QLineEdit* certFileField() const { return certFile_; }
    QLineEdit* keyFileField() const { return keyFile_; }
    FieldFeedback* feedbackFor(QLineEdit* field) const;

private:
    QLineEdit* fileField(const char* name, const QString& placeholder, const QString& tip, FieldFeedback*& feedback);
    QWidget* withPicker(FieldFeedback* feedback, const QString& title);
    // A readable regular file, or empty when `optional`; else marks the field and returns false.
    bool checkFile(FieldFeedback* feedback, const QString& what);
    void updateVisibility();

    QWidget* content_;
    QMargins margins_; // the layout's own, while the box is open
    QLineEdit* sni_;
    FieldFeedback* sniFeedback_;
    QLineEdit* alpn_;
    FieldFeedback* alpnFeedback_;
    QLineEdit* caFile_;
    FieldFeedback* caFeedback_;
    QCheckBox* insecure_;
    QLineEdit* certFile_;
    FieldFeedback* certFeedback_;
    QLineEdit* keyFile_;
    FieldFeedback* keyFeedback_;
    QList<QToolButton*> pickers_;
    bool available_ = true;
};

} // namespace sockscope
