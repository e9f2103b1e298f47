#include "SocketLabPage.h"

#include "BusyIndicator.h"
#include "CallJournal.h"
#include "CopyButton.h"
#include "JournalExport.h"
#include "LabActionPanel.h"
#include "LabCExport.h"
#include "PayloadCodec.h"
#include "LabMessages.h"
#include "LabNames.h"
#include "LabRecipePanel.h"
#include "LabSocketModel.h"
#include "PageHeader.h"
#include "PaletteColors.h"
#include "SocketLabService.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace sockscope {

namespace {

enum ResultColumn { StepColumn, CallColumn, ResultColumn, TimeColumn, ExplanationColumn };

// The text up to the end of its first sentence (Latin or CJK full stop), or all of it.
QString firstSentence(const QString& text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)|[\u3002\uff01\uff1f]"));
    const QRegularExpressionMatch m = end.match(text);
    if (!m.hasMatch() || m.capturedEnd() >= text.size())
        return text;
    return text.left(m.capturedStart() + 1) + QStringLiteral(" \u2026");
}

} // namespace

SocketLabPage::SocketLabPage(QWidget* parent)
    : Page(parent), service_(new SocketLabService(this)), model_(new LabSocketModel(this))
{
    setObjectName(QStringLiteral("socketLabPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("A socket is a file descriptor: create some, then make the chapter's calls on them one at a time and "
           "watch the table. Every call is real and goes to the journal; a call that waits (accept, connect, "
           "recv on a blocking socket) can be abandoned. The recipes walk through the chapter's sequences; "
           "Export C writes the session as a program that makes the same calls.")));

    // The table of sockets and, beside it, the recipes.
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("labSocketTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setAlternatingRowColors(true);
    table_->setToolTip(tr("The sockets you created, refreshed twice a second. Select one to make calls on it."));
    optionsButton_ = new QPushButton(tr("&Options\u2026"));
    optionsButton_->setObjectName(QStringLiteral("labOptionsButton"));
    optionsButton_->setToolTip(tr("getsockopt and setsockopt on the selected socket, on the socket options page."));
    auto* resetButton = new QPushButton(tr("Close all and start over"));
    resetButton->setObjectName(QStringLiteral("labResetButton"));
    resetButton->setToolTip(tr("Closes every lab socket and forgets the session (the journal keeps its calls)."));
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addWidget(optionsButton_);
    tableButtons->addStretch(1);
    tableButtons->addWidget(resetButton);
    auto* tableBox = new QGroupBox(tr("Sockets"));
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->addWidget(table_, 1);
    tableLayout->addLayout(tableButtons);

    recipes_ = new LabRecipePanel;
    auto* recipeBox = new QGroupBox(tr("Recipes"));
    auto* recipeLayout = new QVBoxLayout(recipeBox);
    recipeLayout->addWidget(recipes_);

    actions_ = new LabActionPanel;
    auto* actionBox = new QGroupBox(tr("Calls"));
    auto* actionLayout = new QVBoxLayout(actionBox);
    actionLayout->addWidget(actions_);

    // Results, newest at the bottom, with what the kernel did.
    results_ = new QTreeWidget;
    results_->setObjectName(QStringLiteral("labResults"));
    results_->setRootIsDecorated(false);
    results_->setWordWrap(true);
    results_->setUniformRowHeights(false);
    results_->setAlternatingRowColors(true);
    results_->setHeaderLabels({tr("Step"), tr("Call"), tr("Returned"), tr("Time"), tr("What the kernel did")});
    results_->header()->setStretchLastSection(true);
    // Short columns as wide as their contents; the call gets room for a typical call (drag for more),
    // the explanation the rest.
    for (int c : {StepColumn, ResultColumn, TimeColumn})
        results_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    results_->setColumnWidth(CallColumn, fontMetrics().horizontalAdvance(QStringLiteral("connect(21, {AF_INET, 127.0.0.1:0}, 16)")));
    // Rows whose explanation wraps get their height again when a column is resized.
    connect(results_->header(), &QHeaderView::sectionResized, results_, [this] { results_->doItemsLayout(); });
    busy_ = new BusyIndicator;
    abandonButton_ = new QPushButton(tr("&Abandon"));
    abandonButton_->setObjectName(QStringLiteral("labAbandonButton"));
    abandonButton_->setToolTip(tr("Interrupt the waiting call: its thread gets a signal without SA_RESTART, so the "
                                  "call returns -1 EINTR (Esc)."));
    abandonButton_->setVisible(false);
    // Push buttons with a menu: the style draws the arrow beside the text, never over it.
    auto* exportC = new QPushButton;
    exportC->setObjectName(QStringLiteral("labExportCButton"));
    exportC->setText(tr("Export &C"));
    exportC->setToolTip(tr("The session as a C program that makes the same calls in the same order."));
    auto* cMenu = new QMenu(exportC);
    cMenu->addAction(tr("Copy the C program"), this, [this] {
        QApplication::clipboard()->setText(exportedC());
        emit statusMessage(tr("Copied the session as a C program."));
    });
    cMenu->addAction(tr("Save the C program\u2026"), this, &SocketLabPage::saveC);
    exportC->setMenu(cMenu);
    auto* exportJournal = new QPushButton;
    exportJournal->setText(tr("Export &journal"));
    exportJournal->setToolTip(tr("The lab's calls from the call journal, as C code with comments or as JSON."));
    auto* jMenu = new QMenu(exportJournal);
    jMenu->addAction(tr("As text\u2026"), this, [this] { saveJournal(false); });
    jMenu->addAction(tr("As JSON\u2026"), this, [this] { saveJournal(true); });
    exportJournal->setMenu(jMenu);
    auto* copyResults = new CopyButton(
        [this] {
            QStringList lines;
            for (int i = 0; i < results_->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = results_->topLevelItem(i);
                lines << QStringLiteral("%1  %2 = %3  (%4)  %5")
                             .arg(item->text(StepColumn), item->text(CallColumn), item->text(ResultColumn),
                                  item->text(TimeColumn), item->data(ExplanationColumn, Qt::UserRole).toString());
            }
            return lines.join(QLatin1Char('\n'));
        },
        tr("the results"));
    connect(copyResults, &CopyButton::copied, this, &Page::statusMessage);
    auto* resultBar = new QHBoxLayout;
    resultBar->addWidget(new QLabel(tr("Results")));
    resultBar->addWidget(busy_, 1);
    resultBar->addWidget(abandonButton_);
    resultBar->addStretch(0);
    resultBar->addWidget(copyResults);
    resultBar->addWidget(exportC);
    resultBar->addWidget(exportJournal);
    auto* resultsBox = new QWidget;
    auto* resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(resultBar);
    // Read-only text that scrolls: an ICMP echo's checksum steps and decoded reply run long. The
    // splitter above it gives the user more of the list or of the detail.
    resultDetail_ = new QPlainTextEdit;
    resultDetail_->setObjectName(QStringLiteral("labResultDetail"));
    resultDetail_->setReadOnly(true);
    resultDetail_->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 10);
    auto* resultSplit = new QSplitter(Qt::Vertical);
    resultSplit->setObjectName(QStringLiteral("labResultSplitter"));
    resultSplit->addWidget(results_);
    resultSplit->addWidget(resultDetail_);
    resultSplit->setChildrenCollapsible(false);
    resultSplit->setStretchFactor(0, 3);
    resultSplit->setStretchFactor(1, 1);
    resultSplit->setSizes({300, 100});
    resultsLayout->addWidget(resultSplit, 1);
    connect(results_, &QTreeWidget::itemSelectionChanged, this, &SocketLabPage::showResultDetail);

    // Left: the table, the calls and their results, top to bottom; right: the recipes.
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("labSplitter"));
    split->addWidget(tableBox);
    split->addWidget(actionBox);
    split->addWidget(resultsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 0);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    auto* sides = new QSplitter(Qt::Horizontal);
    sides->addWidget(split);
    sides->addWidget(recipeBox);
    sides->setStretchFactor(0, 1);
    sides->setStretchFactor(1, 0);
    sides->setChildrenCollapsible(false);
    recipeBox->setMaximumWidth(380);
    split->setSizes({200, 260, 240});
    // The main window's scroll area sizes the page by its height-for-width, which adds up the panes'
    // preferred heights: let the panes share the window's height instead, down to a usable minimum.
    sides->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    sides->setMinimumHeight(fontMetrics().height() * 22);
    layout->addWidget(sides, 1);

    connect(actions_, &LabActionPanel::requested, this, [this](const LabRequest& r) { perform(r); });
    connect(recipes_, &LabRecipePanel::stepRequested, this,
            [this](const std::string& recipeId, int step, const LabRequest& request, const QString& dataText) {
                LabRequest r = request;
                actions_->showRequest(r, dataText);
                if (!r.data.empty()) {
                    const PayloadParse parsed = parseEscapes(r.data);
                    r.data = parsed.ok() ? parsed.bytes : r.data;
                }
                perform(r, recipeId, step);
            });
    connect(service_, &SocketLabService::callFinished, this, &SocketLabPage::onFinished);
    connect(service_, &SocketLabService::snapshot, this, &SocketLabPage::onSnapshot);
    connect(service_, &SocketLabService::protocolsRead, actions_, &LabActionPanel::setProtocolDatabase);
    service_->readProtocols();
    connect(service_, &SocketLabService::blockingStarted, this, [this](quint64, const LabRequest& r) {
        busy_->start(tr("%1 on %2 is waiting").arg(QString::fromStdString(labCallName(r.call)),
                                                  QString::fromStdString(r.target)));
        abandonButton_->setVisible(true);
    });
    connect(service_, &SocketLabService::blockingChanged, this, [this](bool blocking) {
        if (!blocking) {
            busy_->stop();
            abandonButton_->setVisible(false);
        }
    });
    connect(abandonButton_, &QPushButton::clicked, service_, &SocketLabService::abandon);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SocketLabPage::onSelectionChanged);
    connect(optionsButton_, &QPushButton::clicked, this, [this] {
        if (const LabSocketRow* row = model_->rowById(selected_); row && row->open)
            emit socketOptionsRequested(row->registryId);
    });
    connect(resetButton, &QPushButton::clicked, this, &SocketLabPage::resetLab);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, [this] {
        if (service_->isBlocking())
            service_->abandon();
    });
    onSelectionChanged();
    showResultDetail();
}

