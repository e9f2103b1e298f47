#pragma once
// Socket options: pick any live socket of the application (an echo server's listener or connection,
// a lab or console socket, or a fresh scratch socket of any kind), read every option, change the
// settable ones and see what the kernel kept, compare with a fresh socket's defaults, watch TCP_INFO,
// and run the demonstrations that make options visible. Every call runs on the options service.

#include "Page.h"
#include "SocketOptionsService.h"

#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace sockscope {

class SocketOptionsPage : public Page {
    Q_OBJECT
public:
    enum Column { LevelColumn, NameColumn, ValueColumn, DefaultColumn, NoteColumn, ColumnCount };

    explicit SocketOptionsPage(QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("socket-options"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;
    bool showSocket(quint64 socketId) override;

    // The socket shown, 0 when none.
    quint64 currentSocket() const { return current_; }
    // The table row of an option ("TCP_NODELAY"), or -1.
    int rowOf(const QString& option) const;
    QTableWidget* table() const { return table_; }
    SocketOptionsService* service() { return &service_; }

    // As the buttons run them.
    void apply();
    void revert();
    void newScratch();
    void runDemo(OptionDemo demo);

signals:
    // After the table shows a fresh read of the current socket.
    void optionsShown();
    void applyFinished(const QString& message);
    void demoShown(const QString& summary);

private:
    QWidget* createPickerRow();
    QWidget* createTcpInfoBox();
    QWidget* createDemoBox();
    void onSockets(const SocketList& sockets);
    void onOptions(quint64 id, bool gone, const OptionReadings& readings);
    void onApplied(quint64 id, const OptionSetResult& result, const QString& message);
    void onDefaults(quint64 id, const OptionReadings& readings, const QString& error);
    void onTcpInfo(quint64 id, bool ok, const TcpInfo& info);
    void onDemo(const OptionDemoResult& result);
    void select(quint64 id);
    void fillTable(const OptionReadings& readings);
    void markGone();
    void updateButtons();
    void showDefaults();
    void onItemEdited(int row, int column);
    const RegisteredSocketInfo* currentInfo() const;

    SocketOptionsService service_;
    QComboBox* picker_;
    QComboBox* scratchFamily_;
    QComboBox* scratchType_;
    QPushButton* newScratchButton_;
    QPushButton* closeScratchButton_;
    QLabel* socketStatus_;
    QTableWidget* table_;
    QPushButton* applyButton_;
    QPushButton* revertButton_;
    QCheckBox* compareBox_;
    QLabel* applyMessage_;
    QHash<QString, QLabel*> tcpInfoLabels_;
    QLabel* tcpInfoNote_;
    QPlainTextEdit* demoLog_;
    QTimer* tcpInfoTimer_;

    SocketList sockets_;
    quint64 current_ = 0;
    quint64 wanted_ = 0; // asked for by showSocket() before the list held it
    bool gone_ = false;
    bool filling_ = false;
    OptionReadings readings_;
    OptionReadings defaults_;
    quint64 defaultsFor_ = 0;
    QHash<QString, QString> pending_; // option → edited text, until Apply or Revert
    QStringList applyErrors_;         // pending values refused by validation at the last Apply
    int applying_ = 0;
};

} // namespace sockscope
