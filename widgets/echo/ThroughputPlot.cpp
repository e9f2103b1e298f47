#include "ThroughputPlot.h"

#include "PaletteColors.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

struct RateUnit {
    double divisor;
    QString name;
};

RateUnit unitFor(double bytesPerSecond)
{
    if (bytesPerSecond >= 1e9)
        return {1e9, ThroughputPlot::tr("GB/s")};
    if (bytesPerSecond >= 1e6)
        return {1e6, ThroughputPlot::tr("MB/s")};
    if (bytesPerSecond >= 1e3)
        return {1e3, ThroughputPlot::tr("kB/s")};
    return {1.0, ThroughputPlot::tr("B/s")};
}

// `decimals` -1: as many as suit the value (3 significant digits).
QString formatIn(double bytesPerSecond, const RateUnit& unit, int decimals = -1)
{
    const double v = bytesPerSecond / unit.divisor;
    if (decimals < 0)
        decimals = unit.divisor == 1.0 ? 0 : v < 10 ? 2 : v < 100 ? 1 : 0;
    return ThroughputPlot::tr("%1 %2").arg(QLocale().toString(v, 'f', decimals), unit.name);
}

// The fewest decimals that print every grid value of the axis exactly (0.5, 1.0 → 1 decimal).
int axisDecimals(double top, int steps, const RateUnit& unit)
{
    for (int decimals = 0; decimals < 3; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        bool exact = true;
        for (int i = 0; i <= steps && exact; ++i) {
            const double v = top * i / steps / unit.divisor * scale;
            exact = std::abs(v - std::round(v)) < 1e-6;
        }
        if (exact)
            return decimals;
    }
    return 2;
}

// The axis top: 1, 2 or 5 times a power of ten, at or above `v`; and how many grid steps suit it.
double niceCeiling(double v, int* steps)
{
    const double exponent = std::floor(std::log10(v));
    const double scale = std::pow(10.0, exponent);
    const double f = v / scale;
    double nice = 10;
    *steps = 5;
    if (f <= 1.0) {
        nice = 1;
        *steps = 5;
    } else if (f <= 2.0) {
        nice = 2;
        *steps = 4;
    } else if (f <= 5.0) {
        nice = 5;
        *steps = 5;
    }
    return nice * scale;
}

} // namespace

ThroughputPlot::ThroughputPlot(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("echoThroughputPlot"));
    setAccessibleName(tr("Throughput plot"));
    setToolTip(tr("Bytes per second the server received (in) and sent back (out) over the last %1 seconds, "
                  "from the totals of successive snapshots (4 per second). An echo server sends what it "
                  "receives, so the two lines lie close together.")
                   .arg(windowSeconds));
    // Takes the height its column leaves (at least minimumSizeHint); asks for none of its own.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    setMinimumHeight(minimumSizeHint().height());
}

QString ThroughputPlot::formatRate(double bytesPerSecond)
{
    return formatIn(bytesPerSecond, unitFor(bytesPerSecond));
}

void ThroughputPlot::clear()
{
    samples_.clear();
    havePrevious_ = false;
    setAccessibleDescription({});
    update();
}

void ThroughputPlot::setSingleSeries(const QString& legend)
{
    singleLegend_ = legend;
    update();
}

void ThroughputPlot::addTotals(std::int64_t nowUs, std::uint64_t bytesIn, std::uint64_t bytesOut)
{
    if (havePrevious_ && nowUs > previousUs_) {
        const double seconds = static_cast<double>(nowUs - previousUs_) / 1e6;
        // Totals only grow; after a restart clear() was called, so a smaller value means no data.
        const auto delta = [](std::uint64_t now, std::uint64_t before) {
            return now >= before ? static_cast<double>(now - before) : 0.0;
        };
        samples_.push_back({nowUs, delta(bytesIn, previousIn_) / seconds, delta(bytesOut, previousOut_) / seconds});
        const std::int64_t oldest = nowUs - (windowSeconds + 1) * std::int64_t(1000000);
        while (samples_.size() > 2 && samples_[1].us < oldest)
            samples_.pop_front();
        setAccessibleDescription(singleLegend_.isEmpty()
                                     ? tr("In: %1, out: %2").arg(formatRate(latestInRate()), formatRate(latestOutRate()))
                                     : singleLegend_.arg(formatRate(latestInRate())));
        update();
    }
    havePrevious_ = true;
    previousUs_ = nowUs;
    previousIn_ = bytesIn;
    previousOut_ = bytesOut;
}

int ThroughputPlot::labelStride(int steps, int plotHeight, int lineHeight)
{
    const int room = std::max(1, plotHeight * 5 / (lineHeight * 6)); // 1.2 lines per label
    for (int stride = 1; stride < steps; ++stride)
        if (steps % stride == 0 && steps / stride + 1 <= room)
            return stride;
    return steps; // zero and the top only
}

QSize ThroughputPlot::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 50, fm.height() * 8};
}

QSize ThroughputPlot::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 36, fm.height() * 5};
}

