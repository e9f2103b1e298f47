#include "DatabasePage.h"

#include "BusyIndicator.h"
#include "CopyButton.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sockscope {

DatabasePage::DatabasePage(LookupService& lookups, QWidget* parent) : Page(parent), lookups_(lookups) {}

void DatabasePage::addTableBox(QVBoxLayout* layout, const TableSpec& spec)
{
    spec_ = spec;
    auto* box = new QGroupBox(tr("The whole database: %1, %2 until NULL, %3")
                                  .arg(spec.setFunction + QStringLiteral("(stayopen)"), spec.getFunction + QStringLiteral("()"),
                                       spec.endFunction + QStringLiteral("()")));
    auto* boxLayout = new QVBoxLayout(box);

    auto* controls = new QHBoxLayout;
    filterEdit_ = new QLineEdit;
    filterEdit_->setObjectName(spec.idPrefix + QStringLiteral("FilterEdit"));
    filterEdit_->setPlaceholderText(tr("text in any column"));
    filterEdit_->setToolTip(tr("Shows only the rows that contain this text (any case) in any column. "
                               "Filtering happens here in the table; it calls nothing. Ctrl+F puts the cursor here."));
    filterEdit_->setClearButtonEnabled(true);
    filterEdit_->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    filterEdit_->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    auto* filterLabel = new QLabel(tr("F&ilter:"));
    filterLabel->setBuddy(filterEdit_);
    controls->addWidget(filterLabel);
    controls->addWidget(filterEdit_);

    stayOpenCheck_ = new QCheckBox(tr("&Stay open: %1(1)").arg(spec.setFunction));
    stayOpenCheck_->setObjectName(spec.idPrefix + QStringLiteral("StayOpenCheck"));
    stayOpenCheck_->setToolTip(tr("The int stayopen argument of %1: 0 (unchecked) or 1 (checked). The listing "
                                  "is made again with the new value.")
                                   .arg(spec.setFunction));
    controls->addWidget(stayOpenCheck_);
    controls->addStretch(1);

    reloadButton_ = new QPushButton(tr("&Reload"));
    reloadButton_->setObjectName(spec.idPrefix + QStringLiteral("ReloadButton"));
    reloadButton_->setToolTip(tr("Lists the database again: %1, %2 until it returns NULL, %3 (F5).")
                                  .arg(spec.setFunction, spec.getFunction, spec.endFunction));
    controls->addWidget(reloadButton_);

    copyRowsButton_ = new CopyButton([this] { return shownRowsText(); }, tr("the rows shown"));
    copyRowsButton_->setObjectName(spec.idPrefix + QStringLiteral("CopyRowsButton"));
    connect(copyRowsButton_, &CopyButton::copied, this, &Page::statusMessage);
    controls->addWidget(copyRowsButton_);
    boxLayout->addLayout(controls);

    busy_ = new BusyIndicator;
    busy_->setObjectName(spec.idPrefix + QStringLiteral("Busy"));
    boxLayout->addWidget(busy_);

    model_ = new QStandardItemModel(this);
    QStringList headers = spec.headers;
    headers.prepend(QStringLiteral("#"));
    model_->setHorizontalHeaderLabels(headers);
    model_->horizontalHeaderItem(0)->setToolTip(tr("The entry's place in the order %1 returned them.").arg(spec.getFunction));
    for (int i = 0; i < spec.headerTips.size() && i + 1 < headers.size(); ++i)
        model_->horizontalHeaderItem(i + 1)->setToolTip(spec.headerTips.at(i));
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setSortRole(Qt::UserRole); // numbers sort as numbers, text as text
    table_ = new QTableView;
    table_->setObjectName(spec.idPrefix + QStringLiteral("Table"));
    table_->setAccessibleName(tr("%1 entries").arg(title()));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder); // the database's own order
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionsMovable(false);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setToolTip(tr("Click a column heading to sort by it; sort by # for the database's own order."));
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    table_->setMinimumHeight(fontMetrics().height() * 12);
    boxLayout->addWidget(table_, 1);

    countLabel_ = new QLabel;
    countLabel_->setObjectName(spec.idPrefix + QStringLiteral("CountLabel"));
    countLabel_->setWordWrap(true);
    countLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(countLabel_);

    loadLabel_ = new QLabel(spec.stayOpenNote);
    loadLabel_->setObjectName(spec.idPrefix + QStringLiteral("StayOpenNote"));
    loadLabel_->setWordWrap(true);
    boxLayout->addWidget(loadLabel_);
    layout->addWidget(box, 1);

    connect(filterEdit_, &QLineEdit::textChanged, this, &DatabasePage::setFilterText);
    connect(stayOpenCheck_, &QCheckBox::toggled, this, &DatabasePage::reload);
    connect(reloadButton_, &QPushButton::clicked, this, &DatabasePage::reload);
    auto* reloadKey = new QShortcut(QKeySequence::Refresh, this, this, &DatabasePage::reload);
    reloadKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto* findKey = new QShortcut(QKeySequence::Find, this, this, [this] {
        filterEdit_->setFocus(Qt::ShortcutFocusReason);
        filterEdit_->selectAll();
    });
    findKey->setContext(Qt::WidgetWithChildrenShortcut);
    updateCount();
}

