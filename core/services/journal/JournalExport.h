#pragma once
// The journal as text or JSON, for the export button, the clipboard and the CLI.

#include "CallJournal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace sockscope {

// Keys: seq, time (ISO 8601, UTC), thread, function, args, result, errno, errno_text,
// duration_us, code. errno and errno_text are omitted when the call succeeded.
QJsonObject journalEntryToJson(const JournalEntry& e);
QJsonArray journalToJson(const std::vector<JournalEntry>& entries);

// One block per entry: a comment line with time, thread, result, errno and duration, then the C code.
QString journalEntryToText(const JournalEntry& e);
QString journalToText(const std::vector<JournalEntry>& entries);

// "14:03:07.123456" in local time, for tables.
QString journalTimeOfDay(const JournalEntry& e);

} // namespace sockscope