void ThroughputPlot::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.height();
    const int charWidth = fm.averageCharWidth();
    const QColor textColor = pal.color(QPalette::WindowText);
    const QColor inColor = seriesLineColor(pal, 0);
    const QColor outColor = seriesLineColor(pal, 1);

    // The vertical scale: the highest rate in the window, rounded up to a readable number.
    double highest = 0;
    const bool single = !singleLegend_.isEmpty();
    for (const Sample& s : samples_)
        highest = std::max({highest, s.in, single ? 0.0 : s.out});
    int steps = 5;
    const double top = niceCeiling(std::max(highest, 1000.0), &steps);
    const RateUnit unit = unitFor(top);
    const int decimals = axisDecimals(top, steps, unit);
    int labelWidth = 0;
    for (int i = 0; i <= steps; ++i)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(formatIn(top * i / steps, unit, decimals)));

    // Legend on top, the time axis's labels underneath, the rate axis's labels on the left.
    const QRect plot = rect().adjusted(labelWidth + charWidth * 2, lineHeight * 3 / 2, -charWidth * 2,
                                       -lineHeight * 3 / 2);
    if (plot.width() < charWidth * 4 || plot.height() < lineHeight)
        return;
    p.fillRect(plot, pal.color(QPalette::Base));
    // Labels need a line each and a little air: on a short plot only every stride-th step has one.
    const int stride = labelStride(steps, plot.height(), lineHeight);

    QPen grid(pal.color(QPalette::Mid));
    grid.setCosmetic(true);
    grid.setStyle(Qt::DotLine);
    p.setPen(grid);
    for (int i = 0; i <= steps; ++i) {
        const double y = plot.bottom() - static_cast<double>(plot.height()) * i / steps;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    constexpr int timeSteps = 4; // every 15 s
    for (int i = 0; i <= timeSteps; ++i) {
        const double x = plot.left() + static_cast<double>(plot.width()) * i / timeSteps;
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    p.setPen(textColor);
    for (int i = 0; i <= steps; ++i) {
        if (i % stride != 0 && i != steps)
            continue;
        if (i != steps && i + stride > steps && stride > 1)
            continue; // the top label would crowd this one
        const int y = plot.bottom() - plot.height() * i / steps;
        const QRect box(0, y - lineHeight / 2, labelWidth + charWidth, lineHeight);
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, formatIn(top * i / steps, unit, decimals));
    }
    for (int i = 0; i <= timeSteps; ++i) {
        const int secondsAgo = windowSeconds - i * windowSeconds / timeSteps;
        const QString label = secondsAgo == 0 ? tr("now") : tr("−%1 s").arg(secondsAgo);
        const int x = plot.left() + plot.width() * i / timeSteps;
        const int w = fm.horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, 0, width() - w);
        p.drawText(QRect(left, plot.bottom() + lineHeight / 4, w, lineHeight), Qt::AlignCenter, label);
    }

    // The legend: a short line of each series' colour and style, its name and its latest rate.
    const qreal penWidth = std::max<qreal>(1.5, lineHeight / 8.0);
    QPen inPen(inColor, penWidth);
    inPen.setCapStyle(Qt::RoundCap);
    inPen.setJoinStyle(Qt::RoundJoin);
    QPen outPen(outColor, penWidth);
    outPen.setStyle(Qt::DashLine);
    outPen.setCapStyle(Qt::FlatCap);
    outPen.setJoinStyle(Qt::RoundJoin);
    int x = plot.left();
    const int legendY = lineHeight * 3 / 4;
    const QString entries[] = {single ? singleLegend_.arg(formatRate(latestInRate()))
                                      : tr("in %1").arg(formatRate(latestInRate())),
                               tr("out %1").arg(formatRate(latestOutRate()))};
    for (int i = 0; i < (single ? 1 : 2); ++i) {
        p.setPen(i == 0 ? inPen : outPen);
        p.drawLine(QPointF(x, legendY), QPointF(x + charWidth * 3, legendY));
        x += charWidth * 4;
        p.setPen(textColor);
        const int w = fm.horizontalAdvance(entries[i]);
        p.drawText(QRect(x, 0, w, lineHeight * 3 / 2), Qt::AlignVCenter | Qt::AlignLeft, entries[i]);
        x += w + charWidth * 3;
    }

    // The series, right-aligned at the newest snapshot; clipped to the plot area.
    if (samples_.size() < 1)
        return;
    const std::int64_t newest = samples_.back().us;
    const auto xOf = [&](std::int64_t us) {
        const double age = static_cast<double>(newest - us) / 1e6;
        return plot.right() - age / windowSeconds * plot.width();
    };
    const auto yOf = [&](double rate) { return plot.bottom() - rate / top * plot.height(); };
    QPainterPath inPath;
    QPainterPath outPath;
    for (std::size_t i = 0; i < samples_.size(); ++i) {
        const QPointF a(xOf(samples_[i].us), yOf(samples_[i].in));
        const QPointF b(xOf(samples_[i].us), yOf(samples_[i].out));
        if (i == 0) {
            inPath.moveTo(a);
            outPath.moveTo(b);
        } else {
            inPath.lineTo(a);
            outPath.lineTo(b);
        }
    }
    p.setClipRect(plot.adjusted(0, -static_cast<int>(penWidth), 0, 0));
    p.setBrush(Qt::NoBrush);
    p.setPen(inPen);
    p.drawPath(inPath);
    if (!single) {
        p.setPen(outPen);
        p.drawPath(outPath);
    }
    if (samples_.size() == 1) { // one sample: a dot, so the first rate is visible at once
        p.setPen(QPen(inColor, penWidth * 2, Qt::SolidLine, Qt::RoundCap));
        p.drawPoint(inPath.currentPosition());
    }
    p.setClipping(false);
    p.setPen(QPen(pal.color(QPalette::Mid), 0));
    p.drawRect(plot);
}

} // namespace sockscope
