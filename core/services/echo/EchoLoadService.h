#pragma once
// The load generator for a Qt front end: the run happens on a thread of its own, progress comes by
// signal four times a second, the result at the end. cancel() ends the run early; what was
// measured until then is still reported.

#include "EchoLoad.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace sockscope {

struct EchoLoadProgressSample {
    double elapsedSeconds = 0;
    std::uint64_t messages = 0;
    std::uint64_t bytes = 0;
    std::uint64_t errors = 0;
    int connected = 0;
};

class EchoLoadService : public QObject {
    Q_OBJECT
public:
    static constexpr int progressIntervalMs = 250;

    explicit EchoLoadService(QObject* parent = nullptr);
    ~EchoLoadService() override; // cancels a running load and waits for it

    // Refused (false) while a run is going on.
    bool start(const EchoLoadConfig& config);
    void cancel();
    bool isRunning() const { return thread_ != nullptr; }

signals:
    void progress(const sockscope::EchoLoadProgressSample& sample);
    void finished(const sockscope::EchoLoadResult& result);

private:
    void sample();

    std::unique_ptr<EchoLoad> load_;
    std::unique_ptr<EchoLoadResult> result_;
    std::atomic<bool> cancel_{false};
    QThread* thread_ = nullptr;
    QTimer* timer_;
    qint64 startedMs_ = 0;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::EchoLoadProgressSample)
Q_DECLARE_METATYPE(sockscope::EchoLoadResult)
