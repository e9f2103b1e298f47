#include "SockaddrLayoutPage.h"

#include "ByteDiagram.h"
#include "CallDebouncer.h"
#include "CodecMessages.h"
#include "FieldFeedback.h"
#include "PageHeader.h"
#include "SocketConstants.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sockscope {

namespace {

enum FieldColumn { OffsetColumn, SizeColumn, TypeColumn, NameColumn, HexColumn, ValueColumn, OrderColumn };

const char* structureKey(SockaddrLayoutPage::Structure s)
{
    switch (s) {
    case SockaddrLayoutPage::Structure::Inet: return "in";
    case SockaddrLayoutPage::Structure::Inet6: return "in6";
    case SockaddrLayoutPage::Structure::Unix: return "un";
    }
    return "in";
}

const char* viewKey(SockaddrLayoutPage::View v)
{
    switch (v) {
    case SockaddrLayoutPage::View::Concrete: return "concrete";
    case SockaddrLayoutPage::View::Sockaddr: return "sockaddr";
    case SockaddrLayoutPage::View::Storage: return "storage";
    }
    return "concrete";
}

// Padding carries no value: it is drawn without a hue.
bool isPadding(const LayoutField& f) { return f.name == "sin_zero" || f.name.rfind('(', 0) == 0; }

// A square of the field's colour for the table, sized from the font so it scales with HiDPI.
QIcon colourSwatch(const QColor& colour, const QFontMetrics& metrics, const QColor& frame)
{
    const int side = metrics.height() * 3 / 4;
    QPixmap pixmap(side, side);
    pixmap.fill(colour);
    QPainter p(&pixmap);
    p.setPen(frame);
    p.drawRect(0, 0, side - 1, side - 1);
    return QIcon(pixmap);
}

} // namespace

