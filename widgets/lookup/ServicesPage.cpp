#include "ServicesPage.h"

#include "ByteOrder.h"
#include "CodecMessages.h"
#include "CopyButton.h"
#include "DatabaseLookupBox.h"
#include "ErrnoInfo.h"
#include "FieldFeedback.h"
#include "NumberParser.h"
#include "PageHeader.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItem>
#include <QVBoxLayout>

namespace sockscope {

namespace {
constexpr std::uint64_t maxPort = 65535;

QString hex16(unsigned value) { return QStringLiteral("0x%1").arg(value, 4, 16, QLatin1Char('0')); }
} // namespace

ServicesPage::ServicesPage(LookupService& lookups, QWidget* parent)
    : DatabasePage(lookups, parent), protoCombo_(new QComboBox), portLabel_(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("/etc/services gives the well-known ports a name: http is port 80 over tcp. getservent reads "
           "it entry by entry as a struct servent (s_name, s_aliases, s_port, s_proto), with s_port in "
           "network byte order. setservent rewinds, endservent closes. getservbyname finds a service by "
           "name, getservbyport by port, which must also be passed in network byte order. None of them "
           "is thread-safe, so SockScope holds one lock around each whole sequence and uses the "
           "reentrant _r variants for single lookups.")));

    box_ = new DatabaseLookupBox(
        {QStringLiteral("service"), tr("One service: getservbyname_r or getservbyport_r"), tr("&Name or port:"),
         tr("http, ssh, domain… or a port such as 443"),
         tr("A name (const char *name of getservbyname, matched against s_name and s_aliases) or a port "
            "0–65535 (int port of getservbyport, which SockScope converts with htons as the function "
            "demands). Enter looks it up."),
         tr("Runs getservbyport_r for a port, getservbyname_r for a name, on a worker thread."),
         tr("The struct servent found: s_name (official name), s_proto (protocol), s_aliases (other names)."),
         tr("the service entry")});
    connect(box_, &DatabaseLookupBox::copied, this, &Page::statusMessage);
    protoCombo_->setObjectName(QStringLiteral("serviceProtoCombo"));
    protoCombo_->addItem(tr("any (NULL)"), QString());
    for (const char* proto : {"tcp", "udp", "sctp"})
        protoCombo_->addItem(QString::fromLatin1(proto), QString::fromLatin1(proto));
    protoCombo_->setToolTip(tr("const char *proto: only entries with this s_proto match; NULL matches "
                               "any protocol, and the first matching entry in the file wins."));
    auto* protoLabel = new QLabel(tr("&Protocol:"));
    protoLabel->setBuddy(protoCombo_);
    box_->addBeforeButton(protoLabel);
    box_->addBeforeButton(protoCombo_);
    portLabel_->setObjectName(QStringLiteral("servicePortLabel"));
    portLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    portLabel_->setWordWrap(true);
    portLabel_->setToolTip(tr("int s_port holds the port in network byte order (big-endian, as on the wire); "
                              "ntohs(s_port) gives the number people write."));
    box_->addRowBeforeCall(tr("s_port:"), portLabel_);
    layout->addWidget(box_);

    addTableBox(layout,
                {QStringLiteral("services"),
                 QStringLiteral("setservent"),
                 QStringLiteral("getservent"),
                 QStringLiteral("endservent"),
                 {tr("s_name"), tr("port"), tr("s_port (network order)"), tr("s_proto"), tr("s_aliases")},
                 {tr("char *s_name: the official name of the service."),
                  tr("The port in host byte order: ntohs(s_port), the number people write."),
                  tr("int s_port exactly as stored, in network byte order, read as a number on this host."),
                  tr("char *s_proto: the protocol to use with it (tcp, udp…)."),
                  tr("char **s_aliases: other names for it, NULL-terminated.")},
                 tr("What stayopen does in glibc today: setservent(1) keeps /etc/services open, so "
                    "getservbyname and getservbyport reuse the open file instead of closing it after each "
                    "query as they do after setservent(0). It also rewinds getservent to the first entry. "
                    "It changes only how the file is handled, never the answers: the list is the same "
                    "either way.")});

    connect(box_, &DatabaseLookupBox::submitted, this, &ServicesPage::submit);
    connect(protoCombo_, &QComboBox::activated, this, [this] {
        if (!box_->text().isEmpty())
            submit();
    });
    connect(&lookups_, &LookupService::servicesListed, this,
            [this](quint64 id, const ServiceList& list, qint64 us) {
                if (!takeList(id))
                    return;
                QList<QList<QStandardItem*>> rows;
                rows.reserve(static_cast<qsizetype>(list.size()));
                for (const ServiceEntry& s : list) {
                    QStandardItem* network = textItem(hex16(s.portNetwork));
                    network->setData(s.portNetwork, Qt::UserRole);
                    rows.append({textItem(QString::fromStdString(s.name)), numberItem(s.port), network,
                                 textItem(QString::fromStdString(s.protocol)), textItem(joinList(s.aliases))});
                }
                setRows(std::move(rows), us);
            });
    connect(&lookups_, &LookupService::serviceFound, this, &ServicesPage::showResult);

    setTabOrder(box_->field(), protoCombo_);
    setTabOrder(protoCombo_, box_->lookUpButton());
    chainTableTabOrder(box_->copyButton());
}

