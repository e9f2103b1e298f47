#include "CopyButton.h"

#include <QApplication>
#include <QClipboard>
#include <QIcon>

namespace sockscope {

CopyButton::CopyButton(std::function<QString()> text, const QString& what, QWidget* parent)
    : QToolButton(parent), text_(std::move(text))
{
    setText(tr("Copy"));
    setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Copy %1 to the clipboard.").arg(what));
    setAccessibleName(tr("Copy %1").arg(what));
    connect(this, &QToolButton::clicked, this, [this, what] {
        const QString value = text_();
        if (value.isEmpty())
            return;
        QApplication::clipboard()->setText(value);
        emit copied(tr("Copied %1 to the clipboard: %2").arg(what, value));
    });
}

} // namespace sockscope