SockaddrLayoutPage::SockaddrLayoutPage(QWidget* parent)
    : Page(parent),
      structureCombo_(new QComboBox),
      inputForm_(nullptr),
      inetAddressEdit_(new QLineEdit),
      inet6AddressEdit_(new QLineEdit),
      portEdit_(new QLineEdit),
      flowinfoEdit_(new QLineEdit),
      pathEdit_(new QLineEdit),
      inetAddressFeedback_(nullptr),
      inet6AddressFeedback_(nullptr),
      portFeedback_(nullptr),
      flowinfoFeedback_(nullptr),
      pathFeedback_(nullptr),
      viewGroup_(new QButtonGroup(this)),
      summaryLabel_(new QLabel),
      fieldTable_(new QTableWidget(0, 7)),
      diagramCaption_(nullptr),
      diagram_(new ByteDiagram),
      debouncer_(new CallDebouncer([this] { evaluate(); }, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("bind, connect and accept take a pointer to a socket address structure and its length. "
           "Each family has its own structure: sockaddr_in for IPv4, sockaddr_in6 for IPv6 and "
           "sockaddr_un for Unix domain sockets. All of them start with the family, and the socket "
           "calls see them through the generic struct sockaddr.")));

    auto* inputBox = new QGroupBox(tr("Input"));
    inputForm_ = new QFormLayout(inputBox);
    structureCombo_->setObjectName(QStringLiteral("layoutStructureCombo"));
    structureCombo_->addItem(tr("struct sockaddr_in (IPv4)"), static_cast<int>(Structure::Inet));
    structureCombo_->addItem(tr("struct sockaddr_in6 (IPv6)"), static_cast<int>(Structure::Inet6));
    structureCombo_->addItem(tr("struct sockaddr_un (Unix domain)"), static_cast<int>(Structure::Unix));
    structureCombo_->setToolTip(tr("Which socket address structure to fill in."));
    inputForm_->addRow(tr("&Structure:"), structureCombo_);

    inetAddressEdit_->setObjectName(QStringLiteral("layoutInetAddressEdit"));
    inetAddressEdit_->setPlaceholderText(QStringLiteral("192.0.2.1"));
    inetAddressEdit_->setToolTip(tr("sin_addr, a struct in_addr: the IPv4 address, converted with "
                                    "inet_pton(AF_INET, …) into four bytes in network order."));
    inetAddressFeedback_ = new FieldFeedback(inetAddressEdit_);
    inputForm_->addRow(tr("IPv4 &address:"), inetAddressFeedback_->fieldWithMessage());

    inet6AddressEdit_->setObjectName(QStringLiteral("layoutInet6AddressEdit"));
    inet6AddressEdit_->setPlaceholderText(QStringLiteral("fe80::1%lo"));
    inet6AddressEdit_->setToolTip(tr("sin6_addr, a struct in6_addr: the IPv6 address, converted with "
                                     "inet_pton(AF_INET6, …). A %interface suffix (a name or a number) "
                                     "sets sin6_scope_id, needed for link-local addresses."));
    inet6AddressFeedback_ = new FieldFeedback(inet6AddressEdit_);
    inputForm_->addRow(tr("IPv6 &address:"), inet6AddressFeedback_->fieldWithMessage());

    portEdit_->setObjectName(QStringLiteral("layoutPortEdit"));
    portEdit_->setPlaceholderText(QStringLiteral("8080"));
    portEdit_->setToolTip(tr("sin_port or sin6_port, an in_port_t: the port number 0–65535, stored in "
                             "network byte order with htons."));
    portFeedback_ = new FieldFeedback(portEdit_);
    inputForm_->addRow(tr("&Port:"), portFeedback_->fieldWithMessage());

    flowinfoEdit_->setObjectName(QStringLiteral("layoutFlowinfoEdit"));
    flowinfoEdit_->setPlaceholderText(QStringLiteral("0"));
    flowinfoEdit_->setToolTip(tr("sin6_flowinfo, a uint32_t: the IPv6 flow label, 0–0xfffff (20 bits), "
                                 "in network byte order. Almost always 0."));
    flowinfoFeedback_ = new FieldFeedback(flowinfoEdit_);
    inputForm_->addRow(tr("&Flow label:"), flowinfoFeedback_->fieldWithMessage());

    pathEdit_->setObjectName(QStringLiteral("layoutPathEdit"));
    pathEdit_->setPlaceholderText(QStringLiteral("/tmp/demo.sock"));
    pathEdit_->setToolTip(tr("sun_path: the socket's filesystem path, or @name for a Linux abstract "
                             "name (stored with a leading NUL byte instead of the @)."));
    pathFeedback_ = new FieldFeedback(pathEdit_);
    inputForm_->addRow(tr("P&ath:"), pathFeedback_->fieldWithMessage());

    auto* viewRow = new QHBoxLayout;
    const QString viewNames[] = {tr("The structure itself"), tr("As struct sockaddr"),
                                 tr("As struct sockaddr_storage")};
    const QString viewTips[] = {
        tr("The structure the program fills in."),
        tr("The same bytes through struct sockaddr, the type bind() and connect() are declared with: "
           "only the family and 14 bytes of sa_data."),
        tr("The same bytes in struct sockaddr_storage, which is large enough and aligned for any "
           "socket address: use it when the family is known only at run time (accept, recvfrom)."),
    };
    for (int i = 0; i < 3; ++i) {
        auto* radio = new QRadioButton(viewNames[i]);
        radio->setObjectName(QStringLiteral("layoutView") + QString::fromLatin1(viewKey(static_cast<View>(i))));
        radio->setToolTip(viewTips[i]);
        viewGroup_->addButton(radio, i);
        viewRow->addWidget(radio);
    }
    viewRow->addStretch();
    viewGroup_->button(0)->setChecked(true);
    inputForm_->addRow(tr("View as:"), viewRow);
    // Wide enough for the longest IPv6 text with a scope, not the whole window.
    const int fieldWidth = fontMetrics().averageCharWidth() * 56;
    for (QWidget* w : std::initializer_list<QWidget*>{structureCombo_, inetAddressEdit_, inet6AddressEdit_, pathEdit_})
        w->setMaximumWidth(fieldWidth);
    // Short numbers, plus room for the clear button and the warning icon.
    for (QLineEdit* w : {portEdit_, flowinfoEdit_})
        w->setMaximumWidth(fontMetrics().averageCharWidth() * 10 + fontMetrics().height() * 4);
    layout->addWidget(inputBox);

    auto* resultBox = new QGroupBox(tr("Layout"));
    auto* resultLayout = new QVBoxLayout(resultBox);
    summaryLabel_->setObjectName(QStringLiteral("layoutSummaryLabel"));
    summaryLabel_->setWordWrap(true);
    QFont bold = summaryLabel_->font();
    bold.setBold(true);
    summaryLabel_->setFont(bold);
    resultLayout->addWidget(summaryLabel_);

    fieldTable_->setObjectName(QStringLiteral("layoutFieldTable"));
    fieldTable_->setHorizontalHeaderLabels(
        {tr("Offset"), tr("Size"), tr("Type"), tr("Name"), tr("Bytes (hex)"), tr("Value"), tr("Byte order")});
    const QString headerTips[] = {
        tr("Bytes from the start of the structure (offsetof)."),
        tr("The field's size in bytes (sizeof)."),
        tr("The field's C type."),
        tr("The field's name in the C structure."),
        tr("The field's bytes as they lie in memory, lowest address first."),
        tr("The field's value, decoded."),
        tr("How a number is stored: in network byte order (big-endian, most significant byte "
           "first) or in the host's order."),
    };
    for (int c = 0; c < 7; ++c)
        fieldTable_->horizontalHeaderItem(c)->setToolTip(headerTips[c]);
    fieldTable_->verticalHeader()->hide();
    fieldTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fieldTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    fieldTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fieldTable_->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    // No scroll bars: the table is as high as its rows, and as wide as its columns need (see
    // showLayout), so the page's own scroll area scrolls when the window is small.
    fieldTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fieldTable_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fieldTable_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    fieldTable_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fieldTable_->setWordWrap(false);
    resultLayout->addWidget(fieldTable_);

    auto* diagramCaption = new QLabel(tr("The bytes in memory, 16 to a row, lowest address first; "
                                         "hatched bytes lie beyond the length passed to the system call."));
    diagramCaption->setWordWrap(true);
    resultLayout->addWidget(diagramCaption);
    diagramCaption_ = diagramCaption;
    diagram_->setObjectName(QStringLiteral("layoutByteDiagram"));
    resultLayout->addWidget(diagram_, 0, Qt::AlignLeft);

    auto* note = new QLabel(noteText());
    note->setObjectName(QStringLiteral("layoutNoteLabel"));
    note->setWordWrap(true);
    resultLayout->addWidget(note);
    layout->addWidget(resultBox);
    layout->addStretch();

    for (QLineEdit* edit : {inetAddressEdit_, inet6AddressEdit_, portEdit_, flowinfoEdit_, pathEdit_}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, debouncer_, &CallDebouncer::schedule);
        connect(edit, &QLineEdit::returnPressed, debouncer_, &CallDebouncer::callNow);
    }
    connect(structureCombo_, &QComboBox::activated, this, [this] {
        showInputsFor(selectedStructure());
        debouncer_->callNow();
    });
    connect(viewGroup_, &QButtonGroup::idClicked, debouncer_, &CallDebouncer::callNow);

    setTabOrder(structureCombo_, inetAddressEdit_);
    setTabOrder(inetAddressEdit_, inet6AddressEdit_);
    setTabOrder(inet6AddressEdit_, portEdit_);
    setTabOrder(portEdit_, flowinfoEdit_);
    setTabOrder(flowinfoEdit_, pathEdit_);
    setTabOrder(pathEdit_, viewGroup_->button(0));
    setTabOrder(viewGroup_->button(0), fieldTable_);

    showInputsFor(Structure::Inet);
}

