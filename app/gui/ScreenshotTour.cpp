#include "ScreenshotTour.h"

#include "AddressPage.h"
#include "JournalDock.h"
#include "JournalModel.h"
#include "MainWindow.h"
#include "Page.h"
#include "SocketConstants.h"

#include <QDir>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace sockscope {

namespace {

// Lets timers (the journal drain, layouts, painting) run for a while.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(MainWindow& window, const QDir& dir, const QString& name)
{
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = window.grab().save(path);
    QTextStream(stderr) << (ok ? "wrote " : "could not write ") << path << '\n';
    return ok;
}

} // namespace

int runScreenshotTour(MainWindow& window, const QString& directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "cannot create " << directory << '\n';
        return 1;
    }
    window.resize(1280, 800);
    window.show();
    settle(300);

    bool ok = true;
    window.journalDock()->hide();
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        window.page(i)->showExample();
        settle(300);
        ok = save(window, dir, window.page(i)->pageId()) && ok;
    }

    // The journal: the address page's calls, with one failure (EAFNOSUPPORT) among them.
    for (int i = 0; i < window.pageCount(); ++i) {
        if (auto* addresses = qobject_cast<AddressPage*>(window.page(i))) {
            window.showPage(i);
            addresses->convert(familyUnix(), QStringLiteral("127.0.0.1"));
            addresses->convert(familyInet6(), QStringLiteral("2001:db8::1"));
        }
    }
    window.journalDock()->show();
    window.resizeDocks({window.journalDock()}, {window.height() / 2}, Qt::Vertical);
    settle(400);
    if (auto* table = window.journalDock()->findChild<QTableView*>(QStringLiteral("journalTable"))) {
        const int rows = table->model()->rowCount();
        // Select the last calls (the IPv6 conversion) so the C code pane has something to show.
        for (int row = std::max(0, rows - 2); row < rows; ++row)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->scrollToBottom();
    }
    settle(200);
    ok = save(window, dir, QStringLiteral("journal")) && ok;
    return ok ? 0 : 1;
}

} // namespace sockscope
