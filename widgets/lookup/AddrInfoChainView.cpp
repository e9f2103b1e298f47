#include "AddrInfoChainView.h"

#include "AddressCodec.h"
#include "PaletteColors.h"
#include "SocketConstants.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

QString symbolWithNumber(const std::string& symbol, int value)
{
    const QString s = QString::fromStdString(symbol);
    return s == QString::number(value) ? s : QStringLiteral("%1 (%2)").arg(s).arg(value);
}

// An arrow head at `tip`, pointing along (dx, dy), sized from the font.
void drawArrowHead(QPainter& p, QPointF tip, QPointF direction, qreal size)
{
    const qreal length = std::hypot(direction.x(), direction.y());
    if (length == 0)
        return;
    const QPointF d(direction.x() / length, direction.y() / length);
    const QPointF n(-d.y(), d.x());
    QPolygonF head;
    head << tip << tip - d * size + n * size * 0.5 << tip - d * size - n * size * 0.5;
    p.drawPolygon(head);
}

} // namespace

AddrInfoChainView::AddrInfoChainView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    showMessage(tr("Run getaddrinfo to see the list it returns."));
}

void AddrInfoChainView::setEntries(std::vector<AddrInfoEntry> entries)
{
    entries_ = std::move(entries);
    message_.clear();
    lines_.clear();
    for (const AddrInfoEntry& e : entries_)
        lines_.push_back(linesFor(e));
    QStringList description;
    for (std::size_t i = 0; i < entries_.size(); ++i)
        description << tr("addrinfo %1: %2").arg(i + 1).arg(boxLines(i).join(QStringLiteral("; ")));
    setAccessibleDescription(description.join(QLatin1Char('\n')));
    relayout();
}

void AddrInfoChainView::showMessage(const QString& message)
{
    entries_.clear();
    lines_.clear();
    message_ = message;
    setAccessibleDescription(message);
    relayout();
}

QStringList AddrInfoChainView::boxLines(std::size_t index) const
{
    QStringList out;
    if (index >= lines_.size())
        return out;
    for (const Line& l : lines_[index])
        out << (l.name.trimmed() + QLatin1Char(' ') + l.value);
    return out;
}

std::vector<AddrInfoChainView::Line> AddrInfoChainView::linesFor(const AddrInfoEntry& e) const
{
    std::vector<Line> lines;
    lines.push_back({QStringLiteral("ai_flags"), QString::fromStdString(flagsText(addrInfoFlags(), e.flags)),
                     tr("int ai_flags: the flags of this entry (glibc copies the hints' flags here).")});
    lines.push_back({QStringLiteral("ai_family"), symbolWithNumber(familySymbol(e.family), e.family),
                     tr("int ai_family: the address family, the first argument for socket().")});
    lines.push_back({QStringLiteral("ai_socktype"), symbolWithNumber(socktypeSymbol(e.socktype), e.socktype),
                     tr("int ai_socktype: the socket type, the second argument for socket().")});
    lines.push_back({QStringLiteral("ai_protocol"), symbolWithNumber(protocolSymbol(e.protocol), e.protocol),
                     tr("int ai_protocol: the protocol, the third argument for socket().")});
    lines.push_back({QStringLiteral("ai_addrlen"), QString::number(e.addrlen),
                     tr("socklen_t ai_addrlen: the size of the structure ai_addr points to, for bind() or connect().")});
    const bool v6 = e.family == familyInet6();
    const bool v4 = e.family == familyInet();
    lines.push_back({QStringLiteral("ai_addr"),
                     v6   ? QStringLiteral("→ struct sockaddr_in6")
                     : v4 ? QStringLiteral("→ struct sockaddr_in")
                          : QStringLiteral("→ %1").arg(QString::fromStdString(e.addrHex)),
                     tr("struct sockaddr *ai_addr: the socket address, decoded below (the port and address "
                        "are stored in network byte order and shown here converted).")});
    if (v4 || v6) {
        const QString prefix = v6 ? QStringLiteral("sin6_") : QStringLiteral("sin_");
        lines.push_back({QStringLiteral("  %1addr").arg(prefix), QString::fromStdString(e.address),
                         tr("The address, as inet_ntop writes it.")});
        lines.push_back({QStringLiteral("  %1port").arg(prefix), QString::number(e.port),
                         tr("The port, as ntohs gives it (0 when no service was asked for).")});
        if (v6)
            lines.push_back({QStringLiteral("  sin6_scope_id"), QString::number(e.scopeId),
                             tr("The interface index for a link-local address; 0 for any other.")});
    }
    lines.push_back({QStringLiteral("ai_canonname"),
                     e.canonname ? QStringLiteral("\"%1\"").arg(QString::fromStdString(*e.canonname))
                                 : QStringLiteral("NULL"),
                     tr("char *ai_canonname: the host's canonical name, set only in the first entry and only "
                        "when AI_CANONNAME was asked for.")});
    return lines;
}

