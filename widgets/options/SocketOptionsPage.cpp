#include "SocketOptionsPage.h"

#include "CopyButton.h"
#include "PageHeader.h"
#include "PaletteColors.h"
#include "SocketConstants.h"
#include "SocketOptionMessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace sockscope {

namespace {

constexpr int specRole = Qt::UserRole + 1;

const SocketOptionSpec* specOfRow(const QAbstractItemModel* model, int row)
{
    const QVariant v = model->index(row, SocketOptionsPage::NameColumn).data(specRole);
    const auto catalogue = socketOptionCatalogue();
    const int i = v.isValid() ? v.toInt() : -1;
    return i >= 0 && i < static_cast<int>(catalogue.size()) ? &catalogue[static_cast<std::size_t>(i)] : nullptr;
}

// An editor that suits the option's type: a choice for on/off, a bounded spin box for numbers, a
// line with an example for structures and names.
class OptionValueDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const SocketOptionSpec* spec = specOfRow(index.model(), index.row());
        if (!spec)
            return QStyledItemDelegate::createEditor(parent, option, index);
        if (spec->type == OptionType::Bool) {
            auto* box = new QComboBox(parent);
            box->addItem(SocketOptionsPage::tr("0 (off)"), QStringLiteral("0"));
            box->addItem(SocketOptionsPage::tr("1 (on)"), QStringLiteral("1"));
            return box;
        }
        if (spec->type == OptionType::Int) {
            auto* spin = new QSpinBox(parent);
            spin->setRange(static_cast<int>(std::max<std::int64_t>(spec->min, INT_MIN)),
                           static_cast<int>(std::min<std::int64_t>(spec->max, INT_MAX)));
            spin->setToolTip(SocketOptionMessages::allowedValues(*spec));
            return spin;
        }
        auto* line = new QLineEdit(parent);
        if (spec->type == OptionType::Linger)
            line->setPlaceholderText(SocketOptionsPage::tr("{onoff, seconds}, e.g. {1, 5}"));
        else if (spec->type == OptionType::Timeval)
            line->setPlaceholderText(SocketOptionsPage::tr("{seconds, microseconds} or seconds, e.g. 1.5"));
        else
            line->setPlaceholderText(SocketOptionsPage::tr("e.g. cubic or reno"));
        line->setToolTip(SocketOptionMessages::allowedValues(*spec));
        return line;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        // The number in front: "1 (SOCK_STREAM)" edits as 1.
        const QString text = index.data(Qt::EditRole).toString().section(QLatin1Char(' '), 0, 0);
        if (auto* box = qobject_cast<QComboBox*>(editor))
            box->setCurrentIndex(text == QLatin1String("0") ? 0 : 1);
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            spin->setValue(text.toInt());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor))
            model->setData(index, box->currentData().toString(), Qt::EditRole);
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            model->setData(index, QString::number(spin->value()), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString valueText(const OptionReading& r)
{
    return QString::fromStdString(formatOptionValue(*r.spec, r.value));
}

} // namespace

