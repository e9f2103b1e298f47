#include "MulticastBox.h"

#include "FieldFeedback.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpacerItem>
#include <QToolButton>
#include <QVBoxLayout>

namespace sockscope {

namespace {

// A label or check box beside a field with its message under it: as tall as a line edit, so its text
// lines up with the field's while the message below grows the row.
QWidget* besideField(QWidget* w)
{
    w->setMinimumHeight(QLineEdit().sizeHint().height());
    if (auto* l = qobject_cast<QLabel*>(w))
        l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return w;
}

QLabel* fieldLabel(const QString& text, QWidget* buddy)
{
    auto* l = new QLabel(text);
    l->setBuddy(buddy);
    besideField(l);
    return l;
}

} // namespace

MulticastBox::MulticastBox(ClientSessionService* service, QWidget* parent) : QWidget(parent), service_(service)
{
    setObjectName(QStringLiteral("consoleMulticast"));
    header_ = new QToolButton;
    header_->setObjectName(QStringLiteral("consoleMulticastHeader"));
    header_->setText(tr("Broadcast && multicast"));
    header_->setCheckable(true);
    header_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header_->setAutoRaise(true);
    content_ = new QWidget;
    auto* inner = new QVBoxLayout(content_);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(buildSocketRow());
    inner->addWidget(buildSendingRow());
    inner->addWidget(buildGroupRows());

    offer_ = new QWidget;
    offer_->setObjectName(QStringLiteral("consoleBroadcastOffer"));
    auto* offerRow = new QHBoxLayout(offer_);
    offerRow->setContentsMargins(0, 0, 0, 0);
    auto* offerText = new QLabel(tr("The destination is a broadcast address and SO_BROADCAST is off, so the kernel "
                                    "refused it with EACCES."));
    offerText->setWordWrap(true);
    auto* turnOn = new QPushButton(tr("Turn SO_BROADCAST on"));
    turnOn->setObjectName(QStringLiteral("consoleBroadcastTurnOn"));
    turnOn->setToolTip(tr("setsockopt(SO_BROADCAST, 1) on the open socket, or before the next connect()."));
    offerRow->addWidget(offerText, 1);
    offerRow->addWidget(turnOn);
    offer_->hide();

    readBack_ = new QLabel;
    readBack_->setObjectName(QStringLiteral("consoleMulticastReadBack"));
    readBack_->setWordWrap(true);
    readBack_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readBack_->setToolTip(tr("What getsockopt returns after each change: the values the kernel kept."));
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("consoleMulticastStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    inner->addWidget(readBack_);
    inner->addWidget(status_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(header_, 0, Qt::AlignLeft);
    layout->addWidget(offer_);
    layout->addWidget(content_);

    connect(header_, &QToolButton::toggled, this, [this](bool on) { setOpen(on); });
    connect(turnOn, &QPushButton::clicked, this, [this] {
        showBroadcastOffer(false);
        setOpen(true);
        if (broadcast_->isChecked() && service_->isConnected())
            service_->setBroadcast(true); // checked already (the read-back may lag): set it again
        broadcast_->setChecked(true);
        if (!service_->isConnected())
            status_->setText(tr("SO_BROADCAST will be set before the next connect(): press Connect again."));
    });
    connect(service_, &ClientSessionService::datagramReport, this, &MulticastBox::onReport);
    connect(service_, &ClientSessionService::connected, this, [this](const ClientConnectOutcome& o) {
        if (!o.ok && o.broadcastRefused)
            showBroadcastOffer(true);
        else if (o.ok)
            status_->clear();
        updateState();
    });
    connect(service_, &ClientSessionService::ioError, this, [this](const ClientIoError& e) {
        if (e.broadcastRefused)
            showBroadcastOffer(true);
    });
    connect(service_, &ClientSessionService::socketClosed, this, [this] {
        groups_->clear();
        readBack_->clear();
        updateState();
    });
    setOpen(false);
    setTransport(ClientTransport::Udp);
}

QWidget* MulticastBox::buildSocketRow()
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(fontMetrics().height() / 4);
    broadcast_ = new QCheckBox(tr("SO_BROADCAST"));
    broadcast_->setObjectName(QStringLiteral("consoleBroadcast"));
    broadcast_->setToolTip(tr("Allow sending to a broadcast address (10.0.0.255, 255.255.255.255): without it "
                              "connect() and sendto() fail with EACCES. Linux checks it when it looks up the route: "
                              "at connect() for a connected socket, at every sendto() for an unconnected one."));
    bindPort_ = new QLineEdit;
    bindPort_->setObjectName(QStringLiteral("consoleBindPort"));
    bindPort_->setPlaceholderText(tr("none"));
    bindPort_->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    bindPort_->setToolTip(tr("bind() to this port on the wildcard address before connecting (SO_REUSEADDR on): "
                             "where datagrams to a group or a broadcast arrive. Empty: no bind."));
    bindPortFeedback_ = new FieldFeedback(bindPort_);
    connect_ = new QCheckBox(tr("connect()"));
    connect_->setObjectName(QStringLiteral("consoleUdpConnect"));
    connect_->setToolTip(tr("Connected, the socket receives from the target only. Off: no connect(); Send is "
                            "sendto() the target and datagrams from any sender arrive, as a group's receiver needs."));
    auto* bindLabel = fieldLabel(tr("Bind to &port"), bindPort_);
    besideField(broadcast_);
    besideField(connect_);
    auto* note = new QLabel(tr("(port and connect() apply at the next Connect)"));
    note->setEnabled(false);
    // The field's message goes on a row of its own under the whole line, where it has room to wrap.
    grid->addWidget(broadcast_, 0, 0);
    grid->addWidget(bindLabel, 0, 1);
    grid->addWidget(bindPort_, 0, 2);
    grid->addWidget(connect_, 0, 3);
    grid->addWidget(note, 0, 4);
    grid->addWidget(bindPortFeedback_->messageLabel(), 1, 1, 1, 5);
    grid->setColumnStretch(5, 1);
    connect(broadcast_, &QCheckBox::toggled, this, [this](bool on) {
        if (applying_)
            return;
        if (service_->isConnected())
            service_->setBroadcast(on);
        if (on)
            showBroadcastOffer(false);
    });
    connect(bindPort_, &QLineEdit::textEdited, bindPortFeedback_, &FieldFeedback::clearError);
    return box;
}

QWidget* MulticastBox::buildSendingRow()
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(fontMetrics().height() / 4);
    interface_ = new QLineEdit;
    interface_->setObjectName(QStringLiteral("consoleMulticastInterface"));
    interface_->setPlaceholderText(tr("by the route"));
    interface_->setToolTip(tr("IP_MULTICAST_IF (an interface name or index, or an IPv4 address of this host) or "
                              "IPV6_MULTICAST_IF (a name or index): where datagrams to a group leave."));
    interfaceFeedback_ = new FieldFeedback(interface_);
    setInterface_ = new QPushButton(tr("Set"));
    setInterface_->setObjectName(QStringLiteral("consoleSetMulticastInterface"));
    setInterface_->setToolTip(tr("setsockopt(IP_MULTICAST_IF) now; empty goes back to the route's choice."));
    ttl_ = new QLineEdit;
    ttl_->setObjectName(QStringLiteral("consoleMulticastTtl"));
    ttl_->setPlaceholderText(tr("1"));
    ttl_->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000000")));
    ttl_->setToolTip(tr("IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS), 0 to 255: how many routers a datagram to a group "
                        "may cross; 1 keeps it on the local network."));
    ttlFeedback_ = new FieldFeedback(ttl_);
    setTtl_ = new QPushButton(tr("Set"));
    setTtl_->setObjectName(QStringLiteral("consoleSetMulticastTtl"));
    setTtl_->setToolTip(tr("setsockopt(IP_MULTICAST_TTL) now, then getsockopt to read it back."));
    loop_ = new QCheckBox(tr("Loop"));
    loop_->setObjectName(QStringLiteral("consoleMulticastLoop"));
    loop_->setToolTip(tr("IP_MULTICAST_LOOP (IPV6_MULTICAST_LOOP): this host's own members of a group get our "
                         "datagrams to it too."));
    // Each field's message on the row under it, spanning to the right, where it has room to wrap.
    grid->addWidget(fieldLabel(tr("Multicast &interface"), interface_), 0, 0);
    grid->addWidget(interface_, 0, 1);
    grid->addWidget(setInterface_, 0, 2);
    grid->addItem(new QSpacerItem(fontMetrics().horizontalAdvance(QLatin1Char('M')), 0), 0, 3);
    grid->addWidget(fieldLabel(tr("&TTL"), ttl_), 0, 4);
    grid->addWidget(ttl_, 0, 5);
    grid->addWidget(setTtl_, 0, 6);
    grid->addWidget(loop_, 0, 7);
    grid->addWidget(interfaceFeedback_->messageLabel(), 1, 1, 1, 2);
    grid->addWidget(ttlFeedback_->messageLabel(), 1, 4, 1, 5);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(8, 1);
    connect(setInterface_, &QPushButton::clicked, this, &MulticastBox::applyInterface);
    connect(interface_, &QLineEdit::returnPressed, this, &MulticastBox::applyInterface);
    connect(interface_, &QLineEdit::textEdited, interfaceFeedback_, &FieldFeedback::clearError);
    connect(setTtl_, &QPushButton::clicked, this, &MulticastBox::applyTtl);
    connect(ttl_, &QLineEdit::returnPressed, this, &MulticastBox::applyTtl);
    connect(ttl_, &QLineEdit::textEdited, ttlFeedback_, &FieldFeedback::clearError);
    connect(loop_, &QCheckBox::toggled, this, [this](bool on) {
        if (!applying_ && service_->isConnected())
            service_->setMulticastLoop(on);
    });
    return box;
}

QWidget* MulticastBox::buildGroupRows()
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    group_ = new QLineEdit;
    group_->setObjectName(QStringLiteral("consoleGroup"));
    group_->setPlaceholderText(tr("239.1.2.3 or ff12::1"));
    group_->setToolTip(tr("A multicast group of the session's family: 224.0.0.0/4 for IPv4, ff00::/8 for IPv6."));
    groupFeedback_ = new FieldFeedback(group_);
    source_ = new QLineEdit;
    source_->setObjectName(QStringLiteral("consoleGroupSource"));
    source_->setPlaceholderText(tr("any source"));
    source_->setToolTip(tr("IPv4 only: receive the group from this source alone (IP_ADD_SOURCE_MEMBERSHIP)."));
    groupInterface_ = new QLineEdit;
    groupInterface_->setObjectName(QStringLiteral("consoleGroupInterface"));
    groupInterface_->setPlaceholderText(tr("by the route"));
    groupInterface_->setToolTip(tr("The interface to join on, by name (lo) or index."));
    join_ = new QPushButton(tr("Join"));
    join_->setObjectName(QStringLiteral("consoleJoin"));
    join_->setToolTip(tr("IP_ADD_MEMBERSHIP (struct ip_mreqn), IP_ADD_SOURCE_MEMBERSHIP or IPV6_JOIN_GROUP "
                         "(struct ipv6_mreq) on this socket."));
    leave_ = new QPushButton(tr("Leave"));
    leave_->setObjectName(QStringLiteral("consoleLeave"));
    leave_->setToolTip(tr("IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP or IPV6_LEAVE_GROUP."));
    groups_ = new QListWidget;
    groups_->setObjectName(QStringLiteral("consoleGroups"));
    groups_->setToolTip(tr("The groups this socket has joined; pick one to fill in the fields for Leave."));
    groups_->setMaximumHeight(fontMetrics().height() * 3 + 2 * groups_->frameWidth() + 4);
    auto* row = new QHBoxLayout;
    row->addWidget(fieldLabel(tr("&Group"), group_), 0, Qt::AlignTop);
    row->addWidget(groupFeedback_->fieldWithMessage(), 2);
    row->addWidget(fieldLabel(tr("&Source"), source_), 0, Qt::AlignTop);
    row->addWidget(source_, 1, Qt::AlignTop);
    row->addWidget(fieldLabel(tr("O&n"), groupInterface_), 0, Qt::AlignTop);
    row->addWidget(groupInterface_, 1, Qt::AlignTop);
    row->addWidget(join_, 0, Qt::AlignTop);
    row->addWidget(leave_, 0, Qt::AlignTop);
    grid->addLayout(row, 0, 0, 1, 2);
    grid->addWidget(besideField(new QLabel(tr("Joined"))), 1, 0, Qt::AlignTop);
    grid->addWidget(groups_, 1, 1);
    connect(join_, &QPushButton::clicked, this, [this] { changeMembership(true); });
    connect(leave_, &QPushButton::clicked, this, [this] { changeMembership(false); });
    connect(group_, &QLineEdit::returnPressed, this, [this] { changeMembership(true); });
    connect(group_, &QLineEdit::textEdited, groupFeedback_, &FieldFeedback::clearError);
    connect(groups_, &QListWidget::currentTextChanged, this, [this](const QString& text) {
        // "232.1.2.3 from 192.0.2.1 on lo"
        const QStringList w = text.split(QLatin1Char(' '));
        if (w.isEmpty() || w.first().isEmpty())
            return;
        group_->setText(w.first());
        const qsizetype from = w.indexOf(QStringLiteral("from"));
        const qsizetype on = w.indexOf(QStringLiteral("on"));
        source_->setText(from >= 0 && from + 1 < w.size() ? w.at(from + 1) : QString());
        groupInterface_->setText(on >= 0 && on + 1 < w.size() ? w.at(on + 1) : QString());
    });
    return box;
}

