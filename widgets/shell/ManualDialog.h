#pragma once
// Help ▸ Manual (F1): how to use SockScope, offline and in the interface's language. The topics come
// from the pages themselves (title and summary) and the keys from the window's menus, so the manual
// cannot fall behind them.

#include <QDialog>

#include <vector>

class QAction;
class QTextBrowser;

namespace sockscope {

class Page;

class ManualDialog : public QDialog {
    Q_OBJECT
public:
    ManualDialog(const std::vector<Page*>& pages, const QList<QAction*>& shortcuts, QWidget* parent = nullptr);

    QString html() const;

private:
    QTextBrowser* text_;
};

} // namespace sockscope
