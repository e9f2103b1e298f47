#include "MessageLibrary.h"

#include "ClientSession.h"
#include "PayloadMessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace sockscope {

namespace {

const QLatin1String formatTag("sockscope-messages");

// A JSON parse error's character offset as a line and column, counted in the file's bytes.
QString whereInFile(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return MessageLibrary::tr("line %1, column %2 (offset %3)").arg(line).arg(column).arg(offset);
}

std::optional<MessageSyntax> syntaxFrom(const QString& s)
{
    if (s == QLatin1String("text"))
        return MessageSyntax::Text;
    if (s == QLatin1String("escapes"))
        return MessageSyntax::Escapes;
    if (s == QLatin1String("hex"))
        return MessageSyntax::Hex;
    return std::nullopt;
}

std::optional<LineEnding> lineEndingFrom(const QString& s)
{
    if (s.isEmpty() || s == QLatin1String("none"))
        return LineEnding::None;
    if (s == QLatin1String("lf"))
        return LineEnding::LF;
    if (s == QLatin1String("crlf"))
        return LineEnding::CRLF;
    return std::nullopt;
}

} // namespace

MessageLibrary::MessageLibrary(QObject* parent) : QObject(parent) {}

QString MessageLibrary::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("messages.json"));
}

QString MessageLibrary::syntaxName(MessageSyntax s)
{
    switch (s) {
    case MessageSyntax::Escapes: return QStringLiteral("escapes");
    case MessageSyntax::Hex: return QStringLiteral("hex");
    default: return QStringLiteral("text");
    }
}

QString MessageLibrary::lineEndingName(LineEnding e)
{
    switch (e) {
    case LineEnding::LF: return QStringLiteral("lf");
    case LineEnding::CRLF: return QStringLiteral("crlf");
    default: return QStringLiteral("none");
    }
}

QString MessageLibrary::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("Name: give the message a name (1 to %1 characters).").arg(maxNameLength);
    if (name.size() > maxNameLength)
        return tr("Name: %1 characters is too long; at most %2 are allowed.").arg(name.size()).arg(maxNameLength);
    return {};
}

std::optional<std::string> MessageLibrary::bytesOf(const SavedMessage& m, QString* error)
{
    if (m.syntax == MessageSyntax::Text)
        return encodeText(m.text.toStdString(), m.lineEnding);
    const std::string utf8 = m.text.toStdString();
    const PayloadParse p = m.syntax == MessageSyntax::Hex ? parseHex(utf8) : parseEscapes(utf8);
    if (!p.ok()) {
        if (error)
            *error = (m.syntax == MessageSyntax::Hex ? tr("Hex: %1") : tr("C escapes: %1"))
                         .arg(PayloadMessages::error(m.text, p));
        return std::nullopt;
    }
    return p.bytes;
}

bool MessageLibrary::flagsOf(const QStringList& names, int& flags, QString* error)
{
    flags = 0;
    for (const QString& n : names) {
        bool found = false;
        for (const FlagName& f : sendFlagTable()) {
            if (n == QLatin1String(f.name)) {
                flags |= f.value;
                found = true;
                break;
            }
        }
        if (!found) {
            if (error) {
                QStringList known;
                for (const FlagName& f : sendFlagTable())
                    known << QString::fromLatin1(f.name);
                *error = tr("Flags: “%1” is not a send() flag here; allowed: %2.").arg(n, known.join(QStringLiteral(", ")));
            }
            return false;
        }
    }
    return true;
}

QStringList MessageLibrary::availableFlags()
{
    QStringList names;
    for (const FlagName& f : sendFlagTable())
        names << QString::fromLatin1(f.name);
    return names;
}

QStringList MessageLibrary::flagNames(int flags)
{
    QStringList names;
    for (const FlagName& f : sendFlagTable())
        if (flags & f.value)
            names << QString::fromLatin1(f.name);
    return names;
}

QString MessageLibrary::problem(const SavedMessage& m, int self) const
{
    if (const QString p = nameProblem(m.name); !p.isEmpty())
        return p;
    if (self != -2) {
        const int other = indexOf(m.name);
        if (other >= 0 && other != self)
            return tr("Name: a message named “%1” is already in the library; choose another name.").arg(m.name);
    }
    QString why;
    if (!bytesOf(m, &why))
        return why;
    int flags = 0;
    if (!flagsOf(m.flags, flags, &why))
        return why;
    return {};
}

