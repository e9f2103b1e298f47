#include "ByteOrderPage.h"

#include "ByteDiagram.h"
#include "CallDebouncer.h"
#include "CodecMessages.h"
#include "CopyButton.h"
#include "FieldFeedback.h"
#include "NumberParser.h"
#include "PageHeader.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sockscope {

namespace {

constexpr ByteOrderFunction allFunctions[] = {ByteOrderFunction::Htonl, ByteOrderFunction::Htons,
                                              ByteOrderFunction::Ntohl, ByteOrderFunction::Ntohs};

QString functionName(ByteOrderFunction f) { return QString::fromLatin1(byteOrderFunctionName(f)); }

QString hexNumber(std::uint32_t value, unsigned bits)
{
    return QStringLiteral("0x%1").arg(value, static_cast<int>(bits / 4), 16, QLatin1Char('0'));
}

// The significance of the byte at memory offset `offset` of an n-byte number on this host:
// 0 is the least significant byte.
std::size_t significanceAt(std::size_t offset, std::size_t n)
{
    return hostEndianness() == Endianness::Big ? n - 1 - offset : offset;
}

} // namespace

ByteOrderPage::ByteOrderPage(QWidget* parent)
    : Page(parent),
      valueEdit_(new QLineEdit),
      valueFeedback_(nullptr),
      functions_(new QButtonGroup(this)),
      widthLabel_(new QLabel),
      callLabel_(new QLabel),
      outputLabel_(new QLabel),
      explanationLabel_(new QLabel),
      memoryBox_(new QWidget),
      beforeDiagram_(new ByteDiagram),
      afterDiagram_(new ByteDiagram),
      debouncer_(new CallDebouncer([this] { callFunction(); }, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("Numbers in TCP/IP headers are sent most significant byte first: big-endian, the network "
           "byte order. A host may store numbers the other way round. htonl and htons convert a 32-bit "
           "or 16-bit number from host order to network order; ntohl and ntohs convert back.")));

    const Endianness host = hostEndianness();
    auto* hostLabel = new QLabel;
    hostLabel->setObjectName(QStringLiteral("hostEndiannessLabel"));
    hostLabel->setWordWrap(true);
    switch (host) {
    case Endianness::Little:
        hostLabel->setText(tr("This computer is little-endian: it stores the least significant byte of "
                              "a number at the lowest address, so the four functions reverse the bytes."));
        break;
    case Endianness::Big:
        hostLabel->setText(tr("This computer is big-endian: its order is already the network order, "
                              "so the four functions return their argument unchanged."));
        break;
    case Endianness::Mixed:
        hostLabel->setText(tr("This computer stores numbers in a mixed byte order."));
        break;
    }
    QFont bold = hostLabel->font();
    bold.setBold(true);
    hostLabel->setFont(bold);
    layout->addWidget(hostLabel);

    // The call: value and function.
    auto* callBox = new QGroupBox(tr("Call"));
    auto* form = new QFormLayout(callBox);
    valueEdit_->setObjectName(QStringLiteral("byteOrderValueEdit"));
    valueEdit_->setPlaceholderText(tr("0x12345678 or 305419896"));
    valueEdit_->setToolTip(tr("The argument: an unsigned number in decimal, or in hex with 0x. "
                              "It must fit the function's width: 0–0xffff for htons and ntohs, "
                              "0–0xffffffff for htonl and ntohl."));
    valueEdit_->setClearButtonEnabled(true);
    valueFeedback_ = new FieldFeedback(valueEdit_);
    form->addRow(tr("&Value:"), valueFeedback_->fieldWithMessage());
    valueEdit_->setMaximumWidth(fontMetrics().averageCharWidth() * 32);

    auto* functionRow = new QHBoxLayout;
    const QString prototypes[] = {
        tr("uint32_t htonl(uint32_t hostlong): a 32-bit number from host order to network order."),
        tr("uint16_t htons(uint16_t hostshort): a 16-bit number from host order to network order."),
        tr("uint32_t ntohl(uint32_t netlong): a 32-bit number from network order to host order."),
        tr("uint16_t ntohs(uint16_t netshort): a 16-bit number from network order to host order."),
    };
    int id = 0;
    for (ByteOrderFunction f : allFunctions) {
        // Radio buttons: the chosen function stays clearly marked in light and dark palettes.
        auto* button = new QRadioButton(functionName(f));
        button->setObjectName(functionName(f) + QStringLiteral("Button"));
        button->setToolTip(prototypes[id]);
        functions_->addButton(button, id++);
        functionRow->addWidget(button);
    }
    functionRow->addStretch();
    functions_->button(0)->setChecked(true);
    form->addRow(tr("Function:"), functionRow);
    widthLabel_->setObjectName(QStringLiteral("byteOrderWidthLabel"));
    widthLabel_->setToolTip(tr("htonl and ntohl take a uint32_t, htons and ntohs a uint16_t."));
    form->addRow(tr("Width:"), widthLabel_);
    layout->addWidget(callBox);

    // The result: value, and the memory before and after.
    auto* resultBox = new QGroupBox(tr("Result"));
    auto* resultLayout = new QVBoxLayout(resultBox);
    auto* resultForm = new QFormLayout;
    callLabel_->setObjectName(QStringLiteral("byteOrderCallLabel"));
    callLabel_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    callLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    callLabel_->setToolTip(tr("The call as C code, with the value it returned."));
    auto* callRow = new QHBoxLayout;
    callRow->addWidget(callLabel_, 1);
    auto* copyCall = new CopyButton([this] { return callLabel_->text(); }, tr("the call"));
    connect(copyCall, &CopyButton::copied, this, &Page::statusMessage);
    callRow->addWidget(copyCall);
    resultForm->addRow(tr("C call:"), callRow);

    outputLabel_->setObjectName(QStringLiteral("byteOrderOutputLabel"));
    outputLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outputLabel_->setToolTip(tr("The value the function returned, in hex and in decimal."));
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(outputLabel_, 1);
    auto* copyOutput = new CopyButton(
        [this] { return outputLabel_->text().section(QLatin1Char(' '), 0, 0); }, tr("the result"));
    connect(copyOutput, &CopyButton::copied, this, &Page::statusMessage);
    outputRow->addWidget(copyOutput);
    resultForm->addRow(tr("Returned value:"), outputRow);
    resultLayout->addLayout(resultForm);

    auto* memoryLayout = new QVBoxLayout(memoryBox_);
    memoryLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(memoryBox_);
    auto* beforeCaption = new QLabel(tr("The argument in memory, lowest address first:"));
    beforeCaption->setWordWrap(true);
    memoryLayout->addWidget(beforeCaption);
    beforeDiagram_->setObjectName(QStringLiteral("byteOrderBeforeDiagram"));
    beforeDiagram_->setOffsetPrefix(QStringLiteral("+"));
    beforeDiagram_->setMinimumCellText(tr("bits 31–24"));
    beforeDiagram_->setToolTip(tr("The bytes of the argument as this host stores them."));
    memoryLayout->addWidget(beforeDiagram_);

    auto* afterCaption = new QLabel(tr("The returned value in memory (each byte keeps its colour and "
                                       "name, so you can see where it went):"));
    afterCaption->setWordWrap(true);
    memoryLayout->addWidget(afterCaption);
    afterDiagram_->setObjectName(QStringLiteral("byteOrderAfterDiagram"));
    afterDiagram_->setOffsetPrefix(QStringLiteral("+"));
    afterDiagram_->setMinimumCellText(tr("bits 31–24"));
    memoryLayout->addWidget(afterDiagram_);

    explanationLabel_->setObjectName(QStringLiteral("byteOrderExplanationLabel"));
    explanationLabel_->setWordWrap(true);
    resultLayout->addWidget(explanationLabel_);
    layout->addWidget(resultBox);
    layout->addStretch();

    connect(valueEdit_, &QLineEdit::textEdited, this, &ByteOrderPage::onValueEdited);
    connect(valueEdit_, &QLineEdit::returnPressed, debouncer_, &CallDebouncer::callNow);
    connect(functions_, &QButtonGroup::idClicked, this, [this] {
        onValueEdited(); // the range depends on the width
        debouncer_->callNow();
    });

    setTabOrder(valueEdit_, functions_->button(0));
    for (int i = 1; i < 4; ++i)
        setTabOrder(functions_->button(i - 1), functions_->button(i));
    setTabOrder(functions_->button(3), copyCall);
    setTabOrder(copyCall, copyOutput);
    onValueEdited();
}