SocketOptionsPage::SocketOptionsPage(QWidget* parent)
    : Page(parent), picker_(new QComboBox), scratchFamily_(new QComboBox), scratchType_(new QComboBox),
      newScratchButton_(new QPushButton(tr("&New scratch socket"))),
      closeScratchButton_(new QPushButton(tr("Close scratch socket"))), socketStatus_(new QLabel),
      table_(new QTableWidget(0, ColumnCount)), applyButton_(new QPushButton(tr("&Apply"))),
      revertButton_(new QPushButton(tr("Re&vert"))), compareBox_(new QCheckBox(tr("Compare with &defaults"))),
      applyMessage_(new QLabel), tcpInfoNote_(new QLabel), demoLog_(new QPlainTextEdit), tcpInfoTimer_(new QTimer(this))
{
    setObjectName(QStringLiteral("socketOptionsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(), tr("getsockopt and setsockopt on any live socket of SockScope: an echo server's listener or one of "
                    "its connections, or a scratch socket of any kind. Change a value and Apply: the option is set, "
                    "then read back, so you see what the kernel actually kept. Every call goes to the journal.")));
    layout->addWidget(createPickerRow());

    auto* split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);

    table_->setObjectName(QStringLiteral("socketOptionsTable"));
    table_->setAccessibleName(tr("Socket options"));
    table_->setHorizontalHeaderLabels({tr("Level"), tr("Option"), tr("Value"), tr("Default"), tr("Note")});
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    table_->setItemDelegateForColumn(ValueColumn, new OptionValueDelegate(table_));
    // Names fit their contents; values get a fixed share (TCP_INFO's summary is long) and the note the rest.
    QHeaderView* header = table_->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ValueColumn, charWidth * 21);
    // At least as wide as its (translated) title, so "Standardwert" is not cut.
    header->resizeSection(DefaultColumn, std::max(charWidth * 14, header->fontMetrics().horizontalAdvance(
                                                                      table_->horizontalHeaderItem(DefaultColumn)->text())
                                                                      + charWidth * 4));
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(charWidth * 6);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setWordWrap(false);
    table_->setToolTip(tr("Every option of the catalogue. Double-click a value (or press F2) to edit it where it can "
                          "be set; greyed rows say why they cannot. Apply sets the edited values and reads them back."));
    const auto catalogue = socketOptionCatalogue();
    table_->setRowCount(static_cast<int>(catalogue.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const SocketOptionSpec& spec = catalogue[static_cast<std::size_t>(row)];
        auto* level = new QTableWidgetItem(QString::fromLatin1(spec.levelSymbol));
        auto* name = new QTableWidgetItem(QString::fromLatin1(spec.nameSymbol));
        name->setData(specRole, row);
        name->setToolTip(SocketOptionMessages::meaning(spec));
        table_->setItem(row, LevelColumn, level);
        table_->setItem(row, NameColumn, name);
        for (int c : {ValueColumn, DefaultColumn, NoteColumn})
            table_->setItem(row, c, new QTableWidgetItem);
        for (int c = 0; c < ColumnCount; ++c)
            table_->item(row, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    table_->setColumnHidden(DefaultColumn, true);
    leftLayout->addWidget(table_, 1);
    connect(table_, &QTableWidget::cellChanged, this, &SocketOptionsPage::onItemEdited);

    auto* buttons = new QHBoxLayout;
    applyButton_->setObjectName(QStringLiteral("socketOptionsApply"));
    applyButton_->setToolTip(tr("setsockopt for every edited value, each followed by getsockopt (Ctrl+Return)."));
    revertButton_->setToolTip(tr("Forget the edits and read the socket's options again."));
    compareBox_->setObjectName(QStringLiteral("socketOptionsCompare"));
    compareBox_->setToolTip(tr("Show each option's value on a fresh socket of the same kind; values that differ are "
                               "shown in bold."));
    buttons->addWidget(applyButton_);
    buttons->addWidget(revertButton_);
    buttons->addWidget(compareBox_);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    applyMessage_->setObjectName(QStringLiteral("socketOptionsMessage"));
    applyMessage_->setWordWrap(true);
    applyMessage_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(applyMessage_);
    split->addWidget(left);

    // TCP_INFO and the demonstrations share the right side as tabs, so the table and Apply keep the height.
    auto* right = new QTabWidget;
    right->setObjectName(QStringLiteral("socketOptionsSideTabs"));
    right->setDocumentMode(true);
    right->addTab(createTcpInfoBox(), tr("TCP_INFO"));
    right->addTab(createDemoBox(), tr("Demonstrations"));
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The scroll area sizes the page by its height-for-width, which adds up preferred heights: the split
    // takes what the window has instead, down to a usable minimum.
    split->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    split->setMinimumHeight(fontMetrics().height() * 15);
    layout->addWidget(split, 1);

    connect(applyButton_, &QPushButton::clicked, this, &SocketOptionsPage::apply);
    connect(revertButton_, &QPushButton::clicked, this, &SocketOptionsPage::revert);
    connect(compareBox_, &QCheckBox::toggled, this, [this](bool on) {
        table_->setColumnHidden(DefaultColumn, !on);
        if (on && current_ && !gone_)
            service_.readDefaults(current_);
        showDefaults();
    });
    auto* applyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    applyKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyKey, &QShortcut::activated, this, &SocketOptionsPage::apply);

    connect(&service_, &SocketOptionsService::socketsChanged, this, &SocketOptionsPage::onSockets);
    connect(&service_, &SocketOptionsService::optionsRead, this, &SocketOptionsPage::onOptions);
    connect(&service_, &SocketOptionsService::applied, this, &SocketOptionsPage::onApplied);
    connect(&service_, &SocketOptionsService::defaultsRead, this, &SocketOptionsPage::onDefaults);
    connect(&service_, &SocketOptionsService::tcpInfoRead, this, &SocketOptionsPage::onTcpInfo);
    connect(&service_, &SocketOptionsService::demoFinished, this, &SocketOptionsPage::onDemo);
    connect(&service_, &SocketOptionsService::scratchCreated, this, [this](quint64 id) { showSocket(id); });
    connect(&service_, &SocketOptionsService::scratchFailed, this, [this](const QString& message) {
        socketStatus_->setText(message);
    });

    tcpInfoTimer_->setInterval(1000);
    connect(tcpInfoTimer_, &QTimer::timeout, this, [this] {
        if (current_ && !gone_ && isVisible())
            service_.refreshTcpInfo(current_);
    });
    markGone(); // nothing selected yet
    socketStatus_->setText(tr("Pick a socket, or create a scratch socket."));
}

QWidget* SocketOptionsPage::createPickerRow()
{
    auto* box = new QGroupBox(tr("Socket"));
    auto* grid = new QGridLayout(box);
    picker_->setObjectName(QStringLiteral("socketOptionsPicker"));
    picker_->setAccessibleName(tr("Socket"));
    picker_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker_->setMinimumContentsLength(40);
    picker_->setToolTip(tr("Every live socket of the application, grouped by its owner; the list follows sockets as "
                           "they open and close. A socket that closed stays listed as gone."));
    auto* pickLabel = new QLabel(tr("&Live socket:"));
    pickLabel->setBuddy(picker_);
    grid->addWidget(pickLabel, 0, 0);
    grid->addWidget(picker_, 0, 1, 1, 4);
    socketStatus_->setObjectName(QStringLiteral("socketOptionsStatus"));
    socketStatus_->setWordWrap(true);
    grid->addWidget(socketStatus_, 1, 1, 1, 4);

    scratchFamily_->setObjectName(QStringLiteral("socketOptionsScratchFamily"));
    scratchFamily_->addItem(tr("IPv4 (AF_INET)"), familyInet());
    scratchFamily_->addItem(tr("IPv6 (AF_INET6)"), familyInet6());
    scratchFamily_->addItem(tr("Unix (AF_UNIX)"), familyUnix());
    scratchFamily_->setToolTip(tr("The domain of a new scratch socket."));
    scratchType_->setObjectName(QStringLiteral("socketOptionsScratchType"));
    scratchType_->addItem(tr("stream (SOCK_STREAM)"), socktypeStream());
    scratchType_->addItem(tr("datagram (SOCK_DGRAM)"), socktypeDgram());
    scratchType_->setToolTip(tr("The type of a new scratch socket."));
    newScratchButton_->setObjectName(QStringLiteral("socketOptionsNewScratch"));
    newScratchButton_->setToolTip(tr("socket(domain, type, 0): a fresh socket that belongs to this page, to try "
                                     "options on."));
    closeScratchButton_->setToolTip(tr("close() the selected scratch socket."));
    auto* scratchLabel = new QLabel(tr("Scratch &kind:"));
    scratchLabel->setBuddy(scratchFamily_);
    grid->addWidget(scratchLabel, 2, 0);
    grid->addWidget(scratchFamily_, 2, 1);
    grid->addWidget(scratchType_, 2, 2);
    grid->addWidget(newScratchButton_, 2, 3);
    grid->addWidget(closeScratchButton_, 2, 4);
    grid->setColumnStretch(5, 1);

    connect(picker_, &QComboBox::activated, this, [this](int index) {
        const quint64 id = picker_->itemData(index).toULongLong();
        if (id)
            select(id);
    });
    connect(newScratchButton_, &QPushButton::clicked, this, &SocketOptionsPage::newScratch);
    connect(closeScratchButton_, &QPushButton::clicked, this, [this] {
        if (current_)
            service_.closeScratch(current_);
    });
    return box;
}

QWidget* SocketOptionsPage::createTcpInfoBox()
{
    auto* box = new QGroupBox;
    box->setObjectName(QStringLiteral("socketOptionsTcpInfo"));
    box->setToolTip(tr("getsockopt(fd, IPPROTO_TCP, TCP_INFO, …) once a second: what TCP knows about the connection."));
    auto* form = new QFormLayout(box);
    const std::pair<const char*, QString> rows[] = {
        {"state", tr("State")},
        {"rtt", tr("Round-trip time")},
        {"rttvar", tr("RTT variance")},
        {"snd_cwnd", tr("Congestion window")},
        {"retransmits", tr("Retransmits (now / total)")},
        {"bytes_acked", tr("Bytes acknowledged")},
        {"bytes_received", tr("Bytes received")},
        {"pmtu", tr("Path MTU")},
    };
    for (const auto& [key, label] : rows) {
        auto* value = new QLabel(QStringLiteral("—"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(label);
        form->addRow(label + QLatin1Char(':'), value);
        tcpInfoLabels_.insert(QString::fromLatin1(key), value);
    }
    tcpInfoNote_->setWordWrap(true);
    form->addRow(tcpInfoNote_);
    return box;
}

QWidget* SocketOptionsPage::createDemoBox()
{
    auto* box = new QGroupBox;
    auto* layout = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    const struct {
        OptionDemo demo;
        QString text;
        QString tip;
    } demos[] = {
        {OptionDemo::RecvTimeout, tr("SO_RCVTIMEO"),
         tr("A UDP socket with a 0.5 s receive timeout waits in recv() for a datagram that never comes: recv() fails "
            "with EAGAIN.")},
        {OptionDemo::LingerReset, tr("SO_LINGER {1, 0}"),
         tr("A server closes a connection with linger on and a time of 0: close() sends a reset, and the client's "
            "recv() fails with ECONNRESET.")},
        {OptionDemo::ReuseAddress, tr("SO_REUSEADDR"),
         tr("A port whose connection sits in TIME_WAIT: bind() fails with EADDRINUSE without SO_REUSEADDR and "
            "succeeds with it.")},
        {OptionDemo::V6OnlyOn, tr("IPV6_V6ONLY on"),
         tr("An IPv6 listener on [::] with IPV6_V6ONLY on: a client from 127.0.0.1 is refused.")},
        {OptionDemo::V6OnlyOff, tr("IPV6_V6ONLY off"),
         tr("The same listener with IPV6_V6ONLY off: the IPv4 client connects and appears as ::ffff:127.0.0.1.")},
        {OptionDemo::NoDelay, tr("TCP_NODELAY latency"),
         tr("Small writes against a built-in echo server on loopback, with Nagle's algorithm on and off: the "
            "round-trip times.")},
    };
    int i = 0;
    for (const auto& d : demos) {
        auto* b = new QPushButton(d.text);
        b->setToolTip(d.tip);
        b->setObjectName(QStringLiteral("socketOptionsDemo%1").arg(static_cast<int>(d.demo)));
        const OptionDemo demo = d.demo;
        connect(b, &QPushButton::clicked, this, [this, demo] { runDemo(demo); });
        grid->addWidget(b, i / 2, i % 2);
        ++i;
    }
    layout->addLayout(grid);
    demoLog_->setObjectName(QStringLiteral("socketOptionsDemoLog"));
    demoLog_->setReadOnly(true);
    demoLog_->setAccessibleName(tr("Demonstration results"));
    demoLog_->setPlaceholderText(tr("Run a demonstration: what the kernel did appears here, in words."));
    layout->addWidget(demoLog_, 1);
    auto* copy = new CopyButton([this] { return demoLog_->toPlainText(); }, tr("the demonstration results"));
    connect(copy, &CopyButton::copied, this, &Page::statusMessage);
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(copy);
    layout->addLayout(copyRow);
    return box;
}

QString SocketOptionsPage::title() const { return tr("Socket options"); }

QString SocketOptionsPage::summary() const
{
    return tr("getsockopt/setsockopt on any live socket, with read-back, defaults, TCP_INFO and demonstrations.");
}

QWidget* SocketOptionsPage::firstField() const { return picker_; }

void SocketOptionsPage::restoreInputs(const QSettings& settings)
{
    scratchFamily_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("scratchFamily"), 0).toInt(), 0, 2));
    scratchType_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("scratchType"), 0).toInt(), 0, 1));
    compareBox_->setChecked(settings.value(QStringLiteral("compare"), false).toBool());
}

void SocketOptionsPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("scratchFamily"), scratchFamily_->currentIndex());
    settings.setValue(QStringLiteral("scratchType"), scratchType_->currentIndex());
    settings.setValue(QStringLiteral("compare"), compareBox_->isChecked());
}

void SocketOptionsPage::showExample()
{
    scratchFamily_->setCurrentIndex(0);
    scratchType_->setCurrentIndex(0);
    compareBox_->setChecked(true);
    if (!current_ || gone_)
        newScratch();
}

bool SocketOptionsPage::showSocket(quint64 socketId)
{
    wanted_ = socketId;
    const int index = picker_->findData(socketId);
    if (index >= 0) {
        picker_->setCurrentIndex(index);
        select(socketId);
    } else {
        service_.refreshSockets(); // the list will hold it
    }
    return true;
}

int SocketOptionsPage::rowOf(const QString& option) const
{
    for (int row = 0; row < table_->rowCount(); ++row)
        if (table_->item(row, NameColumn)->text() == option)
            return row;
    return -1;
}

void SocketOptionsPage::newScratch()
{
    service_.createScratch(scratchFamily_->currentData().toInt(), scratchType_->currentData().toInt());
}

void SocketOptionsPage::runDemo(OptionDemo demo)
{
    demoLog_->appendPlainText(tr("Running…"));
    service_.runDemo(demo);
}

