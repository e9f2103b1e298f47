#pragma once
// Socket address structures byte by byte: sockaddr_in, sockaddr_in6 and sockaddr_un filled in from
// the user's input, seen as themselves, as struct sockaddr or as struct sockaddr_storage.

#include "Page.h"

#include "SockaddrLayout.h"

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sockscope {

class ByteDiagram;
class CallDebouncer;
class FieldFeedback;

class SockaddrLayoutPage : public Page {
    Q_OBJECT
public:
    enum class Structure { Inet, Inet6, Unix };
    enum class View { Concrete, Sockaddr, Storage };

    explicit SockaddrLayoutPage(QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("sockaddr-layout"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

private:
    Structure selectedStructure() const;
    View selectedView() const;
    void selectStructure(Structure s);
    void selectView(View v);
    void showInputsFor(Structure s);
    void evaluate();
    void showError(const LayoutResult& r);
    void showLayout(const SockaddrLayout& layout);
    void clearLayout();
    QString noteText() const;

    QComboBox* structureCombo_;
    QFormLayout* inputForm_;
    QLineEdit* inetAddressEdit_;
    QLineEdit* inet6AddressEdit_;
    QLineEdit* portEdit_;
    QLineEdit* flowinfoEdit_;
    QLineEdit* pathEdit_;
    FieldFeedback* inetAddressFeedback_;
    FieldFeedback* inet6AddressFeedback_;
    FieldFeedback* portFeedback_;
    FieldFeedback* flowinfoFeedback_;
    FieldFeedback* pathFeedback_;
    QButtonGroup* viewGroup_;
    QLabel* summaryLabel_;
    QTableWidget* fieldTable_;
    QWidget* diagramCaption_;
    ByteDiagram* diagram_;
    CallDebouncer* debouncer_;
};

} // namespace sockscope