void MulticastBox::setTransport(ClientTransport transport)
{
    udp_ = transport == ClientTransport::Udp;
    if (!udp_) {
        setOpen(false);
        showBroadcastOffer(false);
    }
    header_->setEnabled(udp_);
    header_->setToolTip(udp_ ? tr("SO_BROADCAST, where to bind and whether to connect(), the multicast interface, "
                                  "TTL and loop, and the groups this UDP socket joins.")
                             : tr("Broadcast and multicast are for UDP: a TCP or unix socket has no broadcast address "
                                  "and joins no group. Choose UDP to use them."));
    updateState();
}

void MulticastBox::setOpen(bool open)
{
    const bool on = open && udp_;
    header_->setChecked(on);
    header_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    content_->setVisible(on);
}

bool MulticastBox::isOpen() const { return header_->isChecked(); }

std::optional<ClientDatagramSetup> MulticastBox::validate()
{
    ClientDatagramSetup s;
    if (!udp_)
        return s;
    const auto port = bindPortFeedback_->checkUnsigned(tr("Bind port"), 1, 65535, 0);
    const bool ttlOk = ttl_->text().trimmed().isEmpty() || ttlFeedback_->checkUnsigned(tr("TTL"), 0, 255).has_value();
    if (!port || !ttlOk) {
        setOpen(true);
        return std::nullopt;
    }
    s.broadcast = broadcast_->isChecked();
    s.bindPort = static_cast<int>(*port);
    s.connect = connect_->isChecked();
    return s;
}

