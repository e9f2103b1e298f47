#include "EchoTlsBox.h"

#include "CopyButton.h"
#include "FieldFeedback.h"
#include "PaletteColors.h"
#include "TlsMessages.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace sockscope {

namespace {

QString colonHex(const QString& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

} // namespace

QString EchoTlsBox::selfSignedDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/tls");
}

EchoTlsBox::EchoTlsBox(QWidget* parent) : QGroupBox(tr("TLS"), parent)
{
    setObjectName(QStringLiteral("echoTls"));
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("Serve TLS (OpenSSL) on every connection: SSL_accept runs the handshake, then SSL_read and "
                  "SSL_write carry the echo. A client that fails the handshake is logged with the cause."));
    content_ = new QWidget;
    auto* layout = new QVBoxLayout(content_);
    layout->setContentsMargins(0, 0, 0, 0);
    selfSigned_ = new QRadioButton(tr("&Generate a self-signed certificate for this host"));
    selfSigned_->setObjectName(QStringLiteral("echoTlsSelfSigned"));
    selfSigned_->setToolTip(tr("An EC P-256 key and a certificate for this host's name, localhost, 127.0.0.1 and "
                               "::1, kept in %1 and used again while it is valid, so its fingerprint stays the "
                               "same.")
                                .arg(selfSignedDirectory()));
    files_ = new QRadioButton(tr("Certificate and key &files"));
    files_->setObjectName(QStringLiteral("echoTlsFiles"));
    selfSigned_->setChecked(true);
    // The choices in a widget of their own, so a box that asks for it can fold them while locked.
    choices_ = new QWidget;
    auto* choices = new QVBoxLayout(choices_);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(selfSigned_);
    choices->addWidget(files_);
    auto* form = new QFormLayout;
    form->addRow(tr("Certificate:"), fileRow(certFile_, certFeedback_, "echoTlsCertFile",
                                             tr("The server's certificate (chain), PEM."), tr("Certificate (PEM)")));
    form->addRow(tr("Key:"), fileRow(keyFile_, keyFeedback_, "echoTlsKeyFile",
                                     tr("The certificate's private key, PEM, unencrypted."), tr("Key (PEM)")));
    choices->addLayout(form);
    layout->addWidget(choices_);

    certificate_ = new QLabel;
    certificate_->setObjectName(QStringLiteral("echoTlsCertificate"));
    certificate_->setWordWrap(true);
    certificate_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint_ = new QLabel;
    fingerprint_->setObjectName(QStringLiteral("echoTlsFingerprint"));
    fingerprint_->setWordWrap(true);
    fingerprint_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    copyFingerprint_ = new CopyButton([this] { return colonHex(sha256_); }, tr("the certificate's SHA-256 fingerprint"));
    copyFingerprint_->setObjectName(QStringLiteral("echoTlsCopyFingerprint"));
    connect(copyFingerprint_, &CopyButton::copied, this, &EchoTlsBox::statusMessage);
    auto* fp = new QHBoxLayout;
    fp->addWidget(fingerprint_, 1);
    fp->addWidget(copyFingerprint_, 0, Qt::AlignTop);
    layout->addWidget(certificate_);
    layout->addLayout(fp);
    certificate_->hide();
    fingerprint_->hide();
    copyFingerprint_->hide();

    auto* outer = new QVBoxLayout(this);
    outer->addWidget(content_);
    margins_ = outer->contentsMargins();
    connect(this, &QGroupBox::toggled, this, [this] { updateFields(); });
    connect(files_, &QRadioButton::toggled, this, [this] { updateFields(); });
    updateFields();
}

QWidget* EchoTlsBox::fileRow(QLineEdit*& edit, FieldFeedback*& feedback, const char* name, const QString& tip,
                             const QString& title)
{
    edit = new QLineEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setToolTip(tip);
    feedback = new FieldFeedback(edit);
    connect(edit, &QLineEdit::textEdited, feedback, &FieldFeedback::clearError);
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(feedback->fieldWithMessage(), 1);
    auto* pick = new QToolButton;
    pick->setText(tr("…"));
    pick->setObjectName(QLatin1String(name) + QStringLiteral("Pick"));
    pick->setToolTip(tr("Choose the file"));
    row->addWidget(pick, 0, Qt::AlignTop);
    pickers_ << pick;
    QLineEdit* field = edit;
    FieldFeedback* f = feedback;
    connect(pick, &QToolButton::clicked, this, [this, field, f, title] {
        const QString path = QFileDialog::getOpenFileName(this, title, field->text(),
                                                          tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!path.isEmpty()) {
            field->setText(path);
            f->clearError();
        }
    });
    return box;
}

void EchoTlsBox::updateTitle()
{
    setTitle(!available_ ? tr("TLS (streams only)") : editable_ ? tr("TLS") : onWhileLocked_ ? tr("TLS: on") : tr("TLS: off"));
}

bool EchoTlsBox::isOn() const { return editable_ ? isChecked() : onWhileLocked_; }

