#include "EchoTotalsView.h"

#include "PaletteColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

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
    const int rowsPerColumn = (FieldCount + 1) / 2;
    int i = 0;
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
        const int row = i % rowsPerColumn;
        const int column = (i / rowsPerColumn) * 3; // a spacer column between the pairs
        grid->addWidget(label, row, column);
        grid->addWidget(value, row, column + 1);
        values_[s.field] = value;
        tips_[s.field] = s.tip;
        ++i;
    }
    grid->setColumnMinimumWidth(2, fontMetrics().averageCharWidth() * 2);
    grid->setColumnStretch(5, 1);
    clear();
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