const RegisteredSocketInfo* SocketOptionsPage::currentInfo() const
{
    for (const RegisteredSocketInfo& s : sockets_)
        if (s.id == current_)
            return &s;
    return nullptr;
}

void SocketOptionsPage::onSockets(const SocketList& sockets)
{
    // Keep the gone socket's entry (its description) so the picker can show it as gone.
    std::optional<RegisteredSocketInfo> goneInfo;
    if (const RegisteredSocketInfo* info = currentInfo())
        goneInfo = *info;
    sockets_ = sockets;
    SocketList ordered = sockets;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return std::tie(a.owner, a.group, a.id) < std::tie(b.owner, b.group, b.id);
    });
    const QSignalBlocker block(picker_);
    picker_->clear();
    bool first = true;
    SocketOwner lastOwner = SocketOwner::Other;
    for (const RegisteredSocketInfo& s : ordered) {
        if (first || s.owner != lastOwner) {
            if (!first)
                picker_->insertSeparator(picker_->count());
            picker_->addItem(SocketOptionMessages::ownerName(s.owner));
            // A heading, not a choice.
            if (auto* model = qobject_cast<QStandardItemModel*>(picker_->model()))
                model->item(picker_->count() - 1)->setEnabled(false);
            lastOwner = s.owner;
            first = false;
        }
        picker_->addItem(tr("    %1 — %2, fd %3")
                             .arg(QString::fromStdString(s.label), SocketOptionMessages::kindName(s.kind))
                             .arg(s.fd),
                         QVariant::fromValue<quint64>(s.id));
    }
    const bool stillThere = current_ && std::any_of(sockets.begin(), sockets.end(),
                                                    [this](const auto& s) { return s.id == current_; });
    if (current_ && !stillThere && goneInfo) {
        picker_->addItem(tr("%1 %2 — closed")
                             .arg(SocketOptionMessages::ownerName(goneInfo->owner), QString::fromStdString(goneInfo->label)),
                         QVariant::fromValue<quint64>(current_));
        sockets_.push_back(*goneInfo); // still described, as gone
        if (!gone_)
            markGone();
    }
    if (picker_->count() == 0)
        picker_->addItem(tr("No live sockets: create a scratch socket, or start an echo server."));
    if (wanted_ && picker_->findData(wanted_) >= 0 && std::any_of(sockets.begin(), sockets.end(), [this](const auto& s) {
            return s.id == wanted_;
        })) {
        const quint64 id = std::exchange(wanted_, 0);
        picker_->setCurrentIndex(picker_->findData(id));
        select(id);
        return;
    }
    const int index = current_ ? picker_->findData(current_) : -1;
    if (index >= 0)
        picker_->setCurrentIndex(index);
    else
        picker_->setCurrentIndex(-1);
}

