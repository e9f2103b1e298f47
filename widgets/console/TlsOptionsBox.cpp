#include "TlsOptionsBox.h"

#include "AlpnList.h"
#include "FieldFeedback.h"
#include "TlsMessages.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace sockscope {

TlsOptionsBox::TlsOptionsBox(QWidget* parent) : QGroupBox(tr("TLS"), parent)
{
    setObjectName(QStringLiteral("consoleTls"));
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("TLS (OpenSSL) over the stream: after connect(), SSL_connect runs the handshake on the same "
                  "socket; then what you send and what arrives pass through SSL_write and SSL_read, and the "
                  "transcript shows the plaintext."));
    content_ = new QWidget;
    auto* grid = new QGridLayout(content_);
    grid->setContentsMargins(0, 0, 0, 0);

    sni_ = new QLineEdit;
    sni_->setObjectName(QStringLiteral("consoleTlsServerName"));
    sni_->setPlaceholderText(tr("the host field"));
    sni_->setToolTip(tr("The name sent in the handshake (SNI) and the name the certificate must be for. Empty: the "
                        "host field (an address is checked against the certificate's IP names; SNI cannot carry "
                        "one)."));
    sniFeedback_ = new FieldFeedback(sni_);
    alpn_ = new QLineEdit;
    alpn_->setObjectName(QStringLiteral("consoleTlsAlpn"));
    alpn_->setPlaceholderText(tr("h2,http/1.1"));
    alpn_->setToolTip(tr("The application protocols offered (ALPN), comma-separated, in order of preference; the "
                         "server picks one. Empty: none offered."));
    alpnFeedback_ = new FieldFeedback(alpn_);
    caFile_ = fileField("consoleTlsCaFile", tr("the system's CAs (/etc/ssl/certs)"),
                        tr("Trust the CA certificates in this PEM file instead of the system's."), caFeedback_);
    insecure_ = new QCheckBox(tr("insecure (do not verify)"));
    insecure_->setObjectName(QStringLiteral("consoleTlsInsecure"));
    insecure_->setToolTip(tr("Go on when the certificate does not verify. The summary still says what the check "
                             "found."));
    certFile_ = fileField("consoleTlsCertFile", tr("none"),
                          tr("A client certificate (PEM), for servers that ask for one."), certFeedback_);
    keyFile_ = fileField("consoleTlsKeyFile", tr("none"),
                         tr("The client certificate's private key (PEM, unencrypted)."), keyFeedback_);

    const auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("Server &name:"), sni_), 0, 0, Qt::AlignTop);
    grid->addWidget(sniFeedback_->fieldWithMessage(), 0, 1);
    grid->addWidget(label(tr("&ALPN:"), alpn_), 0, 2, Qt::AlignTop);
    grid->addWidget(alpnFeedback_->fieldWithMessage(), 0, 3);
    grid->addWidget(label(tr("&CA file:"), caFile_), 1, 0, Qt::AlignTop);
    grid->addWidget(withPicker(caFeedback_, tr("CA certificates (PEM)")), 1, 1);
    grid->addWidget(insecure_, 1, 2, 1, 2, Qt::AlignTop);
    grid->addWidget(label(tr("Client c&ertificate:"), certFile_), 2, 0, Qt::AlignTop);
    grid->addWidget(withPicker(certFeedback_, tr("Client certificate (PEM)")), 2, 1);
    grid->addWidget(label(tr("&Key:"), keyFile_), 2, 2, Qt::AlignTop);
    grid->addWidget(withPicker(keyFeedback_, tr("Client key (PEM)")), 2, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(content_);
    margins_ = layout->contentsMargins();
    connect(this, &QGroupBox::toggled, this, [this] { updateVisibility(); });
    connect(alpn_, &QLineEdit::textEdited, alpnFeedback_, &FieldFeedback::clearError);
    connect(sni_, &QLineEdit::textEdited, sniFeedback_, &FieldFeedback::clearError);
    updateVisibility();
}

QLineEdit* TlsOptionsBox::fileField(const char* name, const QString& placeholder, const QString& tip,
                                    FieldFeedback*& feedback)
{
    auto* e = new QLineEdit;
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    e->setToolTip(tip);
    feedback = new FieldFeedback(e);
    connect(e, &QLineEdit::textEdited, feedback, &FieldFeedback::clearError);
    return e;
}

QWidget* TlsOptionsBox::withPicker(FieldFeedback* feedback, const QString& title)
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(feedback->fieldWithMessage(), 1);
    auto* pick = new QToolButton;
    pick->setText(tr("…"));
    pick->setObjectName(feedback->field()->objectName() + QStringLiteral("Pick"));
    pick->setToolTip(tr("Choose the file"));
    row->addWidget(pick, 0, Qt::AlignTop);
    pickers_ << pick;
    connect(pick, &QToolButton::clicked, this, [this, feedback, title] {
        const QString path = QFileDialog::getOpenFileName(this, title, feedback->field()->text(),
                                                          tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!path.isEmpty()) {
            feedback->field()->setText(path);
            feedback->clearError();
        }
    });
    return box;
}