void EchoTlsBox::updateFields()
{
    content_->setVisible(isOn());
    // Off, only the check box's line is left: no empty frame under it.
    setFlat(!isOn());
    layout()->setContentsMargins(isOn() ? margins_ : QMargins());
    choices_->setVisible(editable_ || !foldWhileLocked_);
    const bool files = files_->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(certFile_), static_cast<QWidget*>(keyFile_)})
        w->setEnabled(files && editable_);
    for (QToolButton* b : pickers_)
        b->setEnabled(files && editable_);
    if (requireClient_) {
        const bool ca = requireClient_->isChecked() && editable_;
        requireClient_->setEnabled(editable_);
        caFile_->setEnabled(ca);
        pickers_.last()->setEnabled(ca);
        alpn_->setEnabled(editable_);
        if (!ca)
            caFeedback_->clearError();
    }
    selfSigned_->setEnabled(editable_);
    files_->setEnabled(editable_);
    if (!files) {
        certFeedback_->clearError();
        keyFeedback_->clearError();
    }
}

bool EchoTlsBox::checkFile(FieldFeedback* feedback, const QString& what)
{
    const QString path = feedback->field()->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty())
        feedback->setError(tr("%1: give a PEM file, or choose the self-signed certificate.").arg(what));
    else if (!info.exists())
        feedback->setError(tr("%1: there is no file “%2”; give the path of a PEM file.").arg(what, path));
    else if (info.isDir())
        feedback->setError(tr("%1: “%2” is a directory; give a PEM file.").arg(what, path));
    else if (!info.isReadable())
        feedback->setError(tr("%1: “%2” cannot be read (no permission).").arg(what, path));
    else
        feedback->clearError();
    return !feedback->hasError();
}

std::optional<EchoTlsRequest> EchoTlsBox::validate()
{
    EchoTlsRequest r;
    if (!isChecked() || !available_)
        return r;
    r.enabled = true;
    r.selfSigned = selfSigned_->isChecked();
    bool peerOk = true;
    if (requireClient_) {
        r.requireClientCert = requireClient_->isChecked();
        if (r.requireClientCert && caFile_->text().trimmed().isEmpty()) {
            caFeedback_->setError(tr("CA file: give the PEM file of the CA that signs your clients' certificates, "
                                     "or do not request a client certificate."));
            peerOk = false;
        } else if (r.requireClientCert) {
            peerOk = checkFile(caFeedback_, tr("CA file"));
            r.caFile = caFile_->text().trimmed();
        }
        r.alpn = alpn_->text().trimmed();
        const std::string alpnText = r.alpn.toStdString();
        const QString alpnError = TlsMessages::alpnError(alpnText, parseAlpnList(alpnText));
        if (alpnError.isEmpty()) {
            alpnFeedback_->clearError();
        } else {
            alpnFeedback_->setError(tr("ALPN: %1").arg(alpnError));
            peerOk = false;
        }
    }
    if (r.selfSigned) {
        r.directory = selfSignedDirectory();
        if (!peerOk)
            return std::nullopt;
        return r;
    }
    const bool certOk = checkFile(certFeedback_, tr("Certificate"));
    const bool keyOk = checkFile(keyFeedback_, tr("Key"));
    if (!certOk || !keyOk || !peerOk)
        return std::nullopt;
    r.certFile = certFile_->text().trimmed();
    r.keyFile = keyFile_->text().trimmed();
    return r;
}

void EchoTlsBox::showOutcome(const ServerTlsOutcome& o)
{
    QPalette p = palette();
    servedCert_ = o.ok ? o.certPath : QString();
    if (!o.ok) {
        const QString words = TlsMessages::setupFailure(o.setup.problem == TlsSetupProblem::None
                                                            ? TlsSetupError{{}, o.message.toStdString(), {}, {}, {}}
                                                            : o.setup);
        FieldFeedback* f = o.field == QLatin1String("key") ? keyFeedback_ : certFeedback_;
        if (caFeedback_ && o.field == QLatin1String("cafile"))
            f = caFeedback_;
        else if (alpnFeedback_ && o.field == QLatin1String("alpn"))
            f = alpnFeedback_;
        if (o.field == QLatin1String("selfsigned")) {
            certificate_->setText(tr("No self-signed certificate: %1").arg(words));
            p.setColor(QPalette::WindowText, errorTextColor(palette()));
            certificate_->setPalette(p);
            certificate_->show();
        } else {
            f->setError(words);
            certificate_->hide();
        }
        fingerprint_->hide();
        copyFingerprint_->hide();
        return;
    }
    certificate_->setPalette(p);
    const QString validity = TlsMessages::time(o.notAfter.toStdString());
    certificate_->setText(o.selfSigned ? (o.reused ? tr("Self-signed certificate %1 (used again), valid until %2")
                                                   : tr("Self-signed certificate %1 (made now), valid until %2"))
                                             .arg(o.certPath, validity)
                                       : tr("Certificate %1 (%2), valid until %3").arg(o.certPath, o.subject, validity));
    sha256_ = o.sha256;
    fingerprint_->setText(tr("SHA-256: %1").arg(colonHex(o.sha256)));
    certificate_->show();
    fingerprint_->show();
    copyFingerprint_->show();
}