QString SockaddrLayoutPage::title() const { return tr("Socket address layout"); }

QString SockaddrLayoutPage::summary() const
{
    return tr("sockaddr_in, sockaddr_in6 and sockaddr_un field by field: offsets, sizes, bytes and values.");
}

QWidget* SockaddrLayoutPage::firstField() const
{
    switch (selectedStructure()) {
    case Structure::Inet: return inetAddressEdit_;
    case Structure::Inet6: return inet6AddressEdit_;
    case Structure::Unix: return pathEdit_;
    }
    return structureCombo_;
}

QString SockaddrLayoutPage::noteText() const
{
    QString note = tr("Where systems differ: 4.4BSD and its descendants (FreeBSD, macOS) put a one-byte "
                      "length, sa_len, in front of every socket address and make the family one byte, "
                      "so the offsets there differ from Linux.");
    note += QLatin1Char(' ')
            + (platformHasSaLen() ? tr("This system has sa_len.") : tr("This system has no sa_len."));
    note += QLatin1Char(' ')
            + tr("sun_path holds %1 bytes: a filesystem path may have at most %2 characters, because "
                 "the terminating NUL needs the last byte.")
                  .arg(sunPathCapacity())
                  .arg(sunPathCapacity() - 1);
    if (platformHasAbstractUnixNames())
        note += QLatin1Char(' ')
                + tr("On Linux a sun_path that starts with a NUL byte names a socket in the abstract "
                     "namespace instead of a file (type @name): its length is given by the socklen "
                     "alone, without a terminating NUL.");
    return note;
}

