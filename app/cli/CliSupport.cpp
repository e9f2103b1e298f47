#include "CliSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace sockscope::cli {

sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

QString programName()
{
    return QStringLiteral("sockscope-cli");
}

QString versionText()
{
    return programName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
}

namespace {

void write(std::FILE* stream, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString& text)
{
    write(stdout, text);
}
void printErr(const QString& text)
{
    write(stderr, text);
}

void printJson(const QJsonArray& array)
{
    printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void printJson(const QJsonObject& object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

QJsonObject errorObject(const QString& message, const QString& code)
{
    return QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("code"), code}};
}

QString displayText(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(static_cast<unsigned>(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString formatTable(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row[i].leftJustified(widths[i]) + QStringLiteral("  ");
            else
                line += row[i];
        }
        // An empty last column (no aliases) leaves no padding behind.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString numberErrorCode(const ParsedNumber& n)
{
    return n.error == ParsedNumber::Error::TooLarge ? QStringLiteral("ERANGE") : QStringLiteral("EINVAL");
}

bool& journalRequested()
{
    static bool requested = false;
    return requested;
}

CommandLine::CommandLine(const QString& command, const QString& description, const QString& syntax)
    : command_(command), description_(description), syntax_(syntax),
      help_(QStringList{QStringLiteral("h"), QStringLiteral("help")},
            QStringLiteral("Show this help and exit.")),
      version_(QStringLiteral("version"), QStringLiteral("Show the version and exit.")),
      journal_(QStringLiteral("journal"),
               QStringLiteral("After the command, print the calls it made (the call journal) on stderr."))
{
    parser_.setApplicationDescription(description_);
    parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser_.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser_.addOption(help_);
    parser_.addOption(version_);
    parser_.addOption(journal_);
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    parser_.addOption(option);
}

void CommandLine::addJsonOption()
{
    json_.emplace(QStringLiteral("json"),
                  QStringLiteral("Print one JSON document on stdout instead of text."));
    parser_.addOption(*json_);
}

void CommandLine::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    parser_.addPositionalArgument(name, description, syntax);
}

QString CommandLine::fullName() const
{
    return programName() + QLatin1Char(' ') + command_;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser starts with "Usage: <path of the executable> ..." and knows nothing of
    // commands: replace that line with one that names the command.
    QString text = parser_.helpText();
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    text = nl >= 0 ? text.mid(nl + 1) : QString();
    return QStringLiteral("Usage: ") + fullName() + QLatin1Char(' ') + syntax_ + QLatin1Char('\n') + text;
}

std::optional<int> CommandLine::parse(const QStringList& arguments)
{
    QStringList args{fullName()};
    hidden_.clear();
    bool afterDashDash = false;
    for (const QString& a : arguments) {
        if (a == QStringLiteral("--"))
            afterDashDash = true;
        if (negativeNumbers_ && !afterDashDash && a.size() >= 2 && a[0] == QLatin1Char('-') &&
            a[1].isDigit()) {
            args.append(QStringLiteral("\x01sockscope-cli-value-%1\x01").arg(hidden_.size()));
            hidden_.append(a);
        } else {
            args.append(a);
        }
    }
    if (!parser_.parse(args))
        return usageError(parser_.errorText());
    if (parser_.isSet(help_)) {
        printOut(helpText());
        return ExitSuccess;
    }
    if (parser_.isSet(version_)) {
        printOut(versionText() + QLatin1Char('\n'));
        return ExitSuccess;
    }
    if (parser_.isSet(journal_))
        journalRequested() = true;
    return std::nullopt;
}

QString CommandLine::restore(const QString& s) const
{
    static const QString prefix = QStringLiteral("\x01sockscope-cli-value-");
    if (!s.startsWith(prefix) || !s.endsWith(QLatin1Char('\x01')))
        return s;
    bool ok = false;
    const qsizetype i = s.mid(prefix.size(), s.size() - prefix.size() - 1).toLongLong(&ok);
    return ok && i >= 0 && i < hidden_.size() ? hidden_[i] : s;
}

bool CommandLine::isSet(const QCommandLineOption& option) const
{
    return parser_.isSet(option);
}

QString CommandLine::value(const QCommandLineOption& option) const
{
    return restore(parser_.value(option));
}

QStringList CommandLine::values(const QCommandLineOption& option) const
{
    QStringList all;
    for (const QString& v : parser_.values(option))
        all << restore(v);
    return all;
}

QStringList CommandLine::positional() const
{
    QStringList out;
    for (const QString& p : parser_.positionalArguments())
        out.append(restore(p));
    return out;
}

bool CommandLine::json() const
{
    return json_ && parser_.isSet(*json_);
}

int CommandLine::usageError(const QString& message) const
{
    printErr(fullName() + QStringLiteral(": ") + message + QLatin1Char('\n') + QStringLiteral("Usage: ") +
             fullName() + QLatin1Char(' ') + syntax_ + QLatin1Char('\n') + QStringLiteral("Run '") +
             fullName() + QStringLiteral(" --help' for the options.\n"));
    return ExitUsage;
}

void CommandLine::diagnostic(const QString& message) const
{
    printErr(fullName() + QStringLiteral(": ") + message + QLatin1Char('\n'));
}

} // namespace sockscope::cli
