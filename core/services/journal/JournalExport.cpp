#include "JournalExport.h"

#include "CLiteral.h"

#include "ErrnoInfo.h"

#include <QDateTime>

namespace sockscope {

namespace {

QDateTime entryTime(const JournalEntry& e)
{
    return QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC);
}

QString isoTime(const JournalEntry& e)
{
    // ISO 8601 with microseconds: Qt's formatter stops at milliseconds.
    return entryTime(e).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
           + QStringLiteral("%1Z").arg(e.timeUs % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QJsonObject journalEntryToJson(const JournalEntry& e)
{
    QJsonObject o{
        {QStringLiteral("seq"), static_cast<qint64>(e.seq)},
        {QStringLiteral("time"), isoTime(e)},
        {QStringLiteral("thread"), QString::fromStdString(e.thread)},
        {QStringLiteral("function"), QString::fromStdString(e.function)},
        {QStringLiteral("args"), QString::fromStdString(e.args)},
        {QStringLiteral("result"), QString::fromStdString(e.result)},
        {QStringLiteral("duration_us"), static_cast<qint64>(e.durationUs)},
        {QStringLiteral("code"), QString::fromStdString(e.code)},
    };
    if (e.err != 0) {
        o.insert(QStringLiteral("errno"), QString::fromStdString(errnoSymbol(e.err)));
        o.insert(QStringLiteral("errno_text"), QString::fromStdString(errnoText(e.err)));
    }
    return o;
}

QJsonArray journalToJson(const std::vector<JournalEntry>& entries)
{
    QJsonArray a;
    for (const auto& e : entries)
        a.append(journalEntryToJson(e));
    return a;
}

QString journalEntryToText(const JournalEntry& e)
{
    QString head = QStringLiteral("/* #%1 %2 [%3] %4(%5) = %6")
                       .arg(e.seq)
                       .arg(isoTime(e), QString::fromStdString(e.thread), QString::fromStdString(e.function),
                            QString::fromStdString(cCommentText(e.args)), QString::fromStdString(cCommentText(e.result)));
    if (e.err != 0)
        head += QStringLiteral(", errno %1").arg(QString::fromStdString(errnoDescription(e.err)));
    head += QStringLiteral(", %1 us */\n").arg(e.durationUs);
    return head + QString::fromStdString(e.code) + QLatin1Char('\n');
}

QString journalToText(const std::vector<JournalEntry>& entries)
{
    QString out;
    for (const auto& e : entries)
        out += journalEntryToText(e) + QLatin1Char('\n');
    return out;
}

QString journalTimeOfDay(const JournalEntry& e)
{
    return entryTime(e).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))
           + QStringLiteral("%1").arg(e.timeUs % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace sockscope
