#include "ProtocolsPage.h"

#include "CodecMessages.h"
#include "CopyButton.h"
#include "DatabaseLookupBox.h"
#include "ErrnoInfo.h"
#include "FieldFeedback.h"
#include "NumberParser.h"
#include "PageHeader.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardItem>
#include <QVBoxLayout>

namespace sockscope {

namespace {
constexpr std::uint64_t maxProtocolNumber = 255; // the IP header's protocol field is one byte
} // namespace

ProtocolsPage::ProtocolsPage(LookupService& lookups, QWidget* parent) : DatabasePage(lookups, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("/etc/protocols names the protocols that can ride on IP, with the number carried in the IP "
           "header's protocol field: tcp is 6, udp is 17. getprotoent reads it entry by entry as a "
           "struct protoent (p_name, p_aliases, p_proto); setprotoent rewinds to the start and "
           "endprotoent closes the file. getprotobyname and getprotobynumber find a single entry. "
           "None of them is thread-safe, so SockScope holds one lock around each whole sequence and "
           "uses the reentrant _r variants for single lookups.")));

    box_ = new DatabaseLookupBox(
        {QStringLiteral("protocol"), tr("One protocol: getprotobyname_r or getprotobynumber_r"), tr("&Name or number:"),
         tr("tcp, udp, icmp… or a number such as 6"),
         tr("A name (const char *name of getprotobyname, matched against p_name and p_aliases) or a number "
            "0–255 (int proto of getprotobynumber). Enter looks it up."),
         tr("Runs getprotobynumber_r for a number, getprotobyname_r for a name, on a worker thread."),
         tr("The struct protoent found: p_name (official name), p_proto (number), p_aliases (other names)."),
         tr("the protocol entry")});
    connect(box_, &DatabaseLookupBox::copied, this, &Page::statusMessage);
    layout->addWidget(box_);

    addTableBox(layout,
                {QStringLiteral("protocols"),
                 QStringLiteral("setprotoent"),
                 QStringLiteral("getprotoent"),
                 QStringLiteral("endprotoent"),
                 {tr("p_name"), tr("p_proto"), tr("p_aliases")},
                 {tr("char *p_name: the official name of the protocol."),
                  tr("int p_proto: the protocol number, as in the IP header (host byte order: one byte needs no conversion)."),
                  tr("char **p_aliases: other names for it, NULL-terminated.")},
                 tr("What stayopen does in glibc today: setprotoent(1) keeps /etc/protocols open, so "
                    "getprotobyname and getprotobynumber reuse the open file instead of closing it after "
                    "each query as they do after setprotoent(0). It also rewinds getprotoent to the first "
                    "entry. It changes only how the file is handled, never the answers: the list is the "
                    "same either way.")});

    connect(box_, &DatabaseLookupBox::submitted, this, &ProtocolsPage::submit);
    connect(&lookups_, &LookupService::protocolsListed, this,
            [this](quint64 id, const ProtocolList& list, qint64 us) {
                if (!takeList(id))
                    return;
                QList<QList<QStandardItem*>> rows;
                rows.reserve(static_cast<qsizetype>(list.size()));
                for (const ProtocolEntry& p : list)
                    rows.append({textItem(QString::fromStdString(p.name)), numberItem(p.number),
                                 textItem(joinList(p.aliases))});
                setRows(std::move(rows), us);
            });
    connect(&lookups_, &LookupService::protocolFound, this, &ProtocolsPage::showResult);

    chainTableTabOrder(box_->copyButton());
}

QString ProtocolsPage::title() const { return tr("Protocols"); }

QString ProtocolsPage::summary() const
{
    return tr("The protocols database: getprotoent, setprotoent(stayopen), getprotobyname and getprotobynumber.");
}

QWidget* ProtocolsPage::firstField() const { return box_->field(); }

LookupService::RequestId ProtocolsPage::requestList(bool stayOpen) { return lookups_.listProtocols(stayOpen); }

void ProtocolsPage::lookUp(const QString& text)
{
    box_->field()->setText(text);
    submit();
}

void ProtocolsPage::submit()
{
    const QString text = box_->text();
    if (text.isEmpty()) {
        box_->feedback()->setError(tr("Type a protocol name (such as tcp) or a number from 0 to 255."));
        return;
    }
    lastQuery_ = text;
    if (DatabaseLookupBox::looksLikeNumber(text)) {
        const ParsedNumber n = parseUnsigned(text.toStdString(), maxProtocolNumber);
        if (!n.ok()) {
            box_->feedback()->setError(CodecMessages::numberError(n, text, tr("Protocol number"), maxProtocolNumber));
            return;
        }
        box_->feedback()->clearError();
        lookupId_ = lookups_.protocolByNumber(static_cast<int>(n.value));
    } else {
        box_->feedback()->clearError();
        lookupId_ = lookups_.protocolByName(text.toStdString());
    }
    box_->showRunning();
}

void ProtocolsPage::showResult(quint64 id, const ProtocolLookup& result, qint64 durationUs)
{
    if (id != lookupId_)
        return; // an older lookup, superseded by a newer one
    lookupId_ = 0;
    showCall(box_->callLabel(), result.function, durationUs);
    if (!result.entry) {
        box_->showNotFound(result.err ? tr("%1 failed: %2")
                                            .arg(QString::fromStdString(result.function),
                                                 QString::fromStdString(errnoDescription(result.err)))
                                      : tr("No protocol “%1” in the database: %2 returned 0 with the result pointer "
                                           "set to NULL. Check the spelling (names are case-sensitive) or the number.")
                                            .arg(lastQuery_, QString::fromStdString(result.function)));
        return;
    }
    const ProtocolEntry& e = *result.entry;
    const QString name = QString::fromStdString(e.name);
    const QString aliases = joinList(e.aliases);
    box_->showFound(tr("p_name %1 · p_proto %2 · p_aliases %3").arg(name).arg(e.number).arg(aliases),
                    QStringLiteral("%1\t%2\t%3").arg(name).arg(e.number).arg(aliases));
}

void ProtocolsPage::restoreInputs(const QSettings& settings)
{
    box_->field()->setText(settings.value(QStringLiteral("query"), QStringLiteral("tcp")).toString());
    restoreTableInputs(settings);
}

void ProtocolsPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("query"), box_->field()->text());
    saveTableInputs(settings);
}

void ProtocolsPage::showExample()
{
    setFilterText(QString());
    lookUp(QStringLiteral("6"));
}

} // namespace sockscope
