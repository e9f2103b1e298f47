#include "MainWindow.h"

#include "ByteOrder.h"
#include "CallJournal.h"
#include "JournalDock.h"
#include "JournalModel.h"
#include "LanguageMenu.h"
#include "LookupService.h"
#include "Page.h"
#include "PageCatalog.h"

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
#include <QScreen>
#include <QScrollArea>
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
        scroll->setWidget(page);
        stack_->addWidget(scroll);
        connect(page, &Page::statusMessage, this, [this](const QString& text) {
            statusBar()->showMessage(text, 5000);
        });
        connect(page, &Page::socketOptionsRequested, this, &MainWindow::showSocketOptions);
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
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        go->setToolTip(page(i)->summary());
    }
    view->addSeparator();
    QAction* focus = view->addAction(tr("Go to the &first field"), this, &MainWindow::focusFirstField);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* journal = journalDock_->toggleViewAction();
    journal->setText(tr("&Journal"));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    journal->setToolTip(tr("Show or hide the call journal."));
    view->addAction(journal);
    view->addSeparator();
    auto* languages = new LanguageMenu(this);
    connect(languages, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The language changes the next time SockScope starts."), 10000);
    });
    view->addMenu(languages);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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
        resizeDocks({journalDock_}, {std::min(fontMetrics().height() * 14, height() / 3)}, Qt::Vertical);
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace sockscope
