// sockscope-cli: the BSD socket API from the command line.
//   sockscope-cli [--journal] COMMAND [options] [arguments]
// The first argument that is not an option names the command (CommandTable.cpp); the command parses
// the rest. Conventions for every command: shared/CLI.md.

#include "CallJournal.h"
#include "CliSupport.h"
#include "CommandTable.h"
#include "JournalExport.h"
#include "ServeCommand.h"
#include "SigpipeCatcher.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

using namespace sockscope;
using namespace sockscope::cli;

namespace {

QString topUsage()
{
    return QStringLiteral("Usage: sockscope-cli [--journal] COMMAND [options] [arguments]\n");
}

QString topHelp()
{
    QString text =
        QStringLiteral("sockscope-cli: the BSD socket API from the command line (SockScope %1).\n\n")
            .arg(QCoreApplication::applicationVersion()) +
        topUsage() + QStringLiteral("\nCommands:\n");
    qsizetype width = 0;
    for (const Command& c : commands())
        width = std::max(width, static_cast<qsizetype>(qstrlen(c.name)));
    for (const Command& c : commands())
        text += QStringLiteral("  ") + QString::fromLatin1(c.name).leftJustified(width) +
                QStringLiteral("  ") + QString::fromUtf8(c.summary) + QLatin1Char('\n');
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help  Show this help and exit.\n"
        "  --version   Show the version and exit.\n"
        "  --journal   After the command, print the calls it made (the call journal) on stderr.\n"
        "\n"
        "Run 'sockscope-cli COMMAND --help' for a command's options and arguments.\n"
        "Every command takes --json: one JSON document on stdout instead of text.\n"
        "Exit status: 0 success, 1 an input was invalid or the operation failed, 2 usage error.\n");
    return text;
}

int topUsageError(const QString& message)
{
    printErr(QStringLiteral("sockscope-cli: ") + message + QLatin1Char('\n') + topUsage() +
             QStringLiteral("Run 'sockscope-cli --help' for the commands.\n"));
    return ExitUsage;
}

QString commandNames()
{
    QStringList names;
    for (const Command& c : commands())
        names.append(QString::fromLatin1(c.name));
    return names.join(QStringLiteral(", "));
}

// The command's name in argv, before Qt has seen it: the first argument after the options that may
// precede a command.
const char* rawCommandName(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--journal") == 0)
            continue;
        if (std::strcmp(argv[i], "--") == 0)
            return i + 1 < argc ? argv[i + 1] : nullptr;
        return argv[i];
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    // No write of any command may end the process by SIGPIPE (a closed stdout, a peer gone): blocked
    // before any thread exists, so every thread inherits it and a write returns EPIPE instead.
    blockSigpipeInEveryThread();
    // serve takes SIGINT and SIGTERM with sigtimedwait in this thread, listen with sigwait in a thread of
    // its own: they must be blocked before any thread exists (Qt's or the server's), so that every
    // thread inherits the mask.
    if (const char* name = rawCommandName(argc, argv);
        name && (std::strcmp(name, "serve") == 0 || std::strcmp(name, "listen") == 0))
        blockStopSignals();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));

    const QStringList args = QCoreApplication::arguments();
    qsizetype i = 1;
    for (; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QStringLiteral("--journal")) {
            journalRequested() = true;
        } else if (a == QStringLiteral("-h") || a == QStringLiteral("--help")) {
            printOut(topHelp());
            return ExitSuccess;
        } else if (a == QStringLiteral("--version")) {
            printOut(versionText() + QLatin1Char('\n'));
            return ExitSuccess;
        } else if (a == QStringLiteral("--")) {
            ++i;
            break;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return topUsageError(QStringLiteral("Unknown option '%1' before the command. Options before the "
                                                "command: --help, --version, --journal.")
                                     .arg(a));
        } else {
            break;
        }
    }
    if (i >= args.size())
        return topUsageError(QStringLiteral("No command given. Commands: %1.").arg(commandNames()));

    QString name = args[i];
    QStringList rest = args.mid(i + 1);
    // "sockscope-cli help [COMMAND]" is another way to ask for help.
    if (name == QStringLiteral("help")) {
        if (rest.isEmpty()) {
            printOut(topHelp());
            return ExitSuccess;
        }
        name = rest.first();
        rest = {QStringLiteral("--help")};
    }
    const Command* command = findCommand(name);
    if (!command)
        return topUsageError(
            QStringLiteral("Unknown command '%1'. Commands: %2.").arg(displayText(name), commandNames()));

    const std::uint64_t before = CallJournal::global().lastSeq();
    const int status = command->run(rest);
    if (journalRequested()) {
        const CallJournal::Batch batch = CallJournal::global().since(before);
        if (batch.entries.empty())
            printErr(QStringLiteral("/* call journal: the command made no calls */\n"));
        else
            printErr(QStringLiteral("/* call journal: %1 calls */\n").arg(batch.entries.size()) +
                     journalToText(batch.entries));
    }
    return status;
}
