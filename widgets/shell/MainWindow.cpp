#include "MainWindow.h"

#include "ByteOrder.h"
#include "CallJournal.h"
#include "JournalDock.h"
#include "JournalModel.h"
#include "LanguageMenu.h"
#include "LookupService.h"
#include "ManualDialog.h"
#include "Page.h"
#include "PageCatalog.h"
#include "PageHeader.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace sockscope {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString pageKey = QStringLiteral("mainWindow/page");

QString pageSettingsGroup(const Page* page) { return QStringLiteral("pages/") + page->pageId(); }

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      lookups_(new LookupService(this)),
      sidebar_(new QListWidget),
      stack_(new QStackedWidget),
      journalModel_(new JournalModel(CallJournal::global(), this)),
      journalDock_(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SockScope"));
    if (QFile::exists(QStringLiteral(":/icons/sockscope.svg")))
        setWindowIcon(QIcon(QStringLiteral(":/icons/sockscope.svg")));
    journalModel_->setObjectName(QStringLiteral("journalModel"));

    sidebar_->setObjectName(QStringLiteral("topicList"));
    sidebar_->setAccessibleName(tr("Topics"));
    sidebar_->setToolTip(tr("The chapter's topics, in its order."));
    // The list shows when it has the keyboard: its frame takes the highlight colour.
    sidebar_->setStyleSheet(QStringLiteral("QListWidget#topicList:focus { border: 2px solid palette(highlight); }"));
    lookups_->setObjectName(QStringLiteral("lookupService"));
    pages_ = createPages(nullptr, *lookups_);
    int widest = 0;
    for (Page* page : pages_) {
        auto* item = new QListWidgetItem(page->title(), sidebar_);
        item->setToolTip(page->summary());
        widest = std::max(widest, sidebar_->fontMetrics().horizontalAdvance(page->title()));
        // A scroll area per page: small windows and large scale factors scroll instead of clipping.
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus); // no invisible Tab stop between the topic list and the page
        scroll->setWidget(page);
        stack_->addWidget(scroll);
        connect(page, &Page::statusMessage, this, [this](const QString& text) {
            statusBar()->showMessage(text, 5000);
        });
        connect(page, &Page::socketOptionsRequested, this, &MainWindow::showSocketOptions);
        connect(page, &Page::consoleRequested, this, &MainWindow::showConsole);
    }
    // As wide as the longest (translated) title, plus room for the frame and a scroll bar.
    sidebar_->setFixedWidth(widest + sidebar_->fontMetrics().averageCharWidth() * 6);
    for (int row = 0; row < sidebar_->count(); ++row) // roomy rows, measured in text lines
        sidebar_->item(row)->setSizeHint(QSize(widest, sidebar_->fontMetrics().height() * 2));
    connect(sidebar_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            stack_->setCurrentIndex(row);
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sidebar_);
    layout->addWidget(stack_, 1);
    setCentralWidget(central);

    journalDock_ = new JournalDock(journalModel_, this);
    addDockWidget(Qt::BottomDockWidgetArea, journalDock_);
    connect(journalDock_, &JournalDock::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, 5000);
    });

    QString host;
    switch (hostEndianness()) {
    case Endianness::Little: host = tr("Host byte order: little-endian"); break;
    case Endianness::Big: host = tr("Host byte order: big-endian"); break;
    case Endianness::Mixed: host = tr("Host byte order: mixed"); break;
    }
    auto* hostLabel = new QLabel(host);
    hostLabel->setObjectName(QStringLiteral("hostByteOrderStatus"));
    hostLabel->setToolTip(tr("How this computer stores multi-byte numbers in memory."));
    statusBar()->addPermanentWidget(hostLabel);

    // A button that disables itself (close(), a recipe's step) hands the focus on in the window's tab
    // chain, which may leave the page for the journal: keep it on the page, at its next control.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        auto* button = qobject_cast<QAbstractButton*>(old);
        QWidget* current = stack_->currentWidget();
        if (!button || button->isEnabled() || !current || !current->isAncestorOf(button)
            || (now && current->isAncestorOf(now)))
            return;
        for (QWidget* w = button->nextInFocusChain(); w && w != button; w = w->nextInFocusChain()) {
            if (current->isAncestorOf(w) && w->isEnabled() && w->isVisible() && (w->focusPolicy() & Qt::TabFocus)
                && !qobject_cast<QScrollBar*>(w)) {
                w->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });

    createMenus();
    restoreSettings();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(tr("&Export journal…"), journalDock_, &JournalDock::exportJournal);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Save the call journal as C code or JSON."));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < pageCount(); ++i) {
        QAction* go = view->addAction(page(i)->title(), this, [this, i] { showPage(i); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0, Ctrl+- and Ctrl+= (the keys that follow on the number row), then
        // Ctrl+\ (not Ctrl+Backspace, which deletes a word in a text field).
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        else if (i == 10)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
        else if (i == 11)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
        else if (i == 12)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backslash));
        else if (i == 13)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
        go->setToolTip(page(i)->summary());
    }
    view->addSeparator();
    QAction* nextPage = view->addAction(tr("&Next topic"), this, [this] { showPage((currentPageIndex() + 1) % pageCount()); });
    nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previousPage = view->addAction(tr("&Previous topic"), this, [this] {
        showPage((currentPageIndex() + pageCount() - 1) % pageCount());
    });
    previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction* focus = view->addAction(tr("Go to the &first field"), this, &MainWindow::focusFirstField);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* journal = journalDock_->toggleViewAction();
    journal->setText(tr("&Journal"));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    journal->setToolTip(tr("Show or hide the call journal."));
    view->addAction(journal);
    view->addSeparator();
    auto* languages = new LanguageMenu(this);
    connect(languages, &LanguageMenu::languageChosen, this, &MainWindow::offerRestart);
    view->addMenu(languages);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("SockScope &manual"), this, &MainWindow::showManual);
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setToolTip(tr("How to use SockScope: the topics, the journal, the keys, the command line."));
    help->addSeparator();
    help->addAction(tr("&About SockScope"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

int MainWindow::currentPageIndex() const { return stack_->currentIndex(); }

void MainWindow::showSocketOptions(quint64 socketId)
{
    for (int i = 0; i < pageCount(); ++i) {
        if (page(i)->showSocket(socketId)) {
            showPage(i);
            return;
        }
    }
}

void MainWindow::showConsole(const ConsoleTarget& target)
{
    for (int i = 0; i < pageCount(); ++i) {
        if (page(i)->openConsole(target)) {
            showPage(i);
            return;
        }
    }
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    sidebar_->setCurrentRow(index);
    stack_->setCurrentIndex(index);
}

void MainWindow::focusFirstField()
{
    QWidget* field = page(currentPageIndex())->firstField();
    if (!field)
        return;
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        edit->selectAll();
}

// Qt's widgets are built in one language; the new one applies from the next start. Say so where it is
// seen, and offer that start now (the sessions and servers of this one end).
void MainWindow::offerRestart()
{
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The new language applies when SockScope starts again."), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Restarting now closes this window's connections, sessions and echo servers; "
                              "your inputs and the window's layout are kept."));
    QPushButton* now = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now)
        return;
    saveSettings();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1))) {
        QMessageBox::warning(this, tr("Language"), tr("SockScope could not start again; start it yourself."));
        return;
    }
    close();
}

