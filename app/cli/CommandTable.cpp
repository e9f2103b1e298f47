#include "CommandTable.h"

#include "AddrCommand.h"
#include "LayoutCommand.h"
#include "OrderCommand.h"

#include <array>

namespace sockscope::cli {

namespace {

// In the chapter's order.
constexpr std::array table{
    Command{"order", "htonl/htons: a value's bytes in memory in host and in network byte order", runOrder},
    Command{"addr", "inet_pton/inet_ntop: addresses as network-order bytes (hex) and canonical text",
            runAddr},
    Command{"layout", "the fields of struct sockaddr_in, sockaddr_in6 or sockaddr_un: offset, size, bytes",
            runLayout},
};

} // namespace

std::span<const Command> commands()
{
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : table) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace sockscope::cli
