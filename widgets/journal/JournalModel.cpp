#include "JournalModel.h"

#include "ErrnoInfo.h"
#include "JournalExport.h"
#include "PaletteColors.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

namespace sockscope {

JournalModel::JournalModel(CallJournal& journal, QObject* parent)
    : QAbstractTableModel(parent), journal_(journal)
{
    timer_.setInterval(drainIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &JournalModel::drain);
    timer_.start();
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const JournalEntry& JournalModel::entry(int row) const { return rows_.at(static_cast<std::size_t>(row)); }

std::vector<JournalEntry> JournalModel::entries() const { return {rows_.begin(), rows_.end()}; }

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const JournalEntry& e = entry(index.row());
    const bool failed = e.err != 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return QVariant::fromValue<qulonglong>(e.seq);
        case TimeColumn: return journalTimeOfDay(e);
        case ThreadColumn: return QString::fromStdString(e.thread);
        case FunctionColumn: return QString::fromStdString(e.function);
        case ArgsColumn: return QString::fromStdString(e.args);
        case ResultColumn: return QString::fromStdString(e.result);
        case ErrnoColumn: return failed ? QString::fromStdString(errnoSymbol(e.err)) : QString();
        case DurationColumn: return QVariant::fromValue<qlonglong>(e.durationUs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ErrnoColumn && failed)
            return QString::fromStdString(errnoDescription(e.err));
        if (index.column() == ArgsColumn || index.column() == ResultColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::BackgroundRole:
        if (failed)
            return errorBaseColor(QApplication::palette());
        break;
    case Qt::FontRole:
        if (index.column() == FunctionColumn || index.column() == ArgsColumn || index.column() == ResultColumn
            || index.column() == ErrnoColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SortRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue<qlonglong>(e.timeUs);
        return data(index, Qt::DisplayRole);
    case FilterRole:
        return QString(QString::fromStdString(e.function) + QLatin1Char(' ')
                       + (failed ? QString::fromStdString(errnoSymbol(e.err)) : QString()));
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeqColumn: return tr("#");
        case TimeColumn: return tr("Time");
        case ThreadColumn: return tr("Thread");
        case FunctionColumn: return tr("Function");
        case ArgsColumn: return tr("Arguments");
        case ResultColumn: return tr("Result");
        case ErrnoColumn: return tr("errno");
        case DurationColumn: return tr("µs");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeqColumn:
            return tr("The order in which the calls finished and reached the journal. Calls on different "
                      "threads overlap, so a call that started earlier (see Time) can come later.");
        case TimeColumn:
            return tr("When the call started (local time). Click the header to sort by it; the rows come "
                      "in the order the calls finished.");
        case ThreadColumn: return tr("The thread that made the call.");
        case FunctionColumn: return tr("The C library or system call.");
        case ArgsColumn: return tr("The arguments, as a C programmer would write them.");
        case ResultColumn: return tr("The value the call returned.");
        case ErrnoColumn: return tr("errno after a failed call; hover for its text.");
        case DurationColumn: return tr("How long the call took, in microseconds.");
        }
    }
    return {};
}

void JournalModel::drain()
{
    CallJournal::Batch batch = journal_.since(lastSeq_, drainBatch);
    lastSeq_ = batch.lastSeq;
    droppedByJournal_ += batch.dropped;
    if (batch.entries.empty())
        return;
    const std::size_t incoming = batch.entries.size();
    // Make room first, so the view never holds more than `capacity_` rows.
    if (rows_.size() + incoming > capacity_)
        trimTo(incoming >= capacity_ ? 0 : capacity_ - incoming);
    auto first = batch.entries.begin();
    if (incoming > capacity_) {
        droppedByModel_ += incoming - capacity_;
        first += static_cast<long>(incoming - capacity_);
    }
    const auto added = static_cast<int>(batch.entries.end() - first);
    const int start = rowCount();
    beginInsertRows({}, start, start + added - 1);
    rows_.insert(rows_.end(), std::make_move_iterator(first), std::make_move_iterator(batch.entries.end()));
    endInsertRows();
    emit drained(added);
}

void JournalModel::trimTo(std::size_t rows)
{
    if (rows_.size() <= rows)
        return;
    const auto excess = static_cast<int>(rows_.size() - rows);
    beginRemoveRows({}, 0, excess - 1);
    rows_.erase(rows_.begin(), rows_.begin() + excess);
    endRemoveRows();
    droppedByModel_ += static_cast<std::uint64_t>(excess);
}

void JournalModel::setCapacity(std::size_t rows)
{
    capacity_ = std::max<std::size_t>(rows, 1);
    trimTo(capacity_);
}

void JournalModel::clear()
{
    journal_.clear();
    beginResetModel();
    rows_.clear();
    endResetModel();
    lastSeq_ = journal_.lastSeq();
    droppedByJournal_ = 0;
    droppedByModel_ = 0;
    emit drained(0);
}

} // namespace sockscope