QString ByteOrderPage::title() const { return tr("Byte order"); }

QString ByteOrderPage::summary() const
{
    return tr("htonl, htons, ntohl and ntohs: host order, network order and the bytes in memory.");
}

QWidget* ByteOrderPage::firstField() const { return valueEdit_; }

ByteOrderFunction ByteOrderPage::selectedFunction() const
{
    const int id = functions_->checkedId();
    return allFunctions[id >= 0 && id < 4 ? id : 0];
}

void ByteOrderPage::selectFunction(ByteOrderFunction function)
{
    for (int i = 0; i < 4; ++i)
        if (allFunctions[i] == function)
            functions_->button(i)->setChecked(true);
}

std::uint64_t ByteOrderPage::maximumValue() const
{
    return byteOrderBits(selectedFunction()) == 16 ? 0xffffu : 0xffffffffu;
}

std::optional<std::uint32_t> ByteOrderPage::validatedValue()
{
    const QString text = valueEdit_->text();
    const ParsedNumber n = parseUnsigned(text.toStdString(), maximumValue());
    if (!n.ok()) {
        valueFeedback_->setError(CodecMessages::numberError(n, text, tr("Value"), maximumValue()));
        return std::nullopt;
    }
    valueFeedback_->clearError();
    return static_cast<std::uint32_t>(n.value);
}