QFont AddrInfoChainView::fieldFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(font().pointSizeF());
    return f;
}

AddrInfoChainView::Metrics AddrInfoChainView::metrics() const
{
    // Everything is measured from the fonts, so the drawing follows the font size and HiDPI.
    const QFontMetrics fm(fieldFont());
    const QFontMetrics label(font());
    Metrics m{};
    m.pad = fm.averageCharWidth();
    m.margin = m.pad;
    m.lineHeight = fm.height();
    int nameWidth = fm.horizontalAdvance(QStringLiteral("  sin6_scope_id"));
    int valueWidth = fm.horizontalAdvance(QStringLiteral("0000:0000:0000:0000:0000:0000"));
    std::size_t maxLines = 1;
    for (const auto& lines : lines_) {
        maxLines = std::max(maxLines, lines.size());
        for (const Line& l : lines) {
            nameWidth = std::max(nameWidth, fm.horizontalAdvance(l.name));
            valueWidth = std::max(valueWidth, fm.horizontalAdvance(l.value));
        }
    }
    m.nameWidth = nameWidth + 2 * m.pad;
    m.boxWidth = m.nameWidth + valueWidth + 2 * m.pad;
    // A title line ("struct addrinfo #1") on top of the fields.
    m.boxHeight = static_cast<int>(maxLines + 1) * m.lineHeight + 2 * m.pad;
    m.slotWidth = label.horizontalAdvance(QStringLiteral("ai_next")) + 3 * m.pad;
    m.nullWidth = label.horizontalAdvance(QStringLiteral("NULL")) + m.pad;
    m.rowGap = label.height() * 2;
    return m;
}

int AddrInfoChainView::columnsFor(int width, const Metrics& m) const
{
    // A row: an arrow slot before each box, and the last box's outgoing arrow and NULL after it.
    const int fixed = 2 * m.margin + m.slotWidth + m.nullWidth;
    return std::max(1, (width - fixed) / (m.slotWidth + m.boxWidth));
}

int AddrInfoChainView::heightFor(int columns, const Metrics& m) const
{
    if (entries_.empty())
        return 2 * m.margin + QFontMetrics(font()).height() * 3;
    const int count = static_cast<int>(entries_.size());
    const int rows = (count + columns - 1) / columns;
    return 2 * m.margin + rows * m.boxHeight + (rows - 1) * m.rowGap;
}

QRect AddrInfoChainView::boxRect(std::size_t index, const Metrics& m) const
{
    const int row = static_cast<int>(index) / columns_;
    const int col = static_cast<int>(index) % columns_;
    return {m.margin + col * (m.slotWidth + m.boxWidth) + m.slotWidth, m.margin + row * (m.boxHeight + m.rowGap),
            m.boxWidth, m.boxHeight};
}

QSize AddrInfoChainView::sizeHint() const
{
    const Metrics m = metrics();
    const int count = std::max<int>(1, static_cast<int>(entries_.size()));
    const int columns = std::min(count, 3);
    return {2 * m.margin + m.slotWidth + m.nullWidth + columns * (m.slotWidth + m.boxWidth), heightFor(columns_, m)};
}

QSize AddrInfoChainView::minimumSizeHint() const
{
    const Metrics m = metrics();
    return {2 * m.margin + 2 * m.slotWidth + m.boxWidth + m.nullWidth, heightFor(columns_, m)};
}

void AddrInfoChainView::relayout()
{
    const Metrics m = metrics();
    columns_ = columnsFor(width(), m);
    const int h = heightFor(columns_, m);
    if (height() != h || minimumHeight() != h)
        setFixedHeight(h);
    updateGeometry();
    update();
}

void AddrInfoChainView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const Metrics m = metrics();
    if (columnsFor(width(), m) != columns_)
        relayout();
}

void AddrInfoChainView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
}

