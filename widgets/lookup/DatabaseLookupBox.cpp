#include "DatabaseLookupBox.h"

#include "CopyButton.h"
#include "FieldFeedback.h"
#include "PaletteColors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sockscope {

DatabaseLookupBox::DatabaseLookupBox(const Spec& spec, QWidget* parent)
    : QGroupBox(spec.title, parent),
      form_(new QFormLayout(this)),
      queryRow_(new QHBoxLayout),
      field_(new QLineEdit),
      button_(new QPushButton(tr("&Look up"))),
      resultLabel_(new QLabel),
      callLabel_(new QLabel)
{
    field_->setObjectName(spec.idPrefix + QStringLiteral("QueryEdit"));
    field_->setPlaceholderText(spec.placeholder);
    field_->setToolTip(spec.fieldTip);
    field_->setClearButtonEnabled(true);
    field_->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    feedback_ = new FieldFeedback(field_);
    queryRow_->addWidget(feedback_->fieldWithMessage());
    button_->setObjectName(spec.idPrefix + QStringLiteral("LookUpButton"));
    button_->setToolTip(spec.buttonTip);
    queryRow_->addWidget(button_, 0, Qt::AlignTop);
    queryRow_->addStretch(1);
    auto* fieldLabel = new QLabel(spec.fieldLabel);
    fieldLabel->setBuddy(field_);
    form_->addRow(fieldLabel, queryRow_);

    resultLabel_->setObjectName(spec.idPrefix + QStringLiteral("ResultLabel"));
    resultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLabel_->setWordWrap(false); // short: the copy button sits right after it
    resultLabel_->setToolTip(spec.resultTip);
    copy_ = new CopyButton([this] { return copyText_; }, spec.copyWhat);
    connect(copy_, &CopyButton::copied, this, &DatabaseLookupBox::copied);
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(resultLabel_);
    resultRow->addWidget(copy_, 0, Qt::AlignTop);
    resultRow->addStretch(1);
    form_->addRow(tr("Result:"), resultRow);
    callLabel_->setObjectName(spec.idPrefix + QStringLiteral("CallLabel"));
    callLabel_->setToolTip(tr("The C function that actually ran (the journal shows the call) and how long it took."));
    form_->addRow(tr("Call:"), callLabel_);

    connect(field_, &QLineEdit::returnPressed, this, &DatabaseLookupBox::submitted);
    connect(field_, &QLineEdit::textEdited, feedback_, &FieldFeedback::clearError);
    connect(button_, &QPushButton::clicked, this, &DatabaseLookupBox::submitted);
    setTabOrder(field_, button_);
    setTabOrder(button_, copy_);
}

bool DatabaseLookupBox::looksLikeNumber(const QString& text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && (t.front().isDigit() || t.front() == QLatin1Char('-'));
}

QString DatabaseLookupBox::text() const { return field_->text().trimmed(); }

void DatabaseLookupBox::addBeforeButton(QWidget* widget)
{
    queryRow_->insertWidget(queryRow_->indexOf(button_), widget, 0, Qt::AlignTop);
}

void DatabaseLookupBox::addRowBeforeCall(const QString& label, QWidget* widget)
{
    form_->insertRow(form_->rowCount() - 1, label, widget);
}

void DatabaseLookupBox::showRunning() { callLabel_->setText(tr("Running…")); }

void DatabaseLookupBox::showFound(const QString& text, const QString& copyText)
{
    resultLabel_->setPalette(QPalette());
    resultLabel_->setText(text);
    copyText_ = copyText;
}

void DatabaseLookupBox::showNotFound(const QString& text)
{
    QPalette p;
    p.setColor(QPalette::WindowText, errorTextColor(palette()));
    resultLabel_->setPalette(p);
    resultLabel_->setText(text);
    copyText_.clear();
}

} // namespace sockscope
