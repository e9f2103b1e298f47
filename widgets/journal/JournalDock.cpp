#include "JournalDock.h"

#include "JournalExport.h"
#include "JournalModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

JournalDock::JournalDock(JournalModel* model, QWidget* parent)
    : QDockWidget(tr("Call journal"), parent),
      model_(model),
      proxy_(new QSortFilterProxyModel(this)),
      filterEdit_(new QLineEdit),
      table_(new QTableView),
      detail_(new QPlainTextEdit),
      statusLabel_(new QLabel)
{
    setObjectName(QStringLiteral("journalDock")); // also the key of its place in saveState()
    setToolTip(tr("Every system or library call SockScope made for you, with its C code."));

    proxy_->setSourceModel(model_);
    proxy_->setFilterRole(JournalModel::FilterRole);
    proxy_->setSortRole(JournalModel::SortRole);
    proxy_->setFilterKeyColumn(0);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);

    auto* toolbar = new QHBoxLayout;
    filterEdit_->setObjectName(QStringLiteral("journalFilterEdit"));
    filterEdit_->setPlaceholderText(tr("Filter by function or errno, e.g. inet_pton or EAFNOSUPPORT"));
    filterEdit_->setToolTip(tr("Shows only the calls whose function name or errno symbol contains this text."));
    filterEdit_->setClearButtonEnabled(true);
    toolbar->addWidget(filterEdit_, 1);
    auto* copyButton = new QPushButton(tr("Copy C code"));
    copyButton->setObjectName(QStringLiteral("journalCopyButton"));
    copyButton->setToolTip(tr("Copy the C code of the selected calls to the clipboard."));
    auto* clearButton = new QPushButton(tr("Clear"));
    clearButton->setObjectName(QStringLiteral("journalClearButton"));
    clearButton->setToolTip(tr("Remove every call from the journal."));
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("journalExportButton"));
    exportButton->setToolTip(tr("Save the journal as C code with comments (.txt) or as JSON (.json)."));
    toolbar->addWidget(copyButton);
    toolbar->addWidget(clearButton);
    toolbar->addWidget(exportButton);
    layout->addLayout(toolbar);

    table_->setObjectName(QStringLiteral("journalTable"));
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(false); // the error tint must stay recognisable
    table_->verticalHeader()->hide();
    // Rows as high as one line of text, whatever the scale factor.
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() * 3 / 2);
    QHeaderView* header = table_->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const auto chars = [&fm](int n) { return fm.horizontalAdvance(QLatin1Char('0')) * n + fm.height(); };
    header->resizeSection(JournalModel::SeqColumn, chars(5));
    header->resizeSection(JournalModel::TimeColumn, chars(15));
    header->resizeSection(JournalModel::ThreadColumn, chars(10));
    header->resizeSection(JournalModel::FunctionColumn, chars(14));
    header->resizeSection(JournalModel::ArgsColumn, chars(30));
    header->resizeSection(JournalModel::ResultColumn, chars(12));
    header->resizeSection(JournalModel::ErrnoColumn, chars(13));
    header->setSectionResizeMode(JournalModel::ArgsColumn, QHeaderView::Stretch);
    header->resizeSection(JournalModel::DurationColumn, chars(5));
    // In the order the calls finished (#) unless the user clicks Time (when they started) or another header.
    header->setSortIndicator(JournalModel::SeqColumn, Qt::AscendingOrder);
    table_->setSortingEnabled(true);

    detail_->setObjectName(QStringLiteral("journalDetail"));
    detail_->setReadOnly(true);
    detail_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detail_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    detail_->setPlaceholderText(tr("Select calls to see their C code."));
    detail_->setToolTip(tr("The selected calls as C code."));

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(table_);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    statusLabel_->setObjectName(QStringLiteral("journalStatusLabel"));
    statusLabel_->setWordWrap(true);
    layout->addWidget(statusLabel_);
    setWidget(body);

    connect(filterEdit_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(filterEdit_, &QLineEdit::textChanged, this, &JournalDock::updateStatus);
    connect(copyButton, &QPushButton::clicked, this, &JournalDock::copySelectedCode);
    connect(clearButton, &QPushButton::clicked, model_, &JournalModel::clear);
    connect(exportButton, &QPushButton::clicked, this, &JournalDock::exportJournal);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalDock::updateDetail);
    connect(model_, &JournalModel::drained, this, &JournalDock::onDrained);
    connect(model_, &QAbstractItemModel::modelReset, this, &JournalDock::updateDetail);

    setTabOrder(filterEdit_, copyButton);
    setTabOrder(copyButton, clearButton);
    setTabOrder(clearButton, exportButton);
    setTabOrder(exportButton, table_);
    setTabOrder(table_, detail_);
    updateStatus();
}

QList<int> JournalDock::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        rows << proxy_->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void JournalDock::updateDetail()
{
    QString text;
    for (int row : selectedRows())
        text += journalEntryToText(model_->entry(row)) + QLatin1Char('\n');
    detail_->setPlainText(text.trimmed());
}

void JournalDock::copySelectedCode()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        emit statusMessage(tr("Select one or more calls in the journal first."));
        return;
    }
    QString text;
    for (int row : rows)
        text += journalEntryToText(model_->entry(row)) + QLatin1Char('\n');
    QApplication::clipboard()->setText(text);
    emit statusMessage(tr("Copied the C code of the selected calls (%1) to the clipboard.").arg(rows.size()));
}

void JournalDock::exportJournal()
{
    const QString textFilter = tr("C code with comments (*.txt)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString selectedFilter = textFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the call journal"),
                                                QStringLiteral("sockscope-journal.txt"),
                                                textFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                      || (selectedFilter == jsonFilter && !path.endsWith(QLatin1String(".txt")));
    if (json && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");

    const std::vector<JournalEntry> entries = model_->entries();
    const QByteArray bytes = json ? QJsonDocument(journalToJson(entries)).toJson(QJsonDocument::Indented)
                                  : journalToText(entries).toUtf8();
    // QSaveFile: a failed write leaves any earlier export intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Exported the journal (%1 calls) to %2.").arg(entries.size()).arg(path));
}

void JournalDock::onDrained(int added)
{
    // Follow new calls only when the user is already looking at the newest ones.
    QScrollBar* bar = table_->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 1;
    updateStatus();
    if (added > 0 && atBottom)
        table_->scrollToBottom();
}

void JournalDock::updateStatus()
{
    QString text = proxy_->rowCount() == model_->rowCount()
                       ? tr("Calls shown: %1.").arg(model_->rowCount())
                       : tr("Calls shown: %1 of %2.").arg(proxy_->rowCount()).arg(model_->rowCount());
    const std::uint64_t dropped = model_->droppedByJournal() + model_->droppedByModel();
    if (dropped > 0)
        text += QLatin1Char(' ')
                + tr("%1 older calls were dropped to bound memory (the table keeps the newest %2).")
                      .arg(dropped)
                      .arg(model_->capacity());
    statusLabel_->setText(text);
}

} // namespace sockscope
