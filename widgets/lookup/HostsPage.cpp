#include "HostsPage.h"

#include "AddressCodec.h"
#include "CodecMessages.h"
#include "CopyButton.h"
#include "FieldFeedback.h"
#include "PageHeader.h"
#include "PaletteColors.h"
#include "ResolverMessages.h"
#include "SocketConstants.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItem>
#include <QVBoxLayout>

namespace sockscope {

namespace {

QString familyText(int family) { return QString::fromStdString(familySymbol(family)); }

} // namespace

HostsPage::HostsPage(LookupService& lookups, QWidget* parent)
    : DatabasePage(lookups, parent),
      nameEdit_(new QLineEdit),
      nameFeedback_(nullptr),
      familyCombo_(new QComboBox),
      nameButton_(new QPushButton(tr("Run gethostbyname&2_r"))),
      addressEdit_(new QLineEdit),
      addressFeedback_(nullptr),
      addressButton_(new QPushButton(tr("Run gethostby&addr_r"))),
      resultLabel_(new QLabel),
      callLabel_(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("The hosts database maps names to addresses: /etc/hosts, then whatever else nsswitch.conf "
           "lists (here DNS). gethostent reads it entry by entry as a struct hostent (h_name, "
           "h_aliases, h_addrtype, h_length, h_addr_list); sethostent rewinds, endhostent closes. "
           "gethostbyname and gethostbyaddr look up one host, in the files and through DNS. None of them "
           "is thread-safe; SockScope holds one lock around each whole sequence and uses the reentrant "
           "_r variants for single lookups.")));

    auto* lookupBox = new QGroupBox(tr("One host, the legacy way: gethostbyname2_r and gethostbyaddr_r"));
    auto* grid = new QGridLayout(lookupBox);
    const int fieldWidth = fontMetrics().averageCharWidth() * 46;

    nameEdit_->setObjectName(QStringLiteral("hostNameEdit"));
    nameEdit_->setPlaceholderText(tr("localhost"));
    nameEdit_->setToolTip(tr("const char *name: the host name to look up in /etc/hosts and then DNS. "
                             "A name not in /etc/hosts is sent to the configured DNS server. Enter looks it up."));
    nameEdit_->setClearButtonEnabled(true);
    nameEdit_->setMaximumWidth(fieldWidth);
    nameFeedback_ = new FieldFeedback(nameEdit_);
    familyCombo_->setObjectName(QStringLiteral("hostFamilyCombo"));
    familyCombo_->addItem(QStringLiteral("AF_INET"), familyInet());
    familyCombo_->addItem(QStringLiteral("AF_INET6"), familyInet6());
    familyCombo_->setToolTip(tr("int af of gethostbyname2: the one address family to return. A legacy "
                                "lookup answers for a single family; getaddrinfo with AF_UNSPEC gets both at once."));
    nameButton_->setObjectName(QStringLiteral("hostNameButton"));
    nameButton_->setToolTip(tr("Runs gethostbyname2_r(name, af, …) on a worker thread."));
    auto* nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(nameEdit_);
    grid->addWidget(nameLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(nameFeedback_->fieldWithMessage(), 0, 1);
    grid->addWidget(familyCombo_, 0, 2, Qt::AlignTop);
    grid->addWidget(nameButton_, 0, 3, Qt::AlignTop | Qt::AlignLeft);

    addressEdit_->setObjectName(QStringLiteral("hostAddressEdit"));
    addressEdit_->setPlaceholderText(tr("127.0.0.1 or ::1"));
    addressEdit_->setToolTip(tr("const void *addr: the address whose name is wanted, typed as IPv4 or IPv6 "
                                "text; SockScope converts it with inet_pton and passes its length and "
                                "family (AF_INET or AF_INET6). Enter looks it up."));
    addressEdit_->setClearButtonEnabled(true);
    addressEdit_->setMaximumWidth(fieldWidth);
    addressFeedback_ = new FieldFeedback(addressEdit_);
    addressButton_->setObjectName(QStringLiteral("hostAddressButton"));
    addressButton_->setToolTip(tr("Runs gethostbyaddr_r(addr, len, type, …) on a worker thread."));
    auto* addressLabel = new QLabel(tr("A&ddress:"));
    addressLabel->setBuddy(addressEdit_);
    grid->addWidget(addressLabel, 1, 0, Qt::AlignTop);
    grid->addWidget(addressFeedback_->fieldWithMessage(), 1, 1);
    grid->addWidget(addressButton_, 1, 3, Qt::AlignTop | Qt::AlignLeft);

    resultLabel_->setObjectName(QStringLiteral("hostResultLabel"));
    resultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLabel_->setWordWrap(true);
    resultLabel_->setToolTip(tr("The struct hostent found: h_name, h_aliases, h_addrtype, h_length and "
                                "h_addr_list (each address shown with inet_ntop)."));
    auto* copy = new CopyButton([this] { return resultForCopy_; }, tr("the host entry"));
    connect(copy, &CopyButton::copied, this, &Page::statusMessage);
    grid->addWidget(new QLabel(tr("Result:")), 2, 0, Qt::AlignTop);
    grid->addWidget(resultLabel_, 2, 1, 1, 2);
    grid->addWidget(copy, 2, 3, Qt::AlignTop | Qt::AlignLeft);
    callLabel_->setObjectName(QStringLiteral("hostCallLabel"));
    callLabel_->setToolTip(tr("The C function that actually ran (the journal shows the call) and how long it took."));
    grid->addWidget(new QLabel(tr("Call:")), 3, 0);
    grid->addWidget(callLabel_, 3, 1, 1, 4);
    grid->setColumnStretch(4, 1); // the fields keep their width; the rest of the row stays empty
    grid->setColumnMinimumWidth(1, fieldWidth);

    auto* why = new QLabel(
        tr("Why getaddrinfo replaced them: gethostbyname and gethostbyaddr return a pointer to one static "
           "struct that the next call overwrites, so they are not thread-safe (the _r variants need a "
           "caller's buffer and are not in POSIX). They answer for one address family at a time, know "
           "nothing of ports, services or socket types, and report failure in h_errno (HOST_NOT_FOUND, "
           "TRY_AGAIN…) rather than errno or an EAI_* code. getaddrinfo does all of that in one "
           "reentrant call and returns ready-to-use socket addresses: see the Name resolution page."));
    why->setObjectName(QStringLiteral("hostLegacyNote"));
    why->setWordWrap(true);
    grid->addWidget(why, 4, 0, 1, 5);
    layout->addWidget(lookupBox);

    addTableBox(
        layout,
        {QStringLiteral("hosts"),
         QStringLiteral("sethostent"),
         QStringLiteral("gethostent"),
         QStringLiteral("endhostent"),
         {tr("h_name"), tr("h_aliases"), tr("h_addrtype"), tr("h_addr_list")},
         {tr("char *h_name: the official name of the host."),
          tr("char **h_aliases: other names for it, NULL-terminated."),
          tr("int h_addrtype: the family of the addresses, AF_INET or AF_INET6 (h_length is 4 or 16 bytes)."),
          tr("char **h_addr_list: the addresses, in network byte order, shown with inet_ntop.")},
         tr("What stayopen does in glibc today: for /etc/hosts, sethostent(1) keeps the file open so that "
            "later gethostbyname and gethostbyaddr calls reuse it, and it rewinds gethostent to the first "
            "entry. gethostent lists the files only: DNS cannot be enumerated. The chapter says that "
            "sethostent(1) makes gethostby* ask DNS over TCP and keep that connection open. glibc 2.36 on "
            "this system does not: watched with strace against a private DNS server, the queries still go "
            "out over UDP and the socket is closed again after every call.")});

    connect(nameEdit_, &QLineEdit::returnPressed, this, &HostsPage::submitName);
    connect(nameEdit_, &QLineEdit::textEdited, nameFeedback_, &FieldFeedback::clearError);
    connect(nameButton_, &QPushButton::clicked, this, &HostsPage::submitName);
    connect(addressEdit_, &QLineEdit::returnPressed, this, &HostsPage::submitAddress);
    connect(addressEdit_, &QLineEdit::textEdited, addressFeedback_, &FieldFeedback::clearError);
    connect(addressButton_, &QPushButton::clicked, this, &HostsPage::submitAddress);
    connect(&lookups_, &LookupService::hostsListed, this, [this](quint64 id, const HostList& list, qint64 us) {
        if (!takeList(id))
            return;
        QList<QList<QStandardItem*>> rows;
        rows.reserve(static_cast<qsizetype>(list.size()));
        for (const HostEntry& h : list)
            rows.append({textItem(QString::fromStdString(h.name)), textItem(joinList(h.aliases)),
                         textItem(familyText(h.addrType)), textItem(joinList(h.addresses))});
        setRows(std::move(rows), us);
    });
    connect(&lookups_, &LookupService::hostFound, this, &HostsPage::showResult);

    setTabOrder(nameEdit_, familyCombo_);
    setTabOrder(familyCombo_, nameButton_);
    setTabOrder(nameButton_, addressEdit_);
    setTabOrder(addressEdit_, addressButton_);
    setTabOrder(addressButton_, copy);
    chainTableTabOrder(copy);
}

