#pragma once
// One client console session: where to connect, what to send and how, what came back, and the
// three ways to end it. Every socket call goes through its ClientSessionService.

#include "ClientSessionService.h"
#include "MessageLibrary.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QSplitter;

namespace sockscope {

class ConsoleTranscript;
class FieldFeedback;
class MulticastBox;
class SavedMessagesPanel;
class TlsOptionsBox;
class TlsSummaryView;

class ClientConsoleTab : public QWidget {
    Q_OBJECT
public:
    enum class SendMode { Text, Escapes, Hex };

    // `library`: the saved messages shared with the other consoles (none: a library of its own, in memory).
    explicit ClientConsoleTab(int number, std::shared_ptr<MessageLibrary> library = {}, QWidget* parent = nullptr);

    int number() const { return number_; }
    QString title() const;
    bool isConnected() const { return service_->isConnected(); }
    QWidget* firstField() const;
    ClientSessionService* service() const { return service_; }
    ConsoleTranscript* transcript() const { return transcript_; }

    void restore(const QSettings& settings, const QString& prefix);
    void save(QSettings& settings, const QString& prefix) const;
    // An example: TCP to 127.0.0.1:7007 (where the README's `sockscope-cli serve --port 7007` listens; the
    // echo page's own servers take a free port and offer "Connect a console"), text mode with CRLF.
    void resetToDefaults();
    // Where to connect: the protocol, and a host and port or a unix path.
    void setTarget(ClientTransport transport, const QString& host, int port, const QString& path);

    // The fields, for tests and the screenshot tour.
    QComboBox* protocolBox() const { return protocol_; }
    QLineEdit* hostField() const { return host_; }
    QLineEdit* portField() const { return port_; }
    QLineEdit* pathField() const { return path_; }
    QLineEdit* sendField() const { return sendText_; }
    QComboBox* sendModeBox() const { return sendMode_; }
    QComboBox* lineEndingBox() const { return lineEnding_; }
    QComboBox* viewBox() const { return view_; }
    QLabel* sendMessage() const;
    QPushButton* connectButton() const { return connect_; }
    QPushButton* sendButton() const { return send_; }
    TlsOptionsBox* tlsBox() const { return tls_; }
    TlsSummaryView* tlsSummary() const { return tlsSummary_; }
    MulticastBox* multicastBox() const { return multicast_; }
    SavedMessagesPanel* messagesPanel() const { return messages_; }

public slots:
    void connectSession();
    void disconnectSession();
    void sendNow();
    // The saved messages' panel asks: the sequence to the peer (or the sendto target).
    void sendSequence(const sockscope::SendSequence& sequence);

signals:
    void titleChanged();
    void statusMessage(const QString& text);
    void socketOptionsRequested(quint64 socketId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildConnectRow();
    QWidget* buildReceiveRow();
    QWidget* buildTranscriptBar();
    QWidget* buildSendPanel();
    QWidget* buildCloseRow();
    void updateProtocolFields();
    void updateState();
    QString sendToolTip() const;
    QString sendFileToolTip() const;
    void onConnected(const ClientConnectOutcome& outcome);
    void explain(const QString& text);
    int sendFlags() const;
    int recvFlags() const;
    void remember(const QString& text);
    void saveTranscript();
    void chooseFile();
    ClientTransport transport() const;
    // The sendto target when one is given and valid; false (with the reason beside the field) when not.
    bool sendTarget(QString& target);
    std::optional<SavedMessage> fieldAsMessage();

    int number_;
    ClientSessionService* service_;
    bool connecting_ = false;
    QString peerText_;

    QComboBox* protocol_;
    QLineEdit* host_;
    QLineEdit* port_;
    QLineEdit* path_;
    QSpinBox* timeout_;
    QPushButton* connect_;
    QPushButton* disconnect_;
    QPushButton* options_;
    QLabel* local_;
    QLabel* peer_;
    FieldFeedback* hostFeedback_;
    FieldFeedback* portFeedback_;
    TlsOptionsBox* tls_;
    TlsSummaryView* tlsSummary_;
    MulticastBox* multicast_; // UDP: broadcast and multicast

    ConsoleTranscript* transcript_;
    QComboBox* view_;
    QCheckBox* autoReceive_;
    QSpinBox* recvSize_;
    QList<QCheckBox*> recvFlagBoxes_;
    QPushButton* receive_;
    QSpinBox* lineLimit_;

    QComboBox* sendMode_;
    QComboBox* lineEnding_;
    QLineEdit* sendText_;
    FieldFeedback* sendFeedback_;
    QComboBox* history_;
    QPushButton* send_;
    QPushButton* sendFile_;
    QList<QCheckBox*> sendFlagBoxes_;
    SavedMessagesPanel* messages_;
    QSplitter* sideSplitter_;
    QLineEdit* target_;
    FieldFeedback* targetFeedback_;
    int historyIndex_ = -1;

    QList<QPushButton*> closeButtons_;
    QLabel* explanation_;
};

} // namespace sockscope
