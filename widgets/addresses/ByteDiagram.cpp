#include "ByteDiagram.h"

#include "PaletteColors.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace sockscope {

ByteDiagram::ByteDiagram(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void ByteDiagram::setBytes(std::vector<std::uint8_t> bytes, std::vector<ByteSpan> spans)
{
    bytes_ = std::move(bytes);
    spans_ = std::move(spans);
    usedLength_ = SIZE_MAX;
    updateAccessibleText();
    updateGeometry();
    update();
}

void ByteDiagram::clear() { setBytes({}, {}); }

void ByteDiagram::setUsedLength(std::size_t length)
{
    usedLength_ = length;
    update();
}

void ByteDiagram::setBytesPerRow(int count)
{
    bytesPerRow_ = std::max(1, count);
    updateGeometry();
    update();
}

void ByteDiagram::setOffsetPrefix(const QString& prefix)
{
    offsetPrefix_ = prefix;
    updateGeometry();
    update();
}

void ByteDiagram::setMinimumCellText(const QString& sample)
{
    minimumCellText_ = sample;
    updateGeometry();
    update();
}

QColor ByteDiagram::spanColor(std::size_t index) const
{
    if (index >= spans_.size())
        return {};
    if (spans_[index].padding)
        return paddingFillColor(palette());
    // Hues are spread over the fields that carry meaning; padding takes none.
    const auto hued = static_cast<int>(std::count_if(spans_.begin(), spans_.end(),
                                                     [](const ByteSpan& s) { return !s.padding; }));
    const auto position = static_cast<int>(std::count_if(spans_.begin(), spans_.begin() + static_cast<long>(index),
                                                         [](const ByteSpan& s) { return !s.padding; }));
    return itemFillColor(palette(), position, hued);
}

QFont ByteDiagram::hexFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(font().pointSizeF());
    return f;
}

QFont ByteDiagram::smallFont() const
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 0.85);
    return f;
}

ByteDiagram::Metrics ByteDiagram::metrics() const
{
    // Everything follows the fonts, so the drawing scales with the user's font and with HiDPI.
    const QFontMetrics hex(hexFont());
    const QFontMetrics small(smallFont());
    const int pad = hex.averageCharWidth();
    Metrics m{};
    // Wide enough for four hex digits, so a two-byte field has room for a name such as sin_family.
    m.cellWidth = std::max({hex.horizontalAdvance(QStringLiteral("0000")),
                            small.horizontalAdvance(offsetPrefix_ + QStringLiteral("000")),
                            small.horizontalAdvance(minimumCellText_)})
                  + pad;
    m.cellHeight = hex.height() * 2;
    m.offsetHeight = small.height() + small.height() / 4;
    m.nameHeight = small.height() + small.height() / 2;
    m.rowGap = small.height() / 2;
    m.margin = pad;
    return m;
}

int ByteDiagram::rowCount() const
{
    if (bytes_.empty())
        return 1;
    return static_cast<int>((bytes_.size() + static_cast<std::size_t>(bytesPerRow_) - 1)
                            / static_cast<std::size_t>(bytesPerRow_));
}

QSize ByteDiagram::sizeHint() const
{
    const Metrics m = metrics();
    const int perRow = std::min<int>(bytesPerRow_, std::max<int>(1, static_cast<int>(bytes_.size())));
    return {2 * m.margin + perRow * m.cellWidth, 2 * m.margin + rowCount() * m.rowHeight()};
}

QSize ByteDiagram::minimumSizeHint() const { return sizeHint(); }

QRect ByteDiagram::cellRect(std::size_t index, const Metrics& m) const
{
    const int row = static_cast<int>(index / static_cast<std::size_t>(bytesPerRow_));
    const int col = static_cast<int>(index % static_cast<std::size_t>(bytesPerRow_));
    return {m.margin + col * m.cellWidth, m.margin + row * m.rowHeight() + m.offsetHeight, m.cellWidth,
            m.cellHeight};
}

int ByteDiagram::spanAt(std::size_t byteIndex) const
{
    for (std::size_t i = 0; i < spans_.size(); ++i)
        if (byteIndex >= spans_[i].offset && byteIndex < spans_[i].offset + spans_[i].size)
            return static_cast<int>(i);
    return -1;
}

