#pragma once
// Adding or editing one saved message: its name, how the text is read, the text, line ending,
// send() flags and a note. OK keeps the dialog open, with the reason beside the field, until the
// library accepts the message.

#include "MessageLibrary.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sockscope {

class FieldFeedback;

class MessageEditDialog : public QDialog {
    Q_OBJECT
public:
    // `row` is the message edited, or -1 for a new one added at the end.
    MessageEditDialog(std::shared_ptr<MessageLibrary> library, int row, const SavedMessage& start,
                      QWidget* parent = nullptr);

    SavedMessage message() const;
    QLineEdit* nameField() const { return name_; }
    QLineEdit* textField() const { return text_; }
    QComboBox* syntaxBox() const { return syntax_; }

public slots:
    void accept() override;

private:
    std::shared_ptr<MessageLibrary> library_;
    int row_;
    QLineEdit* name_;
    FieldFeedback* nameFeedback_;
    QComboBox* syntax_;
    QComboBox* lineEnding_;
    QLineEdit* text_;
    FieldFeedback* textFeedback_;
    QList<QCheckBox*> flags_;
    QLineEdit* note_;
};

} // namespace sockscope