void MulticastBox::applyTtl()
{
    const auto ttl = ttlFeedback_->checkUnsigned(tr("TTL"), 0, 255);
    if (ttl && service_->isConnected())
        service_->setMulticastTtl(static_cast<int>(*ttl));
}

void MulticastBox::applyInterface()
{
    interfaceFeedback_->clearError();
    if (service_->isConnected())
        service_->setMulticastInterface(interface_->text());
}

void MulticastBox::changeMembership(bool join)
{
    if (group_->text().trimmed().isEmpty()) {
        groupFeedback_->setError(tr("Group: give a multicast address, e.g. 239.1.2.3 or ff12::1."));
        return;
    }
    if (!service_->isConnected()) {
        groupFeedback_->setError(tr("Connect the UDP session first: a group is joined on its socket."));
        return;
    }
    groupFeedback_->clearError();
    if (join)
        service_->joinGroup(group_->text(), source_->text(), groupInterface_->text());
    else
        service_->leaveGroup(group_->text(), source_->text(), groupInterface_->text());
}

void MulticastBox::applyPending(const ClientDatagramReport& initial)
{
    if (!interface_->text().trimmed().isEmpty())
        service_->setMulticastInterface(interface_->text());
    if (!ttl_->text().trimmed().isEmpty()) {
        if (const auto ttl = ttlFeedback_->checkUnsigned(tr("TTL"), 0, 255))
            service_->setMulticastTtl(static_cast<int>(*ttl));
    }
    if (initial.loop >= 0 && (initial.loop == 1) != loop_->isChecked())
        service_->setMulticastLoop(loop_->isChecked());
}

