#pragma once
// The load generator as a form beside one echo server: where to send (this tab's server by
// default), how many connections, how large the messages, for how long, ping-pong or stream. Run
// starts core's EchoLoad through EchoLoadService on a thread of its own; a progress bar and a live
// throughput plot follow it, and the result (messages/s, MB/s, round-trip times, bytes verified,
// errors) stays until the next run. Core checks the text fields (inet_pton for the address, the
// number parser for the numbers); a bad one is marked with core's message right under it.

#include "EchoLoadService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;

namespace sockscope {

class CopyButton;
class FieldFeedback;
class ThroughputPlot;

class EchoLoadPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr std::uint64_t maxSeconds = 3600;
    static constexpr std::uint64_t maxConnections = 10'000;
    static constexpr std::uint64_t maxMessageSize = 16u << 20; // 16 MiB, as sockscope-cli bench
    static constexpr std::uint64_t maxDatagramSize = 65'507;   // UDP over IPv4
    static constexpr int maxThreads = 256;

    explicit EchoLoadPanel(QWidget* parent = nullptr);
    ~EchoLoadPanel() override; // the service cancels a running load and waits for it

    // Checks every field, marks the bad ones, and returns the configuration when all are good.
    std::optional<EchoLoadConfig> validate();
    bool isRunning() const;
    // The last run's result, if one has finished; and the text the copy button copies.
    const std::optional<EchoLoadResult>& lastResult() const { return result_; }
    QString resultText() const;

    // The tab's server listens: the target follows it (unless a run is going on), and "Use this
    // server" can bring it back after an edit. A wildcard bind address is reached through loopback.
    void setServerTarget(EchoTransport transport, const QString& bindAddress, int port, const QString& path);
    void clearServerTarget();

    void resetToDefaults();
    // Keys are `prefix` + a name ("server1/load/connections").
    void restore(const QSettings& settings, const QString& prefix);
    void save(QSettings& settings, const QString& prefix) const;

    QWidget* firstField() const;
    QList<QWidget*> fieldsInTabOrder() const;

    // Programmatic input (the screenshot tour, tests, the benchmark).
    void setConnections(const QString& text);
    void setMessageSize(const QString& text);
    void setSeconds(const QString& text);
    void setMode(EchoLoadConfig::Mode mode);

public slots:
    void run();
    void cancel();

signals:
    void statusMessage(const QString& text);
    void runFinished(bool ok);

private:
    void updateForTransport();
    void updateButtons();
    void applyServerTarget();
    bool checkHost();
    bool checkPath();
    void onProgress(const EchoLoadProgressSample& sample);
    void onFinished(const EchoLoadResult& result);
    void setStatus(const QString& text, bool isError);
    void showIdleStatus();
    EchoTransport transport() const;

    struct ServerTarget {
        EchoTransport transport = EchoTransport::Tcp;
        QString host;
        int port = 0;
        QString path;
    };
    std::optional<ServerTarget> server_;
    std::optional<EchoLoadResult> result_;
    EchoLoadConfig running_;
    std::uint64_t previousMessages_ = 0;
    double previousElapsed_ = 0;

    EchoLoadService* service_;
    QFormLayout* form_;
    QComboBox* transportCombo_;
    QLineEdit* hostEdit_;
    FieldFeedback* hostFeedback_;
    QLineEdit* portEdit_;
    FieldFeedback* portFeedback_;
    QLineEdit* pathEdit_;
    FieldFeedback* pathFeedback_;
    QPushButton* useServerButton_;
    QLineEdit* connectionsEdit_;
    FieldFeedback* connectionsFeedback_;
    QLineEdit* sizeEdit_;
    FieldFeedback* sizeFeedback_;
    QLineEdit* secondsEdit_;
    FieldFeedback* secondsFeedback_;
    QComboBox* modeCombo_;
    QSpinBox* threadsSpin_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QProgressBar* progressBar_;
    QLabel* liveLabel_;
    ThroughputPlot* plot_;
    QLabel* statusLabel_;
    QLabel* resultLabel_;
    CopyButton* copyButton_;
};

} // namespace sockscope
