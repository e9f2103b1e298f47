#pragma once
// The server log as table rows (time, event): what each snapshot brought, appended in one batch;
// at most `capacity` rows, the oldest dropped first, so a busy server cannot grow the GUI's memory.
// Errors are tinted and marked with an icon; refusals, accept pauses and truncations get a warning icon.

#include "EchoEvents.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <deque>
#include <vector>

namespace sockscope {

class EchoLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, TextColumn, ColumnCount };
    static constexpr std::size_t defaultCapacity = 2000;
    static constexpr int KindRole = Qt::UserRole + 1; // EchoEvent::Kind as int; -1 for the page's own notes

    explicit EchoLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A snapshot's new events; `dropped` is how many the server discarded before this batch.
    void append(const std::vector<EchoEvent>& events, std::uint64_t dropped);
    // A line of the page's own (a start failure, an action sent), at the current time.
    void appendNote(const QString& text, bool isError);
    void clear();

    std::size_t capacity() const { return capacity_; }
    void setCapacity(std::size_t rows);
    // Lines removed to stay within capacity since the last clear().
    std::uint64_t trimmed() const { return trimmed_; }
    // The row's text (tests).
    QString text(int row) const;

private:
    struct Row {
        std::int64_t timeUs;
        QString text;
        int kind; // EchoEvent::Kind, or -1 (a note), -2 (an error note), -3 (a warning note)
        int err;
    };
    void appendRows(std::vector<Row>&& rows);
    bool isError(const Row& row) const;
    bool isWarning(const Row& row) const;

    std::deque<Row> rows_;
    std::size_t capacity_ = defaultCapacity;
    std::uint64_t trimmed_ = 0;
};

} // namespace sockscope
