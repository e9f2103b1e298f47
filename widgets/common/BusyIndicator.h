#pragma once
// Shown while a lookup runs on the worker pool: a moving bar and the time spent so far, updated
// every 100 ms, so a slow getaddrinfo is visibly alive while the rest of the window stays usable.

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace sockscope {

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    static constexpr int tickMs = 100;

    explicit BusyIndicator(QWidget* parent = nullptr);

    // Starts the clock; the indicator appears after the first 100 ms with `what` ("getaddrinfo is
    // running") and the time so far.
    void start(const QString& what);
    // Hides it; returns the milliseconds since start().
    qint64 stop();
    bool isRunning() const { return clock_.isValid(); }
    qint64 elapsedMs() const { return clock_.isValid() ? clock_.elapsed() : 0; }
    QLabel* label() const { return label_; }

    // "850 µs", "3.2 ms", "1.04 s": a duration given in microseconds, for people.
    static QString durationText(qint64 microseconds);

private:
    void refresh();

    QProgressBar* bar_;
    QLabel* label_;
    QElapsedTimer clock_;
    QTimer tick_;
    QString what_;
};

} // namespace sockscope