void MainWindow::showManual()
{
    QList<QAction*> shortcuts;
    for (QAction* menu : menuBar()->actions())
        if (menu->menu())
            shortcuts += menu->menu()->actions();
    auto* dialog = new ManualDialog(pages_, shortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SockScope"),
        tr("<h3>SockScope %1</h3>"
           "<p>A workbench for the BSD socket API: every call it makes for you is real, and the call "
           "journal shows each one as C code.</p>"
           "<p>Built with Qt %2. Released under the MIT licence.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    for (Page* page : pages_) {
        settings.beginGroup(pageSettingsGroup(page));
        page->restoreInputs(settings);
        settings.endGroup();
    }
    const QString pageId = settings.value(pageKey).toString();
    int index = 0;
    for (int i = 0; i < pageCount(); ++i)
        if (page(i)->pageId() == pageId)
            index = i;
    showPage(index);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // First start: a comfortable size in text units, but never larger than the screen
        // (at a large scale factor the screen may be only a few hundred logical pixels).
        const QFontMetrics fm = fontMetrics();
        QSize size(fm.averageCharWidth() * 210, fm.height() * 58); // the lab and the console want width
        if (const QScreen* s = screen())
            size = size.boundedTo(s->availableGeometry().size() * 9 / 10);
        resize(size);
    }
    if (!settings.contains(stateKey)) // first start: the page gets most of the height
        fitJournalToWindow();
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, page(currentPageIndex())->pageId());
    for (Page* page : pages_) {
        settings.beginGroup(pageSettingsGroup(page));
        page->saveInputs(settings);
        settings.endGroup();
    }
}

// A laptop's 768 or 800 pixels (less a panel and a title bar), or fewer than 50 lines of text.
bool MainWindow::isShortWindow() const { return height() < std::max(860, fontMetrics().height() * 50); }

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Below this many text lines the pages' introductions fold, so each page's controls stay in view.
    const bool isShort = isShortWindow();
    for (Page* page : pages_)
        for (PageHeader* header : page->findChildren<PageHeader*>())
            header->setShortWindow(isShort);
}

void MainWindow::fitJournalToWindow()
{
    // The page keeps most of the height: a fifth for the journal on a short window, 14 lines at most.
    const int share = isShortWindow() ? height() / 5 : height() / 3;
    resizeDocks({journalDock_}, {std::min(fontMetrics().height() * 14, share)}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace sockscope
