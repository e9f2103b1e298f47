#include "ResolverPage.h"

#include "AddrInfoChainView.h"
#include "AddressCodec.h"
#include "BusyIndicator.h"
#include "CodecMessages.h"
#include "CopyButton.h"
#include "FieldFeedback.h"
#include "NumberParser.h"
#include "PageHeader.h"
#include "PaletteColors.h"
#include "ResolverMessages.h"
#include "SocketConstants.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <string_view>

namespace sockscope {

namespace {

constexpr std::uint64_t maxPort = 65535;
constexpr std::uint64_t maxProtocol = 255;
constexpr int flagColumns = 4;

enum TableColumn {
    FlagsColumn,
    FamilyColumn,
    SocktypeColumn,
    ProtocolColumn,
    AddrlenColumn,
    AddressColumn,
    PortColumn,
    ScopeColumn,
    CanonnameColumn,
    ColumnCount
};

// What each flag does, in the page's words (shown as the checkbox's tooltip).
QString addrInfoFlagTip(const QString& name)
{
    if (name == QLatin1String("AI_PASSIVE"))
        return ResolverPage::tr("For a server: with node NULL, the address returned is the wildcard (0.0.0.0 or ::) "
                                "to bind() to, instead of the loopback address. It has no effect when a node is given.");
    if (name == QLatin1String("AI_CANONNAME"))
        return ResolverPage::tr("Also find the host's canonical (official) name; it is put in ai_canonname of the "
                                "first entry only. Needs a node.");
    if (name == QLatin1String("AI_NUMERICHOST"))
        return ResolverPage::tr("The node must be a numeric address: no name lookup is made, so no DNS query is sent. "
                                "A name fails with EAI_NONAME.");
    if (name == QLatin1String("AI_NUMERICSERV"))
        return ResolverPage::tr("The service must be a port number: the services database is not searched. A "
                                "service name fails with EAI_NONAME.");
    if (name == QLatin1String("AI_V4MAPPED"))
        return ResolverPage::tr("With ai_family AF_INET6: when the host has no IPv6 address, return its IPv4 "
                                "addresses as IPv4-mapped IPv6 addresses (::ffff:a.b.c.d).");
    if (name == QLatin1String("AI_ALL"))
        return ResolverPage::tr("Together with AI_V4MAPPED: return the IPv6 addresses and the mapped IPv4 ones, not "
                                "the IPv4 ones only when there is no IPv6 address.");
    if (name == QLatin1String("AI_ADDRCONFIG"))
        return ResolverPage::tr("Return IPv4 addresses only if this machine has an IPv4 address configured, and IPv6 "
                                "ones only if it has an IPv6 address (loopback addresses do not count).");
    if (name == QLatin1String("AI_IDN"))
        return ResolverPage::tr("A glibc extension: a node written in Unicode letters (bücher.example) is converted "
                                "to its ASCII form (IDNA) before the lookup.");
    return name;
}

QString nameInfoFlagTip(const QString& name)
{
    if (name == QLatin1String("NI_NUMERICHOST"))
        return ResolverPage::tr("Give back the address as text instead of looking up its host name (no DNS query).");
    if (name == QLatin1String("NI_NUMERICSERV"))
        return ResolverPage::tr("Give back the port as a number instead of looking up its service name.");
    if (name == QLatin1String("NI_NAMEREQD"))
        return ResolverPage::tr("Fail with EAI_NONAME when no host name is found, instead of giving back the address "
                                "as text.");
    if (name == QLatin1String("NI_NOFQDN"))
        return ResolverPage::tr("For a host in the local domain, give back only the first label of its name (the part "
                                "before the first dot).");
    if (name == QLatin1String("NI_DGRAM"))
        return ResolverPage::tr("Look up the service name for UDP instead of TCP (a few ports have different names "
                                "for the two).");
    return name;
}

QString symbolText(const std::string& symbol, int value)
{
    const QString s = QString::fromStdString(symbol);
    return s == QString::number(value) ? s : QStringLiteral("%1 (%2)").arg(s).arg(value);
}

int flagValue(const char* name)
{
    for (const FlagName& f : addrInfoFlags())
        if (std::string_view(f.name) == name)
            return f.value;
    return 0;
}

// EAI_NONAME because AI_NUMERICSERV met a service name (and not because of the node).
bool blamesService(const std::optional<std::string>& node, const std::optional<std::string>& service, int flags)
{
    const int numericHost = flagValue("AI_NUMERICHOST");
    const int numericServ = flagValue("AI_NUMERICSERV");
    const bool badService = service && (flags & numericServ) && !service->empty()
                            && !std::all_of(service->begin(), service->end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!badService)
        return false;
    // Both flags: the node is checked first (inet_pton here only when it matters, as it is journalled).
    return !(node && (flags & numericHost) && !presentationToNetworkAuto(node->substr(0, node->find('%'))).ok());
}

std::optional<std::string> nullIfEmpty(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text.toStdString();
}

} // namespace

ResolverPage::ResolverPage(LookupService& lookups, QWidget* parent)
    : Page(parent),
      lookups_(lookups),
      nodeEdit_(new QLineEdit),
      nodeFeedback_(nullptr),
      serviceEdit_(new QLineEdit),
      serviceFeedback_(nullptr),
      familyCombo_(new QComboBox),
      socktypeCombo_(new QComboBox),
      protocolEdit_(new QLineEdit),
      protocolFeedback_(nullptr),
      flagsMessage_(new QLabel),
      runButton_(new QPushButton(tr("&Run getaddrinfo"))),
      cancelButton_(new QPushButton(tr("Cancel"))),
      addrInfoBusy_(new BusyIndicator),
      addrInfoStatus_(new QLabel),
      chainView_(new AddrInfoChainView),
      chainTable_(new QTableWidget(0, ColumnCount)),
      niAddressEdit_(new QLineEdit),
      niAddressFeedback_(nullptr),
      niPortEdit_(new QLineEdit),
      niPortFeedback_(nullptr),
      niRunButton_(new QPushButton(tr("Run &getnameinfo"))),
      niCancelButton_(new QPushButton(tr("Cancel"))),
      nameInfoBusy_(new BusyIndicator),
      niHostLabel_(new QLabel),
      niServiceLabel_(new QLabel),
      nameInfoStatus_(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("getaddrinfo turns a host (node) and a service into a list of ready-made socket addresses: each "
           "struct addrinfo carries the three arguments for socket() and the address for bind() or connect(). "
           "It searches /etc/hosts and DNS for both families in one reentrant call and reports failure as an "
           "EAI_* code for gai_strerror, not in errno. getnameinfo goes the other way, from a socket address "
           "to a host and a service name. A lookup can wait seconds for DNS, so it runs on a worker thread; "
           "it cannot be interrupted, so Cancel only throws its result away.")));
    layout->addWidget(createAddrInfoBox());
    layout->addWidget(createResultBox());
    layout->addWidget(createNameInfoBox());
    auto* legacy = new QLabel(tr("For comparison, the legacy gethostbyname2_r and gethostbyaddr_r, and why getaddrinfo "
                                 "replaced them, are on the Hosts page."));
    legacy->setObjectName(QStringLiteral("resolverLegacyNote"));
    legacy->setWordWrap(true);
    layout->addWidget(legacy);
    layout->addStretch();
    // Across the boxes, now that they share a window.
    setTabOrder(cancelButton_, chainTable_);
    setTabOrder(addrInfoCopyButton_, niAddressEdit_);

    connect(&lookups_, &LookupService::addressResolved, this, &ResolverPage::showAddrInfo);
    connect(&lookups_, &LookupService::nameResolved, this, &ResolverPage::showNameInfo);
    connect(&lookups_, &LookupService::discarded, this, &ResolverPage::showDiscarded);

    // Esc cancels whatever runs on this page.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] {
        if (isAddrInfoRunning())
            cancelAddrInfo();
        if (isNameInfoRunning())
            cancelNameInfo();
    });
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    setAddrInfoIdle();
    setNameInfoIdle();
}

