#pragma once
// Named messages both consoles can send again: as typed (text, C escapes or hex), with a line ending
// and send() flags. Kept as JSON (messages.json in the app's data folder) through QSaveFile, so a
// crash mid-write never leaves half a file; imported from and exported to other files. A file that
// cannot be read is never overwritten: it is copied aside (.bak) and the error names it.

#include "PayloadCodec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace sockscope {

enum class MessageSyntax { Text, Escapes, Hex };

struct SavedMessage {
    QString name;
    MessageSyntax syntax = MessageSyntax::Text;
    QString text;                         // as typed
    LineEnding lineEnding = LineEnding::None; // text only
    QStringList flags;                    // "MSG_OOB", "MSG_DONTWAIT"…
    QString note;
    bool operator==(const SavedMessage&) const = default;
};

// What reading a library file gave: the messages, the entries left out and why, or what is wrong.
struct MessageFileRead {
    bool ok = false;
    QString error;            // the file cannot be used at all: names the file and the fault
    QList<SavedMessage> messages;
    QStringList skipped;      // "entry 3 (“ping”): hex: …" — left out, the rest kept
};

struct MessageImport {
    bool ok = false;
    QString error;
    int added = 0;
    QStringList renamed;      // "ping → ping (2)"
    QStringList skipped;
};

class MessageLibrary : public QObject {
    Q_OBJECT
public:
    static constexpr int formatVersion = 1;
    static constexpr int maxNameLength = 80;

    explicit MessageLibrary(QObject* parent = nullptr);

    // Where the library lives unless told otherwise: <AppDataLocation>/messages.json.
    static QString defaultPath();
    // The file changes are saved to (empty: kept in memory only, as tests do).
    void setFilePath(const QString& path) { path_ = path; }
    QString filePath() const { return path_; }
    // Reads filePath(). A file that is not there is an empty library. One that cannot be read
    // leaves the library empty, is copied to a .bak beside it, and the returned text says so.
    MessageFileRead load();
    // Writes filePath() now; false with `error` when it could not. Changes save by themselves.
    bool save(QString* error = nullptr);
    // The last failed automatic save (empty when the last save went fine).
    QString saveError() const { return saveError_; }
    // What the last load() found wrong (the file refused, entries left out), for the panels to show.
    QString loadReport() const { return loadReport_; }

    int count() const { return messages_.size(); }
    const SavedMessage& at(int i) const { return messages_.at(i); }
    const QList<SavedMessage>& messages() const { return messages_; }
    int indexOf(const QString& name) const;
    // `name`, or "name (2)", "name (3)"… : the first no message has yet.
    QString uniqueName(const QString& name) const;

    // Each false with `error` (a plain reason) when the message is not valid; nothing changes then.
    bool add(const SavedMessage& m, QString* error = nullptr);
    bool insert(int at, const SavedMessage& m, QString* error = nullptr);
    bool replace(int i, const SavedMessage& m, QString* error = nullptr);
    void remove(int i);
    void move(int from, int to);

    // Merges a file's messages into this library; a name already taken becomes "name (2)".
    MessageImport importFile(const QString& path);
    // Writes the messages at `rows` (all when empty) to `path`.
    bool exportFile(const QString& path, const QList<int>& rows, QString* error = nullptr) const;

    // The plain reason a message cannot be kept or sent, or empty when it is fine; `others`
    // are checked for a name already taken (pass -1 as `self` for a new message).
    QString problem(const SavedMessage& m, int self = -2) const;
    static QString nameProblem(const QString& name);
    // The bytes a message stands for, or nothing with `error` (the position and what is wrong).
    static std::optional<std::string> bytesOf(const SavedMessage& m, QString* error = nullptr);
    // The MSG_* names as send()'s flags; false with `error` for a name this platform lacks.
    static bool flagsOf(const QStringList& names, int& flags, QString* error = nullptr);
    static QStringList flagNames(int flags);
    // Every MSG_* name flagsOf() knows on this platform, in the consoles' order.
    static QStringList availableFlags();

    // The JSON form, and reading it back (used by load, import and tests).
    static QByteArray toJson(const QList<SavedMessage>& messages);
    static MessageFileRead fromJson(const QByteArray& json, const QString& fileName);
    static MessageFileRead readFile(const QString& path);
    static bool writeFile(const QString& path, const QList<SavedMessage>& messages, QString* error);

    static QString syntaxName(MessageSyntax s);
    static QString lineEndingName(LineEnding e);

signals:
    void changed();

private:
    void changedNow();
    MessageFileRead loadNow();

    QList<SavedMessage> messages_;
    QString path_;
    QString saveError_;
    QString loadReport_;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::SavedMessage)
