#pragma once
// The table of sockscope-cli's commands. A new command is one more file pair (FooCommand.h/.cpp
// with `int runFoo(const QStringList&)`) and one more row in CommandTable.cpp.

#include <QString>
#include <QStringList>

#include <span>

namespace sockscope::cli {

struct Command {
    const char* name;    // what the user types: "addr"
    const char* summary; // one line for the top-level --help
    // Runs the command on the arguments after its name; returns the exit status (0, 1 or 2).
    int (*run)(const QStringList& arguments);
};

std::span<const Command> commands();
const Command* findCommand(const QString& name);

} // namespace sockscope::cli
