#pragma once
// The top of every page: the topic as a heading and a short paragraph in the chapter's terms. On a
// short window the paragraph folds to its first line (with "More" beside it), so the page's own
// controls stay on screen; MainWindow decides when.

#include <QWidget>

class QLabel;
class QToolButton;

namespace sockscope {

class PageHeader : public QWidget {
    Q_OBJECT
public:
    PageHeader(const QString& title, const QString& introduction, QWidget* parent = nullptr);

    // A short window folds the introduction to one line, cut with an ellipsis, with More/Less beside it
    // (the user's click wins until the window's height changes sides).
    void setShortWindow(bool isShort);
    bool isFolded() const { return folded_; }

private:
    void showState();

    QString introduction_;
    QLabel* intro_;
    QWidget* line_;
    QToolButton* toggle_;
    bool folded_ = false;
    bool short_ = false;
};

QWidget* createPageHeader(const QString& title, const QString& introduction);

} // namespace sockscope
