#pragma once
// A small "Copy" tool button beside a result: puts the result's text on the clipboard and says so
// in the status bar through the page.

#include <QToolButton>

#include <functional>

namespace sockscope {

class CopyButton : public QToolButton {
    Q_OBJECT
public:
    // `text` is asked for the text at the moment of the click; `what` names it for the tooltip.
    CopyButton(std::function<QString()> text, const QString& what, QWidget* parent = nullptr);

signals:
    void copied(const QString& message);

private:
    std::function<QString()> text_;
};

} // namespace sockscope