void SocketOptionsPage::select(quint64 id)
{
    if (id != current_) {
        pending_.clear();
        defaults_.clear();
        defaultsFor_ = 0;
        applyMessage_->clear();
    }
    current_ = id;
    gone_ = false;
    const RegisteredSocketInfo* info = currentInfo();
    socketStatus_->setText(info ? tr("%1: %2, descriptor %3, registry id %4.")
                                      .arg(SocketOptionMessages::ownerName(info->owner),
                                           SocketOptionMessages::kindName(info->kind))
                                      .arg(info->fd)
                                      .arg(id)
                                : tr("Reading…"));
    service_.readAll(id);
    if (compareBox_->isChecked())
        service_.readDefaults(id);
    const bool tcp = info && info->kind.type == socktypeStream() && info->kind.domain != familyUnix();
    if (tcp) {
        service_.refreshTcpInfo(id);
        tcpInfoTimer_->start();
        tcpInfoNote_->clear();
    } else {
        tcpInfoTimer_->stop();
        for (QLabel* l : std::as_const(tcpInfoLabels_))
            l->setText(QStringLiteral("—"));
        tcpInfoNote_->setText(tr("TCP_INFO exists for TCP sockets only."));
    }
    updateButtons();
}

void SocketOptionsPage::onOptions(quint64 id, bool gone, const OptionReadings& readings)
{
    if (id != current_)
        return;
    if (gone) {
        markGone();
        return;
    }
    readings_ = readings;
    fillTable(readings);
    showDefaults();
    emit optionsShown();
}

