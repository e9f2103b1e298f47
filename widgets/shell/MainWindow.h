#pragma once
// The main window: the chapter's topics in a sidebar, the chosen page beside it, the call journal
// as a dock underneath, and a status bar. It knows pages only through the Page interface.

#include <QMainWindow>

#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sockscope {

class JournalDock;
class JournalModel;
class LookupService;
class Page;
struct ConsoleTarget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    int pageCount() const { return static_cast<int>(pages_.size()); }
    Page* page(int index) const { return pages_.at(static_cast<std::size_t>(index)); }
    int currentPageIndex() const;
    void showPage(int index);
    // Opens the page that shows socket options on the live socket with this registry id.
    void showSocketOptions(quint64 socketId);
    // Opens the client console on a session connected to that server.
    void showConsole(const ConsoleTarget& target);

    JournalModel* journalModel() const { return journalModel_; }
    JournalDock* journalDock() const { return journalDock_; }
    // The one lookup service the pages share (name databases, getaddrinfo, getnameinfo).
    LookupService* lookupService() const { return lookups_; }

    // Window geometry, dock layout, current page and every page's last inputs.
    void saveSettings() const;
    // Gives the docked journal its share of the window's height (as on the first start).
    void fitJournalToWindow();
    bool isShortWindow() const;
    // Help > SockScope manual (F1).
    void showManual();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void createMenus();
    void restoreSettings();
    void focusFirstField();
    void showAbout();
    void offerRestart();

    LookupService* lookups_; // created first: the pages use it
    QListWidget* sidebar_;
    QStackedWidget* stack_;
    std::vector<Page*> pages_;
    JournalModel* journalModel_;
    JournalDock* journalDock_;
};

} // namespace sockscope
