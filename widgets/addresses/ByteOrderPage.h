#pragma once
// Byte order: the host's endianness, and htonl/htons/ntohl/ntohs called on a value the user types,
// with the bytes as they lie in memory before and after the call.

#include "Page.h"

#include "ByteOrder.h"

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;

namespace sockscope {

class ByteDiagram;
class CallDebouncer;
class FieldFeedback;

class ByteOrderPage : public Page {
    Q_OBJECT
public:
    explicit ByteOrderPage(QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("byte-order"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

private:
    ByteOrderFunction selectedFunction() const;
    void selectFunction(ByteOrderFunction function);
    std::uint64_t maximumValue() const;
    // Checks the value at once (no call is journalled) and returns it when valid.
    std::optional<std::uint32_t> validatedValue();
    void onValueEdited();
    void callFunction();
    void showResult(const ByteOrderResult& result);
    void clearResult();

    QLineEdit* valueEdit_;
    FieldFeedback* valueFeedback_;
    QButtonGroup* functions_;
    QLabel* widthLabel_;
    QLabel* callLabel_;
    QLabel* outputLabel_;
    QLabel* explanationLabel_;
    QWidget* memoryBox_; // captions and diagrams, hidden while there is no result
    ByteDiagram* beforeDiagram_;
    ByteDiagram* afterDiagram_;
    CallDebouncer* debouncer_;
};

} // namespace sockscope