void SocketOptionsPage::fillTable(const OptionReadings& readings)
{
    const QScopedValueRollback<bool> guard(filling_, true);
    const RegisteredSocketInfo* info = currentInfo();
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor normal = palette().color(QPalette::Text);
    for (int row = 0; row < table_->rowCount(); ++row) {
        const SocketOptionSpec* spec = specOfRow(table_->model(), row);
        QTableWidgetItem* value = table_->item(row, ValueColumn);
        QTableWidgetItem* note = table_->item(row, NoteColumn);
        const auto reading = std::find_if(readings.begin(), readings.end(), [spec](const auto& r) { return r.spec == spec; });
        QString reason;
        if (!spec->available())
            reason = tr("Not on this platform.");
        else if (!info || !optionAppliesTo(*spec, info->kind))
            reason = info ? tr("Does not apply to a %1 socket.").arg(SocketOptionMessages::kindName(info->kind)) : QString();
        else if (reading == readings.end() || !reading->ok())
            reason = reading == readings.end() ? QString()
                                               : SocketOptionMessages::problem(*spec, reading->problem, reading->err, false);
        else if (!spec->settable)
            reason = SocketOptionMessages::problem(*spec, OptionProblem::GetOnly, 0, true);
        const bool readable = reading != readings.end() && reading->ok();
        const bool editable = readable && spec->settable && reason.isEmpty();
        const QString pending = pending_.value(QString::fromLatin1(spec->nameSymbol));
        value->setText(!pending.isEmpty() ? pending : readable ? valueText(*reading) : QStringLiteral("—"));
        value->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont font = value->font();
        font.setItalic(!pending.isEmpty());
        value->setFont(font);
        for (int c = 0; c < ColumnCount; ++c)
            table_->item(row, c)->setForeground(editable || (readable && c == ValueColumn) ? normal : greyed);
        if (!pending.isEmpty())
            note->setText(tr("Edited: press Apply to set it."));
        else if (!reason.isEmpty())
            note->setText(reason);
        else
            note->setText(SocketOptionMessages::meaning(*spec));
        note->setToolTip(note->text());
        // The whole value (a long one is cut in the cell), then what may be entered or why not.
        const QString hint = editable ? SocketOptionMessages::allowedValues(*spec) : reason;
        value->setToolTip(hint.isEmpty() ? value->text() : value->text() + QLatin1Char('\n') + hint);
    }
    updateButtons();
}

