#include "PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sockscope {

QWidget* createPageHeader(const QString& title, const QString& introduction)
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4); // relative, so it follows the user's font size
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    auto* intro = new QLabel(introduction);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    return header;
}

} // namespace sockscope
