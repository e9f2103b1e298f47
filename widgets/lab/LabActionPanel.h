#pragma once
// The socket lab's calls on the selected socket, grouped as the chapter groups them: create, connect
// and listen, data transfer, descriptor calls, close. Each button reads its argument fields, marks a
// bad field with a plain-words message, and asks for the call; the page sends it to the service.

#include "SocketLabTypes.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTabWidget;

namespace sockscope {

class FieldFeedback;

class LabActionPanel : public QWidget {
    Q_OBJECT
public:
    explicit LabActionPanel(QWidget* parent = nullptr);

    // The socket the calls act on; empty: none selected (only socket() is possible).
    void setTarget(const std::string& id, const QString& description);
    const std::string& target() const { return target_; }

    // Shows a recipe step's arguments in the fields, so the user sees what the step passes.
    void showRequest(const LabRequest& request, const QString& dataText);

    // Clicks the button of `call` (as the user would); false when the fields were not accepted.
    bool trigger(LabCall call);
    QPushButton* button(LabCall call) const;
    QLineEdit* dataField() const { return dataEdit_; }
    QLineEdit* portField() const { return portEdit_; }
    QLineEdit* addressField() const { return addressEdit_; }
    QComboBox* domainCombo() const { return domainCombo_; }
    QComboBox* typeCombo() const { return typeCombo_; }
    QComboBox* protocolCombo() const { return protocolCombo_; }
    QLineEdit* echoIdField() const { return echoIdEdit_; }
    QLineEdit* echoSeqField() const { return echoSeqEdit_; }
    QLineEdit* echoPayloadField() const { return echoPayloadEdit_; }
    QLineEdit* echoTimeoutField() const { return echoTimeoutEdit_; }
    QComboBox* optionCombo() const { return optionCombo_; }
    QLineEdit* optionValueField() const { return optionValueEdit_; }
    // The protocol field's message (beside the editable combo, which has no FieldFeedback box of its own).
    QLabel* protocolMessage() const;
    // Shows the echo tab (for the screenshot tour).
    void showEchoTab();

    // The protocols database's entries, offered after the lab's constants in the protocol choice.
    void setProtocolDatabase(const QStringList& names, const QList<int>& numbers);
    QWidget* firstField() const;

    void restoreInputs(const QSettings& settings);
    void saveInputs(QSettings& settings) const;

signals:
    void requested(const sockscope::LabRequest& request);

private:
    QPushButton* addButton(LabCall call, const QString& prototype, QWidget* parent);
    bool build(LabCall call, LabRequest& out);
    void updateEnabled();
    bool readProtocol(LabRequest& r);
    std::optional<long> signedField(FieldFeedback* feedback, const QString& what, long min, long max, int base = 10);

    std::string target_;
    QLabel* targetLabel_;
    QTabWidget* tabs_;
    std::map<LabCall, QPushButton*> buttons_;
    // create
    QComboBox* domainCombo_;
    QComboBox* typeCombo_;
    QComboBox* protocolCombo_;
    QCheckBox* nonblockCheck_;
    QCheckBox* cloexecCheck_;
    FieldFeedback* protocolFeedback_;
    int constantProtocols_ = 0; // the combo's first entries: the lab's constants; then the database's
    // ICMP echo
    QLineEdit* echoIdEdit_;
    QLineEdit* echoSeqEdit_;
    QLineEdit* echoPayloadEdit_;
    QLineEdit* echoTimeoutEdit_;
    FieldFeedback* echoIdFeedback_;
    FieldFeedback* echoSeqFeedback_;
    FieldFeedback* echoPayloadFeedback_;
    FieldFeedback* echoTimeoutFeedback_;
    int echoTab_ = -1;
    // setsockopt
    QComboBox* optionCombo_;
    QLineEdit* optionValueEdit_;
    QLineEdit* lingerEdit_;
    FieldFeedback* optionValueFeedback_;
    FieldFeedback* lingerFeedback_;
    int optionTab_ = -1;
    // connect and listen
    QLineEdit* addressEdit_;
    QLineEdit* portEdit_;
    QLineEdit* backlogEdit_;
    FieldFeedback* addressFeedback_;
    FieldFeedback* portFeedback_;
    FieldFeedback* backlogFeedback_;
    // data
    QLineEdit* dataEdit_;
    QLineEdit* sizeEdit_;
    QLineEdit* toAddressEdit_;
    QLineEdit* toPortEdit_;
    FieldFeedback* dataFeedback_;
    FieldFeedback* sizeFeedback_;
    FieldFeedback* toAddressFeedback_;
    FieldFeedback* toPortFeedback_;
    std::vector<std::pair<QCheckBox*, int>> flagChecks_;
    // descriptor calls
    QLineEdit* newFdEdit_;
    QLineEdit* minFdEdit_;
    QLineEdit* ownerEdit_;
    QLineEdit* modeEdit_;
    QLineEdit* uidEdit_;
    QLineEdit* gidEdit_;
    QLineEdit* lengthEdit_;
    QLineEdit* offsetEdit_;
    QComboBox* whenceCombo_;
    QCheckBox* nonblockFlagCheck_;
    QCheckBox* cloexecFlagCheck_;
    std::map<QLineEdit*, FieldFeedback*> numberFeedback_;
    // close
    QComboBox* howCombo_;
};

} // namespace sockscope