void SocketOptionsPage::markGone()
{
    gone_ = true;
    tcpInfoTimer_->stop();
    if (current_)
        socketStatus_->setText(tr("This socket has been closed by its owner; its last values stay shown, greyed."));
    const QScopedValueRollback<bool> guard(filling_, true);
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < table_->rowCount(); ++row)
        for (int c = 0; c < ColumnCount; ++c) {
            table_->item(row, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table_->item(row, c)->setForeground(greyed);
        }
    pending_.clear();
    updateButtons();
}

void SocketOptionsPage::updateButtons()
{
    const bool live = current_ && !gone_;
    applyButton_->setEnabled(live && !pending_.isEmpty());
    revertButton_->setEnabled(live);
    const RegisteredSocketInfo* info = currentInfo();
    closeScratchButton_->setEnabled(live && info && info->owner == SocketOwner::Scratch);
}

void SocketOptionsPage::onItemEdited(int row, int column)
{
    if (filling_ || column != ValueColumn)
        return;
    const SocketOptionSpec* spec = specOfRow(table_->model(), row);
    const QString text = table_->item(row, ValueColumn)->text();
    const auto current = std::find_if(readings_.begin(), readings_.end(), [spec](const auto& r) { return r.spec == spec; });
    if (current != readings_.end() && current->ok() && text == valueText(*current))
        pending_.remove(QString::fromLatin1(spec->nameSymbol));
    else
        pending_.insert(QString::fromLatin1(spec->nameSymbol), text);
    fillTable(readings_);
    showDefaults();
}

void SocketOptionsPage::apply()
{
    if (!current_ || gone_ || pending_.isEmpty())
        return;
    const RegisteredSocketInfo* info = currentInfo();
    QStringList& errors = applyErrors_;
    errors.clear();
    for (auto it = pending_.cbegin(); it != pending_.cend(); ++it) {
        const SocketOptionSpec* spec = findSocketOption(it.key().toStdString());
        if (!spec)
            continue;
        // Checked here with core's rules, so a bad value never reaches the service.
        const auto value = parseOptionValue(*spec, it.value().toStdString());
        const OptionProblem problem = !value ? OptionProblem::WrongType
                                             : validateOptionValue(*spec, info ? info->kind : SocketKind{}, *value);
        if (problem != OptionProblem::None) {
            const QString text = SocketOptionMessages::problem(*spec, problem, 0, true);
            errors << text;
            // Beside the value too, so it is plain which pending value was not applied.
            if (const int row = rowOf(it.key()); row >= 0) {
                const QScopedValueRollback<bool> guard(filling_, true);
                table_->item(row, NoteColumn)->setText(text);
                table_->item(row, NoteColumn)->setToolTip(text);
            }
            continue;
        }
        ++applying_;
        service_.apply(current_, it.key(), *value);
    }
    if (!errors.isEmpty()) {
        applyMessage_->setStyleSheet(QStringLiteral("color: %1").arg(errorTextColor(palette()).name()));
        applyMessage_->setText(errors.join(QLatin1Char('\n')));
        emit applyFinished(applyMessage_->text());
    }
}

void SocketOptionsPage::onApplied(quint64 id, const OptionSetResult& result, const QString& message)
{
    applying_ = std::max(0, applying_ - 1);
    if (id != current_ || !result.spec)
        return;
    pending_.remove(QString::fromLatin1(result.spec->nameSymbol));
    // Values refused before the call stay pending, and their reasons stay in view below this result.
    const bool problem = !result.applied() || !applyErrors_.isEmpty();
    applyMessage_->setStyleSheet(problem ? QStringLiteral("color: %1").arg(errorTextColor(palette()).name())
                                         : QString());
    applyMessage_->setText(applyErrors_.isEmpty() ? message : message + QLatin1Char('\n') + applyErrors_.join(QLatin1Char('\n')));
    const int row = rowOf(QString::fromLatin1(result.spec->nameSymbol));
    if (applying_ == 0)
        service_.readAll(current_); // every value again: one option can change another
    if (row >= 0) {
        const QScopedValueRollback<bool> guard(filling_, true);
        table_->item(row, NoteColumn)->setText(message);
        table_->item(row, NoteColumn)->setToolTip(message);
        if (result.kept)
            table_->item(row, ValueColumn)->setText(QString::fromStdString(formatOptionValue(*result.spec, *result.kept)));
    }
    emit applyFinished(message);
}

