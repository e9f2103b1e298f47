#include "WireLadderView.h"

#include "PaletteColors.h"
#include "WirePacketText.h"

#include <QFontDatabase>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

// What an arrow is, by colour: the handshake, the close, a reset, data, ICMP.
QColor arrowColor(const QPalette& palette, const WirePacket& w)
{
    const DecodedPacket& d = w.decoded;
    if (d.transport == Transport::Icmp || d.transport == Transport::Icmpv6)
        return seriesLineColor(palette, 1); // orange
    if (d.transport == Transport::Tcp) {
        if (d.tcpFlags & TcpRst)
            return errorTextColor(palette);
        if (d.tcpFlags & TcpSyn)
            return seriesLineColor(palette, 2);
        if (d.tcpFlags & TcpFin)
            return seriesLineColor(palette, 0); // blue
    }
    return palette.color(QPalette::Text);
}

// "TIME_WAIT, 59 s": the kernel's state of a column's endpoint, for the header.
QString kernelStateText(const KernelTcpState& k)
{
    if (k.endpoint.empty())
        return {};
    if (k.state.empty())
        return WireLadderView::tr("kernel: gone (no socket left)");
    if (k.timerMs > 0 && k.timer == "time-wait")
        return WireLadderView::tr("kernel: %1, %2 s left").arg(QString::fromStdString(k.state)).arg((k.timerMs + 999) / 1000);
    return WireLadderView::tr("kernel: %1").arg(QString::fromStdString(k.state));
}

QString callText(const JournalEntry& e)
{
    return QStringLiteral("%1(%2) = %3").arg(QString::fromStdString(e.function), QString::fromStdString(e.args),
                                             QString::fromStdString(e.result));
}

} // namespace

WireLadderView::WireLadderView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setFont(font());
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(rowHeight() * 12);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    verticalScrollBar()->setSingleStep(rowHeight());
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        follow_ = value >= verticalScrollBar()->maximum();
        viewport()->update();
    });
}

void WireLadderView::setTimeline(const WireTimeline* timeline)
{
    timeline_ = timeline;
    timelineChanged();
}

