#pragma once
// One topic of the chapter, shown in the main window's page area. MainWindow knows pages only
// through this interface; PageCatalog lists them in the chapter's order.

#include <QWidget>

class QSettings;

namespace sockscope {

// A server another page runs, for the client console to connect to: the transport in the CLI's words
// ("tcp", "udp", "unix-stream", "unix-dgram"), and a host and port or a unix path.
struct ConsoleTarget {
    QString proto;
    QString host;
    int port = 0;
    QString path;
    // A TLS server: the console turns TLS on, checking the certificate against `caFile` for `serverName`.
    bool tls = false;
    QString serverName;
    QString caFile;
};

class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable, untranslated identifier: the QSettings group and the screenshot's file name.
    virtual QString pageId() const = 0;
    // The topic's name in the sidebar.
    virtual QString title() const = 0;
    // One sentence on what the page teaches: the sidebar entry's tooltip.
    virtual QString summary() const = 0;
    // Where Ctrl+L puts the keyboard focus.
    virtual QWidget* firstField() const = 0;

    // The last inputs, read from and written to a QSettings group opened by the caller.
    virtual void restoreInputs(const QSettings& settings) = 0;
    virtual void saveInputs(QSettings& settings) const = 0;

    // Fills in sample inputs that show the topic well (for screenshots and first starts).
    virtual void showExample() = 0;

    // The socket options page shows the live socket with this SocketRegistry id; other pages ignore it.
    virtual bool showSocket(quint64 socketId) { Q_UNUSED(socketId); return false; }
    // The client console opens a session on this server and connects; other pages ignore it.
    virtual bool openConsole(const ConsoleTarget& target) { Q_UNUSED(target); return false; }

signals:
    // A short message for the main window's status bar ("Copied …").
    void statusMessage(const QString& text);
    // "Options…" on one of this page's sockets: the main window opens the options page on it.
    void socketOptionsRequested(quint64 socketId);
    // "Connect a console" on one of this page's servers: the main window opens the console on it.
    void consoleRequested(const sockscope::ConsoleTarget& target);
};

} // namespace sockscope
