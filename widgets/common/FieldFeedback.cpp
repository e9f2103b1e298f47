#include "FieldFeedback.h"

#include "CodecMessages.h"
#include "NumberParser.h"

#include "PaletteColors.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace sockscope {

std::optional<std::uint64_t> FieldFeedback::checkUnsigned(const QString& what, std::uint64_t min, std::uint64_t max,
                                                          std::optional<std::uint64_t> emptyValue)
{
    const QString text = field_->text();
    if (emptyValue && text.trimmed().isEmpty()) {
        clearError();
        return emptyValue;
    }
    const ParsedNumber n = parseUnsigned(text.toStdString(), max);
    const QString error = CodecMessages::numberError(n, text, what, max, min);
    if (!error.isEmpty()) {
        setError(error);
        return std::nullopt;
    }
    clearError();
    return n.value;
}

// A label wraps only between words: a long unbroken word (a 200-character address quoted back) would
// widen the page. Such a word keeps its start and end; the field and the tooltip hold all of it.
QString FieldFeedback::withLongWordsShortened(const QString& text)
{
    constexpr qsizetype longest = 48, kept = 20;
    QString out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const qsizetype n = end - start;
        out += n > longest ? text.mid(start, kept) + QChar(0x2026) + text.mid(end - kept, kept) : text.mid(start, n);
        while (end < text.size() && text.at(end).isSpace())
            out += text.at(end++);
        start = end;
    }
    return out;
}

FieldFeedback::FieldFeedback(QLineEdit* field)
    : QObject(field), field_(field), message_(new QLabel), warningIcon_(new QAction(this))
{
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setObjectName(field->objectName() + QStringLiteral("Message"));
    message_->hide();
    warningIcon_->setIcon(field->style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

QWidget* FieldFeedback::fieldWithMessage()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(field_->fontMetrics().height() / 4);
    layout->addWidget(field_);
    layout->addWidget(message_);
    return box;
}

bool FieldFeedback::hasError() const { return !message_->text().isEmpty(); }

void FieldFeedback::setError(const QString& message)
{
    if (message.isEmpty()) {
        clearError();
        return;
    }
    const bool wasMarked = hasError();
    message_->setText(withLongWordsShortened(message));
    message_->show();
    warningIcon_->setToolTip(message);
    message_->setToolTip(message);
    if (!wasMarked)
        field_->addAction(warningIcon_, QLineEdit::TrailingPosition);
    // The field's accessible description carries the message for screen readers.
    field_->setAccessibleDescription(message);
    applyMarking();
}

void FieldFeedback::clearError()
{
    if (!hasError())
        return;
    message_->clear();
    message_->hide();
    field_->removeAction(warningIcon_);
    field_->setAccessibleDescription({});
    applyMarking();
}

void FieldFeedback::applyMarking()
{
    if (!hasError()) {
        // An empty palette resolves no role: the widgets inherit their parent's colours again.
        field_->setPalette(QPalette());
        message_->setPalette(QPalette());
        return;
    }
    // Only the one role is set, so every other colour still follows the application palette.
    const QWidget* context = field_->parentWidget() ? field_->parentWidget() : field_;
    QPalette fieldPalette;
    fieldPalette.setColor(QPalette::Base, errorBaseColor(context->palette()));
    field_->setPalette(fieldPalette);

    QPalette messagePalette;
    messagePalette.setColor(QPalette::WindowText, errorTextColor(context->palette()));
    message_->setPalette(messagePalette);
}

} // namespace sockscope