void EchoTlsBox::addPeerOptions(const QString& prefix)
{
    if (requireClient_)
        return;
    setObjectName(prefix);
    selfSigned_->setObjectName(prefix + QStringLiteral("SelfSigned"));
    files_->setObjectName(prefix + QStringLiteral("Files"));
    certFile_->setObjectName(prefix + QStringLiteral("CertFile"));
    keyFile_->setObjectName(prefix + QStringLiteral("KeyFile"));
    fingerprint_->setObjectName(prefix + QStringLiteral("Fingerprint"));
    certificate_->setObjectName(prefix + QStringLiteral("Certificate"));
    setToolTip(tr("Serve TLS (OpenSSL) on every accepted connection: SSL_accept runs the handshake (a client "
                  "that has not finished it within 10 s is dropped), then SSL_read and SSL_write carry the bytes, "
                  "and close() sends close_notify first."));
    auto* form = new QFormLayout;
    requireClient_ = new QCheckBox(tr("Request a client &certificate, checked against a CA file"));
    requireClient_->setObjectName(prefix + QStringLiteral("RequireClient"));
    requireClient_->setToolTip(tr("SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT: a client without a "
                                  "certificate the CA signed fails the handshake and is dropped."));
    const QByteArray caName = (prefix + QStringLiteral("CaFile")).toLatin1();
    QWidget* caRow = fileRow(caFile_, caFeedback_, caName.constData(),
                             tr("The CA certificates (PEM) a client certificate must lead to."), tr("CA file (PEM)"));
    alpn_ = new QLineEdit;
    alpn_->setObjectName(prefix + QStringLiteral("Alpn"));
    alpn_->setPlaceholderText(tr("h2,http/1.1"));
    alpn_->setToolTip(tr("The protocols offered by ALPN, in order of preference: the first of these the client "
                         "also offers is chosen. Empty: no ALPN."));
    alpnFeedback_ = new FieldFeedback(alpn_);
    connect(alpn_, &QLineEdit::textEdited, alpnFeedback_, &FieldFeedback::clearError);
    form->addRow(requireClient_);
    form->addRow(tr("CA file:"), caRow);
    form->addRow(tr("ALPN:"), alpnFeedback_->fieldWithMessage());
    // Under the certificate and key; folded with them while the server runs, so its clients keep the room.
    static_cast<QVBoxLayout*>(choices_->layout())->addLayout(form);
    foldWhileLocked_ = true;
    connect(requireClient_, &QCheckBox::toggled, this, [this] { updateFields(); });
    updateFields();
}

void EchoTlsBox::setAvailable(bool stream)
{
    available_ = stream;
    setEnabled(stream);
    updateTitle();
}

void EchoTlsBox::setEditable(bool editable)
{
    if (editable == editable_)
        return;
    // While the server runs its TLS cannot change: the box is no longer checkable (its fingerprint
    // stays readable and copyable), and it is checkable again, as it was, once stopped.
    if (!editable)
        onWhileLocked_ = isChecked();
    editable_ = editable;
    setCheckable(editable);
    if (editable)
        setChecked(onWhileLocked_);
    updateTitle();
    updateFields();
}

void EchoTlsBox::resetToDefaults()
{
    setChecked(false);
    selfSigned_->setChecked(true);
    certFile_->clear();
    keyFile_->clear();
    if (requireClient_) {
        requireClient_->setChecked(false);
        caFile_->clear();
        alpn_->clear();
    }
}

void EchoTlsBox::restore(const QSettings& settings, const QString& prefix)
{
    setChecked(editable_ && settings.value(prefix + QStringLiteral("tls"), false).toBool());
    (settings.value(prefix + QStringLiteral("tlsSelfSigned"), true).toBool() ? selfSigned_ : files_)->setChecked(true);
    certFile_->setText(settings.value(prefix + QStringLiteral("tlsCert")).toString());
    keyFile_->setText(settings.value(prefix + QStringLiteral("tlsKey")).toString());
    if (requireClient_) {
        requireClient_->setChecked(settings.value(prefix + QStringLiteral("tlsRequireClient"), false).toBool());
        caFile_->setText(settings.value(prefix + QStringLiteral("tlsCaFile")).toString());
        alpn_->setText(settings.value(prefix + QStringLiteral("tlsAlpn")).toString());
    }
}

void EchoTlsBox::save(QSettings& settings, const QString& prefix) const
{
    settings.setValue(prefix + QStringLiteral("tls"), isOn());
    settings.setValue(prefix + QStringLiteral("tlsSelfSigned"), selfSigned_->isChecked());
    settings.setValue(prefix + QStringLiteral("tlsCert"), certFile_->text());
    settings.setValue(prefix + QStringLiteral("tlsKey"), keyFile_->text());
    if (requireClient_) {
        settings.setValue(prefix + QStringLiteral("tlsRequireClient"), requireClient_->isChecked());
        settings.setValue(prefix + QStringLiteral("tlsCaFile"), caFile_->text());
        settings.setValue(prefix + QStringLiteral("tlsAlpn"), alpn_->text());
    }
}

} // namespace sockscope