QString HostsPage::title() const { return tr("Hosts"); }

QString HostsPage::summary() const
{
    return tr("The hosts database: gethostent, sethostent(stayopen), and the legacy gethostbyname and "
              "gethostbyaddr that getaddrinfo replaced.");
}

QWidget* HostsPage::firstField() const { return nameEdit_; }

LookupService::RequestId HostsPage::requestList(bool stayOpen) { return lookups_.listHosts(stayOpen); }

void HostsPage::lookUpName(const QString& name, int family)
{
    nameEdit_->setText(name);
    const int index = familyCombo_->findData(family);
    if (index >= 0)
        familyCombo_->setCurrentIndex(index);
    submitName();
}

void HostsPage::lookUpAddress(const QString& address)
{
    addressEdit_->setText(address);
    submitAddress();
}

void HostsPage::submitName()
{
    const QString name = nameEdit_->text().trimmed();
    if (name.isEmpty()) {
        nameFeedback_->setError(tr("Type a host name, such as localhost."));
        return;
    }
    nameFeedback_->clearError();
    lastQuery_ = name;
    lastByAddress_ = false;
    lastFamily_ = familyCombo_->currentData().toInt();
    lookupId_ = lookups_.hostByName(name.toStdString(), familyCombo_->currentData().toInt());
    callLabel_->setText(tr("Running…"));
}

