#pragma once
// What every sockscope-cli command shares: option parsing that maps usage errors to exit status 2,
// printing text and JSON, error objects, and the --journal flag.
// Conventions: shared/CLI.md. The CLI's output is never translated: plain strings, no tr().

#include "NumberParser.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include <signal.h>

namespace sockscope::cli {

// Exit status, the same for every command.
enum Exit : int {
    ExitSuccess = 0, // every input valid, the operation succeeded
    ExitFailure = 1, // an input was invalid or the operation failed
    ExitUsage = 2,   // unknown option, missing or extra argument, bad option value
};

// "sockscope-cli"
QString programName();
// "sockscope-cli 0.1.0"
QString versionText();

// Text to stdout or stderr, UTF-8, flushed at once (so stdout and stderr lines stay in order).
void printOut(const QString& text);
void printErr(const QString& text);
// One JSON document on stdout, indented, with a final newline.
void printJson(const QJsonArray& array);
void printJson(const QJsonObject& object);

// {"error": message, "code": code}; callers add "input" where the command is about several inputs.
QJsonObject errorObject(const QString& message, const QString& code);

// The input as a user can read it in a message or a table: control characters shown as \n, \t,
// \r or \xNN, so "1.2.3.4\n" does not break a line.
QString displayText(const QString& input);

// Rows as columns separated by two spaces; the last column is not padded, and no line ends in spaces.
QString formatTable(const QList<QStringList>& rows);

// The errno symbol for a number the user typed that parseUnsigned rejected: ERANGE when it is
// too large, EINVAL otherwise (empty, negative, not a digit).
QString numberErrorCode(const ParsedNumber& n);

// SIGINT and SIGTERM: what stops a long-running command (serve, wire) gracefully. They are blocked
// and taken with sigtimedwait, so the command ends its output properly.
sigset_t stopSignals();

// Set by --journal (before the command or among its options): main prints the calls the command
// made on stderr when it is done.
bool& journalRequested();

// The option parser of one command. Use it like this:
//   CommandLine cl(QStringLiteral("addr"), description, syntax);
//   cl.addJsonOption(); cl.addOption(...); cl.addPositional(...);
//   if (auto exit = cl.parse(arguments)) return *exit;
class CommandLine {
public:
    // `command` is the command's name, `description` one paragraph for --help, `syntax` what follows
    // "sockscope-cli COMMAND" in the usage line ("[--json] TEXT...").
    CommandLine(const QString& command, const QString& description, const QString& syntax);

    void addOption(const QCommandLineOption& option);
    void addJsonOption();
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    // Arguments such as -1 are values, not options (there is no option named by a digit), so that
    // "order -1" reports a negative value instead of an unknown option.
    void setNegativeNumbersArePositional(bool on) { negativeNumbers_ = on; }

    // Parses the arguments that follow the command name. Returns the exit status when the command
    // must stop here: --help or --version printed (0), or a usage error printed on stderr (2).
    // Returns nothing when the command goes on.
    std::optional<int> parse(const QStringList& arguments);

    bool isSet(const QCommandLineOption& option) const;
    QString value(const QCommandLineOption& option) const;
    // Every value of a repeatable option, in the order given.
    QStringList values(const QCommandLineOption& option) const;
    QStringList positional() const;
    bool json() const;

    // Prints "sockscope-cli COMMAND: message", the usage line and a pointer to --help on stderr;
    // returns ExitUsage.
    int usageError(const QString& message) const;
    // "sockscope-cli addr: message" on stderr, for a failed input or operation.
    void diagnostic(const QString& message) const;
    // "sockscope-cli addr"
    QString fullName() const;
    QString helpText() const;

private:
    QString restore(const QString& s) const;

    QString command_;
    QString description_;
    QString syntax_;
    QCommandLineParser parser_;
    QCommandLineOption help_;
    QCommandLineOption version_;
    QCommandLineOption journal_;
    std::optional<QCommandLineOption> json_;
    bool negativeNumbers_ = false;
    QStringList hidden_; // the negative numbers replaced by placeholders during parsing
};

} // namespace sockscope::cli
