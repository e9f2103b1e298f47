#include "EchoTotalsView.h"

#include "PaletteColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>

#include <algorithm>

namespace sockscope {

EchoTotalsView::EchoTotalsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("echoTotals"));
    struct Spec {
        Field field;
        const char* objectName;
        QString label;
        QString tip;
    };
    const Spec specs[] = {
        {Current, "echoTotalCurrent", tr("Connections now:"), tr("Connections open now (TCP, Unix stream).")},
        {Total, "echoTotalTotal", tr("Connections in all:"), tr("Connections accepted since the server started.")},
        {Refused, "echoTotalRefused", tr("Refused:"),
         tr("Connections accepted and closed at once because the server already had its maximum number "
            "of connections.")},
        {Errors, "echoTotalErrors", tr("Errors:"),
         tr("Calls that failed with an error other than a peer's reset (ECONNRESET) or a closed pipe (EPIPE). "
            "The log says which.")},
        {AcceptPauses, "echoTotalAcceptPauses", tr("Accept pauses:"),
         tr("Times accept() failed with EMFILE or ENFILE (no descriptor left for a new connection): the "
            "server stops accepting for a moment instead of spinning, and accepts again later.")},
        {BytesIn, "echoTotalBytesIn", tr("Bytes in:"), tr("Bytes received from all clients (recv / recvfrom).")},
        {BytesOut, "echoTotalBytesOut", tr("Bytes out:"), tr("Bytes echoed back to clients (send / sendto).")},
        {MessagesIn, "echoTotalMessagesIn", tr("Messages in:"),
         tr("recv calls that returned data (streams), or datagrams received. A stream has no message "
            "boundaries: one send by a client may arrive in several recv calls, or several in one.")},
        {MessagesOut, "echoTotalMessagesOut", tr("Messages out:"), tr("send calls, or datagrams sent back.")},
        {Truncated, "echoTotalTruncated", tr("Truncated datagrams:"),
         tr("Datagrams larger than the server's buffer: recvfrom returned only the first part (MSG_TRUNC), "
            "and only that part was echoed.")},
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    grid->setVerticalSpacing(fontMetrics().height() / 6);
    // The view chooses its own minimum (one column of pairs) and rearranges on resize.
    grid->setSizeConstraint(QLayout::SetNoConstraint);
    for (const Spec& s : specs) {
        auto* label = new QLabel(s.label);
        label->setToolTip(s.tip);
        auto* value = new QLabel(QStringLiteral("0"));
        value->setObjectName(QString::fromLatin1(s.objectName));
        value->setToolTip(s.tip);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Room for "123,456,789 (123.5 MB)" so the column does not jump as the numbers grow.
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000,000 (000.0 MB)")));
        label->setBuddy(value);
        labels_[s.field] = label;
        values_[s.field] = value;
        tips_[s.field] = s.tip;
    }
    arrange(2);
    clear();
}

void EchoTotalsView::arrange(int columns)
{
    if (columns == columns_)
        return;
    columns_ = columns;
    auto* grid = static_cast<QGridLayout*>(layout());
    for (int f = 0; f < FieldCount; ++f) {
        grid->removeWidget(labels_[f]);
        grid->removeWidget(values_[f]);
    }
    const int rowsPerColumn = (FieldCount + columns - 1) / columns;
    for (int f = 0; f < FieldCount; ++f) {
        const int row = f % rowsPerColumn;
        const int column = (f / rowsPerColumn) * 3; // a spacer column between the pairs
        grid->addWidget(labels_[f], row, column);
        grid->addWidget(values_[f], row, column + 1);
    }
    for (int c = 0; c < 6; ++c)
        grid->setColumnStretch(c, 0);
    grid->setColumnMinimumWidth(2, columns > 1 ? fontMetrics().averageCharWidth() * 2 : 0);
    grid->setColumnStretch(columns > 1 ? 5 : 2, 1);
    updateGeometry();
}

int EchoTotalsView::twoColumnWidth() const
{
    int label = 0;
    int value = 0;
    for (int f = 0; f < FieldCount; ++f) {
        label = std::max(label, labels_[f]->sizeHint().width());
        value = std::max(value, values_[f]->minimumSizeHint().width());
        value = std::max(value, values_[f]->minimumWidth());
    }
    const auto* grid = static_cast<const QGridLayout*>(layout());
    return 2 * (label + value) + 4 * grid->horizontalSpacing() + fontMetrics().averageCharWidth() * 2;
}

QSize EchoTotalsView::minimumSizeHint() const
{
    // As narrow as one column of pairs, as tall as the arrangement now shown.
    const QSize now = layout()->minimumSize();
    const int oneColumn = (twoColumnWidth() - fontMetrics().averageCharWidth() * 2) / 2;
    return {std::min(now.width(), oneColumn), now.height()};
}

void EchoTotalsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(width() >= twoColumnWidth() ? 2 : 1);
}

void EchoTotalsView::clear() { setTotals(EchoTotals{}); }

void EchoTotalsView::setDatagram(bool datagram)
{
    datagram_ = datagram;
    setTotals(totals_);
}

void EchoTotalsView::setTotals(const EchoTotals& t)
{
    totals_ = t;
    const QLocale locale;
    const auto count = [&](std::uint64_t v) { return locale.toString(static_cast<qulonglong>(v)); };
    const auto bytes = [&](std::uint64_t v) {
        if (v < 10000) // "1,000 (1.0 kB)" would say nothing new
            return count(v);
        return tr("%1 (%2)").arg(count(v), locale.formattedDataSize(static_cast<qint64>(v), 1, QLocale::DataSizeSIFormat));
    };
    const std::uint64_t numbers[FieldCount] = {t.current,  t.total,    t.refused,    t.errors,      t.acceptPauses,
                                               t.bytesIn,  t.bytesOut, t.messagesIn, t.messagesOut, t.truncated};
    for (int f = 0; f < FieldCount; ++f) {
        const bool isBytes = f == BytesIn || f == BytesOut;
        const bool connectionCount = f == Current || f == Total || f == Refused;
        if (datagram_ && connectionCount) {
            values_[f]->setText(QStringLiteral("—"));
            values_[f]->setToolTip(tr("A datagram socket has no connections: each datagram is answered on its own "
                                      "(see Messages in and out)."));
            continue;
        }
        values_[f]->setToolTip(tips_[f]);
        values_[f]->setText(isBytes ? bytes(numbers[f]) : count(numbers[f]));
        const bool trouble = (f == Refused || f == Errors || f == AcceptPauses || f == Truncated) && numbers[f] > 0;
        if (values_[f]->property("trouble").toBool() == trouble)
            continue;
        values_[f]->setProperty("trouble", trouble);
        QPalette p;
        if (trouble)
            p.setColor(QPalette::WindowText, errorTextColor(palette()));
        values_[f]->setPalette(p);
    }
}

} // namespace sockscope
