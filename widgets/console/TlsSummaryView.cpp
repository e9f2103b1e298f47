#include "TlsSummaryView.h"

#include "CopyButton.h"
#include "PaletteColors.h"
#include "TlsMessages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sockscope {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// "a1b2…" as "A1:B2:…", the way certificate viewers print fingerprints.
QString colonHex(const std::string& hex)
{
    QString out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += qs(hex.substr(i, 2)).toUpper();
    }
    return out;
}

} // namespace

TlsSummaryView::TlsSummaryView(QWidget* parent) : QGroupBox(tr("TLS session"), parent)
{
    setObjectName(QStringLiteral("consoleTlsSummary"));
    parameters_ = new QLabel;
    parameters_->setObjectName(QStringLiteral("consoleTlsParameters"));
    parameters_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    parameters_->setWordWrap(true);
    verification_ = new QLabel;
    verification_->setObjectName(QStringLiteral("consoleTlsVerification"));
    verification_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verification_->setWordWrap(true);
    chain_ = new QTreeWidget;
    chain_->setObjectName(QStringLiteral("consoleTlsChain"));
    chain_->setColumnCount(2);
    chain_->setHeaderLabels({tr("Certificate"), tr("Value")});
    chain_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    chain_->setToolTip(tr("The certificates the peer sent, its own first (SSL_get_peer_cert_chain)."));
    chain_->setMinimumHeight(chain_->fontMetrics().height() * 5);
    chain_->setMaximumHeight(chain_->fontMetrics().height() * 11);
    auto* copyAll = new CopyButton([this] { return text(); }, tr("the TLS summary"));
    auto* copyFingerprint = new CopyButton([this] { return leafFingerprint_; }, tr("the peer certificate's SHA-256 fingerprint"));
    copyFingerprint->setObjectName(QStringLiteral("consoleTlsCopyFingerprint"));
    copyFingerprint->setText(tr("SHA-256"));
    copyFingerprint->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(copyAll, &CopyButton::copied, this, &TlsSummaryView::statusMessage);
    connect(copyFingerprint, &CopyButton::copied, this, &TlsSummaryView::statusMessage);

    auto* top = new QHBoxLayout;
    top->addWidget(parameters_, 1);
    top->addWidget(copyFingerprint);
    top->addWidget(copyAll);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(verification_);
    layout->addWidget(chain_);
    clear();
}

void TlsSummaryView::clear()
{
    parameters_->clear();
    verification_->clear();
    chain_->clear();
    leafFingerprint_.clear();
    hide();
}

void TlsSummaryView::showOutcome(const ClientConnectOutcome& o)
{
    clear();
    const TlsSummary& s = o.tlsSummary;
    if (!o.tls || (s.version.empty() && s.peerChain.empty()))
        return;
    QStringList parts;
    if (o.ok) {
        parts << tr("%1, cipher %2").arg(qs(s.version), qs(s.cipher));
        parts << (s.alpn.empty() ? tr("no ALPN protocol chosen") : tr("ALPN: %1").arg(qs(s.alpn)));
        parts << (s.sessionReused ? tr("session reused (resumed, no full handshake)")
                                  : tr("new session (full handshake)"));
    } else {
        parts << tr("the handshake did not finish");
    }
    parameters_->setText(parts.join(QStringLiteral(" · ")));
    const QString result = TlsMessages::verifyResult(s, o.tlsVerifyFailure, o.tlsServerName);
    verification_->setText(o.ok && !s.verified ? tr("%1 — going on anyway (insecure)").arg(result) : result);
    QPalette p = palette();
    if (!s.verified)
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
    verification_->setPalette(p);

    for (std::size_t i = 0; i < s.peerChain.size(); ++i) {
        const CertificateInfo& c = s.peerChain[i];
        auto* top = new QTreeWidgetItem(chain_, {i == 0 ? tr("%1: the peer's own").arg(i) : tr("%1: issuer").arg(i),
                                                 qs(c.subject)});
        const auto row = [top](const QString& field, const QString& value) {
            auto* item = new QTreeWidgetItem(top, {field, value});
            item->setToolTip(1, value);
        };
        row(tr("Subject"), qs(c.subject));
        row(tr("Issuer"), qs(c.issuer));
        row(tr("Valid from"), TlsMessages::time(c.notBefore));
        row(tr("Valid until"), TlsMessages::time(c.notAfter));
        QStringList names;
        for (const std::string& n : c.subjectAltNames)
            names << qs(n);
        row(tr("Names (SAN)"), names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        row(tr("SHA-256"), colonHex(c.sha256));
        top->setExpanded(i == 0);
        if (i == 0)
            leafFingerprint_ = colonHex(c.sha256);
    }
    show();
}

QString TlsSummaryView::text() const
{
    QStringList lines{parameters_->text(), verification_->text()};
    for (int i = 0; i < chain_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = chain_->topLevelItem(i);
        lines << tr("certificate %1").arg(top->text(0));
        for (int j = 0; j < top->childCount(); ++j)
            lines << QStringLiteral("  %1: %2").arg(top->child(j)->text(0), top->child(j)->text(1));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sockscope