SockaddrLayoutPage::Structure SockaddrLayoutPage::selectedStructure() const
{
    return static_cast<Structure>(structureCombo_->currentData().toInt());
}

SockaddrLayoutPage::View SockaddrLayoutPage::selectedView() const
{
    const int id = viewGroup_->checkedId();
    return static_cast<View>(id >= 0 ? id : 0);
}

void SockaddrLayoutPage::selectStructure(Structure s)
{
    structureCombo_->setCurrentIndex(structureCombo_->findData(static_cast<int>(s)));
    showInputsFor(s);
}

void SockaddrLayoutPage::selectView(View v) { viewGroup_->button(static_cast<int>(v))->setChecked(true); }

void SockaddrLayoutPage::showInputsFor(Structure s)
{
    // Only the inputs of the chosen structure are shown (QFormLayout keeps the rows' alignment).
    inputForm_->setRowVisible(1, s == Structure::Inet);
    inputForm_->setRowVisible(2, s == Structure::Inet6);
    inputForm_->setRowVisible(3, s != Structure::Unix);
    inputForm_->setRowVisible(4, s == Structure::Inet6);
    inputForm_->setRowVisible(5, s == Structure::Unix);
}

void SockaddrLayoutPage::evaluate()
{
    LayoutResult r;
    switch (selectedStructure()) {
    case Structure::Inet:
        r = layoutInet(inetAddressEdit_->text().toStdString(), portEdit_->text().toStdString());
        break;
    case Structure::Inet6:
        r = layoutInet6(inet6AddressEdit_->text().toStdString(), portEdit_->text().toStdString(),
                        flowinfoEdit_->text().toStdString());
        break;
    case Structure::Unix:
        r = layoutUnix(pathEdit_->text().toStdString());
        break;
    }
    showError(r);
    if (!r.ok()) {
        clearLayout();
        return;
    }
    switch (selectedView()) {
    case View::Concrete: showLayout(r.layout); break;
    case View::Sockaddr: showLayout(viewAsSockaddr(r.layout)); break;
    case View::Storage: showLayout(viewAsStorage(r.layout)); break;
    }
}

void SockaddrLayoutPage::showError(const LayoutResult& r)
{
    for (FieldFeedback* f :
         {inetAddressFeedback_, inet6AddressFeedback_, portFeedback_, flowinfoFeedback_, pathFeedback_})
        f->clearError();
    if (r.ok())
        return;
    const bool inet6 = selectedStructure() == Structure::Inet6;
    const QString address = inet6 ? inet6AddressEdit_->text() : inetAddressEdit_->text();
    const QString message = CodecMessages::layoutError(r, address, portEdit_->text());
    using E = LayoutResult::Error;
    switch (r.error) {
    case E::None: break;
    case E::BadAddress:
    case E::BadScope: (inet6 ? inet6AddressFeedback_ : inetAddressFeedback_)->setError(message); break;
    case E::BadPort: portFeedback_->setError(message); break;
    case E::BadFlowinfo: flowinfoFeedback_->setError(message); break;
    case E::EmptyPath:
    case E::PathTooLong:
    case E::NoAbstract: pathFeedback_->setError(message); break;
    }
}

