#include "MessageEditDialog.h"

#include "FieldFeedback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace sockscope {

MessageEditDialog::MessageEditDialog(std::shared_ptr<MessageLibrary> library, int row, const SavedMessage& start,
                                     QWidget* parent)
    : QDialog(parent), library_(std::move(library)), row_(row)
{
    setWindowTitle(row < 0 ? tr("New saved message") : tr("Edit saved message"));
    auto* form = new QFormLayout(this);
    name_ = new QLineEdit(start.name);
    name_->setObjectName(QStringLiteral("messageName"));
    name_->setMaxLength(MessageLibrary::maxNameLength + 20); // longer is refused with a reason, not cut silently
    name_->setToolTip(tr("What the message is called in the list: 1 to %1 characters, unique in the library.")
                          .arg(MessageLibrary::maxNameLength));
    nameFeedback_ = new FieldFeedback(name_);
    form->addRow(tr("Name"), nameFeedback_->fieldWithMessage());

    syntax_ = new QComboBox;
    syntax_->setObjectName(QStringLiteral("messageSyntax"));
    syntax_->addItem(tr("Text"), int(MessageSyntax::Text));
    syntax_->addItem(tr("C escapes"), int(MessageSyntax::Escapes));
    syntax_->addItem(tr("Hex"), int(MessageSyntax::Hex));
    syntax_->setCurrentIndex(syntax_->findData(int(start.syntax)));
    syntax_->setToolTip(tr("How the text is read: as typed, with C escapes (\\r \\n \\xHH), or as hex byte pairs."));
    lineEnding_ = new QComboBox;
    lineEnding_->setObjectName(QStringLiteral("messageLineEnding"));
    lineEnding_->addItem(tr("No line ending"), int(LineEnding::None));
    lineEnding_->addItem(tr("LF (\\n)"), int(LineEnding::LF));
    lineEnding_->addItem(tr("CRLF (\\r\\n)"), int(LineEnding::CRLF));
    lineEnding_->setCurrentIndex(lineEnding_->findData(int(start.lineEnding)));
    lineEnding_->setToolTip(tr("Appended to text messages."));
    auto* how = new QHBoxLayout;
    how->addWidget(syntax_);
    how->addWidget(lineEnding_);
    how->addStretch(1);
    form->addRow(tr("Read as"), how);
    const auto updateEnding = [this] { lineEnding_->setEnabled(syntax_->currentData().toInt() == int(MessageSyntax::Text)); };
    connect(syntax_, &QComboBox::currentIndexChanged, this, updateEnding);
    updateEnding();

    text_ = new QLineEdit(start.text);
    text_->setObjectName(QStringLiteral("messageText"));
    text_->setToolTip(tr("The message as typed; hex: 48 65 6c 6c 6f, escapes: GET /\\r\\n."));
    textFeedback_ = new FieldFeedback(text_);
    form->addRow(tr("Message"), textFeedback_->fieldWithMessage());

    auto* flags = new QHBoxLayout;
    for (const QString& f : MessageLibrary::availableFlags()) {
        auto* cb = new QCheckBox(f);
        cb->setObjectName(QStringLiteral("messageFlag_%1").arg(f));
        cb->setChecked(start.flags.contains(f));
        cb->setToolTip(tr("send() flag %1.").arg(f));
        flags_ << cb;
        flags->addWidget(cb);
    }
    flags->addStretch(1);
    form->addRow(tr("Flags"), flags);
    note_ = new QLineEdit(start.note);
    note_->setObjectName(QStringLiteral("messageNote"));
    note_->setToolTip(tr("Anything worth remembering about the message (optional)."));
    form->addRow(tr("Note"), note_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MessageEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(name_, &QLineEdit::textEdited, nameFeedback_, &FieldFeedback::clearError);
    connect(text_, &QLineEdit::textEdited, textFeedback_, &FieldFeedback::clearError);
    resize(560, sizeHint().height());
}

SavedMessage MessageEditDialog::message() const
{
    SavedMessage m;
    m.name = name_->text().trimmed();
    m.syntax = static_cast<MessageSyntax>(syntax_->currentData().toInt());
    m.lineEnding = static_cast<LineEnding>(lineEnding_->currentData().toInt());
    m.text = text_->text();
    for (QCheckBox* cb : flags_)
        if (cb->isChecked())
            m.flags << cb->text();
    m.note = note_->text();
    return m;
}

void MessageEditDialog::accept()
{
    const SavedMessage m = message();
    QString why;
    const bool ok = row_ < 0 ? library_->add(m, &why) : library_->replace(row_, m, &why);
    if (!ok) {
        // The library's reasons start with the field they are about.
        const int other = library_->indexOf(m.name);
        if (!MessageLibrary::nameProblem(m.name).isEmpty() || (other >= 0 && other != row_)) {
            nameFeedback_->setError(why);
            name_->setFocus();
        } else {
            textFeedback_->setError(why);
            text_->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace sockscope
