#include "AddressPage.h"

#include "CLiteral.h"
#include "CallDebouncer.h"
#include "CodecMessages.h"
#include "CopyButton.h"
#include "ErrnoInfo.h"
#include "FieldFeedback.h"
#include "PageHeader.h"
#include "PaletteColors.h"
#include "SocketConstants.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sockscope {

namespace {

// The inputs on which the legacy functions and inet_pton disagree.
const char* const legacySamples[] = {"127.1", "0x7f.1", "192.0.2.010", "255.255.255.255", "1.2.3.4 junk"};

enum LegacyRow { PtonRow, AtonRow, InetAddrRow, NtoaRow };
enum LegacyColumn { AcceptedColumn, BytesColumn, TextColumn };

// The bytes as the chapter's example prints them: 0x7f000001, or four groups of eight for IPv6.
QString chapterHex(const std::uint8_t* bytes, std::size_t size, bool spaced)
{
    QString out = QStringLiteral("0x");
    for (std::size_t group = 0; group < size; group += 4) {
        if (spaced && group > 0)
            out += QLatin1Char(' ');
        out += QString::fromStdString(hexBytes(bytes + group, std::min<std::size_t>(4, size - group)));
    }
    return out;
}

QString familySettingsName(int family)
{
    if (family == AddressPage::automaticFamily)
        return QStringLiteral("auto");
    return QString::fromStdString(familySymbol(family));
}

} // namespace