void ByteOrderPage::onValueEdited()
{
    const unsigned bits = byteOrderBits(selectedFunction());
    widthLabel_->setText(bits == 16 ? tr("16 bits (uint16_t)") : tr("32 bits (uint32_t)"));
    // Validation needs no system call, so it follows every keystroke; the call itself waits.
    if (validatedValue())
        debouncer_->schedule();
    else
        clearResult();
}

void ByteOrderPage::callFunction()
{
    const std::optional<std::uint32_t> value = validatedValue();
    if (!value) {
        clearResult();
        return;
    }
    showResult(convertByteOrder(selectedFunction(), *value));
}

void ByteOrderPage::showResult(const ByteOrderResult& r)
{
    const QString name = functionName(r.function);
    callLabel_->setText(QStringLiteral("%1(%2%3) == %4")
                            .arg(name, hexNumber(r.input, r.bits),
                                 r.bits == 32 ? QStringLiteral("u") : QString(), hexNumber(r.output, r.bits)));
    outputLabel_->setText(tr("%1 (decimal %2)").arg(hexNumber(r.output, r.bits)).arg(r.output));

    // Each byte is named and coloured after the part of the argument it came from. The spans are
    // listed in the same order in both diagrams, so a byte keeps its colour when it moves.
    const std::size_t n = r.bits / 8;
    const bool reversed = hostEndianness() == Endianness::Little; // the conversion mirrors the bytes
    std::vector<std::uint8_t> before(r.inputBytes.begin(), r.inputBytes.begin() + static_cast<long>(n));
    std::vector<std::uint8_t> after(r.outputBytes.begin(), r.outputBytes.begin() + static_cast<long>(n));
    std::vector<ByteSpan> beforeSpans;
    std::vector<ByteSpan> afterSpans;
    for (std::size_t offset = 0; offset < n; ++offset) {
        const std::size_t significance = significanceAt(offset, n);
        ByteSpan s;
        s.name = tr("bits %1–%2").arg(significance * 8 + 7).arg(significance * 8);
        s.offset = offset;
        s.size = 1;
        s.toolTip = significance == n - 1 ? tr("The argument's most significant byte.")
                    : significance == 0   ? tr("The argument's least significant byte.")
                                          : tr("A middle byte of the argument.");
        beforeSpans.push_back(s);
        s.offset = reversed ? n - 1 - offset : offset;
        afterSpans.push_back(s);
    }
    beforeDiagram_->setBytes(std::move(before), std::move(beforeSpans));
    afterDiagram_->setBytes(std::move(after), std::move(afterSpans));

    const bool toNetwork = r.function == ByteOrderFunction::Htonl || r.function == ByteOrderFunction::Htons;
    QString explanation =
        toNetwork ? tr("%1 takes a number in host order and returns it in network order: in memory the "
                       "most significant byte now comes first, ready for a packet or a sockaddr field.")
                        .arg(name)
                  : tr("%1 takes a number whose bytes arrived in network order (most significant first) "
                       "and returns it in host order, a number this computer can calculate with.")
                        .arg(name);
    if (hostEndianness() == Endianness::Big)
        explanation += QLatin1Char(' ') + tr("On this big-endian computer both orders are the same.");
    explanationLabel_->setText(explanation);
    memoryBox_->show();
}

void ByteOrderPage::clearResult()
{
    callLabel_->setText(QStringLiteral("—"));
    outputLabel_->setText(QStringLiteral("—"));
    explanationLabel_->clear();
    beforeDiagram_->clear();
    afterDiagram_->clear();
    memoryBox_->hide();
}

void ByteOrderPage::restoreInputs(const QSettings& settings)
{
    valueEdit_->setText(settings.value(QStringLiteral("value"), QStringLiteral("0x12345678")).toString());
    const QString function = settings.value(QStringLiteral("function")).toString();
    for (ByteOrderFunction f : allFunctions)
        if (functionName(f) == function)
            selectFunction(f);
    onValueEdited();
    debouncer_->callNow();
}

void ByteOrderPage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("value"), valueEdit_->text());
    settings.setValue(QStringLiteral("function"), functionName(selectedFunction()));
}

void ByteOrderPage::showExample()
{
    valueEdit_->setText(QStringLiteral("0x12345678"));
    selectFunction(ByteOrderFunction::Htonl);
    onValueEdited();
    debouncer_->callNow();
}

} // namespace sockscope