void AddrInfoChainView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor line = pal.color(QPalette::WindowText);
    const QColor frame = pal.color(QPalette::Mid);
    const Metrics m = metrics();
    const QFontMetrics labelMetrics(font());

    if (entries_.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(m.margin, m.margin, -m.margin, -m.margin), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   message_);
        return;
    }

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFont fixed = fieldFont();
    QFont bold = font();
    bold.setBold(true);
    const qreal head = labelMetrics.height() * 0.45;
    p.setBrush(line);

    const auto arrowLabel = [&](QPointF at, const QString& label) {
        p.setFont(small);
        p.setPen(line);
        const QRectF r(at.x() - m.slotWidth, at.y() - labelMetrics.height() - 1, 2.0 * m.slotWidth, labelMetrics.height());
        p.drawText(r, Qt::AlignHCenter | Qt::AlignBottom, label);
    };

    // "res" and its arrow into the first box.
    const QRect first = boxRect(0, m);
    const qreal firstMid = first.top() + m.pad + labelMetrics.height() / 2.0;
    p.setPen(QPen(line, 1.5));
    p.drawLine(QPointF(m.margin + m.pad * 4, firstMid), QPointF(first.left() - 1, firstMid));
    drawArrowHead(p, QPointF(first.left(), firstMid), QPointF(1, 0), head);
    p.setFont(fixed);
    p.drawText(QRectF(m.margin, firstMid - labelMetrics.height(), m.pad * 4, labelMetrics.height() * 2.0),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("res"));

    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const QRect r = boxRect(i, m);
        const AddrInfoEntry& e = entries_[i];
        const int hue = e.family == familyInet() ? 0 : e.family == familyInet6() ? 1 : 2;
        p.setPen(QPen(frame, 1));
        p.setBrush(itemFillColor(pal, hue, 3));
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), m.pad / 2.0, m.pad / 2.0);
        p.setPen(text);
        p.setFont(bold);
        const QRect titleRect(r.left() + m.pad, r.top() + m.pad, r.width() - 2 * m.pad, m.lineHeight);
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, tr("struct addrinfo #%1").arg(i + 1));
        p.setFont(fixed);
        int y = titleRect.bottom() + 1;
        for (const Line& l : lines_[i]) {
            p.drawText(QRect(r.left() + m.pad, y, m.nameWidth, m.lineHeight), Qt::AlignLeft | Qt::AlignVCenter, l.name);
            const QRect valueRect(r.left() + m.pad + m.nameWidth, y, r.width() - m.nameWidth - 2 * m.pad, m.lineHeight);
            p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(fixed).elidedText(l.value, Qt::ElideRight, valueRect.width()));
            y += m.lineHeight;
        }

        // The ai_next arrow: to the next box in the row, around to the next row, or to NULL.
        const qreal mid = r.top() + m.pad + labelMetrics.height() / 2.0;
        const QPointF start(r.right() + 1, mid);
        p.setPen(QPen(line, 1.5));
        p.setBrush(line);
        if (i + 1 == entries_.size()) {
            const QPointF end(r.right() + m.slotWidth - m.pad, mid);
            p.drawLine(start, end - QPointF(1, 0));
            drawArrowHead(p, end, QPointF(1, 0), head);
            arrowLabel(QPointF((start.x() + end.x()) / 2, mid - 2), QStringLiteral("ai_next"));
            p.setFont(fixed);
            p.setPen(text);
            p.drawText(QRectF(end.x() + 2, mid - m.lineHeight, m.nullWidth + m.pad, 2.0 * m.lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("NULL"));
            continue;
        }
        const QRect next = boxRect(i + 1, m);
        const qreal nextMid = next.top() + m.pad + labelMetrics.height() / 2.0;
        if (next.top() == r.top()) {
            const QPointF end(next.left(), nextMid);
            p.drawLine(start, end - QPointF(1, 0));
            drawArrowHead(p, end, QPointF(1, 0), head);
            arrowLabel(QPointF((start.x() + end.x()) / 2, mid - 2), QStringLiteral("ai_next"));
        } else {
            // Down the gap after this box, back left under the row, down into the next row.
            const qreal turnX = r.right() + m.slotWidth / 2.0;
            const qreal gapY = r.bottom() + m.rowGap / 2.0 + labelMetrics.height() / 4.0;
            const qreal entryX = next.left() - m.slotWidth / 2.0;
            QPainterPath path(start);
            path.lineTo(turnX, mid);
            path.lineTo(turnX, gapY);
            path.lineTo(entryX, gapY);
            path.lineTo(entryX, nextMid);
            path.lineTo(next.left() - 1, nextMid);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setBrush(line);
            drawArrowHead(p, QPointF(next.left(), nextMid), QPointF(1, 0), head);
            arrowLabel(QPointF((turnX + entryX) / 2, gapY - 2), QStringLiteral("ai_next"));
        }
    }
}

bool AddrInfoChainView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Metrics m = metrics();
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const QRect r = boxRect(i, m);
            if (!r.contains(help->pos()))
                continue;
            const int lineIndex = (help->pos().y() - r.top() - m.pad) / m.lineHeight - 1;
            QString tip = tr("One struct addrinfo of the list; its ai_next points to the next one.");
            if (lineIndex >= 0 && lineIndex < static_cast<int>(lines_[i].size()))
                tip = lines_[i][static_cast<std::size_t>(lineIndex)].toolTip;
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace sockscope
