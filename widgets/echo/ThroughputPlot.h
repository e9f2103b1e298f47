#pragma once
// Bytes per second in and out over the last minute, drawn with QPainter from successive totals
// (one sample per snapshot). Units follow the data (B/s, kB/s, MB/s, GB/s; k = 1000), the colours
// follow the palette, and every size is measured in text units so it stays sharp at any scale.

#include <QWidget>

#include <cstdint>
#include <deque>

namespace sockscope {

class ThroughputPlot : public QWidget {
    Q_OBJECT
public:
    static constexpr int windowSeconds = 60;

    explicit ThroughputPlot(QWidget* parent = nullptr);

    // Which of the `steps` rate-axis steps get a label on a plot this tall: every stride-th (1: all).
    static int labelStride(int steps, int plotHeight, int lineHeight);

    // The server's running totals at steady-clock time `nowUs`; the rate is the difference to the
    // previous call divided by the time between them.
    void addTotals(std::int64_t nowUs, std::uint64_t bytesIn, std::uint64_t bytesOut);
    // Forgets every sample (a new start).
    void clear();
    // One series instead of in and out (the load generator's verified bytes): `legend` names it and
    // holds %1 for its latest rate ("verified %1"). Only the `in` values of addTotals are drawn.
    void setSingleSeries(const QString& legend);

    double latestInRate() const { return samples_.empty() ? 0.0 : samples_.back().in; }
    double latestOutRate() const { return samples_.empty() ? 0.0 : samples_.back().out; }
    int sampleCount() const { return static_cast<int>(samples_.size()); }

    // "1.25 MB/s": the rate in the unit that suits it.
    static QString formatRate(double bytesPerSecond);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Sample {
        std::int64_t us;
        double in;
        double out;
    };
    std::deque<Sample> samples_;
    QString singleLegend_; // empty: two series, in and out
    bool havePrevious_ = false;
    std::int64_t previousUs_ = 0;
    std::uint64_t previousIn_ = 0;
    std::uint64_t previousOut_ = 0;
};

} // namespace sockscope