void HostsPage::submitAddress()
{
    const QString text = addressEdit_->text().trimmed();
    const PtonResult r = presentationToNetworkAuto(text.toStdString());
    if (!r.ok()) {
        QString message = tr("Type an IPv4 or IPv6 address, such as 127.0.0.1.");
        if (!text.isEmpty())
            message = tr("“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both).").arg(text)
                      + QLatin1Char(' ') + CodecMessages::allowedAddressForm(familyInet()) + QLatin1Char(' ')
                      + CodecMessages::allowedAddressForm(familyInet6());
        addressFeedback_->setError(message);
        return;
    }
    addressFeedback_->clearError();
    lastQuery_ = text;
    lastByAddress_ = true;
    lastFamily_ = r.family;
    lookupId_ = lookups_.hostByAddress(text.toStdString(), r.family);
    callLabel_->setText(tr("Running…"));
}

void HostsPage::setResultError(const QString& text)
{
    QPalette p;
    p.setColor(QPalette::WindowText, errorTextColor(palette()));
    resultLabel_->setPalette(p);
    resultLabel_->setText(text);
    resultForCopy_.clear();
}

void HostsPage::showResult(quint64 id, const HostLookup& result, qint64 durationUs)
{
    if (id != lookupId_)
        return; // an older lookup, superseded by a newer one
    lookupId_ = 0;
    showCall(callLabel_, result.function, durationUs);
    if (!result.entry) {
        const QString function = QString::fromStdString(result.function);
        const QString codes = result.hErrno != 0
                                  ? tr("%1 returned no entry; h_errno is %2 (%3).")
                                        .arg(function, QString::fromStdString(hErrnoSymbol(result.hErrno)),
                                             QString::fromStdString(hErrnoText(result.hErrno)))
                                  : tr("%1 returned no entry.").arg(function);
        setResultError(codes + QLatin1Char(' ')
                       + ResolverMessages::hostError(result.hErrno, result.err, lastQuery_, lastByAddress_, lastFamily_));
        return;
    }
    resultLabel_->setPalette(QPalette());
    const HostEntry& h = *result.entry;
    const QString name = QString::fromStdString(h.name);
    const QString aliases = joinList(h.aliases);
    const QString addresses = joinList(h.addresses);
    resultLabel_->setText(tr("h_name %1 · h_aliases %2 · h_addrtype %3 · h_length %4 · h_addr_list %5")
                              .arg(name, aliases, familyText(h.addrType))
                              .arg(h.length)
                              .arg(addresses));
    resultForCopy_ = QStringLiteral("%1\t%2\t%3\t%4").arg(name, aliases, familyText(h.addrType), addresses);
}

void HostsPage::restoreInputs(const QSettings& settings)
{
    nameEdit_->setText(settings.value(QStringLiteral("name"), QStringLiteral("localhost")).toString());
    addressEdit_->setText(settings.value(QStringLiteral("address"), QStringLiteral("127.0.0.1")).toString());
    const int index = familyCombo_->findText(settings.value(QStringLiteral("family"), QStringLiteral("AF_INET")).toString());
    familyCombo_->setCurrentIndex(std::max(0, index));
    restoreTableInputs(settings);
}

void HostsPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("name"), nameEdit_->text());
    settings.setValue(QStringLiteral("address"), addressEdit_->text());
    settings.setValue(QStringLiteral("family"), familyCombo_->currentText());
    saveTableInputs(settings);
}

void HostsPage::showExample()
{
    setFilterText(QString());
    // Only names /etc/hosts has: the example never sends a DNS query.
    lookUpName(QStringLiteral("localhost"), familyInet());
}

} // namespace sockscope