void MulticastBox::onReport(const ClientDatagramReport& r)
{
    const QString ttlName = r.v6 ? QStringLiteral("IPV6_MULTICAST_HOPS") : QStringLiteral("IP_MULTICAST_TTL");
    const QString loopName = r.v6 ? QStringLiteral("IPV6_MULTICAST_LOOP") : QStringLiteral("IP_MULTICAST_LOOP");
    const QString ifName = r.v6 ? QStringLiteral("IPV6_MULTICAST_IF") : QStringLiteral("IP_MULTICAST_IF");
    const auto number = [](int v) { return v < 0 ? QStringLiteral("?") : QString::number(v); };
    QString iface = r.interface.isEmpty() ? QStringLiteral("?") : r.interface;
    if (!r.v6 && r.interface == QLatin1String("INADDR_ANY") && !interface_->text().trimmed().isEmpty()
        && !interface_->text().contains(QLatin1Char('.')))
        iface = tr("%1 (an interface set by name or index reads back as INADDR_ANY: Linux returns the address "
                   "part only)")
                    .arg(iface);
    if (r.broadcast >= 0 || r.ttl >= 0)
        readBack_->setText(tr("getsockopt: SO_BROADCAST %1 · %2 %3 · %4 %5 · %6 %7")
                               .arg(number(r.broadcast), ttlName, number(r.ttl), loopName, number(r.loop), ifName, iface));
    applying_ = true;
    if (r.broadcast >= 0)
        broadcast_->setChecked(r.broadcast == 1);
    if (r.loop >= 0 && r.field != QLatin1String())
        loop_->setChecked(r.loop == 1);
    applying_ = false;
    if (r.broadcast >= 0) {
        groups_->clear();
        groups_->addItems(r.groups);
    }

    FieldFeedback* feedback = r.field == QLatin1String("ttl")         ? ttlFeedback_
                              : r.field == QLatin1String("interface") ? interfaceFeedback_
                              : r.field == QLatin1String("join") || r.field == QLatin1String("leave") ? groupFeedback_
                                                                                                      : nullptr;
    if (!r.ok) {
        const QString words = r.errnoSymbol.isEmpty() ? r.message : tr("%1 (%2)").arg(r.message, r.errnoSymbol);
        if (feedback)
            feedback->setError(words);
        else
            status_->setText(words);
    } else {
        if (feedback)
            feedback->clearError();
        status_->setText(r.message); // an adjustment the kernel made, or nothing
        if (r.field == QLatin1String("broadcast") && r.broadcast == 1)
            showBroadcastOffer(false);
    }
    if (r.field.isEmpty())
        applyPending(r);
}