SocketLabPage::~SocketLabPage() = default;

QString SocketLabPage::title() const { return tr("Socket lab"); }

QString SocketLabPage::summary() const
{
    return tr("Every call on a socket descriptor, one click at a time: socket, bind, listen, accept, connect, "
              "send, recv, shutdown, close, dup, fcntl, fstat, lseek …");
}

QWidget* SocketLabPage::firstField() const { return actions_->firstField(); }

void SocketLabPage::restoreInputs(const QSettings& settings)
{
    actions_->restoreInputs(settings);
    recipes_->selectRecipe(settings.value(QStringLiteral("recipe"), QStringLiteral("tcp-server")).toString().toStdString());
}

void SocketLabPage::saveInputs(QSettings& settings) const
{
    actions_->saveInputs(settings);
    settings.setValue(QStringLiteral("recipe"), QString::fromStdString(recipes_->currentRecipe().id));
}

void SocketLabPage::showExample() { recipes_->selectRecipe("tcp-server"); }

void SocketLabPage::perform(const LabRequest& request, const std::string& recipeId, int step)
{
    const quint64 ticket = service_->perform(request);
    pending_[ticket] = Pending{recipeId, step};
}

void SocketLabPage::onFinished(quint64 ticket, const LabResult& result)
{
    const auto it = pending_.find(ticket);
    if (it == pending_.end())
        return; // from before "start over"
    const Pending p = it->second;
    pending_.erase(it);
    if (!p.recipeId.empty())
        recipes_->recordResult(p.recipeId, p.step, result);
    else if (recipes_->noticeCallMadeByHand(result))
        emit statusMessage(tr("That was the recipe's next step: it is marked done."));
    if (result.request.call == LabCall::Socket && !result.created.empty())
        selectWhenSeen_ = result.created;
    // A recipe's step selects the socket its next step acts on (after accept(): the new one).
    if (!p.recipeId.empty()) {
        const std::string next = recipes_->nextStepSocket();
        if (!next.empty())
            selectWhenSeen_ = next;
    }
    if (!selectWhenSeen_.empty() && selectSocket(selectWhenSeen_))
        selectWhenSeen_.clear();
    addResult(result);
    emit callFinished(result);
}

