#pragma once
// One echo server in its own tab: its settings, Start and Stop, where it listens (or why it could
// not start), its totals and throughput, its connections with the actions on them, and its log.
// Everything shown comes from the service's snapshots, 4 a second, however busy the server is.

#include "EchoServerService.h"
#include "Page.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace sockscope {

class CopyButton;
class EchoConnectionModel;
class EchoLoadPanel;
class EchoLogModel;
class EchoServerForm;
class EchoTlsBox;
class EchoTotalsView;
class ThroughputPlot;

class EchoServerTab : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping };

    // `number` names the tab ("Server 2") until it listens.
    explicit EchoServerTab(int number, QWidget* parent = nullptr);
    ~EchoServerTab() override;

    EchoServerForm* form() const { return form_; }
    EchoTlsBox* tlsBox() const { return tlsBox_; }
    // The load generator beside the server, on the column's "Load test" tab.
    EchoLoadPanel* loadPanel() const { return loadPanel_; }
    // Shows the column's "Server" tab (false) or its "Load test" tab (true).
    void showLoadPanel(bool show);
    State state() const { return state_; }
    bool isRunning() const { return state_ == State::Running; }
    // Where it listens ("127.0.0.1:40123", "unix:/tmp/echo.sock"), and the port; empty and 0 when stopped.
    QString boundText() const { return boundText_; }
    int boundPort() const { return boundPort_; }
    // The tab's title: the number, or the transport and address while it listens.
    QString title() const;

    EchoConnectionModel* connectionModel() const { return connections_; }
    EchoLogModel* logModel() const { return log_; }
    QTableView* connectionView() const { return connectionView_; }

public slots:
    void start();
    void stop();
    // Stops the server if it runs, and deletes this tab once the server has stopped.
    void closeDown();

signals:
    void titleChanged();
    void statusMessage(const QString& text);
    void startFinished(bool ok);
    void stopFinished();
    // "Options…" on the listener or a connection: open the socket options page on that socket.
    void socketOptionsRequested(quint64 socketId);
    // "Connect a console": open a client console session on this server.
    void consoleRequested(const sockscope::ConsoleTarget& target);

private:
    ConsoleTarget consoleTarget() const;
    QWidget* createFormColumn();
    QWidget* createStatusRow();
    QWidget* createConnectionsBox();
    QWidget* createLogBox();
    void startWith(const EchoConfig& config);
    void onStarted(const EchoStartResult& result);
    void onStopped(const EchoTotals& totals);
    void onSnapshot(const EchoSnapshot& snapshot);
    void act(ConnectionAction action);
    void setState(State state);
    void setStatus(const QString& text, bool isError);
    void updateActions();

    int number_;
    State state_ = State::Idle;
    bool closePending_ = false;
    EchoConfig lastConfig_;
    QString boundText_;
    int boundPort_ = 0;
    quint64 listenerSocketId_ = 0;

    EchoServerService* service_;
    EchoServerForm* form_;
    EchoTlsBox* tlsBox_;
    EchoTlsRequest lastTls_;
    EchoLoadPanel* loadPanel_;
    QTabWidget* sideTabs_;
    QPushButton* startButton_;
    QPushButton* stopButton_;
    QLabel* statusLabel_;
    CopyButton* copyButton_;
    QPushButton* retryButton_; // "remove the stale socket file and retry"
    QPushButton* consoleButton_ = nullptr; // "connect a client console to this server"
    EchoTotalsView* totals_;
    ThroughputPlot* plot_;
    EchoConnectionModel* connections_;
    QSortFilterProxyModel* connectionProxy_;
    QTableView* connectionView_;
    QLabel* connectionCountLabel_;
    QAction* shutdownAction_;
    QAction* closeAction_;
    QAction* resetAction_;
    QAction* optionsAction_;
    QPushButton* listenerOptionsButton_;
    EchoLogModel* log_;
    QTableView* logView_;
};

} // namespace sockscope
