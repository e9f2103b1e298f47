#pragma once
// The words of the socket options page: each option's meaning, why a value was refused, how the
// kernel adjusted a value, what a demonstration saw. Translated; core keeps the English originals
// (the CLI prints those), and SocketOptionMessages::meaning() finds the translation by that text.

#include "SocketOptionDemos.h"
#include "SocketOptions.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

class SocketOptionMessages {
    Q_DECLARE_TR_FUNCTIONS(SocketOptionMessages)
public:
    static QString meaning(const SocketOptionSpec& spec);
    // Every meaning the translators see, in catalogue order (a test checks they match core's).
    static QStringList sourceMeanings();

    static QString allowedValues(const SocketOptionSpec& spec);
    static QString problem(const SocketOptionSpec& spec, OptionProblem problem, int err, bool setting);
    static QString adjustment(const SocketOptionSpec& spec, OptionAdjustment adjustment,
                              const OptionValue& requested, const OptionValue& kept);
    // The whole outcome of a set, in one or two sentences.
    static QString setOutcome(const OptionSetResult& result);

    static QString ownerName(SocketOwner owner);   // "Echo server listener"
    static QString kindName(const SocketKind& kind); // "TCP over IPv4", "Unix datagram"
    static QString typeName(OptionType type);

    static QString recvTimeout(const RecvTimeoutOutcome& o);
    static QString lingerReset(const DemoOutcome& o);
    static QString reuseAddress(const ReuseAddressOutcome& o);
    static QString v6Only(const V6OnlyOutcome& o);
    static QString noDelay(const NoDelayOutcome& o);
};

} // namespace sockscope
