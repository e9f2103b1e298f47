#include "EchoLoadService.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

#include <mutex>

namespace sockscope {

EchoLoadService::EchoLoadService(QObject* parent) : QObject(parent), timer_(new QTimer(this))
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::EchoLoadProgressSample>();
        qRegisterMetaType<sockscope::EchoLoadResult>();
    });
    timer_->setInterval(progressIntervalMs);
    connect(timer_, &QTimer::timeout, this, &EchoLoadService::sample);
}

EchoLoadService::~EchoLoadService()
{
    if (thread_) {
        cancel_ = true;
        thread_->wait(); // the run checks the flag at least every 50 ms
        delete thread_;
    }
}

bool EchoLoadService::start(const EchoLoadConfig& config)
{
    if (thread_)
        return false;
    cancel_ = false;
    load_ = std::make_unique<EchoLoad>(config);
    result_.reset();
    startedMs_ = QDateTime::currentMSecsSinceEpoch();
    EchoLoad* load = load_.get();
    thread_ = QThread::create([this, load] { result_ = std::make_unique<EchoLoadResult>(load->run(&cancel_)); });
    thread_->setObjectName(QStringLiteral("echo-load"));
    connect(thread_, &QThread::finished, this, [this] {
        timer_->stop();
        sample();
        thread_->deleteLater();
        thread_ = nullptr;
        const EchoLoadResult r = result_ ? *result_ : EchoLoadResult{};
        emit finished(r);
    });
    thread_->start();
    timer_->start();
    return true;
}

void EchoLoadService::cancel() { cancel_ = true; }

void EchoLoadService::sample()
{
    if (!load_)
        return;
    const EchoLoadProgress& p = load_->progress();
    EchoLoadProgressSample s;
    s.elapsedSeconds = double(QDateTime::currentMSecsSinceEpoch() - startedMs_) / 1000.0;
    s.messages = p.messages.load(std::memory_order_relaxed);
    s.bytes = p.bytes.load(std::memory_order_relaxed);
    s.errors = p.errors.load(std::memory_order_relaxed);
    s.connected = p.connected.load(std::memory_order_relaxed);
    emit progress(s);
}

} // namespace sockscope
