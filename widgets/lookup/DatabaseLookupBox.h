#pragma once
// The single-entry lookup of the Protocols and Services pages: a name-or-number field with its
// feedback, the Look up button, the result with a copy button, and the call that ran. A page adds what
// is its own (a protocol to match, a row that explains s_port) and decides what a result says.

#include <QGroupBox>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sockscope {

class CopyButton;
class FieldFeedback;

class DatabaseLookupBox : public QGroupBox {
    Q_OBJECT
public:
    struct Spec {
        QString idPrefix;    // object names <prefix>QueryEdit, <prefix>LookUpButton, <prefix>ResultLabel…
        QString title;       // "One protocol: getprotobyname_r or getprotobynumber_r"
        QString fieldLabel;  // "&Name or number:"
        QString placeholder;
        QString fieldTip;
        QString buttonTip;
        QString resultTip;
        QString copyWhat;    // "the protocol entry"
    };

    explicit DatabaseLookupBox(const Spec& spec, QWidget* parent = nullptr);

    // A key that starts like a number (a digit, or a minus sign) is read as one, to report a bad number.
    static bool looksLikeNumber(const QString& text);

    QLineEdit* field() const { return field_; }
    FieldFeedback* feedback() const { return feedback_; }
    QPushButton* lookUpButton() const { return button_; }
    CopyButton* copyButton() const { return copy_; }
    QLabel* callLabel() const { return callLabel_; }
    QString text() const; // trimmed

    // A widget of the page's own in the field's row, before the Look up button.
    void addBeforeButton(QWidget* widget);
    // A row of the page's own, between the result and the call.
    void addRowBeforeCall(const QString& label, QWidget* widget);

    void showRunning();
    void showFound(const QString& text, const QString& copyText);
    void showNotFound(const QString& text); // in the error colour; nothing to copy

signals:
    // Enter in the field or the Look up button.
    void submitted();
    void copied(const QString& message);

private:
    QFormLayout* form_;
    QHBoxLayout* queryRow_;
    QLineEdit* field_;
    FieldFeedback* feedback_;
    QPushButton* button_;
    QLabel* resultLabel_;
    CopyButton* copy_;
    QLabel* callLabel_;
    QString copyText_;
};

} // namespace sockscope