void TlsOptionsBox::updateVisibility()
{
    // Off, the box is one line: its fields appear when TLS is ticked.
    content_->setVisible(isChecked());
    // Off, only the check box's line is left: no empty frame under it.
    setFlat(!isChecked());
    layout()->setContentsMargins(isChecked() ? margins_ : QMargins());
}

FieldFeedback* TlsOptionsBox::feedbackFor(QLineEdit* field) const
{
    for (FieldFeedback* f : {sniFeedback_, alpnFeedback_, caFeedback_, certFeedback_, keyFeedback_})
        if (f->field() == field)
            return f;
    return nullptr;
}

bool TlsOptionsBox::checkFile(FieldFeedback* feedback, const QString& what)
{
    const QString path = feedback->field()->text().trimmed();
    if (path.isEmpty()) {
        feedback->clearError();
        return true;
    }
    const QFileInfo info(path);
    if (!info.exists())
        feedback->setError(tr("%1: there is no file “%2”; give the path of a PEM file.").arg(what, path));
    else if (info.isDir())
        feedback->setError(tr("%1: “%2” is a directory; give a PEM file.").arg(what, path));
    else if (!info.isReadable())
        feedback->setError(tr("%1: “%2” cannot be read (no permission).").arg(what, path));
    else
        feedback->clearError();
    return !feedback->hasError();
}

std::optional<ClientTlsOptions> TlsOptionsBox::validate()
{
    ClientTlsOptions o;
    if (!isChecked() || !available_) {
        clearErrors();
        return o;
    }
    bool ok = true;
    const QString name = sni_->text().trimmed();
    if (name.size() > 253 || name.contains(QLatin1Char(' '))) {
        sniFeedback_->setError(tr("Server name: give a host name (letters, digits, '-' and '.', 253 characters at "
                                  "most) or an address; empty uses the host field."));
        ok = false;
    } else {
        sniFeedback_->clearError();
    }
    const std::string alpnText = alpn_->text().toStdString();
    const QString alpnError = TlsMessages::alpnError(alpnText, parseAlpnList(alpnText));
    if (!alpnError.isEmpty()) {
        alpnFeedback_->setError(tr("ALPN: %1.").arg(alpnError));
        ok = false;
    } else {
        alpnFeedback_->clearError();
    }
    ok = checkFile(caFeedback_, tr("CA file")) && ok;
    ok = checkFile(certFeedback_, tr("Client certificate")) && ok;
    ok = checkFile(keyFeedback_, tr("Key")) && ok;
    const bool hasCert = !certFile_->text().trimmed().isEmpty();
    const bool hasKey = !keyFile_->text().trimmed().isEmpty();
    if (ok && hasCert != hasKey) {
        (hasCert ? keyFeedback_ : certFeedback_)
            ->setError(tr("A client certificate goes with its key: give both, or neither."));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    o.enabled = true;
    o.serverName = name;
    o.alpn = alpn_->text();
    o.caFile = caFile_->text().trimmed();
    o.insecure = insecure_->isChecked();
    o.certFile = certFile_->text().trimmed();
    o.keyFile = keyFile_->text().trimmed();
    return o;
}

void TlsOptionsBox::showSetupError(const QString& field, const QString& message)
{
    FieldFeedback* f = field == QLatin1String("alpn")     ? alpnFeedback_
                       : field == QLatin1String("cafile") ? caFeedback_
                       : field == QLatin1String("cert")   ? certFeedback_
                       : field == QLatin1String("key")    ? keyFeedback_
                                                          : nullptr;
    if (f)
        f->setError(message);
}

void TlsOptionsBox::clearErrors()
{
    for (FieldFeedback* f : {sniFeedback_, alpnFeedback_, caFeedback_, certFeedback_, keyFeedback_})
        f->clearError();
}

void TlsOptionsBox::setAvailable(bool stream)
{
    available_ = stream;
    setEnabled(stream);
    setTitle(stream ? tr("TLS") : tr("TLS (streams only)"));
}

void TlsOptionsBox::setEditable(bool editable)
{
    // The group's own check box stays enabled only while the box is: a connected session keeps its TLS.
    setEnabled(editable && available_);
}

void TlsOptionsBox::resetToDefaults()
{
    setChecked(false);
    for (QLineEdit* e : {sni_, alpn_, caFile_, certFile_, keyFile_})
        e->clear();
    insecure_->setChecked(false);
    clearErrors();
}

void TlsOptionsBox::restore(const QSettings& settings, const QString& prefix)
{
    const auto value = [&](const char* key) { return settings.value(prefix + QLatin1String(key)); };
    setChecked(value("on").toBool());
    sni_->setText(value("serverName").toString());
    alpn_->setText(value("alpn").toString());
    caFile_->setText(value("caFile").toString());
    insecure_->setChecked(value("insecure").toBool());
    certFile_->setText(value("certFile").toString());
    keyFile_->setText(value("keyFile").toString());
}

void TlsOptionsBox::save(QSettings& settings, const QString& prefix) const
{
    const auto set = [&](const char* key, const QVariant& v) { settings.setValue(prefix + QLatin1String(key), v); };
    set("on", isChecked());
    set("serverName", sni_->text());
    set("alpn", alpn_->text());
    set("caFile", caFile_->text());
    set("insecure", insecure_->isChecked());
    set("certFile", certFile_->text());
    set("keyFile", keyFile_->text());
}

} // namespace sockscope