void WireLadderView::timelineChanged()
{
    const int rows = timeline_ ? static_cast<int>(timeline_->rows().size()) : 0;
    if (selected_ >= rows)
        selected_ = -1;
    updateScrollRange();
    if (follow_)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

int WireLadderView::rowHeight() const { return fontMetrics().height() * 2; }
int WireLadderView::headerHeight() const { return fontMetrics().height() * 2; }
int WireLadderView::timeWidth() const { return fontMetrics().averageCharWidth() * 14; }
int WireLadderView::callWidth() const { return fontMetrics().averageCharWidth() * 40; }

void WireLadderView::updateScrollRange()
{
    const int rows = timeline_ ? static_cast<int>(timeline_->rows().size()) : 0;
    const int content = rows * rowHeight();
    const int visible = viewport()->height() - headerHeight();
    verticalScrollBar()->setPageStep(std::max(visible, rowHeight()));
    verticalScrollBar()->setRange(0, std::max(0, content - visible));
}

void WireLadderView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void WireLadderView::selectRow(int row)
{
    const int rows = timeline_ ? static_cast<int>(timeline_->rows().size()) : 0;
    if (row < 0 || row >= rows)
        return;
    selected_ = row;
    const int y = row * rowHeight();
    QScrollBar* bar = verticalScrollBar();
    const int visible = viewport()->height() - headerHeight();
    if (y < bar->value())
        bar->setValue(y);
    else if (y + rowHeight() > bar->value() + visible)
        bar->setValue(y + rowHeight() - visible);
    viewport()->update();
    emit rowSelected(row);
}

void WireLadderView::mousePressEvent(QMouseEvent* event)
{
    const int y = event->position().toPoint().y() - headerHeight() + verticalScrollBar()->value();
    if (event->position().y() >= headerHeight() && y >= 0)
        selectRow(y / rowHeight());
    setFocus(Qt::MouseFocusReason);
}

void WireLadderView::keyPressEvent(QKeyEvent* event)
{
    const int rows = timeline_ ? static_cast<int>(timeline_->rows().size()) : 0;
    const int page = std::max(1, (viewport()->height() - headerHeight()) / rowHeight());
    int row = selected_;
    switch (event->key()) {
    case Qt::Key_Down: row = selected_ + 1; break;
    case Qt::Key_Up: row = selected_ < 0 ? rows - 1 : selected_ - 1; break;
    case Qt::Key_PageDown: row = selected_ + page; break;
    case Qt::Key_PageUp: row = selected_ - page; break;
    case Qt::Key_Home: row = 0; break;
    case Qt::Key_End: row = rows - 1; break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    selectRow(std::clamp(row, 0, rows - 1));
}

void WireLadderView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const int top = verticalScrollBar()->value();
    const int first = top / rowHeight();
    const int last = (top + viewport()->height()) / rowHeight() + 1;
    paint(p, viewport()->width(), headerHeight(), viewport()->height(), first, last, headerHeight() - top);
}

QImage WireLadderView::renderImage(int firstRow, int rowCount) const
{
    const qreal dpr = devicePixelRatioF();
    const int width = std::max(viewport()->width(), fontMetrics().averageCharWidth() * 120);
    const int height = headerHeight() + rowCount * rowHeight();
    QImage image(QSize(width, height) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    p.setFont(font());
    paint(p, width, headerHeight(), height, firstRow, firstRow + rowCount - 1,
          headerHeight() - firstRow * rowHeight());
    return image;
}

bool WireLadderView::renderSvg(const QString& path, int firstRow, int rowCount) const
{
    const int width = std::max(viewport()->width(), fontMetrics().averageCharWidth() * 120);
    const int height = headerHeight() + rowCount * rowHeight();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(tr("SockScope: the wire"));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    p.setFont(font());
    paint(p, width, headerHeight(), height, firstRow, firstRow + rowCount - 1,
          headerHeight() - firstRow * rowHeight());
    return p.end();
}

void WireLadderView::paint(QPainter& p, int width, int header, int height, int firstRow, int lastRow,
                           int yOffset) const
{
    const QPalette& pal = palette();
    p.fillRect(QRect(0, 0, width, height), pal.color(QPalette::Base));
    if (!timeline_)
        return;
    const auto& rows = timeline_->rows();
    const QStringList columns = timeline_->columns();
    const int rh = rowHeight();
    const int ladderLeft = timeWidth() + callWidth();
    const int n = std::max<int>(2, static_cast<int>(columns.size()));
    const int span = std::max(60, width - ladderLeft - 20);
    auto columnX = [&](int c) { return ladderLeft + span * (2 * c + 1) / (2 * n); };
    const std::int64_t origin = rows.empty() ? 0 : rows.front().timeUs;
    const QColor muted = pal.color(QPalette::PlaceholderText);

    p.setRenderHint(QPainter::Antialiasing, true);
    p.save();
    p.setClipRect(QRect(0, header, width, height - header));
    // The endpoints' vertical lines.
    p.setPen(QPen(muted, 1, Qt::DashLine));
    for (int c = 0; c < n; ++c)
        p.drawLine(columnX(c), header, columnX(c), height);
    for (int r = std::max(0, firstRow); r <= lastRow && r < static_cast<int>(rows.size()); ++r) {
        const WireTimeline::Row& row = rows[static_cast<std::size_t>(r)];
        const int y = yOffset + r * rh;
        const QRect rowRect(0, y, width, rh);
        if (r == selected_)
            p.fillRect(rowRect, pal.color(QPalette::Highlight).lighter(isDarkPalette(pal) ? 60 : 170));
        p.setPen(muted);
        const double ms = static_cast<double>(row.timeUs - origin) / 1000.0;
        p.drawText(QRect(4, y, timeWidth() - 8, rh), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("+%1 ms").arg(ms, 0, 'f', 3));
        if (row.kind == WireTimeline::Row::Call) {
            const JournalEntry& e = timeline_->calls()[static_cast<std::size_t>(row.index)];
            p.setPen(e.err ? errorTextColor(pal) : pal.color(QPalette::Text));
            const QString text = p.fontMetrics().elidedText(callText(e), Qt::ElideMiddle, callWidth() - 8);
            p.drawText(QRect(timeWidth(), y, callWidth() - 8, rh), Qt::AlignLeft | Qt::AlignVCenter, text);
            p.setPen(QPen(muted, 1, Qt::DotLine));
            p.drawLine(timeWidth() + p.fontMetrics().horizontalAdvance(text) + 4, y + rh / 2, ladderLeft, y + rh / 2);
            continue;
        }
        const WirePacket& w = timeline_->packets()[static_cast<std::size_t>(row.index)];
        const QColor color = arrowColor(pal, w);
        const int x1 = columnX(row.from), x2 = columnX(row.to);
        // The label in the row's upper half, the arrow below it.
        const int y1 = y + rh / 2, y2 = y + rh - 3;
        if (row.cause >= 0) {
            p.setPen(muted);
            p.drawText(QRect(timeWidth(), y, callWidth() - 8, rh), Qt::AlignRight | Qt::AlignVCenter,
                       tr("← %1()").arg(QString::fromStdString(
                           timeline_->calls()[static_cast<std::size_t>(row.cause)].function)));
        }
        p.setPen(QPen(color, 2));
        if (x1 == x2) { // both ends in the "others" column: a short loop
            p.drawLine(x1, y1, x1 + 30, y1);
            p.drawLine(x1 + 30, y1, x1 + 30, y2);
            p.drawLine(x1 + 30, y2, x1, y2);
        } else {
            p.drawLine(x1, y1, x2, y2);
            // The arrowhead at the receiver.
            const double angle = std::atan2(double(y2 - y1), double(x2 - x1));
            const double len = 9;
            QPainterPath head;
            head.moveTo(x2, y2);
            head.lineTo(x2 - len * std::cos(angle - 0.4), y2 - len * std::sin(angle - 0.4));
            head.lineTo(x2 - len * std::cos(angle + 0.4), y2 - len * std::sin(angle + 0.4));
            head.closeSubpath();
            p.fillPath(head, color);
        }
        p.setPen(color);
        const QString label = wireArrowLabel(w);
        const int left = std::min(x1, x2), right = std::max(x1, x2);
        const QRect labelRect(left, y + 1, std::max(right - left, p.fontMetrics().horizontalAdvance(label) + 8), rh / 2);
        p.drawText(labelRect.translated(right - left > labelRect.width() ? 0 : (right - left - labelRect.width()) / 2, 0),
                   Qt::AlignHCenter | Qt::AlignBottom, label);
        // The TCP states this packet moved, as a tag on each endpoint's line.
        for (const TcpStateChange& change : w.states) {
            const int c = columns.indexOf(QString::fromStdString(change.endpoint));
            if (c < 0)
                continue;
            const QString state = QString::fromStdString(change.to);
            const QFontMetrics fm = p.fontMetrics();
            const QRect tag(columnX(c) - fm.horizontalAdvance(state) / 2 - 4, y + 1, fm.horizontalAdvance(state) + 8,
                            rh / 2 - 1);
            p.setPen(QPen(muted, 1));
            p.setBrush(pal.color(QPalette::AlternateBase));
            p.drawRoundedRect(tag, 3, 3);
            p.setBrush(Qt::NoBrush);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(tag, Qt::AlignCenter, state);
        }
    }
    p.restore();
    // The header: each endpoint's name over its line.
    p.fillRect(QRect(0, 0, width, header), pal.color(QPalette::AlternateBase));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(4, 0, timeWidth() - 8, header), Qt::AlignRight | Qt::AlignVCenter, tr("time"));
    p.drawText(QRect(timeWidth(), 0, callWidth(), header), Qt::AlignLeft | Qt::AlignVCenter, tr("calls (journal)"));
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
        QString name = columns[c];
        if (c == WireTimeline::maxColumns - 1 && columns.size() == WireTimeline::maxColumns)
            name = tr("%1 and others").arg(name);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(columnX(c) - span / (2 * n), 0, span / n, header / 2), Qt::AlignCenter,
                   p.fontMetrics().elidedText(name, Qt::ElideMiddle, span / n - 4));
        const QString kernel = kernelStateText(timeline_->kernelState(columns[c]));
        p.setPen(muted);
        p.drawText(QRect(columnX(c) - span / (2 * n), header / 2, span / n, header / 2), Qt::AlignCenter,
                   p.fontMetrics().elidedText(kernel, Qt::ElideRight, span / n - 4));
    }
}

} // namespace sockscope
