#include "EchoLogModel.h"

#include "EchoMessages.h"
#include "ErrnoInfo.h"
#include "PaletteColors.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QStyle>

#include <algorithm>
#include <chrono>

namespace sockscope {

namespace {

constexpr int noteKind = -1;
constexpr int errorNoteKind = -2;
constexpr int warningNoteKind = -3;

std::int64_t wallClockUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

EchoLogModel::EchoLogModel(QObject* parent) : QAbstractTableModel(parent) {}

int EchoLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int EchoLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool EchoLogModel::isError(const Row& row) const
{
    return row.kind == errorNoteKind || row.kind == static_cast<int>(EchoEvent::Kind::Error);
}

bool EchoLogModel::isWarning(const Row& row) const
{
    return row.kind == warningNoteKind || row.kind == static_cast<int>(EchoEvent::Kind::Refused)
           || row.kind == static_cast<int>(EchoEvent::Kind::AcceptPaused)
           || row.kind == static_cast<int>(EchoEvent::Kind::Truncated);
}

QString EchoLogModel::text(int row) const { return rows_.at(static_cast<std::size_t>(row)).text; }

QVariant EchoLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(row.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
        return row.text;
    case KindRole:
        return row.kind;
    case Qt::DecorationRole:
        if (index.column() != TextColumn)
            return {};
        if (isError(row))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (isWarning(row))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        if (isError(row))
            return QBrush(errorBaseColor(QApplication::palette()));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (isError(row))
            return tr("Error");
        if (isWarning(row))
            return tr("Warning");
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && row.err != 0)
            return tr("errno %1: %2").arg(row.err).arg(QString::fromStdString(errnoDescription(row.err)));
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(row.timeUs / 1000).toString(Qt::ISODateWithMs);
        return {};
    }
    return {};
}

QVariant EchoLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == TimeColumn ? tr("Time") : tr("Event");
    if (role == Qt::ToolTipRole)
        return section == TimeColumn ? tr("When the server logged the event (this computer's clock).")
                                     : tr("What happened: connections, disconnections and why, refusals, "
                                          "accept pauses and errors. Single messages are counted, not logged.");
    return {};
}

void EchoLogModel::append(const std::vector<EchoEvent>& events, std::uint64_t dropped)
{
    std::vector<Row> rows;
    rows.reserve(events.size() + 1);
    if (dropped > 0)
        rows.push_back({events.empty() ? wallClockUs() : events.front().timeUs,
                        tr("%n earlier event(s) were dropped: the server logged them faster than the page "
                           "collects them (4 times a second).",
                           nullptr, static_cast<int>(std::min<std::uint64_t>(dropped, 1u << 30))),
                        warningNoteKind, 0});
    for (const EchoEvent& e : events)
        rows.push_back({e.timeUs, EchoMessages::text(e), static_cast<int>(e.kind), e.err});
    appendRows(std::move(rows));
}

void EchoLogModel::appendNote(const QString& text, bool error)
{
    std::vector<Row> rows;
    rows.push_back({wallClockUs(), text, error ? errorNoteKind : noteKind, 0});
    appendRows(std::move(rows));
}

void EchoLogModel::appendRows(std::vector<Row>&& rows)
{
    if (rows.empty())
        return;
    // A batch larger than the log keeps only its newest lines.
    if (rows.size() > capacity_) {
        trimmed_ += rows.size() - capacity_;
        rows.erase(rows.begin(), rows.end() - static_cast<std::ptrdiff_t>(capacity_));
    }
    const std::size_t excess = rows_.size() + rows.size() > capacity_ ? rows_.size() + rows.size() - capacity_ : 0;
    if (excess > 0) {
        beginRemoveRows({}, 0, static_cast<int>(excess) - 1);
        rows_.erase(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(excess));
        endRemoveRows();
        trimmed_ += excess;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (Row& r : rows)
        rows_.push_back(std::move(r));
    endInsertRows();
}

void EchoLogModel::setCapacity(std::size_t rows)
{
    capacity_ = std::max<std::size_t>(1, rows);
    if (rows_.size() > capacity_) {
        const std::size_t excess = rows_.size() - capacity_;
        beginRemoveRows({}, 0, static_cast<int>(excess) - 1);
        rows_.erase(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(excess));
        endRemoveRows();
        trimmed_ += excess;
    }
}

void EchoLogModel::clear()
{
    beginResetModel();
    rows_.clear();
    trimmed_ = 0;
    endResetModel();
}

} // namespace sockscope