void SocketLabPage::addResult(const LabResult& r)
{
    auto* item = new QTreeWidgetItem;
    QString explanation = LabMessages::explanation(r);
    if (const QString echo = LabMessages::echoDetail(r); !echo.isEmpty()) {
        explanation += QLatin1Char('\n') + echo;
        if (!r.received.empty()) {
            constexpr std::size_t shown = 64; // the headers and a little payload
            const std::string head = r.received.substr(0, shown);
            explanation += QLatin1Char('\n')
                           + tr("The reply's first bytes (hex): %1%2")
                                 .arg(QString::fromStdString(formatHex(head)),
                                      r.received.size() > shown ? QStringLiteral(" \u2026") : QString());
        }
    } else if (!r.received.empty()) {
        explanation += QLatin1Char('\n')
                       + tr("Received: \"%1\" (hex %2)").arg(QString::fromStdString(formatEscapes(r.received)),
                                                             QString::fromStdString(formatHex(r.received)));
    } else if (!r.detail.empty() && r.note != LabNote::Stat && r.note != LabNote::FlagsRead
               && r.note != LabNote::LocalName && r.note != LabNote::PeerName && r.note != LabNote::FdFlagsRead
               && r.note != LabNote::OptionSet) {
        explanation += QLatin1Char(' ') + tr("(%1)").arg(QString::fromStdString(r.detail));
    }
    if (r.performed) {
        item->setText(StepColumn, QString::number(r.step));
        item->setText(CallColumn, QString::fromStdString(r.callText));
        item->setText(TimeColumn, BusyIndicator::durationText(r.durationUs));
    } else {
        item->setText(StepColumn, QStringLiteral("\u2014"));
        item->setText(CallColumn, QString::fromStdString(labCallName(r.request.call)) + QStringLiteral(" ")
                                      + QString::fromStdString(r.request.target));
    }
    item->setText(ResultColumn, LabMessages::outcome(r));
    // The row says the first sentence; the panel below and the tooltip say all of it.
    item->setText(ExplanationColumn, firstSentence(explanation));
    item->setData(ExplanationColumn, Qt::UserRole, explanation);
    item->setToolTip(ExplanationColumn, explanation);
    item->setToolTip(CallColumn, QString::fromStdString(r.callText));
    if (!r.performed || r.ret == -1) {
        item->setForeground(ResultColumn, errorTextColor(palette()));
    }
    results_->addTopLevelItem(item);
    while (results_->topLevelItemCount() > maxResults)
        delete results_->takeTopLevelItem(0);
    results_->scrollToItem(item);
    showResultDetail();
}