QWidget* ResolverPage::createAddrInfoBox()
{
    auto* box = new QGroupBox(tr("getaddrinfo(node, service, &&hints, &&res)"));
    auto* grid = new QGridLayout(box);
    const int charWidth = fontMetrics().averageCharWidth();

    nodeEdit_->setObjectName(QStringLiteral("resolverNodeEdit"));
    nodeEdit_->setPlaceholderText(tr("empty: NULL"));
    nodeEdit_->setToolTip(tr("const char *node: a host name (looked up in /etc/hosts, then DNS) or a numeric "
                             "IPv4/IPv6 address. Leave it empty to pass NULL: the local host's loopback address, "
                             "or the wildcard address with AI_PASSIVE."));
    nodeEdit_->setClearButtonEnabled(true);
    nodeEdit_->setMinimumWidth(charWidth * 24);
    nodeFeedback_ = new FieldFeedback(nodeEdit_);
    serviceEdit_->setObjectName(QStringLiteral("resolverServiceEdit"));
    serviceEdit_->setPlaceholderText(tr("empty: NULL"));
    serviceEdit_->setToolTip(tr("const char *service: a service name from /etc/services (http) or a port number "
                                "(80). Leave it empty to pass NULL: the port in the results is then 0."));
    serviceEdit_->setClearButtonEnabled(true);
    serviceFeedback_ = new FieldFeedback(serviceEdit_);
    auto* nodeLabel = new QLabel(tr("&node:"));
    nodeLabel->setBuddy(nodeEdit_);
    auto* serviceLabel = new QLabel(tr("&service:"));
    serviceLabel->setBuddy(serviceEdit_);
    grid->addWidget(nodeLabel, 0, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(nodeFeedback_->fieldWithMessage(), 0, 1, 1, 3, Qt::AlignTop);
    grid->addWidget(serviceLabel, 0, 4, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(serviceFeedback_->fieldWithMessage(), 0, 5, Qt::AlignTop);

    familyCombo_->setObjectName(QStringLiteral("resolverFamilyCombo"));
    familyCombo_->addItem(tr("AF_UNSPEC (either)"), familyUnspec());
    familyCombo_->addItem(QStringLiteral("AF_INET"), familyInet());
    familyCombo_->addItem(QStringLiteral("AF_INET6"), familyInet6());
    familyCombo_->setToolTip(tr("hints.ai_family: the family of the addresses wanted. AF_UNSPEC returns IPv4 and "
                                "IPv6 addresses alike."));
    socktypeCombo_->setObjectName(QStringLiteral("resolverSocktypeCombo"));
    socktypeCombo_->addItem(tr("0 (any)"), 0);
    socktypeCombo_->addItem(QStringLiteral("SOCK_STREAM"), socktypeStream());
    socktypeCombo_->addItem(QStringLiteral("SOCK_DGRAM"), socktypeDgram());
    socktypeCombo_->addItem(QStringLiteral("SOCK_RAW"), socktypeRaw());
    socktypeCombo_->setToolTip(tr("hints.ai_socktype: the socket type wanted. 0 returns one entry per type the "
                                  "service exists for (stream, datagram, raw)."));
    protocolEdit_->setObjectName(QStringLiteral("resolverProtocolEdit"));
    protocolEdit_->setPlaceholderText(QStringLiteral("0"));
    protocolEdit_->setToolTip(tr("hints.ai_protocol: 0 for any, or a protocol number 0–255 such as 6 "
                                 "(IPPROTO_TCP) or 17 (IPPROTO_UDP); empty means 0."));
    protocolEdit_->setMaximumWidth(charWidth * 14);
    protocolFeedback_ = new FieldFeedback(protocolEdit_);
    auto* familyLabel = new QLabel(tr("ai_fa&mily:"));
    familyLabel->setBuddy(familyCombo_);
    auto* socktypeLabel = new QLabel(tr("ai_sock&type:"));
    socktypeLabel->setBuddy(socktypeCombo_);
    auto* protocolLabel = new QLabel(tr("ai_&protocol:"));
    protocolLabel->setBuddy(protocolEdit_);
    grid->addWidget(familyLabel, 1, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(familyCombo_, 1, 1, Qt::AlignTop);
    grid->addWidget(socktypeLabel, 1, 2, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(socktypeCombo_, 1, 3, Qt::AlignTop);
    grid->addWidget(protocolLabel, 1, 4, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(protocolFeedback_->fieldWithMessage(), 1, 5, Qt::AlignTop | Qt::AlignLeft);

    auto* flagsLabel = new QLabel(tr("ai_flags:"));
    flagsLabel->setToolTip(tr("hints.ai_flags: the AI_* flags ORed together."));
    grid->addWidget(flagsLabel, 2, 0, Qt::AlignTop | Qt::AlignRight);
    auto* flagsGrid = new QGridLayout;
    int index = 0;
    for (const FlagName& flag : addrInfoFlags()) {
        const QString name = QString::fromLatin1(flag.name);
        auto* check = new QCheckBox(name);
        check->setObjectName(QStringLiteral("resolverFlag_") + name);
        check->setProperty("flagValue", flag.value);
        check->setToolTip(addrInfoFlagTip(name));
        flagsGrid->addWidget(check, index / flagColumns, index % flagColumns);
        addrInfoFlagChecks_.push_back(check);
        ++index;
    }
    flagsMessage_->setObjectName(QStringLiteral("resolverFlagsMessage"));
    flagsMessage_->setWordWrap(true);
    flagsMessage_->hide();
    flagsGrid->addWidget(flagsMessage_, (index + flagColumns - 1) / flagColumns, 0, 1, flagColumns);
    grid->addLayout(flagsGrid, 2, 1, 1, 5);

    runButton_->setObjectName(QStringLiteral("resolverRunButton"));
    runButton_->setToolTip(tr("Calls getaddrinfo with these arguments on a worker thread (Enter)."));
    cancelButton_->setObjectName(QStringLiteral("resolverCancelButton"));
    cancelButton_->setToolTip(tr("Stops waiting (Esc). getaddrinfo itself cannot be interrupted: it runs to the end "
                                 "in its thread, and its result is thrown away when it arrives."));
    addrInfoBusy_->setObjectName(QStringLiteral("resolverBusy"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(addrInfoBusy_, 1);
    buttons->addStretch(1);
    grid->addLayout(buttons, 3, 1, 1, 5);
    addrInfoStatus_->setObjectName(QStringLiteral("resolverStatusLabel"));
    addrInfoStatus_->setWordWrap(true);
    addrInfoStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addrInfoStatus_->setToolTip(tr("getaddrinfo's return value: 0, or an EAI_* code with gai_strerror's text; and "
                                   "how long the call took."));
    grid->addWidget(addrInfoStatus_, 4, 1, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(5, 1);

    connect(runButton_, &QPushButton::clicked, this, &ResolverPage::runAddrInfo);
    connect(cancelButton_, &QPushButton::clicked, this, &ResolverPage::cancelAddrInfo);
    for (QLineEdit* edit : {nodeEdit_, serviceEdit_, protocolEdit_})
        connect(edit, &QLineEdit::textEdited, this, &ResolverPage::clearAddrInfoFeedback);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* enter = new QShortcut(QKeySequence(key), box, [this] {
            if (!isAddrInfoRunning())
                runAddrInfo();
        });
        enter->setContext(Qt::WidgetWithChildrenShortcut);
    }

    setTabOrder(nodeEdit_, serviceEdit_);
    setTabOrder(serviceEdit_, familyCombo_);
    setTabOrder(familyCombo_, socktypeCombo_);
    setTabOrder(socktypeCombo_, protocolEdit_);
    QWidget* previous = protocolEdit_;
    for (QCheckBox* check : addrInfoFlagChecks_) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, runButton_);
    setTabOrder(runButton_, cancelButton_);
    return box;
}

QWidget* ResolverPage::createResultBox()
{
    auto* box = new QGroupBox(tr("The list in res: struct addrinfo nodes linked by ai_next"));
    auto* layout = new QVBoxLayout(box);
    chainView_->setObjectName(QStringLiteral("addrInfoChain"));
    chainView_->setAccessibleName(tr("The addrinfo list"));
    layout->addWidget(chainView_);

    chainTable_->setObjectName(QStringLiteral("addrInfoTable"));
    chainTable_->setHorizontalHeaderLabels({QStringLiteral("ai_flags"), QStringLiteral("ai_family"),
                                            QStringLiteral("ai_socktype"), QStringLiteral("ai_protocol"),
                                            QStringLiteral("ai_addrlen"), tr("address"), tr("port"),
                                            tr("scope id"), QStringLiteral("ai_canonname")});
    const QString tips[ColumnCount] = {
        tr("int ai_flags of the entry."),
        tr("int ai_family: the first argument for socket()."),
        tr("int ai_socktype: the second argument for socket()."),
        tr("int ai_protocol: the third argument for socket()."),
        tr("socklen_t ai_addrlen: the size of *ai_addr."),
        tr("The address in *ai_addr (sin_addr or sin6_addr), as inet_ntop writes it."),
        tr("The port in *ai_addr (sin_port or sin6_port), converted with ntohs."),
        tr("sin6_scope_id: the interface of a link-local IPv6 address (0 otherwise, and for IPv4)."),
        tr("char *ai_canonname: set in the first entry only, with AI_CANONNAME.")};
    for (int c = 0; c < ColumnCount; ++c)
        chainTable_->horizontalHeaderItem(c)->setToolTip(tips[c]);
    chainTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    chainTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    chainTable_->setWordWrap(false);
    chainTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    chainTable_->horizontalHeader()->setStretchLastSection(true);
    chainTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long flags or a long canonical name scroll the table sideways rather than being cut; the table
    // grows by the scroll bar's height while it shows one (see fitTableHeight).
    chainTable_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(chainTable_->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &ResolverPage::fitTableHeight);
    chainTable_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    chainTable_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(chainTable_, 1);
    auto* copy = new CopyButton([this] { return tableText(); }, tr("the addrinfo list"));
    copy->setObjectName(QStringLiteral("addrInfoCopyButton"));
    connect(copy, &CopyButton::copied, this, &Page::statusMessage);
    tableRow->addWidget(copy, 0, Qt::AlignTop);
    layout->addLayout(tableRow);
    setTabOrder(chainTable_, copy);
    addrInfoCopyButton_ = copy;
    fillTable({});
    return box;
}

QWidget* ResolverPage::createNameInfoBox()
{
    auto* box = new QGroupBox(tr("getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)"));
    auto* grid = new QGridLayout(box);
    const int charWidth = fontMetrics().averageCharWidth();

    niAddressEdit_->setObjectName(QStringLiteral("nameInfoAddressEdit"));
    niAddressEdit_->setPlaceholderText(tr("127.0.0.1 or ::1"));
    niAddressEdit_->setToolTip(tr("The address put into the socket address sa (sin_addr or sin6_addr): IPv4 or IPv6 "
                                  "text, with %interface for a link-local IPv6 address (sin6_scope_id)."));
    niAddressEdit_->setClearButtonEnabled(true);
    niAddressEdit_->setMinimumWidth(charWidth * 24);
    niAddressFeedback_ = new FieldFeedback(niAddressEdit_);
    niPortEdit_->setObjectName(QStringLiteral("nameInfoPortEdit"));
    niPortEdit_->setPlaceholderText(QStringLiteral("80"));
    niPortEdit_->setToolTip(tr("The port put into sa (sin_port or sin6_port, converted with htons): 0–65535."));
    niPortEdit_->setMaximumWidth(charWidth * 14);
    niPortFeedback_ = new FieldFeedback(niPortEdit_);
    auto* addressLabel = new QLabel(tr("a&ddress:"));
    addressLabel->setBuddy(niAddressEdit_);
    auto* portLabel = new QLabel(tr("p&ort:"));
    portLabel->setBuddy(niPortEdit_);
    grid->addWidget(addressLabel, 0, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(niAddressFeedback_->fieldWithMessage(), 0, 1, Qt::AlignTop);
    grid->addWidget(portLabel, 0, 2, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(niPortFeedback_->fieldWithMessage(), 0, 3, Qt::AlignTop | Qt::AlignLeft);

    auto* flagsLabel = new QLabel(tr("flags:"));
    flagsLabel->setToolTip(tr("int flags: the NI_* flags ORed together."));
    grid->addWidget(flagsLabel, 1, 0, Qt::AlignTop | Qt::AlignRight);
    auto* flagsRow = new QHBoxLayout;
    for (const FlagName& flag : nameInfoFlags()) {
        const QString name = QString::fromLatin1(flag.name);
        auto* check = new QCheckBox(name);
        check->setObjectName(QStringLiteral("nameInfoFlag_") + name);
        check->setProperty("flagValue", flag.value);
        check->setToolTip(nameInfoFlagTip(name));
        flagsRow->addWidget(check);
        nameInfoFlagChecks_.push_back(check);
    }
    flagsRow->addStretch();
    grid->addLayout(flagsRow, 1, 1, 1, 3);

    niRunButton_->setObjectName(QStringLiteral("nameInfoRunButton"));
    niRunButton_->setToolTip(tr("Calls getnameinfo on a worker thread (Enter)."));
    niCancelButton_->setObjectName(QStringLiteral("nameInfoCancelButton"));
    niCancelButton_->setToolTip(tr("Stops waiting (Esc); the call itself runs to the end and its result is thrown away."));
    nameInfoBusy_->setObjectName(QStringLiteral("nameInfoBusy"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(niRunButton_);
    buttons->addWidget(niCancelButton_);
    buttons->addWidget(nameInfoBusy_, 1);
    buttons->addStretch(1);
    grid->addLayout(buttons, 2, 1, 1, 3);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    niHostLabel_->setObjectName(QStringLiteral("nameInfoHostLabel"));
    niHostLabel_->setFont(fixed);
    niHostLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    niHostLabel_->setToolTip(tr("char *host: the host name getnameinfo wrote (or the address as text)."));
    niServiceLabel_->setObjectName(QStringLiteral("nameInfoServiceLabel"));
    niServiceLabel_->setFont(fixed);
    niServiceLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    niServiceLabel_->setToolTip(tr("char *serv: the service name getnameinfo wrote (or the port as a number)."));
    auto* copyHost = new CopyButton([this] { return niHostLabel_->property("value").toString(); }, tr("the host"));
    auto* copyService =
        new CopyButton([this] { return niServiceLabel_->property("value").toString(); }, tr("the service"));
    for (CopyButton* b : {copyHost, copyService})
        connect(b, &CopyButton::copied, this, &Page::statusMessage);
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(niHostLabel_, 1);
    hostRow->addWidget(copyHost);
    auto* serviceRow = new QHBoxLayout;
    serviceRow->addWidget(niServiceLabel_, 1);
    serviceRow->addWidget(copyService);
    grid->addWidget(new QLabel(tr("host:")), 3, 0, Qt::AlignRight);
    grid->addLayout(hostRow, 3, 1);
    grid->addWidget(new QLabel(tr("serv:")), 3, 2, Qt::AlignRight);
    grid->addLayout(serviceRow, 3, 3);
    nameInfoStatus_->setObjectName(QStringLiteral("nameInfoStatusLabel"));
    nameInfoStatus_->setWordWrap(true);
    nameInfoStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(nameInfoStatus_, 4, 1, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);

    connect(niRunButton_, &QPushButton::clicked, this, &ResolverPage::runNameInfo);
    connect(niCancelButton_, &QPushButton::clicked, this, &ResolverPage::cancelNameInfo);
    connect(niAddressEdit_, &QLineEdit::textEdited, niAddressFeedback_, &FieldFeedback::clearError);
    connect(niPortEdit_, &QLineEdit::textEdited, niPortFeedback_, &FieldFeedback::clearError);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* enter = new QShortcut(QKeySequence(key), box, [this] {
            if (!isNameInfoRunning())
                runNameInfo();
        });
        enter->setContext(Qt::WidgetWithChildrenShortcut);
    }

    setTabOrder(niAddressEdit_, niPortEdit_);
    QWidget* previous = niPortEdit_;
    for (QCheckBox* check : nameInfoFlagChecks_) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, niRunButton_);
    setTabOrder(niRunButton_, niCancelButton_);
    setTabOrder(niCancelButton_, copyHost);
    setTabOrder(copyHost, copyService);
    return box;
}

QString ResolverPage::title() const { return tr("Name resolution"); }

QString ResolverPage::summary() const
{
    return tr("getaddrinfo with every hint and AI_* flag, its addrinfo list drawn as linked nodes, and getnameinfo "
              "with every NI_* flag.");
}

QWidget* ResolverPage::firstField() const { return nodeEdit_; }

int ResolverPage::addrInfoFlagsChosen() const
{
    int flags = 0;
    for (const QCheckBox* check : addrInfoFlagChecks_)
        if (check->isChecked())
            flags |= check->property("flagValue").toInt();
    return flags;
}

int ResolverPage::nameInfoFlagsChosen() const
{
    int flags = 0;
    for (const QCheckBox* check : nameInfoFlagChecks_)
        if (check->isChecked())
            flags |= check->property("flagValue").toInt();
    return flags;
}

void ResolverPage::setAddrInfoInputs(const QString& node, const QString& service, int family, int socktype, int flags)
{
    nodeEdit_->setText(node);
    serviceEdit_->setText(service);
    familyCombo_->setCurrentIndex(std::max(0, familyCombo_->findData(family)));
    socktypeCombo_->setCurrentIndex(std::max(0, socktypeCombo_->findData(socktype)));
    protocolEdit_->clear();
    for (QCheckBox* check : addrInfoFlagChecks_)
        check->setChecked((flags & check->property("flagValue").toInt()) != 0);
    clearAddrInfoFeedback();
}

void ResolverPage::clearAddrInfoFeedback()
{
    nodeFeedback_->clearError();
    serviceFeedback_->clearError();
    protocolFeedback_->clearError();
    flagsMessage_->clear();
    flagsMessage_->hide();
}

void ResolverPage::setStatus(QLabel* label, const QString& text, bool isError)
{
    QPalette p;
    if (isError)
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
    label->setPalette(p);
    label->setText(text);
}

void ResolverPage::runAddrInfo()
{
    clearAddrInfoFeedback();
    const QString protocolText = protocolEdit_->text().trimmed();
    int protocol = 0;
    if (!protocolText.isEmpty()) {
        const ParsedNumber n = parseUnsigned(protocolText.toStdString(), maxProtocol);
        if (!n.ok()) {
            protocolFeedback_->setError(CodecMessages::numberError(n, protocolText, tr("ai_protocol"), maxProtocol));
            return;
        }
        protocol = static_cast<int>(n.value);
    }
    if (isAddrInfoRunning()) // a new request supersedes the old one, whose result is then dropped
        lookups_.cancel(addrInfoId_);

    Request r;
    r.node = nullIfEmpty(nodeEdit_->text());
    r.service = nullIfEmpty(serviceEdit_->text());
    r.hints.family = familyCombo_->currentData().toInt();
    r.hints.socktype = socktypeCombo_->currentData().toInt();
    r.hints.protocol = protocol;
    r.hints.flags = addrInfoFlagsChosen();
    lastRequest_ = r;
    cancelledAddrInfoId_ = 0;
    addrInfoId_ = lookups_.resolveAddress(r.node, r.service, r.hints);
    runButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    addrInfoBusy_->start(tr("getaddrinfo is running on a worker thread"));
    setStatus(addrInfoStatus_, tr("Waiting for getaddrinfo…"), false);
}

void ResolverPage::cancelAddrInfo()
{
    if (!isAddrInfoRunning())
        return;
    lookups_.cancel(addrInfoId_);
    cancelledAddrInfoId_ = addrInfoId_;
    addrInfoId_ = 0;
    const qint64 ms = addrInfoBusy_->elapsedMs();
    setAddrInfoIdle();
    // The list shown was for the earlier inputs: it goes, and the cancelled call's list never comes.
    chainView_->showMessage(tr("Cancelled: this getaddrinfo's list will not be shown. Run it again to see one."));
    fillTable({});
    setStatus(addrInfoStatus_,
              tr("Cancelled after %1 ms. getaddrinfo cannot be interrupted once it has started: it goes on in its "
                 "worker thread until it returns, and its result will be discarded when it arrives.")
                  .arg(ms),
              false);
}

void ResolverPage::setAddrInfoIdle()
{
    addrInfoBusy_->stop();
    runButton_->setEnabled(true);
    cancelButton_->setEnabled(false);
}

void ResolverPage::showAddrInfo(quint64 id, const AddrInfoResult& result)
{
    if (id != addrInfoId_ || id == 0)
        return; // a stale result: a newer request has been made since
    addrInfoId_ = 0;
    setAddrInfoIdle();
    const QString took = BusyIndicator::durationText(result.durationUs);
    if (result.ok()) {
        chainView_->setEntries(result.entries);
        fillTable(result.entries);
        setStatus(addrInfoStatus_,
                  tr("getaddrinfo returned 0: %n struct addrinfo in the list, in the order getaddrinfo linked them. "
                     "The call took %1.",
                     nullptr, static_cast<int>(result.entries.size()))
                      .arg(took),
                  false);
        return;
    }
    const QString symbol = QString::fromStdString(gaiSymbol(result.rc));
    const QString plain = ResolverMessages::addrInfoError(result.rc, result.err, lastRequest_.node,
                                                          lastRequest_.service, lastRequest_.hints);
    chainView_->showMessage(tr("getaddrinfo failed, so there is no list: res was not set and must not be "
                               "passed to freeaddrinfo."));
    fillTable({});
    // The plain words go next to the input to check.
    const std::string s = symbol.toStdString();
    QString where;
    if (s == "EAI_SERVICE" || (s == "EAI_NONAME" && blamesService(lastRequest_.node, lastRequest_.service, lastRequest_.hints.flags))) {
        serviceFeedback_->setError(plain);
        where = tr("service");
    } else if (s == "EAI_NONAME" || s == "EAI_AGAIN" || s == "EAI_FAIL" || s == "EAI_NODATA" || s == "EAI_ADDRFAMILY") {
        nodeFeedback_->setError(plain);
        where = tr("node");
    } else if (s == "EAI_SOCKTYPE" && lastRequest_.hints.protocol != 0) {
        protocolFeedback_->setError(plain);
        where = tr("ai_protocol");
    } else {
        QPalette p;
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
        flagsMessage_->setPalette(p);
        flagsMessage_->setText(plain);
        flagsMessage_->show();
        where = tr("hints");
    }
    QString text = tr("getaddrinfo returned %1: %2, “%3”. The call took %4. See the message at %5.")
                       .arg(result.rc)
                       .arg(symbol, QString::fromStdString(gaiText(result.rc)), took, where);
    setStatus(addrInfoStatus_, text, true);
}

void ResolverPage::fillTable(const std::vector<AddrInfoEntry>& entries)
{
    chainTable_->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const AddrInfoEntry& e = entries[static_cast<std::size_t>(row)];
        const QString values[ColumnCount] = {
            QString::fromStdString(flagsText(addrInfoFlags(), e.flags)),
            symbolText(familySymbol(e.family), e.family),
            symbolText(socktypeSymbol(e.socktype), e.socktype),
            symbolText(protocolSymbol(e.protocol), e.protocol),
            QString::number(e.addrlen),
            QString::fromStdString(e.address),
            QString::number(e.port),
            e.family == familyInet6() ? QString::number(e.scopeId) : QStringLiteral("—"),
            e.canonname ? QString::fromStdString(*e.canonname) : QStringLiteral("NULL")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(values[c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(values[c]);
            chainTable_->setItem(row, c, item);
        }
    }
    chainTable_->resizeColumnsToContents();
    fitTableHeight();
}

// Exactly as high as its rows (and the sideways scroll bar when there is one): the list is short,
// and the page scrolls as a whole.
void ResolverPage::fitTableHeight()
{
    int height = chainTable_->horizontalHeader()->sizeHint().height() + 2 * chainTable_->frameWidth();
    for (int row = 0; row < chainTable_->rowCount(); ++row)
        height += chainTable_->rowHeight(row);
    if (chainTable_->horizontalScrollBar()->maximum() > 0)
        height += chainTable_->horizontalScrollBar()->sizeHint().height();
    chainTable_->setFixedHeight(height);
}

QString ResolverPage::tableText() const
{
    if (chainTable_->rowCount() == 0)
        return {};
    QStringList lines;
    QStringList header;
    for (int c = 0; c < chainTable_->columnCount(); ++c)
        header << chainTable_->horizontalHeaderItem(c)->text();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < chainTable_->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < chainTable_->columnCount(); ++c)
            cells << chainTable_->item(r, c)->text();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void ResolverPage::runNameInfo()
{
    niAddressFeedback_->clearError();
    niPortFeedback_->clearError();
    const QString address = niAddressEdit_->text().trimmed();
    const QString host = address.section(QLatin1Char('%'), 0, 0);
    const bool scoped = address.contains(QLatin1Char('%'));
    const PtonResult parsed = scoped ? presentationToNetwork(familyInet6(), host.toStdString())
                                     : presentationToNetworkAuto(host.toStdString());
    bool valid = true;
    if (!parsed.ok()) {
        QString message;
        if (address.isEmpty())
            message = tr("Type an IPv4 or IPv6 address, such as 127.0.0.1.");
        else if (scoped)
            message = CodecMessages::ptonError(parsed, host) + QLatin1Char(' ')
                      + tr("Only an IPv6 address takes a %interface suffix.");
        else
            message = tr("“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both).").arg(address)
                      + QLatin1Char(' ') + CodecMessages::allowedAddressForm(familyInet()) + QLatin1Char(' ')
                      + CodecMessages::allowedAddressForm(familyInet6());
        niAddressFeedback_->setError(message);
        valid = false;
    }
    const QString portText = niPortEdit_->text();
    const ParsedNumber port = parseUnsigned(portText.toStdString(), maxPort);
    if (!port.ok()) {
        niPortFeedback_->setError(CodecMessages::numberError(port, portText, tr("Port"), maxPort));
        valid = false;
    }
    if (!valid)
        return;
    if (isNameInfoRunning())
        lookups_.cancel(nameInfoId_);
    lastNiAddress_ = address;
    lastNiPort_ = static_cast<int>(port.value);
    lastNiFlags_ = nameInfoFlagsChosen();
    cancelledNameInfoId_ = 0;
    nameInfoId_ = lookups_.resolveName(address.toStdString(), lastNiPort_, lastNiFlags_);
    niRunButton_->setEnabled(false);
    niCancelButton_->setEnabled(true);
    nameInfoBusy_->start(tr("getnameinfo is running on a worker thread"));
    setStatus(nameInfoStatus_, tr("Waiting for getnameinfo…"), false);
}

void ResolverPage::cancelNameInfo()
{
    if (!isNameInfoRunning())
        return;
    lookups_.cancel(nameInfoId_);
    cancelledNameInfoId_ = nameInfoId_;
    nameInfoId_ = 0;
    const qint64 ms = nameInfoBusy_->elapsedMs();
    setNameInfoIdle();
    setStatus(nameInfoStatus_,
              tr("Cancelled after %1 ms. getnameinfo cannot be interrupted: it runs to the end in its worker "
                 "thread, and its result will be discarded when it arrives.")
                  .arg(ms),
              false);
}

void ResolverPage::setNameInfoIdle()
{
    nameInfoBusy_->stop();
    niRunButton_->setEnabled(true);
    niCancelButton_->setEnabled(false);
}

void ResolverPage::showNameInfo(quint64 id, const NameInfoResult& result)
{
    if (id != nameInfoId_ || id == 0)
        return; // stale
    nameInfoId_ = 0;
    setNameInfoIdle();
    const QString took = BusyIndicator::durationText(result.durationUs);
    if (result.ok()) {
        const QString host = QString::fromStdString(result.host);
        const QString service = QString::fromStdString(result.service);
        niHostLabel_->setText(host);
        niHostLabel_->setProperty("value", host);
        niServiceLabel_->setText(service);
        niServiceLabel_->setProperty("value", service);
        setStatus(nameInfoStatus_, tr("getnameinfo returned 0. The call took %1.").arg(took), false);
        return;
    }
    for (QLabel* label : {niHostLabel_, niServiceLabel_}) {
        label->setText(QStringLiteral("—"));
        label->setProperty("value", QString());
    }
    const QString symbol = QString::fromStdString(gaiSymbol(result.rc));
    const QString plain =
        ResolverMessages::nameInfoError(result.rc, result.err, lastNiAddress_, lastNiPort_, lastNiFlags_);
    if (symbol == QLatin1String("EAI_BADFLAGS") || symbol == QLatin1String("EAI_OVERFLOW")
        || symbol == QLatin1String("EAI_MEMORY") || symbol == QLatin1String("EAI_SYSTEM")) {
        setStatus(nameInfoStatus_,
                  tr("getnameinfo returned %1: %2, “%3”. The call took %4. %5")
                      .arg(result.rc)
                      .arg(symbol, QString::fromStdString(gaiText(result.rc)), took, plain),
                  true);
        return;
    }
    niAddressFeedback_->setError(plain);
    setStatus(nameInfoStatus_,
              tr("getnameinfo returned %1: %2, “%3”. The call took %4. See the message at the address.")
                  .arg(result.rc)
                  .arg(symbol, QString::fromStdString(gaiText(result.rc)), took),
              true);
}

void ResolverPage::showDiscarded(quint64 id, qint64 durationUs)
{
    const QString note =
        tr("Its result has now arrived and was discarded after %1 ms; it is shown nowhere.").arg(durationUs / 1000);
    if (id != 0 && id == cancelledAddrInfoId_) {
        cancelledAddrInfoId_ = 0;
        if (!isAddrInfoRunning())
            setStatus(addrInfoStatus_, addrInfoStatus_->text() + QLatin1Char(' ') + note, false);
    } else if (id != 0 && id == cancelledNameInfoId_) {
        cancelledNameInfoId_ = 0;
        if (!isNameInfoRunning())
            setStatus(nameInfoStatus_, nameInfoStatus_->text() + QLatin1Char(' ') + note, false);
    }
}

void ResolverPage::restoreInputs(const QSettings& settings)
{
    const auto text = [&settings](const char* key, const QString& fallback) {
        return settings.value(QString::fromLatin1(key), fallback).toString();
    };
    setAddrInfoInputs(text("node", QStringLiteral("localhost")), text("service", QStringLiteral("http")),
                      settings.value(QStringLiteral("family"), familyUnspec()).toInt(),
                      settings.value(QStringLiteral("socktype"), socktypeStream()).toInt(),
                      settings.value(QStringLiteral("flags"), 0).toInt());
    protocolEdit_->setText(text("protocol", QString()));
    niAddressEdit_->setText(text("nameInfoAddress", QStringLiteral("127.0.0.1")));
    niPortEdit_->setText(text("nameInfoPort", QStringLiteral("80")));
    const int niFlags = settings.value(QStringLiteral("nameInfoFlags"), 0).toInt();
    for (QCheckBox* check : nameInfoFlagChecks_)
        check->setChecked((niFlags & check->property("flagValue").toInt()) != 0);
    // Nothing runs on its own: a remembered name might send a DNS query the user did not ask for now.
}

void ResolverPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("node"), nodeEdit_->text());
    settings.setValue(QStringLiteral("service"), serviceEdit_->text());
    settings.setValue(QStringLiteral("family"), familyCombo_->currentData().toInt());
    settings.setValue(QStringLiteral("socktype"), socktypeCombo_->currentData().toInt());
    settings.setValue(QStringLiteral("protocol"), protocolEdit_->text());
    settings.setValue(QStringLiteral("flags"), addrInfoFlagsChosen());
    settings.setValue(QStringLiteral("nameInfoAddress"), niAddressEdit_->text());
    settings.setValue(QStringLiteral("nameInfoPort"), niPortEdit_->text());
    settings.setValue(QStringLiteral("nameInfoFlags"), nameInfoFlagsChosen());
}

void ResolverPage::showExample()
{
    // localhost is in /etc/hosts: the example never sends a DNS query.
    setAddrInfoInputs(QStringLiteral("localhost"), QStringLiteral("http"), familyUnspec(), socktypeStream(),
                      flagValue("AI_CANONNAME"));
    runAddrInfo();
    niAddressEdit_->setText(QStringLiteral("127.0.0.1"));
    niPortEdit_->setText(QStringLiteral("80"));
    for (QCheckBox* check : nameInfoFlagChecks_)
        check->setChecked(false);
    runNameInfo();
}

} // namespace sockscope