AddressPage::AddressPage(QWidget* parent)
    : Page(parent),
      familyCombo_(new QComboBox),
      addressEdit_(new QLineEdit),
      addressFeedback_(nullptr),
      bufferSpin_(new QSpinBox),
      ptonLabel_(new QLabel),
      hexLabel_(new QLabel),
      ntopLabel_(new QLabel),
      ntopNoteLabel_(new QLabel),
      legacyTable_(new QTableWidget(4, 3)),
      verdictLabel_(new QLabel),
      debouncer_(new CallDebouncer([this] { evaluate(); }, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("Programs keep addresses as bytes in network order. inet_pton (presentation to network) "
           "turns the text a person writes into those bytes and returns 1 on success, 0 when the text "
           "is not an address of the family, and -1 with errno EAFNOSUPPORT for a family it does not "
           "know. inet_ntop turns the bytes back into the canonical text.")));

    // Input: family, text, inet_ntop's buffer.
    auto* inputBox = new QGroupBox(tr("Input"));
    auto* form = new QFormLayout(inputBox);
    familyCombo_->setObjectName(QStringLiteral("addressFamilyCombo"));
    familyCombo_->addItem(tr("AF_INET (IPv4)"), familyInet());
    familyCombo_->addItem(tr("AF_INET6 (IPv6)"), familyInet6());
    familyCombo_->addItem(tr("Automatic: AF_INET, then AF_INET6"), automaticFamily);
    familyCombo_->addItem(tr("AF_UNIX (inet_pton does not support it)"), familyUnix());
    familyCombo_->setToolTip(tr("The first argument of inet_pton, int af: the address family the text "
                                "is read as. AF_UNIX is here to show the -1 / EAFNOSUPPORT return."));
    form->addRow(tr("&Family:"), familyCombo_);

    addressEdit_->setObjectName(QStringLiteral("addressEdit"));
    addressEdit_->setPlaceholderText(tr("127.0.0.1 or 2001:db8::1"));
    addressEdit_->setToolTip(tr("The second argument of inet_pton, const char *src: the address as text. "
                                "It is passed exactly as typed, spaces included."));
    addressEdit_->setClearButtonEnabled(true);
    addressFeedback_ = new FieldFeedback(addressEdit_);
    form->addRow(tr("&Address:"), addressFeedback_->fieldWithMessage());

    bufferSpin_->setObjectName(QStringLiteral("ntopBufferSpin"));
    bufferSpin_->setRange(1, 64);
    bufferSpin_->setValue(static_cast<int>(inet6AddrStrLen()));
    bufferSpin_->setSuffix(tr(" bytes"));
    bufferSpin_->setToolTip(tr("The last argument of inet_ntop, socklen_t size: the size of the buffer it "
                               "writes the text into, including the terminating NUL. INET_ADDRSTRLEN is "
                               "%1 and INET6_ADDRSTRLEN is %2; a smaller buffer can fail with ENOSPC.")
                                .arg(inetAddrStrLen())
                                .arg(inet6AddrStrLen()));
    form->addRow(tr("inet_ntop &buffer:"), bufferSpin_);
    // Wide enough for the longest IPv6 text, not the whole window.
    const int fieldWidth = fontMetrics().averageCharWidth() * 56;
    addressEdit_->setMaximumWidth(fieldWidth);
    familyCombo_->setMaximumWidth(fieldWidth);
    bufferSpin_->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    layout->addWidget(inputBox);

    // Results, each with a copy button.
    auto* resultBox = new QGroupBox(tr("Result"));
    auto* results = new QFormLayout(resultBox);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ptonLabel_->setObjectName(QStringLiteral("addressPtonLabel"));
    ptonLabel_->setWordWrap(true);
    ptonLabel_->setToolTip(tr("What inet_pton returned, and what that return value means."));
    results->addRow(tr("inet_pton returned:"), ptonLabel_);

    hexLabel_->setObjectName(QStringLiteral("addressHexLabel"));
    hexLabel_->setFont(fixed);
    hexLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hexLabel_->setToolTip(tr("The bytes inet_pton wrote (struct in_addr or struct in6_addr), in network "
                             "order, printed as the chapter's example prints them with %08x."));
    auto* hexRow = new QHBoxLayout;
    hexRow->addWidget(hexLabel_, 1);
    auto* copyHex = new CopyButton([this] { return hexForCopy_; }, tr("the bytes"));
    hexRow->addWidget(copyHex);
    results->addRow(tr("Bytes (network order):"), hexRow);

    ntopLabel_->setObjectName(QStringLiteral("addressNtopLabel"));
    ntopLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ntopLabel_->setToolTip(tr("What inet_ntop wrote back from the bytes: the canonical text of the "
                              "address, or why it failed."));
    // The note goes under the text, not beside the button: a wrapped label beside a button in a
    // form row does not get the height it needs.
    auto* ntopBox = new QVBoxLayout;
    auto* ntopRow = new QHBoxLayout;
    ntopRow->addWidget(ntopLabel_, 1);
    ntopBox->addLayout(ntopRow);
    ntopNoteLabel_->setObjectName(QStringLiteral("addressNtopNoteLabel"));
    ntopNoteLabel_->setWordWrap(true);
    ntopNoteLabel_->hide();
    ntopBox->addWidget(ntopNoteLabel_);
    auto* copyNtop = new CopyButton(
        [this] { return ntopLabel_->property("canonical").toString(); }, tr("the canonical text"));
    ntopRow->addWidget(copyNtop);
    results->addRow(tr("inet_ntop text:"), ntopBox);
    layout->addWidget(resultBox);
    for (CopyButton* b : {copyHex, copyNtop})
        connect(b, &CopyButton::copied, this, &Page::statusMessage);

    // The legacy functions on the same text.
    auto* legacyBox = new QGroupBox(tr("Legacy functions compared"));
    auto* legacyLayout = new QVBoxLayout(legacyBox);
    auto* sampleRow = new QHBoxLayout;
    sampleRow->addWidget(new QLabel(tr("Try:")));
    QList<QPushButton*> sampleButtons;
    for (const char* sample : legacySamples) {
        const QString text = QString::fromLatin1(sample);
        auto* button = new QPushButton(text);
        button->setObjectName(QStringLiteral("legacySampleButton"));
        button->setToolTip(tr("Convert “%1” with AF_INET.").arg(text));
        connect(button, &QPushButton::clicked, this, [this, text] { convert(familyInet(), text); });
        sampleRow->addWidget(button);
        sampleButtons << button;
    }
    sampleRow->addStretch();
    legacyLayout->addLayout(sampleRow);

    legacyTable_->setObjectName(QStringLiteral("legacyTable"));
    legacyTable_->setHorizontalHeaderLabels({tr("Accepted?"), tr("Result bytes"), tr("Text")});
    legacyTable_->setVerticalHeaderLabels(
        {QStringLiteral("inet_pton"), QStringLiteral("inet_aton"), QStringLiteral("inet_addr"),
         QStringLiteral("inet_ntoa")});
    const QString rowTips[] = {
        tr("int inet_pton(AF_INET, src, dst): POSIX; accepts only four decimal parts; the text column "
           "shows inet_ntop of its result."),
        tr("int inet_aton(const char *cp, struct in_addr *inp): the older parser; accepts one to four "
           "parts, each in decimal, octal (leading 0) or hex (0x), and stops at a space."),
        tr("in_addr_t inet_addr(const char *cp): parses like inet_aton but returns INADDR_NONE "
           "(0xffffffff) on error, which is also the address 255.255.255.255."),
        tr("char *inet_ntoa(struct in_addr in): text of inet_aton's result, in a static buffer that the "
           "next call overwrites; IPv4 only."),
    };
    for (int row = 0; row < 4; ++row) {
        legacyTable_->verticalHeaderItem(row)->setToolTip(rowTips[row]);
        legacyTable_->verticalHeaderItem(row)->setFont(fixed);
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column != AcceptedColumn)
                item->setFont(fixed);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            legacyTable_->setItem(row, column, item);
        }
    }
    legacyTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    legacyTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    legacyTable_->horizontalHeader()->setSectionResizeMode(AcceptedColumn, QHeaderView::ResizeToContents);
    // Four fixed rows that always fit: no scroll bars, so the table is exactly as high as its rows.
    legacyTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legacyTable_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legacyTable_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    legacyTable_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    legacyTable_->setWordWrap(false);
    legacyLayout->addWidget(legacyTable_);

    verdictLabel_->setObjectName(QStringLiteral("legacyVerdictLabel"));
    verdictLabel_->setWordWrap(true);
    QFont bold = verdictLabel_->font();
    bold.setBold(true);
    verdictLabel_->setFont(bold);
    legacyLayout->addWidget(verdictLabel_);

    auto* why = new QLabel(
        tr("Why they differ: inet_aton, and inet_addr which parses the same way, accept shorthand with "
           "fewer than four parts (127.1 is 127.0.0.1), hex (0x7f) and octal parts (010 is 8), and stop "
           "at the first space. inet_addr returns INADDR_NONE on error, the same value as "
           "255.255.255.255, so a caller cannot tell the two apart. inet_pton takes only four decimal "
           "parts from 0 to 255 and nothing else, so it means the same on every system."));
    why->setObjectName(QStringLiteral("legacyExplanationLabel"));
    why->setWordWrap(true);
    legacyLayout->addWidget(why);
    layout->addWidget(legacyBox);
    layout->addStretch();

    connect(addressEdit_, &QLineEdit::textEdited, debouncer_, &CallDebouncer::schedule);
    connect(addressEdit_, &QLineEdit::returnPressed, debouncer_, &CallDebouncer::callNow);
    connect(familyCombo_, &QComboBox::activated, debouncer_, &CallDebouncer::callNow);
    connect(bufferSpin_, &QSpinBox::valueChanged, debouncer_, &CallDebouncer::schedule);

    setTabOrder(familyCombo_, addressEdit_);
    setTabOrder(addressEdit_, bufferSpin_);
    setTabOrder(bufferSpin_, copyHex);
    setTabOrder(copyHex, copyNtop);
    QWidget* previous = copyNtop;
    for (QPushButton* b : sampleButtons) {
        setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, legacyTable_);
}

