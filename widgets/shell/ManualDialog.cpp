#include "ManualDialog.h"

#include "Page.h"
#include "SocketLabService.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sockscope {

namespace {

QString section(const QString& title, const QString& body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(title.toHtmlEscaped(), body);
}

QString paragraph(const QString& text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); }

} // namespace

ManualDialog::ManualDialog(const std::vector<Page*>& pages, const QList<QAction*>& shortcuts, QWidget* parent)
    : QDialog(parent), text_(new QTextBrowser)
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("SockScope manual"));
    text_->setObjectName(QStringLiteral("manualText"));
    text_->setOpenExternalLinks(false);

    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("SockScope manual").toHtmlEscaped());
    html += paragraph(tr("SockScope makes the calls of the sockets chapter for you, for real, on this computer. "
                         "Each page is one topic; every call it makes appears in the call journal with its "
                         "arguments, return value, errno, the time it took and the same call as C code."));

    QString topics = QStringLiteral("<dl>");
    for (Page* page : pages)
        topics += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>")
                      .arg(page->title().toHtmlEscaped(), page->summary().toHtmlEscaped());
    topics += QStringLiteral("</dl>");
    html += section(tr("The topics"), paragraph(tr("The list on the left follows the chapter's order:")) + topics);

    html += section(tr("The call journal"),
                    paragraph(tr("View ▸ Journal shows every call, newest at the bottom. The # column is the order "
                                 "in which calls finished; Time is when each started, so calls on different "
                                 "threads can overlap. Filter by function or errno name, select rows to see their "
                                 "C code, copy it, or export the journal as C or JSON."))
                        + paragraph(tr("Fast paths are counted, not journalled: an echo server's or a load "
                                       "test's per-message reads and writes show as totals, and the once-a-second "
                                       "TCP_INFO refresh of the options page is left out.")));

    html += section(tr("Inputs and errors"),
                    paragraph(tr("A field with a mistake is marked, and the message beside it says what is wrong "
                                 "and what is allowed. Nothing is sent or called until the input is valid. Your "
                                 "inputs, the window's size and the journal's place are remembered.")));

    html += section(tr("Where Linux differs from the chapter"),
                    paragraph(tr("The chapter gives SOMAXCONN as 128; this kernel caps listen()'s backlog at %1 "
                                 "(net.core.somaxconn, read now). A send on a connection whose peer has gone "
                                 "raises SIGPIPE, which ends a program that does not handle it: SockScope catches "
                                 "it and shows EPIPE with what the signal would have done.")
                                  .arg(SocketLabService::somaxconn())));

    QString keys = QStringLiteral("<table cellspacing=\"4\">");
    for (const QAction* a : shortcuts) {
        if (a->shortcut().isEmpty())
            continue;
        QString name = a->text();
        name.remove(QLatin1Char('&'));
        keys += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(), name.toHtmlEscaped());
    }
    keys += QStringLiteral("</table>");
    html += section(tr("Keyboard"), paragraph(tr("Every page is a key away; Tab moves through a page's fields in "
                                                 "reading order.")) + keys);

    html += section(tr("The command line"),
                    paragraph(tr("sockscope-cli makes the same calls without the window: order, addr, layout, hosts, "
                                 "host, protocols, protocol, services, service, resolve, nameinfo, connect, sockopt, "
                                 "serve echo and bench echo. Every command takes --help and --json; "
                                 "--journal prints the calls it made. Exit status 0 is success, 1 a failed "
                                 "operation, 2 a usage error. Its manual page: man sockscope-cli.")));

    text_->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 110, fm.height() * 40);
}

QString ManualDialog::html() const { return text_->toHtml(); }

} // namespace sockscope