void DatabasePage::reload()
{
    if (listId_ != 0)
        lookups_.cancel(listId_); // a listing still running is superseded: its result is dropped
    const bool stayOpen = stayOpenCheck_->isChecked();
    listId_ = requestList(stayOpen);
    busy_->start(tr("%1(%2), %3…, %4 running on a worker thread")
                     .arg(spec_.setFunction)
                     .arg(stayOpen ? 1 : 0)
                     .arg(spec_.getFunction, spec_.endFunction));
    updateCount();
}

bool DatabasePage::takeList(quint64 id)
{
    if (id != listId_)
        return false;
    listId_ = 0;
    busy_->stop();
    return true;
}

void DatabasePage::setRows(QList<QList<QStandardItem*>> rows, qint64 durationUs)
{
    everLoaded_ = true;
    lastDurationUs_ = durationUs;
    model_->removeRows(0, model_->rowCount());
    int number = 1;
    for (QList<QStandardItem*>& row : rows) {
        row.prepend(numberItem(number++));
        model_->appendRow(row);
    }
    table_->resizeColumnsToContents();
    // A long alias list must not push the table wider than the page.
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < model_->columnCount(); ++c)
        table_->setColumnWidth(c, std::min(table_->columnWidth(c), widest));
    updateCount();
    emit loaded(model_->rowCount());
}

void DatabasePage::setFilterText(const QString& text)
{
    if (filterEdit_->text() != text)
        filterEdit_->setText(text); // comes back here through textChanged
    proxy_->setFilterFixedString(text);
    updateCount();
}

void DatabasePage::updateCount()
{
    if (!countLabel_)
        return;
    if (!everLoaded_) {
        countLabel_->setText(isLoading() ? tr("Loading…") : tr("Not loaded yet."));
        return;
    }
    const int total = model_->rowCount();
    const int shown = proxy_->rowCount();
    QString text = tr("%n entries", nullptr, total);
    if (shown != total)
        text += tr(", %n shown by the filter", nullptr, shown);
    text += tr(" · %1(%2), %3 × %4, %5 took %6")
                .arg(spec_.setFunction)
                .arg(stayOpenCheck_->isChecked() ? 1 : 0)
                .arg(spec_.getFunction)
                .arg(total + 1)
                .arg(spec_.endFunction, BusyIndicator::durationText(lastDurationUs_));
    countLabel_->setText(text);
}

QString DatabasePage::shownRowsText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < proxy_->columnCount(); ++c)
        header << proxy_->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < proxy_->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < proxy_->columnCount(); ++c)
            cells << proxy_->index(r, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return proxy_->rowCount() == 0 ? QString() : lines.join(QLatin1Char('\n'));
}

QStandardItem* DatabasePage::textItem(const QString& text, const QString& toolTip)
{
    auto* item = new QStandardItem(text);
    item->setData(text.toLower(), Qt::UserRole);
    item->setEditable(false);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

QStandardItem* DatabasePage::numberItem(qint64 value)
{
    auto* item = new QStandardItem(QString::number(value));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QString DatabasePage::joinList(const std::vector<std::string>& items)
{
    if (items.empty())
        return QStringLiteral("—");
    QStringList out;
    for (const std::string& s : items)
        out << QString::fromStdString(s);
    return out.join(QStringLiteral(", "));
}

void DatabasePage::showCall(QLabel* label, const std::string& function, qint64 durationUs) const
{
    label->setText(tr("%1 ran, taking %2").arg(QString::fromStdString(function), BusyIndicator::durationText(durationUs)));
}

void DatabasePage::chainTableTabOrder(QWidget* last)
{
    setTabOrder(last, filterEdit_);
    setTabOrder(filterEdit_, stayOpenCheck_);
    setTabOrder(stayOpenCheck_, reloadButton_);
    setTabOrder(reloadButton_, copyRowsButton_);
    setTabOrder(copyRowsButton_, table_);
}

void DatabasePage::restoreTableInputs(const QSettings& settings)
{
    stayOpenCheck_->blockSignals(true);
    stayOpenCheck_->setChecked(settings.value(QStringLiteral("stayOpen"), false).toBool());
    stayOpenCheck_->blockSignals(false);
    setFilterText(settings.value(QStringLiteral("filter")).toString());
}

void DatabasePage::saveTableInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("stayOpen"), stayOpenCheck_->isChecked());
    settings.setValue(QStringLiteral("filter"), filterEdit_->text());
}

void DatabasePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!everLoaded_ && !isLoading())
        reload();
}

} // namespace sockscope
