#pragma once
// The call journal as table rows. A timer drains core's journal in batches (never one signal per
// entry), and the model keeps at most `capacity` rows, dropping the oldest, so a chatty session
// cannot grow the GUI's memory without bound.

#include "CallJournal.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

namespace sockscope {

class JournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, ThreadColumn, FunctionColumn, ArgsColumn, ResultColumn,
                  ErrnoColumn, DurationColumn, ColumnCount };
    // Column 0 answers this role with "function errno-symbol", for the filter.
    static constexpr int FilterRole = Qt::UserRole + 1;
    // What a click on a header sorts by: the start time in microseconds for Time, else the value shown.
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr std::size_t defaultCapacity = 5000;
    static constexpr int drainIntervalMs = 100;
    static constexpr std::size_t drainBatch = 2000;

    explicit JournalModel(CallJournal& journal, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const JournalEntry& entry(int row) const;
    std::vector<JournalEntry> entries() const;
    void setCapacity(std::size_t rows);
    std::size_t capacity() const { return capacity_; }

    // Entries lost so far: overwritten in core's ring before a drain, or dropped from this model.
    std::uint64_t droppedByJournal() const { return droppedByJournal_; }
    std::uint64_t droppedByModel() const { return droppedByModel_; }

public slots:
    // Takes the entries recorded since the last drain (at most drainBatch at a time).
    void drain();
    // Empties the model and core's journal.
    void clear();

signals:
    // Once per drain that brought something: the number of rows added.
    void drained(int added);

private:
    void trimTo(std::size_t rows);

    CallJournal& journal_;
    std::deque<JournalEntry> rows_;
    std::size_t capacity_ = defaultCapacity;
    std::uint64_t lastSeq_ = 0;
    std::uint64_t droppedByJournal_ = 0;
    std::uint64_t droppedByModel_ = 0;
    QTimer timer_;
};

} // namespace sockscope
