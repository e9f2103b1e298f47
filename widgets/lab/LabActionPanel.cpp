#include "LabActionPanel.h"

#include "FieldFeedback.h"
#include "IcmpEchoPacket.h"
#include "PayloadCodec.h"
#include "PayloadMessages.h"
#include "LabMessages.h"
#include "LabNames.h"
#include "SocketLab.h"
#include "SocketLabService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <climits>

namespace sockscope {

namespace {

QComboBox* constantCombo(const std::vector<LabConstant>& constants)
{
    auto* combo = new QComboBox;
    for (const auto& c : constants)
        combo->addItem(QString::fromLatin1(c.name), c.value);
    return combo;
}

QLineEdit* lineEdit(const QString& text, const QString& tip, int width = 0)
{
    auto* e = new QLineEdit(text);
    e->setToolTip(tip);
    if (width)
        e->setMaximumWidth(width);
    return e;
}

// A tab's page in a frameless scroll area, so the page's splitter may make the panel smaller than its
// largest tab (the descriptor calls) and the table and results keep their room.
QScrollArea* scrollable(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

LabActionPanel::LabActionPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("labActionPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    targetLabel_ = new QLabel;
    targetLabel_->setObjectName(QStringLiteral("labTargetLabel"));
    targetLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(targetLabel_);
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("labActionTabs"));
    tabs_->setDocumentMode(true);
    layout->addWidget(tabs_, 1);

    // Create.
    auto* create = new QWidget;
    auto* cl = new QGridLayout(create); // the three arguments and the call, the type's flags beneath
    domainCombo_ = constantCombo(labDomains());
    domainCombo_->setObjectName(QStringLiteral("labDomainCombo"));
    domainCombo_->setToolTip(tr("The domain (address family): AF_INET for IPv4, AF_INET6 for IPv6, AF_UNIX for "
                                "local sockets named by a path."));
    // Each choice says what it is when the list is open.
    const auto itemTips = [](QComboBox* combo, const std::map<QString, QString>& tips) {
        for (int i = 0; i < combo->count(); ++i)
            if (const auto it = tips.find(combo->itemText(i)); it != tips.end())
                combo->setItemData(i, it->second, Qt::ToolTipRole);
    };
    itemTips(domainCombo_,
             {{QStringLiteral("AF_INET"), tr("IPv4: addresses like 127.0.0.1, with ports.")},
              {QStringLiteral("AF_INET6"), tr("IPv6: addresses like ::1, with ports.")},
              {QStringLiteral("AF_UNIX"), tr("Local sockets, named by a path in the file system (or @name).")},
              {QStringLiteral("AF_UNSPEC"), tr("No family at all: it means \"any family\" in getaddrinfo's hints, "
                                               "but socket() refuses it with EAFNOSUPPORT.")}});
    typeCombo_ = constantCombo(labTypes());
    typeCombo_->setObjectName(QStringLiteral("labTypeCombo"));
    typeCombo_->setToolTip(tr("SOCK_STREAM: a reliable byte stream (TCP); SOCK_DGRAM: datagrams (UDP); "
                              "SOCK_SEQPACKET: reliable records; SOCK_RAW: IP datagrams of one protocol."));
    itemTips(typeCombo_,
             {{QStringLiteral("SOCK_STREAM"), tr("A reliable, connected byte stream without message boundaries (TCP).")},
              {QStringLiteral("SOCK_DGRAM"), tr("Datagrams: each send one message, no connection needed (UDP; with "
                                                "IPPROTO_ICMP a ping socket).")},
              {QStringLiteral("SOCK_SEQPACKET"), tr("Reliable and connected like a stream, but each send is one record "
                                                    "that recv returns whole (AF_UNIX here).")},
              {QStringLiteral("SOCK_RAW"), tr("IP datagrams of one protocol, headers included: needs CAP_NET_RAW "
                                              "(root, or setcap).")}});
    protocolCombo_ = constantCombo(labProtocols());
    protocolCombo_->setObjectName(QStringLiteral("labProtocolCombo"));
    protocolCombo_->setEditable(true);
    protocolCombo_->setInsertPolicy(QComboBox::NoInsert);
    protocolCombo_->setMinimumContentsLength(14);
    protocolCombo_->setToolTip(tr("0 lets the kernel choose the protocol of the domain and type. Or choose one, or "
                                  "type a name or number of the protocols database (/etc/protocols): a name is "
                                  "looked up with getprotobyname."));
    itemTips(protocolCombo_,
             {{QStringLiteral("0"), tr("The default protocol of the domain and type: TCP for SOCK_STREAM, UDP for "
                                       "SOCK_DGRAM.")},
              {QStringLiteral("IPPROTO_TCP"), tr("TCP (6): with SOCK_STREAM.")},
              {QStringLiteral("IPPROTO_UDP"), tr("UDP (17): with SOCK_DGRAM.")},
              {QStringLiteral("IPPROTO_ICMP"), tr("ICMP (1): with SOCK_RAW a raw ICMP socket (CAP_NET_RAW); with "
                                                  "SOCK_DGRAM a ping socket (net.ipv4.ping_group_range).")},
              {QStringLiteral("IPPROTO_ICMPV6"), tr("ICMPv6 (58): with AF_INET6 and SOCK_RAW (or SOCK_DGRAM, a ping "
                                                    "socket).")},
              {QStringLiteral("IPPROTO_RAW"), tr("255: with SOCK_RAW a send-only socket whose datagrams carry your own "
                                                 "IPv4 header (IP_HDRINCL).")},
              {QStringLiteral("IPPROTO_SCTP"), tr("SCTP (132): needs the sctp kernel module.")},
              {QStringLiteral("IPPROTO_UDPLITE"), tr("UDP-Lite (136): with SOCK_DGRAM.")},
              {QStringLiteral("IPPROTO_MPTCP"), tr("Multipath TCP (262): with SOCK_STREAM.")}});
    constantProtocols_ = protocolCombo_->count();
    protocolFeedback_ = new FieldFeedback(protocolCombo_->lineEdit());
    nonblockCheck_ = new QCheckBox(QStringLiteral("SOCK_NONBLOCK"));
    nonblockCheck_->setToolTip(tr("Or'ed into the type: the socket starts with O_NONBLOCK set."));
    cloexecCheck_ = new QCheckBox(QStringLiteral("SOCK_CLOEXEC"));
    cloexecCheck_->setToolTip(tr("Or'ed into the type: the descriptor starts with FD_CLOEXEC set."));
    cl->addWidget(domainCombo_, 0, 0);
    cl->addWidget(typeCombo_, 0, 1);
    cl->addWidget(protocolCombo_, 0, 2);
    addButton(LabCall::Socket, QStringLiteral("int socket(int domain, int type, int protocol);"), create);
    cl->addWidget(buttons_[LabCall::Socket], 0, 3);
    cl->addWidget(protocolFeedback_->messageLabel(), 1, 2, 1, 3);
    cl->addWidget(nonblockCheck_, 2, 1);
    cl->addWidget(cloexecCheck_, 2, 2);
    cl->setColumnStretch(4, 1);
    cl->setRowStretch(3, 1);
    tabs_->addTab(scrollable(create), tr("Create"));

    // Connect and listen.
    auto* conn = new QWidget;
    auto* connLayout = new QGridLayout(conn);
    addressEdit_ = lineEdit(QStringLiteral("127.0.0.1"),
                            tr("For bind and connect: a numeric IPv4 or IPv6 address (no name lookup), or for "
                               "AF_UNIX a path; @name is a Linux abstract name."));
    portEdit_ = lineEdit(QStringLiteral("0"), tr("0 to 65535. For bind, 0 asks the kernel for a free port."), 120);
    backlogEdit_ = lineEdit(QString::number(SocketLabService::somaxconn()),
                            tr("listen()'s backlog: how many finished connections may wait for accept. This kernel "
                               "caps it at SOMAXCONN = %1.").arg(SocketLabService::somaxconn()), 120);
    addressFeedback_ = new FieldFeedback(addressEdit_);
    portFeedback_ = new FieldFeedback(portEdit_);
    backlogFeedback_ = new FieldFeedback(backlogEdit_);
    connLayout->addWidget(new QLabel(tr("&Address:")), 0, 0);
    connLayout->addWidget(addressFeedback_->fieldWithMessage(), 0, 1);
    connLayout->addWidget(new QLabel(tr("&Port:")), 0, 2);
    connLayout->addWidget(portFeedback_->fieldWithMessage(), 0, 3);
    connLayout->addWidget(new QLabel(tr("&Backlog:")), 0, 4);
    connLayout->addWidget(backlogFeedback_->fieldWithMessage(), 0, 5);
    auto* somaxconn = new QLabel(tr("SOMAXCONN here: %1").arg(SocketLabService::somaxconn()));
    somaxconn->setToolTip(tr("net.core.somaxconn, read now: the kernel silently caps listen()'s backlog at it."));
    connLayout->addWidget(somaxconn, 0, 6);
    qobject_cast<QLabel*>(connLayout->itemAtPosition(0, 0)->widget())->setBuddy(addressEdit_);
    qobject_cast<QLabel*>(connLayout->itemAtPosition(0, 2)->widget())->setBuddy(portEdit_);
    qobject_cast<QLabel*>(connLayout->itemAtPosition(0, 4)->widget())->setBuddy(backlogEdit_);
    auto* connButtons = new QHBoxLayout;
    for (const auto& [call, proto] : std::vector<std::pair<LabCall, QString>>{
             {LabCall::Bind, QStringLiteral("int bind(int sockfd, const struct sockaddr *addr, socklen_t addrlen);")},
             {LabCall::Listen, QStringLiteral("int listen(int sockfd, int backlog);")},
             {LabCall::Accept, QStringLiteral("int accept(int sockfd, struct sockaddr *addr, socklen_t *addrlen);")},
             {LabCall::Connect, QStringLiteral("int connect(int sockfd, const struct sockaddr *addr, socklen_t addrlen);")},
             {LabCall::Getsockname, QStringLiteral("int getsockname(int sockfd, struct sockaddr *addr, socklen_t *addrlen);")},
             {LabCall::Getpeername, QStringLiteral("int getpeername(int sockfd, struct sockaddr *addr, socklen_t *addrlen);")}})
        connButtons->addWidget(addButton(call, proto, conn));
    connButtons->addStretch(1);
    connLayout->addLayout(connButtons, 1, 0, 1, 7);
    connLayout->setColumnStretch(1, 1);
    connLayout->setRowStretch(2, 1);
    tabs_->addTab(scrollable(conn), tr("Connect and listen"));

    // Data transfer.
    auto* dataTab = new QWidget;
    auto* dl = new QGridLayout(dataTab);
    dataEdit_ = lineEdit(QStringLiteral("hello\\n"),
                         tr("The bytes to send, as text. C escapes: \\n \\r \\t \\0 \\\\ and \\xHH for any byte."));
    dataEdit_->setObjectName(QStringLiteral("labDataEdit"));
    sizeEdit_ = lineEdit(QStringLiteral("128"),
                         tr("The receive buffer's size for recv, recvfrom and read: at most this many bytes come "
                            "back (0 to 65536)."), 100);
    toAddressEdit_ = lineEdit(QStringLiteral("127.0.0.1"), tr("sendto's destination address (numeric, or a unix path)."));
    toPortEdit_ = lineEdit(QStringLiteral("0"), tr("sendto's destination port."), 100);
    dataFeedback_ = new FieldFeedback(dataEdit_);
    sizeFeedback_ = new FieldFeedback(sizeEdit_);
    toAddressFeedback_ = new FieldFeedback(toAddressEdit_);
    toPortFeedback_ = new FieldFeedback(toPortEdit_);
    auto* dataLabel = new QLabel(tr("&Data:"));
    dataLabel->setBuddy(dataEdit_);
    dl->addWidget(dataLabel, 0, 0);
    dl->addWidget(dataFeedback_->fieldWithMessage(), 0, 1, 1, 3);
    auto* sizeLabel = new QLabel(tr("Buffer si&ze:"));
    sizeLabel->setBuddy(sizeEdit_);
    dl->addWidget(sizeLabel, 0, 4);
    dl->addWidget(sizeFeedback_->fieldWithMessage(), 0, 5);
    auto* toLabel = new QLabel(tr("sendto &address:"));
    toLabel->setBuddy(toAddressEdit_);
    dl->addWidget(toLabel, 1, 0);
    dl->addWidget(toAddressFeedback_->fieldWithMessage(), 1, 1);
    dl->addWidget(new QLabel(tr("port:")), 1, 2);
    dl->addWidget(toPortFeedback_->fieldWithMessage(), 1, 3);
    // Flags by where they apply: both directions and recv only on one row, send only on the next.
    auto* bothFlags = new QHBoxLayout;
    auto* sendFlags = new QHBoxLayout;
    auto* recvFlags = new QHBoxLayout;
    bothFlags->addWidget(new QLabel(tr("Flags, both ways:")));
    sendFlags->addWidget(new QLabel(tr("send only:")));
    recvFlags->addWidget(new QLabel(tr("recv only:")));
    const auto has = [](const std::vector<LabConstant>& list, int value) {
        for (const auto& c : list)
            if (c.value == value)
                return true;
        return false;
    };
    const std::vector<LabConstant> sendList = labSendFlags();
    const std::vector<LabConstant> recvList = labRecvFlags();
    std::vector<LabConstant> all = sendList;
    for (const auto& c : recvList)
        if (!has(all, c.value))
            all.push_back(c);
    for (const LabConstant& c : all) {
        const bool send = has(sendList, c.value), recv = has(recvList, c.value);
        auto* check = new QCheckBox(QString::fromLatin1(c.name));
        check->setObjectName(QStringLiteral("labFlag_%1").arg(QString::fromLatin1(c.name)));
        check->setToolTip(send && recv ? tr("Passed to send, sendto, recv and recvfrom (read and write take no flags).")
                          : send       ? tr("Passed to send and sendto.")
                                       : tr("Passed to recv and recvfrom."));
        flagChecks_.emplace_back(check, c.value);
        (send && recv ? bothFlags : send ? sendFlags : recvFlags)->addWidget(check);
    }
    bothFlags->addSpacing(6);
    bothFlags->addLayout(recvFlags);
    bothFlags->addStretch(1);
    sendFlags->addStretch(1);
    dl->addLayout(bothFlags, 2, 0, 1, 6);
    dl->addLayout(sendFlags, 3, 0, 1, 6);
    auto* dataButtons = new QHBoxLayout;
    for (const auto& [call, proto] : std::vector<std::pair<LabCall, QString>>{
             {LabCall::Send, QStringLiteral("ssize_t send(int sockfd, const void *buf, size_t len, int flags);")},
             {LabCall::Write, QStringLiteral("ssize_t write(int fd, const void *buf, size_t count);")},
             {LabCall::SendTo, QStringLiteral("ssize_t sendto(int sockfd, const void *buf, size_t len, int flags, "
                                              "const struct sockaddr *dest_addr, socklen_t addrlen);")},
             {LabCall::Recv, QStringLiteral("ssize_t recv(int sockfd, void *buf, size_t len, int flags);")},
             {LabCall::Read, QStringLiteral("ssize_t read(int fd, void *buf, size_t count);")},
             {LabCall::RecvFrom, QStringLiteral("ssize_t recvfrom(int sockfd, void *buf, size_t len, int flags, "
                                                "struct sockaddr *src_addr, socklen_t *addrlen);")}})
        dataButtons->addWidget(addButton(call, proto, dataTab));
    dataButtons->addStretch(1);
    dl->addLayout(dataButtons, 4, 0, 1, 6);
    dl->setColumnStretch(1, 1);
    dl->setRowStretch(5, 1);
    tabs_->addTab(scrollable(dataTab), tr("Data transfer"));

    // Descriptor calls: the chapter's table of file functions on a socket.
    auto* fdTab = new QWidget;
    auto* fl = new QGridLayout(fdTab);
    auto numberField = [this](const QString& text, const QString& tip) {
        QLineEdit* e = lineEdit(text, tip, 72);
        numberFeedback_[e] = new FieldFeedback(e);
        return e;
    };
    newFdEdit_ = numberField(QStringLiteral("100"), tr("dup2's new descriptor number: a free number, or another lab "
                                                       "socket's descriptor (dup2 closes it first)."));
    minFdEdit_ = numberField(QStringLiteral("20"), tr("F_DUPFD: the lowest descriptor number the copy may get."));
    ownerEdit_ = numberField(QString::number(QCoreApplication::applicationPid()),
                             tr("F_SETOWN: the process (or, negative, process group) to receive SIGURG."));
    modeEdit_ = numberField(QStringLiteral("600"), tr("fchmod's mode, in octal."));
    uidEdit_ = numberField(QStringLiteral("-1"), tr("fchown's user id; -1 leaves it unchanged."));
    gidEdit_ = numberField(QStringLiteral("-1"), tr("fchown's group id; -1 leaves it unchanged."));
    lengthEdit_ = numberField(QStringLiteral("0"), tr("ftruncate's length."));
    offsetEdit_ = numberField(QStringLiteral("0"), tr("lseek's offset."));
    whenceCombo_ = constantCombo(labSeekWhences());
    whenceCombo_->setToolTip(tr("lseek's whence."));
    nonblockFlagCheck_ = new QCheckBox(QStringLiteral("O_NONBLOCK"));
    nonblockFlagCheck_->setChecked(true);
    nonblockFlagCheck_->setToolTip(tr("F_SETFL: set (checked) or clear O_NONBLOCK, keeping the other flags."));
    cloexecFlagCheck_ = new QCheckBox(QStringLiteral("FD_CLOEXEC"));
    cloexecFlagCheck_->setChecked(true);
    cloexecFlagCheck_->setToolTip(tr("F_SETFD: set (checked) or clear FD_CLOEXEC."));
    const auto fdRow = [&](int row, int col, LabCall call, const QString& proto, std::vector<QWidget*> args) {
        auto* cell = new QHBoxLayout;
        cell->addWidget(addButton(call, proto, fdTab));
        for (QWidget* w : args) {
            if (auto* e = qobject_cast<QLineEdit*>(w); e && numberFeedback_.count(e))
                cell->addWidget(numberFeedback_[e]->fieldWithMessage());
            else
                cell->addWidget(w);
        }
        cell->addStretch(1);
        fl->addLayout(cell, row, col);
    };
    fdRow(0, 0, LabCall::Dup, QStringLiteral("int dup(int oldfd);"), {});
    fdRow(0, 1, LabCall::Dup2, QStringLiteral("int dup2(int oldfd, int newfd);"), {newFdEdit_});
    fdRow(0, 2, LabCall::FcntlDupfd, QStringLiteral("int fcntl(int fd, F_DUPFD, int lowest);"), {minFdEdit_});
    fdRow(1, 0, LabCall::FcntlGetfl, QStringLiteral("int fcntl(int fd, F_GETFL);"), {});
    fdRow(1, 1, LabCall::FcntlSetfl, QStringLiteral("int fcntl(int fd, F_SETFL, int flags);"), {nonblockFlagCheck_});
    fdRow(1, 2, LabCall::FcntlGetfd, QStringLiteral("int fcntl(int fd, F_GETFD);"), {});
    fdRow(2, 0, LabCall::FcntlSetfd, QStringLiteral("int fcntl(int fd, F_SETFD, int fdflags);"), {cloexecFlagCheck_});
    fdRow(2, 1, LabCall::FcntlGetown, QStringLiteral("int fcntl(int fd, F_GETOWN);"), {});
    fdRow(2, 2, LabCall::FcntlSetown, QStringLiteral("int fcntl(int fd, F_SETOWN, pid_t owner);"), {ownerEdit_});
    fdRow(3, 0, LabCall::Fstat, QStringLiteral("int fstat(int fd, struct stat *st);"), {});
    fdRow(3, 1, LabCall::Lseek, QStringLiteral("off_t lseek(int fd, off_t offset, int whence);"), {offsetEdit_, whenceCombo_});
    fdRow(3, 2, LabCall::Fchdir, QStringLiteral("int fchdir(int fd);"), {});
    fdRow(4, 0, LabCall::Fchmod, QStringLiteral("int fchmod(int fd, mode_t mode);"), {modeEdit_});
    fdRow(4, 1, LabCall::Fchown, QStringLiteral("int fchown(int fd, uid_t owner, gid_t group);"), {uidEdit_, gidEdit_});
    fdRow(4, 2, LabCall::Ftruncate, QStringLiteral("int ftruncate(int fd, off_t length);"), {lengthEdit_});
    fdRow(5, 0, LabCall::Fsync, QStringLiteral("int fsync(int fd);"), {});
    fdRow(5, 1, LabCall::Fdatasync, QStringLiteral("int fdatasync(int fd);"), {});
    fdRow(5, 2, LabCall::IoctlFionread, QStringLiteral("int ioctl(int fd, FIONREAD, int *bytes);"), {});
    fdRow(6, 0, LabCall::IoctlSiocatmark, QStringLiteral("int ioctl(int fd, SIOCATMARK, int *atmark);"), {});
    fl->setRowStretch(7, 1);
    tabs_->addTab(scrollable(fdTab), tr("Descriptor calls"));

    // Close.
    auto* closeTab = new QWidget;
    auto* cll = new QHBoxLayout(closeTab);
    howCombo_ = constantCombo(labShutdownHows());
    howCombo_->setCurrentIndex(1);
    howCombo_->setToolTip(tr("SHUT_RD: no more receiving; SHUT_WR: no more sending (the peer reads end of stream); "
                             "SHUT_RDWR: both."));
    cll->addWidget(howCombo_);
    cll->addWidget(addButton(LabCall::Shutdown, QStringLiteral("int shutdown(int sockfd, int how);"), closeTab));
    cll->addWidget(addButton(LabCall::Close, QStringLiteral("int close(int fd);"), closeTab));
    cll->addStretch(1);
    tabs_->addTab(scrollable(closeTab), tr("Close"));

    // setsockopt: the options the recipes and raw sockets need (the options page has them all).
    auto* optTab = new QWidget;
    auto* ol = new QGridLayout(optTab);
    optionCombo_ = new QComboBox;
    optionCombo_->setObjectName(QStringLiteral("labOptionCombo"));
    for (const LabSocketOption& o : labSocketOptions())
        optionCombo_->addItem(QStringLiteral("%1 / %2").arg(QString::fromLatin1(o.levelName), QString::fromLatin1(o.name)),
                              QVariantList{o.level, o.option});
    optionCombo_->setToolTip(tr("The level and the option. SO_LINGER takes a struct linger: the value is l_onoff, "
                                "the second number l_linger."));
    optionValueEdit_ = lineEdit(QStringLiteral("1"), tr("The int value (0 off, 1 on; seconds for TCP_KEEPIDLE and "
                                                        "TCP_KEEPINTVL; bytes for the buffers)."), 110);
    lingerEdit_ = lineEdit(QStringLiteral("0"), tr("SO_LINGER's l_linger: seconds close() waits for unsent data; 0 "
                                                   "with l_onoff 1 aborts the connection with a RST."), 110);
    optionValueFeedback_ = new FieldFeedback(optionValueEdit_);
    lingerFeedback_ = new FieldFeedback(lingerEdit_);
    auto* optLabel = new QLabel(tr("Op&tion:"));
    optLabel->setBuddy(optionCombo_);
    ol->addWidget(optLabel, 0, 0);
    ol->addWidget(optionCombo_, 0, 1);
    auto* valueLabel = new QLabel(tr("&Value:"));
    valueLabel->setBuddy(optionValueEdit_);
    ol->addWidget(valueLabel, 0, 2);
    ol->addWidget(optionValueFeedback_->fieldWithMessage(), 0, 3);
    auto* lingerLabel = new QLabel(tr("l_&linger:"));
    lingerLabel->setBuddy(lingerEdit_);
    ol->addWidget(lingerLabel, 0, 4);
    ol->addWidget(lingerFeedback_->fieldWithMessage(), 0, 5);
    ol->addWidget(addButton(LabCall::Setsockopt,
                            QStringLiteral("int setsockopt(int sockfd, int level, int optname, const void *optval, "
                                           "socklen_t optlen);"), optTab), 0, 6);
    ol->setColumnStretch(7, 1);
    ol->setRowStretch(1, 1);
    const auto lingerShown = [this] {
        const QVariantList v = optionCombo_->currentData().toList();
        const LabSocketOption* o = v.size() == 2 ? labSocketOption(v[0].toInt(), v[1].toInt()) : nullptr;
        lingerEdit_->setEnabled(o && o->linger);
    };
    connect(optionCombo_, &QComboBox::currentIndexChanged, this, lingerShown);
    lingerShown();
    optionTab_ = tabs_->addTab(scrollable(optTab), tr("setsockopt"));

    // ICMP echo on a raw or ping socket, and a whole IPv4 datagram on IPPROTO_RAW.
    auto* echoTab = new QWidget;
    echoTab->setObjectName(QStringLiteral("labEchoTab"));
    auto* el = new QGridLayout(echoTab);
    echoIdEdit_ = lineEdit(QStringLiteral("4711"), tr("The echo's identifier, 0 to 65535: it pairs replies with their "
                                                      "sender (a ping socket puts in its own)."), 110);
    echoIdEdit_->setObjectName(QStringLiteral("labEchoId"));
    echoSeqEdit_ = lineEdit(QStringLiteral("1"), tr("The sequence number, 0 to 65535: ping counts it up."), 110);
    echoSeqEdit_->setObjectName(QStringLiteral("labEchoSeq"));
    echoPayloadEdit_ = lineEdit(QStringLiteral("hello, loopback"),
                                tr("The payload the reply carries back: text with C escapes (\\n, \\xHH), at most %1 "
                                   "bytes.").arg(maxEchoPayload));
    echoPayloadEdit_->setObjectName(QStringLiteral("labEchoPayload"));
    echoTimeoutEdit_ = lineEdit(QStringLiteral("1000"), tr("How long to wait for the reply: 1 to %1 ms.")
                                                           .arg(SocketLab::maxEchoTimeoutMs), 110);
    echoTimeoutEdit_->setObjectName(QStringLiteral("labEchoTimeout"));
    echoIdFeedback_ = new FieldFeedback(echoIdEdit_);
    echoSeqFeedback_ = new FieldFeedback(echoSeqEdit_);
    echoPayloadFeedback_ = new FieldFeedback(echoPayloadEdit_);
    echoTimeoutFeedback_ = new FieldFeedback(echoTimeoutEdit_);
    const auto labelled = [&](int row, int col, const QString& text, QLineEdit* edit, FieldFeedback* feedback, int span = 1) {
        auto* label = new QLabel(text);
        label->setBuddy(edit);
        el->addWidget(label, row, col, Qt::AlignTop);
        el->addWidget(feedback->fieldWithMessage(), row, col + 1, 1, span);
    };
    labelled(0, 0, tr("&Identifier:"), echoIdEdit_, echoIdFeedback_);
    labelled(0, 2, tr("Se&quence:"), echoSeqEdit_, echoSeqFeedback_);
    labelled(0, 4, tr("Ti&meout (ms):"), echoTimeoutEdit_, echoTimeoutFeedback_);
    labelled(1, 0, tr("Pa&yload:"), echoPayloadEdit_, echoPayloadFeedback_, 5);
    auto* echoButtons = new QHBoxLayout;
    QPushButton* echoButton = addButton(LabCall::IcmpEcho,
                                        tr("sendto an ICMP echo request to 127.0.0.1 (::1 on AF_INET6), then poll and "
                                           "recvfrom until the reply or the timeout."), echoTab);
    echoButton->setText(tr("ICMP &echo"));
    QPushButton* ipButton = addButton(LabCall::SendIpPacket,
                                      tr("IPPROTO_RAW: the lab builds the whole IPv4 header around the echo request "
                                         "and sends the datagram."), echoTab);
    ipButton->setText(tr("Send IPv4 &datagram"));
    echoButtons->addWidget(echoButton);
    echoButtons->addWidget(ipButton);
    echoButtons->addStretch(1);
    el->addLayout(echoButtons, 2, 0, 1, 6);
    auto* pingRange = new QLabel(LabMessages::pingGroupSummary());
    pingRange->setObjectName(QStringLiteral("labPingRange"));
    pingRange->setWordWrap(true);
    pingRange->setToolTip(tr("Ping sockets (SOCK_DGRAM, IPPROTO_ICMP) need no CAP_NET_RAW, but one of your groups "
                             "must lie in this range. Raw sockets (SOCK_RAW) need CAP_NET_RAW."));
    el->addWidget(pingRange, 3, 0, 1, 6);
    el->setColumnStretch(5, 1);
    el->setRowStretch(4, 1);
    echoTab_ = tabs_->addTab(scrollable(echoTab), tr("ICMP echo"));

    setTarget({}, {});
}

QPushButton* LabActionPanel::addButton(LabCall call, const QString& prototype, QWidget* parent)
{
    const QString name = QString::fromStdString(labCallName(call));
    auto* b = new QPushButton(call == LabCall::Socket ? QStringLiteral("socket()")
                              : name.contains(QLatin1Char(' ')) ? name
                                                                : name + QStringLiteral("()"),
                              parent);
    b->setObjectName(QStringLiteral("labCall_%1").arg(QString(name).replace(QLatin1Char(' '), QLatin1Char('_'))));
    b->setToolTip(prototype);
    buttons_[call] = b;
    connect(b, &QPushButton::clicked, this, [this, call] { trigger(call); });
    return b;
}

QPushButton* LabActionPanel::button(LabCall call) const
{
    const auto it = buttons_.find(call);
    return it == buttons_.end() ? nullptr : it->second;
}

QWidget* LabActionPanel::firstField() const { return domainCombo_; }

QLabel* LabActionPanel::protocolMessage() const { return protocolFeedback_->messageLabel(); }

void LabActionPanel::showEchoTab() { tabs_->setCurrentIndex(echoTab_); }

void LabActionPanel::setProtocolDatabase(const QStringList& names, const QList<int>& numbers)
{
    while (protocolCombo_->count() > constantProtocols_)
        protocolCombo_->removeItem(constantProtocols_);
    if (names.isEmpty())
        return;
    protocolCombo_->insertSeparator(constantProtocols_);
    for (qsizetype i = 0; i < names.size() && i < numbers.size(); ++i) {
        protocolCombo_->addItem(names[i], numbers[i]);
        protocolCombo_->setItemData(protocolCombo_->count() - 1,
                                    tr("Protocol %1 of the protocols database: socket() gets its number from "
                                       "getprotobyname(\"%2\").").arg(numbers[i]).arg(names[i]),
                                    Qt::ToolTipRole);
    }
}

bool LabActionPanel::readProtocol(LabRequest& r)
{
    const QString text = protocolCombo_->currentText().trimmed();
    // One of the lab's constants, by its name.
    for (int i = 0; i < constantProtocols_; ++i)
        if (protocolCombo_->itemText(i) == text) {
            r.protocol = protocolCombo_->itemData(i).toInt();
            protocolFeedback_->clearError();
            return true;
        }
    if (text.isEmpty()) {
        protocolFeedback_->setError(tr("Protocol: give 0, a constant, a number from 0 to 255 or a name of the "
                                       "protocols database."));
        return false;
    }
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        if (number < 0 || number > 255) {
            protocolFeedback_->setError(tr("Protocol: %1 is out of range; IP protocol numbers go from 0 to 255.")
                                            .arg(text));
            return false;
        }
        r.protocol = number;
        protocolFeedback_->clearError();
        return true;
    }
    if (text.contains(QLatin1Char(' '))) {
        protocolFeedback_->setError(tr("Protocol: \"%1\" is no protocol name (names have no spaces).").arg(text));
        return false;
    }
    // A name: getprotobyname in core (which says so when the database has no such name).
    r.protocolName = text.toStdString();
    protocolFeedback_->clearError();
    return true;
}

void LabActionPanel::setTarget(const std::string& id, const QString& description)
{
    target_ = id;
    targetLabel_->setText(id.empty() ? tr("No socket selected: create one with socket(), or select a row.")
                                     : tr("Calls on %1").arg(description));
    updateEnabled();
}

void LabActionPanel::updateEnabled()
{
    for (auto& [call, b] : buttons_)
        b->setEnabled(call == LabCall::Socket || !target_.empty());
}

void LabActionPanel::showRequest(const LabRequest& r, const QString& dataText)
{
    switch (r.call) {
    case LabCall::Socket:
        domainCombo_->setCurrentIndex(domainCombo_->findData(r.domain));
        typeCombo_->setCurrentIndex(typeCombo_->findData(r.type));
        if (!r.protocolName.empty())
            protocolCombo_->setEditText(QString::fromStdString(r.protocolName));
        else if (const int at = protocolCombo_->findData(r.protocol); at >= 0)
            protocolCombo_->setCurrentIndex(at);
        else
            protocolCombo_->setEditText(QString::number(r.protocol));
        nonblockCheck_->setChecked(r.nonblock);
        cloexecCheck_->setChecked(r.cloexec);
        tabs_->setCurrentIndex(0);
        break;
    case LabCall::Bind:
    case LabCall::Connect:
    case LabCall::Listen:
    case LabCall::Accept:
        if (r.call != LabCall::Listen && r.call != LabCall::Accept) {
            addressEdit_->setText(QString::fromStdString(r.address));
            portEdit_->setText(QString::number(r.port));
        }
        if (r.call == LabCall::Listen)
            backlogEdit_->setText(QString::number(r.backlog));
        tabs_->setCurrentIndex(1);
        break;
    case LabCall::Send:
    case LabCall::Recv:
    case LabCall::SendTo:
    case LabCall::RecvFrom:
        if (!dataText.isEmpty())
            dataEdit_->setText(dataText);
        if (r.size)
            sizeEdit_->setText(QString::number(r.size));
        if (r.call == LabCall::SendTo) {
            toAddressEdit_->setText(QString::fromStdString(r.address));
            toPortEdit_->setText(QString::number(r.port));
        }
        tabs_->setCurrentIndex(2);
        break;
    case LabCall::Close:
    case LabCall::Shutdown:
        tabs_->setCurrentIndex(4);
        break;
    case LabCall::Setsockopt:
        for (int i = 0; i < optionCombo_->count(); ++i) {
            const QVariantList v = optionCombo_->itemData(i).toList();
            if (v.size() == 2 && v[0].toInt() == r.level && v[1].toInt() == r.option)
                optionCombo_->setCurrentIndex(i);
        }
        optionValueEdit_->setText(QString::number(r.number));
        lingerEdit_->setText(QString::number(r.number2));
        tabs_->setCurrentIndex(optionTab_);
        break;
    case LabCall::IcmpEcho:
    case LabCall::SendIpPacket:
        echoIdEdit_->setText(QString::number(r.number));
        echoSeqEdit_->setText(QString::number(r.number2));
        if (!dataText.isEmpty())
            echoPayloadEdit_->setText(dataText);
        tabs_->setCurrentIndex(echoTab_);
        break;
    default:
        tabs_->setCurrentIndex(3);
        break;
    }
}

std::optional<long> LabActionPanel::signedField(FieldFeedback* feedback, const QString& what, long min, long max, int base)
{
    bool ok = false;
    const long v = feedback->field()->text().trimmed().toLong(&ok, base);
    if (!ok || v < min || v > max) {
        feedback->setError(base == 8 ? tr("%1: an octal number from %2 to %3.").arg(what, QString::number(min, 8),
                                                                                       QString::number(max, 8))
                                     : tr("%1: a whole number from %2 to %3.").arg(what).arg(min).arg(max));
        return std::nullopt;
    }
    feedback->clearError();
    return v;
}

bool LabActionPanel::build(LabCall call, LabRequest& r)
{
    r = LabRequest{};
    r.call = call;
    r.target = call == LabCall::Socket ? std::string() : target_;
    int flags = 0;
    for (const auto& [check, value] : flagChecks_)
        if (check->isChecked())
            flags |= value;
    const auto number = [this](QLineEdit* e, const QString& what, long min, long max, int base = 10) {
        return signedField(numberFeedback_[e], what, min, max, base);
    };
    switch (call) {
    case LabCall::Socket:
        r.domain = domainCombo_->currentData().toInt();
        r.type = typeCombo_->currentData().toInt();
        if (!readProtocol(r))
            return false;
        r.nonblock = nonblockCheck_->isChecked();
        r.cloexec = cloexecCheck_->isChecked();
        return true;
    case LabCall::Setsockopt: {
        const QVariantList v = optionCombo_->currentData().toList();
        const LabSocketOption* o = v.size() == 2 ? labSocketOption(v[0].toInt(), v[1].toInt()) : nullptr;
        const auto value = signedField(optionValueFeedback_, tr("Value"), 0, INT_MAX);
        const auto linger = o && o->linger ? signedField(lingerFeedback_, tr("l_linger"), 0, 65535) : std::optional<long>(0);
        if (!o || !value || !linger)
            return false;
        r.level = o->level;
        r.option = o->option;
        r.number = *value;
        r.number2 = *linger;
        return true;
    }
    case LabCall::IcmpEcho:
    case LabCall::SendIpPacket: {
        const auto id = echoIdFeedback_->checkUnsigned(tr("Identifier"), 0, 65535);
        const auto seq = echoSeqFeedback_->checkUnsigned(tr("Sequence"), 0, 65535);
        const auto timeout = call == LabCall::IcmpEcho
                                 ? echoTimeoutFeedback_->checkUnsigned(tr("Timeout"), 1, SocketLab::maxEchoTimeoutMs)
                                 : std::optional<std::uint64_t>(0);
        const PayloadParse parsed = parseEscapes(echoPayloadEdit_->text().toStdString());
        bool payloadOk = parsed.ok();
        if (!payloadOk) {
            echoPayloadFeedback_->setError(PayloadMessages::error(echoPayloadEdit_->text(), parsed));
        } else if (parsed.bytes.size() > maxEchoPayload) {
            echoPayloadFeedback_->setError(tr("Payload: %1 bytes is too long; at most %2 (an IPv4 datagram holds "
                                              "65535 bytes, 28 of them the IP and ICMP headers).")
                                               .arg(parsed.bytes.size())
                                               .arg(maxEchoPayload));
            payloadOk = false;
        } else {
            echoPayloadFeedback_->clearError();
        }
        if (!id || !seq || !timeout || !payloadOk)
            return false;
        r.number = static_cast<long>(*id);
        r.number2 = static_cast<long>(*seq);
        r.timeoutMs = static_cast<int>(*timeout);
        r.data = parsed.bytes;
        return true;
    }
    case LabCall::Bind:
    case LabCall::Connect: {
        const auto port = portFeedback_->checkUnsigned(tr("Port"), 0, 65535);
        if (addressEdit_->text().trimmed().isEmpty()) {
            addressFeedback_->setError(tr("An address is needed: 127.0.0.1, ::1, or a unix path."));
            return false;
        }
        addressFeedback_->clearError();
        if (!port)
            return false;
        r.address = addressEdit_->text().trimmed().toStdString();
        r.port = static_cast<int>(*port);
        return true;
    }
    case LabCall::Listen: {
        const auto backlog = backlogFeedback_->checkUnsigned(tr("Backlog"), 0, INT_MAX);
        if (!backlog)
            return false;
        r.backlog = static_cast<int>(*backlog);
        return true;
    }
    case LabCall::Send:
    case LabCall::Write:
    case LabCall::SendTo: {
        const PayloadParse parsed = parseEscapes(dataEdit_->text().toStdString());
        if (!parsed.ok()) {
            dataFeedback_->setError(PayloadMessages::error(dataEdit_->text(), parsed));
            return false;
        }
        dataFeedback_->clearError();
        r.data = parsed.bytes;
        r.flags = call == LabCall::Write ? 0 : flags;
        if (call == LabCall::SendTo) {
            const auto port = toPortFeedback_->checkUnsigned(tr("Port"), 0, 65535);
            if (toAddressEdit_->text().trimmed().isEmpty()) {
                toAddressFeedback_->setError(tr("An address is needed: 127.0.0.1, ::1, or a unix path."));
                return false;
            }
            toAddressFeedback_->clearError();
            if (!port)
                return false;
            r.address = toAddressEdit_->text().trimmed().toStdString();
            r.port = static_cast<int>(*port);
        }
        return true;
    }
    case LabCall::Recv:
    case LabCall::Read:
    case LabCall::RecvFrom: {
        const auto size = sizeFeedback_->checkUnsigned(tr("Buffer size"), 0, 65536);
        if (!size)
            return false;
        r.size = static_cast<std::size_t>(*size);
        r.flags = call == LabCall::Read ? 0 : flags;
        return true;
    }
    case LabCall::Shutdown:
        r.how = howCombo_->currentData().toInt();
        return true;
    case LabCall::Dup2: {
        const auto v = number(newFdEdit_, tr("New descriptor"), 0, 1048575);
        if (!v)
            return false;
        r.number = *v;
        return true;
    }
    case LabCall::FcntlDupfd: {
        const auto v = number(minFdEdit_, tr("Lowest descriptor"), 0, 1048575);
        if (!v)
            return false;
        r.number = *v;
        return true;
    }
    case LabCall::FcntlSetfl: r.enable = nonblockFlagCheck_->isChecked(); return true;
    case LabCall::FcntlSetfd: r.enable = cloexecFlagCheck_->isChecked(); return true;
    case LabCall::FcntlSetown: {
        const auto v = number(ownerEdit_, tr("Owner"), INT_MIN + 1, INT_MAX);
        if (!v)
            return false;
        r.number = *v;
        return true;
    }
    case LabCall::Fchmod: {
        const auto v = number(modeEdit_, tr("Mode"), 0, 07777, 8);
        if (!v)
            return false;
        r.number = *v;
        return true;
    }
    case LabCall::Fchown: {
        const auto uid = number(uidEdit_, tr("User id"), -1, INT_MAX);
        const auto gid = number(gidEdit_, tr("Group id"), -1, INT_MAX);
        if (!uid || !gid)
            return false;
        r.number = *uid;
        r.number2 = *gid;
        return true;
    }
    case LabCall::Ftruncate: {
        const auto v = number(lengthEdit_, tr("Length"), 0, LONG_MAX);
        if (!v)
            return false;
        r.number = *v;
        return true;
    }
    case LabCall::Lseek: {
        const auto v = number(offsetEdit_, tr("Offset"), LONG_MIN + 1, LONG_MAX);
        if (!v)
            return false;
        r.number = *v;
        r.number2 = whenceCombo_->currentData().toInt();
        return true;
    }
    default:
        return true;
    }
}

bool LabActionPanel::trigger(LabCall call)
{
    LabRequest r;
    if (!build(call, r))
        return false;
    emit requested(r);
    return true;
}

void LabActionPanel::restoreInputs(const QSettings& s)
{
    const auto text = [&s](const char* key, QLineEdit* e) { e->setText(s.value(QString::fromLatin1(key), e->text()).toString()); };
    text("address", addressEdit_);
    text("port", portEdit_);
    text("backlog", backlogEdit_);
    text("data", dataEdit_);
    text("size", sizeEdit_);
    text("sendtoAddress", toAddressEdit_);
    text("sendtoPort", toPortEdit_);
    text("newFd", newFdEdit_);
    text("mode", modeEdit_);
    text("echoId", echoIdEdit_);
    text("echoSeq", echoSeqEdit_);
    text("echoPayload", echoPayloadEdit_);
    text("echoTimeout", echoTimeoutEdit_);
    domainCombo_->setCurrentIndex(std::max(0, domainCombo_->findData(s.value(QStringLiteral("domain"), domainCombo_->currentData()))));
    typeCombo_->setCurrentIndex(std::max(0, typeCombo_->findData(s.value(QStringLiteral("type"), typeCombo_->currentData()))));
}

void LabActionPanel::saveInputs(QSettings& s) const
{
    s.setValue(QStringLiteral("address"), addressEdit_->text());
    s.setValue(QStringLiteral("port"), portEdit_->text());
    s.setValue(QStringLiteral("backlog"), backlogEdit_->text());
    s.setValue(QStringLiteral("data"), dataEdit_->text());
    s.setValue(QStringLiteral("size"), sizeEdit_->text());
    s.setValue(QStringLiteral("sendtoAddress"), toAddressEdit_->text());
    s.setValue(QStringLiteral("sendtoPort"), toPortEdit_->text());
    s.setValue(QStringLiteral("newFd"), newFdEdit_->text());
    s.setValue(QStringLiteral("mode"), modeEdit_->text());
    s.setValue(QStringLiteral("echoId"), echoIdEdit_->text());
    s.setValue(QStringLiteral("echoSeq"), echoSeqEdit_->text());
    s.setValue(QStringLiteral("echoPayload"), echoPayloadEdit_->text());
    s.setValue(QStringLiteral("echoTimeout"), echoTimeoutEdit_->text());
    s.setValue(QStringLiteral("domain"), domainCombo_->currentData());
    s.setValue(QStringLiteral("type"), typeCombo_->currentData());
}

} // namespace sockscope