void SocketOptionsPage::revert()
{
    pending_.clear();
    applyErrors_.clear();
    applyMessage_->clear();
    if (current_ && !gone_)
        service_.readAll(current_);
    updateButtons();
}

void SocketOptionsPage::onDefaults(quint64 id, const OptionReadings& readings, const QString& error)
{
    if (id != current_)
        return;
    defaults_ = readings;
    defaultsFor_ = id;
    if (!error.isEmpty())
        applyMessage_->setText(error);
    showDefaults();
}

void SocketOptionsPage::showDefaults()
{
    const QScopedValueRollback<bool> guard(filling_, true);
    const bool on = compareBox_->isChecked() && defaultsFor_ == current_;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const SocketOptionSpec* spec = specOfRow(table_->model(), row);
        const auto d = std::find_if(defaults_.begin(), defaults_.end(), [spec](const auto& r) { return r.spec == spec; });
        const auto c = std::find_if(readings_.begin(), readings_.end(), [spec](const auto& r) { return r.spec == spec; });
        const bool haveDefault = on && d != defaults_.end() && d->ok();
        table_->item(row, DefaultColumn)->setText(haveDefault ? valueText(*d) : QString());
        // TCP_INFO and SO_ERROR change by themselves: a difference there says nothing.
        const bool meaningful = spec->type != OptionType::TcpInfo && std::string_view(spec->nameSymbol) != "SO_ERROR";
        const bool differs = haveDefault && meaningful && c != readings_.end() && c->ok() && !(c->value == d->value);
        QFont font = table_->item(row, ValueColumn)->font();
        font.setBold(differs);
        table_->item(row, ValueColumn)->setFont(font);
        table_->item(row, DefaultColumn)->setToolTip(differs ? tr("This socket's value differs from a fresh socket's.")
                                                             : QString());
    }
}

void SocketOptionsPage::onTcpInfo(quint64 id, bool ok, const TcpInfo& info)
{
    if (id != current_)
        return;
    if (!ok) {
        tcpInfoNote_->setText(tr("TCP_INFO could not be read."));
        return;
    }
    const auto us = [&](const char* key) { return tr("%1 µs").arg(info.get(key)); };
    tcpInfoLabels_.value(QStringLiteral("state"))->setText(QString::fromLatin1(tcpStateName(info.state)));
    tcpInfoLabels_.value(QStringLiteral("rtt"))->setText(us("rtt"));
    tcpInfoLabels_.value(QStringLiteral("rttvar"))->setText(us("rttvar"));
    tcpInfoLabels_.value(QStringLiteral("snd_cwnd"))->setText(tr("%1 segments").arg(info.get("snd_cwnd")));
    tcpInfoLabels_.value(QStringLiteral("retransmits"))
        ->setText(QStringLiteral("%1 / %2").arg(info.get("retransmits")).arg(info.get("total_retrans")));
    tcpInfoLabels_.value(QStringLiteral("bytes_acked"))->setText(QLocale().toString(qulonglong(info.get("bytes_acked"))));
    tcpInfoLabels_.value(QStringLiteral("bytes_received"))
        ->setText(QLocale().toString(qulonglong(info.get("bytes_received"))));
    tcpInfoLabels_.value(QStringLiteral("pmtu"))->setText(tr("%1 bytes").arg(info.get("pmtu")));
    tcpInfoNote_->setText(tr("Refreshed once a second. The journal holds the first read (with the other "
                             "options); the refreshes are left out, or they would fill it."));
}

void SocketOptionsPage::onDemo(const OptionDemoResult& result)
{
    QString text = demoLog_->toPlainText();
    const QString running = tr("Running…");
    if (text.contains(running)) {
        // Replace the oldest "Running…" line with this answer (demos answer in order).
        const qsizetype at = text.indexOf(running);
        text.replace(at, running.size(), result.summary + QLatin1Char('\n'));
        demoLog_->setPlainText(text);
    } else {
        demoLog_->appendPlainText(result.summary + QLatin1Char('\n'));
    }
    demoLog_->moveCursor(QTextCursor::End);
    emit demoShown(result.summary);
}

} // namespace sockscope