void SockaddrLayoutPage::showLayout(const SockaddrLayout& layout)
{
    const QString name = QString::fromStdString(layout.structName);
    summaryLabel_->setText(tr("%1: sizeof is %2 bytes; the program passes %3 as the socklen_t length.")
                               .arg(name)
                               .arg(layout.size)
                               .arg(layout.socklen));

    std::vector<ByteSpan> spans;
    for (const LayoutField& f : layout.fields) {
        ByteSpan s;
        s.name = QString::fromStdString(f.name);
        s.offset = f.offset;
        s.size = f.size;
        s.toolTip = QString::fromStdString(f.ctype) + QStringLiteral(" — ") + QString::fromStdString(f.value);
        s.padding = isPadding(f);
        spans.push_back(s);
    }
    for (QWidget* w : {static_cast<QWidget*>(fieldTable_), diagramCaption_, static_cast<QWidget*>(diagram_)})
        w->show();
    diagram_->setBytes(layout.bytes, std::move(spans));
    diagram_->setUsedLength(layout.socklen);

    fieldTable_->setRowCount(static_cast<int>(layout.fields.size()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor frame = palette().color(QPalette::WindowText);
    for (std::size_t i = 0; i < layout.fields.size(); ++i) {
        const LayoutField& f = layout.fields[i];
        QString order;
        switch (f.order) {
        case LayoutField::Order::None: order = QStringLiteral("—"); break;
        case LayoutField::Order::Host: order = tr("host"); break;
        case LayoutField::Order::Network: order = tr("network"); break;
        }
        // Long fields (sun_path, padding) show their first 16 bytes; the tooltip has them all.
        const QString hex = QString::fromStdString(f.hex);
        const QString shownHex = f.size > 16 ? hex.left(32) + QStringLiteral("…") : hex;
        const QString cells[] = {QString::number(f.offset),       QString::number(f.size),
                                 QString::fromStdString(f.ctype), QString::fromStdString(f.name),
                                 shownHex,                        QString::fromStdString(f.value),
                                 order};
        const int row = static_cast<int>(i);
        for (int c = 0; c < 7; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == TypeColumn || c == NameColumn || c == HexColumn)
                item->setFont(fixed);
            if (c == OffsetColumn || c == SizeColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == HexColumn && f.size > 16)
                item->setToolTip(hex);
            if (c == ValueColumn)
                item->setToolTip(cells[c]);
            if (c == NameColumn)
                item->setIcon(colourSwatch(diagram_->spanColor(i), fontMetrics(), frame));
            fieldTable_->setItem(row, c, item);
        }
    }
    int columnsWidth = 2 * fieldTable_->frameWidth();
    const QAbstractItemView* view = fieldTable_; // sizeHintForColumn is public here
    // Long values (the notes of the sockaddr and storage views) are elided; their tooltip has them.
    const int valueWidthCap = fontMetrics().averageCharWidth() * 24;
    for (int c = 0; c < fieldTable_->columnCount(); ++c)
        columnsWidth += std::max(c == ValueColumn ? std::min(view->sizeHintForColumn(c), valueWidthCap)
                                                  : view->sizeHintForColumn(c),
                                 fieldTable_->horizontalHeader()->sectionSizeHint(c));
    fieldTable_->setMinimumWidth(columnsWidth);
}

void SockaddrLayoutPage::clearLayout()
{
    summaryLabel_->setText(tr("No structure: correct the marked field."));
    fieldTable_->setRowCount(0);
    diagram_->clear();
    for (QWidget* w : {static_cast<QWidget*>(fieldTable_), diagramCaption_, static_cast<QWidget*>(diagram_)})
        w->hide();
}

void SockaddrLayoutPage::restoreInputs(const QSettings& settings)
{
    const auto text = [&settings](const char* key, const char* fallback) {
        return settings.value(QString::fromLatin1(key), QString::fromUtf8(fallback)).toString();
    };
    inetAddressEdit_->setText(text("inetAddress", "127.0.0.1"));
    inet6AddressEdit_->setText(text("inet6Address", "fe80::1%lo"));
    portEdit_->setText(text("port", "8080"));
    flowinfoEdit_->setText(text("flowinfo", "0"));
    pathEdit_->setText(text("path", "/tmp/demo.sock"));
    const QString structure = text("structure", "in");
    for (Structure s : {Structure::Inet, Structure::Inet6, Structure::Unix})
        if (structure == QLatin1String(structureKey(s)))
            selectStructure(s);
    const QString view = text("view", "concrete");
    for (View v : {View::Concrete, View::Sockaddr, View::Storage})
        if (view == QLatin1String(viewKey(v)))
            selectView(v);
    debouncer_->callNow();
}

void SockaddrLayoutPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("structure"), QString::fromLatin1(structureKey(selectedStructure())));
    settings.setValue(QStringLiteral("view"), QString::fromLatin1(viewKey(selectedView())));
    settings.setValue(QStringLiteral("inetAddress"), inetAddressEdit_->text());
    settings.setValue(QStringLiteral("inet6Address"), inet6AddressEdit_->text());
    settings.setValue(QStringLiteral("port"), portEdit_->text());
    settings.setValue(QStringLiteral("flowinfo"), flowinfoEdit_->text());
    settings.setValue(QStringLiteral("path"), pathEdit_->text());
}

void SockaddrLayoutPage::showExample()
{
    inet6AddressEdit_->setText(QStringLiteral("fe80::1%lo"));
    portEdit_->setText(QStringLiteral("8080"));
    flowinfoEdit_->setText(QStringLiteral("0"));
    selectStructure(Structure::Inet6);
    selectView(View::Concrete);
    debouncer_->callNow();
}

} // namespace sockscope
