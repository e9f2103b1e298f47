#include "CallDebouncer.h"

namespace sockscope {

CallDebouncer::CallDebouncer(std::function<void()> call, QObject* parent)
    : QObject(parent), call_(std::move(call))
{
    timer_.setSingleShot(true);
    timer_.setInterval(pauseMs);
    connect(&timer_, &QTimer::timeout, this, [this] { call_(); });
}

void CallDebouncer::schedule() { timer_.start(); }

void CallDebouncer::callNow()
{
    timer_.stop();
    call_();
}

} // namespace sockscope
