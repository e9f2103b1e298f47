#pragma once
// The wire: the packets on loopback beside the calls that caused them, as a ladder diagram. The
// capture follows SockScope's own sockets (the lab's, the consoles', the echo server's) or the
// ports the user names; the calls come from the journal. Click a packet for its decoded headers and
// bytes; export the packets as pcapng (Wireshark opens it) and the diagram as PNG.

#include "Page.h"
#include "WireCaptureService.h"
#include "WireTimeline.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace sockscope {

class FieldFeedback;
class WireLadderView;

class WirePage : public Page {
    Q_OBJECT
public:
    static constexpr int journalPollMs = 200;

    explicit WirePage(QWidget* parent = nullptr);
    ~WirePage() override;

    QString pageId() const override { return QStringLiteral("wire"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    void startCapture();
    void stopCapture();
    bool isCapturing() const;
    // A recorded session (tests, screenshots): packets and calls as if they had just arrived.
    void showRecorded(const QVector<WirePacket>& packets, const std::vector<JournalEntry>& calls);
    bool exportPcapng(const QString& path);
    bool saveImage(const QString& path);

    WireLadderView* ladder() const { return ladder_; }
    const WireTimeline& timeline() const { return timeline_; }
    QPlainTextEdit* detail() const { return detail_; }
    QLabel* status() const { return status_; }
    QLineEdit* portsField() const { return ports_; }
    QRadioButton* ownSocketsChoice() const { return own_; }
    const WireCaptureStats& captureStats() const { return stats_; }

signals:
    void captureStarted(bool ok);

private:
    void onStarted(const CaptureOpenResult& result);
    void onPackets(const QVector<WirePacket>& packets);
    void onStats(const WireCaptureStats& stats);
    void pollJournal();
    void showRow(int row);
    void updateStatus();
    void updateButtons();
    QString ladderText() const;
    QString openFailureText(const CaptureOpenResult& r) const;

    WireCaptureService* service_;
    WireTimeline timeline_;
    QRadioButton* own_;
    QRadioButton* listed_;
    QLineEdit* ports_;
    FieldFeedback* portsFeedback_;
    QPushButton* startButton_;
    QPushButton* clearButton_;
    QPushButton* pcapButton_;
    QPushButton* imageButton_;
    QCheckBox* follow_;
    QLabel* status_;
    WireLadderView* ladder_;
    QPlainTextEdit* detail_;
    QTimer* journalTimer_;
    std::uint64_t journalSeq_ = 0;
    WireCaptureStats stats_;
    bool capturing_ = false;
    QString failure_;
};

} // namespace sockscope