QString AddressPage::title() const { return tr("Addresses"); }

QString AddressPage::summary() const
{
    return tr("inet_pton and inet_ntop: address text to network-order bytes and back, and how the "
              "legacy inet_aton, inet_addr and inet_ntoa differ.");
}

QWidget* AddressPage::firstField() const { return addressEdit_; }

int AddressPage::selectedFamily() const { return familyCombo_->currentData().toInt(); }

void AddressPage::selectFamily(int family)
{
    const int index = familyCombo_->findData(family);
    if (index >= 0)
        familyCombo_->setCurrentIndex(index);
}

void AddressPage::convert(int family, const QString& text)
{
    selectFamily(family);
    addressEdit_->setText(text);
    debouncer_->callNow();
}

void AddressPage::evaluate()
{
    const QString text = addressEdit_->text();
    const std::string bytes = text.toStdString();
    const int family = selectedFamily();
    const PtonResult r = family == automaticFamily ? presentationToNetworkAuto(bytes)
                                                   : presentationToNetwork(family, bytes);
    showPton(r, text);
    showNtop(r, text);
    if (family == familyInet() || family == automaticFamily)
        showLegacy(text, r);
    else
        clearLegacy(tr("The legacy functions read IPv4 text only: choose AF_INET or automatic."));
}