QString ServicesPage::title() const { return tr("Services"); }

QString ServicesPage::summary() const
{
    return tr("The services database: getservent, setservent(stayopen), getservbyname and getservbyport, "
              "with s_port in network byte order.");
}

QWidget* ServicesPage::firstField() const { return box_->field(); }

LookupService::RequestId ServicesPage::requestList(bool stayOpen) { return lookups_.listServices(stayOpen); }

QString ServicesPage::selectedProto() const { return protoCombo_->currentData().toString(); }

void ServicesPage::selectProto(const QString& proto)
{
    const int index = protoCombo_->findData(proto);
    protoCombo_->setCurrentIndex(index >= 0 ? index : 0);
}

void ServicesPage::lookUp(const QString& text, const QString& proto)
{
    box_->field()->setText(text);
    selectProto(proto);
    submit();
}

void ServicesPage::submit()
{
    const QString text = box_->text();
    if (text.isEmpty()) {
        box_->feedback()->setError(tr("Type a service name (such as http) or a port from 0 to 65535."));
        return;
    }
    lastQuery_ = text;
    const std::string proto = selectedProto().toStdString();
    if (DatabaseLookupBox::looksLikeNumber(text)) {
        const ParsedNumber n = parseUnsigned(text.toStdString(), maxPort);
        if (!n.ok()) {
            box_->feedback()->setError(CodecMessages::numberError(n, text, tr("Port"), maxPort));
            return;
        }
        box_->feedback()->clearError();
        lookupId_ = lookups_.serviceByPort(static_cast<int>(n.value), proto);
    } else {
        box_->feedback()->clearError();
        lookupId_ = lookups_.serviceByName(text.toStdString(), proto);
    }
    box_->showRunning();
}

void ServicesPage::showResult(quint64 id, const ServiceLookup& result, qint64 durationUs)
{
    if (id != lookupId_)
        return; // an older lookup, superseded by a newer one
    lookupId_ = 0;
    showCall(box_->callLabel(), result.function, durationUs);
    if (!result.entry) {
        portLabel_->setText(QStringLiteral("—"));
        const QString proto = selectedProto().isEmpty() ? tr("any protocol") : selectedProto();
        box_->showNotFound(
            result.err ? tr("%1 failed: %2")
                             .arg(QString::fromStdString(result.function), QString::fromStdString(errnoDescription(result.err)))
                       : tr("No service “%1” for %2 in the database: %3 returned 0 with the result pointer set "
                            "to NULL. Check the name (case-sensitive) or the port, or choose another protocol.")
                             .arg(lastQuery_, proto, QString::fromStdString(result.function)));
        return;
    }
    const ServiceEntry& e = *result.entry;
    const QString name = QString::fromStdString(e.name);
    const QString proto = QString::fromStdString(e.protocol);
    const QString aliases = joinList(e.aliases);
    box_->showFound(tr("s_name %1 · s_proto %2 · s_aliases %3").arg(name, proto, aliases),
                    QStringLiteral("%1\t%2/%3\t%4\ts_port=%5").arg(name).arg(e.port).arg(proto, aliases, hex16(e.portNetwork)));
    const bool little = hostEndianness() == Endianness::Little;
    portLabel_->setText(
        tr("%1 as stored (network byte order; this %2 host reads those two bytes as %3), so the port is "
           "ntohs(s_port) = %4. htons does the opposite: a program passes htons(%4) = %1 to getservbyport.")
            .arg(hex16(e.portNetwork), little ? tr("little-endian") : tr("big-endian"))
            .arg(e.portNetwork)
            .arg(e.port));
}

void ServicesPage::restoreInputs(const QSettings& settings)
{
    box_->field()->setText(settings.value(QStringLiteral("query"), QStringLiteral("http")).toString());
    selectProto(settings.value(QStringLiteral("proto"), QStringLiteral("tcp")).toString());
    restoreTableInputs(settings);
}

void ServicesPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("query"), box_->field()->text());
    settings.setValue(QStringLiteral("proto"), selectedProto());
    saveTableInputs(settings);
}

void ServicesPage::showExample()
{
    setFilterText(QStringLiteral("http"));
    lookUp(QStringLiteral("http"), QStringLiteral("tcp"));
}

} // namespace sockscope