void SocketLabPage::showResultDetail()
{
    const QList<QTreeWidgetItem*> sel = results_->selectedItems();
    const QTreeWidgetItem* item = !sel.isEmpty() ? sel.front()
                                  : results_->topLevelItemCount() ? results_->topLevelItem(results_->topLevelItemCount() - 1)
                                                                  : nullptr;
    if (!item) {
        resultDetail_->setPlainText(tr("What the kernel did appears here after each call."));
        return;
    }
    resultDetail_->setPlainText(tr("Step %1, %2 = %3: %4")
                               .arg(item->text(StepColumn), item->text(CallColumn), item->text(ResultColumn),
                                    item->data(ExplanationColumn, Qt::UserRole).toString()));
}

void SocketLabPage::onSnapshot(const std::vector<LabSocketRow>& rows)
{
    model_->setRows(rows);
    recipes_->setRows(rows);
    const std::string want = !selectWhenSeen_.empty() && model_->indexOf(selectWhenSeen_) >= 0 ? selectWhenSeen_ : selected_;
    if (!selectWhenSeen_.empty() && model_->indexOf(selectWhenSeen_) >= 0)
        selectWhenSeen_.clear();
    const QModelIndexList current = table_->selectionModel()->selectedRows();
    const int row = model_->indexOf(want);
    if (row >= 0 && (current.isEmpty() || current.front().row() != row))
        selectSocket(want);
    else
        onSelectionChanged(); // the description may have changed (bound, connected, closed)
}