void AddressPage::showPton(const PtonResult& r, const QString& text)
{
    const QString family = QString::fromStdString(familySymbol(r.family));
    if (r.ok()) {
        addressFeedback_->clearError();
        ptonLabel_->setText(tr("1: “%1” is a valid %2 address; inet_pton wrote %3 bytes in network order.")
                                .arg(text, CodecMessages::familyName(r.family))
                                .arg(r.size));
        hexForCopy_ = chapterHex(r.bytes.data(), r.size, false);
        hexLabel_->setText(chapterHex(r.bytes.data(), r.size, true));
        return;
    }
    hexForCopy_.clear();
    hexLabel_->setText(QStringLiteral("—"));
    if (r.rc < 0) {
        ptonLabel_->setText(tr("-1: %1 is not a family inet_pton converts; errno is %2.")
                                .arg(family, QString::fromStdString(errnoSymbol(r.err))));
    } else {
        ptonLabel_->setText(tr("0: the text is not a valid address of %1; inet_pton wrote nothing.")
                                .arg(selectedFamily() == automaticFamily ? tr("AF_INET or AF_INET6") : family));
    }
    if (selectedFamily() == automaticFamily && r.rc == 0 && !text.isEmpty()) {
        addressFeedback_->setError(
            tr("“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both families).")
                .arg(text)
            + QLatin1Char(' ') + CodecMessages::allowedAddressForm(familyInet()) + QLatin1Char(' ')
            + CodecMessages::allowedAddressForm(familyInet6()));
    } else {
        addressFeedback_->setError(CodecMessages::ptonError(r, text));
    }
}

void AddressPage::showNtop(const PtonResult& r, const QString& text)
{
    ntopLabel_->setProperty("canonical", QString());
    ntopLabel_->setText(QStringLiteral("—"));
    setNtopNote({}, false);
    if (!r.ok())
        return;
    const NtopResult n =
        networkToPresentation(r.family, r.bytes.data(), static_cast<std::size_t>(bufferSpin_->value()));
    if (!n.ok) {
        setNtopNote(CodecMessages::ntopError(n), true);
        return;
    }
    const QString canonical = QString::fromStdString(n.text);
    ntopLabel_->setProperty("canonical", canonical);
    ntopLabel_->setText(canonical);
    if (canonical != text)
        setNtopNote(tr("The canonical form differs from the text you typed: inet_ntop writes hex digits in "
                       "lower case, drops leading zeros and shortens the longest run of zero groups to ::."),
                    false);
}