int MessageLibrary::indexOf(const QString& name) const
{
    for (int i = 0; i < messages_.size(); ++i)
        if (messages_.at(i).name == name)
            return i;
    return -1;
}

QString MessageLibrary::uniqueName(const QString& name) const
{
    if (indexOf(name) < 0)
        return name;
    // "ping (2)" again becomes "ping (3)", not "ping (2) (2)".
    QString base = name;
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\((\\d+)\\)$"));
    if (const QRegularExpressionMatch match = numbered.match(name); match.hasMatch())
        base = match.captured(1);
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        const QString candidate = base.left(maxNameLength - suffix.size()) + suffix;
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

bool MessageLibrary::add(const SavedMessage& m, QString* error) { return insert(messages_.size(), m, error); }

bool MessageLibrary::insert(int at, const SavedMessage& m, QString* error)
{
    const QString why = problem(m, -1);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    messages_.insert(std::clamp(at, 0, int(messages_.size())), m);
    changedNow();
    return true;
}

bool MessageLibrary::replace(int i, const SavedMessage& m, QString* error)
{
    if (i < 0 || i >= messages_.size())
        return false;
    const QString why = problem(m, i);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    messages_[i] = m;
    changedNow();
    return true;
}

void MessageLibrary::remove(int i)
{
    if (i < 0 || i >= messages_.size())
        return;
    messages_.removeAt(i);
    changedNow();
}

void MessageLibrary::move(int from, int to)
{
    if (from < 0 || from >= messages_.size() || to < 0 || to >= messages_.size() || from == to)
        return;
    messages_.move(from, to);
    changedNow();
}

void MessageLibrary::changedNow()
{
    if (!path_.isEmpty()) {
        QString why;
        saveError_ = save(&why) ? QString() : why;
    }
    emit changed();
}

QByteArray MessageLibrary::toJson(const QList<SavedMessage>& messages)
{
    QJsonArray list;
    for (const SavedMessage& m : messages) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), m.name);
        o.insert(QStringLiteral("syntax"), syntaxName(m.syntax));
        o.insert(QStringLiteral("text"), m.text);
        if (m.syntax == MessageSyntax::Text)
            o.insert(QStringLiteral("lineEnding"), lineEndingName(m.lineEnding));
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(m.flags));
        if (!m.note.isEmpty())
            o.insert(QStringLiteral("note"), m.note);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatTag);
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("messages"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

MessageFileRead MessageLibrary::fromJson(const QByteArray& json, const QString& fileName)
{
    MessageFileRead out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        out.error = tr("%1 is not valid JSON: %2 at %3.").arg(fileName, pe.errorString(), whereInFile(json, pe.offset));
        return out;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != formatTag
        || !root.value(QStringLiteral("messages")).isArray()) {
        out.error = tr("%1 is not a SockScope message library: it needs an object with \"format\": \"%2\" and a "
                       "\"messages\" list.")
                        .arg(fileName, formatTag);
        return out;
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > formatVersion) {
        out.error = tr("%1 has format version %2; this SockScope reads version %3.")
                        .arg(fileName, root.value(QStringLiteral("version")).toVariant().toString())
                        .arg(formatVersion);
        return out;
    }
    const QJsonArray list = root.value(QStringLiteral("messages")).toArray();
    out.messages.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const auto skip = [&](const QString& why) {
            out.skipped << tr("entry %1 (“%2”): %3").arg(i + 1).arg(name, why);
        };
        if (!list.at(i).isObject()) {
            skip(tr("not an object"));
            continue;
        }
        SavedMessage m;
        m.name = name;
        const auto syntax = syntaxFrom(o.value(QStringLiteral("syntax")).toString(QStringLiteral("text")));
        if (!syntax) {
            skip(tr("syntax “%1” is not text, escapes or hex").arg(o.value(QStringLiteral("syntax")).toString()));
            continue;
        }
        m.syntax = *syntax;
        if (!o.value(QStringLiteral("text")).isString()) {
            skip(tr("no \"text\""));
            continue;
        }
        m.text = o.value(QStringLiteral("text")).toString();
        const auto ending = lineEndingFrom(o.value(QStringLiteral("lineEnding")).toString());
        if (!ending) {
            skip(tr("line ending “%1” is not none, lf or crlf").arg(o.value(QStringLiteral("lineEnding")).toString()));
            continue;
        }
        m.lineEnding = *ending;
        for (const QJsonValue& f : o.value(QStringLiteral("flags")).toArray())
            m.flags << f.toString();
        m.note = o.value(QStringLiteral("note")).toString();
        QString why = nameProblem(m.name);
        int flags = 0;
        if (why.isEmpty() && bytesOf(m, &why))
            flagsOf(m.flags, flags, &why);
        if (!why.isEmpty()) {
            skip(why);
            continue;
        }
        out.messages.push_back(std::move(m));
    }
    out.ok = true;
    return out;
}

