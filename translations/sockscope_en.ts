<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AutoReplyRules</name>
    <message numerus="yes">
        <source>Position %1: \%2 refers to group %2, but the match has only %n group(s).</source>
        <translation>
            <numerusform>Position %1: \%2 refers to group %2, but the match has only %n group.</numerusform>
            <numerusform>Position %1: \%2 refers to group %2, but the match has only %n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EchoMessages</name>
    <message numerus="yes">
        <source>listening on %1 (%2, reactor engine, %3, %n worker(s))</source>
        <translation>
            <numerusform>listening on %1 (%2, reactor engine, %3, %n worker)</numerusform>
            <numerusform>listening on %1 (%2, reactor engine, %3, %n workers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %1: already %n connection(s) (the maximum)</source>
        <translation>
            <numerusform>refused %1: already %n connection (the maximum)</numerusform>
            <numerusform>refused %1: already %n connections (the maximum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabMessages</name>
    <message numerus="yes">
        <source>%n other ICMP message(s) read meanwhile: on loopback a raw socket also reads the echo request itself, and every other ICMP message of the machine.</source>
        <translation>
            <numerusform>%n other ICMP message read meanwhile: on loopback a raw socket also reads the echo request itself, and every other ICMP message of the machine.</numerusform>
            <numerusform>%n other ICMP messages read meanwhile: on loopback a raw socket also reads the echo request itself, and every other ICMP message of the machine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WirePacketText</name>
    <message numerus="yes">
        <source>UDP, %n byte(s)</source>
        <translation>
            <numerusform>UDP, %n byte</numerusform>
            <numerusform>UDP, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packet %1: %n byte(s) on the wire</source>
        <translation>
            <numerusform>Packet %1: %n byte on the wire</numerusform>
            <numerusform>Packet %1: %n bytes on the wire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  payload: %n byte(s)</source>
        <translation>
            <numerusform>  payload: %n byte</numerusform>
            <numerusform>  payload: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UDP %1 → %2, %n byte(s) of payload</source>
        <translation>
            <numerusform>UDP %1 → %2, %n byte of payload</numerusform>
            <numerusform>UDP %1 → %2, %n bytes of payload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut: the capture kept %n byte(s) of this packet</source>
        <translation>
            <numerusform>Cut: the capture kept %n byte of this packet</numerusform>
            <numerusform>Cut: the capture kept %n bytes of this packet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ClientConsoleTab</name>
    <message numerus="yes">
        <source>Sent %n message(s)</source>
        <translation>
            <numerusform>Sent %n message</numerusform>
            <numerusform>Sent %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ConsoleTranscript</name>
    <message numerus="yes">
        <source>%1 → %n byte(s)</source>
        <translation>
            <numerusform>%1 → %n byte</numerusform>
            <numerusform>%1 → %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ← %n byte(s)</source>
        <translation>
            <numerusform>%1 ← %n byte</numerusform>
            <numerusform>%1 ← %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … %n more byte(s) in this chunk (Save transcript… keeps them all)</source>
        <translation>
            <numerusform>  … %n more byte in this chunk (Save transcript… keeps them all)</numerusform>
            <numerusform>  … %n more bytes in this chunk (Save transcript… keeps them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-- %n more chunk(s) arrived faster than they can be shown; Save transcript… keeps them</source>
        <translation>
            <numerusform>-- %n more chunk arrived faster than they can be shown; Save transcript… keeps them</numerusform>
            <numerusform>-- %n more chunks arrived faster than they can be shown; Save transcript… keeps them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::DatabasePage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n shown by the filter</source>
        <translation>
            <numerusform>, %n shown by the filter</numerusform>
            <numerusform>, %n shown by the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::EchoLoadPanel</name>
    <message numerus="yes">
        <source>0 of %n second(s)</source>
        <translation>
            <numerusform>0 of %n second</numerusform>
            <numerusform>0 of %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: %n connection(s) for %1 s…</source>
        <translation>
            <numerusform>Running: %n connection for %1 s…</numerusform>
            <numerusform>Running: %n connections for %1 s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n second(s)</source>
        <translation>
            <numerusform>%1 of %n second</numerusform>
            <numerusform>%1 of %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s now, %n connected, %2 error(s)</source>
        <translation>
            <numerusform>%1 messages/s now, %n connected, %2 error</numerusform>
            <numerusform>%1 messages/s now, %n connected, %2 errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n connection(s) could be made.</source>
        <translation>
            <numerusform>Only %1 of %n connection could be made.</numerusform>
            <numerusform>Only %1 of %n connections could be made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): failed connections, resets, corrupted echoes or lost datagrams.</source>
        <translation>
            <numerusform>%n error: failed connections, resets, corrupted echoes or lost datagrams.</numerusform>
            <numerusform>%n errors: failed connections, resets, corrupted echoes or lost datagrams.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), %1-byte messages, %2</source>
        <translation>
            <numerusform>%n connection, %1-byte messages, %2</numerusform>
            <numerusform>%n connections, %1-byte messages, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::EchoLogModel</name>
    <message numerus="yes">
        <source>%n earlier event(s) were dropped: the server logged them faster than the page collects them (4 times a second).</source>
        <translation>
            <numerusform>%n earlier event was dropped: the server logged them faster than the page collects them (4 times a second).</numerusform>
            <numerusform>%n earlier events were dropped: the server logged them faster than the page collects them (4 times a second).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::EchoServerTab</name>
    <message numerus="yes">
        <source>reactor engine on %1, %n worker thread(s)</source>
        <translation>
            <numerusform>reactor engine on %1, %n worker thread</numerusform>
            <numerusform>reactor engine on %1, %n worker threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped; it listened on %1 and served %n connection(s).</source>
        <translation>
            <numerusform>Stopped; it listened on %1 and served %n connection.</numerusform>
            <numerusform>Stopped; it listened on %1 and served %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on connection %2</source>
        <translation>
            <numerusform>%1 on connection %2</numerusform>
            <numerusform>%1 on connection %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::MessageLibrary</name>
    <message numerus="yes">
        <source>%1: %n entry(s) left out:</source>
        <translation>
            <numerusform>%1: %n entry left out:</numerusform>
            <numerusform>%1: %n entries left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ResolverPage</name>
    <message numerus="yes">
        <source>getaddrinfo returned 0: %n struct addrinfo in the list, in the order getaddrinfo linked them. The call took %1.</source>
        <translation>
            <numerusform>getaddrinfo returned 0: %n struct addrinfo in the list, in the order getaddrinfo linked them. The call took %1.</numerusform>
            <numerusform>getaddrinfo returned 0: %n struct addrinfo in the list, in the order getaddrinfo linked them. The call took %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::SavedMessageModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::SavedMessagesPanel</name>
    <message numerus="yes">
        <source>Deleted %n message(s); Undo delete brings them back.</source>
        <translation>
            <numerusform>Deleted %n message; Undo delete brings it back.</numerusform>
            <numerusform>Deleted %n messages; Undo delete brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s) from %1.</source>
        <translation>
            <numerusform>Imported %n message from %1.</numerusform>
            <numerusform>Imported %n messages from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ServerConsolePage</name>
    <message numerus="yes">
        <source>%n connection(s) wait in the backlog (the listener&apos;s Recv-Q)</source>
        <translation>
            <numerusform>%n connection waits in the backlog (the listener&apos;s Recv-Q)</numerusform>
            <numerusform>%n connections wait in the backlog (the listener&apos;s Recv-Q)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier chunk(s) dropped (%1 bytes)</source>
        <translation>
            <numerusform>%n earlier chunk dropped (%1 bytes)</numerusform>
            <numerusform>%n earlier chunks dropped (%1 bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ServerConsoleWorker</name>
    <message numerus="yes">
        <source>sent to %n client(s)</source>
        <translation>
            <numerusform>sent to %n client</numerusform>
            <numerusform>sent to %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::SocketTablePage</name>
    <message numerus="yes">
        <source>%n socket(s): %1 TCP, %2 UDP, %3 unix; %4 of them SockScope&apos;s (in bold). %5 netlink request(s) answered in %6.</source>
        <translation>
            <numerusform>%n socket: %1 TCP, %2 UDP, %3 unix; %4 of them SockScope&apos;s (in bold). %5 netlink request(s) answered in %6.</numerusform>
            <numerusform>%n sockets: %1 TCP, %2 UDP, %3 unix; %4 of them SockScope&apos;s (in bold). %5 netlink request(s) answered in %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::WirePage</name>
    <message numerus="yes">
        <source>%n port(s) given: the capture&apos;s filter takes at most %1.</source>
        <translation>
            <numerusform>%n port given: the capture&apos;s filter takes at most %1.</numerusform>
            <numerusform>%n ports given: the capture&apos;s filter takes at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s)</source>
        <translation>
            <numerusform>%n packet</numerusform>
            <numerusform>%n packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) over %1 a second not shown (counted only)</source>
        <translation>
            <numerusform>%n packet over %1 a second not shown (counted only)</numerusform>
            <numerusform>%n packets over %1 a second not shown (counted only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel (its buffer was full)</source>
        <translation>
            <numerusform>%n dropped by the kernel (its buffer was full)</numerusform>
            <numerusform>%n dropped by the kernel (its buffer was full)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest %n packet(s) forgotten (at most %1 are kept)</source>
        <translation>
            <numerusform>the oldest %n packet forgotten (at most %1 are kept)</numerusform>
            <numerusform>the oldest %n packets forgotten (at most %1 are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n packet(s) to %1</source>
        <translation>
            <numerusform>Saved %n packet to %1</numerusform>
            <numerusform>Saved %n packets to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the diagram as a PNG image or an SVG drawing (at most %n row(s) from the top).</source>
        <translation>
            <numerusform>Save the diagram as a PNG image or an SVG drawing (at most %n row from the top).</numerusform>
            <numerusform>Save the diagram as a PNG image or an SVG drawing (at most %n rows from the top).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ICMP error(s) about other ports left out</source>
        <translation>
            <numerusform>%n ICMP error about other ports left out</numerusform>
            <numerusform>%n ICMP errors about other ports left out</numerusform>
        </translation>
    </message>
</context>
</TS>
