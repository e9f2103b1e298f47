#pragma once
// Server console: the other end by hand. Listen on TCP, UDP or an AF_UNIX stream or datagram socket,
// accept clients automatically or one by one (and watch them wait in the backlog meanwhile), read
// each client's own transcript, answer the selected client or all of them in text, C escapes or hex,
// end a client with shutdown, close or RST, join multicast groups, and let rules answer by
// themselves. Streams can serve TLS (the echo page's TLS box, with a client certificate and ALPN
// added): each client's handshake state in the list, the selected one's session under it. Every
// socket call goes through ServerConsoleService on its worker thread.

#include "Page.h"
#include "MessageLibrary.h"
#include "ServerConsoleService.h"

#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace sockscope {

class AutoReplyEditor;
class ConsoleTranscript;
class EchoTlsBox;
class TlsSummaryView;
class FieldFeedback;
class MessageLibrary;
class SavedMessagesPanel;
class ServerPeerModel;

class ServerConsolePage : public Page {
    Q_OBJECT
public:
    enum class SendMode { Text, Escapes, Hex };
    // What one client's transcript keeps; the oldest chunks go first, and are counted.
    static constexpr qsizetype peerLogBytes = 256 * 1024;
    static constexpr qsizetype allLogsBytes = 32 << 20;

    // `library`: the saved messages shared with the client console (none: one of its own, in memory).
    explicit ServerConsolePage(QWidget* parent = nullptr, std::shared_ptr<MessageLibrary> library = {});

    QString pageId() const override { return QStringLiteral("server-console"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    ServerConsoleService* service() const { return service_; }
    ServerPeerModel* peerModel() const { return peers_; }
    ConsoleTranscript* transcript() const { return transcript_; }
    QTableView* peerView() const { return peerView_; }
    AutoReplyEditor* autoReplyEditor() const { return autoReplies_; }
    SavedMessagesPanel* messagesPanel() const { return messages_; }
    QTabWidget* sideTabs() const { return sideTabs_; }
    QComboBox* protocolBox() const { return protocol_; }
    QLineEdit* addressField() const { return address_; }
    QLineEdit* portField() const { return port_; }
    QLineEdit* pathField() const { return path_; }
    QLineEdit* sendField() const { return sendText_; }
    QComboBox* sendModeBox() const { return sendMode_; }
    QComboBox* acceptBox() const { return accept_; }
    QLabel* portMessage() const;
    QLabel* pathMessage() const;
    QLabel* addressMessage() const;
    QLabel* boundLabel() const { return bound_; }
    QLabel* pendingLabel() const { return pending_; }
    QLabel* droppedLabel() const { return dropped_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* stopButton() const { return stop_; }
    QPushButton* acceptButton() const { return acceptOne_; }
    QPushButton* sendButton() const { return send_; }
    QListWidget* groupList() const { return groups_; }
    EchoTlsBox* tlsBox() const { return tls_; }
    TlsSummaryView* peerTlsView() const { return peerTls_; }
    QLabel* tlsCountersLabel() const { return tlsCounters_; }
    QCheckBox* broadcastBox() const { return broadcast_; }
    quint64 selectedPeer() const;
    void selectPeer(quint64 id);
    // What a client's kept transcript dropped to stay bounded.
    qint64 droppedBytes(quint64 peer) const { return logs_.value(peer).droppedBytes; }

public slots:
    void startListening();
    void stopListening();
    void sendNow();
    // The saved messages' panel asks: to the client chosen under Reply, or to every client.
    void sendSequence(const sockscope::SendSequence& sequence);

private:
    // The peer a reply goes to (0: every client); false, with the reason beside the field, when none is chosen.
    bool replyTarget(quint64& peer);
    struct PeerLog {
        QList<ClientChunk> chunks;
        qsizetype bytes = 0;
        qint64 droppedBytes = 0;
        qint64 droppedChunks = 0;
    };
    QWidget* buildForm();
    QWidget* buildClients();
    QWidget* buildMulticast();
    QWidget* buildTranscript();
    QWidget* buildSend();
    EchoTransport transport() const;
    void updateProtocolFields();
    void updateState();
    void onStarted(const ServerListenOutcome& o);
    void onData(const QList<ServerChunk>& batch);
    void showSelected();
    void updateDropped();
    void explain(const QString& text, bool ok = true);
    void clearErrors();
    void keep(PeerLog& log, const ClientChunk& chunk);
    void peerCall(const std::function<void(quint64)>& call);
    // TLS: the settings box under the listen form, the selected client's TLS session, the handshake counts.
    QWidget* buildTls();
    QWidget* buildPeerTls();
    void showPeerTls();

    ServerConsoleService* service_;
    ServerPeerModel* peers_;
    QHash<quint64, PeerLog> logs_;
    qsizetype logBytes_ = 0;
    bool starting_ = false;

    QComboBox* protocol_;
    QLineEdit* address_;
    FieldFeedback* addressFeedback_;
    QCheckBox* v6Only_;
    QLineEdit* port_;
    FieldFeedback* portFeedback_;
    QLineEdit* path_;
    FieldFeedback* pathFeedback_;
    QCheckBox* removeStale_;
    QSpinBox* backlog_;
    QComboBox* accept_;
    QPushButton* start_;
    QPushButton* stop_;
    QPushButton* listenerOptions_;
    QLabel* bound_;
    QLabel* pending_;
    QPushButton* acceptOne_;
    QLabel* counters_;

    QTabWidget* sideTabs_;
    QTableView* peerView_;
    QList<QPushButton*> peerButtons_;
    QPushButton* peerOptions_;
    AutoReplyEditor* autoReplies_;
    QWidget* multicastTab_;
    QLineEdit* group_;
    QLineEdit* source_;
    QLineEdit* interface_;
    FieldFeedback* groupFeedback_;
    QListWidget* groups_;
    QCheckBox* broadcast_; // UDP: SO_BROADCAST, for replies to a broadcast address

    ConsoleTranscript* transcript_;
    QComboBox* view_;
    QLabel* transcriptTitle_;
    QLabel* dropped_;

    QComboBox* sendMode_;
    QComboBox* lineEnding_;
    QComboBox* sendTo_;
    QLineEdit* sendText_;
    FieldFeedback* sendFeedback_;
    QPushButton* send_;
    SavedMessagesPanel* messages_;
    QLabel* explanation_;

    EchoTlsBox* tls_ = nullptr;
    TlsSummaryView* peerTls_ = nullptr;
    QLabel* tlsCounters_ = nullptr;
};

} // namespace sockscope
