#pragma once
// The echo server's log in the user's language: core/posix/echo words its events in English for the
// CLI; the GUI shows them through here (context "EchoMessages").

#include "EchoEvents.h"
#include "EchoServer.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

class EchoMessages {
    Q_DECLARE_TR_FUNCTIONS(EchoMessages)
public:
    // "connected from 127.0.0.1:54321", translated.
    static QString text(const EchoEvent& event);
    // "closed by peer", translated; idleMs for EchoCloseReason::IdleFor.
    // `tlsWords`: OpenSSL's cause for the Tls* reasons, in English (as OpenSSL gives it).
    static QString reason(EchoCloseReason reason, const QString& idleMs = {}, const QString& tlsWords = {});
    // Why the server did not start ("could not bind to 127.0.0.1:80: EACCES — Permission denied"),
    // translated; the English `message` when the result carries no key.
    static QString startFailure(const EchoStartResult& result);
};

} // namespace sockscope