MessageFileRead MessageLibrary::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        MessageFileRead out;
        out.error = tr("Cannot read %1: %2.").arg(path, f.errorString());
        return out;
    }
    return fromJson(f.readAll(), path);
}

bool MessageLibrary::writeFile(const QString& path, const QList<SavedMessage>& messages, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson(messages)) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, f.errorString());
        return false;
    }
    return true;
}

MessageFileRead MessageLibrary::load()
{
    const MessageFileRead r = loadNow();
    QStringList report;
    if (!r.ok)
        report << r.error;
    if (!r.skipped.isEmpty())
        report << tr("%1: %n entry(s) left out:", nullptr, int(r.skipped.size())).arg(path_) << r.skipped;
    loadReport_ = report.join(QLatin1Char('\n'));
    emit changed();
    return r;
}

MessageFileRead MessageLibrary::loadNow()
{
    messages_.clear();
    saveError_.clear();
    if (path_.isEmpty() || !QFileInfo::exists(path_)) {
        MessageFileRead none;
        none.ok = true;
        return none;
    }
    MessageFileRead r = readFile(path_);
    if (!r.ok) {
        // Kept aside before anything could overwrite it: the first free of .bak, .bak2, .bak3…
        QString bak = path_ + QStringLiteral(".bak");
        for (int n = 2; QFileInfo::exists(bak); ++n)
            bak = path_ + QStringLiteral(".bak%1").arg(n);
        if (QFile::copy(path_, bak))
            r.error += QLatin1Char(' ')
                       + tr("It was copied to %1; the library starts empty and is written anew when you change it.")
                             .arg(bak);
        else
            r.error += QLatin1Char(' ') + tr("It could not be copied aside, so it is left as it is and changes are "
                                             "not saved until it is moved away.");
        if (!QFileInfo::exists(bak))
            path_.clear(); // never overwrite the only copy
        return r;
    }
    // Names must be unique in the library: a repeated one is renamed as on import.
    QSet<QString> names;
    messages_.reserve(r.messages.size());
    for (SavedMessage& m : r.messages) {
        if (names.contains(m.name)) // rare: the set keeps 10,000 messages from costing 10,000² compares
            m.name = uniqueName(m.name);
        names.insert(m.name);
        messages_.push_back(m);
    }
    return r;
}

bool MessageLibrary::save(QString* error)
{
    if (path_.isEmpty()) {
        if (error)
            *error = tr("The library has no file to be saved to.");
        return false;
    }
    return writeFile(path_, messages_, error);
}

MessageImport MessageLibrary::importFile(const QString& path)
{
    MessageImport out;
    const MessageFileRead r = readFile(path);
    if (!r.ok) {
        out.error = r.error;
        return out;
    }
    out.skipped = r.skipped;
    for (SavedMessage m : r.messages) {
        const QString name = uniqueName(m.name);
        if (name != m.name)
            out.renamed << tr("%1 → %2").arg(m.name, name);
        m.name = name;
        messages_.push_back(m);
        ++out.added;
    }
    out.ok = true;
    if (out.added > 0)
        changedNow();
    return out;
}

bool MessageLibrary::exportFile(const QString& path, const QList<int>& rows, QString* error) const
{
    QList<SavedMessage> chosen;
    if (rows.isEmpty()) {
        chosen = messages_;
    } else {
        for (int r : rows)
            if (r >= 0 && r < messages_.size())
                chosen << messages_.at(r);
    }
    return writeFile(path, chosen, error);
}

} // namespace sockscope