void ByteDiagram::paintEvent(QPaintEvent*)
{
    if (bytes_.empty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const Metrics m = metrics();
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor dimText = pal.color(QPalette::PlaceholderText);
    const QColor grid = pal.color(QPalette::Mid);
    const QFont hex = hexFont();
    const QFont small = smallFont();

    // Boxes: fill by span, hex value, offset above.
    for (std::size_t i = 0; i < bytes_.size(); ++i) {
        const QRect r = cellRect(i, m);
        const int span = spanAt(i);
        const bool unused = i >= usedLength_;
        p.fillRect(r, span >= 0 ? spanColor(static_cast<std::size_t>(span)) : paddingFillColor(pal));
        if (unused)
            p.fillRect(r, QBrush(grid, Qt::BDiagPattern));
        p.setPen(grid);
        p.drawRect(r.adjusted(0, 0, -1, -1));
        p.setFont(hex);
        p.setPen(unused ? dimText : text);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("%1").arg(bytes_[i], 2, 16, QLatin1Char('0')));
        p.setFont(small);
        p.setPen(pal.color(QPalette::WindowText));
        const QRect offsetRect(r.left(), r.top() - m.offsetHeight, r.width(), m.offsetHeight);
        p.drawText(offsetRect, Qt::AlignHCenter | Qt::AlignTop, offsetPrefix_ + QString::number(i));
    }

    // Each span, row by row: a frame around its boxes and its name underneath.
    p.setFont(small);
    const QFontMetrics smallMetrics(small);
    for (const ByteSpan& s : spans_) {
        std::size_t start = s.offset;
        const std::size_t end = std::min(s.offset + s.size, bytes_.size());
        while (start < end) {
            const std::size_t rowEnd = std::min(end, (start / static_cast<std::size_t>(bytesPerRow_) + 1)
                                                          * static_cast<std::size_t>(bytesPerRow_));
            const QRect first = cellRect(start, m);
            const QRect last = cellRect(rowEnd - 1, m);
            const QRect frame(first.topLeft(), last.bottomRight());
            p.setPen(QPen(pal.color(QPalette::WindowText), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(frame.adjusted(0, 0, -1, -1));
            const QRect nameRect(frame.left(), frame.bottom() + 1, frame.width(), m.nameHeight);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(nameRect, Qt::AlignHCenter | Qt::AlignVCenter,
                       smallMetrics.elidedText(s.name, Qt::ElideRight, nameRect.width() - 2));
            start = rowEnd;
        }
    }
}

bool ByteDiagram::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Metrics m = metrics();
        for (std::size_t i = 0; i < bytes_.size(); ++i) {
            const QRect r = cellRect(i, m);
            if (!r.adjusted(0, -m.offsetHeight, 0, m.nameHeight).contains(help->pos()))
                continue;
            QString tip = tr("Offset %1: byte 0x%2").arg(i).arg(bytes_[i], 2, 16, QLatin1Char('0'));
            if (const int span = spanAt(i); span >= 0) {
                const ByteSpan& s = spans_[static_cast<std::size_t>(span)];
                tip += QLatin1Char('\n') + s.name;
                if (!s.toolTip.isEmpty())
                    tip += QStringLiteral(": ") + s.toolTip;
            }
            if (i >= usedLength_)
                tip += QLatin1Char('\n') + tr("Not part of the length passed to the system call.");
            QToolTip::showText(help->globalPos(), tip, this, r);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ByteDiagram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ByteDiagram::updateAccessibleText()
{
    // Screen readers get the bytes as text, field by field.
    QStringList parts;
    for (const ByteSpan& s : spans_) {
        QStringList hexBytes;
        for (std::size_t i = s.offset; i < s.offset + s.size && i < bytes_.size(); ++i)
            hexBytes << QStringLiteral("%1").arg(bytes_[i], 2, 16, QLatin1Char('0'));
        parts << tr("%1 at offset %2: %3").arg(s.name).arg(s.offset).arg(hexBytes.join(QLatin1Char(' ')));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace sockscope