void MulticastBox::showBroadcastOffer(bool show)
{
    offer_->setVisible(show && udp_);
}

void MulticastBox::updateState()
{
    const bool open = service_->isConnected();
    content_->setEnabled(udp_);
    bindPort_->setEnabled(!open);
    connect_->setEnabled(!open);
    for (QPushButton* b : {setInterface_, setTtl_, join_, leave_}) {
        b->setEnabled(open);
        b->setToolTip(b->toolTip().section(QLatin1Char('\n'), 0, 0)
                      + (open ? QString() : QLatin1Char('\n') + tr("Connect the UDP session first.")));
    }
}

void MulticastBox::resetToDefaults()
{
    broadcast_->setChecked(false);
    bindPort_->clear();
    connect_->setChecked(true);
    interface_->clear();
    ttl_->clear();
    loop_->setChecked(true);
    group_->clear();
    source_->clear();
    groupInterface_->clear();
    for (FieldFeedback* f : {bindPortFeedback_, interfaceFeedback_, ttlFeedback_, groupFeedback_})
        f->clearError();
    setOpen(false);
}

void MulticastBox::restore(const QSettings& settings, const QString& prefix)
{
    const auto value = [&](const char* key, const QVariant& fallback) {
        return settings.value(prefix + QLatin1String(key), fallback);
    };
    broadcast_->setChecked(value("broadcast", false).toBool());
    bindPort_->setText(value("bindPort", QString()).toString());
    connect_->setChecked(value("connect", true).toBool());
    interface_->setText(value("interface", QString()).toString());
    ttl_->setText(value("ttl", QString()).toString());
    loop_->setChecked(value("loop", true).toBool());
    group_->setText(value("group", QString()).toString());
    setOpen(value("open", false).toBool());
}

void MulticastBox::save(QSettings& settings, const QString& prefix) const
{
    const auto set = [&](const char* key, const QVariant& v) { settings.setValue(prefix + QLatin1String(key), v); };
    set("broadcast", broadcast_->isChecked());
    set("bindPort", bindPort_->text());
    set("connect", connect_->isChecked());
    set("interface", interface_->text());
    set("ttl", ttl_->text());
    set("loop", loop_->isChecked());
    set("group", group_->text());
    set("open", header_->isChecked());
}

} // namespace sockscope