bool SocketLabPage::selectSocket(const std::string& id)
{
    const int row = model_->indexOf(id);
    if (row < 0)
        return false;
    table_->selectRow(row);
    return true;
}

void SocketLabPage::onSelectionChanged()
{
    const QModelIndexList sel = table_->selectionModel()->selectedRows();
    const LabSocketRow* row = sel.isEmpty() ? nullptr : &model_->rows()[static_cast<std::size_t>(sel.front().row())];
    if (!sel.isEmpty())
        selected_ = row->id;
    if (!row || !row->open) {
        actions_->setTarget({}, {});
        if (row)
            actions_->setTarget({}, {});
        optionsButton_->setEnabled(false);
        return;
    }
    QString description = tr("%1 (fd %2, %3)").arg(QString::fromStdString(row->id)).arg(row->fd)
                              .arg(QString::fromStdString(labKindShortName(row->domain, row->type, row->protocol)));
    if (!row->local.empty())
        description += QLatin1Char(' ') + QString::fromStdString(row->local);
    if (!row->peer.empty())
        description += QStringLiteral(" \u2192 ") + QString::fromStdString(row->peer);
    actions_->setTarget(row->id, description);
    optionsButton_->setEnabled(true);
}

QString SocketLabPage::exportedC() const { return QString::fromStdString(labSessionAsC(service_->steps())); }

void SocketLabPage::saveC()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the session as C"), QStringLiteral("socket-lab.c"),
                                                      tr("C source (*.c)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = QString::fromStdString(labSessionAsC(service_->steps(), path.toStdString())).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Saved the session as C to %1 (build: %2).")
                           .arg(path, QString::fromStdString(labBuildCommand(path.toStdString()))));
}

void SocketLabPage::saveJournal(bool json)
{
    std::set<std::uint64_t> seqs;
    for (const auto& s : service_->steps())
        seqs.insert(s.journalSeq);
    std::vector<JournalEntry> entries;
    for (auto& e : CallJournal::global().since(0).entries)
        if (seqs.count(e.seq))
            entries.push_back(std::move(e));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the lab's calls"), json ? QStringLiteral("socket-lab.json") : QStringLiteral("socket-lab.txt"),
        json ? tr("JSON (*.json)") : tr("C code with comments (*.txt)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = json ? QJsonDocument(journalToJson(entries)).toJson(QJsonDocument::Indented)
                                  : journalToText(entries).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Exported the lab's calls (%1) to %2.").arg(entries.size()).arg(path));
}

void SocketLabPage::resetLab()
{
    pending_.clear();
    service_->reset();
    results_->clear();
    showResultDetail();
    selected_.clear();
    selectWhenSeen_.clear();
    for (const auto& r : labRecipes()) {
        recipes_->selectRecipe(r.id);
        recipes_->restart();
    }
    recipes_->selectRecipe("tcp-server");
    busy_->stop();
    abandonButton_->setVisible(false);
}

} // namespace sockscope
