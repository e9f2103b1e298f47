#pragma once
// Decides when a page calls core. Core journals every call it makes, so calling it on every
// keystroke would flood the journal with half-typed inputs: typing schedules one call after a
// 400 ms pause, and an explicit action (Enter, a button, a choice in a list) calls at once.

#include <QObject>
#include <QTimer>

#include <functional>

namespace sockscope {

class CallDebouncer : public QObject {
    Q_OBJECT
public:
    static constexpr int pauseMs = 400;

    CallDebouncer(std::function<void()> call, QObject* parent);

    void schedule();  // the user is typing: call once they pause
    void callNow();   // an explicit action: call at once, dropping any pending call
    bool isPending() const { return timer_.isActive(); }

private:
    std::function<void()> call_;
    QTimer timer_;
};

} // namespace sockscope
