#pragma once
// Addresses: inet_pton turns text into bytes in network order, inet_ntop turns them back into the
// canonical text; the legacy inet_aton/inet_addr/inet_ntoa are compared on the same input.

#include "Page.h"

#include "AddressCodec.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace sockscope {

class CallDebouncer;
class FieldFeedback;

class AddressPage : public Page {
    Q_OBJECT
public:
    // The family choice "automatic": AF_INET first, then AF_INET6.
    static constexpr int automaticFamily = -1;

    explicit AddressPage(QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("addresses"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    // Sets the input as if typed and converts at once (sample buttons, tests).
    void convert(int family, const QString& text);

private:
    int selectedFamily() const;
    void selectFamily(int family);
    void evaluate();
    void showPton(const PtonResult& r, const QString& text);
    void showNtop(const PtonResult& r, const QString& text);
    void showLegacy(const QString& text, const PtonResult& r);
    void clearLegacy(const QString& why);
    void setNtopNote(const QString& text, bool isError);

    QComboBox* familyCombo_;
    QLineEdit* addressEdit_;
    FieldFeedback* addressFeedback_;
    QSpinBox* bufferSpin_;
    QLabel* ptonLabel_;
    QLabel* hexLabel_;
    QLabel* ntopLabel_;     // the canonical text, or a dash
    QLabel* ntopNoteLabel_; // why inet_ntop failed, or how its text differs from the input
    QString hexForCopy_;
    QTableWidget* legacyTable_;
    QLabel* verdictLabel_;
    CallDebouncer* debouncer_;
};

} // namespace sockscope
