#pragma once
// Marks a field whose input core rejected and shows core's plain-words message right under it.
// Every page uses it, so bad input looks the same everywhere: a tinted field with a warning icon,
// and a word-wrapped message that says what is wrong and what is allowed.

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QWidget;

namespace sockscope {

class FieldFeedback : public QObject {
    Q_OBJECT
public:
    // `field` is the input to mark; the message label is created here (hidden until an error).
    explicit FieldFeedback(QLineEdit* field);

    // The field and its message stacked vertically, for a form layout's field column.
    QWidget* fieldWithMessage();

    QLabel* messageLabel() const { return message_; }
    QLineEdit* field() const { return field_; }

    // Reads the field as an unsigned number in [min, max] with core's parser, marks it with core's
    // message when it is not one, and returns it. An empty field gives `emptyValue` when there is one.
    std::optional<std::uint64_t> checkUnsigned(const QString& what, std::uint64_t min, std::uint64_t max,
                                               std::optional<std::uint64_t> emptyValue = std::nullopt);

    void setError(const QString& message);
    void clearError();
    bool hasError() const;
    // Words longer than a line can hold keep their first and last characters around an ellipsis.
    static QString withLongWordsShortened(const QString& text);

private:
    void applyMarking();

    QLineEdit* field_;
    QLabel* message_;
    QAction* warningIcon_;
};

} // namespace sockscope