void AddressPage::showLegacy(const QString& text, const PtonResult& r)
{
    legacyTable_->setEnabled(true);
    const LegacyParse legacy = legacyParse(text.toStdString());
    const auto set = [this](int row, int column, const QString& value) {
        legacyTable_->item(row, column)->setText(value);
    };
    const QString dash = QStringLiteral("—");
    const bool ptonAccepted = legacy.ptonText.has_value();
    set(PtonRow, AcceptedColumn, ptonAccepted ? tr("yes (returned 1)") : tr("no (returned 0)"));
    const bool haveV4Bytes = r.ok() && r.family == familyInet();
    set(PtonRow, BytesColumn, ptonAccepted && haveV4Bytes ? chapterHex(r.bytes.data(), 4, false) : dash);
    set(PtonRow, TextColumn, ptonAccepted ? QString::fromStdString(*legacy.ptonText) : dash);

    const auto* atonBytes = reinterpret_cast<const std::uint8_t*>(&legacy.atonAddr);
    set(AtonRow, AcceptedColumn, legacy.atonRc ? tr("yes (returned 1)") : tr("no (returned 0)"));
    set(AtonRow, BytesColumn, legacy.atonRc ? chapterHex(atonBytes, 4, false) : dash);
    set(AtonRow, TextColumn, dash);

    const auto* addrBytes = reinterpret_cast<const std::uint8_t*>(&legacy.inetAddr);
    set(InetAddrRow, AcceptedColumn,
        legacy.inetAddrIsNone ? tr("INADDR_NONE: an error, or 255.255.255.255?") : tr("yes"));
    set(InetAddrRow, BytesColumn, chapterHex(addrBytes, 4, false));
    set(InetAddrRow, TextColumn, dash);

    set(NtoaRow, AcceptedColumn, legacy.atonRc ? tr("called on inet_aton's result") : tr("not called"));
    set(NtoaRow, BytesColumn, dash);
    set(NtoaRow, TextColumn, legacy.atonRc ? QString::fromStdString(legacy.ntoaText) : dash);

    // Rows that reject the input are tinted like any error.
    const QColor errorBase = errorBaseColor(legacyTable_->palette());
    const bool rejected[] = {!ptonAccepted, legacy.atonRc == 0, legacy.inetAddrIsNone, legacy.atonRc == 0};
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 3; ++column)
            legacyTable_->item(row, column)->setBackground(rejected[row] ? QBrush(errorBase) : QBrush());

    QString verdict;
    if (legacy.atonRc && legacy.inetAddrIsNone)
        verdict = tr("inet_addr returned INADDR_NONE for a valid address: its caller cannot tell "
                     "255.255.255.255 from an error.");
    else if (legacy.atonRc && !ptonAccepted)
        verdict = tr("inet_aton reads “%1” as %2, but inet_pton rejects it.")
                      .arg(text, QString::fromStdString(legacy.ntoaText));
    else if (!legacy.atonRc && !ptonAccepted)
        verdict = tr("None of the functions accepts “%1” as an IPv4 address.").arg(text);
    else
        verdict = tr("All the functions agree on “%1”.").arg(text);
    verdictLabel_->setText(FieldFeedback::withLongWordsShortened(verdict)); // a long input must not widen the page
    verdictLabel_->setToolTip(verdict);
}

void AddressPage::clearLegacy(const QString& why)
{
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 3; ++column) {
            legacyTable_->item(row, column)->setText(QStringLiteral("—"));
            legacyTable_->item(row, column)->setBackground(QBrush());
        }
    legacyTable_->setEnabled(false);
    verdictLabel_->setText(why);
}

void AddressPage::setNtopNote(const QString& text, bool isError)
{
    QPalette p;
    if (isError)
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
    ntopNoteLabel_->setPalette(p);
    ntopNoteLabel_->setText(FieldFeedback::withLongWordsShortened(text));
    ntopNoteLabel_->setVisible(!text.isEmpty());
}

void AddressPage::restoreInputs(const QSettings& settings)
{
    const QString family = settings.value(QStringLiteral("family"), QStringLiteral("AF_INET")).toString();
    for (int i = 0; i < familyCombo_->count(); ++i)
        if (familySettingsName(familyCombo_->itemData(i).toInt()) == family)
            familyCombo_->setCurrentIndex(i);
    bufferSpin_->blockSignals(true);
    bufferSpin_->setValue(settings.value(QStringLiteral("ntopBuffer"), static_cast<int>(inet6AddrStrLen())).toInt());
    bufferSpin_->blockSignals(false);
    addressEdit_->setText(settings.value(QStringLiteral("address"), QStringLiteral("127.0.0.1")).toString());
    debouncer_->callNow();
}

void AddressPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("family"), familySettingsName(selectedFamily()));
    settings.setValue(QStringLiteral("address"), addressEdit_->text());
    settings.setValue(QStringLiteral("ntopBuffer"), bufferSpin_->value());
}

void AddressPage::showExample()
{
    bufferSpin_->blockSignals(true);
    bufferSpin_->setValue(static_cast<int>(inet6AddrStrLen()));
    bufferSpin_->blockSignals(false);
    convert(familyInet(), QStringLiteral("127.1"));
}

} // namespace sockscope
