#include "BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace sockscope {

BusyIndicator::BusyIndicator(QWidget* parent) : QWidget(parent), bar_(new QProgressBar), label_(new QLabel)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    bar_->setRange(0, 0); // no known end: the bar moves to show that work goes on
    bar_->setTextVisible(false);
    bar_->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    bar_->setMaximumHeight(fontMetrics().height());
    bar_->setAccessibleName(tr("Busy"));
    label_->setObjectName(QStringLiteral("busyLabel"));
    layout->addWidget(bar_);
    layout->addWidget(label_, 1);
    tick_.setInterval(tickMs);
    connect(&tick_, &QTimer::timeout, this, &BusyIndicator::refresh);
    hide();
}

void BusyIndicator::start(const QString& what)
{
    what_ = what;
    clock_.start();
    tick_.start();
    refresh();
    // Shown from the first tick on: a lookup that answers at once does not make the page flicker.
}

qint64 BusyIndicator::stop()
{
    const qint64 ms = elapsedMs();
    tick_.stop();
    clock_.invalidate();
    hide();
    return ms;
}

void BusyIndicator::refresh()
{
    if (clock_.isValid() && clock_.elapsed() >= tickMs)
        show();
    label_->setText(tr("%1… %2 s").arg(what_).arg(static_cast<double>(elapsedMs()) / 1000.0, 0, 'f', 1));
}

QString BusyIndicator::durationText(qint64 microseconds)
{
    if (microseconds < 1000)
        return tr("%1 µs").arg(microseconds);
    if (microseconds < 1'000'000)
        return tr("%1 ms").arg(static_cast<double>(microseconds) / 1000.0, 0, 'f', microseconds < 10'000 ? 2 : 1);
    return tr("%1 s").arg(static_cast<double>(microseconds) / 1e6, 0, 'f', 2);
}

} // namespace sockscope
