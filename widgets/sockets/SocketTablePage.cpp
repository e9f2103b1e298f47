#include "SocketTablePage.h"

#include "BusyIndicator.h"
#include "CopyButton.h"
#include "ErrnoInfo.h"
#include "PageHeader.h"
#include "SocketLabService.h"
#include "SocketOptionMessages.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sockscope {

namespace {

constexpr int SocketIdRole = Qt::UserRole + 1; // the SocketRegistry id of one of ours; 0 otherwise
constexpr int SortRole = Qt::UserRole + 2;

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text, SortRole);
    return item;
}

QStandardItem* numberItem(quint64 n)
{
    auto* item = new QStandardItem(QString::number(n));
    item->setEditable(false);
    item->setData(n, SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SocketTablePage::SocketTablePage(QWidget* parent)
    : Page(parent),
      service_(new SocketTableService(this)),
      tcp_(new QCheckBox(tr("&TCP"))),
      udp_(new QCheckBox(tr("&UDP"))),
      unix_(new QCheckBox(tr("U&nix"))),
      listening_(new QCheckBox(tr("&Listening only"))),
      oursOnly_(new QCheckBox(tr("Only &SockScope's"))),
      auto_(new QCheckBox(tr("Refresh every &2 s"))),
      filter_(new QLineEdit),
      refreshButton_(new QPushButton(tr("&Refresh"))),
      optionsButton_(new QPushButton(tr("&Options…"))),
      busy_(new BusyIndicator),
      status_(new QLabel),
      explanation_(new QLabel),
      model_(new QStandardItemModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      view_(new QTableView),
      timer_(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("Every socket of this machine, as the chapter's netstat -na lists them: its protocol, its state, "
           "how many bytes wait in its receive and send queues, its local and peer address, and the "
           "process that holds it. SockScope asks the kernel directly, as ss does: a netlink socket "
           "(AF_NETLINK, NETLINK_SOCK_DIAG) and one request per family and protocol, answered with one "
           "message per socket. Connections that no program holds any more (TIME_WAIT after an active "
           "close) are the kernel's alone: they have no process.")));

    auto* filterBox = new QGroupBox(tr("Which sockets"));
    auto* filterLayout = new QHBoxLayout(filterBox);
    for (QCheckBox* box : {tcp_, udp_, unix_}) {
        box->setChecked(true);
        filterLayout->addWidget(box);
    }
    tcp_->setObjectName(QStringLiteral("socketsTcp"));
    udp_->setObjectName(QStringLiteral("socketsUdp"));
    unix_->setObjectName(QStringLiteral("socketsUnix"));
    tcp_->setToolTip(tr("TCP over IPv4 and IPv6: inet_diag with IPPROTO_TCP."));
    udp_->setToolTip(tr("UDP over IPv4 and IPv6: inet_diag with IPPROTO_UDP."));
    unix_->setToolTip(tr("Unix domain sockets (stream, datagram, seqpacket): unix_diag."));
    listening_->setObjectName(QStringLiteral("socketsListening"));
    listening_->setToolTip(tr("Only sockets that wait for peers: TCP and unix listeners, and datagram sockets "
                              "that are not connected (netstat -l, ss -l)."));
    oursOnly_->setObjectName(QStringLiteral("socketsOursOnly"));
    oursOnly_->setToolTip(tr("Only the sockets SockScope itself holds: the lab's, the consoles', the echo "
                             "servers' and the scratch sockets."));
    filterLayout->addWidget(listening_);
    filterLayout->addWidget(oursOnly_);
    filter_->setObjectName(QStringLiteral("socketsFilter"));
    filter_->setPlaceholderText(tr("Filter: a port, an address, a state or a process"));
    filter_->setToolTip(tr("Shows only the rows that contain this text in any column (7007, 127.0.0.1, "
                           "TIME_WAIT, python3)."));
    filter_->setClearButtonEnabled(true);
    filterLayout->addWidget(filter_, 1);
    layout->addWidget(filterBox);

    auto* actions = new QHBoxLayout;
    refreshButton_->setObjectName(QStringLiteral("socketsRefresh"));
    refreshButton_->setToolTip(tr("Ask the kernel again (F5). Each refresh you ask for goes to the journal."));
    auto_->setObjectName(QStringLiteral("socketsAutoRefresh"));
    auto_->setToolTip(tr("Ask again every two seconds while this page is shown. These refreshes are left out "
                         "of the journal, or they would fill it."));
    optionsButton_->setObjectName(QStringLiteral("socketsOptions"));
    optionsButton_->setToolTip(tr("Open the selected socket in the Socket options page (SockScope's own sockets "
                                  "only: another process's descriptors are not ours to use)."));
    optionsButton_->setEnabled(false);
    auto* copy = new CopyButton([this] { return tableText(); }, tr("the socket table"));
    copy->setObjectName(QStringLiteral("socketsCopy"));
    connect(copy, &CopyButton::copied, this, &Page::statusMessage);
    actions->addWidget(refreshButton_);
    actions->addWidget(auto_);
    actions->addWidget(busy_, 1);
    actions->addStretch();
    actions->addWidget(optionsButton_);
    actions->addWidget(copy);
    layout->addLayout(actions);

    status_->setObjectName(QStringLiteral("socketsStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);

    model_->setColumnCount(ColumnCount);
    model_->setHorizontalHeaderLabels({tr("Proto"), tr("State"), tr("Recv-Q"), tr("Send-Q"), tr("Local address"),
                                       tr("Peer address"), tr("Process"), tr("Timer"), tr("SockScope's")});
    const QString tips[ColumnCount] = {
        tr("tcp, udp (a 6: over IPv6), unix-stream, unix-dgram or unix-seqpacket."),
        tr("The state as the kernel names it (LISTEN, ESTABLISHED, TIME_WAIT…); UNCONN: a datagram socket "
           "with no connected peer."),
        tr("Bytes received and not yet read. For a listener: the connections that completed the handshake "
           "and wait for accept()."),
        tr("Bytes sent and not yet acknowledged by the peer. For a listener: its backlog, as listen() set it "
           "(at most SOMAXCONN)."),
        tr("The address the socket is bound to (getsockname)."),
        tr("The connected peer's address (getpeername); empty when there is none. A unix peer shows the name "
           "of the socket at the other end."),
        tr("The process that holds a descriptor for the socket (PID/name), where /proc lets us read it: a "
           "normal user sees only their own processes."),
        tr("A TCP timer that runs: retransmit, keepalive, time-wait or zero-window probe, with the time left."),
        tr("Which part of SockScope holds the socket, when it is one of ours."),
    };
    for (int c = 0; c < ColumnCount; ++c)
        model_->horizontalHeaderItem(c)->setToolTip(tips[c]);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(SortRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view_->setObjectName(QStringLiteral("socketsTable"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(ProtoColumn, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->verticalHeader()->hide();
    view_->setWordWrap(false);
    view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setMinimumHeight(view_->fontMetrics().height() * 10);
    const int ch = view_->fontMetrics().averageCharWidth();
    const int widths[ColumnCount] = {13, 13, 8, 8, 24, 24, 18, 17, 30};
    for (int c = 0; c < ColumnCount; ++c)
        view_->setColumnWidth(c, widths[c] * ch);
    layout->addWidget(view_, 1);

    explanation_->setObjectName(QStringLiteral("socketsExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(explanation_);
    auto* note = new QLabel(tr("The chapter gives SOMAXCONN as 128; this kernel caps a listener's backlog (its "
                               "Send-Q here) at %1 (net.core.somaxconn, read now).")
                                .arg(SocketLabService::somaxconn()));
    note->setObjectName(QStringLiteral("socketsSomaxconnNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    // A hidden page asks nothing: it asks again when it is shown.
    for (QCheckBox* box : {tcp_, udp_, unix_, listening_, oursOnly_})
        connect(box, &QCheckBox::toggled, this, [this] {
            if (isVisible())
                refresh();
        });
    connect(filter_, &QLineEdit::textChanged, this, &SocketTablePage::applyTextFilter);
    connect(refreshButton_, &QPushButton::clicked, this, [this] { refresh(); });
    auto* f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, [this] { refresh(); });
    timer_->setInterval(autoRefreshMs);
    connect(timer_, &QTimer::timeout, this, [this] {
        if (!service_->isBusy())
            refresh(false);
    });
    connect(auto_, &QCheckBox::toggled, this, [this](bool on) {
        if (on && isVisible())
            timer_->start();
        else
            timer_->stop();
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SocketTablePage::explainSelection);
    connect(optionsButton_, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = view_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            if (const quint64 id = rows.first().data(SocketIdRole).toULongLong())
                emit socketOptionsRequested(id);
    });
    connect(service_, &SocketTableService::listed, this, &SocketTablePage::showSnapshot);

    QWidget* order[] = {tcp_, udp_, unix_, listening_, oursOnly_, filter_, refreshButton_, auto_, optionsButton_,
                        copy, view_};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    explainSelection();
}

QString SocketTablePage::title() const { return tr("Sockets on this machine"); }

QString SocketTablePage::summary() const
{
    return tr("netstat -na: every TCP, UDP and unix socket of the machine, from the kernel through sock_diag.");
}

QWidget* SocketTablePage::firstField() const { return filter_; }

void SocketTablePage::refresh(bool journal)
{
    SocketTableQuery q;
    q.tcp = tcp_->isChecked();
    q.udp = udp_->isChecked();
    q.unixSockets = unix_->isChecked();
    q.listeningOnly = listening_->isChecked();
    if (!q.tcp && !q.udp && !q.unixSockets) {
        model_->removeRows(0, model_->rowCount());
        status_->setText(tr("Choose at least one of TCP, UDP and Unix."));
        return;
    }
    request_ = service_->list(q, journal);
    if (journal)
        busy_->start(tr("Asking the kernel"));
}

void SocketTablePage::showSnapshot(quint64 request, const SocketTableSnapshot& snapshot)
{
    if (request != request_)
        return; // superseded by a newer request
    busy_->stop();
    const SocketTableResult& r = snapshot.table;
    if (!r.ok) {
        model_->removeRows(0, model_->rowCount());
        status_->setText(tr("The kernel could not be asked: %1() failed with %2 (%3). The socket table needs "
                            "Linux's sock_diag netlink interface.")
                             .arg(QString::fromStdString(r.failedCall), QString::fromStdString(errnoSymbol(r.err)),
                                  QString::fromStdString(errnoText(r.err))));
        emit refreshed();
        return;
    }
    // Keep the selected socket selected across refreshes.
    QString selectedKey;
    if (const QModelIndexList rows = view_->selectionModel()->selectedRows(); !rows.isEmpty())
        selectedKey = rows.first().data(Qt::UserRole).toString();

    const qint64 ourPid = QCoreApplication::applicationPid();
    QList<QList<QStandardItem*>> rows;
    int ours = 0, tcp = 0, udp = 0, unixCount = 0;
    for (const MachineSocket& s : r.sockets) {
        const auto mine = s.inode ? snapshot.ours.find(s.inode) : snapshot.ours.end();
        const bool isOurs = mine != snapshot.ours.end();
        if (oursOnly_->isChecked() && !isOurs)
            continue;
        ours += isOurs ? 1 : 0;
        (s.proto == "tcp" ? tcp : s.proto == "udp" ? udp : unixCount) += 1;
        QString process;
        if (s.pid)
            process = QStringLiteral("%1/%2").arg(s.pid).arg(QString::fromStdString(s.process));
        QString timer;
        if (!s.timer.empty())
            timer = tr("%1 (%2 s)").arg(QString::fromStdString(s.timer)).arg((s.timerMs + 999) / 1000);
        QString owner;
        if (isOurs)
            owner = QStringLiteral("%1 · %2").arg(SocketOptionMessages::ownerName(mine->second.owner),
                                                  QString::fromStdString(mine->second.label));
        else if (s.pid == ourPid)
            owner = tr("SockScope");
        QList<QStandardItem*> row{textItem(QString::fromStdString(netstatProto(s))),
                                  textItem(QString::fromStdString(s.state)),
                                  numberItem(s.recvQ),
                                  numberItem(s.sendQ),
                                  textItem(QString::fromStdString(s.local)),
                                  textItem(QString::fromStdString(s.peer)),
                                  textItem(process),
                                  textItem(timer),
                                  textItem(owner)};
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(QString::fromStdString(s.proto), QString::fromStdString(s.local),
                                     QString::fromStdString(s.peer))
                                .arg(s.inode);
        row[ProtoColumn]->setData(key, Qt::UserRole);
        row[ProtoColumn]->setData(isOurs ? QVariant::fromValue<quint64>(mine->second.id) : QVariant(quint64(0)),
                                  SocketIdRole);
        if (isOurs || s.pid == ourPid) {
            QFont bold = view_->font();
            bold.setBold(true);
            for (QStandardItem* item : row)
                item->setFont(bold);
        }
        rows.append(row);
    }
    view_->setUpdatesEnabled(false);
    model_->removeRows(0, model_->rowCount());
    for (const auto& row : rows)
        model_->appendRow(row);
    view_->setUpdatesEnabled(true);
    if (!selectedKey.isEmpty()) {
        const QModelIndexList match = proxy_->match(proxy_->index(0, ProtoColumn), Qt::UserRole, selectedKey, 1,
                                                    Qt::MatchExactly);
        if (!match.isEmpty())
            view_->selectRow(match.first().row());
    }
    status_->setText(tr("%n socket(s): %1 TCP, %2 UDP, %3 unix; %4 of them SockScope's (in bold). %5 netlink "
                        "request(s) answered in %6.",
                        nullptr, static_cast<int>(rows.size()))
                         .arg(tcp)
                         .arg(udp)
                         .arg(unixCount)
                         .arg(ours)
                         .arg(r.dumps)
                         .arg(BusyIndicator::durationText(snapshot.durationUs)));
    explainSelection();
    emit refreshed();
}

void SocketTablePage::applyTextFilter()
{
    proxy_->setFilterFixedString(filter_->text().trimmed());
}

QString SocketTablePage::stateMeaning(const QString& proto, const QString& state) const
{
    const bool datagram = proto.startsWith(QLatin1String("udp")) || proto == QLatin1String("unix-dgram");
    if (state == QLatin1String("LISTEN"))
        return tr("It listens: listen() was called, and the kernel completes handshakes on its own. Recv-Q is the "
                  "number of finished connections waiting for accept(), Send-Q the backlog.");
    if (state == QLatin1String("UNCONN"))
        return tr("A datagram socket with no connected peer: it takes datagrams from anyone (recvfrom) and "
                  "sends wherever sendto says.");
    if (state == QLatin1String("ESTABLISHED"))
        return datagram ? tr("A connected datagram socket: connect() fixed its peer, so send() and recv() need no "
                             "address and datagrams from others are dropped.")
                        : tr("A connection in use: both sides may send. Recv-Q: bytes arrived that the program has "
                             "not read yet; Send-Q: bytes sent that the peer has not acknowledged.");
    if (state == QLatin1String("TIME_WAIT"))
        return tr("The side that closed first waits here for twice the maximum segment lifetime (60 s on Linux), "
                  "so that late packets of this connection die out. No program holds it: a bind() to its "
                  "address fails with EADDRINUSE unless SO_REUSEADDR is set.");
    if (state == QLatin1String("CLOSE_WAIT"))
        return tr("The peer closed its side (a FIN came, recv() returns 0) and this program has not closed yet.");
    if (state == QLatin1String("FIN_WAIT1") || state == QLatin1String("FIN_WAIT2"))
        return tr("This side closed or shut down writing; it waits for the peer's acknowledgement (FIN_WAIT1) "
                  "and then for the peer's own FIN (FIN_WAIT2).");
    if (state == QLatin1String("LAST_ACK"))
        return tr("The peer closed first, then this side: the kernel waits for the acknowledgement of its FIN.");
    if (state == QLatin1String("SYN_SENT"))
        return tr("connect() sent a SYN and waits for the answer.");
    if (state == QLatin1String("SYN_RECV"))
        return tr("A SYN arrived and was answered; the handshake's last ACK is awaited.");
    if (state == QLatin1String("CLOSING"))
        return tr("Both sides closed at the same moment; each waits for the other's acknowledgement.");
    if (state == QLatin1String("CLOSE"))
        return tr("Not connected and not listening: created or bound, nothing more.");
    return {};
}

void SocketTablePage::explainSelection()
{
    const QModelIndexList rows = view_->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        optionsButton_->setEnabled(false);
        explanation_->setText(tr("Select a socket to see what its state and its queues mean."));
        return;
    }
    const QModelIndex first = rows.first();
    const auto cell = [&](int column) { return first.sibling(first.row(), column).data().toString(); };
    const bool ours = first.data(SocketIdRole).toULongLong() != 0;
    optionsButton_->setEnabled(ours);
    QString text = QStringLiteral("%1 %2 %3").arg(cell(ProtoColumn), cell(LocalColumn), cell(StateColumn));
    const QString meaning = stateMeaning(cell(ProtoColumn), cell(StateColumn));
    if (!meaning.isEmpty())
        text += QStringLiteral(": ") + meaning;
    if (!ours && !cell(OursColumn).isEmpty())
        text += QLatin1Char(' ') + tr("SockScope holds it, though not as a socket of its own pages.");
    explanation_->setText(text);
}

QString SocketTablePage::tableText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << model_->horizontalHeaderItem(c)->text();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < proxy_->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << proxy_->index(r, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void SocketTablePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refresh(); // what the user came to see is the table as it is now
    if (auto_->isChecked())
        timer_->start();
}

void SocketTablePage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    timer_->stop();
}

void SocketTablePage::restoreInputs(const QSettings& settings)
{
    const auto flag = [&settings](const char* key, bool fallback) {
        return settings.value(QString::fromLatin1(key), fallback).toBool();
    };
    tcp_->setChecked(flag("tcp", true));
    udp_->setChecked(flag("udp", true));
    unix_->setChecked(flag("unix", true));
    listening_->setChecked(flag("listening", false));
    oursOnly_->setChecked(flag("oursOnly", false));
    auto_->setChecked(flag("autoRefresh", false));
    filter_->setText(settings.value(QStringLiteral("filter")).toString());
}

void SocketTablePage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("tcp"), tcp_->isChecked());
    settings.setValue(QStringLiteral("udp"), udp_->isChecked());
    settings.setValue(QStringLiteral("unix"), unix_->isChecked());
    settings.setValue(QStringLiteral("listening"), listening_->isChecked());
    settings.setValue(QStringLiteral("oursOnly"), oursOnly_->isChecked());
    settings.setValue(QStringLiteral("autoRefresh"), auto_->isChecked());
    settings.setValue(QStringLiteral("filter"), filter_->text());
}

void SocketTablePage::showExample()
{
    for (QCheckBox* box : {tcp_, udp_, unix_})
        box->setChecked(true);
    listening_->setChecked(false);
    oursOnly_->setChecked(false);
    filter_->clear();
}

} // namespace sockscope
