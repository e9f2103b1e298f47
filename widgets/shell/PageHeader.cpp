#include "PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace sockscope {

namespace {

// The introduction's first line, cut to the width it gets (never asking for more).
class FoldedLine : public QWidget {
public:
    explicit FoldedLine(const QString& text) : text_(text)
    {
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        setToolTip(text);
    }
    QSize sizeHint() const override { return {fontMetrics().horizontalAdvance(text_), fontMetrics().height()}; }
    QSize minimumSizeHint() const override { return {0, fontMetrics().height()}; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(text_, Qt::ElideRight, width()));
    }

private:
    QString text_;
};

} // namespace

PageHeader::PageHeader(const QString& title, const QString& introduction, QWidget* parent)
    : QWidget(parent), introduction_(introduction), intro_(new QLabel(introduction)),
      line_(new FoldedLine(introduction)), toggle_(new QToolButton)
{
    setObjectName(QStringLiteral("pageHeader"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4); // relative, so it follows the user's font size
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    intro_->setObjectName(QStringLiteral("pageIntroduction"));
    intro_->setWordWrap(true);
    intro_->setTextFormat(Qt::PlainText);
    layout->addWidget(intro_);
    auto* folded = new QWidget;
    auto* row = new QHBoxLayout(folded);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(line_, 1);
    toggle_->setObjectName(QStringLiteral("pageIntroductionToggle"));
    toggle_->setAutoRaise(true);
    row->addWidget(toggle_);
    layout->addWidget(folded);
    connect(toggle_, &QToolButton::clicked, this, [this] {
        folded_ = !folded_;
        showState();
    });
    showState();
}

void PageHeader::setShortWindow(bool isShort)
{
    if (isShort == short_)
        return;
    short_ = isShort;
    folded_ = isShort;
    showState();
}

void PageHeader::showState()
{
    intro_->setVisible(!folded_);
    line_->setVisible(folded_);
    toggle_->parentWidget()->setVisible(short_); // on a tall window the paragraph is always whole
    toggle_->setText(folded_ ? tr("More") : tr("Less"));
    toggle_->setToolTip(folded_ ? tr("Show the whole introduction.") : tr("Fold the introduction to one line."));
}

QWidget* createPageHeader(const QString& title, const QString& introduction)
{
    return new PageHeader(title, introduction);
}

} // namespace sockscope
