<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutoReplyRules</name>
    <message>
        <source>Position %1: %2.</source>
        <translation>Position %1: %2.</translation>
    </message>
    <message>
        <source>Position %1: \%2 refers to a group, but this match has none; \0 is the whole match.</source>
        <translation>Position %1: \%2 verweist auf eine Gruppe, aber dieser Treffer hat keine; \0 ist der ganze Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>Position %1: \%2 refers to group %2, but the match has only %n group(s).</source>
        <translation>
            <numerusform>Position %1: \%2 verweist auf Gruppe %2, aber der Treffer hat nur %n Gruppe.</numerusform>
            <numerusform>Position %1: \%2 verweist auf Gruppe %2, aber der Treffer hat nur %n Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1, reply: %2</source>
        <translation>Regel %1, Antwort: %2</translation>
    </message>
    <message>
        <source>Rule %1, match: %2</source>
        <translation>Regel %1, Muster: %2</translation>
    </message>
    <message>
        <source>at most %1 rules are allowed.</source>
        <translation>höchstens %1 Regeln sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>CodecMessages</name>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Unix domain</source>
        <translation>Unix-Domain</translation>
    </message>
    <message>
        <source>family %1</source>
        <translation>Familie %1</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2 (0x%3), decimal or hex with 0x.</source>
        <translation>Erlaubt: %1 bis %2 (0x%3), dezimal oder hexadezimal mit 0x.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: “%2” has no digits after 0x.</source>
        <translation>%1: „%2“ hat keine Ziffern nach 0x.</translation>
    </message>
    <message>
        <source>%1: “%2” at position %3 is not a digit.</source>
        <translation>%1: „%2“ an Position %3 ist keine Ziffer.</translation>
    </message>
    <message>
        <source>%1: %2 is too large.</source>
        <translation>%1: %2 ist zu groß.</translation>
    </message>
    <message>
        <source>An IPv4 address is four decimal numbers 0–255 separated by dots, e.g. 192.0.2.1 (inet_pton takes no shortened forms, no leading zeros and no spaces).</source>
        <translation>Eine IPv4-Adresse besteht aus vier Dezimalzahlen 0–255, getrennt durch Punkte, z. B. 192.0.2.1 (inet_pton akzeptiert keine Kurzformen, keine führenden Nullen und keine Leerzeichen).</translation>
    </message>
    <message>
        <source>An IPv6 address is up to eight groups of 1–4 hex digits separated by colons, with :: at most once for a run of zero groups, e.g. 2001:db8::1 or ::ffff:192.0.2.1.</source>
        <translation>Eine IPv6-Adresse besteht aus bis zu acht Gruppen von 1–4 Hexziffern, getrennt durch Doppelpunkte; :: steht höchstens einmal für eine Folge von Nullgruppen, z. B. 2001:db8::1 oder ::ffff:192.0.2.1.</translation>
    </message>
    <message>
        <source>inet_pton returned -1: %1. It converts only AF_INET and AF_INET6 addresses.</source>
        <translation>inet_pton lieferte -1: %1. Es wandelt nur AF_INET- und AF_INET6-Adressen um.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 address (inet_pton returned 0).</source>
        <translation>„%1“ ist keine gültige %2-Adresse (inet_pton lieferte 0).</translation>
    </message>
    <message>
        <source>inet_ntop returned NULL: %1. The buffer is too small for this address; INET_ADDRSTRLEN (16) and INET6_ADDRSTRLEN (46) are always enough.</source>
        <translation>inet_ntop lieferte NULL: %1. Der Puffer ist zu klein für diese Adresse; INET_ADDRSTRLEN (16) und INET6_ADDRSTRLEN (46) reichen immer.</translation>
    </message>
    <message>
        <source>inet_ntop returned NULL: %1.</source>
        <translation>inet_ntop lieferte NULL: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address for this structure (inet_pton returned 0).</source>
        <translation>„%1“ ist keine gültige Adresse für diese Struktur (inet_pton lieferte 0).</translation>
    </message>
    <message>
        <source>The scope after % in “%1” names no network interface here (if_nametoindex returned 0). Use an interface name such as lo, or a number.</source>
        <translation>Der Bereich nach % in „%1“ bezeichnet hier keine Netzwerkschnittstelle (if_nametoindex lieferte 0). Geben Sie einen Schnittstellennamen wie lo oder eine Zahl an.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The flow label must be a number from 0 to 1048575 (20 bits).</source>
        <translation>Das Flow-Label muss eine Zahl von 0 bis 1048575 sein (20 Bit).</translation>
    </message>
    <message>
        <source>The path is empty. Give a filesystem path such as /tmp/demo.sock, or @name for an abstract name.</source>
        <translation>Der Pfad ist leer. Geben Sie einen Dateisystempfad wie /tmp/demo.sock an oder @name für einen abstrakten Namen.</translation>
    </message>
    <message>
        <source>The path is too long: sun_path holds %1 bytes plus the terminating NUL, and no NUL may appear inside a path.</source>
        <translation>Der Pfad ist zu lang: sun_path fasst %1 Bytes plus das abschließende NUL, und innerhalb eines Pfads darf kein NUL vorkommen.</translation>
    </message>
    <message>
        <source>Abstract socket names (@name) exist only on Linux.</source>
        <translation>Abstrakte Socket-Namen (@name) gibt es nur unter Linux.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>With colons it is written as an IPv6 address (::ffff:a.b.c.d is IPv4 mapped into IPv6): choose AF_INET6 for it.</source>
        <translation>Mit Doppelpunkten ist sie als IPv6-Adresse geschrieben (::ffff:a.b.c.d ist IPv4, in IPv6 abgebildet): wählen Sie dafür AF_INET6.</translation>
    </message>
    <message>
        <source>It is written as an IPv4 address: choose AF_INET, or write it IPv4-mapped as ::ffff:%1.</source>
        <translation>Sie ist als IPv4-Adresse geschrieben: wählen Sie AF_INET, oder schreiben Sie sie IPv4-abgebildet als ::ffff:%1.</translation>
    </message>
</context>
<context>
    <name>EchoMessages</name>
    <message>
        <source>closed by peer</source>
        <translation>von der Gegenstelle geschlossen</translation>
    </message>
    <message>
        <source>reset by peer</source>
        <translation>von der Gegenstelle zurückgesetzt</translation>
    </message>
    <message>
        <source>recv failed</source>
        <translation>recv fehlgeschlagen</translation>
    </message>
    <message>
        <source>send failed</source>
        <translation>send fehlgeschlagen</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>Leerlauf-Zeitlimit</translation>
    </message>
    <message>
        <source>idle for %1 ms</source>
        <translation>%1 ms ohne Verkehr</translation>
    </message>
    <message>
        <source>closed by the user</source>
        <translation>vom Benutzer geschlossen</translation>
    </message>
    <message>
        <source>reset by the user (SO_LINGER {1, 0})</source>
        <translation>vom Benutzer zurückgesetzt (SO_LINGER {1, 0})</translation>
    </message>
    <message>
        <source>server stopping</source>
        <translation>Server hält an</translation>
    </message>
    <message>
        <source>listening on %1 (%2, thread engine: one thread per connection)</source>
        <translation>lauscht auf %1 (%2, Thread-Engine: ein Thread je Verbindung)</translation>
    </message>
    <message>
        <source>listening on %1 (%2, fork engine: one process per connection)</source>
        <translation>lauscht auf %1 (%2, Fork-Engine: ein Prozess je Verbindung)</translation>
    </message>
    <message numerus="yes">
        <source>listening on %1 (%2, reactor engine, %3, %n worker(s))</source>
        <translation>
            <numerusform>lauscht auf %1 (%2, Reactor-Engine, %3, %n Worker)</numerusform>
            <numerusform>lauscht auf %1 (%2, Reactor-Engine, %3, %n Worker)</numerusform>
        </translation>
    </message>
    <message>
        <source>connected from %1</source>
        <translation>verbunden von %1</translation>
    </message>
    <message>
        <source>connected from %1 (child %2)</source>
        <translation>verbunden von %1 (Kindprozess %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>disconnected %1 (%2, %3 bytes in, %4 out)</source>
        <translation>getrennt: %1 (%2, %3 Bytes empfangen, %4 gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>refused %1: already %n connection(s) (the maximum)</source>
        <translation>
            <numerusform>%1 abgewiesen: schon %n Verbindung (das Maximum)</numerusform>
            <numerusform>%1 abgewiesen: schon %n Verbindungen (das Maximum)</numerusform>
        </translation>
    </message>
    <message>
        <source>accept failed with %1; retrying in 100 ms</source>
        <translation>accept scheitert mit %1; neuer Versuch in 100 ms</translation>
    </message>
    <message>
        <source>accept failed with %1; accepting paused for %2 ms</source>
        <translation>accept scheitert mit %1; Annehmen für %2 ms pausiert</translation>
    </message>
    <message>
        <source>accepting again</source>
        <translation>nimmt wieder Verbindungen an</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>accept fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>fork failed: %1</source>
        <translation>fork fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 wait failed: %2</source>
        <translation>Warten mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>recvfrom failed: %1</source>
        <translation>recvfrom fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a %1-byte datagram was cut to %2 bytes</source>
        <translation>ein Datagramm mit %1 Bytes wurde auf %2 Bytes gekürzt</translation>
    </message>
    <message>
        <source>stopped: %1, %2 bytes in, %3 bytes out, %4</source>
        <translation>angehalten: %1, %2 Bytes empfangen, %3 Bytes gesendet, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (bytes are counted by the children, not the parent)</source>
        <translation>%1 (die Bytes zählen die Kindprozesse, nicht der Elternprozess)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>closed by peer (close_notify)</source>
        <translation>von der Gegenstelle geschlossen (close_notify)</translation>
    </message>
    <message>
        <source>closed by peer (TCP FIN without close_notify)</source>
        <translation>von der Gegenstelle geschlossen (TCP-FIN ohne close_notify)</translation>
    </message>
    <message>
        <source>SSL_read failed: %1</source>
        <translation>SSL_read fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SSL_write failed: %1</source>
        <translation>SSL_write fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no path given for the unix socket</source>
        <translation>kein Pfad für den Unix-Socket angegeben</translation>
    </message>
    <message>
        <source>the unix socket path does not fit sun_path (107 bytes at most)</source>
        <translation>der Pfad des Unix-Sockets passt nicht in sun_path (höchstens 107 Bytes)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a numeric IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine numerische IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>the fork engine serves stream sockets only (tcp, unix-stream): a datagram socket has no connections to hand to a child</source>
        <translation>die Fork-Engine bedient nur Stream-Sockets (tcp, unix-stream): Ein Datagramm-Socket hat keine Verbindungen, die er einem Kindprozess übergeben könnte</translation>
    </message>
    <message>
        <source>the fork engine runs only from the command line (sockscope-cli serve echo --engine fork): a child forked from the GUI would inherit the whole GUI process</source>
        <translation>die Fork-Engine läuft nur auf der Kommandozeile (sockscope-cli serve echo --engine fork): Ein aus der GUI abgespaltener Kindprozess würde den ganzen GUI-Prozess erben</translation>
    </message>
    <message>
        <source>this server is already running</source>
        <translation>dieser Server läuft bereits</translation>
    </message>
    <message>
        <source>could not create the socket</source>
        <translation>der Socket konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>could not set SO_REUSEPORT</source>
        <translation>SO_REUSEPORT konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>could not set IPV6_V6ONLY</source>
        <translation>IPV6_V6ONLY konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a stale socket file that no server listens on; remove it, or ask to remove stale socket files</source>
        <translation>„%1“ ist eine verwaiste Socket-Datei, auf der kein Server lauscht; löschen Sie sie, oder lassen Sie verwaiste Socket-Dateien entfernen</translation>
    </message>
    <message>
        <source>could not bind to %1</source>
        <translation>konnte nicht an %1 binden</translation>
    </message>
    <message>
        <source>could not listen</source>
        <translation>konnte nicht auf Verbindungen lauschen</translation>
    </message>
    <message>
        <source>could not create the worker wake-up pipe</source>
        <translation>die Weck-Pipe für die Worker konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
</context>
<context>
    <name>LabMessages</name>
    <message>
        <source>not called</source>
        <translation>nicht aufgerufen</translation>
    </message>
    <message>
        <source>%1 (new descriptor)</source>
        <translation>%1 (neuer Deskriptor)</translation>
    </message>
    <message>
        <source>The kernel made a new socket, not yet bound or connected, and gave it the lowest free descriptor number, %2. The lab calls it %1.</source>
        <translation>Der Kernel hat einen neuen Socket erzeugt, noch nicht gebunden oder verbunden, und ihm die niedrigste freie Deskriptornummer gegeben, %2. Das Labor nennt ihn %1.</translation>
    </message>
    <message>
        <source>The socket now owns the local address %1. Port 0 asks the kernel to pick a free port; getsockname tells which one it chose.</source>
        <translation>Der Socket besitzt jetzt die lokale Adresse %1. Port 0 bittet den Kernel, einen freien Port zu wählen; getsockname verrät, welchen er gewählt hat.</translation>
    </message>
    <message>
        <source>The socket is now passive: the kernel completes handshakes for it and queues up to %1 connections for accept (this kernel caps the backlog at SOMAXCONN = %2).</source>
        <translation>Der Socket ist jetzt passiv: Der Kernel schließt für ihn Handshakes ab und stellt bis zu %1 Verbindungen für accept in die Warteschlange (dieser Kernel begrenzt das Backlog auf SOMAXCONN = %2).</translation>
    </message>
    <message>
        <source>The kernel took the first completed connection off the listen queue and gave it a new socket, %1, connected to %2. The listening socket stays as it was, ready for the next one.</source>
        <translation>Der Kernel hat die erste fertig aufgebaute Verbindung aus der Listen-Warteschlange genommen und ihr einen neuen Socket gegeben, %1, verbunden mit %2. Der lauschende Socket bleibt, wie er war, bereit für die nächste.</translation>
    </message>
    <message>
        <source>The handshake completed: the kernel bound the socket to %1 (an ephemeral port if it was not bound) and connected it to %2.</source>
        <translation>Der Handshake ist abgeschlossen: Der Kernel hat den Socket an %1 gebunden (einen ephemeren Port, falls er nicht gebunden war) und ihn mit %2 verbunden.</translation>
    </message>
    <message>
        <source>The kernel copied %1 of %2 bytes into the socket&apos;s send buffer; sending on the wire happens after the call has returned.</source>
        <translation>Der Kernel hat %1 von %2 Bytes in den Sendepuffer des Sockets kopiert; das Senden über die Leitung geschieht erst, nachdem der Aufruf zurückgekehrt ist.</translation>
    </message>
    <message>
        <source>The kernel copied %1 bytes out of the receive buffer (at most %2 were asked for). A stream has no message boundaries: one recv may return part of a send, or several sends.</source>
        <translation>Der Kernel hat %1 Bytes aus dem Empfangspuffer kopiert (höchstens %2 waren angefragt). Ein Stream hat keine Nachrichtengrenzen: Ein recv kann einen Teil eines send liefern oder die Daten mehrerer send-Aufrufe.</translation>
    </message>
    <message>
        <source>0 means end of stream: the peer has shut down its sending side (or closed), and no data is left.</source>
        <translation>0 bedeutet Ende des Streams: Die Gegenstelle hat ihre Senderichtung beendet (oder geschlossen), und es sind keine Daten mehr übrig.</translation>
    </message>
    <message>
        <source>%1: the direction is shut for every descriptor of this socket at once, whatever the reference count. SHUT_WR sends a FIN, so the peer reads end of stream.</source>
        <translation>%1: Die Richtung wird für alle Deskriptoren dieses Sockets zugleich geschlossen, unabhängig vom Referenzzähler. SHUT_WR sendet ein FIN, sodass die Gegenstelle das Ende des Streams liest.</translation>
    </message>
    <message>
        <source>The descriptor is released, and with it the last reference to the socket: the kernel closes the connection (a TCP connection may linger, e.g. in TIME_WAIT, without any descriptor).</source>
        <translation>Der Deskriptor wird freigegeben und mit ihm die letzte Referenz auf den Socket: Der Kernel schließt die Verbindung (eine TCP-Verbindung kann ohne Deskriptor weiterbestehen, z. B. in TIME_WAIT).</translation>
    </message>
    <message>
        <source>Only this descriptor is released: %1 still refers to the same socket, so the connection stays open. shutdown() would act on the socket itself.</source>
        <translation>Nur dieser Deskriptor wird freigegeben: %1 verweist noch auf denselben Socket, daher bleibt die Verbindung offen. shutdown() würde auf den Socket selbst wirken.</translation>
    </message>
    <message>
        <source>%1 (descriptor %2) now refers to the same open socket as %3: they share the file status flags (O_NONBLOCK) but each has its own FD_CLOEXEC.</source>
        <translation>%1 (Deskriptor %2) verweist jetzt auf denselben offenen Socket wie %3: Sie teilen sich die Dateistatus-Flags (O_NONBLOCK), aber jeder hat sein eigenes FD_CLOEXEC.</translation>
    </message>
    <message>
        <source>Old and new descriptor are the same number: dup2 did nothing and returned it.</source>
        <translation>Alter und neuer Deskriptor haben dieselbe Nummer: dup2 hat nichts getan und diese Nummer zurückgegeben.</translation>
    </message>
    <message>
        <source>dup2 first closed %4, which had that number, then made %1 (descriptor %2) refer to the socket of %3.</source>
        <translation>dup2 hat zuerst %4 geschlossen, der diese Nummer hatte, und dann %1 (Deskriptor %2) auf den Socket von %3 verweisen lassen.</translation>
    </message>
    <message>
        <source>The open file&apos;s status flags: %1. O_NONBLOCK belongs to the open file, shared by every duplicate of the descriptor.</source>
        <translation>Die Statusflags der offenen Datei: %1. O_NONBLOCK gehört zur offenen Datei, die alle Duplikate des Deskriptors gemeinsam haben.</translation>
    </message>
    <message>
        <source>O_NONBLOCK is set: calls that would wait now fail at once with EAGAIN, and connect with EINPROGRESS.</source>
        <translation>O_NONBLOCK ist gesetzt: Aufrufe, die warten müssten, scheitern jetzt sofort mit EAGAIN, connect mit EINPROGRESS.</translation>
    </message>
    <message>
        <source>O_NONBLOCK is cleared: accept, connect, recv and send wait again.</source>
        <translation>O_NONBLOCK ist gelöscht: accept, connect, recv und send warten wieder.</translation>
    </message>
    <message>
        <source>The descriptor&apos;s own flags: %1 (FD_CLOEXEC closes it in a program started with exec).</source>
        <translation>Die eigenen Flags des Deskriptors: %1 (FD_CLOEXEC schließt ihn in einem mit exec gestarteten Programm).</translation>
    </message>
    <message>
        <source>FD_CLOEXEC is set on this descriptor only: an exec&apos;d program will not inherit it.</source>
        <translation>FD_CLOEXEC ist nur für diesen Deskriptor gesetzt: Ein mit exec gestartetes Programm erbt ihn nicht.</translation>
    </message>
    <message>
        <source>FD_CLOEXEC is cleared: an exec&apos;d program inherits this descriptor.</source>
        <translation>FD_CLOEXEC ist gelöscht: Ein mit exec gestartetes Programm erbt diesen Deskriptor.</translation>
    </message>
    <message>
        <source>The process that receives SIGURG (urgent data) and SIGIO for this socket: %1 (0: none).</source>
        <translation>Der Prozess, der für diesen Socket SIGURG (dringende Daten) und SIGIO erhält: %1 (0: keiner).</translation>
    </message>
    <message>
        <source>Process %1 now receives SIGURG when out-of-band data arrives on this socket.</source>
        <translation>Prozess %1 erhält jetzt SIGURG, wenn Out-of-Band-Daten auf diesem Socket ankommen.</translation>
    </message>
    <message>
        <source>fstat works on a socket: %1. The type bits say socket; size and times mean little here.</source>
        <translation>fstat funktioniert bei einem Socket: %1. Die Typ-Bits sagen „Socket“; Größe und Zeiten bedeuten hier wenig.</translation>
    </message>
    <message>
        <source>Linux accepts fchmod on a socket and sets the mode (%1) of its inode, but the mode has no effect on who may use the socket: POSIX leaves this unspecified.</source>
        <translation>Linux akzeptiert fchmod auf einem Socket und setzt den Modus (%1) seines Inodes, aber der Modus hat keinen Einfluss darauf, wer den Socket benutzen darf: POSIX lässt das offen.</translation>
    </message>
    <message>
        <source>Linux accepts fchown on a socket; what it means is implementation-defined.</source>
        <translation>Linux akzeptiert fchown auf einem Socket; was es bedeutet, ist implementierungsabhängig.</translation>
    </message>
    <message>
        <source>This system accepted the sync on a socket; there is nothing to write to a disk.</source>
        <translation>Dieses System hat das sync auf einem Socket akzeptiert; es gibt nichts auf eine Platte zu schreiben.</translation>
    </message>
    <message>
        <source>This system accepted ftruncate on a socket.</source>
        <translation>Dieses System hat ftruncate auf einem Socket akzeptiert.</translation>
    </message>
    <message>
        <source>The new offset is %1.</source>
        <translation>Der neue Offset ist %1.</translation>
    </message>
    <message>
        <source>%1 bytes wait in the receive buffer: a recv of that size would not block.</source>
        <translation>%1 Bytes warten im Empfangspuffer: Ein recv dieser Größe würde nicht blockieren.</translation>
    </message>
    <message>
        <source>The read position is at the out-of-band mark: the next byte read is the urgent one.</source>
        <translation>Die Leseposition steht an der Out-of-Band-Marke: Das nächste gelesene Byte ist das dringende.</translation>
    </message>
    <message>
        <source>The read position is not at the out-of-band mark.</source>
        <translation>Die Leseposition steht nicht an der Out-of-Band-Marke.</translation>
    </message>
    <message>
        <source>The socket&apos;s local address: %1.</source>
        <translation>Die lokale Adresse des Sockets: %1.</translation>
    </message>
    <message>
        <source>The address of the connected peer: %1.</source>
        <translation>Die Adresse der verbundenen Gegenstelle: %1.</translation>
    </message>
    <message>
        <source>You abandoned the call: SockScope sent its thread a signal whose handler does nothing, installed without SA_RESTART, so the kernel ended the wait with -1 EINTR. Nothing else changed.</source>
        <translation>Sie haben den Aufruf abgebrochen: SockScope hat seinem Thread ein Signal geschickt, dessen Handler nichts tut und ohne SA_RESTART installiert ist, daher hat der Kernel das Warten mit -1 EINTR beendet. Sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>A signal arrived while the call waited; without SA_RESTART the call returns -1 EINTR.</source>
        <translation>Während der Aufruf wartete, kam ein Signal an; ohne SA_RESTART liefert der Aufruf -1 EINTR.</translation>
    </message>
    <message>
        <source>The call would have to wait (nothing to read, no connection to accept, or the send buffer is full), and the socket is non-blocking: -1 EAGAIN instead of waiting.</source>
        <translation>Der Aufruf müsste warten (nichts zu lesen, keine Verbindung anzunehmen oder der Sendepuffer ist voll), und der Socket ist nicht blockierend: -1 EAGAIN statt Warten.</translation>
    </message>
    <message>
        <source>Non-blocking connect: the kernel sent the SYN and returned at once. The socket turns writable when the handshake ends; SO_ERROR then says whether it succeeded.</source>
        <translation>Nicht blockierendes connect: Der Kernel hat das SYN gesendet und ist sofort zurückgekehrt. Der Socket wird beschreibbar, wenn der Handshake endet; SO_ERROR sagt dann, ob er gelungen ist.</translation>
    </message>
    <message>
        <source>A socket has no file position: lseek fails with ESPIPE, as on a pipe.</source>
        <translation>Ein Socket hat keine Dateiposition: lseek scheitert mit ESPIPE, wie bei einer Pipe.</translation>
    </message>
    <message>
        <source>A socket is not a directory: fchdir fails with ENOTDIR, as the chapter&apos;s table says.</source>
        <translation>Ein Socket ist kein Verzeichnis: fchdir scheitert mit ENOTDIR, wie die Tabelle des Kapitels sagt.</translation>
    </message>
    <message>
        <source>This system does not support the call on a socket: -1 EINVAL (POSIX leaves it unspecified or implementation-defined).</source>
        <translation>Dieses System unterstützt den Aufruf auf einem Socket nicht: -1 EINVAL (in POSIX ist das nicht spezifiziert oder implementierungsabhängig).</translation>
    </message>
    <message>
        <source>The socket is not connected: there is no peer to ask about or to send to.</source>
        <translation>Der Socket ist nicht verbunden: Es gibt keine Gegenstelle, nach der man fragen oder an die man senden könnte.</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>Der Socket ist bereits verbunden.</translation>
    </message>
    <message>
        <source>Nothing listens on that address and port: the peer&apos;s kernel answered the SYN with a reset.</source>
        <translation>Auf dieser Adresse und diesem Port lauscht niemand: Der Kernel der Gegenstelle hat das SYN mit einem Reset beantwortet.</translation>
    </message>
    <message>
        <source>Another socket already owns that local address (SO_REUSEADDR changes that for a TIME_WAIT leftover).</source>
        <translation>Ein anderer Socket besitzt diese lokale Adresse bereits (SO_REUSEADDR ändert das bei einem Überbleibsel in TIME_WAIT).</translation>
    </message>
    <message>
        <source>That address does not belong to this machine, or no ephemeral port is free.</source>
        <translation>Diese Adresse gehört nicht zu diesem Rechner, oder es ist kein ephemerer Port frei.</translation>
    </message>
    <message>
        <source>The connection can no longer send (shut down or reset). The kernel also raised SIGPIPE, which ends a program that does not ignore it; SockScope caught it. MSG_NOSIGNAL avoids it.</source>
        <translation>Die Verbindung kann nicht mehr senden (beendet oder zurückgesetzt). Der Kernel hat außerdem SIGPIPE ausgelöst, das ein Programm beendet, wenn es das Signal nicht ignoriert; SockScope hat es abgefangen. MSG_NOSIGNAL vermeidet es.</translation>
    </message>
    <message>
        <source>The peer reset the connection (it closed with data unread, or aborted).</source>
        <translation>Die Gegenstelle hat die Verbindung zurückgesetzt (sie hat mit ungelesenen Daten geschlossen oder abgebrochen).</translation>
    </message>
    <message>
        <source>The kernel rejected an argument for this socket&apos;s current state (%1: %2).</source>
        <translation>Der Kernel hat ein Argument für den aktuellen Zustand dieses Sockets abgelehnt (%1: %2).</translation>
    </message>
    <message>
        <source>This kind of socket does not support the operation (%1).</source>
        <translation>Diese Art von Socket unterstützt die Operation nicht (%1).</translation>
    </message>
    <message>
        <source>The call failed: %1 (%2).</source>
        <translation>Der Aufruf ist gescheitert: %1 (%2).</translation>
    </message>
    <message>
        <source>There is no lab socket %1.</source>
        <translation>Es gibt keinen Labor-Socket %1.</translation>
    </message>
    <message>
        <source>%1 is closed. Its descriptor number may already belong to another file, so the lab makes no call on it.</source>
        <translation>%1 ist geschlossen. Seine Deskriptornummer gehört vielleicht schon einer anderen Datei, daher macht das Labor keinen Aufruf darauf.</translation>
    </message>
    <message>
        <source>%1 has a call waiting on it: abandon that call first.</source>
        <translation>Auf %1 wartet ein Aufruf: Brechen Sie diesen Aufruf zuerst ab.</translation>
    </message>
    <message>
        <source>Another call is waiting: abandon it, or make this one with MSG_DONTWAIT or on a non-blocking socket.</source>
        <translation>Ein anderer Aufruf wartet: Brechen Sie ihn ab, oder machen Sie diesen mit MSG_DONTWAIT oder auf einem nicht blockierenden Socket.</translation>
    </message>
    <message>
        <source>Descriptor %1 is open and belongs to SockScope itself: dup2 would close it. Choose a free number or a lab socket&apos;s descriptor.</source>
        <translation>Deskriptor %1 ist offen und gehört SockScope selbst: dup2 würde ihn schließen. Wählen Sie eine freie Nummer oder den Deskriptor eines Labor-Sockets.</translation>
    </message>
    <message>
        <source>At most %1 bytes at a time.</source>
        <translation>Höchstens %1 Bytes auf einmal.</translation>
    </message>
    <message>
        <source>TCP server: socket, bind, listen, accept</source>
        <translation>TCP-Server: socket, bind, listen, accept</translation>
    </message>
    <message>
        <source>TCP client: socket, connect</source>
        <translation>TCP-Client: socket, connect</translation>
    </message>
    <message>
        <source>UDP: socket, bind, sendto, recvfrom</source>
        <translation>UDP: socket, bind, sendto, recvfrom</translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR)</source>
        <translation>Halbes Schließen: shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>A socket is a file descriptor</source>
        <translation>Ein Socket ist ein Dateideskriptor</translation>
    </message>
    <message>
        <source>The passive side. Run the TCP client recipe (or any client) to connect, then accept.</source>
        <translation>Die passive Seite. Führen Sie das Rezept „TCP-Client“ (oder einen beliebigen Client) aus, um sich zu verbinden, dann accept.</translation>
    </message>
    <message>
        <source>The active side. Connects to the lab&apos;s listening socket; start the server recipe first.</source>
        <translation>Die aktive Seite. Verbindet sich mit dem lauschenden Socket des Labors; starten Sie zuerst das Server-Rezept.</translation>
    </message>
    <message>
        <source>Two datagram sockets: no connection, every datagram carries its address.</source>
        <translation>Zwei Datagramm-Sockets: keine Verbindung, jedes Datagramm trägt seine Adresse.</translation>
    </message>
    <message>
        <source>A connection of the lab&apos;s own; the client stops sending but keeps reading.</source>
        <translation>Eine eigene Verbindung des Labors; der Client hört auf zu senden, liest aber weiter.</translation>
    </message>
    <message>
        <source>The file functions on a socket: what works, what fails, and how dup shares the open file.</source>
        <translation>Die Dateifunktionen auf einem Socket: was funktioniert, was scheitert und wie dup die offene Datei teilt.</translation>
    </message>
    <message>
        <source>socket() for A</source>
        <translation>socket() für A</translation>
    </message>
    <message>
        <source>socket()</source>
        <translation>socket()</translation>
    </message>
    <message>
        <source>socket() for B</source>
        <translation>socket() für B</translation>
    </message>
    <message>
        <source>socket() for the server</source>
        <translation>socket() für den Server</translation>
    </message>
    <message>
        <source>socket() for the client</source>
        <translation>socket() für den Client</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR) the client</source>
        <translation>shutdown(SHUT_WR) für den Client</translation>
    </message>
    <message>
        <source>recv() on the server&apos;s end</source>
        <translation>recv() auf der Serverseite</translation>
    </message>
    <message>
        <source>send() back to the client</source>
        <translation>send() zurück an den Client</translation>
    </message>
    <message>
        <source>recv() on the client</source>
        <translation>recv() auf dem Client</translation>
    </message>
    <message>
        <source>close() the client</source>
        <translation>close() für den Client</translation>
    </message>
    <message>
        <source>close() the listener</source>
        <translation>close() für den lauschenden Socket</translation>
    </message>
    <message>
        <source>bind() A</source>
        <translation>bind() für A</translation>
    </message>
    <message>
        <source>bind()</source>
        <translation>bind()</translation>
    </message>
    <message>
        <source>listen()</source>
        <translation>listen()</translation>
    </message>
    <message>
        <source>accept()</source>
        <translation>accept()</translation>
    </message>
    <message>
        <source>connect()</source>
        <translation>connect()</translation>
    </message>
    <message>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <source>recv()</source>
        <translation>recv()</translation>
    </message>
    <message>
        <source>sendto() from B to A</source>
        <translation>sendto() von B an A</translation>
    </message>
    <message>
        <source>recvfrom() on A</source>
        <translation>recvfrom() auf A</translation>
    </message>
    <message>
        <source>close() the connection</source>
        <translation>close() für die Verbindung</translation>
    </message>
    <message>
        <source>close() B</source>
        <translation>close() für B</translation>
    </message>
    <message>
        <source>close() A</source>
        <translation>close() für A</translation>
    </message>
    <message>
        <source>close() the copy</source>
        <translation>close() für die Kopie</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>fstat()</source>
        <translation>fstat()</translation>
    </message>
    <message>
        <source>lseek()</source>
        <translation>lseek()</translation>
    </message>
    <message>
        <source>fchdir()</source>
        <translation>fchdir()</translation>
    </message>
    <message>
        <source>dup()</source>
        <translation>dup()</translation>
    </message>
    <message>
        <source>O_NONBLOCK on the copy</source>
        <translation>O_NONBLOCK auf der Kopie</translation>
    </message>
    <message>
        <source>F_GETFL on the original</source>
        <translation>F_GETFL auf dem Original</translation>
    </message>
    <message>
        <source>Create a TCP socket: AF_INET, SOCK_STREAM. It has a descriptor but no address yet.</source>
        <translation>Einen TCP-Socket erzeugen: AF_INET, SOCK_STREAM. Er hat einen Deskriptor, aber noch keine Adresse.</translation>
    </message>
    <message>
        <source>Give the server its local address: 127.0.0.1, port 0 (the kernel picks a free port).</source>
        <translation>Dem Server seine lokale Adresse geben: 127.0.0.1, Port 0 (der Kernel wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Make it a listening socket, so the kernel accepts connections for it.</source>
        <translation>Ihn zu einem lauschenden Socket machen, damit der Kernel Verbindungen für ihn annimmt.</translation>
    </message>
    <message>
        <source>Take a connection. With none waiting, accept blocks: connect a client, or abandon the call.</source>
        <translation>Eine Verbindung annehmen. Wartet keine, blockiert accept: Verbinden Sie einen Client, oder brechen Sie den Aufruf ab.</translation>
    </message>
    <message>
        <source>Read what the peer sent. With nothing there, recv waits.</source>
        <translation>Lesen, was die Gegenstelle gesendet hat. Liegt nichts vor, wartet recv.</translation>
    </message>
    <message>
        <source>Send a line to the peer.</source>
        <translation>Eine Zeile an die Gegenstelle senden.</translation>
    </message>
    <message>
        <source>Close the accepted socket: this side closes first, so this side&apos;s connection ends in TIME_WAIT.</source>
        <translation>Den angenommenen Socket schließen: Diese Seite schließt zuerst, daher endet die Verbindung auf dieser Seite in TIME_WAIT.</translation>
    </message>
    <message>
        <source>Close the socket and watch its row: a TCP connection lives on in the kernel without a descriptor.</source>
        <translation>Den Socket schließen und seine Zeile beobachten: Eine TCP-Verbindung lebt im Kernel ohne Deskriptor weiter.</translation>
    </message>
    <message>
        <source>Connect to the lab&apos;s listening socket on 127.0.0.1. The kernel binds an ephemeral port first.</source>
        <translation>Mit dem lauschenden Socket des Labors auf 127.0.0.1 verbinden. Der Kernel bindet zuerst einen ephemeren Port.</translation>
    </message>
    <message>
        <source>Create a TCP socket: AF_INET, SOCK_STREAM.</source>
        <translation>Einen TCP-Socket erzeugen: AF_INET, SOCK_STREAM.</translation>
    </message>
    <message>
        <source>Bind the server to 127.0.0.1, port 0.</source>
        <translation>Den Server an 127.0.0.1, Port 0 binden.</translation>
    </message>
    <message>
        <source>Make it a listening socket.</source>
        <translation>Ihn zu einem lauschenden Socket machen.</translation>
    </message>
    <message>
        <source>Connect the client to the server&apos;s port.</source>
        <translation>Den Client mit dem Port des Servers verbinden.</translation>
    </message>
    <message>
        <source>Accept the queued connection: the server&apos;s end of it.</source>
        <translation>Die wartende Verbindung annehmen: die Serverseite der Verbindung.</translation>
    </message>
    <message>
        <source>The client shuts down its sending side: the kernel sends a FIN, the socket stays open for reading.</source>
        <translation>Der Client beendet seine Senderichtung: Der Kernel sendet ein FIN, der Socket bleibt zum Lesen offen.</translation>
    </message>
    <message>
        <source>The server reads end of stream: recv returns 0, although the client has not closed.</source>
        <translation>Der Server liest das Ende des Streams: recv liefert 0, obwohl der Client nicht geschlossen hat.</translation>
    </message>
    <message>
        <source>The server can still send: only one direction was shut.</source>
        <translation>Der Server kann weiterhin senden: Nur eine Richtung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The client still receives.</source>
        <translation>Der Client empfängt weiterhin.</translation>
    </message>
    <message>
        <source>Close: the side that closes first ends in TIME_WAIT.</source>
        <translation>Schließen: Die Seite, die zuerst schließt, endet in TIME_WAIT.</translation>
    </message>
    <message>
        <source>Create a UDP socket: AF_INET, SOCK_DGRAM.</source>
        <translation>Einen UDP-Socket erzeugen: AF_INET, SOCK_DGRAM.</translation>
    </message>
    <message>
        <source>Bind A to 127.0.0.1, port 0, so B has an address to send to.</source>
        <translation>A an 127.0.0.1, Port 0 binden, damit B eine Adresse hat, an die es senden kann.</translation>
    </message>
    <message>
        <source>Send one datagram from B to A&apos;s address; B gets an ephemeral port on the way.</source>
        <translation>Ein Datagramm von B an die Adresse von A senden; B erhält dabei einen ephemeren Port.</translation>
    </message>
    <message>
        <source>Receive the datagram on A, with the sender&apos;s address.</source>
        <translation>Das Datagramm auf A empfangen, mit der Adresse des Absenders.</translation>
    </message>
    <message>
        <source>Close the socket; a datagram socket leaves nothing behind.</source>
        <translation>Den Socket schließen; ein Datagramm-Socket hinterlässt nichts.</translation>
    </message>
    <message>
        <source>fstat on a socket: st_mode says S_IFSOCK.</source>
        <translation>fstat auf einem Socket: st_mode sagt S_IFSOCK.</translation>
    </message>
    <message>
        <source>lseek on a socket: there is no position (ESPIPE).</source>
        <translation>lseek auf einem Socket: Es gibt keine Position (ESPIPE).</translation>
    </message>
    <message>
        <source>fchdir on a socket: not a directory (ENOTDIR).</source>
        <translation>fchdir auf einem Socket: kein Verzeichnis (ENOTDIR).</translation>
    </message>
    <message>
        <source>dup: a second descriptor for the same open socket.</source>
        <translation>dup: ein zweiter Deskriptor für denselben offenen Socket.</translation>
    </message>
    <message>
        <source>Set O_NONBLOCK through the copy…</source>
        <translation>O_NONBLOCK über die Kopie setzen …</translation>
    </message>
    <message>
        <source>…and read it through the original: the flag belongs to the shared open file.</source>
        <translation>… und über das Original lesen: Das Flag gehört zur gemeinsamen offenen Datei.</translation>
    </message>
    <message>
        <source>Close the original: the socket stays open through the copy.</source>
        <translation>Das Original schließen: Der Socket bleibt über die Kopie offen.</translation>
    </message>
    <message>
        <source>Close the copy: the last reference, so now the socket goes away.</source>
        <translation>Die Kopie schließen: die letzte Referenz, daher verschwindet der Socket jetzt.</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauschend</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>gebunden</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>nicht gebunden</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 (no descriptor left)</source>
        <translation>%1 (kein Deskriptor mehr)</translation>
    </message>
    <message>
        <source>MSG_TRUNC on a stream socket: the kernel took %1 bytes out of the receive buffer and threw them away without copying them into buf (Linux); the return value says how many.</source>
        <translation>MSG_TRUNC auf einem Stream-Socket: Der Kernel hat %1 Bytes aus dem Empfangspuffer genommen und verworfen, ohne sie nach buf zu kopieren (Linux); der Rückgabewert sagt, wie viele.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a numeric IPv4 or IPv6 address (127.0.0.1, ::1) nor a unix path (one that starts with /, ./ or @).</source>
        <translation>&quot;%1&quot; ist weder eine numerische IPv4- oder IPv6-Adresse (127.0.0.1, ::1) noch ein Unix-Pfad (einer, der mit /, ./ oder @ beginnt).</translation>
    </message>
    <message>
        <source>The unix path has %1 bytes; sun_path holds %2 at most (and the terminating NUL).</source>
        <translation>Der Unix-Pfad hat %1 Bytes; sun_path fasst höchstens %2 (und das abschließende NUL).</translation>
    </message>
    <message>
        <source>The connection can no longer send (shut down or reset). MSG_NOSIGNAL kept the kernel from raising SIGPIPE, so only the error is returned.</source>
        <translation>Die Verbindung kann nicht mehr senden (beendet oder zurückgesetzt). MSG_NOSIGNAL hat den Kernel davon abgehalten, SIGPIPE auszulösen; es kommt nur der Fehler zurück.</translation>
    </message>
    <message>
        <source>net.ipv4.ping_group_range cannot be read here (no /proc/sys): ping sockets may not exist.</source>
        <translation>net.ipv4.ping_group_range lässt sich hier nicht lesen (kein /proc/sys): Ping-Sockets gibt es möglicherweise nicht.</translation>
    </message>
    <message>
        <source>net.ipv4.ping_group_range = %1: your groups (%2) are inside it, so ping sockets (SOCK_DGRAM, IPPROTO_ICMP) work without CAP_NET_RAW.</source>
        <translation>net.ipv4.ping_group_range = %1: Ihre Gruppen (%2) liegen darin, daher funktionieren Ping-Sockets (SOCK_DGRAM, IPPROTO_ICMP) ohne CAP_NET_RAW.</translation>
    </message>
    <message>
        <source>net.ipv4.ping_group_range = %1: your groups (%2) are outside it, so socket() refuses ping sockets with EACCES (&quot;1 0&quot;, the default, admits nobody, root included).</source>
        <translation>net.ipv4.ping_group_range = %1: Ihre Gruppen (%2) liegen außerhalb, daher lehnt socket() Ping-Sockets mit EACCES ab („1 0“, der Standardwert, lässt niemanden zu, auch root nicht).</translation>
    </message>
    <message>
        <source>The IPv4 header the lab built (IP_HDRINCL: the kernel adds none): %1.</source>
        <translation>Der IPv4-Header, den das Labor gebaut hat (IP_HDRINCL: Der Kernel fügt keinen hinzu): %1.</translation>
    </message>
    <message>
        <source>Its header checksum, over the 20 header bytes with the checksum field 0:</source>
        <translation>Seine Header-Prüfsumme, berechnet über die 20 Header-Bytes mit dem Prüfsummenfeld auf 0:</translation>
    </message>
    <message>
        <source>Linux still fills in the total length and the header checksum itself, and the identification and source address when they are 0.</source>
        <translation>Linux trägt die Gesamtlänge und die Header-Prüfsumme trotzdem selbst ein, ebenso die Identifikation und die Quelladresse, wenn sie 0 sind.</translation>
    </message>
    <message>
        <source>The echo request to %1: %2.</source>
        <translation>Der Echo-Request an %1: %2.</translation>
    </message>
    <message>
        <source>ICMPv6&apos;s checksum also covers a pseudo-header of both IPv6 addresses, which only the kernel knows for sure: it computes the checksum itself (IPV6_CHECKSUM is always on for ICMPv6 raw sockets), so the lab leaves the field 0.</source>
        <translation>Die Prüfsumme von ICMPv6 deckt auch einen Pseudo-Header mit beiden IPv6-Adressen ab, die nur der Kernel sicher kennt: Er berechnet die Prüfsumme selbst (IPV6_CHECKSUM ist bei ICMPv6-Raw-Sockets immer eingeschaltet), daher lässt das Labor das Feld auf 0.</translation>
    </message>
    <message>
        <source>The Internet checksum, over the ICMP message with its checksum field 0:</source>
        <translation>Die Internet-Prüfsumme, berechnet über die ICMP-Nachricht mit dem Prüfsummenfeld auf 0:</translation>
    </message>
    <message>
        <source>On a ping socket the kernel puts in its own identifier, the socket&apos;s &quot;port&quot; (%1 here), and computes the checksum again.</source>
        <translation>Bei einem Ping-Socket setzt der Kernel seine eigene Kennung ein, den „Port“ des Sockets (hier %1), und berechnet die Prüfsumme neu.</translation>
    </message>
    <message>
        <source>The reply, as recvfrom gave it: %1.</source>
        <translation>Die Antwort, wie recvfrom sie geliefert hat: %1.</translation>
    </message>
    <message>
        <source>A raw IPv4 socket receives the whole datagram, the IP header first; a ping socket (and a raw ICMPv6 socket) gets the ICMP message alone.</source>
        <translation>Ein IPv4-Raw-Socket empfängt das ganze Datagramm, den IP-Header zuerst; ein Ping-Socket (und ein ICMPv6-Raw-Socket) bekommt nur die ICMP-Nachricht.</translation>
    </message>
    <message>
        <source>A ping socket gets the ICMP message alone, without the IP header: the kernel already matched the reply to this socket by its identifier. A raw IPv4 socket would get the whole datagram, IP header first.</source>
        <translation>Ein Ping-Socket bekommt nur die ICMP-Nachricht, ohne den IP-Header: Der Kernel hat die Antwort bereits anhand ihrer Kennung diesem Socket zugeordnet. Ein IPv4-Raw-Socket bekäme das ganze Datagramm, den IP-Header zuerst.</translation>
    </message>
    <message>
        <source>A raw ICMPv6 socket gets the ICMP message without the IPv6 header.</source>
        <translation>Ein ICMPv6-Raw-Socket bekommt die ICMP-Nachricht ohne den IPv6-Header.</translation>
    </message>
    <message>
        <source>No reply came before the timeout.</source>
        <translation>Vor Ablauf des Zeitlimits kam keine Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n other ICMP message(s) read meanwhile: on loopback a raw socket also reads the echo request itself, and every other ICMP message of the machine.</source>
        <translation>
            <numerusform>Inzwischen %n weitere ICMP-Nachricht gelesen: Auf der Loopback-Schnittstelle liest ein Raw-Socket auch den Echo-Request selbst und jede andere ICMP-Nachricht des Rechners.</numerusform>
            <numerusform>Inzwischen %n weitere ICMP-Nachrichten gelesen: Auf der Loopback-Schnittstelle liest ein Raw-Socket auch den Echo-Request selbst und jede andere ICMP-Nachricht des Rechners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel made a raw socket, %1 (descriptor %2), for %3: it skips the transport layer. recvfrom gives every datagram of that protocol the machine receives (IPv4: IP header first), and sendto sends your bytes after an IP header the kernel writes (unless IP_HDRINCL is set).</source>
        <translation>Der Kernel hat einen Raw-Socket erzeugt, %1 (Deskriptor %2), für %3: Er umgeht die Transportschicht. recvfrom liefert jedes Datagramm dieses Protokolls, das der Rechner empfängt (IPv4: den IP-Header zuerst), und sendto sendet Ihre Bytes hinter einem IP-Header, den der Kernel schreibt (außer wenn IP_HDRINCL gesetzt ist).</translation>
    </message>
    <message>
        <source>The kernel made a raw socket for IPPROTO_RAW, %1 (descriptor %2): it only sends, never receives, and IP_HDRINCL is implied: each datagram you send begins with your own IPv4 header.</source>
        <translation>Der Kernel hat einen Raw-Socket für IPPROTO_RAW erzeugt, %1 (Deskriptor %2): Er sendet nur und empfängt nie, und IP_HDRINCL gilt implizit: Jedes Datagramm, das Sie senden, beginnt mit Ihrem eigenen IPv4-Header.</translation>
    </message>
    <message>
        <source>The kernel made a ping socket, %1 (descriptor %2): a datagram socket for ICMP echo only, allowed without CAP_NET_RAW to the groups in net.ipv4.ping_group_range. The kernel sets the identifier and the checksum, and hands this socket its own replies only, without the IP header.</source>
        <translation>Der Kernel hat einen Ping-Socket erzeugt, %1 (Deskriptor %2): einen Datagramm-Socket nur für ICMP-Echo, den die Gruppen in net.ipv4.ping_group_range ohne CAP_NET_RAW verwenden dürfen. Der Kernel setzt Kennung und Prüfsumme und übergibt diesem Socket nur seine eigenen Antworten, ohne den IP-Header.</translation>
    </message>
    <message>
        <source>The kernel made a sequenced-packet socket, %1 (descriptor %2): connected and reliable like a stream, but each send is one record and each recv returns at most one record.</source>
        <translation>Der Kernel hat einen Sequenced-Packet-Socket erzeugt, %1 (Deskriptor %2): verbunden und zuverlässig wie ein Stream, aber jedes send ist ein Datensatz, und jedes recv liefert höchstens einen Datensatz.</translation>
    </message>
    <message>
        <source>The kernel made socket %1 (descriptor %2) for protocol %3 of the protocols database.</source>
        <translation>Der Kernel hat den Socket %1 (Deskriptor %2) für das Protokoll %3 aus der Protokolldatenbank erzeugt.</translation>
    </message>
    <message>
        <source>%1 sends back to back put %2 bytes into the send buffer. While the first small segment is unacknowledged, Nagle&apos;s algorithm holds the others back and sends them together; with TCP_NODELAY each goes out at once.</source>
        <translation>%1 send-Aufrufe direkt hintereinander haben %2 Bytes in den Sendepuffer gelegt. Solange das erste kleine Segment unbestätigt ist, hält der Nagle-Algorithmus die übrigen zurück und sendet sie zusammen; mit TCP_NODELAY geht jedes sofort hinaus.</translation>
    </message>
    <message>
        <source>One record of %1 bytes (the buffer held %2). A sequenced-packet socket keeps the sender&apos;s boundaries: each recv returns at most one send&apos;s bytes, and what does not fit in the buffer is thrown away.</source>
        <translation>Ein Datensatz mit %1 Bytes (der Puffer fasste %2). Ein Sequenced-Packet-Socket bewahrt die Grenzen des Senders: Jedes recv liefert höchstens die Bytes eines send, und was nicht in den Puffer passt, wird verworfen.</translation>
    </message>
    <message>
        <source>The record had %1 bytes, the buffer only %2: with MSG_TRUNC recv returns the record&apos;s real length; the bytes beyond the buffer are lost.</source>
        <translation>Der Datensatz hatte %1 Bytes, der Puffer nur %2: Mit MSG_TRUNC liefert recv die tatsächliche Länge des Datensatzes; die Bytes jenseits des Puffers gehen verloren.</translation>
    </message>
    <message>
        <source>SO_LINGER is on with l_linger 0: close() will now abort the connection, sending a RST instead of a FIN, and leave no TIME_WAIT.</source>
        <translation>SO_LINGER ist mit l_linger 0 eingeschaltet: close() bricht die Verbindung jetzt ab, sendet ein RST statt eines FIN und hinterlässt kein TIME_WAIT.</translation>
    </message>
    <message>
        <source>SO_LINGER is set (l_onoff %1, l_linger %2 s): close() waits up to l_linger seconds for unsent data to go out.</source>
        <translation>SO_LINGER ist gesetzt (l_onoff %1, l_linger %2 s): close() wartet bis zu l_linger Sekunden darauf, dass noch nicht gesendete Daten hinausgehen.</translation>
    </message>
    <message>
        <source>TCP_NODELAY is on: Nagle&apos;s algorithm is off, so each small send goes out at once instead of waiting for the ACK of the data in flight.</source>
        <translation>TCP_NODELAY ist eingeschaltet: Der Nagle-Algorithmus ist aus, daher geht jedes kleine send sofort hinaus, statt auf das ACK für die noch unterwegs befindlichen Daten zu warten.</translation>
    </message>
    <message>
        <source>TCP_NODELAY is off: Nagle&apos;s algorithm holds small sends back while data is unacknowledged.</source>
        <translation>TCP_NODELAY ist ausgeschaltet: Der Nagle-Algorithmus hält kleine send-Aufrufe zurück, solange Daten unbestätigt sind.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE is %1: after TCP_KEEPIDLE seconds of silence the kernel probes the peer with an empty ACK.</source>
        <translation>SO_KEEPALIVE ist %1: Nach TCP_KEEPIDLE Sekunden Stille sendet der Kernel der Gegenstelle als Probe ein leeres ACK.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>TCP_KEEPIDLE is %1 s: the first keep-alive probe goes out after that long without traffic.</source>
        <translation>TCP_KEEPIDLE ist %1 s: Die erste Keep-Alive-Probe geht hinaus, wenn so lange kein Verkehr war.</translation>
    </message>
    <message>
        <source>TCP_KEEPINTVL is %1 s: the time between unanswered keep-alive probes.</source>
        <translation>TCP_KEEPINTVL ist %1 s: die Zeit zwischen unbeantworteten Keep-Alive-Proben.</translation>
    </message>
    <message>
        <source>TCP_KEEPCNT is %1: that many unanswered probes end the connection (ETIMEDOUT).</source>
        <translation>TCP_KEEPCNT ist %1: So viele unbeantwortete Proben beenden die Verbindung (ETIMEDOUT).</translation>
    </message>
    <message>
        <source>IP_HDRINCL is %1: each datagram sent on this raw socket must then begin with its own IPv4 header.</source>
        <translation>IP_HDRINCL ist %1: Jedes auf diesem Raw-Socket gesendete Datagramm muss dann mit seinem eigenen IPv4-Header beginnen.</translation>
    </message>
    <message>
        <source>%1 is set to %2.</source>
        <translation>%1 ist auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>The echo reply for sequence %1 came back after %2 µs.</source>
        <translation>Der Echo-Reply für Sequenznummer %1 kam nach %2 µs zurück.</translation>
    </message>
    <message>
        <source>No echo reply within %1 ms: the kernel may ignore echo requests (net.ipv4.icmp_echo_ignore_all), or another program took it first.</source>
        <translation>Kein Echo-Reply innerhalb von %1 ms: Der Kernel ignoriert womöglich Echo-Requests (net.ipv4.icmp_echo_ignore_all), oder ein anderes Programm hat ihn zuerst abgeholt.</translation>
    </message>
    <message>
        <source>The kernel sent the %1-byte datagram as the lab built it. This socket cannot receive: the echo reply goes to every raw ICMP socket (recvfrom on an AF_INET, SOCK_RAW, IPPROTO_ICMP socket shows it).</source>
        <translation>Der Kernel hat das %1-Byte-Datagramm so gesendet, wie das Labor es gebaut hat. Dieser Socket kann nicht empfangen: Der Echo-Reply geht an jeden ICMP-Raw-Socket (recvfrom auf einem Socket mit AF_INET, SOCK_RAW, IPPROTO_ICMP zeigt ihn).</translation>
    </message>
    <message>
        <source>AF_UNSPEC means &quot;any family&quot; where an address is looked up (getaddrinfo&apos;s hints) or undone (connect with AF_UNSPEC dissolves a datagram socket&apos;s association), but a socket belongs to one family: socket() answers %1 (%2).</source>
        <translation>AF_UNSPEC bedeutet „beliebige Familie“, wo eine Adresse nachgeschlagen (in den hints von getaddrinfo) oder aufgehoben wird (connect mit AF_UNSPEC löst die Zuordnung eines Datagramm-Sockets auf), aber ein Socket gehört zu genau einer Familie: socket() antwortet mit %1 (%2).</translation>
    </message>
    <message>
        <source>This system has no socket family %3: %1 (%2).</source>
        <translation>Dieses System hat keine Socket-Familie %3: %1 (%2).</translation>
    </message>
    <message>
        <source>%5 is no protocol for %3 sockets of type %4 here (%1: %2). TCP goes with SOCK_STREAM, UDP with SOCK_DGRAM; others need SOCK_RAW, or a kernel module (SCTP).</source>
        <translation>%5 ist hier kein Protokoll für %3-Sockets vom Typ %4 (%1: %2). TCP gehört zu SOCK_STREAM, UDP zu SOCK_DGRAM; andere brauchen SOCK_RAW oder ein Kernelmodul (SCTP).</translation>
    </message>
    <message>
        <source>The family %3 has no sockets of type %4 (%1: %2).</source>
        <translation>Die Familie %3 hat keine Sockets vom Typ %4 (%1: %2).</translation>
    </message>
    <message>
        <source>The protocol %4 does not go with the type %3 (%1: %2).</source>
        <translation>Das Protokoll %4 passt nicht zum Typ %3 (%1: %2).</translation>
    </message>
    <message>
        <source>The kernel refused (%1): a raw socket (%2, %3) needs the capability CAP_NET_RAW, which this process does not have. Run SockScope as root (sudo sockscope), or give the program the capability once: sudo setcap cap_net_raw+ep $(command -v sockscope). For an ICMP echo without privilege, use a ping socket instead: SOCK_DGRAM with IPPROTO_ICMP, allowed to the groups in net.ipv4.ping_group_range.</source>
        <translation>Der Kernel hat abgelehnt (%1): Ein Raw-Socket (%2, %3) braucht die Capability CAP_NET_RAW, die dieser Prozess nicht hat. Starten Sie SockScope als root (sudo sockscope), oder geben Sie dem Programm die Capability einmalig: sudo setcap cap_net_raw+ep $(command -v sockscope). Für ein ICMP-Echo ohne Privilegien nehmen Sie stattdessen einen Ping-Socket: SOCK_DGRAM mit IPPROTO_ICMP, erlaubt für die Gruppen in net.ipv4.ping_group_range.</translation>
    </message>
    <message>
        <source>The kernel refused the ping socket (%1): your groups (%3) lie outside net.ipv4.ping_group_range = %2 (&quot;1 0&quot;, the default, admits nobody, root included). An administrator admits them with sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot;; or use a raw socket, which needs CAP_NET_RAW.</source>
        <translation>Der Kernel hat den Ping-Socket abgelehnt (%1): Ihre Gruppen (%3) liegen außerhalb von net.ipv4.ping_group_range = %2 („1 0“, der Standardwert, lässt niemanden zu, auch root nicht). Ein Administrator lässt sie mit sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot; zu; oder nehmen Sie einen Raw-Socket, der CAP_NET_RAW braucht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the protocols database (/etc/protocols): getprotobyname found nothing. Choose a name from the list, or give a number from 0 to 255.</source>
        <translation>„%1“ steht nicht in der Protokolldatenbank (/etc/protocols): getprotobyname hat nichts gefunden. Wählen Sie einen Namen aus der Liste, oder geben Sie eine Zahl von 0 bis 255 an.</translation>
    </message>
    <message>
        <source>%1 is a %2 socket: an ICMP echo needs a raw ICMP socket (SOCK_RAW with IPPROTO_ICMP, or IPPROTO_ICMPV6 for AF_INET6) or a ping socket (SOCK_DGRAM with IPPROTO_ICMP).</source>
        <translation>%1 ist ein %2-Socket: Ein ICMP-Echo braucht einen ICMP-Raw-Socket (SOCK_RAW mit IPPROTO_ICMP, oder IPPROTO_ICMPV6 bei AF_INET6) oder einen Ping-Socket (SOCK_DGRAM mit IPPROTO_ICMP).</translation>
    </message>
    <message>
        <source>%1 is a %2 socket: a whole IPv4 datagram goes out on an AF_INET, SOCK_RAW, IPPROTO_RAW socket (IP_HDRINCL).</source>
        <translation>%1 ist ein %2-Socket: Ein ganzes IPv4-Datagramm geht über einen Socket mit AF_INET, SOCK_RAW, IPPROTO_RAW hinaus (IP_HDRINCL).</translation>
    </message>
    <message>
        <source>Reply timeout: %1 ms is out of range; 1 to %2 ms (0: the default, 1000 ms).</source>
        <translation>Zeitlimit für die Antwort: %1 ms liegt außerhalb des Bereichs; 1 bis %2 ms (0: der Standardwert, 1000 ms).</translation>
    </message>
    <message>
        <source>Repeat: %1 is out of range; a send may be repeated 1 to %2 times (other calls: once).</source>
        <translation>Wiederholung: %1 liegt außerhalb des Bereichs; ein send kann 1 bis %2 Mal wiederholt werden (andere Aufrufe: einmal).</translation>
    </message>
    <message>
        <source>Identifier: %1 is out of range; 0 to 65535 (16 bits).</source>
        <translation>Kennung: %1 liegt außerhalb des Bereichs; 0 bis 65535 (16 Bit).</translation>
    </message>
    <message>
        <source>Sequence: %1 is out of range; 0 to 65535 (16 bits).</source>
        <translation>Sequenznummer: %1 liegt außerhalb des Bereichs; 0 bis 65535 (16 Bit).</translation>
    </message>
    <message>
        <source>Wire: the three-way handshake</source>
        <translation>Leitung: der Drei-Wege-Handshake</translation>
    </message>
    <message>
        <source>Wire: orderly close, the client first</source>
        <translation>Leitung: geordnetes Schließen, der Client zuerst</translation>
    </message>
    <message>
        <source>Wire: orderly close, the server first</source>
        <translation>Leitung: geordnetes Schließen, der Server zuerst</translation>
    </message>
    <message>
        <source>Wire: RST by SO_LINGER 0</source>
        <translation>Leitung: RST durch SO_LINGER 0</translation>
    </message>
    <message>
        <source>Wire: connect to a closed port (RST)</source>
        <translation>Leitung: connect an einen geschlossenen Port (RST)</translation>
    </message>
    <message>
        <source>Wire: UDP to a closed port (ICMP, then ECONNREFUSED)</source>
        <translation>Leitung: UDP an einen geschlossenen Port (ICMP, dann ECONNREFUSED)</translation>
    </message>
    <message>
        <source>Wire: a full backlog (SYNs unanswered)</source>
        <translation>Leitung: ein volles Backlog (SYNs ohne Antwort)</translation>
    </message>
    <message>
        <source>Wire: Nagle&apos;s algorithm and TCP_NODELAY</source>
        <translation>Leitung: Nagle-Algorithmus und TCP_NODELAY</translation>
    </message>
    <message>
        <source>Wire: MSG_OOB and the URG flag</source>
        <translation>Leitung: MSG_OOB und das URG-Flag</translation>
    </message>
    <message>
        <source>Wire: keep-alive probes</source>
        <translation>Leitung: Keep-Alive-Proben</translation>
    </message>
    <message>
        <source>Start a capture on the Wire page first: connect() puts SYN, SYN-ACK and ACK on the wire; accept() only takes the finished connection.</source>
        <translation>Starten Sie zuerst einen Mitschnitt auf der Seite „Die Leitung“: connect() bringt SYN, SYN-ACK und ACK auf die Leitung; accept() übernimmt nur die fertige Verbindung.</translation>
    </message>
    <message>
        <source>Each side&apos;s close() sends a FIN, each FIN is acknowledged; the side that closed first ends in TIME_WAIT. Watch the states beside the ladder on the Wire page.</source>
        <translation>Das close() jeder Seite sendet ein FIN, jedes FIN wird bestätigt; die Seite, die zuerst geschlossen hat, endet in TIME_WAIT. Beobachten Sie die Zustände neben dem Leiterdiagramm auf der Seite „Die Leitung“.</translation>
    </message>
    <message>
        <source>With SO_LINGER on and l_linger 0, close() aborts: one RST instead of the FIN exchange, and no TIME_WAIT.</source>
        <translation>Mit eingeschaltetem SO_LINGER und l_linger 0 bricht close() ab: ein RST statt des FIN-Austauschs und kein TIME_WAIT.</translation>
    </message>
    <message>
        <source>A port that is bound but not listening: the kernel answers the SYN with a RST, and connect() fails with ECONNREFUSED.</source>
        <translation>Ein Port, der gebunden ist, auf dem aber niemand lauscht: Der Kernel beantwortet das SYN mit einem RST, und connect() scheitert mit ECONNREFUSED.</translation>
    </message>
    <message>
        <source>A datagram to a port nobody has: the kernel answers with ICMP port unreachable, and the connected UDP socket learns of it on its next call (ECONNREFUSED).</source>
        <translation>Ein Datagramm an einen Port, den niemand hat: Der Kernel antwortet mit ICMP Port Unreachable, und der verbundene UDP-Socket erfährt davon bei seinem nächsten Aufruf (ECONNREFUSED).</translation>
    </message>
    <message>
        <source>listen(fd, 1) and three clients: two connections fill the queue, the third client&apos;s SYN is dropped and retransmitted until accept() makes room.</source>
        <translation>listen(fd, 1) und drei Clients: Zwei Verbindungen füllen die Warteschlange, das SYN des dritten Clients wird verworfen und erneut gesendet, bis accept() Platz schafft.</translation>
    </message>
    <message>
        <source>Ten sends of two bytes each, back to back: with Nagle&apos;s algorithm a few segments, with TCP_NODELAY one per send.</source>
        <translation>Zehn send-Aufrufe zu je zwei Bytes, direkt hintereinander: mit dem Nagle-Algorithmus einige wenige Segmente, mit TCP_NODELAY eines je send.</translation>
    </message>
    <message>
        <source>One byte of urgent data: the segment carries the URG flag and the urgent pointer; the reader finds the mark with SIOCATMARK and the byte with MSG_OOB.</source>
        <translation>Ein Byte dringender Daten: Das Segment trägt das URG-Flag und den Urgent-Zeiger; der Leser findet die Marke mit SIOCATMARK und das Byte mit MSG_OOB.</translation>
    </message>
    <message>
        <source>Short keep-alive timers on an idle connection: the kernel probes the peer every second after two quiet seconds, and the peer acknowledges.</source>
        <translation>Kurze Keep-Alive-Timer auf einer ruhenden Verbindung: Nach zwei stillen Sekunden sendet der Kernel der Gegenstelle jede Sekunde eine Probe, und die Gegenstelle bestätigt sie.</translation>
    </message>
    <message>
        <source>sendto() the closed port</source>
        <translation>sendto() an den geschlossenen Port</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0} on the client</source>
        <translation>SO_LINGER {1, 0} auf dem Client</translation>
    </message>
    <message>
        <source>socket() for the target</source>
        <translation>socket() für das Ziel</translation>
    </message>
    <message>
        <source>bind() the target</source>
        <translation>bind() für das Ziel</translation>
    </message>
    <message>
        <source>close() the target</source>
        <translation>close() für das Ziel</translation>
    </message>
    <message>
        <source>sendto() again</source>
        <translation>sendto() noch einmal</translation>
    </message>
    <message>
        <source>socket() for client %1</source>
        <translation>socket() für Client %1</translation>
    </message>
    <message>
        <source>connect() client %1</source>
        <translation>connect() für Client %1</translation>
    </message>
    <message>
        <source>close() client %1</source>
        <translation>close() für Client %1</translation>
    </message>
    <message>
        <source>send() ten times</source>
        <translation>send() zehnmal</translation>
    </message>
    <message>
        <source>TCP_NODELAY on the client</source>
        <translation>TCP_NODELAY auf dem Client</translation>
    </message>
    <message>
        <source>send() ten times again</source>
        <translation>send() noch einmal zehnmal</translation>
    </message>
    <message>
        <source>send() normal data</source>
        <translation>send() mit normalen Daten</translation>
    </message>
    <message>
        <source>send() one byte with MSG_OOB</source>
        <translation>send() eines Bytes mit MSG_OOB</translation>
    </message>
    <message>
        <source>ioctl(SIOCATMARK)</source>
        <translation>ioctl(SIOCATMARK)</translation>
    </message>
    <message>
        <source>recv() up to the mark</source>
        <translation>recv() bis zur Marke</translation>
    </message>
    <message>
        <source>recv() with MSG_OOB</source>
        <translation>recv() mit MSG_OOB</translation>
    </message>
    <message>
        <source>TCP_KEEPIDLE 2 s</source>
        <translation>TCP_KEEPIDLE 2 s</translation>
    </message>
    <message>
        <source>TCP_KEEPINTVL 1 s</source>
        <translation>TCP_KEEPINTVL 1 s</translation>
    </message>
    <message>
        <source>TCP_KEEPCNT 3</source>
        <translation>TCP_KEEPCNT 3</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE on</source>
        <translation>SO_KEEPALIVE ein</translation>
    </message>
    <message>
        <source>Create a TCP socket with SOCK_NONBLOCK, so that its connect() returns at once.</source>
        <translation>Einen TCP-Socket mit SOCK_NONBLOCK erzeugen, damit sein connect() sofort zurückkehrt.</translation>
    </message>
    <message>
        <source>Bind to 127.0.0.1, port 0 (the kernel picks a free port).</source>
        <translation>An 127.0.0.1, Port 0 binden (der Kernel wählt einen freien Port).</translation>
    </message>
    <message>
        <source>listen(fd, 1): Linux queues at most backlog + 1 = 2 finished connections.</source>
        <translation>listen(fd, 1): Linux stellt höchstens backlog + 1 = 2 fertig aufgebaute Verbindungen in die Warteschlange.</translation>
    </message>
    <message>
        <source>Connect to the target&apos;s port: it is bound, but nothing listens there.</source>
        <translation>Mit dem Port des Ziels verbinden: Er ist gebunden, aber dort lauscht niemand.</translation>
    </message>
    <message>
        <source>Connect the client&apos;s UDP socket to the target: no packet, only the kernel&apos;s note of the peer.</source>
        <translation>Den UDP-Socket des Clients mit dem Ziel verbinden: kein Paket, nur eine Notiz des Kernels über die Gegenstelle.</translation>
    </message>
    <message>
        <source>The third client: the queue is full, connect() returns -1 EINPROGRESS and the handshake waits.</source>
        <translation>Der dritte Client: Die Warteschlange ist voll, connect() liefert -1 EINPROGRESS, und der Handshake wartet.</translation>
    </message>
    <message>
        <source>Accept one connection: now the queue has room for the third.</source>
        <translation>Eine Verbindung annehmen: Jetzt hat die Warteschlange Platz für die dritte.</translation>
    </message>
    <message>
        <source>Close the client with SO_LINGER {1, 0}: the connection is aborted.</source>
        <translation>Den Client mit SO_LINGER {1, 0} schließen: Die Verbindung wird abgebrochen.</translation>
    </message>
    <message>
        <source>The client closes first: its kernel sends a FIN.</source>
        <translation>Der Client schließt zuerst: Sein Kernel sendet ein FIN.</translation>
    </message>
    <message>
        <source>The server&apos;s end closes first: its kernel sends a FIN.</source>
        <translation>Die Serverseite schließt zuerst: Ihr Kernel sendet ein FIN.</translation>
    </message>
    <message>
        <source>The other side reads end of stream: recv returns 0.</source>
        <translation>Die andere Seite liest das Ende des Streams: recv liefert 0.</translation>
    </message>
    <message>
        <source>Now the server&apos;s end closes too: the second FIN.</source>
        <translation>Jetzt schließt auch die Serverseite: das zweite FIN.</translation>
    </message>
    <message>
        <source>Now the client closes too: the second FIN.</source>
        <translation>Jetzt schließt auch der Client: das zweite FIN.</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER) with l_onoff 1 and l_linger 0 on the client.</source>
        <translation>setsockopt(SO_LINGER) mit l_onoff 1 und l_linger 0 auf dem Client.</translation>
    </message>
    <message>
        <source>The server&apos;s end reads: -1 ECONNRESET, the reset is all it learns.</source>
        <translation>Die Serverseite liest: -1 ECONNRESET; der Reset ist alles, was sie erfährt.</translation>
    </message>
    <message>
        <source>Send a datagram to the target&apos;s port, whose socket is closed now: sendto succeeds.</source>
        <translation>Ein Datagramm an den Port des Ziels senden, dessen Socket jetzt geschlossen ist: sendto gelingt.</translation>
    </message>
    <message>
        <source>Send again: -1 ECONNREFUSED, the error the ICMP message left on the socket.</source>
        <translation>Noch einmal senden: -1 ECONNREFUSED, der Fehler, den die ICMP-Nachricht am Socket hinterlassen hat.</translation>
    </message>
    <message>
        <source>Close the target: its port now belongs to nobody.</source>
        <translation>Das Ziel schließen: Sein Port gehört jetzt niemandem.</translation>
    </message>
    <message>
        <source>Ten sends of two bytes, back to back, Nagle&apos;s algorithm on (the default).</source>
        <translation>Zehn send-Aufrufe zu je zwei Bytes, direkt hintereinander, Nagle-Algorithmus eingeschaltet (Standard).</translation>
    </message>
    <message>
        <source>Read what arrived: the bytes of all ten sends.</source>
        <translation>Lesen, was angekommen ist: die Bytes aller zehn send-Aufrufe.</translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY, 1) on the client: Nagle&apos;s algorithm off.</source>
        <translation>setsockopt(TCP_NODELAY, 1) auf dem Client: Nagle-Algorithmus aus.</translation>
    </message>
    <message>
        <source>The same ten sends with TCP_NODELAY.</source>
        <translation>Dieselben zehn send-Aufrufe mit TCP_NODELAY.</translation>
    </message>
    <message>
        <source>Send six bytes of normal data.</source>
        <translation>Sechs Bytes normaler Daten senden.</translation>
    </message>
    <message>
        <source>Send one byte with MSG_OOB: TCP&apos;s urgent data.</source>
        <translation>Ein Byte mit MSG_OOB senden: die dringenden Daten von TCP.</translation>
    </message>
    <message>
        <source>SIOCATMARK on the server&apos;s end: 0, normal data comes before the mark.</source>
        <translation>SIOCATMARK auf der Serverseite: 0, vor der Marke kommen normale Daten.</translation>
    </message>
    <message>
        <source>recv stops at the mark: the six normal bytes, not the urgent one.</source>
        <translation>recv hält an der Marke an: die sechs normalen Bytes, nicht das dringende.</translation>
    </message>
    <message>
        <source>SIOCATMARK again: 1, the read position is at the mark.</source>
        <translation>Noch einmal SIOCATMARK: 1, die Leseposition steht an der Marke.</translation>
    </message>
    <message>
        <source>recv with MSG_OOB: the urgent byte, out of band.</source>
        <translation>recv mit MSG_OOB: das dringende Byte, Out-of-Band.</translation>
    </message>
    <message>
        <source>setsockopt(TCP_KEEPIDLE, 2): the first probe after two idle seconds.</source>
        <translation>setsockopt(TCP_KEEPIDLE, 2): die erste Probe nach zwei Sekunden Leerlauf.</translation>
    </message>
    <message>
        <source>setsockopt(TCP_KEEPINTVL, 1): then one probe a second while unanswered.</source>
        <translation>setsockopt(TCP_KEEPINTVL, 1): danach eine Probe pro Sekunde, solange keine Antwort kommt.</translation>
    </message>
    <message>
        <source>setsockopt(TCP_KEEPCNT, 3): three unanswered probes end the connection.</source>
        <translation>setsockopt(TCP_KEEPCNT, 3): Drei unbeantwortete Proben beenden die Verbindung.</translation>
    </message>
    <message>
        <source>setsockopt(SO_KEEPALIVE, 1): keep-alive on. Wait a few seconds before the next step.</source>
        <translation>setsockopt(SO_KEEPALIVE, 1): Keep-Alive ein. Warten Sie einige Sekunden vor dem nächsten Schritt.</translation>
    </message>
    <message>
        <source>Close the socket.</source>
        <translation>Den Socket schließen.</translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK: the handshake.</source>
        <translation>SYN, SYN-ACK, ACK: der Handshake.</translation>
    </message>
    <message>
        <source>A FIN from the client, acknowledged; the client&apos;s state goes FIN_WAIT_1, FIN_WAIT_2.</source>
        <translation>Ein FIN vom Client, bestätigt; der Zustand des Clients wechselt über FIN_WAIT_1 zu FIN_WAIT_2.</translation>
    </message>
    <message>
        <source>Data from the server still flows, and the client acknowledges it.</source>
        <translation>Daten vom Server fließen weiterhin, und der Client bestätigt sie.</translation>
    </message>
    <message>
        <source>The second FIN closes the other direction.</source>
        <translation>Das zweite FIN schließt die andere Richtung.</translation>
    </message>
    <message>
        <source>A SYN, answered by RST-ACK: nothing listens.</source>
        <translation>Ein SYN, beantwortet mit RST-ACK: Niemand lauscht.</translation>
    </message>
    <message>
        <source>Nothing: connecting a UDP socket sends no packet.</source>
        <translation>Nichts: Das Verbinden eines UDP-Sockets sendet kein Paket.</translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK: the three-way handshake.</source>
        <translation>SYN, SYN-ACK, ACK: der Drei-Wege-Handshake.</translation>
    </message>
    <message>
        <source>A SYN that gets no SYN-ACK: the listener drops it. It comes again after 1 s, 3 s, 7 s, …</source>
        <translation>Ein SYN, das kein SYN-ACK bekommt: Der lauschende Socket verwirft es. Es kommt nach 1 s, 3 s, 7 s, … erneut.</translation>
    </message>
    <message>
        <source>Nothing at once; the third client&apos;s next retransmitted SYN is answered now.</source>
        <translation>Nicht sofort etwas; das nächste erneut gesendete SYN des dritten Clients wird jetzt beantwortet.</translation>
    </message>
    <message>
        <source>Nothing: the handshake was over before accept() took the connection.</source>
        <translation>Nichts: Der Handshake war vorbei, bevor accept() die Verbindung übernahm.</translation>
    </message>
    <message>
        <source>One RST and no FIN; neither side is left in TIME_WAIT.</source>
        <translation>Ein RST und kein FIN; keine Seite bleibt in TIME_WAIT zurück.</translation>
    </message>
    <message>
        <source>A FIN from this side and its ACK: this side is now FIN_WAIT_2, the other CLOSE_WAIT.</source>
        <translation>Ein FIN von dieser Seite und sein ACK: Diese Seite ist jetzt in FIN_WAIT_2, die andere in CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>The second FIN and its ACK: the side that closed first is now in TIME_WAIT.</source>
        <translation>Das zweite FIN und sein ACK: Die Seite, die zuerst geschlossen hat, ist jetzt in TIME_WAIT.</translation>
    </message>
    <message>
        <source>Nothing: the FIN already arrived; recv reports it.</source>
        <translation>Nichts: Das FIN ist schon angekommen; recv meldet es.</translation>
    </message>
    <message>
        <source>Nothing more: the RST was the last packet.</source>
        <translation>Nichts mehr: Das RST war das letzte Paket.</translation>
    </message>
    <message>
        <source>A UDP datagram, answered by ICMP destination unreachable (port unreachable), which quotes it.</source>
        <translation>Ein UDP-Datagramm, beantwortet mit ICMP Destination Unreachable (Port Unreachable); die ICMP-Nachricht zitiert das Datagramm.</translation>
    </message>
    <message>
        <source>Nothing: the call fails before any datagram is sent.</source>
        <translation>Nichts: Der Aufruf scheitert, bevor irgendein Datagramm gesendet wird.</translation>
    </message>
    <message>
        <source>The first two bytes alone, then the rest together once they are acknowledged.</source>
        <translation>Die ersten zwei Bytes allein, dann der Rest zusammen, sobald sie bestätigt sind.</translation>
    </message>
    <message>
        <source>A segment per send (or nearly: the kernel may still coalesce when the device is busy).</source>
        <translation>Ein Segment je send (oder fast: Der Kernel kann trotzdem zusammenfassen, wenn das Gerät ausgelastet ist).</translation>
    </message>
    <message>
        <source>A 6-byte segment.</source>
        <translation>Ein 6-Byte-Segment.</translation>
    </message>
    <message>
        <source>A 1-byte segment with the URG flag and the urgent pointer set.</source>
        <translation>Ein 1-Byte-Segment mit gesetztem URG-Flag und Urgent-Zeiger.</translation>
    </message>
    <message>
        <source>After two quiet seconds, an empty ACK one byte behind (the probe), answered by an ACK; again every second.</source>
        <translation>Nach zwei stillen Sekunden ein leeres ACK, das ein Byte zurückliegt (die Probe), beantwortet mit einem ACK; danach jede Sekunde wieder.</translation>
    </message>
    <message>
        <source>A FIN from this side, if the connection is still open, and its ACK.</source>
        <translation>Ein FIN von dieser Seite, falls die Verbindung noch offen ist, und sein ACK.</translation>
    </message>
</context>
<context>
    <name>PayloadMessages</name>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>character U+%1</source>
        <translation>Zeichen U+%1</translation>
    </message>
    <message>
        <source>a backslash at the end starts no escape; write \\ for a backslash</source>
        <translation>ein Backslash am Ende leitet kein Escape ein; schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>%1 after the backslash is not an escape. Allowed: \r \n \t \a \b \f \v \\ \&quot; \&apos; \0, \xHH, \NNN (octal)</source>
        <translation>%1 nach dem Backslash ist kein Escape. Erlaubt: \r \n \t \a \b \f \v \\ \&quot; \&apos; \0, \xHH, \NNN (oktal)</translation>
    </message>
    <message>
        <source>\x needs one or two hex digits after it</source>
        <translation>\x braucht danach eine oder zwei Hexziffern</translation>
    </message>
    <message>
        <source>the octal escape is larger than \377, the largest byte</source>
        <translation>das oktale Escape ist größer als \377, das größte Byte</translation>
    </message>
    <message>
        <source>%1 is not a hex digit. Allowed: 0–9, a–f, A–F, spaces, commas and a 0x prefix</source>
        <translation>%1 ist keine Hexziffer. Erlaubt: 0–9, a–f, A–F, Leerzeichen, Kommas und ein Präfix 0x</translation>
    </message>
    <message>
        <source>an odd number of hex digits; every byte needs two</source>
        <translation>eine ungerade Anzahl von Hexziffern; jedes Byte braucht zwei</translation>
    </message>
    <message>
        <source>Position %1: %2.</source>
        <translation>Position %1: %2.</translation>
    </message>
</context>
<context>
    <name>ResolverMessages</name>
    <message>
        <source>Allowed: inet (AF_INET), inet6 (AF_INET6), unspec (AF_UNSPEC: either).</source>
        <translation>Erlaubt: inet (AF_INET), inet6 (AF_INET6), unspec (AF_UNSPEC: beide).</translation>
    </message>
    <message>
        <source>Allowed: stream (SOCK_STREAM), dgram (SOCK_DGRAM), raw (SOCK_RAW), any (0: one result per type).</source>
        <translation>Erlaubt: stream (SOCK_STREAM), dgram (SOCK_DGRAM), raw (SOCK_RAW), any (0: ein Ergebnis pro Typ).</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time; try again. (Looking up %1; if it keeps happening, check the network and the name servers in /etc/resolv.conf.)</source>
        <translation>Der DNS-Server hat nicht rechtzeitig geantwortet; versuchen Sie es erneut. (Gesucht: %1; wenn das wiederholt passiert, prüfen Sie das Netzwerk und die Nameserver in /etc/resolv.conf.)</translation>
    </message>
    <message>
        <source>No such host or service: NODE and SERVICE are both NULL; getaddrinfo needs at least one of them.</source>
        <translation>Host oder Dienst nicht gefunden: NODE und SERVICE sind beide NULL; getaddrinfo braucht mindestens eines davon.</translation>
    </message>
    <message>
        <source>No such host: %1 is not a numeric address, and numerichost (AI_NUMERICHOST) forbids looking it up as a name. Give an address such as 192.0.2.1 or 2001:db8::1, or leave out numerichost.</source>
        <translation>Host nicht gefunden: %1 ist keine numerische Adresse, und numerichost (AI_NUMERICHOST) verbietet, es als Namen nachzuschlagen. Geben Sie eine Adresse wie 192.0.2.1 oder 2001:db8::1 an oder lassen Sie numerichost weg.</translation>
    </message>
    <message>
        <source>No such service: %1 is not a port number, and numericserv (AI_NUMERICSERV) forbids looking it up in the services database. Give a number 0-65535, or leave out numericserv.</source>
        <translation>Dienst nicht gefunden: %1 ist keine Portnummer, und numericserv (AI_NUMERICSERV) verbietet, ihn in der Dienstedatenbank nachzuschlagen. Geben Sie eine Zahl 0-65535 an oder lassen Sie numericserv weg.</translation>
    </message>
    <message>
        <source>No such host or service: check NODE %1 and SERVICE %2 (a NULL NODE means the local host, or the wildcard address with passive).</source>
        <translation>Host oder Dienst nicht gefunden: Prüfen Sie NODE %1 und SERVICE %2 (ein NODE NULL bedeutet den lokalen Host bzw. mit passive die Wildcard-Adresse).</translation>
    </message>
    <message>
        <source>No such host or service: check NODE %1 and SERVICE %2. The name is not in /etc/hosts and DNS does not know it.</source>
        <translation>Host oder Dienst nicht gefunden: Prüfen Sie NODE %1 und SERVICE %2. Der Name steht nicht in /etc/hosts und ist dem DNS unbekannt.</translation>
    </message>
    <message>
        <source>Service %1 is not known for SOCK_RAW: a raw socket has no ports. Give no SERVICE with socktype raw.</source>
        <translation>Dienst %1 ist für SOCK_RAW nicht bekannt: Ein Raw-Socket hat keine Ports. Geben Sie bei socktype raw keinen SERVICE an.</translation>
    </message>
    <message>
        <source>Service %1 is not known for protocol %2: getaddrinfo knows ports for TCP and UDP only.</source>
        <translation>Dienst %1 ist für Protokoll %2 nicht bekannt: getaddrinfo kennt Ports nur für TCP und UDP.</translation>
    </message>
    <message>
        <source>Service %1 is not known for %2: it is not in the services database for this socket type. Give a port number, or check it with &apos;sockscope-cli service NAME&apos;.</source>
        <translation>Dienst %1 ist für %2 nicht bekannt: Er steht für diesen Socket-Typ nicht in der Dienstedatenbank. Geben Sie eine Portnummer an oder prüfen Sie ihn mit &apos;sockscope-cli service NAME&apos;.</translation>
    </message>
    <message>
        <source>any socket type</source>
        <translation>beliebiger Socket-Typ</translation>
    </message>
    <message>
        <source>Bad flags: canonname (AI_CANONNAME) needs a NODE; with a NULL NODE there is no name to make canonical.</source>
        <translation>Ungültige Flags: canonname (AI_CANONNAME) braucht einen NODE; bei NODE NULL gibt es keinen Namen, der kanonisch gemacht werden könnte.</translation>
    </message>
    <message>
        <source>Bad flags: getaddrinfo does not accept %1 together. Allowed: %2.</source>
        <translation>Ungültige Flags: getaddrinfo akzeptiert %1 nicht zusammen. Erlaubt: %2.</translation>
    </message>
    <message>
        <source>getaddrinfo does not support the address family %1. %2</source>
        <translation>getaddrinfo unterstützt die Adressfamilie %1 nicht. %2</translation>
    </message>
    <message>
        <source>The socket type %1 does not go with protocol %2: give a matching pair, or protocol 0.</source>
        <translation>Der Socket-Typ %1 passt nicht zu Protokoll %2: Geben Sie ein passendes Paar an oder Protokoll 0.</translation>
    </message>
    <message>
        <source>getaddrinfo does not support the socket type %1. %2</source>
        <translation>getaddrinfo unterstützt den Socket-Typ %1 nicht. %2</translation>
    </message>
    <message>
        <source>A system error ended the lookup of NODE %1 and SERVICE %2: %3.</source>
        <translation>Ein Systemfehler hat die Abfrage von NODE %1 und SERVICE %2 beendet: %3.</translation>
    </message>
    <message>
        <source>The host %1 has no address in the family %2. Try family unspec, or the other family.</source>
        <translation>Der Host %1 hat keine Adresse in der Familie %2. Versuchen Sie die Familie unspec oder die andere Familie.</translation>
    </message>
    <message>
        <source>The host %1 exists, but has no address (no A or AAAA record).</source>
        <translation>Der Host %1 existiert, hat aber keine Adresse (kein A- oder AAAA-Eintrag).</translation>
    </message>
    <message>
        <source>The DNS server failed for %1 with a permanent error; asking again will not help.</source>
        <translation>Der DNS-Server ist bei %1 mit einem dauerhaften Fehler gescheitert; erneutes Fragen hilft nicht.</translation>
    </message>
    <message>
        <source>Out of memory while looking up %1.</source>
        <translation>Kein Speicher mehr bei der Abfrage von %1.</translation>
    </message>
    <message>
        <source>A result did not fit its buffer while looking up %1.</source>
        <translation>Bei der Abfrage von %1 passte ein Ergebnis nicht in seinen Puffer.</translation>
    </message>
    <message>
        <source>getaddrinfo failed for NODE %1 and SERVICE %2: %3 (%4).</source>
        <translation>getaddrinfo ist für NODE %1 und SERVICE %2 gescheitert: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not a numeric IPv4 or IPv6 address: getnameinfo takes an address such as 127.0.0.1 or ::1 (with %iface for a link-local one), not a name.</source>
        <translation>%1 ist keine numerische IPv4- oder IPv6-Adresse: getnameinfo nimmt eine Adresse wie 127.0.0.1 oder ::1 (mit %iface bei einer link-lokalen), keinen Namen.</translation>
    </message>
    <message>
        <source>No host name is known for %1, and namereqd (NI_NAMEREQD) asks for a name rather than the numeric form. Leave out namereqd to get the address back as text.</source>
        <translation>Für %1 ist kein Hostname bekannt, und namereqd (NI_NAMEREQD) verlangt einen Namen statt der numerischen Form. Lassen Sie namereqd weg, um die Adresse als Text zurückzubekommen.</translation>
    </message>
    <message>
        <source>No such host or service for %1 port %2.</source>
        <translation>Kein Host oder Dienst für %1 Port %2.</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>der Name von %1</translation>
    </message>
    <message>
        <source>Bad flags: getnameinfo does not accept %1. Allowed: %2.</source>
        <translation>Ungültige Flags: getnameinfo akzeptiert %1 nicht. Erlaubt: %2.</translation>
    </message>
    <message>
        <source>getnameinfo does not support the address family of %1.</source>
        <translation>getnameinfo unterstützt die Adressfamilie von %1 nicht.</translation>
    </message>
    <message>
        <source>The DNS server failed for the name of %1 with a permanent error; asking again will not help.</source>
        <translation>Der DNS-Server ist beim Namen von %1 mit einem dauerhaften Fehler gescheitert; erneutes Fragen hilft nicht.</translation>
    </message>
    <message>
        <source>Out of memory while looking up the name of %1.</source>
        <translation>Kein Speicher mehr bei der Abfrage des Namens von %1.</translation>
    </message>
    <message>
        <source>The name of %1 or of port %2 did not fit its buffer (NI_MAXHOST, NI_MAXSERV).</source>
        <translation>Der Name von %1 oder von Port %2 passte nicht in seinen Puffer (NI_MAXHOST, NI_MAXSERV).</translation>
    </message>
    <message>
        <source>A system error ended the lookup of the name of %1: %2.</source>
        <translation>Ein Systemfehler hat die Abfrage des Namens von %1 beendet: %2.</translation>
    </message>
    <message>
        <source>getnameinfo failed for %1 port %2: %3 (%4).</source>
        <translation>getnameinfo ist für %1 Port %2 gescheitert: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address: gethostbyaddr takes an address such as %3.</source>
        <translation>%1 ist keine gültige %2-Adresse: gethostbyaddr nimmt eine Adresse wie %3.</translation>
    </message>
    <message>
        <source>The lookup of %1 failed: %2.</source>
        <translation>Die Abfrage von %1 ist gescheitert: %2.</translation>
    </message>
    <message>
        <source>No host name is known for the address %1 (not in /etc/hosts, and DNS has no PTR record for it).</source>
        <translation>Für die Adresse %1 ist kein Hostname bekannt (nicht in /etc/hosts, und das DNS hat keinen PTR-Eintrag dafür).</translation>
    </message>
    <message>
        <source>No such host: %1 is not in /etc/hosts and DNS does not know it (for %2).</source>
        <translation>Host nicht gefunden: %1 steht nicht in /etc/hosts und ist dem DNS unbekannt (für %2).</translation>
    </message>
    <message>
        <source>The name server failed for %1 with a permanent error; asking again will not help.</source>
        <translation>Der Nameserver ist bei %1 mit einem dauerhaften Fehler gescheitert; erneutes Fragen hilft nicht.</translation>
    </message>
    <message>
        <source>The name %1 is valid but has no %2 address (try the other family).</source>
        <translation>Der Name %1 ist gültig, hat aber keine %2-Adresse (versuchen Sie die andere Familie).</translation>
    </message>
    <message>
        <source>The lookup of %1 failed inside the C library: %2.</source>
        <translation>Die Abfrage von %1 ist in der C-Bibliothek gescheitert: %2.</translation>
    </message>
    <message>
        <source>The lookup of %1 failed: %2 (%3).</source>
        <translation>Die Abfrage von %1 ist gescheitert: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>SocketOptionMessages</name>
    <message>
        <source>Whether the socket is listening for connections (set by listen()).</source>
        <translation>Ob der Socket auf Verbindungen lauscht (gesetzt durch listen()).</translation>
    </message>
    <message>
        <source>Allow sending datagrams to a broadcast address.</source>
        <translation>Erlaubt das Senden von Datagrammen an eine Broadcast-Adresse.</translation>
    </message>
    <message>
        <source>Ask the protocol to record debugging information (turning it on needs CAP_NET_ADMIN).</source>
        <translation>Bittet das Protokoll, Debug-Informationen aufzuzeichnen (zum Einschalten ist CAP_NET_ADMIN nötig).</translation>
    </message>
    <message>
        <source>Send only to directly connected hosts, bypassing the routing table.</source>
        <translation>Sendet nur an direkt verbundene Hosts und umgeht dabei die Routing-Tabelle.</translation>
    </message>
    <message>
        <source>The pending socket error (an errno value); reading it clears it.</source>
        <translation>Der anstehende Socket-Fehler (ein errno-Wert); Lesen löscht ihn.</translation>
    </message>
    <message>
        <source>Send keep-alive probes on an idle connection to find out whether the peer is still there.</source>
        <translation>Sendet auf einer ruhenden Verbindung Keep-Alive-Proben, um herauszufinden, ob die Gegenstelle noch da ist.</translation>
    </message>
    <message>
        <source>What close() does with unsent data: wait up to this many seconds; {1, 0} resets the connection.</source>
        <translation>Was close() mit ungesendeten Daten macht: bis zu so viele Sekunden warten; {1, 0} setzt die Verbindung zurück.</translation>
    </message>
    <message>
        <source>Deliver urgent (out-of-band) data inline with the normal data.</source>
        <translation>Liefert dringende (Out-of-Band-)Daten inline mit den normalen Daten.</translation>
    </message>
    <message>
        <source>The size of the receive buffer in bytes.</source>
        <translation>Die Größe des Empfangspuffers in Bytes.</translation>
    </message>
    <message>
        <source>The fewest bytes a receive call waits for before it returns.</source>
        <translation>Die Mindestzahl an Bytes, auf die ein Empfangsaufruf wartet, bevor er zurückkehrt.</translation>
    </message>
    <message>
        <source>How long a blocking receive waits before it fails with EAGAIN; 0 waits for ever.</source>
        <translation>Wie lange ein blockierender Empfangsaufruf wartet, bevor er mit EAGAIN scheitert; 0 wartet ewig.</translation>
    </message>
    <message>
        <source>Allow bind() to an address still held by a connection in TIME_WAIT.</source>
        <translation>Erlaubt bind() an eine Adresse, die noch von einer Verbindung in TIME_WAIT belegt ist.</translation>
    </message>
    <message>
        <source>The size of the send buffer in bytes.</source>
        <translation>Die Größe des Sendepuffers in Bytes.</translation>
    </message>
    <message>
        <source>The fewest bytes of free buffer space a send call waits for.</source>
        <translation>Die Mindestzahl an Bytes freien Pufferplatzes, auf die ein Sendeaufruf wartet.</translation>
    </message>
    <message>
        <source>How long a blocking send waits before it fails with EAGAIN; 0 waits for ever.</source>
        <translation>Wie lange ein blockierender Sendeaufruf wartet, bevor er mit EAGAIN scheitert; 0 wartet ewig.</translation>
    </message>
    <message>
        <source>The socket type (SOCK_STREAM, SOCK_DGRAM, …).</source>
        <translation>Der Socket-Typ (SOCK_STREAM, SOCK_DGRAM, …).</translation>
    </message>
    <message>
        <source>Allow several sockets to bind the same address and port, and share the incoming load.</source>
        <translation>Erlaubt mehreren Sockets, dieselbe Adresse und denselben Port zu binden und sich die eingehende Last zu teilen.</translation>
    </message>
    <message>
        <source>The socket&apos;s address family (AF_INET, AF_INET6, AF_UNIX).</source>
        <translation>Die Adressfamilie des Sockets (AF_INET, AF_INET6, AF_UNIX).</translation>
    </message>
    <message>
        <source>The socket&apos;s protocol (IPPROTO_TCP, IPPROTO_UDP, 0).</source>
        <translation>Das Protokoll des Sockets (IPPROTO_TCP, IPPROTO_UDP, 0).</translation>
    </message>
    <message>
        <source>Send small segments at once instead of waiting to combine them (turns Nagle&apos;s algorithm off).</source>
        <translation>Sendet kleine Segmente sofort, statt zu warten, um sie zusammenzufassen (schaltet den Nagle-Algorithmus ab).</translation>
    </message>
    <message>
        <source>The largest segment TCP sends, in bytes.</source>
        <translation>Das größte Segment, das TCP sendet, in Bytes.</translation>
    </message>
    <message>
        <source>Seconds of idleness before the first keep-alive probe.</source>
        <translation>Sekunden Leerlauf vor der ersten Keep-Alive-Probe.</translation>
    </message>
    <message>
        <source>Seconds between keep-alive probes.</source>
        <translation>Sekunden zwischen Keep-Alive-Proben.</translation>
    </message>
    <message>
        <source>Unanswered keep-alive probes before the connection is dropped.</source>
        <translation>Unbeantwortete Keep-Alive-Proben, bevor die Verbindung abgebaut wird.</translation>
    </message>
    <message>
        <source>Hold back partial segments until the cork is removed (or 200 ms pass).</source>
        <translation>Hält unvollständige Segmente zurück, bis der Korken entfernt wird (oder 200 ms vergehen).</translation>
    </message>
    <message>
        <source>Acknowledge at once instead of delaying; the kernel may turn it off again by itself.</source>
        <translation>Bestätigt sofort, statt zu verzögern; der Kernel kann das von selbst wieder abschalten.</translation>
    </message>
    <message>
        <source>Milliseconds sent data may stay unacknowledged before the connection is dropped; 0: the system&apos;s default.</source>
        <translation>Millisekunden, die gesendete Daten unbestätigt bleiben dürfen, bevor die Verbindung abgebaut wird; 0: die Vorgabe des Systems.</translation>
    </message>
    <message>
        <source>The congestion control algorithm (cubic, reno, bbr, … as the kernel offers them).</source>
        <translation>Der Algorithmus zur Staukontrolle (cubic, reno, bbr, … je nachdem, was der Kernel anbietet).</translation>
    </message>
    <message>
        <source>The connection&apos;s state as TCP sees it: round-trip time, congestion window, retransmissions, bytes.</source>
        <translation>Der Zustand der Verbindung aus Sicht von TCP: Umlaufzeit, Staufenster, Neuübertragungen, Bytes.</translation>
    </message>
    <message>
        <source>The time-to-live of outgoing packets: how many routers they may cross.</source>
        <translation>Die Lebensdauer (TTL) ausgehender Pakete: wie viele Router sie passieren dürfen.</translation>
    </message>
    <message>
        <source>The type-of-service byte of outgoing packets (DSCP and ECN bits).</source>
        <translation>Das Type-of-Service-Byte ausgehender Pakete (DSCP- und ECN-Bits).</translation>
    </message>
    <message>
        <source>The time-to-live of outgoing multicast datagrams.</source>
        <translation>Die Lebensdauer (TTL) ausgehender Multicast-Datagramme.</translation>
    </message>
    <message>
        <source>Deliver our own multicast datagrams back to this host.</source>
        <translation>Liefert unsere eigenen Multicast-Datagramme an diesen Host zurück.</translation>
    </message>
    <message>
        <source>Accept IPv6 only; when off, IPv4 peers reach the socket as ::ffff:a.b.c.d (set it before bind()).</source>
        <translation>Nur IPv6 annehmen; wenn aus, erreichen IPv4-Gegenstellen den Socket als ::ffff:a.b.c.d (vor bind() setzen).</translation>
    </message>
    <message>
        <source>The hop limit of outgoing unicast packets.</source>
        <translation>Das Hop-Limit ausgehender Unicast-Pakete.</translation>
    </message>
    <message>
        <source>The hop limit of outgoing multicast datagrams.</source>
        <translation>Das Hop-Limit ausgehender Multicast-Datagramme.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>ein/aus</translation>
    </message>
    <message>
        <source>struct linger</source>
        <translation>struct linger</translation>
    </message>
    <message>
        <source>struct timeval</source>
        <translation>struct timeval</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>struct tcp_info</source>
        <translation>struct tcp_info</translation>
    </message>
    <message>
        <source>Allowed: 0 (off) or 1 (on).</source>
        <translation>Erlaubt: 0 (aus) oder 1 (ein).</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <translation>Erlaubt: %1 bis %2.</translation>
    </message>
    <message>
        <source>Allowed: {onoff, seconds} with onoff 0 or 1 and seconds 0 to %1.</source>
        <translation>Erlaubt: {onoff, seconds} mit onoff 0 oder 1 und seconds 0 bis %1.</translation>
    </message>
    <message>
        <source>Allowed: {seconds, microseconds} with seconds 0 to %1 and microseconds 0 to 999999, or seconds with a fraction such as 1.5.</source>
        <translation>Erlaubt: {seconds, microseconds} mit seconds 0 bis %1 und microseconds 0 bis 999999, oder Sekunden mit Nachkommastellen wie 1.5.</translation>
    </message>
    <message>
        <source>Allowed: a name of 1 to %1 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Erlaubt: ein Name aus 1 bis %1 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>It can only be read.</source>
        <translation>Sie kann nur gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not exist on this platform.</source>
        <translation>%1 gibt es auf dieser Plattform nicht.</translation>
    </message>
    <message>
        <source>%1 does not apply to this kind of socket.</source>
        <translation>%1 gilt nicht für diese Art von Socket.</translation>
    </message>
    <message>
        <source>%1 can only be read on Linux (it is always 1 there).</source>
        <translation>%1 kann unter Linux nur gelesen werden (dort ist es immer 1).</translation>
    </message>
    <message>
        <source>%1 can only be read, not set.</source>
        <translation>%1 kann nur gelesen, nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 takes a value of type %2.</source>
        <translation>%1 nimmt einen Wert vom Typ %2.</translation>
    </message>
    <message>
        <source>%1: the value is out of range.</source>
        <translation>%1: Der Wert liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>%1: not a valid algorithm name.</source>
        <translation>%1: kein gültiger Algorithmusname.</translation>
    </message>
    <message>
        <source>The socket has been closed; %1 was not set.</source>
        <translation>Der Socket wurde geschlossen; %1 wurde nicht gesetzt.</translation>
    </message>
    <message>
        <source>The socket has been closed; %1 was not read.</source>
        <translation>Der Socket wurde geschlossen; %1 wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>setsockopt %1 failed with %2:</source>
        <translation>setsockopt %1 ist mit %2 gescheitert:</translation>
    </message>
    <message>
        <source>getsockopt %1 failed with %2:</source>
        <translation>getsockopt %1 ist mit %2 gescheitert:</translation>
    </message>
    <message>
        <source>turning SO_DEBUG on needs the CAP_NET_ADMIN capability, which this process does not have.</source>
        <translation>Das Einschalten von SO_DEBUG erfordert die Capability CAP_NET_ADMIN, die dieser Prozess nicht hat.</translation>
    </message>
    <message>
        <source>this process lacks the privilege (a capability such as CAP_NET_ADMIN) the kernel asks for.</source>
        <translation>Diesem Prozess fehlt das Privileg (eine Capability wie CAP_NET_ADMIN), das der Kernel verlangt.</translation>
    </message>
    <message>
        <source>Linux reports SO_SNDLOWAT but does not allow changing it.</source>
        <translation>Linux meldet SO_SNDLOWAT, erlaubt aber keine Änderung.</translation>
    </message>
    <message>
        <source>the kernel does not know this option at %1 for this socket.</source>
        <translation>Der Kernel kennt diese Option auf Ebene %1 für diesen Socket nicht.</translation>
    </message>
    <message>
        <source>the kernel has no congestion control algorithm of that name (see /proc/sys/net/ipv4/tcp_available_congestion_control).</source>
        <translation>Der Kernel hat keinen Staukontroll-Algorithmus dieses Namens (siehe /proc/sys/net/ipv4/tcp_available_congestion_control).</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY can only change before the socket is bound.</source>
        <translation>IPV6_V6ONLY lässt sich nur ändern, bevor der Socket gebunden ist.</translation>
    </message>
    <message>
        <source>the kernel refused the value for this socket in its current state.</source>
        <translation>Der Kernel hat den Wert für diesen Socket in seinem aktuellen Zustand abgelehnt.</translation>
    </message>
    <message>
        <source>the descriptor is not an open socket.</source>
        <translation>Der Deskriptor ist kein offener Socket.</translation>
    </message>
    <message>
        <source>%1: asked for %2, the kernel keeps %3.</source>
        <translation>%1: %2 angefragt, der Kernel behält %3.</translation>
    </message>
    <message>
        <source>Linux doubles the size to leave room for its own bookkeeping.</source>
        <translation>Linux verdoppelt die Größe, um Platz für seine eigene Verwaltung zu lassen.</translation>
    </message>
    <message>
        <source>Linux doubles the size and keeps it between its minimum and twice net.core.%1.</source>
        <translation>Linux verdoppelt die Größe und hält sie zwischen seinem Minimum und dem Doppelten von net.core.%1.</translation>
    </message>
    <message>
        <source>Timeouts are kept in clock ticks, so the value was rounded.</source>
        <translation>Timeouts werden in Clock-Ticks gespeichert, daher wurde der Wert gerundet.</translation>
    </message>
    <message>
        <source>On a TCP socket the two low (ECN) bits stay under TCP&apos;s control.</source>
        <translation>Bei einem TCP-Socket bleiben die beiden niedrigen (ECN-)Bits unter der Kontrolle von TCP.</translation>
    </message>
    <message>
        <source>Quick-ack mode is not permanent; TCP enters and leaves it by itself.</source>
        <translation>Der Quick-Ack-Modus ist nicht dauerhaft; TCP schaltet ihn selbst ein und aus.</translation>
    </message>
    <message>
        <source>%1 was set, but reading it back failed.</source>
        <translation>%1 wurde gesetzt, aber das Zurücklesen ist gescheitert.</translation>
    </message>
    <message>
        <source>%1 set to %2; read back %3.</source>
        <translation>%1 auf %2 gesetzt; zurückgelesen: %3.</translation>
    </message>
    <message>
        <source>Socket lab</source>
        <translation>Socket-Labor</translation>
    </message>
    <message>
        <source>Client console</source>
        <translation>Client-Konsole</translation>
    </message>
    <message>
        <source>Echo server listener</source>
        <translation>Lauschender Socket des Echo-Servers</translation>
    </message>
    <message>
        <source>Echo server connection</source>
        <translation>Verbindung des Echo-Servers</translation>
    </message>
    <message>
        <source>Scratch socket</source>
        <translation>Test-Socket</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>TCP over IPv4</source>
        <translation>TCP über IPv4</translation>
    </message>
    <message>
        <source>UDP over IPv4</source>
        <translation>UDP über IPv4</translation>
    </message>
    <message>
        <source>TCP over IPv6</source>
        <translation>TCP über IPv6</translation>
    </message>
    <message>
        <source>UDP over IPv6</source>
        <translation>UDP über IPv6</translation>
    </message>
    <message>
        <source>Unix stream</source>
        <translation>Unix-Stream</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix-Datagramm</translation>
    </message>
    <message>
        <source>family %1, type %2</source>
        <translation>Familie %1, Typ %2</translation>
    </message>
    <message>
        <source>The demonstration could not start: %1.</source>
        <translation>Die Vorführung konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>recv() gave up after %1 ms (SO_RCVTIMEO %2 ms) and failed with %3: nobody sent anything, and the timeout turned the endless wait into an error.</source>
        <translation>recv() hat nach %1 ms aufgegeben (SO_RCVTIMEO %2 ms) und ist mit %3 gescheitert: Niemand hat etwas gesendet, und der Timeout hat das endlose Warten in einen Fehler verwandelt.</translation>
    </message>
    <message>
        <source>recv() did not time out as expected (%1).</source>
        <translation>recv() hat nicht wie erwartet das Zeitlimit erreicht (%1).</translation>
    </message>
    <message>
        <source>it returned data</source>
        <translation>es hat Daten geliefert</translation>
    </message>
    <message>
        <source>The server closed its end with SO_LINGER {1, 0}: the kernel sent a reset instead of a FIN, and the client&apos;s recv() failed with %1 instead of reading end-of-file.</source>
        <translation>Der Server hat sein Ende mit SO_LINGER {1, 0} geschlossen: Der Kernel hat statt eines FIN einen Reset gesendet, und recv() des Clients ist mit %1 gescheitert, statt das Dateiende zu lesen.</translation>
    </message>
    <message>
        <source>The client&apos;s recv() did not see a reset (%1).</source>
        <translation>recv() des Clients hat keinen Reset gesehen (%1).</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>Port %1 still has a connection in TIME_WAIT. bind() without SO_REUSEADDR: %2; with SO_REUSEADDR: %3.</source>
        <translation>Port %1 hat noch eine Verbindung in TIME_WAIT. bind() ohne SO_REUSEADDR: %2; mit SO_REUSEADDR: %3.</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY off: the IPv4 client connected to the IPv6 listener, which saw it as %1.</source>
        <translation>IPV6_V6ONLY aus: Der IPv4-Client hat sich mit dem lauschenden IPv6-Socket verbunden, der ihn als %1 sah.</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY on: the IPv4 client could not reach the IPv6 listener (%1).</source>
        <translation>IPV6_V6ONLY ein: Der IPv4-Client konnte den lauschenden IPv6-Socket nicht erreichen (%1).</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY off, yet the IPv4 client could not connect (%1).</source>
        <translation>IPV6_V6ONLY aus, und trotzdem konnte der IPv4-Client keine Verbindung herstellen (%1).</translation>
    </message>
    <message>
        <source>%1 round trips of two small writes each against the built-in echo server: with Nagle&apos;s algorithm (TCP_NODELAY 0) %2 µs on average, worst %3 µs; with TCP_NODELAY 1 %4 µs, worst %5 µs. On loopback the difference is small; on a real network Nagle waits for an ACK.</source>
        <translation>%1 Umläufe mit je zwei kleinen Schreibvorgängen gegen den eingebauten Echo-Server: mit Nagle-Algorithmus (TCP_NODELAY 0) im Mittel %2 µs, schlechtester Wert %3 µs; mit TCP_NODELAY 1 %4 µs, schlechtester Wert %5 µs. Über Loopback ist der Unterschied klein; in einem echten Netzwerk wartet Nagle auf ein ACK.</translation>
    </message>
    <message>
        <source>The echo server for the measurement did not start: %1.</source>
        <translation>Der Echo-Server für die Messung ist nicht gestartet: %1.</translation>
    </message>
    <message>
        <source>A fresh socket of the same kind could not be created: %1.</source>
        <translation>Ein neuer Socket derselben Art konnte nicht erzeugt werden: %1.</translation>
    </message>
    <message>
        <source>The socket has been closed.</source>
        <translation>Der Socket wurde geschlossen.</translation>
    </message>
    <message>
        <source>The scratch socket could not be created: %1.</source>
        <translation>Der Test-Socket konnte nicht erzeugt werden: %1.</translation>
    </message>
    <message>
        <source>Server console listener</source>
        <translation>Server-Konsole: lauschender Socket</translation>
    </message>
    <message>
        <source>Server console client</source>
        <translation>Server-Konsole: Client</translation>
    </message>
</context>
<context>
    <name>TlsMessages</name>
    <message>
        <source>certificate expired on %1</source>
        <translation>Zertifikat am %1 abgelaufen</translation>
    </message>
    <message>
        <source>certificate not valid before %1</source>
        <translation>Zertifikat erst ab %1 gültig</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>überhaupt keinen Namen</translation>
    </message>
    <message>
        <source>name mismatch: certificate is for %1</source>
        <translation>Name stimmt nicht überein: Das Zertifikat gilt für %1</translation>
    </message>
    <message>
        <source>name mismatch: certificate is for %1, not %2</source>
        <translation>Name stimmt nicht überein: Das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>self-signed certificate (%1): no CA vouches for it; trust it with a CA file, or tick “insecure” to skip the check</source>
        <translation>selbstsigniertes Zertifikat (%1): Keine CA bürgt dafür; vertrauen Sie ihm mit einer CA-Datei, oder aktivieren Sie „unsicher“, um die Prüfung zu überspringen</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain (%1) that is not a trusted CA</source>
        <translation>selbstsigniertes Zertifikat in der Kette (%1), das keine vertrauenswürdige CA ist</translation>
    </message>
    <message>
        <source>certificate issued by an unknown CA (%1)</source>
        <translation>Zertifikat von einer unbekannten CA ausgestellt (%1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer (%1) is not in the chain or the trusted CAs</source>
        <translation>der Aussteller des Zertifikats (%1) ist weder in der Kette noch unter den vertrauenswürdigen CAs</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>a certificate in the chain is not a CA (%1)</source>
        <translation>ein Zertifikat in der Kette ist keine CA (%1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature does not verify</source>
        <translation>die Signatur des Zertifikats besteht die Prüfung nicht</translation>
    </message>
    <message>
        <source>the certificate is not for a TLS server</source>
        <translation>das Zertifikat ist nicht für einen TLS-Server bestimmt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>verified: the chain leads to a trusted CA</source>
        <translation>geprüft: Die Kette führt zu einer vertrauenswürdigen CA</translation>
    </message>
    <message>
        <source>verified: the chain leads to a trusted CA and the certificate is for %1</source>
        <translation>geprüft: Die Kette führt zu einer vertrauenswürdigen CA, und das Zertifikat gilt für %1</translation>
    </message>
    <message>
        <source>not verified: the peer sent no certificate</source>
        <translation>nicht geprüft: Die Gegenstelle hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>not verified: %1 (%2)</source>
        <translation>nicht geprüft: %1 (%2)</translation>
    </message>
    <message>
        <source>certificate verify failed: %1 (%2)</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>the TLS handshake was abandoned</source>
        <translation>der TLS-Handshake wurde abgebrochen</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1 (%2)</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Item %1 is empty; give protocol names separated by commas, e.g. h2,http/1.1</source>
        <translation>Eintrag %1 ist leer; geben Sie Protokollnamen durch Kommas getrennt an, z. B. h2,http/1.1</translation>
    </message>
    <message>
        <source>Item %1 is %2 bytes long; a protocol name has 1 to 255 bytes</source>
        <translation>Eintrag %1 ist %2 Bytes lang; ein Protokollname hat 1 bis 255 Bytes</translation>
    </message>
    <message>
        <source>The list is too long: TLS allows 65535 bytes on the wire at most</source>
        <translation>Die Liste ist zu lang: TLS erlaubt auf der Leitung höchstens 65535 Bytes</translation>
    </message>
    <message>
        <source>the minimum version %1 is above the maximum %2</source>
        <translation>die Mindestversion %1 liegt über der Höchstversion %2</translation>
    </message>
    <message>
        <source>OpenSSL refused %1 (%2)</source>
        <translation>OpenSSL hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>a TLS server needs a certificate and its key</source>
        <translation>ein TLS-Server braucht ein Zertifikat und den zugehörigen Schlüssel</translation>
    </message>
    <message>
        <source>a certificate and its key go together: give both or neither</source>
        <translation>ein Zertifikat und sein Schlüssel gehören zusammen: Beide angeben oder keines von beiden</translation>
    </message>
    <message>
        <source>there is no file “%1”</source>
        <translation>es gibt keine Datei „%1“</translation>
    </message>
    <message>
        <source>“%1” is a directory; give a PEM file</source>
        <translation>„%1“ ist ein Verzeichnis; benötigt wird eine PEM-Datei</translation>
    </message>
    <message>
        <source>“%1” cannot be read</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate OpenSSL can read</source>
        <translation>„%1“ enthält kein PEM-Zertifikat, das OpenSSL lesen kann</translation>
    </message>
    <message>
        <source>“%1” holds no PEM private key OpenSSL can read</source>
        <translation>„%1“ enthält keinen privaten PEM-Schlüssel, den OpenSSL lesen kann</translation>
    </message>
    <message>
        <source>the key in “%1” is encrypted with a passphrase; give an unencrypted key</source>
        <translation>der Schlüssel in „%1“ ist mit einer Passphrase verschlüsselt; benötigt wird ein unverschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>the key in “%1” does not match the certificate in “%2”</source>
        <translation>der Schlüssel in „%1“ passt nicht zum Zertifikat in „%2“</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate OpenSSL can read, so no CA to check with</source>
        <translation>„%1“ enthält kein PEM-Zertifikat, das OpenSSL lesen kann, also keine CA für die Prüfung</translation>
    </message>
    <message>
        <source>a client certificate is checked against a CA file: give one</source>
        <translation>ein Client-Zertifikat wird gegen eine CA-Datei geprüft: Bitte eine CA-Datei angeben</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>the host name “%1” cannot go in a certificate: it takes letters, digits, &apos;-&apos; and &apos;.&apos; (1 to 253)</source>
        <translation>der Hostname „%1“ kann nicht in ein Zertifikat aufgenommen werden: Erlaubt sind Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; (1 bis 253)</translation>
    </message>
    <message>
        <source>a validity of %1 days is out of range: 1 to 3650</source>
        <translation>eine Gültigkeit von %1 Tagen liegt außerhalb des Bereichs: 1 bis 3650</translation>
    </message>
    <message>
        <source>no application data directory to keep the self-signed certificate in</source>
        <translation>kein Anwendungsdatenverzeichnis, in dem das selbstsignierte Zertifikat aufbewahrt werden kann</translation>
    </message>
    <message>
        <source>no application data directory to keep the self-signed certificate in (%1)</source>
        <translation>kein Anwendungsdatenverzeichnis, in dem das selbstsignierte Zertifikat aufbewahrt werden kann (%1)</translation>
    </message>
    <message>
        <source>the directory “%1” for the self-signed certificate cannot be created</source>
        <translation>das Verzeichnis „%1“ für das selbstsignierte Zertifikat kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no key could be made for the self-signed certificate</source>
        <translation>für das selbstsignierte Zertifikat konnte kein Schlüssel erzeugt werden</translation>
    </message>
    <message>
        <source>the self-signed certificate could not be made</source>
        <translation>das selbstsignierte Zertifikat konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>“%1” cannot be written</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>WirePacketText</name>
    <message>
        <source> seq %1</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source> ack %1</source>
        <translation> ack %1</translation>
    </message>
    <message>
        <source> len %1</source>
        <translation> len %1</translation>
    </message>
    <message>
        <source> win %1</source>
        <translation> win %1</translation>
    </message>
    <message>
        <source> mss %1</source>
        <translation> mss %1</translation>
    </message>
    <message numerus="yes">
        <source>UDP, %n byte(s)</source>
        <translation>
            <numerusform>UDP, %n Byte</numerusform>
            <numerusform>UDP, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>IP protocol %1</source>
        <translation>IP-Protokoll %1</translation>
    </message>
    <message>
        <source>not an IP packet</source>
        <translation>kein IP-Paket</translation>
    </message>
    <message numerus="yes">
        <source>Packet %1: %n byte(s) on the wire</source>
        <translation>
            <numerusform>Paket %1: %n Byte auf der Leitung</numerusform>
            <numerusform>Paket %1: %n Bytes auf der Leitung</numerusform>
        </translation>
    </message>
    <message>
        <source>IPv4 %1 → %2, TTL %3, total length %4</source>
        <translation>IPv4 %1 → %2, TTL %3, Gesamtlänge %4</translation>
    </message>
    <message>
        <source>IPv6 %1 → %2, hop limit %3, payload and headers %4</source>
        <translation>IPv6 %1 → %2, Hop-Limit %3, Nutzdaten und Header %4</translation>
    </message>
    <message>
        <source>  a later fragment: its transport header is in the first one</source>
        <translation>  ein späteres Fragment: Sein Transport-Header steht im ersten</translation>
    </message>
    <message>
        <source>TCP %1 → %2</source>
        <translation>TCP %1 → %2</translation>
    </message>
    <message>
        <source>  flags %1</source>
        <translation>  Flags %1</translation>
    </message>
    <message>
        <source>  seq %1 (relative; raw %2)</source>
        <translation>  seq %1 (relativ; roh %2)</translation>
    </message>
    <message>
        <source>  ack %1 (relative; raw %2)</source>
        <translation>  ack %1 (relativ; roh %2)</translation>
    </message>
    <message>
        <source>  ack %1 (raw: the other side&apos;s first packet was not seen)</source>
        <translation>  ack %1 (roh: Das erste Paket der Gegenseite wurde nicht gesehen)</translation>
    </message>
    <message>
        <source>  window %1 (as sent: the window scale from the SYN multiplies it)</source>
        <translation>  Fenster %1 (wie gesendet: Die Fensterskalierung aus dem SYN vervielfacht es)</translation>
    </message>
    <message>
        <source>  urgent pointer %1 (MSG_OOB)</source>
        <translation>  Urgent-Zeiger %1 (MSG_OOB)</translation>
    </message>
    <message>
        <source>  options: %1</source>
        <translation>  Optionen: %1</translation>
    </message>
    <message numerus="yes">
        <source>  payload: %n byte(s)</source>
        <translation>
            <numerusform>  Nutzdaten: %n Byte</numerusform>
            <numerusform>  Nutzdaten: %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UDP %1 → %2, %n byte(s) of payload</source>
        <translation>
            <numerusform>UDP %1 → %2, %n Byte Nutzdaten</numerusform>
            <numerusform>UDP %1 → %2, %n Bytes Nutzdaten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 type %2 code %3: %4</source>
        <translation>%1 Typ %2 Code %3: %4</translation>
    </message>
    <message>
        <source>  identifier %1, sequence %2</source>
        <translation>  Kennung %1, Sequenznummer %2</translation>
    </message>
    <message>
        <source>  it quotes the datagram %1 → %2 (protocol %3): the sender&apos;s socket gets the error</source>
        <translation>  es zitiert das Datagramm %1 → %2 (Protokoll %3): Der Socket des Absenders bekommt den Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Cut: the capture kept %n byte(s) of this packet</source>
        <translation>
            <numerusform>Abgeschnitten: Der Mitschnitt hat %n Byte dieses Pakets behalten</numerusform>
            <numerusform>Abgeschnitten: Der Mitschnitt hat %n Bytes dieses Pakets behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not decode further: %1</source>
        <translation>Konnte nicht weiter dekodiert werden: %1</translation>
    </message>
    <message>
        <source>Bytes, from the IP header on:</source>
        <translation>Bytes, ab dem IP-Header:</translation>
    </message>
    <message>
        <source>  TCP state of %1: %2 (first seen; inferred from the packets)</source>
        <translation>  TCP-Zustand von %1: %2 (zuerst gesehen; aus den Paketen erschlossen)</translation>
    </message>
    <message>
        <source>  TCP state of %1: %2 → %3 (inferred from the packets)</source>
        <translation>  TCP-Zustand von %1: %2 → %3 (aus den Paketen erschlossen)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for the BSD socket API.</source>
        <translation>Eine Werkbank für die BSD-Socket-API.</translation>
    </message>
    <message>
        <source>Show the interface in language &lt;code&gt; for this run only, e.g. de, zh_TW or en, instead of the one chosen in View ▸ Language.</source>
        <translation>Die Oberfläche nur für diesen Start in der Sprache &lt;Code&gt; zeigen, z. B. de, zh_TW oder en, statt der unter Ansicht ▸ Sprache gewählten.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No translation for language “%1”: the interface stays in English.</source>
        <translation>Keine Übersetzung für die Sprache „%1“: Die Oberfläche bleibt auf Englisch.</translation>
    </message>
</context>
<context>
    <name>sockscope::AddrInfoChainView</name>
    <message>
        <source>Run getaddrinfo to see the list it returns.</source>
        <translation>Führen Sie getaddrinfo aus, um die Liste zu sehen, die es zurückgibt.</translation>
    </message>
    <message>
        <source>addrinfo %1: %2</source>
        <translation>addrinfo %1: %2</translation>
    </message>
    <message>
        <source>int ai_flags: the flags of this entry (glibc copies the hints&apos; flags here).</source>
        <translation>int ai_flags: die Flags dieses Eintrags (glibc kopiert die Flags aus hints hierher).</translation>
    </message>
    <message>
        <source>int ai_family: the address family, the first argument for socket().</source>
        <translation>int ai_family: die Adressfamilie, das erste Argument für socket().</translation>
    </message>
    <message>
        <source>int ai_socktype: the socket type, the second argument for socket().</source>
        <translation>int ai_socktype: der Socket-Typ, das zweite Argument für socket().</translation>
    </message>
    <message>
        <source>int ai_protocol: the protocol, the third argument for socket().</source>
        <translation>int ai_protocol: das Protokoll, das dritte Argument für socket().</translation>
    </message>
    <message>
        <source>socklen_t ai_addrlen: the size of the structure ai_addr points to, for bind() or connect().</source>
        <translation>socklen_t ai_addrlen: die Größe der Struktur, auf die ai_addr zeigt, für bind() oder connect().</translation>
    </message>
    <message>
        <source>struct sockaddr *ai_addr: the socket address, decoded below (the port and address are stored in network byte order and shown here converted).</source>
        <translation>struct sockaddr *ai_addr: die Socket-Adresse, unten entschlüsselt (Port und Adresse sind in Netzwerk-Bytereihenfolge gespeichert und hier umgewandelt angezeigt).</translation>
    </message>
    <message>
        <source>The address, as inet_ntop writes it.</source>
        <translation>Die Adresse, wie inet_ntop sie schreibt.</translation>
    </message>
    <message>
        <source>The port, as ntohs gives it (0 when no service was asked for).</source>
        <translation>Der Port, wie ntohs ihn liefert (0, wenn kein Dienst angefragt wurde).</translation>
    </message>
    <message>
        <source>The interface index for a link-local address; 0 for any other.</source>
        <translation>Der Schnittstellenindex bei einer link-lokalen Adresse; 0 bei allen anderen.</translation>
    </message>
    <message>
        <source>char *ai_canonname: the host&apos;s canonical name, set only in the first entry and only when AI_CANONNAME was asked for.</source>
        <translation>char *ai_canonname: der kanonische Name des Hosts, nur im ersten Eintrag gesetzt und nur, wenn AI_CANONNAME angefragt wurde.</translation>
    </message>
    <message>
        <source>struct addrinfo #%1</source>
        <translation>struct addrinfo #%1</translation>
    </message>
    <message>
        <source>One struct addrinfo of the list; its ai_next points to the next one.</source>
        <translation>Ein struct addrinfo der Liste; sein ai_next zeigt auf das nächste.</translation>
    </message>
</context>
<context>
    <name>sockscope::AddressPage</name>
    <message>
        <source>Programs keep addresses as bytes in network order. inet_pton (presentation to network) turns the text a person writes into those bytes and returns 1 on success, 0 when the text is not an address of the family, and -1 with errno EAFNOSUPPORT for a family it does not know. inet_ntop turns the bytes back into the canonical text.</source>
        <translation>Programme speichern Adressen als Bytes in Netzwerk-Bytereihenfolge. inet_pton (presentation to network) wandelt den Text, den ein Mensch schreibt, in diese Bytes um und liefert 1 bei Erfolg, 0, wenn der Text keine Adresse der Familie ist, und -1 mit errno EAFNOSUPPORT für eine Familie, die es nicht kennt. inet_ntop wandelt die Bytes zurück in den kanonischen Text.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>AF_INET (IPv4)</source>
        <translation>AF_INET (IPv4)</translation>
    </message>
    <message>
        <source>AF_INET6 (IPv6)</source>
        <translation>AF_INET6 (IPv6)</translation>
    </message>
    <message>
        <source>Automatic: AF_INET, then AF_INET6</source>
        <translation>Automatisch: AF_INET, dann AF_INET6</translation>
    </message>
    <message>
        <source>AF_UNIX (inet_pton does not support it)</source>
        <translation>AF_UNIX (von inet_pton nicht unterstützt)</translation>
    </message>
    <message>
        <source>The first argument of inet_pton, int af: the address family the text is read as. AF_UNIX is here to show the -1 / EAFNOSUPPORT return.</source>
        <translation>Das erste Argument von inet_pton, int af: die Adressfamilie, als die der Text gelesen wird. AF_UNIX steht hier, um die Rückgabe -1 / EAFNOSUPPORT zu zeigen.</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <source>127.0.0.1 or 2001:db8::1</source>
        <translation>127.0.0.1 oder 2001:db8::1</translation>
    </message>
    <message>
        <source>The second argument of inet_pton, const char *src: the address as text. It is passed exactly as typed, spaces included.</source>
        <translation>Das zweite Argument von inet_pton, const char *src: die Adresse als Text. Er wird genau so übergeben, wie er eingetippt wurde, einschließlich Leerzeichen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>The last argument of inet_ntop, socklen_t size: the size of the buffer it writes the text into, including the terminating NUL. INET_ADDRSTRLEN is %1 and INET6_ADDRSTRLEN is %2; a smaller buffer can fail with ENOSPC.</source>
        <translation>Das letzte Argument von inet_ntop, socklen_t size: die Größe des Puffers, in den es den Text schreibt, einschließlich des abschließenden NUL. INET_ADDRSTRLEN ist %1 und INET6_ADDRSTRLEN ist %2; ein kleinerer Puffer kann mit ENOSPC scheitern.</translation>
    </message>
    <message>
        <source>inet_ntop &amp;buffer:</source>
        <translation>inet_ntop-&amp;Puffer:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What inet_pton returned, and what that return value means.</source>
        <translation>Was inet_pton zurückgegeben hat und was dieser Rückgabewert bedeutet.</translation>
    </message>
    <message>
        <source>inet_pton returned:</source>
        <translation>inet_pton lieferte:</translation>
    </message>
    <message>
        <source>The bytes inet_pton wrote (struct in_addr or struct in6_addr), in network order, printed as the chapter&apos;s example prints them with %08x.</source>
        <translation>Die Bytes, die inet_pton geschrieben hat (struct in_addr oder struct in6_addr), in Netzwerk-Bytereihenfolge, ausgegeben wie im Beispiel des Kapitels mit %08x.</translation>
    </message>
    <message>
        <source>the bytes</source>
        <translation>die Bytes</translation>
    </message>
    <message>
        <source>Bytes (network order):</source>
        <translation>Bytes (Netzwerk-Reihenfolge):</translation>
    </message>
    <message>
        <source>What inet_ntop wrote back from the bytes: the canonical text of the address, or why it failed.</source>
        <translation>Was inet_ntop aus den Bytes zurückgeschrieben hat: den kanonischen Text der Adresse oder warum es scheiterte.</translation>
    </message>
    <message>
        <source>the canonical text</source>
        <translation>den kanonischen Text</translation>
    </message>
    <message>
        <source>inet_ntop text:</source>
        <translation>inet_ntop-Text:</translation>
    </message>
    <message>
        <source>Legacy functions compared</source>
        <translation>Alte Funktionen im Vergleich</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Probieren Sie:</translation>
    </message>
    <message>
        <source>Convert “%1” with AF_INET.</source>
        <translation>„%1“ mit AF_INET umwandeln.</translation>
    </message>
    <message>
        <source>Accepted?</source>
        <translation>Akzeptiert?</translation>
    </message>
    <message>
        <source>Result bytes</source>
        <translation>Ergebnisbytes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>int inet_pton(AF_INET, src, dst): POSIX; accepts only four decimal parts; the text column shows inet_ntop of its result.</source>
        <translation>int inet_pton(AF_INET, src, dst): POSIX; akzeptiert nur vier dezimale Teile; die Spalte Text zeigt inet_ntop seines Ergebnisses.</translation>
    </message>
    <message>
        <source>int inet_aton(const char *cp, struct in_addr *inp): the older parser; accepts one to four parts, each in decimal, octal (leading 0) or hex (0x), and stops at a space.</source>
        <translation>int inet_aton(const char *cp, struct in_addr *inp): der ältere Parser; akzeptiert ein bis vier Teile, jeweils dezimal, oktal (führende 0) oder hexadezimal (0x), und hört bei einem Leerzeichen auf.</translation>
    </message>
    <message>
        <source>in_addr_t inet_addr(const char *cp): parses like inet_aton but returns INADDR_NONE (0xffffffff) on error, which is also the address 255.255.255.255.</source>
        <translation>in_addr_t inet_addr(const char *cp): parst wie inet_aton, liefert aber bei einem Fehler INADDR_NONE (0xffffffff), was zugleich die Adresse 255.255.255.255 ist.</translation>
    </message>
    <message>
        <source>char *inet_ntoa(struct in_addr in): text of inet_aton&apos;s result, in a static buffer that the next call overwrites; IPv4 only.</source>
        <translation>char *inet_ntoa(struct in_addr in): Text des Ergebnisses von inet_aton, in einem statischen Puffer, den der nächste Aufruf überschreibt; nur IPv4.</translation>
    </message>
    <message>
        <source>Why they differ: inet_aton, and inet_addr which parses the same way, accept shorthand with fewer than four parts (127.1 is 127.0.0.1), hex (0x7f) and octal parts (010 is 8), and stop at the first space. inet_addr returns INADDR_NONE on error, the same value as 255.255.255.255, so a caller cannot tell the two apart. inet_pton takes only four decimal parts from 0 to 255 and nothing else, so it means the same on every system.</source>
        <translation>Warum sie sich unterscheiden: inet_aton und das genauso parsende inet_addr akzeptieren Kurzformen mit weniger als vier Teilen (127.1 ist 127.0.0.1), hexadezimale (0x7f) und oktale Teile (010 ist 8) und hören beim ersten Leerzeichen auf. inet_addr liefert bei einem Fehler INADDR_NONE, denselben Wert wie 255.255.255.255, sodass ein Aufrufer beides nicht unterscheiden kann. inet_pton nimmt nur vier dezimale Teile von 0 bis 255 und sonst nichts, und bedeutet daher auf jedem System dasselbe.</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>inet_pton and inet_ntop: address text to network-order bytes and back, and how the legacy inet_aton, inet_addr and inet_ntoa differ.</source>
        <translation>inet_pton und inet_ntop: Adresstext in Bytes in Netzwerk-Bytereihenfolge und zurück, und wie sich die alten inet_aton, inet_addr und inet_ntoa unterscheiden.</translation>
    </message>
    <message>
        <source>The legacy functions read IPv4 text only: choose AF_INET or automatic.</source>
        <translation>Die alten Funktionen lesen nur IPv4-Text: Wählen Sie AF_INET oder Automatisch.</translation>
    </message>
    <message>
        <source>1: “%1” is a valid %2 address; inet_pton wrote %3 bytes in network order.</source>
        <translation>1: „%1“ ist eine gültige %2-Adresse; inet_pton hat %3 Bytes in Netzwerk-Bytereihenfolge geschrieben.</translation>
    </message>
    <message>
        <source>-1: %1 is not a family inet_pton converts; errno is %2.</source>
        <translation>-1: %1 ist keine Familie, die inet_pton umwandelt; errno ist %2.</translation>
    </message>
    <message>
        <source>0: the text is not a valid address of %1; inet_pton wrote nothing.</source>
        <translation>0: Der Text ist keine gültige Adresse der Familie %1; inet_pton hat nichts geschrieben.</translation>
    </message>
    <message>
        <source>AF_INET or AF_INET6</source>
        <translation>AF_INET oder AF_INET6</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both families).</source>
        <translation>„%1“ ist weder eine IPv4- noch eine IPv6-Adresse (inet_pton lieferte für beide Familien 0).</translation>
    </message>
    <message>
        <source>The canonical form differs from the text you typed: inet_ntop writes hex digits in lower case, drops leading zeros and shortens the longest run of zero groups to ::.</source>
        <translation>Die kanonische Form weicht von Ihrer Eingabe ab: inet_ntop schreibt Hexziffern klein, lässt führende Nullen weg und kürzt die längste Folge von Nullgruppen zu ::.</translation>
    </message>
    <message>
        <source>yes (returned 1)</source>
        <translation>ja (lieferte 1)</translation>
    </message>
    <message>
        <source>no (returned 0)</source>
        <translation>nein (lieferte 0)</translation>
    </message>
    <message>
        <source>INADDR_NONE: an error, or 255.255.255.255?</source>
        <translation>INADDR_NONE: ein Fehler oder 255.255.255.255?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>called on inet_aton&apos;s result</source>
        <translation>auf das Ergebnis von inet_aton angewandt</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>nicht aufgerufen</translation>
    </message>
    <message>
        <source>inet_addr returned INADDR_NONE for a valid address: its caller cannot tell 255.255.255.255 from an error.</source>
        <translation>inet_addr lieferte INADDR_NONE für eine gültige Adresse: Sein Aufrufer kann 255.255.255.255 nicht von einem Fehler unterscheiden.</translation>
    </message>
    <message>
        <source>inet_aton reads “%1” as %2, but inet_pton rejects it.</source>
        <translation>inet_aton liest „%1“ als %2, aber inet_pton lehnt es ab.</translation>
    </message>
    <message>
        <source>None of the functions accepts “%1” as an IPv4 address.</source>
        <translation>Keine der Funktionen akzeptiert „%1“ als IPv4-Adresse.</translation>
    </message>
    <message>
        <source>All the functions agree on “%1”.</source>
        <translation>Alle Funktionen stimmen bei „%1“ überein.</translation>
    </message>
</context>
<context>
    <name>sockscope::AutoReplyEditor</name>
    <message>
        <source>Each recv() (each datagram) is tried against the rules in order; the first that matches answers. \0 in a reply is the whole match, \1 … \9 its groups (for a prefix, \1 is what follows it). At most %1 replies go to a client in a row, then %2 a second: a reply to an echo client ends instead of looping.</source>
        <translation>Jedes recv() (jedes Datagramm) wird der Reihe nach mit den Regeln verglichen; die erste passende antwortet. \0 in einer Antwort ist der ganze Treffer, \1 … \9 sind seine Gruppen (bei einem Präfix ist \1 das, was darauf folgt). Höchstens %1 Antworten gehen hintereinander an einen Client, danach %2 pro Sekunde: So endet eine Antwort an einen Echo-Client, statt sich endlos zu wiederholen.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Reply as</source>
        <translation>Antwort als</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Match: Exact bytes or a Prefix (both with C escapes such as \r\n), or a Regex over the received bytes (each byte one character). Reply as Text, C escapes or Hex.</source>
        <translation>Vergleich: exakte Bytes oder ein Präfix (beide mit C-Escapes wie \r\n) oder ein regulärer Ausdruck über die empfangenen Bytes (jedes Byte ein Zeichen). Antwort als Text, C-Escapes oder Hex.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>A new rule at the end (Ctrl+Shift+R).</source>
        <translation>Eine neue Regel am Ende (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rule.</source>
        <translation>Entfernt die ausgewählte Regel.</translation>
    </message>
    <message>
        <source>Whether this rule answers.</source>
        <translation>Ob diese Regel antwortet.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Exact: the received bytes are the pattern. Prefix: they start with it. Regex: a QRegularExpression (Perl syntax) found anywhere in them.</source>
        <translation>Exakt: Die empfangenen Bytes sind genau das Muster. Präfix: Sie beginnen damit. Regulärer Ausdruck: eine QRegularExpression (Perl-Syntax), die irgendwo darin gefunden wird.</translation>
    </message>
    <message>
        <source>Exact and Prefix take C escapes (\r \n \t \xHH); Regex takes an expression such as ^PING (\w+).</source>
        <translation>Exakt und Präfix akzeptieren C-Escapes (\r \n \t \xHH); ein regulärer Ausdruck ist etwa ^PING (\w+).</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C-Escapes</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>How the reply is written: Text as is, C escapes, or Hex byte pairs; \0 … \9 are back-references in each.</source>
        <translation>Wie die Antwort geschrieben ist: Text unverändert, C-Escapes oder Hex-Bytepaare; \0 … \9 sind in jedem Fall Rückverweise.</translation>
    </message>
    <message>
        <source>What to send back, e.g. PONG \1\r\n.</source>
        <translation>Was zurückgesendet wird, z. B. PONG \1\r\n.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Wait this long before answering (a slow server).</source>
        <translation>So lange vor dem Antworten warten (ein langsamer Server).</translation>
    </message>
</context>
<context>
    <name>sockscope::BusyIndicator</name>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>%1… %2 s</source>
        <translation>%1 … %2 s</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>sockscope::ByteDiagram</name>
    <message>
        <source>Offset %1: byte 0x%2</source>
        <translation>Offset %1: Byte 0x%2</translation>
    </message>
    <message>
        <source>Not part of the length passed to the system call.</source>
        <translation>Nicht Teil der Länge, die dem Systemaufruf übergeben wird.</translation>
    </message>
    <message>
        <source>%1 at offset %2: %3</source>
        <translation>%1 bei Offset %2: %3</translation>
    </message>
</context>
<context>
    <name>sockscope::ByteOrderPage</name>
    <message>
        <source>Numbers in TCP/IP headers are sent most significant byte first: big-endian, the network byte order. A host may store numbers the other way round. htonl and htons convert a 32-bit or 16-bit number from host order to network order; ntohl and ntohs convert back.</source>
        <translation>Zahlen in TCP/IP-Headern werden mit dem höchstwertigen Byte zuerst gesendet: Big-Endian, die Netzwerk-Bytereihenfolge. Ein Host kann Zahlen umgekehrt speichern. htonl und htons wandeln eine 32-Bit- bzw. 16-Bit-Zahl von der Host- in die Netzwerk-Bytereihenfolge um; ntohl und ntohs wandeln zurück.</translation>
    </message>
    <message>
        <source>This computer is little-endian: it stores the least significant byte of a number at the lowest address, so the four functions reverse the bytes.</source>
        <translation>Dieser Computer ist Little-Endian: Er speichert das niedrigstwertige Byte einer Zahl an der niedrigsten Adresse, daher kehren die vier Funktionen die Bytes um.</translation>
    </message>
    <message>
        <source>This computer is big-endian: its order is already the network order, so the four functions return their argument unchanged.</source>
        <translation>Dieser Computer ist Big-Endian: Seine Reihenfolge ist bereits die Netzwerk-Bytereihenfolge, daher liefern die vier Funktionen ihr Argument unverändert zurück.</translation>
    </message>
    <message>
        <source>This computer stores numbers in a mixed byte order.</source>
        <translation>Dieser Computer speichert Zahlen in einer gemischten Bytereihenfolge.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>0x12345678 or 305419896</source>
        <translation>0x12345678 oder 305419896</translation>
    </message>
    <message>
        <source>The argument: an unsigned number in decimal, or in hex with 0x. It must fit the function&apos;s width: 0–0xffff for htons and ntohs, 0–0xffffffff for htonl and ntohl.</source>
        <translation>Das Argument: eine vorzeichenlose Zahl, dezimal oder hexadezimal mit 0x. Sie muss zur Breite der Funktion passen: 0–0xffff für htons und ntohs, 0–0xffffffff für htonl und ntohl.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>uint32_t htonl(uint32_t hostlong): a 32-bit number from host order to network order.</source>
        <translation>uint32_t htonl(uint32_t hostlong): eine 32-Bit-Zahl von Host- in Netzwerk-Bytereihenfolge.</translation>
    </message>
    <message>
        <source>uint16_t htons(uint16_t hostshort): a 16-bit number from host order to network order.</source>
        <translation>uint16_t htons(uint16_t hostshort): eine 16-Bit-Zahl von Host- in Netzwerk-Bytereihenfolge.</translation>
    </message>
    <message>
        <source>uint32_t ntohl(uint32_t netlong): a 32-bit number from network order to host order.</source>
        <translation>uint32_t ntohl(uint32_t netlong): eine 32-Bit-Zahl von Netzwerk- in Host-Bytereihenfolge.</translation>
    </message>
    <message>
        <source>uint16_t ntohs(uint16_t netshort): a 16-bit number from network order to host order.</source>
        <translation>uint16_t ntohs(uint16_t netshort): eine 16-Bit-Zahl von Netzwerk- in Host-Bytereihenfolge.</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>htonl and ntohl take a uint32_t, htons and ntohs a uint16_t.</source>
        <translation>htonl und ntohl nehmen einen uint32_t, htons und ntohs einen uint16_t.</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The call as C code, with the value it returned.</source>
        <translation>Der Aufruf als C-Code, mit dem zurückgegebenen Wert.</translation>
    </message>
    <message>
        <source>the call</source>
        <translation>den Aufruf</translation>
    </message>
    <message>
        <source>C call:</source>
        <translation>C-Aufruf:</translation>
    </message>
    <message>
        <source>The value the function returned, in hex and in decimal.</source>
        <translation>Der Wert, den die Funktion zurückgegeben hat, hexadezimal und dezimal.</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <source>Returned value:</source>
        <translation>Rückgabewert:</translation>
    </message>
    <message>
        <source>The argument in memory, lowest address first:</source>
        <translation>Das Argument im Speicher, niedrigste Adresse zuerst:</translation>
    </message>
    <message>
        <source>bits 31–24</source>
        <translation>Bits 31–24</translation>
    </message>
    <message>
        <source>The bytes of the argument as this host stores them.</source>
        <translation>Die Bytes des Arguments, wie dieser Host sie speichert.</translation>
    </message>
    <message>
        <source>The returned value in memory (each byte keeps its colour and name, so you can see where it went):</source>
        <translation>Der Rückgabewert im Speicher (jedes Byte behält Farbe und Namen, sodass Sie sehen, wohin es gewandert ist):</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>Bytereihenfolge</translation>
    </message>
    <message>
        <source>htonl, htons, ntohl and ntohs: host order, network order and the bytes in memory.</source>
        <translation>htonl, htons, ntohl und ntohs: Host-Bytereihenfolge, Netzwerk-Bytereihenfolge und die Bytes im Speicher.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>16 bits (uint16_t)</source>
        <translation>16 Bit (uint16_t)</translation>
    </message>
    <message>
        <source>32 bits (uint32_t)</source>
        <translation>32 Bit (uint32_t)</translation>
    </message>
    <message>
        <source>%1 (decimal %2)</source>
        <translation>%1 (dezimal %2)</translation>
    </message>
    <message>
        <source>bits %1–%2</source>
        <translation>Bits %1–%2</translation>
    </message>
    <message>
        <source>The argument&apos;s most significant byte.</source>
        <translation>Das höchstwertige Byte des Arguments.</translation>
    </message>
    <message>
        <source>The argument&apos;s least significant byte.</source>
        <translation>Das niedrigstwertige Byte des Arguments.</translation>
    </message>
    <message>
        <source>A middle byte of the argument.</source>
        <translation>Ein mittleres Byte des Arguments.</translation>
    </message>
    <message>
        <source>%1 takes a number in host order and returns it in network order: in memory the most significant byte now comes first, ready for a packet or a sockaddr field.</source>
        <translation>%1 nimmt eine Zahl in Host-Bytereihenfolge und liefert sie in Netzwerk-Bytereihenfolge: Im Speicher steht jetzt das höchstwertige Byte vorne, bereit für ein Paket oder ein sockaddr-Feld.</translation>
    </message>
    <message>
        <source>%1 takes a number whose bytes arrived in network order (most significant first) and returns it in host order, a number this computer can calculate with.</source>
        <translation>%1 nimmt eine Zahl, deren Bytes in Netzwerk-Bytereihenfolge (höchstwertiges zuerst) ankamen, und liefert sie in Host-Bytereihenfolge, als Zahl, mit der dieser Computer rechnen kann.</translation>
    </message>
    <message>
        <source>On this big-endian computer both orders are the same.</source>
        <translation>Auf diesem Big-Endian-Computer sind beide Reihenfolgen gleich.</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientConsolePage</name>
    <message>
        <source>A client socket by hand: connect to any server on this machine (the echo server, nc, socat, a web server), send text, C escapes, hex or a file with the send() flags, and watch what comes back with a receive size of your choice: TCP keeps no message boundaries, UDP keeps them and may truncate. End with shutdown(), close() or an abortive close and see what the peer gets. Each tab is one session.</source>
        <translation>Ein Client-Socket von Hand: Verbinden Sie sich mit einem beliebigen Server auf diesem Rechner (dem Echo-Server, nc, socat, einem Webserver), senden Sie Text, C-Escapes, Hex oder eine Datei mit den send()-Flags, und beobachten Sie mit einer Empfangsgröße Ihrer Wahl, was zurückkommt: TCP bewahrt keine Nachrichtengrenzen, UDP bewahrt sie und kann kürzen. Beenden Sie mit shutdown(), close() oder einem harten Abbruch, und sehen Sie, was die Gegenstelle erhält. Jeder Tab ist eine Sitzung.</translation>
    </message>
    <message>
        <source>One tab per session. Closing a tab closes its socket.</source>
        <translation>Ein Tab pro Sitzung. Das Schließen eines Tabs schließt seinen Socket.</translation>
    </message>
    <message>
        <source>+ New session</source>
        <translation>+ Neue Sitzung</translation>
    </message>
    <message>
        <source>Open another session in a new tab (Ctrl+T).</source>
        <translation>Eine weitere Sitzung in einem neuen Tab öffnen (Strg+T).</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Client console</source>
        <translation>Client-Konsole</translation>
    </message>
    <message>
        <source>connect, send and recv by hand with every flag, on TCP, UDP or AF_UNIX; text, escapes or hex; shutdown, close and RST with what the peer sees.</source>
        <translation>connect, send und recv von Hand mit allen Flags, über TCP, UDP oder AF_UNIX; Text, Escapes oder Hex; shutdown, close und RST mit dem, was die Gegenstelle sieht.</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientConsoleTab</name>
    <message>
        <source>recv() returned 0: the peer closed its side (FIN). We can still send; Close ends ours.</source>
        <translation>recv() lieferte 0: Die Gegenstelle hat ihre Seite geschlossen (FIN). Wir können noch senden; close() beendet unsere.</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>Socket geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht gesendet</numerusform>
            <numerusform>%n Nachrichten gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Unix stream</source>
        <translation>Unix-Stream</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix-Datagramm</translation>
    </message>
    <message>
        <source>TCP or UDP over IPv4/IPv6, or an AF_UNIX socket (SOCK_STREAM or SOCK_DGRAM).</source>
        <translation>TCP oder UDP über IPv4/IPv6 oder ein AF_UNIX-Socket (SOCK_STREAM oder SOCK_DGRAM).</translation>
    </message>
    <message>
        <source>127.0.0.1, ::1 or a name</source>
        <translation>127.0.0.1, ::1 oder ein Name</translation>
    </message>
    <message>
        <source>The server&apos;s name or address; names are resolved with getaddrinfo off the GUI thread, and each address is tried in turn.</source>
        <translation>Name oder Adresse des Servers; Namen werden mit getaddrinfo außerhalb des GUI-Threads aufgelöst, und jede Adresse wird der Reihe nach versucht.</translation>
    </message>
    <message>
        <source>The server&apos;s port, 1 to 65535.</source>
        <translation>Der Port des Servers, 1 bis 65535.</translation>
    </message>
    <message>
        <source>/tmp/server.sock or @abstract-name</source>
        <translation>/tmp/server.sock oder @abstrakter-name</translation>
    </message>
    <message>
        <source>The server&apos;s socket file, or @name for a Linux abstract name.</source>
        <translation>Die Socket-Datei des Servers oder @name für einen abstrakten Linux-Namen.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the non-blocking connect() may wait in poll() for the handshake.</source>
        <translation>Wie lange das nicht blockierende connect() in poll() auf den Handshake warten darf.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>socket(), connect() with the timeout, getsockname(), getpeername() (Ctrl+Return).</source>
        <translation>socket(), connect() mit dem Timeout, getsockname(), getpeername() (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>Optionen …</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on this session&apos;s socket, on the socket options page.</source>
        <translation>getsockopt/setsockopt auf dem Socket dieser Sitzung, auf der Seite Socket-Optionen.</translation>
    </message>
    <message>
        <source>the local address</source>
        <translation>die lokale Adresse</translation>
    </message>
    <message>
        <source>the peer address</source>
        <translation>die Adresse der Gegenstelle</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Local (getsockname):</source>
        <translation>Lokal (getsockname):</translation>
    </message>
    <message>
        <source>Peer (getpeername):</source>
        <translation>Gegenstelle (getpeername):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation>Text + Hex</translation>
    </message>
    <message>
        <source>Hex pages (received)</source>
        <translation>Hex-Seiten (empfangen)</translation>
    </message>
    <message>
        <source>Show each chunk as text (control bytes as escapes), as a hex dump (offset | hex | ASCII), or both; Hex pages shows everything received as one stream, 4 KiB a page.</source>
        <translation>Zeigt jeden Block als Text (Steuerbytes als Escapes), als Hexdump (Offset | Hex | ASCII) oder beides; „Hex-Seiten“ zeigt alles Empfangene als einen Strom, 4 KiB pro Seite.</translation>
    </message>
    <message>
        <source>Auto-receive</source>
        <translation>Automatisch empfangen</translation>
    </message>
    <message>
        <source>Call recv() whenever data is there. Off: nothing is read until you press Receive, so the kernel&apos;s receive buffer fills and TCP&apos;s flow control shows.</source>
        <translation>recv() aufrufen, sobald Daten da sind. Aus: Nichts wird gelesen, bis Sie „Empfangen“ drücken, daher füllt sich der Empfangspuffer des Kernels, und die Flusskontrolle von TCP wird sichtbar.</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>The size passed to recv(): a small size shows short reads and that TCP keeps no message boundaries; for a datagram, a smaller size truncates it.</source>
        <translation>Die an recv() übergebene Größe: Eine kleine Größe zeigt kurze Lesevorgänge und dass TCP keine Nachrichtengrenzen bewahrt; ein Datagramm wird bei einer kleineren Größe gekürzt.</translation>
    </message>
    <message>
        <source>recv() flag %1 for the next Receive.</source>
        <translation>recv()-Flag %1 für das nächste Empfangen.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>One recv() (recvfrom() for datagrams) with the size and flags chosen. Without MSG_DONTWAIT it waits for data; Disconnect wakes it.</source>
        <translation>Ein recv() (recvfrom() bei Datagrammen) mit der gewählten Größe und den gewählten Flags. Ohne MSG_DONTWAIT wartet es auf Daten; „Trennen“ weckt es auf.</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>The transcript keeps at most this many lines on screen (and 4 MiB of data for Save).</source>
        <translation>Die Mitschrift behält höchstens so viele Zeilen auf dem Bildschirm (und 4 MiB Daten zum Speichern).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>Mitschrift speichern …</translation>
    </message>
    <message>
        <source>Write the whole kept transcript to a file.</source>
        <translation>Schreibt die ganze behaltene Mitschrift in eine Datei.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>recv size</source>
        <translation>recv-Größe</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>recv flags</source>
        <translation>recv-Flags</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C-Escapes</translation>
    </message>
    <message>
        <source>Text: as typed, plus the line ending. C escapes: \r \n \t \0 \\ \xHH \NNN. Hex: byte pairs, spaces, commas and 0x allowed (48 65 6c 6c 6f).</source>
        <translation>Text: wie eingegeben, plus Zeilenende. C-Escapes: \r \n \t \0 \\ \xHH \NNN. Hex: Bytepaare; Leerzeichen, Kommas und 0x sind erlaubt (48 65 6c 6c 6f).</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Appended to text; HTTP, SMTP and telnet want CRLF.</source>
        <translation>Wird an Text angehängt; HTTP, SMTP und telnet erwarten CRLF.</translation>
    </message>
    <message>
        <source>GET / HTTP/1.0</source>
        <translation>GET / HTTP/1.0</translation>
    </message>
    <message>
        <source>What to send. Return sends; Up and Down go through the history.</source>
        <translation>Was gesendet werden soll. Eingabe sendet; mit Pfeil nach oben und unten blättern Sie durch den Verlauf.</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>Datei senden …</translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes (64 MiB at most; datagrams in 8 KiB pieces).</source>
        <translation>Sendet die Bytes einer Datei (höchstens 64 MiB; Datagramme in Stücken zu 8 KiB).</translation>
    </message>
    <message>
        <source>What was sent before: pick one to put it back in the field.</source>
        <translation>Was zuvor gesendet wurde: Wählen Sie einen Eintrag, um ihn wieder ins Feld zu setzen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>send() flag %1.</source>
        <translation>send()-Flag %1.</translation>
    </message>
    <message>
        <source>sendto target, e.g. 127.0.0.1:7008 (empty: the connected peer)</source>
        <translation>sendto-Ziel, z. B. 127.0.0.1:7008 (leer: die verbundene Gegenstelle)</translation>
    </message>
    <message>
        <source>Datagrams only: sendto() this numeric address instead of the connected peer. Replies from it are filtered out by the connected socket.</source>
        <translation>Nur Datagramme: sendto() an diese numerische Adresse statt an die verbundene Gegenstelle. Antworten von dort filtert der verbundene Socket aus.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD)</source>
        <translation>shutdown(SHUT_RD)</translation>
    </message>
    <message>
        <source>Stop receiving; the peer is not told.</source>
        <translation>Nichts mehr empfangen; die Gegenstelle erfährt davon nichts.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR)</source>
        <translation>shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>Half-close: the peer gets a FIN and reads end-of-file; it can still send.</source>
        <translation>Halbes Schließen: Die Gegenstelle bekommt ein FIN und liest Dateiende; sie kann weiterhin senden.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RDWR)</source>
        <translation>shutdown(SHUT_RDWR)</translation>
    </message>
    <message>
        <source>Both directions, whatever other descriptors share the socket.</source>
        <translation>Beide Richtungen, egal welche anderen Deskriptoren sich den Socket teilen.</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>An orderly close: unsent data goes out, then a FIN.</source>
        <translation>Ein geordnetes Schließen: Noch nicht gesendete Daten gehen hinaus, dann ein FIN.</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>Abbruch (RST)</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0} then close(): unsent data is dropped and the peer gets a RST (ECONNRESET).</source>
        <translation>SO_LINGER {1, 0}, dann close(): Nicht gesendete Daten werden verworfen, und die Gegenstelle bekommt ein RST (ECONNRESET).</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address, e.g. 127.0.0.1 or localhost.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers an, z. B. 127.0.0.1 oder localhost.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>connect failed: %1</source>
        <translation>connect gescheitert: %1</translation>
    </message>
    <message>
        <source>connected: %1 → %2</source>
        <translation>verbunden: %1 → %2</translation>
    </message>
    <message>
        <source>Connected. What you send goes to %1; what arrives shows above.</source>
        <translation>Verbunden. Was Sie senden, geht an %1; was ankommt, erscheint oben.</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Mitschrift speichern</translation>
    </message>
    <message>
        <source>transcript.txt</source>
        <translation>transcript.txt</translation>
    </message>
    <message>
        <source>Could not save the transcript to %1: %2</source>
        <translation>Die Mitschrift konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Mitschrift unter %1 gespeichert</translation>
    </message>
    <message>
        <source>close(): an orderly close. While a connect is under way, gives it up.</source>
        <translation>close(): ein geordnetes Schließen. Während ein Verbindungsaufbau läuft, wird er abgebrochen.</translation>
    </message>
    <message>
        <source>Give a numeric address and port (127.0.0.1:7008 or [::1]:7008), unix:PATH or unix:@name; empty sends to the connected peer.</source>
        <translation>Geben Sie eine numerische Adresse mit Port an (127.0.0.1:7008 oder [::1]:7008), unix:PFAD oder unix:@name; leer sendet an die verbundene Gegenstelle.</translation>
    </message>
    <message>
        <source>recv() returned 0: the peer closed its side (FIN). Our side is shut for writing too, so nothing more can pass either way; Close releases the descriptor.</source>
        <translation>recv() lieferte 0: Die Gegenstelle hat ihre Seite geschlossen (FIN). Unsere Seite ist zum Schreiben ebenfalls geschlossen, also kann in keiner Richtung mehr etwas fließen; Schließen gibt den Deskriptor frei.</translation>
    </message>
    <message>
        <source>send() the bytes above (Return in the field); sendto() when a target is given.</source>
        <translation>send() mit den Bytes oben (Eingabetaste im Feld); sendto(), wenn ein Ziel angegeben ist.</translation>
    </message>
    <message>
        <source>%1. Start a server first: on the Echo server page, Start, then Connect a console; or run one yourself (sockscope-cli serve --port 7007, nc -l 7007).</source>
        <translation>%1. Starten Sie zuerst einen Server: auf der Seite Echo-Server „Starten“, dann „Konsole verbinden“; oder starten Sie selbst einen (sockscope-cli serve --port 7007, nc -l 7007).</translation>
    </message>
    <message>
        <source>TLS: %1, %2; %3. What follows is the plaintext inside TLS.</source>
        <translation>TLS: %1, %2; %3. Was folgt, ist der Klartext innerhalb von TLS.</translation>
    </message>
    <message>
        <source>Connect first: saved messages go to this session&apos;s peer.</source>
        <translation>Zuerst verbinden: Gespeicherte Nachrichten gehen an die Gegenstelle dieser Sitzung.</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientSessionService</name>
    <message>
        <source>the destination is a broadcast address and SO_BROADCAST is off: the kernel refuses to send there (EACCES) until the socket allows broadcast. Turn SO_BROADCAST on and try again</source>
        <translation>das Ziel ist eine Broadcast-Adresse, und SO_BROADCAST ist aus: Der Kernel verweigert das Senden dorthin (EACCES), bis der Socket Broadcast erlaubt. SO_BROADCAST einschalten und erneut versuchen</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientSessionWorker</name>
    <message>
        <source>the path is empty or does not fit sun_path (107 bytes at most)</source>
        <translation>der Pfad ist leer oder passt nicht in sun_path (höchstens 107 Bytes)</translation>
    </message>
    <message>
        <source>cannot resolve “%1”: %2 (%3)</source>
        <translation>„%1“ kann nicht aufgelöst werden: %2 (%3)</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>the target “%1” is not a numeric address:port or unix:path</source>
        <translation>das Ziel „%1“ ist weder eine numerische Adresse:Port noch unix:Pfad</translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB, the most the console sends</source>
        <translation>„%1“ ist größer als %2 MiB, das Höchste, was die Konsole sendet</translation>
    </message>
    <message>
        <source>file %1: %2 bytes sent</source>
        <translation>Datei %1: %2 Bytes gesendet</translation>
    </message>
    <message>
        <source>recv() = 0: the peer has closed its sending side</source>
        <translation>recv() = 0: Die Gegenstelle hat ihre Senderichtung geschlossen</translation>
    </message>
    <message>
        <source>truncated: the datagram had %1 bytes</source>
        <translation>gekürzt: Das Datagramm hatte %1 Bytes</translation>
    </message>
    <message>
        <source>shutdown(fd, %1) = 0: %2</source>
        <translation>shutdown(fd, %1) = 0: %2</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER {1, 0}), close(fd): %1</source>
        <translation>setsockopt(SO_LINGER {1, 0}), close(fd): %1</translation>
    </message>
    <message>
        <source>close(fd) = 0: %1</source>
        <translation>close(fd) = 0: %1</translation>
    </message>
    <message>
        <source>a datagram socket has no connection: shutdown only stops this side; the peer sees nothing</source>
        <translation>ein Datagramm-Socket hat keine Verbindung: shutdown hält nur diese Seite an; die Gegenstelle merkt nichts</translation>
    </message>
    <message>
        <source>nothing is sent: the peer is not told and may go on sending. Our recv() first returns what was already queued, then 0 (end-of-file) instead of waiting; on Linux data that arrives later is still handed to recv() (other systems may discard it)</source>
        <translation>es wird nichts gesendet: Die Gegenstelle erfährt nichts davon und darf weiter senden. Unser recv() liefert zuerst, was schon in der Warteschlange lag, dann 0 (Dateiende), statt zu warten; unter Linux werden später ankommende Daten trotzdem an recv() übergeben (andere Systeme verwerfen sie womöglich)</translation>
    </message>
    <message>
        <source>the peer receives a FIN: its recv() returns 0 once it has read everything; it can still send to us</source>
        <translation>die Gegenstelle erhält ein FIN: Ihr recv() liefert 0, sobald sie alles gelesen hat; sie kann uns weiterhin Daten senden</translation>
    </message>
    <message>
        <source>the peer receives a FIN and its recv() returns 0; data it sends afterwards is answered with a RST</source>
        <translation>die Gegenstelle erhält ein FIN und ihr recv() liefert 0; Daten, die sie danach sendet, werden mit einem RST beantwortet</translation>
    </message>
    <message>
        <source>the peer receives a FIN after the unsent data: its recv() returns 0; if it still sends, it gets a RST and then EPIPE/ECONNRESET</source>
        <translation>die Gegenstelle erhält nach den noch nicht gesendeten Daten ein FIN: Ihr recv() liefert 0; sendet sie dennoch weiter, erhält sie ein RST und danach EPIPE/ECONNRESET</translation>
    </message>
    <message>
        <source>nothing reaches the peer: a datagram socket has no connection to end</source>
        <translation>bei der Gegenstelle kommt nichts an: Ein Datagramm-Socket hat keine Verbindung, die beendet werden könnte</translation>
    </message>
    <message>
        <source>the peer receives a RST instead of a FIN: unsent data is discarded and its next recv() or send() fails with ECONNRESET</source>
        <translation>die Gegenstelle erhält ein RST statt eines FIN: Nicht gesendete Daten werden verworfen, und ihr nächstes recv() oder send() scheitert mit ECONNRESET</translation>
    </message>
    <message>
        <source>connection refused: nothing listens there</source>
        <translation>Verbindung abgelehnt: Dort lauscht niemand</translation>
    </message>
    <message>
        <source>timed out after %1 ms: no answer to the connection request</source>
        <translation>Zeitüberschreitung nach %1 ms: keine Antwort auf die Verbindungsanfrage</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>no such socket file</source>
        <translation>keine solche Socket-Datei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the listener&apos;s backlog is full</source>
        <translation>der Backlog des lauschenden Sockets ist voll</translation>
    </message>
    <message>
        <source>the address is not available</source>
        <translation>die Adresse ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>the connection attempt was abandoned</source>
        <translation>der Verbindungsversuch wurde abgebrochen</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist gescheitert</translation>
    </message>
    <message>
        <source>could not give the datagram socket an address of its own</source>
        <translation>dem Datagramm-Socket konnte keine eigene Adresse gegeben werden</translation>
    </message>
    <message>
        <source>%1() failed</source>
        <translation>%1() ist gescheitert</translation>
    </message>
    <message>
        <source>%1 (%2 — %3)</source>
        <translation>%1 (%2 — %3)</translation>
    </message>
    <message>
        <source>“%1” gave no address a socket can connect to (is the interface after % known?)</source>
        <translation>„%1“ ergab keine Adresse, mit der sich ein Socket verbinden kann (ist die Schnittstelle nach % bekannt?)</translation>
    </message>
    <message>
        <source>“%1” is not a regular file: the console sends the bytes of a file, not of a device, a pipe or a directory</source>
        <translation>„%1“ ist keine reguläre Datei: Die Konsole sendet die Bytes einer Datei, nicht die eines Geräts, einer Pipe oder eines Verzeichnisses</translation>
    </message>
    <message>
        <source>MSG_TRUNC on a stream: the kernel discarded %1 bytes without copying them</source>
        <translation>MSG_TRUNC auf einem Stream: Der Kernel hat %1 Bytes verworfen, ohne sie zu kopieren</translation>
    </message>
    <message>
        <source>. The kernel also raised SIGPIPE, which ends a program that does not ignore it; SockScope caught it. MSG_NOSIGNAL avoids it.</source>
        <translation>. Der Kernel hat außerdem SIGPIPE ausgelöst, das ein Programm beendet, wenn es das Signal nicht ignoriert; SockScope hat es abgefangen. MSG_NOSIGNAL vermeidet es.</translation>
    </message>
    <message>
        <source>send() failed with EPIPE: this connection can no longer send (it was shut down for writing or reset). Disconnect, then connect again.</source>
        <translation>send() scheiterte mit EPIPE: Diese Verbindung kann nicht mehr senden (sie wurde zum Schreiben geschlossen oder zurückgesetzt). Trennen und dann neu verbinden.</translation>
    </message>
    <message>
        <source>Our side is shut down for writing (shutdown %1): send() would now fail with EPIPE and raise SIGPIPE. Disconnect, then connect again to send more; the socket lab lets you make that failing call on purpose.</source>
        <translation>Unsere Seite ist zum Schreiben geschlossen (shutdown %1): send() würde jetzt mit EPIPE scheitern und SIGPIPE auslösen. Zum Weitersenden trennen und neu verbinden; im Socket-Labor lässt sich dieser scheiternde Aufruf absichtlich ausführen.</translation>
    </message>
    <message>
        <source>TLS runs over a stream (TCP or Unix stream), not over datagrams</source>
        <translation>TLS läuft über einen Stream (TCP oder Unix-Stream), nicht über Datagramme</translation>
    </message>
    <message>
        <source>the TLS settings were refused: %1</source>
        <translation>die TLS-Einstellungen wurden abgelehnt: %1</translation>
    </message>
    <message>
        <source>SSL_read() = 0: the peer ended TLS with close_notify</source>
        <translation>SSL_read() = 0: Die Gegenstelle hat TLS mit close_notify beendet</translation>
    </message>
    <message>
        <source>SSL_read() failed at the end of the stream: the peer closed the TCP connection without close_notify, so a cut-off cannot be told from the real end of its data</source>
        <translation>SSL_read() ist am Ende des Streams fehlgeschlagen: Die Gegenstelle hat die TCP-Verbindung ohne close_notify geschlossen, daher lässt sich ein Abbruch nicht vom echten Ende ihrer Daten unterscheiden</translation>
    </message>
    <message>
        <source>SSL_shutdown(ssl): close_notify sent, TLS&apos;s end of data</source>
        <translation>SSL_shutdown(ssl): close_notify gesendet, das Datenende von TLS</translation>
    </message>
    <message>
        <source>none: not connected, sendto %1</source>
        <translation>keine: nicht verbunden, sendto %1</translation>
    </message>
    <message>
        <source>broadcast and multicast options are for a UDP session</source>
        <translation>Broadcast- und Multicast-Optionen gibt es nur für eine UDP-Sitzung</translation>
    </message>
    <message>
        <source>connect the UDP session first: these options are set on its socket</source>
        <translation>zuerst die UDP-Sitzung verbinden: Diese Optionen werden auf ihrem Socket gesetzt</translation>
    </message>
    <message>
        <source>connect the UDP session first: groups are joined on its socket</source>
        <translation>zuerst die UDP-Sitzung verbinden: Der Beitritt zu Gruppen erfolgt über ihren Socket</translation>
    </message>
    <message>
        <source>… %L1 more sent (%L2 bytes), not shown</source>
        <translation>… %L1 weitere Nachrichten gesendet (%L2 Bytes), nicht angezeigt</translation>
    </message>
    <message>
        <source>repeat stopped after %L1 of %L2 messages</source>
        <translation>Wiederholung nach %L1 von %L2 Nachrichten angehalten</translation>
    </message>
</context>
<context>
    <name>sockscope::ConsoleTranscript</name>
    <message>
        <source>→ sent, ← received; time, size and, for datagrams, the sender of each chunk.</source>
        <translation>→ gesendet, ← empfangen; Zeit, Größe und bei Datagrammen der Absender jedes Stücks.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Last (follow)</source>
        <translation>Letzte (folgen)</translation>
    </message>
    <message>
        <source>Show the newest page and keep showing it as data arrives.</source>
        <translation>Zeigt die neueste Seite und bleibt darauf, während Daten ankommen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n byte(s)</source>
        <translation>
            <numerusform>%1 → %n Byte</numerusform>
            <numerusform>%1 → %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ← %n byte(s)</source>
        <translation>
            <numerusform>%1 ← %n Byte</numerusform>
            <numerusform>%1 ← %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more byte(s) in this chunk (Save transcript… keeps them all)</source>
        <translation>
            <numerusform>  … %n weiteres Byte in diesem Stück („Mitschrift speichern …“ behält alle)</numerusform>
            <numerusform>  … %n weitere Bytes in diesem Stück („Mitschrift speichern …“ behält alle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-- %n more chunk(s) arrived faster than they can be shown; Save transcript… keeps them</source>
        <translation>
            <numerusform>-- %n weiteres Stück kam schneller an, als es angezeigt werden kann; „Mitschrift speichern …“ behält es</numerusform>
            <numerusform>-- %n weitere Stücke kamen schneller an, als sie angezeigt werden können; „Mitschrift speichern …“ behält sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 received)</source>
        <translation>Seite %1 von %2 (%3 empfangen)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>sockscope::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard.</source>
        <translation>Kopiert %1 in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard: %2</source>
        <translation>%1 in die Zwischenablage kopiert: %2</translation>
    </message>
</context>
<context>
    <name>sockscope::DatabaseLookupBox</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>The C function that actually ran (the journal shows the call) and how long it took.</source>
        <translation>Die C-Funktion, die tatsächlich lief (das Protokoll zeigt den Aufruf), und wie lange sie dauerte.</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
</context>
<context>
    <name>sockscope::DatabasePage</name>
    <message>
        <source>The whole database: %1, %2 until NULL, %3</source>
        <translation>Die ganze Datenbank: %1, %2 bis NULL, %3</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text (any case) in any column. Filtering happens here in the table; it calls nothing. Ctrl+F puts the cursor here.</source>
        <translation>Zeigt nur die Zeilen, die diesen Text (ohne Beachtung der Groß-/Kleinschreibung) in einer beliebigen Spalte enthalten. Gefiltert wird hier in der Tabelle; es wird nichts aufgerufen. Strg+F setzt den Cursor hierher.</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>&amp;Stay open: %1(1)</source>
        <translation>&amp;Offen halten: %1(1)</translation>
    </message>
    <message>
        <source>The int stayopen argument of %1: 0 (unchecked) or 1 (checked). The listing is made again with the new value.</source>
        <translation>Das Argument int stayopen von %1: 0 (nicht angehakt) oder 1 (angehakt). Die Liste wird mit dem neuen Wert neu erstellt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Lists the database again: %1, %2 until it returns NULL, %3 (F5).</source>
        <translation>Listet die Datenbank erneut auf: %1, %2 bis es NULL liefert, %3 (F5).</translation>
    </message>
    <message>
        <source>the rows shown</source>
        <translation>die angezeigten Zeilen</translation>
    </message>
    <message>
        <source>The entry&apos;s place in the order %1 returned them.</source>
        <translation>Die Position des Eintrags in der Reihenfolge, in der %1 die Einträge geliefert hat.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it; sort by # for the database&apos;s own order.</source>
        <translation>Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren; sortieren Sie nach #, um die Reihenfolge der Datenbank zu erhalten.</translation>
    </message>
    <message>
        <source>%1(%2), %3…, %4 running on a worker thread</source>
        <translation>%1(%2), %3 …, %4 laufen in einem Worker-Thread</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n shown by the filter</source>
        <translation>
            <numerusform>, %n vom Filter angezeigt</numerusform>
            <numerusform>, %n vom Filter angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1(%2), %3 × %4, %5 took %6</source>
        <translation> · %1(%2), %3 × %4, %5 dauerte %6</translation>
    </message>
    <message>
        <source>%1 ran, taking %2</source>
        <translation>%1 lief, Dauer: %2</translation>
    </message>
    <message>
        <source>text in any column</source>
        <translation>Text in beliebiger Spalte</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoConnectionModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>reading paused (the peer is not reading its echo)</source>
        <translation>Lesen pausiert (die Gegenstelle liest ihr Echo nicht)</translation>
    </message>
    <message>
        <source>half-closed (the peer sent EOF)</source>
        <translation>halb geschlossen (die Gegenstelle hat EOF gesendet)</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>wird geschlossen</translation>
    </message>
    <message>
        <source>Connection %1 on descriptor %2</source>
        <translation>Verbindung %1 auf Deskriptor %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The server&apos;s number for the connection (not the file descriptor).</source>
        <translation>Die Nummer, die der Server der Verbindung gibt (nicht der Dateideskriptor).</translation>
    </message>
    <message>
        <source>The client&apos;s address and port, from accept() (getpeername).</source>
        <translation>Adresse und Port des Clients, aus accept() (getpeername).</translation>
    </message>
    <message>
        <source>The server&apos;s end of the connection (getsockname on the accepted socket).</source>
        <translation>Das Ende der Verbindung auf Serverseite (getsockname auf dem angenommenen Socket).</translation>
    </message>
    <message>
        <source>How long ago the connection was accepted.</source>
        <translation>Wie lange es her ist, dass die Verbindung angenommen wurde.</translation>
    </message>
    <message>
        <source>Bytes recv() returned on this connection.</source>
        <translation>Bytes, die recv() auf dieser Verbindung geliefert hat.</translation>
    </message>
    <message>
        <source>Bytes send() wrote back; behind bytes in while an echo is still owed.</source>
        <translation>Bytes, die send() zurückgeschrieben hat; liegt hinter „Empfangen“ zurück, solange noch ein Echo aussteht.</translation>
    </message>
    <message>
        <source>open; reading paused: the peer does not read its echo, so the server stops reading from it until the echo drains (backpressure); half-closed: the peer sent EOF and the server sends what it still owes, then closes.</source>
        <translation>offen; Lesen pausiert: Die Gegenstelle liest ihr Echo nicht, daher liest der Server nichts mehr von ihr, bis das Echo abgeflossen ist (Gegendruck); halb geschlossen: Die Gegenstelle hat EOF gesendet, und der Server sendet, was er noch schuldet, und schließt dann.</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoLoadPanel</name>
    <message>
        <source>Use this tab&apos;s ser&amp;ver</source>
        <translation>&amp;Server dieses Tabs verwenden</translation>
    </message>
    <message>
        <source>R&amp;un load</source>
        <translation>Last aus&amp;führen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbr&amp;echen</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>Lasteinstellungen</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Unix stream</source>
        <translation>Unix-Stream</translation>
    </message>
    <message>
        <source>How the load connects: TCP (SOCK_STREAM), UDP (SOCK_DGRAM; a reply not back within a second counts as lost) or a Unix stream socket (AF_UNIX). Unix datagram servers cannot be driven: an unbound client gets no reply.</source>
        <translation>Wie die Last verbindet: TCP (SOCK_STREAM), UDP (SOCK_DGRAM; eine Antwort, die nicht binnen einer Sekunde zurück ist, gilt als verloren) oder ein Unix-Stream-Socket (AF_UNIX). Unix-Datagramm-Server lassen sich nicht belasten: Ein nicht gebundener Client erhält keine Antwort.</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport:</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1</source>
        <translation>127.0.0.1 oder ::1</translation>
    </message>
    <message>
        <source>The server&apos;s address as numeric text (read by inet_pton; no host names). Filled in from this tab&apos;s server when it starts. Send load only to your own servers.</source>
        <translation>Die Adresse des Servers als numerischer Text (gelesen von inet_pton; keine Hostnamen). Wird beim Start vom Server dieses Tabs übernommen. Senden Sie Last nur an Ihre eigenen Server.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>The server&apos;s port, 1 to 65535, decimal or hex with 0x. Filled in from this tab&apos;s server when it starts.</source>
        <translation>Der Port des Servers, 1 bis 65535, dezimal oder hexadezimal mit 0x. Wird beim Start vom Server dieses Tabs übernommen.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>/tmp/sockscope-echo.sock or @name</source>
        <translation>/tmp/sockscope-echo.sock oder @name</translation>
    </message>
    <message>
        <source>The server&apos;s AF_UNIX path (at most %1 bytes with the terminating NUL), or @name for a Linux abstract name.</source>
        <translation>Der AF_UNIX-Pfad des Servers (höchstens %1 Byte samt abschließendem NUL) oder @name für einen abstrakten Linux-Namen.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Set the transport, address and port (or path) to where this tab&apos;s server listens. Only while it runs.</source>
        <translation>Setzt Transport, Adresse und Port (oder Pfad) auf die Stelle, an der der Server dieses Tabs lauscht. Nur solange er läuft.</translation>
    </message>
    <message>
        <source>How many connections (UDP: sockets) send at once, 1 to %1. Each is a file descriptor in this process, and the server needs one per connection too, so the open-file limit (ulimit -n) caps it.</source>
        <translation>Wie viele Verbindungen (UDP: Sockets) gleichzeitig senden, 1 bis %1. Jede ist ein Dateideskriptor in diesem Prozess, und der Server braucht ebenfalls einen pro Verbindung; die Grenze für offene Dateien (ulimit -n) beschränkt die Zahl daher.</translation>
    </message>
    <message>
        <source>Conn&amp;ections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>Bytes per message, 1 to %1 (16 MiB); UDP at most %2, the largest datagram over IPv4. Every echoed byte is compared with what was sent.</source>
        <translation>Byte pro Nachricht, 1 bis %1 (16 MiB); bei UDP höchstens %2, das größte Datagramm über IPv4. Jedes zurückgesendete Byte wird mit dem Gesendeten verglichen.</translation>
    </message>
    <message>
        <source>Message &amp;size (bytes):</source>
        <translation>Nachrichten&amp;größe (Byte):</translation>
    </message>
    <message>
        <source>How long the load runs, 1 to %1 seconds (one hour). Cancel ends it earlier; what was measured until then is still reported.</source>
        <translation>Wie lange die Last läuft, 1 bis %1 Sekunden (eine Stunde). Abbrechen beendet sie früher; was bis dahin gemessen wurde, wird trotzdem berichtet.</translation>
    </message>
    <message>
        <source>&amp;Duration (s):</source>
        <translation>&amp;Dauer (s):</translation>
    </message>
    <message>
        <source>Ping-pong</source>
        <translation>Ping-Pong</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Ping-pong: each connection sends one message and waits for its echo before the next; the round-trip times are measured. Stream: each connection keeps sending while it reads the echo back, for throughput; streams only (TCP, Unix stream), as lost datagrams would stall it.</source>
        <translation>Ping-Pong: Jede Verbindung sendet eine Nachricht und wartet vor der nächsten auf ihr Echo; die Umlaufzeiten werden gemessen. Stream: Jede Verbindung sendet fortlaufend, während sie das Echo zurückliest, für den Durchsatz; nur für Streams (TCP, Unix-Stream), da verlorene Datagramme sie anhalten würden.</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>one per core (%1)</source>
        <translation>einer pro Kern (%1)</translation>
    </message>
    <message>
        <source>The load&apos;s threads, each an event loop over its share of the connections. 0: one per core (%1 here), at most one per connection. At most %2.</source>
        <translation>Die Threads der Last, jeder eine Ereignisschleife über seinen Anteil der Verbindungen. 0: einer pro Kern (hier %1), höchstens einer pro Verbindung. Höchstens %2.</translation>
    </message>
    <message>
        <source>Load t&amp;hreads:</source>
        <translation>Last-&amp;Threads:</translation>
    </message>
    <message>
        <source>Open the connections and send messages for the chosen duration, checking every echoed byte. The load runs on threads of its own; the page stays responsive.</source>
        <translation>Öffnet die Verbindungen und sendet für die gewählte Dauer Nachrichten, wobei jedes zurückgesendete Byte geprüft wird. Die Last läuft in eigenen Threads; die Seite bleibt bedienbar.</translation>
    </message>
    <message>
        <source>End the run now; what was measured until then is reported.</source>
        <translation>Beendet den Lauf sofort; was bis dahin gemessen wurde, wird berichtet.</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>Fortschritt der Last</translation>
    </message>
    <message>
        <source>Seconds elapsed of the run&apos;s duration.</source>
        <translation>Verstrichene Sekunden der Laufdauer.</translation>
    </message>
    <message>
        <source>the load test&apos;s result</source>
        <translation>das Ergebnis des Lasttests</translation>
    </message>
    <message>
        <source>The load&apos;s running totals, 4 updates a second.</source>
        <translation>Die laufenden Summen der Last, 4 Aktualisierungen pro Sekunde.</translation>
    </message>
    <message>
        <source>Load result</source>
        <translation>Ergebnis der Last</translation>
    </message>
    <message>
        <source>Messages/s and MB/s (MB = 10⁶ bytes) over the measured duration; round-trip times of ping-pong messages in microseconds (p99: 99% were faster); bytes echoed and found equal to those sent; errors: failed connections, resets, corrupted echoes, lost datagrams.</source>
        <translation>Nachrichten/s und MB/s (MB = 10⁶ Byte) über die gemessene Dauer; Umlaufzeiten der Ping-Pong-Nachrichten in Mikrosekunden (p99: 99 % waren schneller); zurückgesendete Byte, die mit den gesendeten übereinstimmten; Fehler: fehlgeschlagene Verbindungen, Resets, verfälschte Echos, verlorene Datagramme.</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <source>Load throughput plot</source>
        <translation>Durchsatzdiagramm der Last</translation>
    </message>
    <message>
        <source>Echoed bytes per second the load received and verified, from its totals 4 times a second, over the last %1 seconds.</source>
        <translation>Zurückgesendete Byte pro Sekunde, die die Last empfangen und geprüft hat, aus ihren Summen 4-mal pro Sekunde, über die letzten %1 Sekunden.</translation>
    </message>
    <message>
        <source>The server&apos;s address is empty.</source>
        <translation>Die Adresse des Servers ist leer.</translation>
    </message>
    <message>
        <source>“%1” is neither a numeric IPv4 nor a numeric IPv6 address (inet_pton returned 0 for both); the load connects to numbers, not to a host name.</source>
        <translation>„%1“ ist weder eine numerische IPv4- noch eine numerische IPv6-Adresse (inet_pton gab für beide 0 zurück); die Last verbindet sich mit Zahlen, nicht mit einem Hostnamen.</translation>
    </message>
    <message>
        <source>The path is empty. Give the server&apos;s socket file, or @name for an abstract name.</source>
        <translation>Der Pfad ist leer. Geben Sie die Socket-Datei des Servers an oder @name für einen abstrakten Namen.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; sun_path holds at most %2 bytes and the terminating NUL.</source>
        <translation>Der Pfad ist %1 Byte lang; sun_path fasst höchstens %2 Byte und das abschließende NUL.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Nachrichtengröße</translation>
    </message>
    <message>
        <source>A UDP datagram carries at most %1 bytes over IPv4; “%2” is too large for one echo.</source>
        <translation>Ein UDP-Datagramm trägt über IPv4 höchstens %1 Byte; „%2“ ist für ein Echo zu groß.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Not started: correct the marked fields first.</source>
        <translation>Nicht gestartet: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message numerus="yes">
        <source>0 of %n second(s)</source>
        <translation>
            <numerusform>0 von %n Sekunde</numerusform>
            <numerusform>0 von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n connection(s) for %1 s…</source>
        <translation>
            <numerusform>Läuft: %n Verbindung für %1 s …</numerusform>
            <numerusform>Läuft: %n Verbindungen für %1 s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n second(s)</source>
        <translation>
            <numerusform>%1 von %n Sekunde</numerusform>
            <numerusform>%1 von %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s now, %n connected, %2 error(s)</source>
        <translation>
            <numerusform>derzeit %1 Nachrichten/s, %n verbunden, %2 Fehler</numerusform>
            <numerusform>derzeit %1 Nachrichten/s, %n verbunden, %2 Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>The load could not run: %1.</source>
        <translation>Die Last konnte nicht laufen: %1.</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Nach %1 s abgebrochen.</translation>
    </message>
    <message>
        <source>Finished after %1 s.</source>
        <translation>Nach %1 s beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n connection(s) could be made.</source>
        <translation>
            <numerusform>Nur %1 von %n Verbindung kam zustande.</numerusform>
            <numerusform>Nur %1 von %n Verbindungen kamen zustande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): failed connections, resets, corrupted echoes or lost datagrams.</source>
        <translation>
            <numerusform>%n Fehler: fehlgeschlagene Verbindungen, Resets, verfälschte Echos oder verlorene Datagramme.</numerusform>
            <numerusform>%n Fehler: fehlgeschlagene Verbindungen, Resets, verfälschte Echos oder verlorene Datagramme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load test: %1 messages/s, %2 MB/s</source>
        <translation>Lasttest: %1 Nachrichten/s, %2 MB/s</translation>
    </message>
    <message>
        <source>%1 messages/s, %2 MB/s over %3 s</source>
        <translation>%1 Nachrichten/s, %2 MB/s über %3 s</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), %1-byte messages, %2</source>
        <translation>
            <numerusform>%n Verbindung, Nachrichten zu %1 Byte, %2</numerusform>
            <numerusform>%n Verbindungen, Nachrichten zu %1 Byte, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>ping-pong</source>
        <translation>Ping-Pong</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Round trip: p50 %1 µs, p99 %2 µs, p99.9 %3 µs, max %4 µs</source>
        <translation>Umlaufzeit: p50 %1 µs, p99 %2 µs, p99,9 %3 µs, max. %4 µs</translation>
    </message>
    <message>
        <source>Round trip: not measured in stream mode</source>
        <translation>Umlaufzeit: im Stream-Modus nicht gemessen</translation>
    </message>
    <message>
        <source>%1 messages, %2 bytes verified, %3 error(s), %4 mismatched byte(s)</source>
        <translation>%1 Nachrichten, %2 Byte geprüft, %3 Fehler, %4 abweichende Byte</translation>
    </message>
    <message>
        <source>No load run yet. Press Run load to load this tab&apos;s server.</source>
        <translation>Noch kein Lasttest. Drücken Sie Last ausführen, um den Server dieses Tabs zu belasten.</translation>
    </message>
    <message>
        <source>No load run yet. Start the server (or give another server&apos;s address), then press Run load.</source>
        <translation>Noch kein Lasttest. Starten Sie den Server (oder geben Sie die Adresse eines anderen Servers an) und drücken Sie dann Last ausführen.</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoLogModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>errno %1: %2</source>
        <translation>errno %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>When the server logged the event (this computer&apos;s clock).</source>
        <translation>Wann der Server das Ereignis protokolliert hat (Uhr dieses Computers).</translation>
    </message>
    <message>
        <source>What happened: connections, disconnections and why, refusals, accept pauses and errors. Single messages are counted, not logged.</source>
        <translation>Was passiert ist: Verbindungen, Verbindungsabbrüche und ihr Grund, Abweisungen, accept-Pausen und Fehler. Einzelne Nachrichten werden gezählt, nicht protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier event(s) were dropped: the server logged them faster than the page collects them (4 times a second).</source>
        <translation>
            <numerusform>%n früheres Ereignis wurde verworfen: Der Server hat schneller protokolliert, als die Seite abholt (4-mal pro Sekunde).</numerusform>
            <numerusform>%n frühere Ereignisse wurden verworfen: Der Server hat sie schneller protokolliert, als die Seite sie abholt (4-mal pro Sekunde).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::EchoServerForm</name>
    <message>
        <source>Re&amp;move a stale socket file</source>
        <translation>Verwaiste Socket-Datei lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>127.0.0.1, ::1, 0.0.0.0 or ::</source>
        <translation>127.0.0.1, ::1, 0.0.0.0 oder ::</translation>
    </message>
    <message>
        <source>The local address for bind(), as numeric text (read by inet_pton; no host names). 127.0.0.1 or ::1 take connections from this computer only. 0.0.0.0 (INADDR_ANY) or :: (in6addr_any) listen on every interface, so other machines can connect too.</source>
        <translation>Die lokale Adresse für bind(), als numerischer Text (von inet_pton gelesen; keine Hostnamen). 127.0.0.1 oder ::1 nehmen nur Verbindungen von diesem Computer an. 0.0.0.0 (INADDR_ANY) oder :: (in6addr_any) lauschen auf jeder Schnittstelle, sodass sich auch andere Rechner verbinden können.</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Bind-Adresse:</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = beliebiger freier Port</translation>
    </message>
    <message>
        <source>The local port for bind(), 0 to 65535, decimal or hex with 0x. 0 lets the kernel choose a free port; the port it chose (getsockname) is shown after the start. Ports below 1024 need privileges.</source>
        <translation>Der lokale Port für bind(), 0 bis 65535, dezimal oder hexadezimal mit 0x. Bei 0 wählt der Kernel einen freien Port; der gewählte Port (getsockname) wird nach dem Start angezeigt. Ports unter 1024 brauchen Privilegien.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>/tmp/sockscope-echo.sock or @name</source>
        <translation>/tmp/sockscope-echo.sock oder @name</translation>
    </message>
    <message>
        <source>AF_UNIX: a file-system path for sun_path (at most %1 bytes with the terminating NUL), or @name for a Linux abstract name: it lives only while the socket is open and leaves no file behind.</source>
        <translation>AF_UNIX: ein Dateisystempfad für sun_path (höchstens %1 Bytes mit dem abschließenden NUL) oder @name für einen abstrakten Linux-Namen: Er existiert nur, solange der Socket offen ist, und hinterlässt keine Datei.</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>A server that exits without unlink() leaves its socket file behind, and the next bind() fails with EADDRINUSE. When checked, a socket file that nobody accepts on (connect() to it is refused) is removed before binding. The file of a server still running is never touched.</source>
        <translation>Ein Server, der ohne unlink() endet, hinterlässt seine Socket-Datei, und das nächste bind() scheitert mit EADDRINUSE. Wenn angehakt, wird eine Socket-Datei, auf der niemand Verbindungen annimmt (connect() darauf wird abgewiesen), vor dem Binden gelöscht. Die Datei eines noch laufenden Servers wird nie angerührt.</translation>
    </message>
    <message>
        <source>setsockopt(IPPROTO_IPV6, IPV6_V6ONLY) for an IPv6 bind address. On: the socket takes IPv6 only, and another socket may bind the same port for IPv4. Off: dual-stack: IPv4 clients are accepted too and appear as ::ffff:a.b.c.d. System default: the option is not set (Linux: net.ipv6.bindv6only, usually 0, dual-stack). Only for an IPv6 bind address.</source>
        <translation>setsockopt(IPPROTO_IPV6, IPV6_V6ONLY) für eine IPv6-Bind-Adresse. Ein: Der Socket nimmt nur IPv6, und ein anderer Socket darf denselben Port für IPv4 binden. Aus: Dual-Stack: Auch IPv4-Clients werden angenommen und erscheinen als ::ffff:a.b.c.d. Systemvorgabe: Die Option wird nicht gesetzt (Linux: net.ipv6.bindv6only, meist 0, Dual-Stack). Nur für eine IPv6-Bind-Adresse.</translation>
    </message>
    <message>
        <source>IPV6_V6O&amp;NLY:</source>
        <translation>IPV6_V6O&amp;NLY:</translation>
    </message>
    <message>
        <source>listen()&apos;s second argument: how many connections the kernel completes and queues before accept() takes them; clients beyond it wait or are refused. Empty: SOMAXCONN. The kernel caps any backlog at net.core.somaxconn, which is %1 on this computer (read from /proc/sys/net/core/somaxconn just now). %2 Streams only: datagram sockets do not listen.</source>
        <translation>Das zweite Argument von listen(): wie viele Verbindungen der Kernel fertig aufbaut und in die Warteschlange stellt, bevor accept() sie abholt; Clients darüber hinaus warten oder werden abgewiesen. Leer: SOMAXCONN. Der Kernel begrenzt jedes Backlog auf net.core.somaxconn, auf diesem Computer %1 (eben aus /proc/sys/net/core/somaxconn gelesen). %2 Nur für Streams: Datagramm-Sockets rufen listen nicht auf.</translation>
    </message>
    <message>
        <source>That is the chapter&apos;s 128.</source>
        <translation>Das ist die 128 aus dem Kapitel.</translation>
    </message>
    <message>
        <source>The chapter&apos;s 128 was the old Linux limit; this kernel&apos;s differs.</source>
        <translation>Die 128 aus dem Kapitel war die alte Linux-Grenze; die dieses Kernels ist anders.</translation>
    </message>
    <message>
        <source>Bac&amp;klog:</source>
        <translation>Bac&amp;klog:</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): a restarted server may bind its port while connections of the previous one are still in TIME_WAIT, instead of failing with EADDRINUSE for a minute or two. On by default, as in the chapter. It does not let two servers listen on the same port at once.</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) vor bind(): Ein neu gestarteter Server darf seinen Port binden, während Verbindungen des vorigen noch in TIME_WAIT sind, statt ein, zwei Minuten lang mit EADDRINUSE zu scheitern. Standardmäßig an, wie im Kapitel. Es erlaubt nicht, dass zwei Server gleichzeitig auf demselben Port lauschen.</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEPORT, 1) before bind() (Linux 3.9 and later): several sockets of the same user may bind the same address and port at once, and the kernel spreads new connections (or datagrams) among them. Try it with two server tabs on the same port.</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEPORT, 1) vor bind() (ab Linux 3.9): Mehrere Sockets desselben Benutzers dürfen gleichzeitig dieselbe Adresse und denselben Port binden, und der Kernel verteilt neue Verbindungen (oder Datagramme) auf sie. Probieren Sie es mit zwei Server-Tabs auf demselben Port aus.</translation>
    </message>
    <message>
        <source>Reactor: non-blocking sockets and one event loop per worker thread; holds thousands of connections. Thread: the chapter&apos;s blocking recv/send loop, one thread per connection. The chapter&apos;s fork engine (one process per connection) runs only from the command line, sockscope-cli serve echo --engine fork: a child forked from the GUI would inherit the whole GUI.</source>
        <translation>Reactor: nicht blockierende Sockets und eine Ereignisschleife pro Worker-Thread; hält Tausende Verbindungen. Thread: die blockierende recv/send-Schleife aus dem Kapitel, ein Thread pro Verbindung. Die fork-Engine des Kapitels (ein Prozess pro Verbindung) läuft nur auf der Kommandozeile, sockscope-cli serve echo --engine fork: Ein aus der GUI abgespaltenes Kind würde die ganze GUI erben.</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>epoll</source>
        <translation>epoll</translation>
    </message>
    <message>
        <source>poll</source>
        <translation>poll</translation>
    </message>
    <message>
        <source>Po&amp;ller:</source>
        <translation>Po&amp;ller:</translation>
    </message>
    <message>
        <source>one per core (%1)</source>
        <translation>einer pro Kern (%1)</translation>
    </message>
    <message>
        <source>The reactor&apos;s worker threads, each with its own event loop. 0: one per core (%1 here). At most %2. The thread engine starts one thread per connection instead.</source>
        <translation>Die Worker-Threads des Reactors, jeder mit eigener Ereignisschleife. 0: einer pro Kern (hier %1). Höchstens %2. Die Thread-Engine startet stattdessen einen Thread pro Verbindung.</translation>
    </message>
    <message>
        <source>Worker &amp;threads:</source>
        <translation>Worker-&amp;Threads:</translation>
    </message>
    <message>
        <source>Connections served at once. One more is accepted and closed at once, and counted as refused. Each connection is a file descriptor, so the process&apos;s open-file limit (ulimit -n) caps it too: past that, accept() fails with EMFILE and the server pauses accepting for a moment.</source>
        <translation>Gleichzeitig bediente Verbindungen. Eine weitere wird angenommen, sofort geschlossen und als abgewiesen gezählt. Jede Verbindung ist ein Dateideskriptor, daher begrenzt auch das Limit offener Dateien des Prozesses (ulimit -n): Darüber hinaus scheitert accept() mit EMFILE, und der Server nimmt kurz keine Verbindungen an.</translation>
    </message>
    <message>
        <source>Ma&amp;x connections:</source>
        <translation>Ma&amp;x. Verbindungen:</translation>
    </message>
    <message>
        <source>0 = never</source>
        <translation>0 = nie</translation>
    </message>
    <message>
        <source>Close a connection after this many seconds without data from the client. 0: never.</source>
        <translation>Eine Verbindung nach so vielen Sekunden ohne Daten vom Client schließen. 0: nie.</translation>
    </message>
    <message>
        <source>I&amp;dle timeout (s):</source>
        <translation>Leerla&amp;uf-Timeout (s):</translation>
    </message>
    <message>
        <source>bound to port %1</source>
        <translation>an Port %1 gebunden</translation>
    </message>
    <message>
        <source>The bind address is empty.</source>
        <translation>Die Bind-Adresse ist leer.</translation>
    </message>
    <message>
        <source>“%1” is neither a numeric IPv4 nor a numeric IPv6 address (inet_pton returned 0 for both); bind() needs numbers, not a host name.</source>
        <translation>„%1“ ist weder eine numerische IPv4- noch eine numerische IPv6-Adresse (inet_pton lieferte für beide 0); bind() braucht Zahlen, keinen Hostnamen.</translation>
    </message>
    <message>
        <source>%1 listens on every interface: other machines on your networks can reach this echo server. Use 127.0.0.1 or ::1 to keep it on this computer.</source>
        <translation>%1 lauscht auf jeder Schnittstelle: Andere Rechner in Ihren Netzwerken können diesen Echo-Server erreichen. Verwenden Sie 127.0.0.1 oder ::1, um ihn auf diesen Computer zu beschränken.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: other machines on that interface&apos;s network can reach this echo server.</source>
        <translation>%1 ist keine Loopback-Adresse: Andere Rechner im Netzwerk dieser Schnittstelle können diesen Echo-Server erreichen.</translation>
    </message>
    <message>
        <source>The path is empty. Give a file-system path such as /tmp/sockscope-echo.sock, or @name for a Linux abstract name.</source>
        <translation>Der Pfad ist leer. Geben Sie einen Dateisystempfad wie /tmp/sockscope-echo.sock an oder @name für einen abstrakten Linux-Namen.</translation>
    </message>
    <message>
        <source>Abstract names (@name) exist only on Linux; give a file-system path.</source>
        <translation>Abstrakte Namen (@name) gibt es nur unter Linux; geben Sie einen Dateisystempfad an.</translation>
    </message>
    <message>
        <source>The abstract name is %1 bytes long; sun_path holds a NUL and at most %2 bytes of name.</source>
        <translation>Der abstrakte Name ist %1 Bytes lang; sun_path fasst ein NUL und höchstens %2 Bytes Name.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; sun_path holds at most %2 bytes and the terminating NUL. Use a shorter path, e.g. in /tmp.</source>
        <translation>Der Pfad ist %1 Bytes lang; sun_path fasst höchstens %2 Bytes und das abschließende NUL. Verwenden Sie einen kürzeren Pfad, z. B. in /tmp.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation>Max. Verbindungen</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Leerlauf-Timeout</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Unix stream</source>
        <translation>Unix-Stream</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix-Datagramm</translation>
    </message>
    <message>
        <source>The socket&apos;s domain and type. TCP: SOCK_STREAM over AF_INET or AF_INET6, a byte stream with connections. UDP: SOCK_DGRAM, each datagram echoed to its sender. Unix stream and Unix datagram: AF_UNIX with SOCK_STREAM or SOCK_DGRAM, on this computer only, named by a file-system path or a Linux abstract name.</source>
        <translation>Domäne und Typ des Sockets. TCP: SOCK_STREAM über AF_INET oder AF_INET6, ein Bytestrom mit Verbindungen. UDP: SOCK_DGRAM, jedes Datagramm geht an seinen Absender zurück. Unix-Stream und Unix-Datagramm: AF_UNIX mit SOCK_STREAM oder SOCK_DGRAM, nur auf diesem Computer, benannt durch einen Dateisystempfad oder einen abstrakten Linux-Namen.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>On: IPv6 only</source>
        <translation>Ein: nur IPv6</translation>
    </message>
    <message>
        <source>Off: dual-stack</source>
        <translation>Aus: Dual-Stack</translation>
    </message>
    <message>
        <source>SOMAXCONN (kernel cap %1)</source>
        <translation>SOMAXCONN (Limit %1)</translation>
    </message>
    <message>
        <source>Reactor</source>
        <translation>Reactor</translation>
    </message>
    <message>
        <source>Thread per connection</source>
        <translation>Thread pro Verbindung</translation>
    </message>
    <message>
        <source>SO_REUSE&amp;ADDR</source>
        <translation>SO_REUSE&amp;ADDR</translation>
    </message>
    <message>
        <source>SO_REUSEP&amp;ORT</source>
        <translation>SO_REUSEP&amp;ORT</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Fork (command line only)</source>
        <translation>Fork (nur Kommandozeile)</translation>
    </message>
    <message>
        <source>sockscope-cli serve echo --engine fork: one process per connection. Not in the GUI: a child forked from it would inherit the whole GUI process.</source>
        <translation>sockscope-cli serve echo --engine fork: ein Prozess pro Verbindung. Nicht in der GUI: Ein daraus abgespaltenes Kind würde den ganzen GUI-Prozess erben.</translation>
    </message>
    <message>
        <source>io_uring</source>
        <translation>io_uring</translation>
    </message>
    <message>
        <source>How the reactor learns about its sockets. io_uring (Linux 6.0+): the kernel completes the receives and sends it was asked for and reports them in batches, so one system call stands for many messages; plain streams only, TLS and datagrams use epoll. epoll (Linux): the kernel says which sockets are ready and the loop calls recv() and send(); the cost follows the sockets that are ready. poll(): portable; the cost follows every socket watched. Reactor only.</source>
        <translation>Wie der Reactor von seinen Sockets erfährt. io_uring (Linux 6.0+): Der Kernel führt die Empfangs- und Sendeaufträge aus, um die er gebeten wurde, und meldet sie gesammelt, sodass ein Systemaufruf für viele Nachrichten steht; nur einfache Streams, TLS und Datagramme verwenden epoll. epoll (Linux): Der Kernel meldet, welche Sockets bereit sind, und die Schleife ruft recv() und send() auf; der Aufwand richtet sich nach den bereiten Sockets. poll(): portabel; der Aufwand richtet sich nach allen überwachten Sockets. Nur für Reactor.</translation>
    </message>
    <message>
        <source>Not available here: built without liburing, or this kernel refuses io_uring (older than 6.0, kernel.io_uring_disabled, a seccomp filter).</source>
        <translation>Hier nicht verfügbar: ohne liburing gebaut, oder dieser Kernel verweigert io_uring (älter als 6.0, kernel.io_uring_disabled, ein seccomp-Filter).</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoServerPage</name>
    <message>
        <source>The chapter ends with an echo server: it accepts connections and sends back every byte it receives. This one is real: choose how it listens and which engine serves, start it, and connect with telnet, nc, socat or sockscope-cli bench echo. Each tab is one server; several may run at once. The setup calls go to the journal; single messages are only counted.</source>
        <translation>Das Kapitel endet mit einem Echo-Server: Er nimmt Verbindungen an und sendet jedes empfangene Byte zurück. Dieser hier ist echt: Wählen Sie, wie er lauscht und welche Engine bedient, starten Sie ihn und verbinden Sie sich mit telnet, nc, socat oder sockscope-cli bench echo. Jeder Tab ist ein Server; mehrere können gleichzeitig laufen. Die Aufrufe zum Einrichten kommen ins Protokoll; einzelne Nachrichten werden nur gezählt.</translation>
    </message>
    <message>
        <source>One tab per echo server. Closing a tab stops its server.</source>
        <translation>Ein Tab pro Echo-Server. Das Schließen eines Tabs stoppt seinen Server.</translation>
    </message>
    <message>
        <source>+ New server</source>
        <translation>+ Neuer Server</translation>
    </message>
    <message>
        <source>Open another server in a new tab (Ctrl+T).</source>
        <translation>Einen weiteren Server in einem neuen Tab öffnen (Strg+T).</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Echo server</source>
        <translation>Echo-Server</translation>
    </message>
    <message>
        <source>The chapter&apos;s echo server for real: TCP, UDP or AF_UNIX, reactor or thread engine, live connections, totals and throughput; several servers at once.</source>
        <translation>Der Echo-Server des Kapitels in echt: TCP, UDP oder AF_UNIX, Reactor- oder Thread-Engine, Verbindungen live, Summen und Durchsatz; mehrere Server gleichzeitig.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoServerTab</name>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Unix stream</source>
        <translation>Unix-Stream</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix-Datagramm</translation>
    </message>
    <message>
        <source>thread engine, one thread per connection</source>
        <translation>Thread-Engine, ein Thread pro Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>reactor engine on %1, %n worker thread(s)</source>
        <translation>
            <numerusform>Reactor-Engine mit %1, %n Worker-Thread</numerusform>
            <numerusform>Reactor-Engine mit %1, %n Worker-Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>reactor engine on %1, one worker thread per core</source>
        <translation>Reactor-Engine mit %1, ein Worker-Thread pro Kern</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>&amp;Remove the stale file and retry</source>
        <translation>Verwaiste Datei entfe&amp;rnen und erneut versuchen</translation>
    </message>
    <message>
        <source>Shut down &amp;writing</source>
        <translation>Schreiben &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Zurückse&amp;tzen</translation>
    </message>
    <message>
        <source>Not running. Choose the settings and press Start (Ctrl+Return).</source>
        <translation>Läuft nicht. Wählen Sie die Einstellungen und drücken Sie Starten (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Server-Einstellungen</translation>
    </message>
    <message>
        <source>Create the socket, set its options, bind, listen (streams) and start serving (Ctrl+Return). The calls appear in the journal.</source>
        <translation>Den Socket erzeugen, seine Optionen setzen, bind, listen (Streams) und den Betrieb aufnehmen (Strg+Eingabe). Die Aufrufe erscheinen im Protokoll.</translation>
    </message>
    <message>
        <source>Stop accepting, close every connection and the listening socket, and end the server&apos;s threads; within a second (Ctrl+.).</source>
        <translation>Keine Verbindungen mehr annehmen, alle Verbindungen und den lauschenden Socket schließen und die Threads des Servers beenden; binnen einer Sekunde (Strg+.).</translation>
    </message>
    <message>
        <source>Where the server listens (the address getsockname() reported after bind), or why it could not start.</source>
        <translation>Wo der Server lauscht (die Adresse, die getsockname() nach bind gemeldet hat), oder warum er nicht starten konnte.</translation>
    </message>
    <message>
        <source>the server&apos;s address</source>
        <translation>die Adresse des Servers</translation>
    </message>
    <message>
        <source>Start again, removing the socket file first. It is removed only if no server accepts on it (connect() to it is refused).</source>
        <translation>Erneut starten und vorher die Socket-Datei löschen. Sie wird nur gelöscht, wenn kein Server auf ihr Verbindungen annimmt (connect() darauf wird abgewiesen).</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>The server&apos;s connections, 4 updates a second. Select one or more for the actions below, or right-click them.</source>
        <translation>Die Verbindungen des Servers, 4-mal pro Sekunde aktualisiert. Wählen Sie eine oder mehrere für die Aktionen unten aus oder klicken Sie sie mit der rechten Maustaste an.</translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_WR): the server sends FIN after the echo it still owes. The client reads EOF (recv returns 0) but may still send; the server keeps reading until the client closes too.</source>
        <translation>shutdown(fd, SHUT_WR): Der Server sendet FIN nach dem Echo, das er noch schuldet. Der Client liest EOF (recv liefert 0), darf aber weiter senden; der Server liest weiter, bis auch der Client schließt.</translation>
    </message>
    <message>
        <source>close(fd): an orderly close. The client reads what was already sent, then EOF; if it sends again, it gets a reset (ECONNRESET, or EPIPE on a later send).</source>
        <translation>close(fd): ein geordnetes Schließen. Der Client liest, was bereits gesendet wurde, dann EOF; sendet er erneut, bekommt er einen Reset (ECONNRESET oder bei einem späteren send EPIPE).</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER, {l_onoff = 1, l_linger = 0}) and close(fd): an abortive close. The kernel sends RST instead of FIN and drops unsent data; the client&apos;s next recv or send fails with ECONNRESET.</source>
        <translation>setsockopt(SO_LINGER, {l_onoff = 1, l_linger = 0}) und close(fd): ein abbrechendes Schließen. Der Kernel sendet RST statt FIN und verwirft nicht gesendete Daten; das nächste recv oder send des Clients scheitert mit ECONNRESET.</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>Connections, disconnections, refusals, accept pauses and errors (marked), the last %1 lines. Single messages are counted in the totals, not logged.</source>
        <translation>Verbindungen, Verbindungsabbrüche, Abweisungen, accept-Pausen und Fehler (markiert), die letzten %1 Zeilen. Einzelne Nachrichten werden in den Summen gezählt, nicht protokolliert.</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>Protoko&amp;ll leeren</translation>
    </message>
    <message>
        <source>Remove every line from this server&apos;s log (the totals stay).</source>
        <translation>Alle Zeilen aus dem Protokoll dieses Servers entfernen (die Summen bleiben).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Server %1 (starting…)</source>
        <translation>Server %1 (startet …)</translation>
    </message>
    <message>
        <source>Server %1 (stopping…)</source>
        <translation>Server %1 (stoppt …)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Not started: correct the marked settings first.</source>
        <translation>Nicht gestartet: Korrigieren Sie zuerst die markierten Einstellungen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>Stopping: closing every connection…</source>
        <translation>Stoppt: Alle Verbindungen werden geschlossen …</translation>
    </message>
    <message>
        <source>Could not start: %1.</source>
        <translation>Konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>Could not start: %1 (%2 failed).</source>
        <translation>Konnte nicht starten: %1 (%2 ist gescheitert).</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Listening on %1 (%2, %3)</source>
        <translation>Lauscht auf %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Echo server listening on %1</source>
        <translation>Echo-Server lauscht auf %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped; it listened on %1 and served %n connection(s).</source>
        <translation>
            <numerusform>Gestoppt; er lauschte auf %1 und bediente %n Verbindung.</numerusform>
            <numerusform>Gestoppt; er lauschte auf %1 und bediente %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(the table shows %1 of them: at most %2 rows are listed)</source>
        <translation>(die Tabelle zeigt %1 davon: höchstens %2 Zeilen werden aufgeführt)</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR)</source>
        <translation>shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>reset (SO_LINGER {1, 0}, close)</source>
        <translation>Reset (SO_LINGER {1, 0}, close)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on connection %2</source>
        <translation>
            <numerusform>%1 auf Verbindung %2</numerusform>
            <numerusform>%1 auf den Verbindungen %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>This server&apos;s settings, Start and Stop, and its throughput.</source>
        <translation>Die Einstellungen dieses Servers, Starten und Stoppen und sein Durchsatz.</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Drive this server (or another echo server) with a bounded load and measure it: messages/s, MB/s, round-trip times.</source>
        <translation>Diesen Server (oder einen anderen Echo-Server) mit einer begrenzten Last betreiben und messen: Nachrichten/s, MB/s, Umlaufzeiten.</translation>
    </message>
    <message>
        <source>O&amp;ptions…</source>
        <translation>O&amp;ptionen …</translation>
    </message>
    <message>
        <source>&amp;Listener options…</source>
        <translation>L&amp;istener-Optionen …</translation>
    </message>
    <message>
        <source>Open the socket options page on the listening socket: read its options, change them and see what the kernel kept.</source>
        <translation>Öffnet die Seite Socket-Optionen für den lauschenden Socket: seine Optionen lesen, ändern und sehen, was der Kernel übernommen hat.</translation>
    </message>
    <message>
        <source>Open the socket options page on the selected connection: getsockopt and setsockopt on it while it serves, and its TCP_INFO.</source>
        <translation>Öffnet die Seite Socket-Optionen für die ausgewählte Verbindung: getsockopt und setsockopt darauf, während sie bedient wird, und ihr TCP_INFO.</translation>
    </message>
    <message>
        <source>Connect &amp;a console</source>
        <translation>Konsole &amp;verbinden</translation>
    </message>
    <message>
        <source>Open the client console on a new session connected to this server, to send it messages by hand.</source>
        <translation>Öffnet die Client-Konsole mit einer neuen Sitzung, die mit diesem Server verbunden ist, um ihm von Hand Nachrichten zu senden.</translation>
    </message>
    <message>
        <source>Listening on %1 (%2 with TLS, %3)</source>
        <translation>Lauscht auf %1 (%2 mit TLS, %3)</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoTlsBox</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Serve TLS (OpenSSL) on every connection: SSL_accept runs the handshake, then SSL_read and SSL_write carry the echo. A client that fails the handshake is logged with the cause.</source>
        <translation>TLS (OpenSSL) auf jeder Verbindung anbieten: SSL_accept führt den Handshake aus, danach übertragen SSL_read und SSL_write das Echo. Ein Client, dessen Handshake scheitert, wird mit der Ursache protokolliert.</translation>
    </message>
    <message>
        <source>&amp;Generate a self-signed certificate for this host</source>
        <translation>Selbstsigniertes Zertifikat für diesen Host &amp;erzeugen</translation>
    </message>
    <message>
        <source>An EC P-256 key and a certificate for this host&apos;s name, localhost, 127.0.0.1 and ::1, kept in %1 and used again while it is valid, so its fingerprint stays the same.</source>
        <translation>Ein EC-P-256-Schlüssel und ein Zertifikat für den Namen dieses Hosts, localhost, 127.0.0.1 und ::1, in %1 aufbewahrt und wiederverwendet, solange es gültig ist, sodass sein Fingerabdruck gleich bleibt.</translation>
    </message>
    <message>
        <source>Certificate and key &amp;files</source>
        <translation>Zertifikats- und Schlüssel&amp;dateien</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (chain), PEM.</source>
        <translation>Das Zertifikat (die Kette) des Servers, PEM.</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key, PEM, unencrypted.</source>
        <translation>Der private Schlüssel des Zertifikats, PEM, unverschlüsselt.</translation>
    </message>
    <message>
        <source>Key (PEM)</source>
        <translation>Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>the certificate&apos;s SHA-256 fingerprint</source>
        <translation>der SHA-256-Fingerabdruck des Zertifikats</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>TLS (streams only)</source>
        <translation>TLS (nur Streams)</translation>
    </message>
    <message>
        <source>TLS: on</source>
        <translation>TLS: an</translation>
    </message>
    <message>
        <source>TLS: off</source>
        <translation>TLS: aus</translation>
    </message>
    <message>
        <source>%1: give a PEM file, or choose the self-signed certificate.</source>
        <translation>%1: Geben Sie eine PEM-Datei an, oder wählen Sie das selbstsignierte Zertifikat.</translation>
    </message>
    <message>
        <source>%1: there is no file “%2”; give the path of a PEM file.</source>
        <translation>%1: Es gibt keine Datei „%2“; geben Sie den Pfad einer PEM-Datei an.</translation>
    </message>
    <message>
        <source>%1: “%2” is a directory; give a PEM file.</source>
        <translation>%1: „%2“ ist ein Verzeichnis; geben Sie eine PEM-Datei an.</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read (no permission).</source>
        <translation>%1: „%2“ kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>No self-signed certificate: %1</source>
        <translation>Kein selbstsigniertes Zertifikat: %1</translation>
    </message>
    <message>
        <source>Self-signed certificate %1 (used again), valid until %2</source>
        <translation>Selbstsigniertes Zertifikat %1 (wiederverwendet), gültig bis %2</translation>
    </message>
    <message>
        <source>Self-signed certificate %1 (made now), valid until %2</source>
        <translation>Selbstsigniertes Zertifikat %1 (soeben erzeugt), gültig bis %2</translation>
    </message>
    <message>
        <source>Certificate %1 (%2), valid until %3</source>
        <translation>Zertifikat %1 (%2), gültig bis %3</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>CA file: give the PEM file of the CA that signs your clients&apos; certificates, or do not request a client certificate.</source>
        <translation>CA-Datei: Die PEM-Datei der CA angeben, die die Zertifikate der Clients signiert, oder kein Client-Zertifikat anfordern.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>ALPN: %1</source>
        <translation>ALPN: %1</translation>
    </message>
    <message>
        <source>Serve TLS (OpenSSL) on every accepted connection: SSL_accept runs the handshake (a client that has not finished it within 10 s is dropped), then SSL_read and SSL_write carry the bytes, and close() sends close_notify first.</source>
        <translation>TLS (OpenSSL) auf jeder angenommenen Verbindung anbieten: SSL_accept führt den Handshake aus (ein Client, der ihn nicht binnen 10 s abschließt, wird getrennt), danach übertragen SSL_read und SSL_write die Bytes, und close() sendet zuerst close_notify.</translation>
    </message>
    <message>
        <source>Request a client &amp;certificate, checked against a CA file</source>
        <translation>Client-&amp;Zertifikat anfordern, gegen eine CA-Datei geprüft</translation>
    </message>
    <message>
        <source>SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT: a client without a certificate the CA signed fails the handshake and is dropped.</source>
        <translation>SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT: Ein Client ohne ein von der CA signiertes Zertifikat scheitert am Handshake und wird getrennt.</translation>
    </message>
    <message>
        <source>The CA certificates (PEM) a client certificate must lead to.</source>
        <translation>Die CA-Zertifikate (PEM), zu denen ein Client-Zertifikat führen muss.</translation>
    </message>
    <message>
        <source>CA file (PEM)</source>
        <translation>CA-Datei (PEM)</translation>
    </message>
    <message>
        <source>h2,http/1.1</source>
        <translation>h2,http/1.1</translation>
    </message>
    <message>
        <source>The protocols offered by ALPN, in order of preference: the first of these the client also offers is chosen. Empty: no ALPN.</source>
        <translation>Die per ALPN angebotenen Protokolle, nach Vorrang geordnet: Gewählt wird das erste davon, das auch der Client anbietet. Leer: kein ALPN.</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>ALPN:</source>
        <translation>ALPN:</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoTotalsView</name>
    <message>
        <source>Connections now:</source>
        <translation>Verbindungen jetzt:</translation>
    </message>
    <message>
        <source>Connections in all:</source>
        <translation>Verbindungen gesamt:</translation>
    </message>
    <message>
        <source>Connections accepted since the server started.</source>
        <translation>Seit dem Start des Servers angenommene Verbindungen.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Abgewiesen:</translation>
    </message>
    <message>
        <source>Connections accepted and closed at once because the server already had its maximum number of connections.</source>
        <translation>Verbindungen, die angenommen und sofort geschlossen wurden, weil der Server bereits seine Höchstzahl an Verbindungen hatte.</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Calls that failed with an error other than a peer&apos;s reset (ECONNRESET) or a closed pipe (EPIPE). The log says which.</source>
        <translation>Aufrufe, die mit einem anderen Fehler scheiterten als einem Reset der Gegenstelle (ECONNRESET) oder einer geschlossenen Pipe (EPIPE). Das Protokoll sagt, welche.</translation>
    </message>
    <message>
        <source>Accept pauses:</source>
        <translation>accept-Pausen:</translation>
    </message>
    <message>
        <source>Times accept() failed with EMFILE or ENFILE (no descriptor left for a new connection): the server stops accepting for a moment instead of spinning, and accepts again later.</source>
        <translation>Wie oft accept() mit EMFILE oder ENFILE scheiterte (kein Deskriptor mehr für eine neue Verbindung frei): Der Server nimmt kurz keine Verbindungen an, statt in einer Schleife zu kreisen, und nimmt später wieder an.</translation>
    </message>
    <message>
        <source>Bytes in:</source>
        <translation>Bytes empfangen:</translation>
    </message>
    <message>
        <source>Bytes received from all clients (recv / recvfrom).</source>
        <translation>Von allen Clients empfangene Bytes (recv / recvfrom).</translation>
    </message>
    <message>
        <source>Bytes out:</source>
        <translation>Bytes gesendet:</translation>
    </message>
    <message>
        <source>Bytes echoed back to clients (send / sendto).</source>
        <translation>An die Clients zurückgesendete Bytes (send / sendto).</translation>
    </message>
    <message>
        <source>Messages in:</source>
        <translation>Nachrichten empfangen:</translation>
    </message>
    <message>
        <source>recv calls that returned data (streams), or datagrams received. A stream has no message boundaries: one send by a client may arrive in several recv calls, or several in one.</source>
        <translation>recv-Aufrufe, die Daten lieferten (Streams), bzw. empfangene Datagramme. Ein Stream hat keine Nachrichtengrenzen: Ein send eines Clients kann in mehreren recv-Aufrufen ankommen oder mehrere in einem.</translation>
    </message>
    <message>
        <source>Messages out:</source>
        <translation>Nachrichten gesendet:</translation>
    </message>
    <message>
        <source>send calls, or datagrams sent back.</source>
        <translation>send-Aufrufe bzw. zurückgesendete Datagramme.</translation>
    </message>
    <message>
        <source>Truncated datagrams:</source>
        <translation>Gekürzte Datagramme:</translation>
    </message>
    <message>
        <source>Datagrams larger than the server&apos;s buffer: recvfrom returned only the first part (MSG_TRUNC), and only that part was echoed.</source>
        <translation>Datagramme, die größer als der Puffer des Servers sind: recvfrom lieferte nur den ersten Teil (MSG_TRUNC), und nur dieser Teil wurde zurückgesendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connections open now (TCP, Unix stream).</source>
        <translation>Jetzt offene Verbindungen (TCP, Unix-Stream).</translation>
    </message>
    <message>
        <source>A datagram socket has no connections: each datagram is answered on its own (see Messages in and out).</source>
        <translation>Ein Datagramm-Socket hat keine Verbindungen: Jedes Datagramm wird für sich beantwortet (siehe „Nachrichten empfangen“ und „Nachrichten gesendet“).</translation>
    </message>
</context>
<context>
    <name>sockscope::HostsPage</name>
    <message>
        <source>The hosts database maps names to addresses: /etc/hosts, then whatever else nsswitch.conf lists (here DNS). gethostent reads it entry by entry as a struct hostent (h_name, h_aliases, h_addrtype, h_length, h_addr_list); sethostent rewinds, endhostent closes. gethostbyname and gethostbyaddr look up one host, in the files and through DNS. None of them is thread-safe; SockScope holds one lock around each whole sequence and uses the reentrant _r variants for single lookups.</source>
        <translation>Die Hosts-Datenbank ordnet Namen Adressen zu: /etc/hosts, danach alles, was nsswitch.conf sonst noch aufführt (hier DNS). gethostent liest sie Eintrag für Eintrag als struct hostent (h_name, h_aliases, h_addrtype, h_length, h_addr_list); sethostent spult zurück, endhostent schließt. gethostbyname und gethostbyaddr schlagen einen einzelnen Host nach, in den Dateien und über DNS. Keine davon ist threadsicher; SockScope hält eine Sperre um jede ganze Abfolge und verwendet für einzelne Abfragen die reentranten _r-Varianten.</translation>
    </message>
    <message>
        <source>One host, the legacy way: gethostbyname2_r and gethostbyaddr_r</source>
        <translation>Ein Host auf die alte Art: gethostbyname2_r und gethostbyaddr_r</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>const char *name: the host name to look up in /etc/hosts and then DNS. A name not in /etc/hosts is sent to the configured DNS server. Enter looks it up.</source>
        <translation>const char *name: der Hostname, der in /etc/hosts und dann im DNS nachgeschlagen wird. Ein Name, der nicht in /etc/hosts steht, geht an den eingestellten DNS-Server. Eingabe startet die Abfrage.</translation>
    </message>
    <message>
        <source>int af of gethostbyname2: the one address family to return. A legacy lookup answers for a single family; getaddrinfo with AF_UNSPEC gets both at once.</source>
        <translation>int af von gethostbyname2: die eine Adressfamilie, die geliefert werden soll. Eine alte Abfrage antwortet nur für eine Familie; getaddrinfo mit AF_UNSPEC holt beide auf einmal.</translation>
    </message>
    <message>
        <source>Runs gethostbyname2_r(name, af, …) on a worker thread.</source>
        <translation>Führt gethostbyname2_r(name, af, …) in einem Worker-Thread aus.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1</source>
        <translation>127.0.0.1 oder ::1</translation>
    </message>
    <message>
        <source>const void *addr: the address whose name is wanted, typed as IPv4 or IPv6 text; SockScope converts it with inet_pton and passes its length and family (AF_INET or AF_INET6). Enter looks it up.</source>
        <translation>const void *addr: die Adresse, deren Name gesucht wird, als IPv4- oder IPv6-Text eingegeben; SockScope wandelt sie mit inet_pton um und übergibt ihre Länge und Familie (AF_INET oder AF_INET6). Eingabe startet die Abfrage.</translation>
    </message>
    <message>
        <source>Runs gethostbyaddr_r(addr, len, type, …) on a worker thread.</source>
        <translation>Führt gethostbyaddr_r(addr, len, type, …) in einem Worker-Thread aus.</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>The struct hostent found: h_name, h_aliases, h_addrtype, h_length and h_addr_list (each address shown with inet_ntop).</source>
        <translation>Das gefundene struct hostent: h_name, h_aliases, h_addrtype, h_length und h_addr_list (jede Adresse mit inet_ntop dargestellt).</translation>
    </message>
    <message>
        <source>the host entry</source>
        <translation>den Host-Eintrag</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>The C function that actually ran (the journal shows the call) and how long it took.</source>
        <translation>Die C-Funktion, die tatsächlich lief (das Protokoll zeigt den Aufruf), und wie lange sie dauerte.</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Why getaddrinfo replaced them: gethostbyname and gethostbyaddr return a pointer to one static struct that the next call overwrites, so they are not thread-safe (the _r variants need a caller&apos;s buffer and are not in POSIX). They answer for one address family at a time, know nothing of ports, services or socket types, and report failure in h_errno (HOST_NOT_FOUND, TRY_AGAIN…) rather than errno or an EAI_* code. getaddrinfo does all of that in one reentrant call and returns ready-to-use socket addresses: see the Name resolution page.</source>
        <translation>Warum getaddrinfo sie ersetzt hat: gethostbyname und gethostbyaddr liefern einen Zeiger auf ein einziges statisches struct, das der nächste Aufruf überschreibt, und sind daher nicht threadsicher (die _r-Varianten brauchen einen Puffer des Aufrufers und stehen nicht in POSIX). Sie antworten für jeweils eine Adressfamilie, wissen nichts von Ports, Diensten oder Socket-Typen und melden Fehler in h_errno (HOST_NOT_FOUND, TRY_AGAIN …) statt in errno oder als EAI_*-Code. getaddrinfo erledigt all das in einem reentranten Aufruf und liefert fertig nutzbare Socket-Adressen: siehe die Seite Namensauflösung.</translation>
    </message>
    <message>
        <source>h_name</source>
        <translation>h_name</translation>
    </message>
    <message>
        <source>h_aliases</source>
        <translation>h_aliases</translation>
    </message>
    <message>
        <source>h_addrtype</source>
        <translation>h_addrtype</translation>
    </message>
    <message>
        <source>h_addr_list</source>
        <translation>h_addr_list</translation>
    </message>
    <message>
        <source>char *h_name: the official name of the host.</source>
        <translation>char *h_name: der offizielle Name des Hosts.</translation>
    </message>
    <message>
        <source>char **h_aliases: other names for it, NULL-terminated.</source>
        <translation>char **h_aliases: weitere Namen dafür, mit NULL abgeschlossen.</translation>
    </message>
    <message>
        <source>int h_addrtype: the family of the addresses, AF_INET or AF_INET6 (h_length is 4 or 16 bytes).</source>
        <translation>int h_addrtype: die Familie der Adressen, AF_INET oder AF_INET6 (h_length ist 4 oder 16 Bytes).</translation>
    </message>
    <message>
        <source>char **h_addr_list: the addresses, in network byte order, shown with inet_ntop.</source>
        <translation>char **h_addr_list: die Adressen in Netzwerk-Bytereihenfolge, mit inet_ntop dargestellt.</translation>
    </message>
    <message>
        <source>What stayopen does in glibc today: for /etc/hosts, sethostent(1) keeps the file open so that later gethostbyname and gethostbyaddr calls reuse it, and it rewinds gethostent to the first entry. gethostent lists the files only: DNS cannot be enumerated. The chapter says that sethostent(1) makes gethostby* ask DNS over TCP and keep that connection open. glibc 2.36 on this system does not: watched with strace against a private DNS server, the queries still go out over UDP and the socket is closed again after every call.</source>
        <translation>Was stayopen in der heutigen glibc bewirkt: Bei /etc/hosts hält sethostent(1) die Datei offen, sodass spätere Aufrufe von gethostbyname und gethostbyaddr sie wiederverwenden, und es spult gethostent auf den ersten Eintrag zurück. gethostent listet nur die Dateien auf: DNS lässt sich nicht aufzählen. Das Kapitel sagt, dass sethostent(1) gethostby* dazu bringt, DNS über TCP zu fragen und diese Verbindung offen zu halten. glibc 2.36 auf diesem System tut das nicht: Mit strace gegen einen privaten DNS-Server beobachtet, gehen die Anfragen weiterhin über UDP hinaus, und der Socket wird nach jedem Aufruf wieder geschlossen.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>The hosts database: gethostent, sethostent(stayopen), and the legacy gethostbyname and gethostbyaddr that getaddrinfo replaced.</source>
        <translation>Die Hosts-Datenbank: gethostent, sethostent(stayopen) und die alten gethostbyname und gethostbyaddr, die getaddrinfo ersetzt hat.</translation>
    </message>
    <message>
        <source>Type a host name, such as localhost.</source>
        <translation>Geben Sie einen Hostnamen ein, etwa localhost.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Type an IPv4 or IPv6 address, such as 127.0.0.1.</source>
        <translation>Geben Sie eine IPv4- oder IPv6-Adresse ein, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both).</source>
        <translation>„%1“ ist weder eine IPv4- noch eine IPv6-Adresse (inet_pton lieferte für beide 0).</translation>
    </message>
    <message>
        <source>%1 returned no entry; h_errno is %2 (%3).</source>
        <translation>%1 lieferte keinen Eintrag; h_errno ist %2 (%3).</translation>
    </message>
    <message>
        <source>%1 returned no entry.</source>
        <translation>%1 lieferte keinen Eintrag.</translation>
    </message>
    <message>
        <source>h_name %1 · h_aliases %2 · h_addrtype %3 · h_length %4 · h_addr_list %5</source>
        <translation>h_name %1 · h_aliases %2 · h_addrtype %3 · h_length %4 · h_addr_list %5</translation>
    </message>
    <message>
        <source>Run gethostbyname&amp;2_r</source>
        <translation>gethostbyname&amp;2_r ausführen</translation>
    </message>
    <message>
        <source>Run gethostby&amp;addr_r</source>
        <translation>gethostby&amp;addr_r ausführen</translation>
    </message>
</context>
<context>
    <name>sockscope::JournalDock</name>
    <message>
        <source>Call journal</source>
        <translation>Aufrufprotokoll</translation>
    </message>
    <message>
        <source>Every system or library call SockScope made for you, with its C code.</source>
        <translation>Jeder System- oder Bibliotheksaufruf, den SockScope für Sie gemacht hat, mit seinem C-Code.</translation>
    </message>
    <message>
        <source>Filter by function or errno, e.g. inet_pton or EAFNOSUPPORT</source>
        <translation>Nach Funktion oder errno filtern, z. B. inet_pton oder EAFNOSUPPORT</translation>
    </message>
    <message>
        <source>Shows only the calls whose function name or errno symbol contains this text.</source>
        <translation>Zeigt nur die Aufrufe, deren Funktionsname oder errno-Symbol diesen Text enthält.</translation>
    </message>
    <message>
        <source>Copy C code</source>
        <translation>C-Code kopieren</translation>
    </message>
    <message>
        <source>Copy the C code of the selected calls to the clipboard.</source>
        <translation>Kopiert den C-Code der ausgewählten Aufrufe in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every call from the journal.</source>
        <translation>Entfernt alle Aufrufe aus dem Protokoll.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the journal as C code with comments (.txt) or as JSON (.json).</source>
        <translation>Speichert das Protokoll als kommentierten C-Code (.txt) oder als JSON (.json).</translation>
    </message>
    <message>
        <source>Select calls to see their C code.</source>
        <translation>Wählen Sie Aufrufe aus, um ihren C-Code zu sehen.</translation>
    </message>
    <message>
        <source>The selected calls as C code.</source>
        <translation>Die ausgewählten Aufrufe als C-Code.</translation>
    </message>
    <message>
        <source>Select one or more calls in the journal first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Aufrufe im Protokoll aus.</translation>
    </message>
    <message>
        <source>Copied the C code of the selected calls (%1) to the clipboard.</source>
        <translation>Der C-Code der ausgewählten Aufrufe (%1) wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>C code with comments (*.txt)</source>
        <translation>C-Code mit Kommentaren (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the call journal</source>
        <translation>Aufrufprotokoll exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the journal (%1 calls) to %2.</source>
        <translation>Das Protokoll (%1 Aufrufe) wurde nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Calls shown: %1.</source>
        <translation>Angezeigte Aufrufe: %1.</translation>
    </message>
    <message>
        <source>Calls shown: %1 of %2.</source>
        <translation>Angezeigte Aufrufe: %1 von %2.</translation>
    </message>
    <message>
        <source>%1 older calls were dropped to bound memory (the table keeps the newest %2).</source>
        <translation>%1 ältere Aufrufe wurden verworfen, um den Speicher zu begrenzen (die Tabelle behält die neuesten %2).</translation>
    </message>
</context>
<context>
    <name>sockscope::JournalModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>The thread that made the call.</source>
        <translation>Der Thread, der den Aufruf gemacht hat.</translation>
    </message>
    <message>
        <source>The C library or system call.</source>
        <translation>Der Aufruf der C-Bibliothek bzw. der Systemaufruf.</translation>
    </message>
    <message>
        <source>The arguments, as a C programmer would write them.</source>
        <translation>Die Argumente, wie ein C-Programmierer sie schreiben würde.</translation>
    </message>
    <message>
        <source>The value the call returned.</source>
        <translation>Der Wert, den der Aufruf zurückgegeben hat.</translation>
    </message>
    <message>
        <source>errno after a failed call; hover for its text.</source>
        <translation>errno nach einem fehlgeschlagenen Aufruf; für den Text mit der Maus darüberfahren.</translation>
    </message>
    <message>
        <source>How long the call took, in microseconds.</source>
        <translation>Wie lange der Aufruf dauerte, in Mikrosekunden.</translation>
    </message>
    <message>
        <source>The order in which the calls finished and reached the journal. Calls on different threads overlap, so a call that started earlier (see Time) can come later.</source>
        <translation>Die Reihenfolge, in der die Aufrufe endeten und ins Journal kamen. Aufrufe verschiedener Threads überlappen sich, daher kann ein früher begonnener Aufruf (siehe Zeit) später kommen.</translation>
    </message>
    <message>
        <source>When the call started (local time). Click the header to sort by it; the rows come in the order the calls finished.</source>
        <translation>Wann der Aufruf begann (Ortszeit). Ein Klick auf die Kopfzeile sortiert danach; die Zeilen kommen in der Reihenfolge, in der die Aufrufe endeten.</translation>
    </message>
</context>
<context>
    <name>sockscope::LabActionPanel</name>
    <message>
        <source>The domain (address family): AF_INET for IPv4, AF_INET6 for IPv6, AF_UNIX for local sockets named by a path.</source>
        <translation>Die Domäne (Adressfamilie): AF_INET für IPv4, AF_INET6 für IPv6, AF_UNIX für lokale Sockets, die über einen Pfad benannt sind.</translation>
    </message>
    <message>
        <source>Or&apos;ed into the type: the socket starts with O_NONBLOCK set.</source>
        <translation>Mit ODER in den Typ verknüpft: Der Socket beginnt mit gesetztem O_NONBLOCK.</translation>
    </message>
    <message>
        <source>Or&apos;ed into the type: the descriptor starts with FD_CLOEXEC set.</source>
        <translation>Mit ODER in den Typ verknüpft: Der Deskriptor beginnt mit gesetztem FD_CLOEXEC.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>For bind and connect: a numeric IPv4 or IPv6 address (no name lookup), or for AF_UNIX a path; @name is a Linux abstract name.</source>
        <translation>Für bind und connect: eine numerische IPv4- oder IPv6-Adresse (keine Namensauflösung) oder bei AF_UNIX ein Pfad; @name ist ein abstrakter Linux-Name.</translation>
    </message>
    <message>
        <source>0 to 65535. For bind, 0 asks the kernel for a free port.</source>
        <translation>0 bis 65535. Bei bind fordert 0 einen freien Port vom Kernel an.</translation>
    </message>
    <message>
        <source>listen()&apos;s backlog: how many finished connections may wait for accept. This kernel caps it at SOMAXCONN = %1.</source>
        <translation>Das Backlog von listen(): wie viele fertig aufgebaute Verbindungen auf accept warten dürfen. Dieser Kernel begrenzt es auf SOMAXCONN = %1.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Backlog:</source>
        <translation>&amp;Backlog:</translation>
    </message>
    <message>
        <source>SOMAXCONN here: %1</source>
        <translation>SOMAXCONN hier: %1</translation>
    </message>
    <message>
        <source>net.core.somaxconn, read now: the kernel silently caps listen()&apos;s backlog at it.</source>
        <translation>net.core.somaxconn, eben gelesen: Der Kernel begrenzt das Backlog von listen() stillschweigend auf diesen Wert.</translation>
    </message>
    <message>
        <source>Connect and listen</source>
        <translation>Verbinden und lauschen</translation>
    </message>
    <message>
        <source>The bytes to send, as text. C escapes: \n \r \t \0 \\ and \xHH for any byte.</source>
        <translation>Die zu sendenden Bytes als Text. C-Escapes: \n \r \t \0 \\ und \xHH für ein beliebiges Byte.</translation>
    </message>
    <message>
        <source>The receive buffer&apos;s size for recv, recvfrom and read: at most this many bytes come back (0 to 65536).</source>
        <translation>Die Größe des Empfangspuffers für recv, recvfrom und read: Höchstens so viele Bytes kommen zurück (0 bis 65536).</translation>
    </message>
    <message>
        <source>sendto&apos;s destination address (numeric, or a unix path).</source>
        <translation>Die Zieladresse für sendto (numerisch oder ein Unix-Pfad).</translation>
    </message>
    <message>
        <source>sendto&apos;s destination port.</source>
        <translation>Der Zielport für sendto.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>Da&amp;ten:</translation>
    </message>
    <message>
        <source>Buffer si&amp;ze:</source>
        <translation>Puffer&amp;größe:</translation>
    </message>
    <message>
        <source>sendto &amp;address:</source>
        <translation>&amp;sendto-Adresse:</translation>
    </message>
    <message>
        <source>port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Flags, both ways:</source>
        <translation>Flags, beide Richtungen:</translation>
    </message>
    <message>
        <source>send only:</source>
        <translation>nur send:</translation>
    </message>
    <message>
        <source>recv only:</source>
        <translation>nur recv:</translation>
    </message>
    <message>
        <source>Passed to send, sendto, recv and recvfrom (read and write take no flags).</source>
        <translation>Werden an send, sendto, recv und recvfrom übergeben (read und write nehmen keine Flags).</translation>
    </message>
    <message>
        <source>Passed to send and sendto.</source>
        <translation>Werden an send und sendto übergeben.</translation>
    </message>
    <message>
        <source>Passed to recv and recvfrom.</source>
        <translation>Werden an recv und recvfrom übergeben.</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Datenübertragung</translation>
    </message>
    <message>
        <source>dup2&apos;s new descriptor number: a free number, or another lab socket&apos;s descriptor (dup2 closes it first).</source>
        <translation>Die neue Deskriptornummer für dup2: eine freie Nummer oder der Deskriptor eines anderen Labor-Sockets (dup2 schließt ihn vorher).</translation>
    </message>
    <message>
        <source>F_DUPFD: the lowest descriptor number the copy may get.</source>
        <translation>F_DUPFD: die niedrigste Deskriptornummer, die die Kopie bekommen darf.</translation>
    </message>
    <message>
        <source>F_SETOWN: the process (or, negative, process group) to receive SIGURG.</source>
        <translation>F_SETOWN: der Prozess (oder, negativ, die Prozessgruppe), der SIGURG erhalten soll.</translation>
    </message>
    <message>
        <source>fchmod&apos;s mode, in octal.</source>
        <translation>Der Modus für fchmod, oktal.</translation>
    </message>
    <message>
        <source>fchown&apos;s user id; -1 leaves it unchanged.</source>
        <translation>Die Benutzer-ID für fchown; -1 lässt sie unverändert.</translation>
    </message>
    <message>
        <source>fchown&apos;s group id; -1 leaves it unchanged.</source>
        <translation>Die Gruppen-ID für fchown; -1 lässt sie unverändert.</translation>
    </message>
    <message>
        <source>ftruncate&apos;s length.</source>
        <translation>Die Länge für ftruncate.</translation>
    </message>
    <message>
        <source>lseek&apos;s offset.</source>
        <translation>Der Offset für lseek.</translation>
    </message>
    <message>
        <source>lseek&apos;s whence.</source>
        <translation>whence für lseek.</translation>
    </message>
    <message>
        <source>F_SETFL: set (checked) or clear O_NONBLOCK, keeping the other flags.</source>
        <translation>F_SETFL: O_NONBLOCK setzen (angehakt) oder löschen, die anderen Flags bleiben erhalten.</translation>
    </message>
    <message>
        <source>F_SETFD: set (checked) or clear FD_CLOEXEC.</source>
        <translation>F_SETFD: FD_CLOEXEC setzen (angehakt) oder löschen.</translation>
    </message>
    <message>
        <source>Descriptor calls</source>
        <translation>Deskriptor-Aufrufe</translation>
    </message>
    <message>
        <source>SHUT_RD: no more receiving; SHUT_WR: no more sending (the peer reads end of stream); SHUT_RDWR: both.</source>
        <translation>SHUT_RD: kein Empfangen mehr; SHUT_WR: kein Senden mehr (die Gegenstelle liest das Ende des Datenstroms); SHUT_RDWR: beides.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No socket selected: create one with socket(), or select a row.</source>
        <translation>Kein Socket ausgewählt: Erzeugen Sie einen mit socket() oder wählen Sie eine Zeile aus.</translation>
    </message>
    <message>
        <source>Calls on %1</source>
        <translation>Aufrufe auf %1</translation>
    </message>
    <message>
        <source>%1: an octal number from %2 to %3.</source>
        <translation>%1: eine Oktalzahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>%1: a whole number from %2 to %3.</source>
        <translation>%1: eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>An address is needed: 127.0.0.1, ::1, or a unix path.</source>
        <translation>Eine Adresse wird gebraucht: 127.0.0.1, ::1 oder ein Unix-Pfad.</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <source>New descriptor</source>
        <translation>Neuer Deskriptor</translation>
    </message>
    <message>
        <source>Lowest descriptor</source>
        <translation>Niedrigster Deskriptor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>IPv4: addresses like 127.0.0.1, with ports.</source>
        <translation>IPv4: Adressen wie 127.0.0.1, mit Ports.</translation>
    </message>
    <message>
        <source>IPv6: addresses like ::1, with ports.</source>
        <translation>IPv6: Adressen wie ::1, mit Ports.</translation>
    </message>
    <message>
        <source>Local sockets, named by a path in the file system (or @name).</source>
        <translation>Lokale Sockets, benannt durch einen Pfad im Dateisystem (oder @name).</translation>
    </message>
    <message>
        <source>No family at all: it means &quot;any family&quot; in getaddrinfo&apos;s hints, but socket() refuses it with EAFNOSUPPORT.</source>
        <translation>Gar keine Familie: In den hints von getaddrinfo bedeutet sie „beliebige Familie“, aber socket() lehnt sie mit EAFNOSUPPORT ab.</translation>
    </message>
    <message>
        <source>SOCK_STREAM: a reliable byte stream (TCP); SOCK_DGRAM: datagrams (UDP); SOCK_SEQPACKET: reliable records; SOCK_RAW: IP datagrams of one protocol.</source>
        <translation>SOCK_STREAM: ein zuverlässiger Bytestrom (TCP); SOCK_DGRAM: Datagramme (UDP); SOCK_SEQPACKET: zuverlässige Datensätze; SOCK_RAW: IP-Datagramme eines Protokolls.</translation>
    </message>
    <message>
        <source>A reliable, connected byte stream without message boundaries (TCP).</source>
        <translation>Ein zuverlässiger, verbundener Bytestrom ohne Nachrichtengrenzen (TCP).</translation>
    </message>
    <message>
        <source>Datagrams: each send one message, no connection needed (UDP; with IPPROTO_ICMP a ping socket).</source>
        <translation>Datagramme: Jedes send ist eine Nachricht, keine Verbindung nötig (UDP; mit IPPROTO_ICMP ein Ping-Socket).</translation>
    </message>
    <message>
        <source>Reliable and connected like a stream, but each send is one record that recv returns whole (AF_UNIX here).</source>
        <translation>Zuverlässig und verbunden wie ein Stream, aber jedes send ist ein Datensatz, den recv vollständig liefert (hier AF_UNIX).</translation>
    </message>
    <message>
        <source>IP datagrams of one protocol, headers included: needs CAP_NET_RAW (root, or setcap).</source>
        <translation>IP-Datagramme eines Protokolls, einschließlich der Header: braucht CAP_NET_RAW (root oder setcap).</translation>
    </message>
    <message>
        <source>0 lets the kernel choose the protocol of the domain and type. Or choose one, or type a name or number of the protocols database (/etc/protocols): a name is looked up with getprotobyname.</source>
        <translation>Bei 0 wählt der Kernel das Protokoll passend zu Domäne und Typ. Oder wählen Sie eines aus, oder tippen Sie einen Namen oder eine Nummer aus der Protokolldatenbank (/etc/protocols) ein: Ein Name wird mit getprotobyname nachgeschlagen.</translation>
    </message>
    <message>
        <source>The default protocol of the domain and type: TCP for SOCK_STREAM, UDP for SOCK_DGRAM.</source>
        <translation>Das Standardprotokoll für Domäne und Typ: TCP bei SOCK_STREAM, UDP bei SOCK_DGRAM.</translation>
    </message>
    <message>
        <source>TCP (6): with SOCK_STREAM.</source>
        <translation>TCP (6): mit SOCK_STREAM.</translation>
    </message>
    <message>
        <source>UDP (17): with SOCK_DGRAM.</source>
        <translation>UDP (17): mit SOCK_DGRAM.</translation>
    </message>
    <message>
        <source>ICMP (1): with SOCK_RAW a raw ICMP socket (CAP_NET_RAW); with SOCK_DGRAM a ping socket (net.ipv4.ping_group_range).</source>
        <translation>ICMP (1): mit SOCK_RAW ein ICMP-Raw-Socket (CAP_NET_RAW); mit SOCK_DGRAM ein Ping-Socket (net.ipv4.ping_group_range).</translation>
    </message>
    <message>
        <source>ICMPv6 (58): with AF_INET6 and SOCK_RAW (or SOCK_DGRAM, a ping socket).</source>
        <translation>ICMPv6 (58): mit AF_INET6 und SOCK_RAW (oder SOCK_DGRAM, ein Ping-Socket).</translation>
    </message>
    <message>
        <source>255: with SOCK_RAW a send-only socket whose datagrams carry your own IPv4 header (IP_HDRINCL).</source>
        <translation>255: mit SOCK_RAW ein Socket nur zum Senden, dessen Datagramme Ihren eigenen IPv4-Header tragen (IP_HDRINCL).</translation>
    </message>
    <message>
        <source>SCTP (132): needs the sctp kernel module.</source>
        <translation>SCTP (132): braucht das Kernelmodul sctp.</translation>
    </message>
    <message>
        <source>UDP-Lite (136): with SOCK_DGRAM.</source>
        <translation>UDP-Lite (136): mit SOCK_DGRAM.</translation>
    </message>
    <message>
        <source>Multipath TCP (262): with SOCK_STREAM.</source>
        <translation>Multipath TCP (262): mit SOCK_STREAM.</translation>
    </message>
    <message>
        <source>The level and the option. SO_LINGER takes a struct linger: the value is l_onoff, the second number l_linger.</source>
        <translation>Die Ebene und die Option. SO_LINGER nimmt eine struct linger: Der Wert ist l_onoff, die zweite Zahl l_linger.</translation>
    </message>
    <message>
        <source>The int value (0 off, 1 on; seconds for TCP_KEEPIDLE and TCP_KEEPINTVL; bytes for the buffers).</source>
        <translation>Der int-Wert (0 aus, 1 ein; Sekunden bei TCP_KEEPIDLE und TCP_KEEPINTVL; Bytes bei den Puffern).</translation>
    </message>
    <message>
        <source>SO_LINGER&apos;s l_linger: seconds close() waits for unsent data; 0 with l_onoff 1 aborts the connection with a RST.</source>
        <translation>l_linger von SO_LINGER: Sekunden, die close() auf nicht gesendete Daten wartet; 0 mit l_onoff 1 bricht die Verbindung mit einem RST ab.</translation>
    </message>
    <message>
        <source>Op&amp;tion:</source>
        <translation>Op&amp;tion:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>l_&amp;linger:</source>
        <translation>l_&amp;linger:</translation>
    </message>
    <message>
        <source>setsockopt</source>
        <translation>setsockopt</translation>
    </message>
    <message>
        <source>The echo&apos;s identifier, 0 to 65535: it pairs replies with their sender (a ping socket puts in its own).</source>
        <translation>Die Kennung des Echos, 0 bis 65535: Sie ordnet Antworten ihrem Absender zu (ein Ping-Socket setzt seine eigene ein).</translation>
    </message>
    <message>
        <source>The sequence number, 0 to 65535: ping counts it up.</source>
        <translation>Die Sequenznummer, 0 bis 65535: ping zählt sie hoch.</translation>
    </message>
    <message>
        <source>The payload the reply carries back: text with C escapes (\n, \xHH), at most %1 bytes.</source>
        <translation>Die Nutzdaten, die die Antwort zurückbringt: Text mit C-Escapes (\n, \xHH), höchstens %1 Bytes.</translation>
    </message>
    <message>
        <source>How long to wait for the reply: 1 to %1 ms.</source>
        <translation>Wie lange auf die Antwort gewartet wird: 1 bis %1 ms.</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>Se&amp;quenznummer:</translation>
    </message>
    <message>
        <source>Ti&amp;meout (ms):</source>
        <translation>Zeitli&amp;mit (ms):</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>&amp;Nutzdaten:</translation>
    </message>
    <message>
        <source>sendto an ICMP echo request to 127.0.0.1 (::1 on AF_INET6), then poll and recvfrom until the reply or the timeout.</source>
        <translation>Mit sendto einen ICMP-Echo-Request an 127.0.0.1 senden (::1 bei AF_INET6), dann poll und recvfrom bis zur Antwort oder bis zum Ablauf des Zeitlimits.</translation>
    </message>
    <message>
        <source>ICMP &amp;echo</source>
        <translation>ICMP-&amp;Echo</translation>
    </message>
    <message>
        <source>IPPROTO_RAW: the lab builds the whole IPv4 header around the echo request and sends the datagram.</source>
        <translation>IPPROTO_RAW: Das Labor baut den ganzen IPv4-Header um den Echo-Request herum und sendet das Datagramm.</translation>
    </message>
    <message>
        <source>Send IPv4 &amp;datagram</source>
        <translation>IPv4-&amp;Datagramm senden</translation>
    </message>
    <message>
        <source>Ping sockets (SOCK_DGRAM, IPPROTO_ICMP) need no CAP_NET_RAW, but one of your groups must lie in this range. Raw sockets (SOCK_RAW) need CAP_NET_RAW.</source>
        <translation>Ping-Sockets (SOCK_DGRAM, IPPROTO_ICMP) brauchen kein CAP_NET_RAW, aber eine Ihrer Gruppen muss in diesem Bereich liegen. Raw-Sockets (SOCK_RAW) brauchen CAP_NET_RAW.</translation>
    </message>
    <message>
        <source>ICMP echo</source>
        <translation>ICMP-Echo</translation>
    </message>
    <message>
        <source>Protocol %1 of the protocols database: socket() gets its number from getprotobyname(&quot;%2&quot;).</source>
        <translation>Protokoll %1 aus der Protokolldatenbank: socket() bekommt seine Nummer von getprotobyname(&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Protocol: give 0, a constant, a number from 0 to 255 or a name of the protocols database.</source>
        <translation>Protokoll: Geben Sie 0, eine Konstante, eine Zahl von 0 bis 255 oder einen Namen aus der Protokolldatenbank an.</translation>
    </message>
    <message>
        <source>Protocol: %1 is out of range; IP protocol numbers go from 0 to 255.</source>
        <translation>Protokoll: %1 liegt außerhalb des Bereichs; IP-Protokollnummern reichen von 0 bis 255.</translation>
    </message>
    <message>
        <source>Protocol: &quot;%1&quot; is no protocol name (names have no spaces).</source>
        <translation>Protokoll: „%1“ ist kein Protokollname (Namen enthalten keine Leerzeichen).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>l_linger</source>
        <translation>l_linger</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Payload: %1 bytes is too long; at most %2 (an IPv4 datagram holds 65535 bytes, 28 of them the IP and ICMP headers).</source>
        <translation>Nutzdaten: %1 Bytes sind zu lang; höchstens %2 (ein IPv4-Datagramm fasst 65535 Bytes, davon 28 für den IP- und den ICMP-Header).</translation>
    </message>
</context>
<context>
    <name>sockscope::LabRecipePanel</name>
    <message>
        <source>&amp;Recipe:</source>
        <translation>&amp;Rezept:</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start this recipe again with new sockets (the old ones stay in the table).</source>
        <translation>Dieses Rezept mit neuen Sockets noch einmal beginnen (die alten bleiben in der Tabelle).</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Done: every step of this recipe succeeded.</source>
        <translation>Fertig: Jeder Schritt dieses Rezepts war erfolgreich.</translation>
    </message>
    <message>
        <source>%1
A sequence of the chapter, one call per step, on sockets of its own.</source>
        <translation>%1
Eine Abfolge aus dem Kapitel, ein Aufruf je Schritt, auf eigenen Sockets.</translation>
    </message>
    <message>
        <source>%1
On the Wire page: %2</source>
        <translation>%1
Auf der Seite „Die Leitung“: %2</translation>
    </message>
    <message>
        <source>Next: %1
On the Wire page: %2</source>
        <translation>Als Nächstes: %1
Auf der Seite „Die Leitung“: %2</translation>
    </message>
</context>
<context>
    <name>sockscope::LabSocketModel</name>
    <message>
        <source>%1 (dup of %2)</source>
        <translation>%1 (dup von %2)</translation>
    </message>
    <message>
        <source>%1, call waiting</source>
        <translation>%1, Aufruf wartet</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>lesbar</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>schreibbar</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>hang-up</source>
        <translation>Hang-up</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>TCP: the kernel&apos;s state from TCP_INFO; after close, from the kernel&apos;s connection table (/proc/net/tcp), since no descriptor is left.</source>
        <translation>TCP: der Zustand laut Kernel aus TCP_INFO; nach close aus der Verbindungstabelle des Kernels (/proc/net/tcp), da kein Deskriptor mehr übrig ist.</translation>
    </message>
    <message>
        <source>What poll() reports right now (refreshed twice a second).</source>
        <translation>Was poll() gerade meldet (zweimal pro Sekunde aktualisiert).</translation>
    </message>
    <message>
        <source>Read with getsockopt(SO_ERROR) when poll() reported an error; reading it clears it in the kernel.</source>
        <translation>Mit getsockopt(SO_ERROR) gelesen, wenn poll() einen Fehler gemeldet hat; das Lesen löscht ihn im Kernel.</translation>
    </message>
    <message>
        <source>O_NONBLOCK (the open file&apos;s) and FD_CLOEXEC (this descriptor&apos;s).</source>
        <translation>O_NONBLOCK (der geöffneten Datei) und FD_CLOEXEC (dieses Deskriptors).</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Domain, type</source>
        <translation>Domäne, Typ</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse der Gegenstelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>poll()</source>
        <translation>poll()</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>SO_ERROR</source>
        <translation>SO_ERROR</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>poll() reports an error (POLLERR). The lab leaves SO_ERROR unread, since reading clears it: the socket&apos;s next call fails with it, as the kernel means it to.</source>
        <translation>poll() meldet einen Fehler (POLLERR). Das Labor lässt SO_ERROR ungelesen, da das Lesen ihn löscht: Der nächste Aufruf auf dem Socket scheitert mit ihm, wie es der Kernel vorsieht.</translation>
    </message>
    <message>
        <source>SO_ERROR, read when poll() reports an error after a non-blocking connect (reading clears it).</source>
        <translation>SO_ERROR, gelesen, wenn poll() nach einem nicht blockierenden connect einen Fehler meldet (das Lesen löscht ihn).</translation>
    </message>
</context>
<context>
    <name>sockscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>sockscope::MainWindow</name>
    <message>
        <source>SockScope</source>
        <translation>SockScope</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>The chapter&apos;s topics, in its order.</source>
        <translation>Die Themen des Kapitels, in seiner Reihenfolge.</translation>
    </message>
    <message>
        <source>Host byte order: little-endian</source>
        <translation>Host-Bytereihenfolge: Little-Endian</translation>
    </message>
    <message>
        <source>Host byte order: big-endian</source>
        <translation>Host-Bytereihenfolge: Big-Endian</translation>
    </message>
    <message>
        <source>Host byte order: mixed</source>
        <translation>Host-Bytereihenfolge: gemischt</translation>
    </message>
    <message>
        <source>How this computer stores multi-byte numbers in memory.</source>
        <translation>Wie dieser Computer Zahlen aus mehreren Bytes im Speicher ablegt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>Protokoll &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the call journal as C code or JSON.</source>
        <translation>Speichert das Aufrufprotokoll als C-Code oder JSON.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to the &amp;first field</source>
        <translation>Zum &amp;ersten Feld springen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Show or hide the call journal.</source>
        <translation>Zeigt oder verbirgt das Aufrufprotokoll.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SockScope</source>
        <translation>&amp;Über SockScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About SockScope</source>
        <translation>Über SockScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SockScope %1&lt;/h3&gt;&lt;p&gt;A workbench for the BSD socket API: every call it makes for you is real, and the call journal shows each one as C code.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SockScope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die BSD-Socket-API: Jeder Aufruf, den sie für Sie macht, ist echt, und das Aufrufprotokoll zeigt jeden als C-Code.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Next topic</source>
        <translation>&amp;Nächstes Thema</translation>
    </message>
    <message>
        <source>&amp;Previous topic</source>
        <translation>&amp;Voriges Thema</translation>
    </message>
    <message>
        <source>SockScope &amp;manual</source>
        <translation>SockScope-&amp;Handbuch</translation>
    </message>
    <message>
        <source>How to use SockScope: the topics, the journal, the keys, the command line.</source>
        <translation>Wie man SockScope benutzt: die Themen, das Journal, die Tasten, die Kommandozeile.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies when SockScope starts again.</source>
        <translation>Die neue Sprache gilt, wenn SockScope neu startet.</translation>
    </message>
    <message>
        <source>Restarting now closes this window&apos;s connections, sessions and echo servers; your inputs and the window&apos;s layout are kept.</source>
        <translation>Ein Neustart jetzt schließt die Verbindungen, Sitzungen und Echo-Server dieses Fensters; Ihre Eingaben und die Anordnung des Fensters bleiben erhalten.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>SockScope could not start again; start it yourself.</source>
        <translation>SockScope konnte nicht neu starten; starten Sie es selbst.</translation>
    </message>
</context>
<context>
    <name>sockscope::ManualDialog</name>
    <message>
        <source>SockScope manual</source>
        <translation>SockScope-Handbuch</translation>
    </message>
    <message>
        <source>SockScope makes the calls of the sockets chapter for you, for real, on this computer. Each page is one topic; every call it makes appears in the call journal with its arguments, return value, errno, the time it took and the same call as C code.</source>
        <translation>SockScope macht die Aufrufe des Socket-Kapitels für Sie, echt, auf diesem Rechner. Jede Seite ist ein Thema; jeder Aufruf erscheint im Aufrufjournal mit Argumenten, Rückgabewert, errno, Dauer und demselben Aufruf als C-Code.</translation>
    </message>
    <message>
        <source>The topics</source>
        <translation>Die Themen</translation>
    </message>
    <message>
        <source>The list on the left follows the chapter&apos;s order:</source>
        <translation>Die Liste links folgt der Reihenfolge des Kapitels:</translation>
    </message>
    <message>
        <source>The call journal</source>
        <translation>Das Aufrufjournal</translation>
    </message>
    <message>
        <source>View ▸ Journal shows every call, newest at the bottom. The # column is the order in which calls finished; Time is when each started, so calls on different threads can overlap. Filter by function or errno name, select rows to see their C code, copy it, or export the journal as C or JSON.</source>
        <translation>Ansicht ▸ Journal zeigt jeden Aufruf, den neuesten unten. Die Spalte # ist die Reihenfolge, in der die Aufrufe endeten; Zeit ist ihr Beginn, daher können sich Aufrufe verschiedener Threads überlappen. Filtern Sie nach Funktion oder errno-Namen, wählen Sie Zeilen für ihren C-Code, kopieren Sie ihn oder exportieren Sie das Journal als C oder JSON.</translation>
    </message>
    <message>
        <source>Fast paths are counted, not journalled: an echo server&apos;s or a load test&apos;s per-message reads and writes show as totals, and the once-a-second TCP_INFO refresh of the options page is left out.</source>
        <translation>Schnelle Pfade werden gezählt, nicht protokolliert: die Lese- und Schreibaufrufe je Nachricht eines Echo-Servers oder Lasttests erscheinen als Summen, und die sekündliche TCP_INFO-Aktualisierung der Optionsseite bleibt weg.</translation>
    </message>
    <message>
        <source>Inputs and errors</source>
        <translation>Eingaben und Fehler</translation>
    </message>
    <message>
        <source>A field with a mistake is marked, and the message beside it says what is wrong and what is allowed. Nothing is sent or called until the input is valid. Your inputs, the window&apos;s size and the journal&apos;s place are remembered.</source>
        <translation>Ein fehlerhaftes Feld wird markiert, und die Meldung daneben sagt, was falsch ist und was erlaubt ist. Nichts wird gesendet oder aufgerufen, bevor die Eingabe gültig ist. Ihre Eingaben, die Fenstergröße und der Platz des Journals werden gespeichert.</translation>
    </message>
    <message>
        <source>Where Linux differs from the chapter</source>
        <translation>Wo Linux vom Kapitel abweicht</translation>
    </message>
    <message>
        <source>The chapter gives SOMAXCONN as 128; this kernel caps listen()&apos;s backlog at %1 (net.core.somaxconn, read now). A send on a connection whose peer has gone raises SIGPIPE, which ends a program that does not handle it: SockScope catches it and shows EPIPE with what the signal would have done.</source>
        <translation>Das Kapitel nennt SOMAXCONN 128; dieser Kernel begrenzt den Backlog von listen() auf %1 (net.core.somaxconn, soeben gelesen). Ein Senden auf einer Verbindung, deren Gegenseite fort ist, löst SIGPIPE aus, das ein Programm ohne Behandlung beendet: SockScope fängt es ab und zeigt EPIPE mit dem, was das Signal getan hätte.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Every page is a key away; Tab moves through a page&apos;s fields in reading order.</source>
        <translation>Jede Seite ist eine Taste entfernt; Tab geht in Lesereihenfolge durch die Felder einer Seite.</translation>
    </message>
    <message>
        <source>The command line</source>
        <translation>Die Kommandozeile</translation>
    </message>
    <message>
        <source>sockscope-cli makes the same calls without the window: order, addr, layout, hosts, host, protocols, protocol, services, service, resolve, nameinfo, connect, sockopt, serve echo and bench echo. Every command takes --help and --json; --journal prints the calls it made. Exit status 0 is success, 1 a failed operation, 2 a usage error. Its manual page: man sockscope-cli.</source>
        <translation>sockscope-cli macht dieselben Aufrufe ohne Fenster: order, addr, layout, hosts, host, protocols, protocol, services, service, resolve, nameinfo, connect, sockopt, serve echo und bench echo. Jeder Befehl kennt --help und --json; --journal gibt die gemachten Aufrufe aus. Exit-Status 0 ist Erfolg, 1 eine gescheiterte Operation, 2 ein Bedienfehler. Seine Handbuchseite: man sockscope-cli.</translation>
    </message>
</context>
<context>
    <name>sockscope::MessageEditDialog</name>
    <message>
        <source>New saved message</source>
        <translation>Neue gespeicherte Nachricht</translation>
    </message>
    <message>
        <source>Edit saved message</source>
        <translation>Gespeicherte Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>What the message is called in the list: 1 to %1 characters, unique in the library.</source>
        <translation>Wie die Nachricht in der Liste heißt: 1 bis %1 Zeichen, eindeutig in der Bibliothek.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C-Escapes</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>How the text is read: as typed, with C escapes (\r \n \xHH), or as hex byte pairs.</source>
        <translation>Wie der Text gelesen wird: wie eingegeben, mit C-Escapes (\r \n \xHH) oder als Hex-Bytepaare.</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Appended to text messages.</source>
        <translation>Wird an Textnachrichten angehängt.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>The message as typed; hex: 48 65 6c 6c 6f, escapes: GET /\r\n.</source>
        <translation>Die Nachricht wie eingegeben; Hex: 48 65 6c 6c 6f, C-Escapes: GET /\r\n.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>send() flag %1.</source>
        <translation>send()-Flag %1.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Anything worth remembering about the message (optional).</source>
        <translation>Alles, was man sich zu der Nachricht merken sollte (optional).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>sockscope::MessageLibrary</name>
    <message>
        <source>line %1, column %2 (offset %3)</source>
        <translation>Zeile %1, Spalte %2 (Offset %3)</translation>
    </message>
    <message>
        <source>Name: give the message a name (1 to %1 characters).</source>
        <translation>Name: Geben Sie der Nachricht einen Namen (1 bis %1 Zeichen).</translation>
    </message>
    <message>
        <source>Name: %1 characters is too long; at most %2 are allowed.</source>
        <translation>Name: %1 Zeichen sind zu lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Hex: %1</source>
        <translation>Hex: %1</translation>
    </message>
    <message>
        <source>C escapes: %1</source>
        <translation>C-Escapes: %1</translation>
    </message>
    <message>
        <source>Flags: “%1” is not a send() flag here; allowed: %2.</source>
        <translation>Flags: „%1“ ist hier kein send()-Flag; erlaubt: %2.</translation>
    </message>
    <message>
        <source>Name: a message named “%1” is already in the library; choose another name.</source>
        <translation>Name: Eine Nachricht namens „%1“ ist bereits in der Bibliothek; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 in %3.</translation>
    </message>
    <message>
        <source>%1 is not a SockScope message library: it needs an object with &quot;format&quot;: &quot;%2&quot; and a &quot;messages&quot; list.</source>
        <translation>%1 ist keine SockScope-Nachrichtenbibliothek: Nötig ist ein Objekt mit &quot;format&quot;: &quot;%2&quot; und einer Liste &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>%1 has format version %2; this SockScope reads version %3.</source>
        <translation>%1 hat die Formatversion %2; dieses SockScope liest Version %3.</translation>
    </message>
    <message>
        <source>entry %1 (“%2”): %3</source>
        <translation>Eintrag %1 („%2“): %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>syntax “%1” is not text, escapes or hex</source>
        <translation>Syntax „%1“ ist nicht text, escapes oder hex</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>kein &quot;text&quot;</translation>
    </message>
    <message>
        <source>line ending “%1” is not none, lf or crlf</source>
        <translation>Zeilenende „%1“ ist nicht none, lf oder crlf</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) left out:</source>
        <translation>
            <numerusform>%1: %n Eintrag ausgelassen:</numerusform>
            <numerusform>%1: %n Einträge ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>It was copied to %1; the library starts empty and is written anew when you change it.</source>
        <translation>Die Datei wurde nach %1 kopiert; die Bibliothek beginnt leer und wird neu geschrieben, sobald Sie sie ändern.</translation>
    </message>
    <message>
        <source>It could not be copied aside, so it is left as it is and changes are not saved until it is moved away.</source>
        <translation>Die Datei konnte nicht beiseitekopiert werden; sie bleibt daher unverändert, und Änderungen werden erst gespeichert, wenn sie verschoben wurde.</translation>
    </message>
    <message>
        <source>The library has no file to be saved to.</source>
        <translation>Die Bibliothek hat keine Datei, in die sie gespeichert werden kann.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>sockscope::MulticastBox</name>
    <message>
        <source>Broadcast &amp;&amp; multicast</source>
        <translation>Broadcast &amp;&amp; Multicast</translation>
    </message>
    <message>
        <source>The destination is a broadcast address and SO_BROADCAST is off, so the kernel refused it with EACCES.</source>
        <translation>Das Ziel ist eine Broadcast-Adresse, und SO_BROADCAST ist aus, daher hat der Kernel mit EACCES abgelehnt.</translation>
    </message>
    <message>
        <source>Turn SO_BROADCAST on</source>
        <translation>SO_BROADCAST einschalten</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 1) on the open socket, or before the next connect().</source>
        <translation>setsockopt(SO_BROADCAST, 1) auf dem offenen Socket oder vor dem nächsten connect().</translation>
    </message>
    <message>
        <source>What getsockopt returns after each change: the values the kernel kept.</source>
        <translation>Was getsockopt nach jeder Änderung liefert: die Werte, die der Kernel übernommen hat.</translation>
    </message>
    <message>
        <source>SO_BROADCAST will be set before the next connect(): press Connect again.</source>
        <translation>SO_BROADCAST wird vor dem nächsten connect() gesetzt: Erneut auf „Verbinden“ drücken.</translation>
    </message>
    <message>
        <source>SO_BROADCAST</source>
        <translation>SO_BROADCAST</translation>
    </message>
    <message>
        <source>Allow sending to a broadcast address (10.0.0.255, 255.255.255.255): without it connect() and sendto() fail with EACCES. Linux checks it when it looks up the route: at connect() for a connected socket, at every sendto() for an unconnected one.</source>
        <translation>Senden an eine Broadcast-Adresse erlauben (10.0.0.255, 255.255.255.255): Ohne diese Option scheitern connect() und sendto() mit EACCES. Linux prüft sie bei der Routensuche: bei connect() für einen verbundenen Socket, bei jedem sendto() für einen unverbundenen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>bind() to this port on the wildcard address before connecting (SO_REUSEADDR on): where datagrams to a group or a broadcast arrive. Empty: no bind.</source>
        <translation>Vor dem Verbinden mit bind() an diesen Port auf der Wildcard-Adresse binden (SO_REUSEADDR an): Hier kommen Datagramme an eine Gruppe oder ein Broadcast an. Leer: kein bind.</translation>
    </message>
    <message>
        <source>connect()</source>
        <translation>connect()</translation>
    </message>
    <message>
        <source>Connected, the socket receives from the target only. Off: no connect(); Send is sendto() the target and datagrams from any sender arrive, as a group&apos;s receiver needs.</source>
        <translation>Verbunden empfängt der Socket nur vom Ziel. Aus: kein connect(); „Senden“ ist ein sendto() an das Ziel, und Datagramme von jedem Absender kommen an, wie es ein Empfänger einer Gruppe braucht.</translation>
    </message>
    <message>
        <source>Bind to &amp;port</source>
        <translation>An &amp;Port binden</translation>
    </message>
    <message>
        <source>(port and connect() apply at the next Connect)</source>
        <translation>(Port und connect() gelten ab dem nächsten Verbinden)</translation>
    </message>
    <message>
        <source>by the route</source>
        <translation>nach der Route</translation>
    </message>
    <message>
        <source>IP_MULTICAST_IF (an interface name or index, or an IPv4 address of this host) or IPV6_MULTICAST_IF (a name or index): where datagrams to a group leave.</source>
        <translation>IP_MULTICAST_IF (Name oder Index einer Schnittstelle oder eine IPv4-Adresse dieses Hosts) oder IPV6_MULTICAST_IF (Name oder Index): wo Datagramme an eine Gruppe hinausgehen.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_IF) now; empty goes back to the route&apos;s choice.</source>
        <translation>setsockopt(IP_MULTICAST_IF) sofort; leer kehrt zur Wahl der Route zurück.</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS), 0 to 255: how many routers a datagram to a group may cross; 1 keeps it on the local network.</source>
        <translation>IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS), 0 bis 255: wie viele Router ein Datagramm an eine Gruppe passieren darf; 1 hält es im lokalen Netz.</translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_TTL) now, then getsockopt to read it back.</source>
        <translation>setsockopt(IP_MULTICAST_TTL) sofort, dann getsockopt zum Zurücklesen.</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>IP_MULTICAST_LOOP (IPV6_MULTICAST_LOOP): this host&apos;s own members of a group get our datagrams to it too.</source>
        <translation>IP_MULTICAST_LOOP (IPV6_MULTICAST_LOOP): Auch die Mitglieder einer Gruppe auf diesem Host erhalten unsere Datagramme an diese Gruppe.</translation>
    </message>
    <message>
        <source>Multicast &amp;interface</source>
        <translation>Multicast-&amp;Schnittstelle</translation>
    </message>
    <message>
        <source>&amp;TTL</source>
        <translation>&amp;TTL</translation>
    </message>
    <message>
        <source>239.1.2.3 or ff12::1</source>
        <translation>239.1.2.3 oder ff12::1</translation>
    </message>
    <message>
        <source>A multicast group of the session&apos;s family: 224.0.0.0/4 for IPv4, ff00::/8 for IPv6.</source>
        <translation>Eine Multicast-Gruppe aus der Adressfamilie der Sitzung: 224.0.0.0/4 bei IPv4, ff00::/8 bei IPv6.</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>jede Quelle</translation>
    </message>
    <message>
        <source>IPv4 only: receive the group from this source alone (IP_ADD_SOURCE_MEMBERSHIP).</source>
        <translation>Nur IPv4: die Gruppe nur von dieser einen Quelle empfangen (IP_ADD_SOURCE_MEMBERSHIP).</translation>
    </message>
    <message>
        <source>The interface to join on, by name (lo) or index.</source>
        <translation>Die Schnittstelle, auf der beigetreten wird, per Name (lo) oder Index.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>IP_ADD_MEMBERSHIP (struct ip_mreqn), IP_ADD_SOURCE_MEMBERSHIP or IPV6_JOIN_GROUP (struct ipv6_mreq) on this socket.</source>
        <translation>IP_ADD_MEMBERSHIP (struct ip_mreqn), IP_ADD_SOURCE_MEMBERSHIP oder IPV6_JOIN_GROUP (struct ipv6_mreq) auf diesem Socket.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP or IPV6_LEAVE_GROUP.</source>
        <translation>IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP oder IPV6_LEAVE_GROUP.</translation>
    </message>
    <message>
        <source>The groups this socket has joined; pick one to fill in the fields for Leave.</source>
        <translation>Die Gruppen, denen dieser Socket beigetreten ist; eine davon auswählen, um die Felder für „Verlassen“ auszufüllen.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>O&amp;n</source>
        <translation>&amp;Auf</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>SO_BROADCAST, where to bind and whether to connect(), the multicast interface, TTL and loop, and the groups this UDP socket joins.</source>
        <translation>SO_BROADCAST, wohin gebunden wird und ob connect() erfolgt, die Multicast-Schnittstelle, TTL und Loopback sowie die Gruppen, denen dieser UDP-Socket beitritt.</translation>
    </message>
    <message>
        <source>Broadcast and multicast are for UDP: a TCP or unix socket has no broadcast address and joins no group. Choose UDP to use them.</source>
        <translation>Broadcast und Multicast gibt es nur bei UDP: Ein TCP- oder Unix-Socket hat keine Broadcast-Adresse und tritt keiner Gruppe bei. Zum Verwenden UDP wählen.</translation>
    </message>
    <message>
        <source>Bind port</source>
        <translation>Bind-Port</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Group: give a multicast address, e.g. 239.1.2.3 or ff12::1.</source>
        <translation>Gruppe: eine Multicast-Adresse angeben, z. B. 239.1.2.3 oder ff12::1.</translation>
    </message>
    <message>
        <source>Connect the UDP session first: a group is joined on its socket.</source>
        <translation>Zuerst die UDP-Sitzung verbinden: Der Beitritt zu einer Gruppe erfolgt über ihren Socket.</translation>
    </message>
    <message>
        <source>%1 (an interface set by name or index reads back as INADDR_ANY: Linux returns the address part only)</source>
        <translation>%1 (eine per Name oder Index gesetzte Schnittstelle wird als INADDR_ANY zurückgelesen: Linux liefert nur den Adressteil)</translation>
    </message>
    <message>
        <source>getsockopt: SO_BROADCAST %1 · %2 %3 · %4 %5 · %6 %7</source>
        <translation>getsockopt: SO_BROADCAST %1 · %2 %3 · %4 %5 · %6 %7</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect the UDP session first.</source>
        <translation>Zuerst die UDP-Sitzung verbinden.</translation>
    </message>
</context>
<context>
    <name>sockscope::PageHeader</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>Show the whole introduction.</source>
        <translation>Die ganze Einführung zeigen.</translation>
    </message>
    <message>
        <source>Fold the introduction to one line.</source>
        <translation>Die Einführung auf eine Zeile falten.</translation>
    </message>
</context>
<context>
    <name>sockscope::ProtocolsPage</name>
    <message>
        <source>/etc/protocols names the protocols that can ride on IP, with the number carried in the IP header&apos;s protocol field: tcp is 6, udp is 17. getprotoent reads it entry by entry as a struct protoent (p_name, p_aliases, p_proto); setprotoent rewinds to the start and endprotoent closes the file. getprotobyname and getprotobynumber find a single entry. None of them is thread-safe, so SockScope holds one lock around each whole sequence and uses the reentrant _r variants for single lookups.</source>
        <translation>/etc/protocols benennt die Protokolle, die über IP laufen können, mit der Nummer, die im Protokollfeld des IP-Headers steht: tcp ist 6, udp ist 17. getprotoent liest sie Eintrag für Eintrag als struct protoent (p_name, p_aliases, p_proto); setprotoent spult an den Anfang zurück und endprotoent schließt die Datei. getprotobyname und getprotobynumber finden einen einzelnen Eintrag. Keine davon ist threadsicher, daher hält SockScope eine Sperre um jede ganze Abfolge und verwendet für einzelne Abfragen die reentranten _r-Varianten.</translation>
    </message>
    <message>
        <source>One protocol: getprotobyname_r or getprotobynumber_r</source>
        <translation>Ein Protokoll: getprotobyname_r oder getprotobynumber_r</translation>
    </message>
    <message>
        <source>tcp, udp, icmp… or a number such as 6</source>
        <translation>tcp, udp, icmp … oder eine Nummer wie 6</translation>
    </message>
    <message>
        <source>A name (const char *name of getprotobyname, matched against p_name and p_aliases) or a number 0–255 (int proto of getprotobynumber). Enter looks it up.</source>
        <translation>Ein Name (const char *name von getprotobyname, verglichen mit p_name und p_aliases) oder eine Nummer 0–255 (int proto von getprotobynumber). Eingabe startet die Abfrage.</translation>
    </message>
    <message>
        <source>Runs getprotobynumber_r for a number, getprotobyname_r for a name, on a worker thread.</source>
        <translation>Führt in einem Worker-Thread getprotobynumber_r für eine Nummer bzw. getprotobyname_r für einen Namen aus.</translation>
    </message>
    <message>
        <source>&amp;Name or number:</source>
        <translation>&amp;Name oder Nummer:</translation>
    </message>
    <message>
        <source>The struct protoent found: p_name (official name), p_proto (number), p_aliases (other names).</source>
        <translation>Das gefundene struct protoent: p_name (offizieller Name), p_proto (Nummer), p_aliases (weitere Namen).</translation>
    </message>
    <message>
        <source>the protocol entry</source>
        <translation>den Protokolleintrag</translation>
    </message>
    <message>
        <source>p_name</source>
        <translation>p_name</translation>
    </message>
    <message>
        <source>p_proto</source>
        <translation>p_proto</translation>
    </message>
    <message>
        <source>p_aliases</source>
        <translation>p_aliases</translation>
    </message>
    <message>
        <source>char *p_name: the official name of the protocol.</source>
        <translation>char *p_name: der offizielle Name des Protokolls.</translation>
    </message>
    <message>
        <source>int p_proto: the protocol number, as in the IP header (host byte order: one byte needs no conversion).</source>
        <translation>int p_proto: die Protokollnummer wie im IP-Header (Host-Bytereihenfolge: ein einzelnes Byte braucht keine Umwandlung).</translation>
    </message>
    <message>
        <source>char **p_aliases: other names for it, NULL-terminated.</source>
        <translation>char **p_aliases: weitere Namen dafür, mit NULL abgeschlossen.</translation>
    </message>
    <message>
        <source>What stayopen does in glibc today: setprotoent(1) keeps /etc/protocols open, so getprotobyname and getprotobynumber reuse the open file instead of closing it after each query as they do after setprotoent(0). It also rewinds getprotoent to the first entry. It changes only how the file is handled, never the answers: the list is the same either way.</source>
        <translation>Was stayopen in der heutigen glibc bewirkt: setprotoent(1) hält /etc/protocols offen, sodass getprotobyname und getprotobynumber die offene Datei wiederverwenden, statt sie nach jeder Abfrage zu schließen, wie sie es nach setprotoent(0) tun. Außerdem spult es getprotoent auf den ersten Eintrag zurück. Es ändert nur den Umgang mit der Datei, nie die Antworten: Die Liste ist in beiden Fällen dieselbe.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>The protocols database: getprotoent, setprotoent(stayopen), getprotobyname and getprotobynumber.</source>
        <translation>Die Protokolldatenbank: getprotoent, setprotoent(stayopen), getprotobyname und getprotobynumber.</translation>
    </message>
    <message>
        <source>Type a protocol name (such as tcp) or a number from 0 to 255.</source>
        <translation>Geben Sie einen Protokollnamen (etwa tcp) oder eine Nummer von 0 bis 255 ein.</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Protokollnummer</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>No protocol “%1” in the database: %2 returned 0 with the result pointer set to NULL. Check the spelling (names are case-sensitive) or the number.</source>
        <translation>Kein Protokoll „%1“ in der Datenbank: %2 lieferte 0 und setzte den Ergebniszeiger auf NULL. Prüfen Sie die Schreibweise (Groß-/Kleinschreibung zählt) oder die Nummer.</translation>
    </message>
    <message>
        <source>p_name %1 · p_proto %2 · p_aliases %3</source>
        <translation>p_name %1 · p_proto %2 · p_aliases %3</translation>
    </message>
</context>
<context>
    <name>sockscope::ResolverPage</name>
    <message>
        <source>For a server: with node NULL, the address returned is the wildcard (0.0.0.0 or ::) to bind() to, instead of the loopback address. It has no effect when a node is given.</source>
        <translation>Für einen Server: Mit node NULL ist die gelieferte Adresse die Wildcard-Adresse (0.0.0.0 oder ::) für bind() statt der Loopback-Adresse. Wenn ein node angegeben ist, hat es keine Wirkung.</translation>
    </message>
    <message>
        <source>Also find the host&apos;s canonical (official) name; it is put in ai_canonname of the first entry only. Needs a node.</source>
        <translation>Auch den kanonischen (offiziellen) Namen des Hosts ermitteln; er steht nur in ai_canonname des ersten Eintrags. Braucht einen node.</translation>
    </message>
    <message>
        <source>The node must be a numeric address: no name lookup is made, so no DNS query is sent. A name fails with EAI_NONAME.</source>
        <translation>Der node muss eine numerische Adresse sein: Es findet keine Namensabfrage statt, also wird keine DNS-Anfrage gesendet. Ein Name scheitert mit EAI_NONAME.</translation>
    </message>
    <message>
        <source>The service must be a port number: the services database is not searched. A service name fails with EAI_NONAME.</source>
        <translation>Der service muss eine Portnummer sein: Die Dienstedatenbank wird nicht durchsucht. Ein Dienstname scheitert mit EAI_NONAME.</translation>
    </message>
    <message>
        <source>With ai_family AF_INET6: when the host has no IPv6 address, return its IPv4 addresses as IPv4-mapped IPv6 addresses (::ffff:a.b.c.d).</source>
        <translation>Mit ai_family AF_INET6: Hat der Host keine IPv6-Adresse, werden seine IPv4-Adressen als IPv4-gemappte IPv6-Adressen (::ffff:a.b.c.d) geliefert.</translation>
    </message>
    <message>
        <source>Together with AI_V4MAPPED: return the IPv6 addresses and the mapped IPv4 ones, not the IPv4 ones only when there is no IPv6 address.</source>
        <translation>Zusammen mit AI_V4MAPPED: die IPv6-Adressen und die gemappten IPv4-Adressen liefern, nicht die IPv4-Adressen nur dann, wenn es keine IPv6-Adresse gibt.</translation>
    </message>
    <message>
        <source>Return IPv4 addresses only if this machine has an IPv4 address configured, and IPv6 ones only if it has an IPv6 address (loopback addresses do not count).</source>
        <translation>IPv4-Adressen nur liefern, wenn dieser Rechner eine IPv4-Adresse konfiguriert hat, und IPv6-Adressen nur, wenn er eine IPv6-Adresse hat (Loopback-Adressen zählen nicht).</translation>
    </message>
    <message>
        <source>A glibc extension: a node written in Unicode letters (bücher.example) is converted to its ASCII form (IDNA) before the lookup.</source>
        <translation>Eine glibc-Erweiterung: Ein node in Unicode-Buchstaben (bücher.example) wird vor der Abfrage in seine ASCII-Form (IDNA) umgewandelt.</translation>
    </message>
    <message>
        <source>Give back the address as text instead of looking up its host name (no DNS query).</source>
        <translation>Die Adresse als Text zurückgeben, statt ihren Hostnamen nachzuschlagen (keine DNS-Anfrage).</translation>
    </message>
    <message>
        <source>Give back the port as a number instead of looking up its service name.</source>
        <translation>Den Port als Zahl zurückgeben, statt seinen Dienstnamen nachzuschlagen.</translation>
    </message>
    <message>
        <source>Fail with EAI_NONAME when no host name is found, instead of giving back the address as text.</source>
        <translation>Mit EAI_NONAME scheitern, wenn kein Hostname gefunden wird, statt die Adresse als Text zurückzugeben.</translation>
    </message>
    <message>
        <source>For a host in the local domain, give back only the first label of its name (the part before the first dot).</source>
        <translation>Bei einem Host in der lokalen Domain nur das erste Label seines Namens zurückgeben (den Teil vor dem ersten Punkt).</translation>
    </message>
    <message>
        <source>Look up the service name for UDP instead of TCP (a few ports have different names for the two).</source>
        <translation>Den Dienstnamen für UDP statt für TCP nachschlagen (einige Ports haben für beide unterschiedliche Namen).</translation>
    </message>
    <message>
        <source>&amp;Run getaddrinfo</source>
        <translation>getaddrinfo &amp;ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run &amp;getnameinfo</source>
        <translation>&amp;getnameinfo ausführen</translation>
    </message>
    <message>
        <source>getaddrinfo turns a host (node) and a service into a list of ready-made socket addresses: each struct addrinfo carries the three arguments for socket() and the address for bind() or connect(). It searches /etc/hosts and DNS for both families in one reentrant call and reports failure as an EAI_* code for gai_strerror, not in errno. getnameinfo goes the other way, from a socket address to a host and a service name. A lookup can wait seconds for DNS, so it runs on a worker thread; it cannot be interrupted, so Cancel only throws its result away.</source>
        <translation>getaddrinfo macht aus einem Host (node) und einem Dienst (service) eine Liste fertiger Socket-Adressen: Jedes struct addrinfo enthält die drei Argumente für socket() und die Adresse für bind() oder connect(). Es durchsucht /etc/hosts und DNS für beide Familien in einem reentranten Aufruf und meldet Fehler als EAI_*-Code für gai_strerror, nicht in errno. getnameinfo geht den umgekehrten Weg, von einer Socket-Adresse zu einem Host- und einem Dienstnamen. Eine Abfrage kann Sekunden auf DNS warten und läuft daher in einem Worker-Thread; sie lässt sich nicht unterbrechen, daher verwirft Abbrechen nur ihr Ergebnis.</translation>
    </message>
    <message>
        <source>For comparison, the legacy gethostbyname2_r and gethostbyaddr_r, and why getaddrinfo replaced them, are on the Hosts page.</source>
        <translation>Zum Vergleich stehen die alten gethostbyname2_r und gethostbyaddr_r und warum getaddrinfo sie ersetzt hat auf der Seite Hosts.</translation>
    </message>
    <message>
        <source>getaddrinfo(node, service, &amp;&amp;hints, &amp;&amp;res)</source>
        <translation>getaddrinfo(node, service, &amp;&amp;hints, &amp;&amp;res)</translation>
    </message>
    <message>
        <source>empty: NULL</source>
        <translation>leer: NULL</translation>
    </message>
    <message>
        <source>const char *node: a host name (looked up in /etc/hosts, then DNS) or a numeric IPv4/IPv6 address. Leave it empty to pass NULL: the local host&apos;s loopback address, or the wildcard address with AI_PASSIVE.</source>
        <translation>const char *node: ein Hostname (nachgeschlagen in /etc/hosts, dann im DNS) oder eine numerische IPv4/IPv6-Adresse. Leer lassen, um NULL zu übergeben: die Loopback-Adresse des lokalen Hosts bzw. mit AI_PASSIVE die Wildcard-Adresse.</translation>
    </message>
    <message>
        <source>const char *service: a service name from /etc/services (http) or a port number (80). Leave it empty to pass NULL: the port in the results is then 0.</source>
        <translation>const char *service: ein Dienstname aus /etc/services (http) oder eine Portnummer (80). Leer lassen, um NULL zu übergeben: Der Port in den Ergebnissen ist dann 0.</translation>
    </message>
    <message>
        <source>&amp;node:</source>
        <translation>&amp;node:</translation>
    </message>
    <message>
        <source>&amp;service:</source>
        <translation>&amp;service:</translation>
    </message>
    <message>
        <source>AF_UNSPEC (either)</source>
        <translation>AF_UNSPEC (beide)</translation>
    </message>
    <message>
        <source>hints.ai_family: the family of the addresses wanted. AF_UNSPEC returns IPv4 and IPv6 addresses alike.</source>
        <translation>hints.ai_family: die Familie der gewünschten Adressen. AF_UNSPEC liefert IPv4- und IPv6-Adressen gleichermaßen.</translation>
    </message>
    <message>
        <source>0 (any)</source>
        <translation>0 (beliebig)</translation>
    </message>
    <message>
        <source>hints.ai_socktype: the socket type wanted. 0 returns one entry per type the service exists for (stream, datagram, raw).</source>
        <translation>hints.ai_socktype: der gewünschte Socket-Typ. 0 liefert einen Eintrag pro Typ, für den es den Dienst gibt (Stream, Datagramm, Raw).</translation>
    </message>
    <message>
        <source>hints.ai_protocol: 0 for any, or a protocol number 0–255 such as 6 (IPPROTO_TCP) or 17 (IPPROTO_UDP); empty means 0.</source>
        <translation>hints.ai_protocol: 0 für beliebig oder eine Protokollnummer 0–255 wie 6 (IPPROTO_TCP) oder 17 (IPPROTO_UDP); leer bedeutet 0.</translation>
    </message>
    <message>
        <source>ai_sock&amp;type:</source>
        <translation>ai_sock&amp;type:</translation>
    </message>
    <message>
        <source>ai_&amp;protocol:</source>
        <translation>ai_&amp;protocol:</translation>
    </message>
    <message>
        <source>ai_flags:</source>
        <translation>ai_flags:</translation>
    </message>
    <message>
        <source>hints.ai_flags: the AI_* flags ORed together.</source>
        <translation>hints.ai_flags: die AI_*-Flags, mit ODER verknüpft.</translation>
    </message>
    <message>
        <source>Calls getaddrinfo with these arguments on a worker thread (Enter).</source>
        <translation>Ruft getaddrinfo mit diesen Argumenten in einem Worker-Thread auf (Eingabe).</translation>
    </message>
    <message>
        <source>Stops waiting (Esc). getaddrinfo itself cannot be interrupted: it runs to the end in its thread, and its result is thrown away when it arrives.</source>
        <translation>Hört auf zu warten (Esc). getaddrinfo selbst lässt sich nicht unterbrechen: Es läuft in seinem Thread bis zum Ende, und sein Ergebnis wird bei Ankunft verworfen.</translation>
    </message>
    <message>
        <source>getaddrinfo&apos;s return value: 0, or an EAI_* code with gai_strerror&apos;s text; and how long the call took.</source>
        <translation>Der Rückgabewert von getaddrinfo: 0 oder ein EAI_*-Code mit dem Text von gai_strerror; und wie lange der Aufruf dauerte.</translation>
    </message>
    <message>
        <source>The list in res: struct addrinfo nodes linked by ai_next</source>
        <translation>Die Liste in res: struct-addrinfo-Knoten, verkettet über ai_next</translation>
    </message>
    <message>
        <source>The addrinfo list</source>
        <translation>Die addrinfo-Liste</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>scope id</source>
        <translation>Scope-ID</translation>
    </message>
    <message>
        <source>int ai_flags of the entry.</source>
        <translation>int ai_flags des Eintrags.</translation>
    </message>
    <message>
        <source>int ai_family: the first argument for socket().</source>
        <translation>int ai_family: das erste Argument für socket().</translation>
    </message>
    <message>
        <source>int ai_socktype: the second argument for socket().</source>
        <translation>int ai_socktype: das zweite Argument für socket().</translation>
    </message>
    <message>
        <source>int ai_protocol: the third argument for socket().</source>
        <translation>int ai_protocol: das dritte Argument für socket().</translation>
    </message>
    <message>
        <source>socklen_t ai_addrlen: the size of *ai_addr.</source>
        <translation>socklen_t ai_addrlen: die Größe von *ai_addr.</translation>
    </message>
    <message>
        <source>The address in *ai_addr (sin_addr or sin6_addr), as inet_ntop writes it.</source>
        <translation>Die Adresse in *ai_addr (sin_addr oder sin6_addr), wie inet_ntop sie schreibt.</translation>
    </message>
    <message>
        <source>The port in *ai_addr (sin_port or sin6_port), converted with ntohs.</source>
        <translation>Der Port in *ai_addr (sin_port oder sin6_port), mit ntohs umgewandelt.</translation>
    </message>
    <message>
        <source>sin6_scope_id: the interface of a link-local IPv6 address (0 otherwise, and for IPv4).</source>
        <translation>sin6_scope_id: die Schnittstelle einer link-lokalen IPv6-Adresse (sonst und bei IPv4 0).</translation>
    </message>
    <message>
        <source>char *ai_canonname: set in the first entry only, with AI_CANONNAME.</source>
        <translation>char *ai_canonname: nur im ersten Eintrag gesetzt, mit AI_CANONNAME.</translation>
    </message>
    <message>
        <source>the addrinfo list</source>
        <translation>die addrinfo-Liste</translation>
    </message>
    <message>
        <source>getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)</source>
        <translation>getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1</source>
        <translation>127.0.0.1 oder ::1</translation>
    </message>
    <message>
        <source>The address put into the socket address sa (sin_addr or sin6_addr): IPv4 or IPv6 text, with %interface for a link-local IPv6 address (sin6_scope_id).</source>
        <translation>Die Adresse, die in die Socket-Adresse sa kommt (sin_addr oder sin6_addr): IPv4- oder IPv6-Text, mit %interface bei einer link-lokalen IPv6-Adresse (sin6_scope_id).</translation>
    </message>
    <message>
        <source>The port put into sa (sin_port or sin6_port, converted with htons): 0–65535.</source>
        <translation>Der Port, der in sa kommt (sin_port oder sin6_port, mit htons umgewandelt): 0–65535.</translation>
    </message>
    <message>
        <source>a&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>p&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>flags:</source>
        <translation>flags:</translation>
    </message>
    <message>
        <source>int flags: the NI_* flags ORed together.</source>
        <translation>int flags: die NI_*-Flags, mit ODER verknüpft.</translation>
    </message>
    <message>
        <source>Calls getnameinfo on a worker thread (Enter).</source>
        <translation>Ruft getnameinfo in einem Worker-Thread auf (Eingabe).</translation>
    </message>
    <message>
        <source>Stops waiting (Esc); the call itself runs to the end and its result is thrown away.</source>
        <translation>Hört auf zu warten (Esc); der Aufruf selbst läuft bis zum Ende, und sein Ergebnis wird verworfen.</translation>
    </message>
    <message>
        <source>char *host: the host name getnameinfo wrote (or the address as text).</source>
        <translation>char *host: der Hostname, den getnameinfo geschrieben hat (oder die Adresse als Text).</translation>
    </message>
    <message>
        <source>char *serv: the service name getnameinfo wrote (or the port as a number).</source>
        <translation>char *serv: der Dienstname, den getnameinfo geschrieben hat (oder der Port als Zahl).</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>den Host</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>den Dienst</translation>
    </message>
    <message>
        <source>host:</source>
        <translation>host:</translation>
    </message>
    <message>
        <source>serv:</source>
        <translation>serv:</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>getaddrinfo with every hint and AI_* flag, its addrinfo list drawn as linked nodes, and getnameinfo with every NI_* flag.</source>
        <translation>getaddrinfo mit jedem Hint und AI_*-Flag, seine addrinfo-Liste als verkettete Knoten gezeichnet, und getnameinfo mit jedem NI_*-Flag.</translation>
    </message>
    <message>
        <source>ai_protocol</source>
        <translation>ai_protocol</translation>
    </message>
    <message>
        <source>getaddrinfo is running on a worker thread</source>
        <translation>getaddrinfo läuft in einem Worker-Thread</translation>
    </message>
    <message>
        <source>Waiting for getaddrinfo…</source>
        <translation>Warten auf getaddrinfo …</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms. getaddrinfo cannot be interrupted once it has started: it goes on in its worker thread until it returns, and its result will be discarded when it arrives.</source>
        <translation>Nach %1 ms abgebrochen. getaddrinfo lässt sich nach dem Start nicht unterbrechen: Es läuft in seinem Worker-Thread weiter, bis es zurückkehrt, und sein Ergebnis wird bei Ankunft verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>getaddrinfo returned 0: %n struct addrinfo in the list, in the order getaddrinfo linked them. The call took %1.</source>
        <translation>
            <numerusform>getaddrinfo lieferte 0: %n struct addrinfo in der Liste, in der Reihenfolge, in der getaddrinfo sie verkettet hat. Der Aufruf dauerte %1.</numerusform>
            <numerusform>getaddrinfo lieferte 0: %n struct addrinfo in der Liste, in der Reihenfolge, in der getaddrinfo sie verkettet hat. Der Aufruf dauerte %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>getaddrinfo failed, so there is no list: res was not set and must not be passed to freeaddrinfo.</source>
        <translation>getaddrinfo ist gescheitert, daher gibt es keine Liste: res wurde nicht gesetzt und darf nicht an freeaddrinfo übergeben werden.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>hints</source>
        <translation>hints</translation>
    </message>
    <message>
        <source>getaddrinfo returned %1: %2, “%3”. The call took %4. See the message at %5.</source>
        <translation>getaddrinfo lieferte %1: %2, „%3“. Der Aufruf dauerte %4. Siehe die Meldung bei %5.</translation>
    </message>
    <message>
        <source>Type an IPv4 or IPv6 address, such as 127.0.0.1.</source>
        <translation>Geben Sie eine IPv4- oder IPv6-Adresse ein, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <source>Only an IPv6 address takes a %interface suffix.</source>
        <translation>Nur eine IPv6-Adresse nimmt ein %interface-Suffix.</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both).</source>
        <translation>„%1“ ist weder eine IPv4- noch eine IPv6-Adresse (inet_pton lieferte für beide 0).</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>getnameinfo is running on a worker thread</source>
        <translation>getnameinfo läuft in einem Worker-Thread</translation>
    </message>
    <message>
        <source>Waiting for getnameinfo…</source>
        <translation>Warten auf getnameinfo …</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms. getnameinfo cannot be interrupted: it runs to the end in its worker thread, and its result will be discarded when it arrives.</source>
        <translation>Nach %1 ms abgebrochen. getnameinfo lässt sich nicht unterbrechen: Es läuft in seinem Worker-Thread bis zum Ende, und sein Ergebnis wird bei Ankunft verworfen.</translation>
    </message>
    <message>
        <source>getnameinfo returned 0. The call took %1.</source>
        <translation>getnameinfo lieferte 0. Der Aufruf dauerte %1.</translation>
    </message>
    <message>
        <source>getnameinfo returned %1: %2, “%3”. The call took %4. %5</source>
        <translation>getnameinfo lieferte %1: %2, „%3“. Der Aufruf dauerte %4. %5</translation>
    </message>
    <message>
        <source>getnameinfo returned %1: %2, “%3”. The call took %4. See the message at the address.</source>
        <translation>getnameinfo lieferte %1: %2, „%3“. Der Aufruf dauerte %4. Siehe die Meldung bei der Adresse.</translation>
    </message>
    <message>
        <source>Cancelled: this getaddrinfo&apos;s list will not be shown. Run it again to see one.</source>
        <translation>Abgebrochen: Die Liste dieses getaddrinfo wird nicht angezeigt. Führen Sie es erneut aus, um eine zu sehen.</translation>
    </message>
    <message>
        <source>Its result has now arrived and was discarded after %1 ms; it is shown nowhere.</source>
        <translation>Sein Ergebnis ist jetzt nach %1 ms eingetroffen und wurde verworfen; es wird nirgends angezeigt.</translation>
    </message>
    <message>
        <source>ai_fa&amp;mily:</source>
        <translation>ai_fa&amp;mily:</translation>
    </message>
</context>
<context>
    <name>sockscope::SavedMessageModel</name>
    <message>
        <source>hex: %1</source>
        <translation>Hex: %1</translation>
    </message>
    <message>
        <source>escapes: %1</source>
        <translation>C-Escapes: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <source>Enter sends the selected messages in order; F2 renames; Del deletes.</source>
        <translation>Enter sendet die ausgewählten Nachrichten der Reihe nach; F2 benennt um; Del löscht.</translation>
    </message>
</context>
<context>
    <name>sockscope::SavedMessagesPanel</name>
    <message>
        <source>&lt;b&gt;Saved messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gespeicherte Nachrichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Messages kept between runs, shared by the client and server consoles (%1).</source>
        <translation>Nachrichten, die zwischen Programmstarts erhalten bleiben, gemeinsam für die Client- und die Server-Konsole (%1).</translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation>nicht in einer Datei gespeichert</translation>
    </message>
    <message>
        <source>Select one or more messages (Ctrl, Shift) and press Enter to send them in list order. F2 renames, Del deletes.</source>
        <translation>Wählen Sie eine oder mehrere Nachrichten aus (Ctrl, Shift) und drücken Sie Enter, um sie in Listenreihenfolge zu senden. F2 benennt um, Del löscht.</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>Feld speichern</translation>
    </message>
    <message>
        <source>Save what is in the send field (with its mode, line ending and flags) as a new message.</source>
        <translation>Speichert den Inhalt des Sendefelds (mit Modus, Zeilenende und Flags) als neue Nachricht.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <source>Write a new message.</source>
        <translation>Schreibt eine neue Nachricht.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected message.</source>
        <translation>Ändert die ausgewählte Nachricht.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected message (F2).</source>
        <translation>Benennt die ausgewählte Nachricht um (F2).</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected messages, as “name (2)”.</source>
        <translation>Kopiert die ausgewählten Nachrichten als „Name (2)“.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected messages (Del); Undo brings them back.</source>
        <translation>Löscht die ausgewählten Nachrichten (Del); „Löschen rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Put back the messages just deleted.</source>
        <translation>Holt die eben gelöschten Nachrichten zurück.</translation>
    </message>
    <message>
        <source>Move the selected message up (Ctrl+Up): sequences go in list order.</source>
        <translation>Verschiebt die ausgewählte Nachricht nach oben (Ctrl+Up): Folgen werden in Listenreihenfolge gesendet.</translation>
    </message>
    <message>
        <source>Move the selected message down (Ctrl+Down).</source>
        <translation>Verschiebt die ausgewählte Nachricht nach unten (Ctrl+Down).</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add the messages of a JSON file to the library; a name already taken becomes “name (2)”.</source>
        <translation>Fügt die Nachrichten einer JSON-Datei zur Bibliothek hinzu; ein bereits vergebener Name wird zu „Name (2)“.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write the selected messages (all when none is selected) to a JSON file.</source>
        <translation>Schreibt die ausgewählten Nachrichten (alle, wenn keine ausgewählt ist) in eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Send selected</source>
        <translation>Auswahl senden</translation>
    </message>
    <message>
        <source>Send the selected messages in list order, all of them N times, T ms between two messages (Enter in the list).</source>
        <translation>Sendet die ausgewählten Nachrichten in Listenreihenfolge, alle zusammen N-mal, mit T ms zwischen zwei Nachrichten (Enter in der Liste).</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>N: how many times the message (or the sequence) is sent, 1 to %L1. The console&apos;s own Send uses it too.</source>
        <translation>N: wie oft die Nachricht (oder die Folge) gesendet wird, 1 bis %L1. Auch „Senden“ der Konsole selbst verwendet den Wert.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>T: the time between two messages, 0 to %L1 ms; 0 sends them back to back.</source>
        <translation>T: die Zeit zwischen zwei Nachrichten, 0 bis %L1 ms; bei 0 werden sie direkt hintereinander gesendet.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the repeat: what was sent stays sent, the rest is not.</source>
        <translation>Beendet die Wiederholung: Was gesendet wurde, bleibt gesendet, der Rest nicht.</translation>
    </message>
    <message>
        <source>How much of the repeat has been sent.</source>
        <translation>Wie viel der Wiederholung bereits gesendet wurde.</translation>
    </message>
    <message>
        <source>Messages sent so far, and in all.</source>
        <translation>Bisher gesendete Nachrichten und Gesamtzahl.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Saved as “%1”. F2 renames it.</source>
        <translation>Als „%1“ gespeichert. F2 benennt sie um.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s); Undo delete brings them back.</source>
        <translation>
            <numerusform>%n Nachricht gelöscht; „Löschen rückgängig“ holt sie zurück.</numerusform>
            <numerusform>%n Nachrichten gelöscht; „Löschen rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>Gespeicherte Nachrichten importieren</translation>
    </message>
    <message>
        <source>Message libraries (*.json);;All files (*)</source>
        <translation>Nachrichtenbibliotheken (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>Gespeicherte Nachrichten exportieren</translation>
    </message>
    <message>
        <source>messages.json</source>
        <translation>messages.json</translation>
    </message>
    <message>
        <source>Message libraries (*.json)</source>
        <translation>Nachrichtenbibliotheken (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s) from %1.</source>
        <translation>
            <numerusform>%n Nachricht aus %1 importiert.</numerusform>
            <numerusform>%n Nachrichten aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed, as the names were taken: %1.</source>
        <translation>Umbenannt, da die Namen vergeben waren: %1.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send to yet.</source>
        <translation>Noch kein Ziel zum Senden.</translation>
    </message>
    <message>
        <source>Select the messages to send first (Ctrl or Shift for several: they go in list order).</source>
        <translation>Wählen Sie zuerst die zu sendenden Nachrichten aus (Ctrl oder Shift für mehrere: Sie werden in Listenreihenfolge gesendet).</translation>
    </message>
    <message>
        <source>A sequence has at most %1 messages; %2 are selected.</source>
        <translation>Eine Folge hat höchstens %1 Nachrichten; %2 sind ausgewählt.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: %2 Edit… fixes it.</source>
        <translation>„%1“ kann nicht gesendet werden: %2 „Bearbeiten …“ behebt das.</translation>
    </message>
    <message>
        <source>sent %L1 of %L2</source>
        <translation>%L1 von %L2 gesendet</translation>
    </message>
    <message>
        <source>sent %L1 of %L2: done</source>
        <translation>%L1 von %L2 gesendet: fertig</translation>
    </message>
    <message>
        <source>stopped: sent %L1 of %L2</source>
        <translation>angehalten: %L1 von %L2 gesendet</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerConsolePage</name>
    <message>
        <source>The server end by hand, to test a client: socket(), bind() and listen(), then accept() each client (automatically, or one at a time while the others wait in the backlog), read what it sent and type the reply yourself, or let rules answer. End a client with shutdown(), close() or a RST and see what it gets. UDP servers can join multicast groups.</source>
        <translation>Die Serverseite von Hand, um einen Client zu testen: socket(), bind() und listen(), dann jeden Client mit accept() annehmen (automatisch oder einzeln, während die anderen im Backlog warten), lesen, was er gesendet hat, und die Antwort selbst eingeben oder Regeln antworten lassen. Beenden Sie einen Client mit shutdown(), close() oder einem RST, und sehen Sie, was er erhält. UDP-Server können Multicast-Gruppen beitreten.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Automatic replies</source>
        <translation>Automatische Antworten</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>Stopped: every client and the listening socket are closed.</source>
        <translation>Gestoppt: Alle Clients und der lauschende Socket sind geschlossen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the backlog (the listener&apos;s Recv-Q)</source>
        <translation>
            <numerusform>%n Verbindung wartet im Backlog (Recv-Q des lauschenden Sockets)</numerusform>
            <numerusform>%n Verbindungen warten im Backlog (Recv-Q des lauschenden Sockets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted %1, refused %2 · in %3 B, out %4 B · automatic replies %5, stopped by the rate cap %6 · reads paused %7×</source>
        <translation>Angenommen %1, abgewiesen %2 · empfangen %3 B, gesendet %4 B · automatische Antworten %5, durch die Ratenbegrenzung gestoppt %6 · Lesen pausiert %7×</translation>
    </message>
    <message>
        <source>Server console</source>
        <translation>Server-Konsole</translation>
    </message>
    <message>
        <source>listen, accept and answer clients by hand on TCP, UDP or AF_UNIX; a transcript per client, automatic replies, shutdown, close and RST per client, multicast groups.</source>
        <translation>listen, accept und Clients von Hand beantworten, über TCP, UDP oder AF_UNIX; eine Mitschrift je Client, automatische Antworten, shutdown, close und RST je Client, Multicast-Gruppen.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Unix stream</source>
        <translation>Unix-Stream</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix-Datagramm</translation>
    </message>
    <message>
        <source>SOCK_STREAM or SOCK_DGRAM, over IPv4/IPv6 (TCP, UDP) or AF_UNIX.</source>
        <translation>SOCK_STREAM oder SOCK_DGRAM, über IPv4/IPv6 (TCP, UDP) oder AF_UNIX.</translation>
    </message>
    <message>
        <source>127.0.0.1, 0.0.0.0, ::1 or ::</source>
        <translation>127.0.0.1, 0.0.0.0, ::1 oder ::</translation>
    </message>
    <message>
        <source>The numeric address bind() takes: 127.0.0.1 or ::1 for this machine only, 0.0.0.0 or :: for every interface (then other machines can connect too).</source>
        <translation>Die numerische Adresse für bind(): 127.0.0.1 oder ::1 nur für diesen Rechner, 0.0.0.0 oder :: für jede Schnittstelle (dann können sich auch andere Rechner verbinden).</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY</source>
        <translation>IPV6_V6ONLY</translation>
    </message>
    <message>
        <source>For an IPv6 address, set explicitly before bind(): on, IPv6 only; off, dual stack, and IPv4 clients arrive as ::ffff:a.b.c.d.</source>
        <translation>Bei einer IPv6-Adresse ausdrücklich vor bind() gesetzt: an, nur IPv6; aus, Dual-Stack, und IPv4-Clients erscheinen als ::ffff:a.b.c.d.</translation>
    </message>
    <message>
        <source>The port to bind, 0 to 65535; 0 lets the kernel pick a free one.</source>
        <translation>Der zu bindende Port, 0 bis 65535; bei 0 wählt der Kernel einen freien.</translation>
    </message>
    <message>
        <source>/tmp/server.sock or @abstract-name</source>
        <translation>/tmp/server.sock oder @abstrakter-name</translation>
    </message>
    <message>
        <source>The socket file bind() creates (removed again on Stop), or @name for a Linux abstract name that needs no file.</source>
        <translation>Die Socket-Datei, die bind() anlegt (beim Stoppen wieder entfernt), oder @name für einen abstrakten Linux-Namen, der keine Datei braucht.</translation>
    </message>
    <message>
        <source>Remove a stale socket file</source>
        <translation>Verwaiste Socket-Datei löschen</translation>
    </message>
    <message>
        <source>unlink() a socket file left behind by a server that is gone (nothing answers a connect to it). Any other file at the path is never touched.</source>
        <translation>Eine Socket-Datei mit unlink() löschen, die ein nicht mehr laufender Server zurückgelassen hat (auf ein connect dorthin antwortet niemand). Jede andere Datei unter dem Pfad bleibt unangetastet.</translation>
    </message>
    <message>
        <source>SOMAXCONN</source>
        <translation>SOMAXCONN</translation>
    </message>
    <message>
        <source>listen()&apos;s backlog: how many connections the kernel completes and queues before accept() takes them.</source>
        <translation>Das Backlog von listen(): wie viele Verbindungen der Kernel fertig aufbaut und in die Warteschlange stellt, bevor accept() sie abholt.</translation>
    </message>
    <message>
        <source>Accept automatically</source>
        <translation>Automatisch annehmen</translation>
    </message>
    <message>
        <source>Accept by hand</source>
        <translation>Von Hand annehmen</translation>
    </message>
    <message>
        <source>By hand: connections wait in the backlog (the kernel has done the handshake) until you press Accept (Ctrl+Shift+A); the listener&apos;s Recv-Q counts them.</source>
        <translation>Von Hand: Verbindungen warten im Backlog (der Kernel hat den Handshake erledigt), bis Sie „Annehmen“ drücken (Ctrl+Shift+A); das Recv-Q des lauschenden Sockets zählt sie.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>socket(), setsockopt(SO_REUSEADDR), bind(), listen(), getsockname() (Ctrl+Return).</source>
        <translation>socket(), setsockopt(SO_REUSEADDR), bind(), listen(), getsockname() (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>close() every client and the listening socket (Ctrl+.).</source>
        <translation>close() für jeden Client und den lauschenden Socket (Ctrl+.).</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>Optionen …</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on the listening socket, on the socket options page.</source>
        <translation>getsockopt/setsockopt auf dem lauschenden Socket, auf der Seite Socket-Optionen.</translation>
    </message>
    <message>
        <source>Read with NETLINK_SOCK_DIAG as ss -l does, twice a second while accepting by hand (those reads are not journalled).</source>
        <translation>Mit NETLINK_SOCK_DIAG gelesen, wie ss -l es tut, zweimal pro Sekunde, solange von Hand angenommen wird (diese Lesevorgänge kommen nicht ins Protokoll).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>accept4() the oldest waiting connection (Ctrl+Shift+A).</source>
        <translation>Die älteste wartende Verbindung mit accept4() annehmen (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>&amp;Backlog</translation>
    </message>
    <message>
        <source>Bound (getsockname):</source>
        <translation>Gebunden (getsockname):</translation>
    </message>
    <message>
        <source>Connected clients (streams) or the datagram peers heard from. Select one to see its transcript and to answer it.</source>
        <translation>Verbundene Clients (Streams) oder die Datagramm-Gegenstellen, von denen etwas kam. Wählen Sie einen Eintrag, um seine Mitschrift zu sehen und ihm zu antworten.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD)</source>
        <translation>shutdown(SHUT_RD)</translation>
    </message>
    <message>
        <source>Stop receiving from this client; it is not told.</source>
        <translation>Nichts mehr von diesem Client empfangen; er erfährt davon nichts.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR)</source>
        <translation>shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>Half-close: the client gets a FIN and reads end-of-file; it can still send.</source>
        <translation>Halbes Schließen: Der Client bekommt ein FIN und liest Dateiende; er kann weiterhin senden.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RDWR)</source>
        <translation>shutdown(SHUT_RDWR)</translation>
    </message>
    <message>
        <source>Both directions.</source>
        <translation>Beide Richtungen.</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>An orderly close: unsent data goes out, then a FIN (Ctrl+Shift+W).</source>
        <translation>Ein geordnetes Schließen: Noch nicht gesendete Daten gehen hinaus, dann ein FIN (Ctrl+Shift+W).</translation>
    </message>
    <message>
        <source>Reset (RST)</source>
        <translation>Zurücksetzen (RST)</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0} then close(): the client gets a RST and sees ECONNRESET.</source>
        <translation>SO_LINGER {1, 0}, dann close(): Der Client bekommt ein RST und sieht ECONNRESET.</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on this client&apos;s accepted socket, on the socket options page.</source>
        <translation>getsockopt/setsockopt auf dem angenommenen Socket dieses Clients, auf der Seite Socket-Optionen.</translation>
    </message>
    <message>
        <source>239.1.2.3 or ff12::1</source>
        <translation>239.1.2.3 oder ff12::1</translation>
    </message>
    <message>
        <source>A multicast group: 224.0.0.0/4 for IPv4, ff00::/8 for IPv6, of the socket&apos;s family.</source>
        <translation>Eine Multicast-Gruppe aus der Adressfamilie des Sockets: 224.0.0.0/4 bei IPv4, ff00::/8 bei IPv6.</translation>
    </message>
    <message>
        <source>empty: any source</source>
        <translation>leer: jede Quelle</translation>
    </message>
    <message>
        <source>IPv4 only: receive from this source alone (IP_ADD_SOURCE_MEMBERSHIP, 232.0.0.0/8).</source>
        <translation>Nur IPv4: nur von dieser einen Quelle empfangen (IP_ADD_SOURCE_MEMBERSHIP, 232.0.0.0/8).</translation>
    </message>
    <message>
        <source>empty: by the route</source>
        <translation>leer: nach der Route</translation>
    </message>
    <message>
        <source>The interface to join on, by name (lo) or index.</source>
        <translation>Die Schnittstelle, auf der beigetreten wird, per Name (lo) oder Index.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>IP_ADD_MEMBERSHIP, IP_ADD_SOURCE_MEMBERSHIP or IPV6_JOIN_GROUP.</source>
        <translation>IP_ADD_MEMBERSHIP, IP_ADD_SOURCE_MEMBERSHIP oder IPV6_JOIN_GROUP.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP or IPV6_LEAVE_GROUP.</source>
        <translation>IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP oder IPV6_LEAVE_GROUP.</translation>
    </message>
    <message>
        <source>The groups this socket has joined; pick one to fill in the fields for Leave.</source>
        <translation>Die Gruppen, denen dieser Socket beigetreten ist; wählen Sie eine, um die Felder für „Verlassen“ auszufüllen.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Schnittstelle</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Give a multicast group, e.g. 239.1.2.3 or ff12::1.</source>
        <translation>Geben Sie eine Multicast-Gruppe an, z. B. 239.1.2.3 oder ff12::1.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation>Text + Hex</translation>
    </message>
    <message>
        <source>Hex pages (received)</source>
        <translation>Hex-Seiten (empfangen)</translation>
    </message>
    <message>
        <source>Show each chunk as text (control bytes as C escapes), as a hex dump, or both.</source>
        <translation>Zeigt jedes Stück als Text (Steuerbytes als C-Escapes), als Hexdump oder beides.</translation>
    </message>
    <message>
        <source>Each client&apos;s transcript keeps its last %1 KiB; what went before is counted here.</source>
        <translation>Die Mitschrift jedes Clients behält die letzten %1 KiB; was davor lag, wird hier gezählt.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>To the selected client</source>
        <translation>An den ausgewählten Client</translation>
    </message>
    <message>
        <source>To every client</source>
        <translation>An alle Clients</translation>
    </message>
    <message>
        <source>send() (sendto() for datagram peers) to the client selected in the list, or to all.</source>
        <translation>send() (sendto() bei Datagramm-Gegenstellen) an den in der Liste ausgewählten Client oder an alle.</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C-Escapes</translation>
    </message>
    <message>
        <source>Text: as typed, plus the line ending. C escapes: \r \n \t \0 \\ \xHH \NNN. Hex: byte pairs, spaces, commas and 0x allowed.</source>
        <translation>Text: wie eingegeben, plus Zeilenende. C-Escapes: \r \n \t \0 \\ \xHH \NNN. Hex: Bytepaare; Leerzeichen, Kommas und 0x sind erlaubt.</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Appended to text.</source>
        <translation>Wird an Text angehängt.</translation>
    </message>
    <message>
        <source>The reply, e.g. HTTP/1.0 200 OK</source>
        <translation>Die Antwort, z. B. HTTP/1.0 200 OK</translation>
    </message>
    <message>
        <source>What to send back. Return sends.</source>
        <translation>Was zurückgesendet wird. Die Eingabetaste sendet.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>send() the bytes to the chosen client(s) (Return in the field).</source>
        <translation>send() mit den Bytes an den oder die gewählten Clients (Eingabetaste im Feld).</translation>
    </message>
    <message>
        <source>Give a socket file path such as /tmp/server.sock, or @name for an abstract name.</source>
        <translation>Geben Sie einen Socket-Dateipfad wie /tmp/server.sock an oder @name für einen abstrakten Namen.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Give a numeric address to bind: 127.0.0.1, ::1, 0.0.0.0 or ::.</source>
        <translation>Geben Sie eine numerische Adresse zum Binden an: 127.0.0.1, ::1, 0.0.0.0 oder ::.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source> Tick “Remove a stale socket file” to unlink it first.</source>
        <translation> Aktivieren Sie „Verwaiste Socket-Datei löschen“, um sie zuerst mit unlink() zu entfernen.</translation>
    </message>
    <message>
        <source> (IPV6_V6ONLY 1: IPv6 only)</source>
        <translation> (IPV6_V6ONLY 1: nur IPv6)</translation>
    </message>
    <message>
        <source> (IPV6_V6ONLY 0: dual stack)</source>
        <translation> (IPV6_V6ONLY 0: Dual-Stack)</translation>
    </message>
    <message>
        <source>Listening on %1: clients that connect appear in the list.</source>
        <translation>Lauscht auf %1: Clients, die sich verbinden, erscheinen in der Liste.</translation>
    </message>
    <message>
        <source>Bound to %1: each sender appears in the list with its first datagram.</source>
        <translation>An %1 gebunden: Jeder Absender erscheint mit seinem ersten Datagramm in der Liste.</translation>
    </message>
    <message>
        <source>Client %1 — %2</source>
        <translation>Client %1 — %2</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Kein Client ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier chunk(s) dropped (%1 bytes)</source>
        <translation>
            <numerusform>%n früheres Stück verworfen (%1 Bytes)</numerusform>
            <numerusform>%n frühere Stücke verworfen (%1 Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a client in the list first, or choose “To every client”.</source>
        <translation>Wählen Sie zuerst einen Client in der Liste aus, oder wählen Sie „An alle Clients“.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SO_BROADCAST (replies may go to a broadcast address)</source>
        <translation>SO_BROADCAST (Antworten dürfen an eine Broadcast-Adresse gehen)</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST) on the bound UDP socket: without it a reply to a broadcast address (10.0.0.255, 255.255.255.255) fails with EACCES. Set at once, or at Start.</source>
        <translation>setsockopt(SO_BROADCAST) auf dem gebundenen UDP-Socket: Ohne diese Option scheitert eine Antwort an eine Broadcast-Adresse (10.0.0.255, 255.255.255.255) mit EACCES. Wird sofort gesetzt oder beim Starten.</translation>
    </message>
    <message>
        <source>TLS handshakes finished %1, failed or stalled %2 (those clients were dropped and their sockets closed)</source>
        <translation>TLS-Handshakes abgeschlossen %1, gescheitert oder hängen geblieben %2 (diese Clients wurden getrennt und ihre Sockets geschlossen)</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Selected client&apos;s TLS session</source>
        <translation>TLS-Sitzung des ausgewählten Clients</translation>
    </message>
    <message>
        <source>No client certificate: the client sent none.</source>
        <translation>Kein Client-Zertifikat: Der Client hat keines gesendet.</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <source>Messages kept between runs, shared with the client console: send one or a sequence, once or repeated, to the client(s) chosen under Reply.</source>
        <translation>Nachrichten, die zwischen Programmstarts erhalten bleiben, gemeinsam mit der Client-Konsole: Senden Sie eine einzelne oder eine Folge, einmal oder wiederholt, an den oder die unter „Antwort“ gewählten Clients.</translation>
    </message>
    <message>
        <source>No client yet: saved messages go to the clients in the list.</source>
        <translation>Noch kein Client: Gespeicherte Nachrichten gehen an die Clients in der Liste.</translation>
    </message>
    <message>
        <source>Start the server first: saved messages go to its clients.</source>
        <translation>Starten Sie zuerst den Server: Gespeicherte Nachrichten gehen an seine Clients.</translation>
    </message>
    <message>
        <source>Select a client in the Clients list first, or choose “To every client” under Reply.</source>
        <translation>Wählen Sie zuerst einen Client in der Liste „Clients“ aus, oder wählen Sie „An alle Clients“ unter „Antwort“.</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerConsoleWorker</name>
    <message>
        <source>nothing is sent: the client is not told and may go on sending; our recv() returns 0 from now on</source>
        <translation>es wird nichts gesendet: Der Client erfährt nichts davon und darf weiter senden; unser recv() liefert ab jetzt 0</translation>
    </message>
    <message>
        <source>the client receives a FIN: its recv() returns 0 once it has read everything; it can still send to us</source>
        <translation>der Client erhält ein FIN: Sein recv() liefert 0, sobald er alles gelesen hat; er kann uns weiterhin Daten senden</translation>
    </message>
    <message>
        <source>the client receives a FIN and its recv() returns 0; what it sends afterwards is answered with a RST</source>
        <translation>der Client erhält ein FIN, und sein recv() liefert 0; was er danach sendet, wird mit einem RST beantwortet</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>der Server wurde gestoppt</translation>
    </message>
    <message>
        <source>accept() needs a listening stream socket: start a TCP or unix stream server first</source>
        <translation>accept() braucht einen lauschenden Stream-Socket: Starten Sie zuerst einen TCP- oder Unix-Stream-Server</translation>
    </message>
    <message>
        <source>accept4() = -1 EAGAIN: no connection is waiting in the backlog</source>
        <translation>accept4() = -1 EAGAIN: Im Backlog wartet keine Verbindung</translation>
    </message>
    <message>
        <source>accepted and closed at once: over the limit of peers</source>
        <translation>angenommen und sofort geschlossen: über der Höchstzahl an Gegenstellen</translation>
    </message>
    <message>
        <source>accept4() = a new socket for %1</source>
        <translation>accept4() = ein neuer Socket für %1</translation>
    </message>
    <message>
        <source>recv() failed: %1</source>
        <translation>recv() ist gescheitert: %1</translation>
    </message>
    <message>
        <source>recv() = 0: the client closed its sending side (EOF)</source>
        <translation>recv() = 0: Der Client hat seine Senderichtung geschlossen (EOF)</translation>
    </message>
    <message>
        <source>recvfrom() failed: %1</source>
        <translation>recvfrom() ist gescheitert: %1</translation>
    </message>
    <message>
        <source>forgotten: the list keeps the most recent datagram peers</source>
        <translation>vergessen: Die Liste behält nur die jüngsten Datagramm-Gegenstellen</translation>
    </message>
    <message>
        <source>truncated: the datagram had %1 bytes</source>
        <translation>gekürzt: Das Datagramm hatte %1 Bytes</translation>
    </message>
    <message>
        <source>send() = -1 EAGAIN: the client&apos;s receive window and our send buffer are full; nothing was sent</source>
        <translation>send() = -1 EAGAIN: Das Empfangsfenster des Clients und unser Sendepuffer sind voll; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>send() failed: %1</source>
        <translation>send() ist gescheitert: %1</translation>
    </message>
    <message>
        <source>auto-reply (rule %1)</source>
        <translation>automatische Antwort (Regel %1)</translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation>der Server läuft nicht</translation>
    </message>
    <message>
        <source>that client is gone</source>
        <translation>dieser Client ist nicht mehr da</translation>
    </message>
    <message>
        <source>this datagram sender has no address to answer (an unnamed unix socket)</source>
        <translation>dieser Datagramm-Absender hat keine Adresse, an die geantwortet werden kann (ein unbenannter Unix-Socket)</translation>
    </message>
    <message numerus="yes">
        <source>sent to %n client(s)</source>
        <translation>
            <numerusform>an %n Client gesendet</numerusform>
            <numerusform>an %n Clients gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = -1: %2</source>
        <translation>%1 = -1: %2</translation>
    </message>
    <message>
        <source>%1 = 0: %2</source>
        <translation>%1 = 0: %2</translation>
    </message>
    <message>
        <source>close(cfd) = -1: %1</source>
        <translation>close(cfd) = -1: %1</translation>
    </message>
    <message>
        <source>close(cfd) = 0: the client receives a FIN after the unsent data; its recv() returns 0</source>
        <translation>close(cfd) = 0: Der Client erhält nach den noch nicht gesendeten Daten ein FIN; sein recv() liefert 0</translation>
    </message>
    <message>
        <source>forgotten: a datagram peer has no connection to close</source>
        <translation>vergessen: Eine Datagramm-Gegenstelle hat keine Verbindung, die geschlossen werden könnte</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER {1, 0}), close(cfd) failed: %1</source>
        <translation>setsockopt(SO_LINGER {1, 0}), close(cfd) ist gescheitert: %1</translation>
    </message>
    <message>
        <source>setsockopt(cfd, SOL_SOCKET, SO_LINGER, {1, 0}), close(cfd) = 0: the client receives a RST; its next recv() or send() fails with ECONNRESET</source>
        <translation>setsockopt(cfd, SOL_SOCKET, SO_LINGER, {1, 0}), close(cfd) = 0: Der Client erhält ein RST; sein nächstes recv() oder send() scheitert mit ECONNRESET</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>%1 beigetreten</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 verlassen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>SSL_read() failed: %1</source>
        <translation>SSL_read() ist gescheitert: %1</translation>
    </message>
    <message>
        <source>SSL_read() = 0: the client ended TLS with close_notify (EOF)</source>
        <translation>SSL_read() = 0: Der Client hat TLS mit close_notify beendet (EOF)</translation>
    </message>
    <message>
        <source>SSL_read() = 0: the client closed the TCP connection without close_notify (EOF; a truncation attack would look the same)</source>
        <translation>SSL_read() = 0: Der Client hat die TCP-Verbindung ohne close_notify geschlossen (EOF; ein Trunkierungsangriff sähe genauso aus)</translation>
    </message>
    <message>
        <source>SSL_write() failed: %1</source>
        <translation>SSL_write() ist gescheitert: %1</translation>
    </message>
    <message>
        <source>%1 bytes wait in the TLS session for the socket to take them</source>
        <translation>%1 Bytes warten in der TLS-Sitzung darauf, dass der Socket sie aufnimmt</translation>
    </message>
    <message>
        <source>SO_BROADCAST is for a bound UDP socket: start the UDP server first</source>
        <translation>SO_BROADCAST gilt für einen gebundenen UDP-Socket: Zuerst den UDP-Server starten</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST) failed: %1</source>
        <translation>setsockopt(SO_BROADCAST) ist gescheitert: %1</translation>
    </message>
    <message>
        <source>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 1) = 0; getsockopt reads %1: replies may now go to a broadcast address</source>
        <translation>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 1) = 0; getsockopt liest %1: Antworten dürfen jetzt an eine Broadcast-Adresse gehen</translation>
    </message>
    <message>
        <source>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 0) = 0; getsockopt reads %1: a reply to a broadcast address fails with EACCES</source>
        <translation>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 0) = 0; getsockopt liest %1: Eine Antwort an eine Broadcast-Adresse scheitert mit EACCES</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>SSL_accept() = 1: the TLS handshake is done: %1, %2</source>
        <translation>SSL_accept() = 1: Der TLS-Handshake ist abgeschlossen: %1, %2</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>, ALPN %1</translation>
    </message>
    <message>
        <source>, client certificate %1</source>
        <translation>, Client-Zertifikat %1</translation>
    </message>
    <message>
        <source>dropped: the TLS handshake did not finish within %1 ms (the client stalled, or it is not a TLS client and waits for the server to speak first); its socket is closed</source>
        <translation>getrennt: Der TLS-Handshake wurde nicht binnen %1 ms abgeschlossen (der Client hängt, oder er ist kein TLS-Client und wartet darauf, dass der Server zuerst spricht); sein Socket ist geschlossen</translation>
    </message>
    <message>
        <source>dropped: the TLS handshake failed: %1; its socket is closed</source>
        <translation>getrennt: Der TLS-Handshake ist gescheitert: %1; sein Socket ist geschlossen</translation>
    </message>
    <message>
        <source>client %1: %2</source>
        <translation>Client %1: %2</translation>
    </message>
    <message>
        <source>send() failed: %1; the repeat leaves this client out</source>
        <translation>send() fehlgeschlagen: %1; die Wiederholung lässt diesen Client aus</translation>
    </message>
    <message>
        <source>the client is gone or cannot take more</source>
        <translation>der Client ist weg oder kann nichts mehr aufnehmen</translation>
    </message>
    <message>
        <source>no client left to send to</source>
        <translation>kein Client mehr, an den gesendet werden kann</translation>
    </message>
    <message>
        <source>… %L1 more bytes sent by the repeat, not shown</source>
        <translation>… %L1 weitere Bytes von der Wiederholung gesendet, nicht angezeigt</translation>
    </message>
    <message>
        <source>repeat stopped after %L1 of %L2 messages</source>
        <translation>Wiederholung nach %L1 von %L2 Nachrichten angehalten</translation>
    </message>
    <message>
        <source>repeat ended after %L1 of %L2 messages: %3</source>
        <translation>Wiederholung nach %L1 von %L2 Nachrichten beendet: %3</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerPeerModel</name>
    <message>
        <source>recv failed</source>
        <translation>recv fehlgeschlagen</translation>
    </message>
    <message>
        <source>EOF seen</source>
        <translation>EOF erhalten</translation>
    </message>
    <message>
        <source>shut RDWR</source>
        <translation>RDWR geschlossen</translation>
    </message>
    <message>
        <source>shut RD</source>
        <translation>RD geschlossen</translation>
    </message>
    <message>
        <source>shut WR</source>
        <translation>WR geschlossen</translation>
    </message>
    <message>
        <source>no reply address</source>
        <translation>keine Antwortadresse</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Client %1 at %2: %3 bytes received, %4 sent; %5.</source>
        <translation>Client %1 an %2: %3 Bytes empfangen, %4 gesendet; %5.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation>TLS-Handshake …</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>, ALPN %1</translation>
    </message>
    <message>
        <source>, client certificate</source>
        <translation>, Client-Zertifikat</translation>
    </message>
    <message>
        <source>TLS ended</source>
        <translation>TLS beendet</translation>
    </message>
</context>
<context>
    <name>sockscope::ServicesPage</name>
    <message>
        <source>/etc/services gives the well-known ports a name: http is port 80 over tcp. getservent reads it entry by entry as a struct servent (s_name, s_aliases, s_port, s_proto), with s_port in network byte order. setservent rewinds, endservent closes. getservbyname finds a service by name, getservbyport by port, which must also be passed in network byte order. None of them is thread-safe, so SockScope holds one lock around each whole sequence and uses the reentrant _r variants for single lookups.</source>
        <translation>/etc/services gibt den bekannten Ports einen Namen: http ist Port 80 über tcp. getservent liest sie Eintrag für Eintrag als struct servent (s_name, s_aliases, s_port, s_proto), mit s_port in Netzwerk-Bytereihenfolge. setservent spult zurück, endservent schließt. getservbyname findet einen Dienst über den Namen, getservbyport über den Port, der ebenfalls in Netzwerk-Bytereihenfolge übergeben werden muss. Keine davon ist threadsicher, daher hält SockScope eine Sperre um jede ganze Abfolge und verwendet für einzelne Abfragen die reentranten _r-Varianten.</translation>
    </message>
    <message>
        <source>One service: getservbyname_r or getservbyport_r</source>
        <translation>Ein Dienst: getservbyname_r oder getservbyport_r</translation>
    </message>
    <message>
        <source>http, ssh, domain… or a port such as 443</source>
        <translation>http, ssh, domain … oder ein Port wie 443</translation>
    </message>
    <message>
        <source>A name (const char *name of getservbyname, matched against s_name and s_aliases) or a port 0–65535 (int port of getservbyport, which SockScope converts with htons as the function demands). Enter looks it up.</source>
        <translation>Ein Name (const char *name von getservbyname, verglichen mit s_name und s_aliases) oder ein Port 0–65535 (int port von getservbyport, den SockScope wie von der Funktion verlangt mit htons umwandelt). Eingabe startet die Abfrage.</translation>
    </message>
    <message>
        <source>any (NULL)</source>
        <translation>beliebig (NULL)</translation>
    </message>
    <message>
        <source>const char *proto: only entries with this s_proto match; NULL matches any protocol, and the first matching entry in the file wins.</source>
        <translation>const char *proto: Nur Einträge mit diesem s_proto passen; NULL passt zu jedem Protokoll, und der erste passende Eintrag in der Datei gewinnt.</translation>
    </message>
    <message>
        <source>Runs getservbyport_r for a port, getservbyname_r for a name, on a worker thread.</source>
        <translation>Führt in einem Worker-Thread getservbyport_r für einen Port bzw. getservbyname_r für einen Namen aus.</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Name or port:</source>
        <translation>&amp;Name oder Port:</translation>
    </message>
    <message>
        <source>The struct servent found: s_name (official name), s_proto (protocol), s_aliases (other names).</source>
        <translation>Das gefundene struct servent: s_name (offizieller Name), s_proto (Protokoll), s_aliases (weitere Namen).</translation>
    </message>
    <message>
        <source>the service entry</source>
        <translation>den Diensteintrag</translation>
    </message>
    <message>
        <source>int s_port holds the port in network byte order (big-endian, as on the wire); ntohs(s_port) gives the number people write.</source>
        <translation>int s_port enthält den Port in Netzwerk-Bytereihenfolge (Big-Endian, wie auf der Leitung); ntohs(s_port) ergibt die Zahl, die Menschen schreiben.</translation>
    </message>
    <message>
        <source>s_port:</source>
        <translation>s_port:</translation>
    </message>
    <message>
        <source>s_name</source>
        <translation>s_name</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>s_proto</source>
        <translation>s_proto</translation>
    </message>
    <message>
        <source>s_aliases</source>
        <translation>s_aliases</translation>
    </message>
    <message>
        <source>s_port (network order)</source>
        <translation>s_port (Netzwerk-Reihenfolge)</translation>
    </message>
    <message>
        <source>char *s_name: the official name of the service.</source>
        <translation>char *s_name: der offizielle Name des Dienstes.</translation>
    </message>
    <message>
        <source>The port in host byte order: ntohs(s_port), the number people write.</source>
        <translation>Der Port in Host-Bytereihenfolge: ntohs(s_port), die Zahl, die Menschen schreiben.</translation>
    </message>
    <message>
        <source>char *s_proto: the protocol to use with it (tcp, udp…).</source>
        <translation>char *s_proto: das Protokoll, mit dem er zu verwenden ist (tcp, udp …).</translation>
    </message>
    <message>
        <source>char **s_aliases: other names for it, NULL-terminated.</source>
        <translation>char **s_aliases: weitere Namen dafür, mit NULL abgeschlossen.</translation>
    </message>
    <message>
        <source>int s_port exactly as stored, in network byte order, read as a number on this host.</source>
        <translation>int s_port genau wie gespeichert, in Netzwerk-Bytereihenfolge, auf diesem Host als Zahl gelesen.</translation>
    </message>
    <message>
        <source>What stayopen does in glibc today: setservent(1) keeps /etc/services open, so getservbyname and getservbyport reuse the open file instead of closing it after each query as they do after setservent(0). It also rewinds getservent to the first entry. It changes only how the file is handled, never the answers: the list is the same either way.</source>
        <translation>Was stayopen in der heutigen glibc bewirkt: setservent(1) hält /etc/services offen, sodass getservbyname und getservbyport die offene Datei wiederverwenden, statt sie nach jeder Abfrage zu schließen, wie sie es nach setservent(0) tun. Außerdem spult es getservent auf den ersten Eintrag zurück. Es ändert nur den Umgang mit der Datei, nie die Antworten: Die Liste ist in beiden Fällen dieselbe.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>The services database: getservent, setservent(stayopen), getservbyname and getservbyport, with s_port in network byte order.</source>
        <translation>Die Dienstedatenbank: getservent, setservent(stayopen), getservbyname und getservbyport, mit s_port in Netzwerk-Bytereihenfolge.</translation>
    </message>
    <message>
        <source>Type a service name (such as http) or a port from 0 to 65535.</source>
        <translation>Geben Sie einen Dienstnamen (etwa http) oder einen Port von 0 bis 65535 ein.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any protocol</source>
        <translation>beliebiges Protokoll</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>No service “%1” for %2 in the database: %3 returned 0 with the result pointer set to NULL. Check the name (case-sensitive) or the port, or choose another protocol.</source>
        <translation>Kein Dienst „%1“ für %2 in der Datenbank: %3 lieferte 0 und setzte den Ergebniszeiger auf NULL. Prüfen Sie den Namen (Groß-/Kleinschreibung zählt) oder den Port, oder wählen Sie ein anderes Protokoll.</translation>
    </message>
    <message>
        <source>s_name %1 · s_proto %2 · s_aliases %3</source>
        <translation>s_name %1 · s_proto %2 · s_aliases %3</translation>
    </message>
    <message>
        <source>%1 as stored (network byte order; this %2 host reads those two bytes as %3), so the port is ntohs(s_port) = %4. htons does the opposite: a program passes htons(%4) = %1 to getservbyport.</source>
        <translation>%1 wie gespeichert (Netzwerk-Bytereihenfolge; dieser %2-Host liest diese zwei Bytes als %3), daher ist der Port ntohs(s_port) = %4. htons macht das Gegenteil: Ein Programm übergibt htons(%4) = %1 an getservbyport.</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>Little-Endian</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>Big-Endian</translation>
    </message>
</context>
<context>
    <name>sockscope::SockaddrLayoutPage</name>
    <message>
        <source>bind, connect and accept take a pointer to a socket address structure and its length. Each family has its own structure: sockaddr_in for IPv4, sockaddr_in6 for IPv6 and sockaddr_un for Unix domain sockets. All of them start with the family, and the socket calls see them through the generic struct sockaddr.</source>
        <translation>bind, connect und accept nehmen einen Zeiger auf eine Socket-Adressstruktur und deren Länge. Jede Familie hat ihre eigene Struktur: sockaddr_in für IPv4, sockaddr_in6 für IPv6 und sockaddr_un für Unix-Domain-Sockets. Alle beginnen mit der Familie, und die Socket-Aufrufe sehen sie über das allgemeine struct sockaddr.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>struct sockaddr_in (IPv4)</source>
        <translation>struct sockaddr_in (IPv4)</translation>
    </message>
    <message>
        <source>struct sockaddr_in6 (IPv6)</source>
        <translation>struct sockaddr_in6 (IPv6)</translation>
    </message>
    <message>
        <source>struct sockaddr_un (Unix domain)</source>
        <translation>struct sockaddr_un (Unix-Domain)</translation>
    </message>
    <message>
        <source>Which socket address structure to fill in.</source>
        <translation>Welche Socket-Adressstruktur ausgefüllt werden soll.</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Struktur:</translation>
    </message>
    <message>
        <source>sin_addr, a struct in_addr: the IPv4 address, converted with inet_pton(AF_INET, …) into four bytes in network order.</source>
        <translation>sin_addr, ein struct in_addr: die IPv4-Adresse, mit inet_pton(AF_INET, …) in vier Bytes in Netzwerk-Bytereihenfolge umgewandelt.</translation>
    </message>
    <message>
        <source>IPv4 &amp;address:</source>
        <translation>IPv4-&amp;Adresse:</translation>
    </message>
    <message>
        <source>sin6_addr, a struct in6_addr: the IPv6 address, converted with inet_pton(AF_INET6, …). A %interface suffix (a name or a number) sets sin6_scope_id, needed for link-local addresses.</source>
        <translation>sin6_addr, ein struct in6_addr: die IPv6-Adresse, mit inet_pton(AF_INET6, …) umgewandelt. Ein Suffix %interface (ein Name oder eine Nummer) setzt sin6_scope_id, das link-lokale Adressen brauchen.</translation>
    </message>
    <message>
        <source>IPv6 &amp;address:</source>
        <translation>IPv6-&amp;Adresse:</translation>
    </message>
    <message>
        <source>sin_port or sin6_port, an in_port_t: the port number 0–65535, stored in network byte order with htons.</source>
        <translation>sin_port oder sin6_port, ein in_port_t: die Portnummer 0–65535, mit htons in Netzwerk-Bytereihenfolge gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>sin6_flowinfo, a uint32_t: the IPv6 flow label, 0–0xfffff (20 bits), in network byte order. Almost always 0.</source>
        <translation>sin6_flowinfo, ein uint32_t: das IPv6-Flow-Label, 0–0xfffff (20 Bit), in Netzwerk-Bytereihenfolge. Fast immer 0.</translation>
    </message>
    <message>
        <source>&amp;Flow label:</source>
        <translation>&amp;Flow-Label:</translation>
    </message>
    <message>
        <source>sun_path: the socket&apos;s filesystem path, or @name for a Linux abstract name (stored with a leading NUL byte instead of the @).</source>
        <translation>sun_path: der Dateisystempfad des Sockets oder @name für einen abstrakten Linux-Namen (gespeichert mit einem führenden NUL-Byte statt des @).</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>The structure itself</source>
        <translation>Die Struktur selbst</translation>
    </message>
    <message>
        <source>As struct sockaddr</source>
        <translation>Als struct sockaddr</translation>
    </message>
    <message>
        <source>As struct sockaddr_storage</source>
        <translation>Als struct sockaddr_storage</translation>
    </message>
    <message>
        <source>The structure the program fills in.</source>
        <translation>Die Struktur, die das Programm ausfüllt.</translation>
    </message>
    <message>
        <source>The same bytes through struct sockaddr, the type bind() and connect() are declared with: only the family and 14 bytes of sa_data.</source>
        <translation>Dieselben Bytes durch struct sockaddr gesehen, den Typ, mit dem bind() und connect() deklariert sind: nur die Familie und 14 Bytes sa_data.</translation>
    </message>
    <message>
        <source>The same bytes in struct sockaddr_storage, which is large enough and aligned for any socket address: use it when the family is known only at run time (accept, recvfrom).</source>
        <translation>Dieselben Bytes in struct sockaddr_storage, das groß genug und passend ausgerichtet für jede Socket-Adresse ist: Verwenden Sie es, wenn die Familie erst zur Laufzeit bekannt ist (accept, recvfrom).</translation>
    </message>
    <message>
        <source>View as:</source>
        <translation>Ansicht als:</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation>Bytes (hex)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>Bytereihenfolge</translation>
    </message>
    <message>
        <source>Bytes from the start of the structure (offsetof).</source>
        <translation>Bytes ab dem Anfang der Struktur (offsetof).</translation>
    </message>
    <message>
        <source>The field&apos;s size in bytes (sizeof).</source>
        <translation>Die Größe des Felds in Bytes (sizeof).</translation>
    </message>
    <message>
        <source>The field&apos;s C type.</source>
        <translation>Der C-Typ des Felds.</translation>
    </message>
    <message>
        <source>The field&apos;s name in the C structure.</source>
        <translation>Der Name des Felds in der C-Struktur.</translation>
    </message>
    <message>
        <source>The field&apos;s bytes as they lie in memory, lowest address first.</source>
        <translation>Die Bytes des Felds, wie sie im Speicher liegen, niedrigste Adresse zuerst.</translation>
    </message>
    <message>
        <source>The field&apos;s value, decoded.</source>
        <translation>Der Wert des Felds, entschlüsselt.</translation>
    </message>
    <message>
        <source>How a number is stored: in network byte order (big-endian, most significant byte first) or in the host&apos;s order.</source>
        <translation>Wie eine Zahl gespeichert ist: in Netzwerk-Bytereihenfolge (Big-Endian, höchstwertiges Byte zuerst) oder in der des Hosts.</translation>
    </message>
    <message>
        <source>The bytes in memory, 16 to a row, lowest address first; hatched bytes lie beyond the length passed to the system call.</source>
        <translation>Die Bytes im Speicher, 16 pro Zeile, niedrigste Adresse zuerst; schraffierte Bytes liegen jenseits der Länge, die dem Systemaufruf übergeben wird.</translation>
    </message>
    <message>
        <source>Socket address layout</source>
        <translation>Socket-Adressaufbau</translation>
    </message>
    <message>
        <source>sockaddr_in, sockaddr_in6 and sockaddr_un field by field: offsets, sizes, bytes and values.</source>
        <translation>sockaddr_in, sockaddr_in6 und sockaddr_un Feld für Feld: Offsets, Größen, Bytes und Werte.</translation>
    </message>
    <message>
        <source>Where systems differ: 4.4BSD and its descendants (FreeBSD, macOS) put a one-byte length, sa_len, in front of every socket address and make the family one byte, so the offsets there differ from Linux.</source>
        <translation>Wo sich Systeme unterscheiden: 4.4BSD und seine Nachfahren (FreeBSD, macOS) stellen jeder Socket-Adresse eine Ein-Byte-Länge, sa_len, voran und machen die Familie ein Byte groß, daher weichen die Offsets dort von Linux ab.</translation>
    </message>
    <message>
        <source>This system has sa_len.</source>
        <translation>Dieses System hat sa_len.</translation>
    </message>
    <message>
        <source>This system has no sa_len.</source>
        <translation>Dieses System hat kein sa_len.</translation>
    </message>
    <message>
        <source>sun_path holds %1 bytes: a filesystem path may have at most %2 characters, because the terminating NUL needs the last byte.</source>
        <translation>sun_path fasst %1 Bytes: Ein Dateisystempfad darf höchstens %2 Zeichen haben, weil das abschließende NUL das letzte Byte braucht.</translation>
    </message>
    <message>
        <source>On Linux a sun_path that starts with a NUL byte names a socket in the abstract namespace instead of a file (type @name): its length is given by the socklen alone, without a terminating NUL.</source>
        <translation>Unter Linux bezeichnet ein sun_path, der mit einem NUL-Byte beginnt, einen Socket im abstrakten Namensraum statt einer Datei (Eingabe als @name): Seine Länge ergibt sich allein aus socklen, ohne abschließendes NUL.</translation>
    </message>
    <message>
        <source>%1: sizeof is %2 bytes; the program passes %3 as the socklen_t length.</source>
        <translation>%1: sizeof ist %2 Bytes; das Programm übergibt %3 als socklen_t-Länge.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>No structure: correct the marked field.</source>
        <translation>Keine Struktur: Korrigieren Sie das markierte Feld.</translation>
    </message>
</context>
<context>
    <name>sockscope::SocketLabPage</name>
    <message>
        <source>A socket is a file descriptor: create some, then make the chapter&apos;s calls on them one at a time and watch the table. Every call is real and goes to the journal; a call that waits (accept, connect, recv on a blocking socket) can be abandoned. The recipes walk through the chapter&apos;s sequences; Export C writes the session as a program that makes the same calls.</source>
        <translation>Ein Socket ist ein Dateideskriptor: Erzeugen Sie einige und führen Sie dann die Aufrufe des Kapitels einzeln darauf aus, während Sie die Tabelle beobachten. Jeder Aufruf ist echt und kommt ins Protokoll; ein wartender Aufruf (accept, connect, recv auf einem blockierenden Socket) lässt sich abbrechen. Die Rezepte gehen die Abfolgen des Kapitels durch; „Als C exportieren“ schreibt die Sitzung als Programm, das dieselben Aufrufe macht.</translation>
    </message>
    <message>
        <source>The sockets you created, refreshed twice a second. Select one to make calls on it.</source>
        <translation>Die von Ihnen erzeugten Sockets, zweimal pro Sekunde aktualisiert. Wählen Sie einen aus, um Aufrufe darauf auszuführen.</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Optionen …</translation>
    </message>
    <message>
        <source>getsockopt and setsockopt on the selected socket, on the socket options page.</source>
        <translation>getsockopt und setsockopt auf dem ausgewählten Socket, auf der Seite Socket-Optionen.</translation>
    </message>
    <message>
        <source>Close all and start over</source>
        <translation>Alle schließen und neu beginnen</translation>
    </message>
    <message>
        <source>Closes every lab socket and forgets the session (the journal keeps its calls).</source>
        <translation>Schließt jeden Labor-Socket und vergisst die Sitzung (das Protokoll behält ihre Aufrufe).</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What the kernel did</source>
        <translation>Was der Kernel getan hat</translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Interrupt the waiting call: its thread gets a signal without SA_RESTART, so the call returns -1 EINTR (Esc).</source>
        <translation>Unterbricht den wartenden Aufruf: Sein Thread bekommt ein Signal ohne SA_RESTART, sodass der Aufruf -1 EINTR liefert (Esc).</translation>
    </message>
    <message>
        <source>Export &amp;C</source>
        <translation>Als &amp;C exportieren</translation>
    </message>
    <message>
        <source>The session as a C program that makes the same calls in the same order.</source>
        <translation>Die Sitzung als C-Programm, das dieselben Aufrufe in derselben Reihenfolge macht.</translation>
    </message>
    <message>
        <source>Copy the C program</source>
        <translation>C-Programm kopieren</translation>
    </message>
    <message>
        <source>Copied the session as a C program.</source>
        <translation>Die Sitzung wurde als C-Programm kopiert.</translation>
    </message>
    <message>
        <source>Save the C program…</source>
        <translation>C-Programm speichern …</translation>
    </message>
    <message>
        <source>Export &amp;journal</source>
        <translation>Protokoll e&amp;xportieren</translation>
    </message>
    <message>
        <source>The lab&apos;s calls from the call journal, as C code with comments or as JSON.</source>
        <translation>Die Aufrufe des Labors aus dem Aufrufprotokoll, als kommentierter C-Code oder als JSON.</translation>
    </message>
    <message>
        <source>As text…</source>
        <translation>Als Text …</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Als JSON …</translation>
    </message>
    <message>
        <source>the results</source>
        <translation>die Ergebnisse</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%1 on %2 is waiting</source>
        <translation>%1 auf %2 wartet</translation>
    </message>
    <message>
        <source>Socket lab</source>
        <translation>Socket-Labor</translation>
    </message>
    <message>
        <source>Every call on a socket descriptor, one click at a time: socket, bind, listen, accept, connect, send, recv, shutdown, close, dup, fcntl, fstat, lseek …</source>
        <translation>Jeder Aufruf auf einem Socket-Deskriptor, ein Klick nach dem anderen: socket, bind, listen, accept, connect, send, recv, shutdown, close, dup, fcntl, fstat, lseek …</translation>
    </message>
    <message>
        <source>Received: &quot;%1&quot; (hex %2)</source>
        <translation>Empfangen: „%1“ (hex %2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>What the kernel did appears here after each call.</source>
        <translation>Was der Kernel getan hat, erscheint hier nach jedem Aufruf.</translation>
    </message>
    <message>
        <source>Step %1, %2 = %3: %4</source>
        <translation>Schritt %1, %2 = %3: %4</translation>
    </message>
    <message>
        <source>%1 (fd %2, %3)</source>
        <translation>%1 (fd %2, %3)</translation>
    </message>
    <message>
        <source>Save the session as C</source>
        <translation>Sitzung als C speichern</translation>
    </message>
    <message>
        <source>C source (*.c)</source>
        <translation>C-Quelltext (*.c)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the lab&apos;s calls</source>
        <translation>Aufrufe des Labors exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>C code with comments (*.txt)</source>
        <translation>C-Code mit Kommentaren (*.txt)</translation>
    </message>
    <message>
        <source>Exported the lab&apos;s calls (%1) to %2.</source>
        <translation>Die Aufrufe des Labors (%1) wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>That was the recipe&apos;s next step: it is marked done.</source>
        <translation>Das war der nächste Schritt des Rezepts: er ist als erledigt markiert.</translation>
    </message>
    <message>
        <source>Saved the session as C to %1 (build: %2).</source>
        <translation>Die Sitzung als C in %1 gespeichert (bauen: %2).</translation>
    </message>
    <message>
        <source>The reply&apos;s first bytes (hex): %1%2</source>
        <translation>Die ersten Bytes der Antwort (hex): %1%2</translation>
    </message>
</context>
<context>
    <name>sockscope::SocketOptionsPage</name>
    <message>
        <source>0 (off)</source>
        <translation>0 (aus)</translation>
    </message>
    <message>
        <source>1 (on)</source>
        <translation>1 (ein)</translation>
    </message>
    <message>
        <source>{onoff, seconds}, e.g. {1, 5}</source>
        <translation>{onoff, Sekunden}, z. B. {1, 5}</translation>
    </message>
    <message>
        <source>{seconds, microseconds} or seconds, e.g. 1.5</source>
        <translation>{Sekunden, Mikrosekunden} oder Sekunden, z. B. 1.5</translation>
    </message>
    <message>
        <source>e.g. cubic or reno</source>
        <translation>z. B. cubic oder reno</translation>
    </message>
    <message>
        <source>&amp;New scratch socket</source>
        <translation>&amp;Neuer Test-Socket</translation>
    </message>
    <message>
        <source>Close scratch socket</source>
        <translation>Test-Socket schließen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Compare with &amp;defaults</source>
        <translation>Mit Standard&amp;werten vergleichen</translation>
    </message>
    <message>
        <source>getsockopt and setsockopt on any live socket of SockScope: an echo server&apos;s listener or one of its connections, or a scratch socket of any kind. Change a value and Apply: the option is set, then read back, so you see what the kernel actually kept. Every call goes to the journal.</source>
        <translation>getsockopt und setsockopt auf jedem offenen Socket von SockScope: dem lauschenden Socket eines Echo-Servers oder einer seiner Verbindungen oder einem Test-Socket beliebiger Art. Ändern Sie einen Wert und klicken Sie auf „Übernehmen“: Die Option wird gesetzt und dann zurückgelesen, sodass Sie sehen, was der Kernel tatsächlich übernommen hat. Jeder Aufruf kommt ins Protokoll.</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>Socket-Optionen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Every option of the catalogue. Double-click a value (or press F2) to edit it where it can be set; greyed rows say why they cannot. Apply sets the edited values and reads them back.</source>
        <translation>Jede Option des Katalogs. Doppelklicken Sie auf einen Wert (oder drücken Sie F2), um ihn zu bearbeiten, wo er sich setzen lässt; ausgegraute Zeilen sagen, warum nicht. „Übernehmen“ setzt die bearbeiteten Werte und liest sie zurück.</translation>
    </message>
    <message>
        <source>setsockopt for every edited value, each followed by getsockopt (Ctrl+Return).</source>
        <translation>setsockopt für jeden bearbeiteten Wert, jeweils gefolgt von getsockopt (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Forget the edits and read the socket&apos;s options again.</source>
        <translation>Die Änderungen verwerfen und die Optionen des Sockets neu lesen.</translation>
    </message>
    <message>
        <source>Show each option&apos;s value on a fresh socket of the same kind; values that differ are shown in bold.</source>
        <translation>Zeigt den Wert jeder Option auf einem frischen Socket derselben Art; abweichende Werte erscheinen fett.</translation>
    </message>
    <message>
        <source>Pick a socket, or create a scratch socket.</source>
        <translation>Wählen Sie einen Socket oder erzeugen Sie einen Test-Socket.</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Every live socket of the application, grouped by its owner; the list follows sockets as they open and close. A socket that closed stays listed as gone.</source>
        <translation>Jeder offene Socket der Anwendung, nach Eigentümer gruppiert; die Liste folgt den Sockets, während sie geöffnet und geschlossen werden. Ein geschlossener Socket bleibt als verschwunden aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Live socket:</source>
        <translation>Offener &amp;Socket:</translation>
    </message>
    <message>
        <source>IPv4 (AF_INET)</source>
        <translation>IPv4 (AF_INET)</translation>
    </message>
    <message>
        <source>IPv6 (AF_INET6)</source>
        <translation>IPv6 (AF_INET6)</translation>
    </message>
    <message>
        <source>Unix (AF_UNIX)</source>
        <translation>Unix (AF_UNIX)</translation>
    </message>
    <message>
        <source>The domain of a new scratch socket.</source>
        <translation>Die Domäne eines neuen Test-Sockets.</translation>
    </message>
    <message>
        <source>stream (SOCK_STREAM)</source>
        <translation>Stream (SOCK_STREAM)</translation>
    </message>
    <message>
        <source>datagram (SOCK_DGRAM)</source>
        <translation>Datagramm (SOCK_DGRAM)</translation>
    </message>
    <message>
        <source>The type of a new scratch socket.</source>
        <translation>Der Typ eines neuen Test-Sockets.</translation>
    </message>
    <message>
        <source>socket(domain, type, 0): a fresh socket that belongs to this page, to try options on.</source>
        <translation>socket(domain, type, 0): ein frischer Socket, der dieser Seite gehört, um Optionen daran auszuprobieren.</translation>
    </message>
    <message>
        <source>close() the selected scratch socket.</source>
        <translation>close() auf den ausgewählten Test-Socket.</translation>
    </message>
    <message>
        <source>Scratch &amp;kind:</source>
        <translation>Art des &amp;Test-Sockets:</translation>
    </message>
    <message>
        <source>TCP_INFO</source>
        <translation>TCP_INFO</translation>
    </message>
    <message>
        <source>getsockopt(fd, IPPROTO_TCP, TCP_INFO, …) once a second: what TCP knows about the connection.</source>
        <translation>getsockopt(fd, IPPROTO_TCP, TCP_INFO, …) einmal pro Sekunde: was TCP über die Verbindung weiß.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>RTT variance</source>
        <translation>RTT-Varianz</translation>
    </message>
    <message>
        <source>Congestion window</source>
        <translation>Überlastfenster</translation>
    </message>
    <message>
        <source>Retransmits (now / total)</source>
        <translation>Sendewiederholungen (jetzt / gesamt)</translation>
    </message>
    <message>
        <source>Bytes acknowledged</source>
        <translation>Bestätigte Bytes</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>Pfad-MTU</translation>
    </message>
    <message>
        <source>Demonstrations</source>
        <translation>Demonstrationen</translation>
    </message>
    <message>
        <source>SO_RCVTIMEO</source>
        <translation>SO_RCVTIMEO</translation>
    </message>
    <message>
        <source>A UDP socket with a 0.5 s receive timeout waits in recv() for a datagram that never comes: recv() fails with EAGAIN.</source>
        <translation>Ein UDP-Socket mit 0,5 s Empfangs-Timeout wartet in recv() auf ein Datagramm, das nie kommt: recv() scheitert mit EAGAIN.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}</source>
        <translation>SO_LINGER {1, 0}</translation>
    </message>
    <message>
        <source>A server closes a connection with linger on and a time of 0: close() sends a reset, and the client&apos;s recv() fails with ECONNRESET.</source>
        <translation>Ein Server schließt eine Verbindung mit eingeschaltetem Linger und einer Zeit von 0: close() sendet einen Reset, und recv() des Clients scheitert mit ECONNRESET.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR</source>
        <translation>SO_REUSEADDR</translation>
    </message>
    <message>
        <source>A port whose connection sits in TIME_WAIT: bind() fails with EADDRINUSE without SO_REUSEADDR and succeeds with it.</source>
        <translation>Ein Port, dessen Verbindung in TIME_WAIT steht: bind() scheitert ohne SO_REUSEADDR mit EADDRINUSE und gelingt mit der Option.</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY on</source>
        <translation>IPV6_V6ONLY ein</translation>
    </message>
    <message>
        <source>An IPv6 listener on [::] with IPV6_V6ONLY on: a client from 127.0.0.1 is refused.</source>
        <translation>Ein lauschender IPv6-Socket auf [::] mit eingeschaltetem IPV6_V6ONLY: Ein Client von 127.0.0.1 wird abgewiesen.</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY off</source>
        <translation>IPV6_V6ONLY aus</translation>
    </message>
    <message>
        <source>The same listener with IPV6_V6ONLY off: the IPv4 client connects and appears as ::ffff:127.0.0.1.</source>
        <translation>Derselbe lauschende Socket mit ausgeschaltetem IPV6_V6ONLY: Der IPv4-Client verbindet sich und erscheint als ::ffff:127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP_NODELAY latency</source>
        <translation>TCP_NODELAY-Latenz</translation>
    </message>
    <message>
        <source>Small writes against a built-in echo server on loopback, with Nagle&apos;s algorithm on and off: the round-trip times.</source>
        <translation>Kleine Schreibvorgänge an einen eingebauten Echo-Server über Loopback, mit ein- und ausgeschaltetem Nagle-Algorithmus: die Umlaufzeiten.</translation>
    </message>
    <message>
        <source>Demonstration results</source>
        <translation>Ergebnisse der Demonstrationen</translation>
    </message>
    <message>
        <source>Run a demonstration: what the kernel did appears here, in words.</source>
        <translation>Führen Sie eine Demonstration aus: Was der Kernel getan hat, erscheint hier in Worten.</translation>
    </message>
    <message>
        <source>the demonstration results</source>
        <translation>die Ergebnisse der Demonstrationen</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on any live socket, with read-back, defaults, TCP_INFO and demonstrations.</source>
        <translation>getsockopt/setsockopt auf jedem offenen Socket, mit Zurücklesen, Standardwerten, TCP_INFO und Demonstrationen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>    %1 — %2, fd %3</source>
        <translation>    %1 — %2, fd %3</translation>
    </message>
    <message>
        <source>No live sockets: create a scratch socket, or start an echo server.</source>
        <translation>Keine offenen Sockets: Erzeugen Sie einen Test-Socket oder starten Sie einen Echo-Server.</translation>
    </message>
    <message>
        <source>%1: %2, descriptor %3, registry id %4.</source>
        <translation>%1: %2, Deskriptor %3, Registry-ID %4.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese …</translation>
    </message>
    <message>
        <source>TCP_INFO exists for TCP sockets only.</source>
        <translation>TCP_INFO gibt es nur für TCP-Sockets.</translation>
    </message>
    <message>
        <source>Not on this platform.</source>
        <translation>Nicht auf dieser Plattform.</translation>
    </message>
    <message>
        <source>Does not apply to a %1 socket.</source>
        <translation>Gilt nicht für einen %1-Socket.</translation>
    </message>
    <message>
        <source>Edited: press Apply to set it.</source>
        <translation>Bearbeitet: Drücken Sie „Übernehmen“, um den Wert zu setzen.</translation>
    </message>
    <message>
        <source>This socket has been closed by its owner; its last values stay shown, greyed.</source>
        <translation>Dieser Socket wurde von seinem Eigentümer geschlossen; seine letzten Werte bleiben ausgegraut sichtbar.</translation>
    </message>
    <message>
        <source>This socket&apos;s value differs from a fresh socket&apos;s.</source>
        <translation>Der Wert dieses Sockets weicht von dem eines frischen Sockets ab.</translation>
    </message>
    <message>
        <source>TCP_INFO could not be read.</source>
        <translation>TCP_INFO konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 %2 — closed</source>
        <translation>%1 %2 — geschlossen</translation>
    </message>
    <message>
        <source>Refreshed once a second. The journal holds the first read (with the other options); the refreshes are left out, or they would fill it.</source>
        <translation>Jede Sekunde aktualisiert. Das Journal enthält das erste Lesen (mit den anderen Optionen); die Aktualisierungen bleiben weg, sonst füllten sie es.</translation>
    </message>
</context>
<context>
    <name>sockscope::SocketTablePage</name>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>&amp;UDP</source>
        <translation>&amp;UDP</translation>
    </message>
    <message>
        <source>U&amp;nix</source>
        <translation>U&amp;nix</translation>
    </message>
    <message>
        <source>&amp;Listening only</source>
        <translation>Nur &amp;lauschende</translation>
    </message>
    <message>
        <source>Only &amp;SockScope&apos;s</source>
        <translation>Nur die von &amp;SockScope</translation>
    </message>
    <message>
        <source>Refresh every &amp;2 s</source>
        <translation>Alle &amp;2 s aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Optionen …</translation>
    </message>
    <message>
        <source>Every socket of this machine, as the chapter&apos;s netstat -na lists them: its protocol, its state, how many bytes wait in its receive and send queues, its local and peer address, and the process that holds it. SockScope asks the kernel directly, as ss does: a netlink socket (AF_NETLINK, NETLINK_SOCK_DIAG) and one request per family and protocol, answered with one message per socket. Connections that no program holds any more (TIME_WAIT after an active close) are the kernel&apos;s alone: they have no process.</source>
        <translation>Jeder Socket dieses Rechners, wie netstat -na im Kapitel sie auflistet: Protokoll, Zustand, wie viele Bytes in Empfangs- und Sendewarteschlange warten, lokale Adresse und Gegenadresse sowie der Prozess, der ihn hält. SockScope fragt den Kernel direkt, wie ss es tut: ein Netlink-Socket (AF_NETLINK, NETLINK_SOCK_DIAG) und eine Anfrage je Familie und Protokoll, beantwortet mit einer Nachricht je Socket. Verbindungen, die kein Programm mehr hält (TIME_WAIT nach einem aktiven Schließen), gehören nur noch dem Kernel: Sie haben keinen Prozess.</translation>
    </message>
    <message>
        <source>Which sockets</source>
        <translation>Welche Sockets</translation>
    </message>
    <message>
        <source>TCP over IPv4 and IPv6: inet_diag with IPPROTO_TCP.</source>
        <translation>TCP über IPv4 und IPv6: inet_diag mit IPPROTO_TCP.</translation>
    </message>
    <message>
        <source>UDP over IPv4 and IPv6: inet_diag with IPPROTO_UDP.</source>
        <translation>UDP über IPv4 und IPv6: inet_diag mit IPPROTO_UDP.</translation>
    </message>
    <message>
        <source>Unix domain sockets (stream, datagram, seqpacket): unix_diag.</source>
        <translation>Unix-Domain-Sockets (Stream, Datagramm, Seqpacket): unix_diag.</translation>
    </message>
    <message>
        <source>Only sockets that wait for peers: TCP and unix listeners, and datagram sockets that are not connected (netstat -l, ss -l).</source>
        <translation>Nur Sockets, die auf Gegenstellen warten: lauschende TCP- und Unix-Sockets sowie nicht verbundene Datagramm-Sockets (netstat -l, ss -l).</translation>
    </message>
    <message>
        <source>Only the sockets SockScope itself holds: the lab&apos;s, the consoles&apos;, the echo servers&apos; and the scratch sockets.</source>
        <translation>Nur die Sockets, die SockScope selbst hält: die des Labors, der Konsolen, der Echo-Server und die Notiz-Sockets.</translation>
    </message>
    <message>
        <source>Filter: a port, an address, a state or a process</source>
        <translation>Filter: ein Port, eine Adresse, ein Zustand oder ein Prozess</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text in any column (7007, 127.0.0.1, TIME_WAIT, python3).</source>
        <translation>Zeigt nur die Zeilen, die diesen Text in einer beliebigen Spalte enthalten (7007, 127.0.0.1, TIME_WAIT, python3).</translation>
    </message>
    <message>
        <source>Ask the kernel again (F5). Each refresh you ask for goes to the journal.</source>
        <translation>Den Kernel erneut fragen (F5). Jede angeforderte Aktualisierung kommt ins Journal.</translation>
    </message>
    <message>
        <source>Ask again every two seconds while this page is shown. These refreshes are left out of the journal, or they would fill it.</source>
        <translation>Alle zwei Sekunden erneut fragen, solange diese Seite angezeigt wird. Diese Aktualisierungen bleiben aus dem Journal, sonst füllten sie es.</translation>
    </message>
    <message>
        <source>Open the selected socket in the Socket options page (SockScope&apos;s own sockets only: another process&apos;s descriptors are not ours to use).</source>
        <translation>Den gewählten Socket auf der Seite Socket-Optionen öffnen (nur SockScopes eigene Sockets: Die Deskriptoren eines anderen Prozesses können wir nicht benutzen).</translation>
    </message>
    <message>
        <source>the socket table</source>
        <translation>die Socket-Tabelle</translation>
    </message>
    <message>
        <source>Proto</source>
        <translation>Proto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>Recv-Q</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>Send-Q</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Gegenadresse</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>SockScope&apos;s</source>
        <translation>Von SockScope</translation>
    </message>
    <message>
        <source>tcp, udp (a 6: over IPv6), unix-stream, unix-dgram or unix-seqpacket.</source>
        <translation>tcp, udp (eine 6: über IPv6), unix-stream, unix-dgram oder unix-seqpacket.</translation>
    </message>
    <message>
        <source>The state as the kernel names it (LISTEN, ESTABLISHED, TIME_WAIT…); UNCONN: a datagram socket with no connected peer.</source>
        <translation>Der Zustand, wie der Kernel ihn nennt (LISTEN, ESTABLISHED, TIME_WAIT …); UNCONN: ein Datagramm-Socket ohne verbundene Gegenstelle.</translation>
    </message>
    <message>
        <source>Bytes received and not yet read. For a listener: the connections that completed the handshake and wait for accept().</source>
        <translation>Empfangene, noch nicht gelesene Bytes. Bei einem lauschenden Socket: die Verbindungen, deren Handshake fertig ist und die auf accept() warten.</translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer. For a listener: its backlog, as listen() set it (at most SOMAXCONN).</source>
        <translation>Gesendete, von der Gegenstelle noch nicht bestätigte Bytes. Bei einem lauschenden Socket: sein Backlog, wie listen() ihn setzte (höchstens SOMAXCONN).</translation>
    </message>
    <message>
        <source>The address the socket is bound to (getsockname).</source>
        <translation>Die Adresse, an die der Socket gebunden ist (getsockname).</translation>
    </message>
    <message>
        <source>The connected peer&apos;s address (getpeername); empty when there is none. A unix peer shows the name of the socket at the other end.</source>
        <translation>Die Adresse der verbundenen Gegenstelle (getpeername); leer, wenn es keine gibt. Bei Unix zeigt sie den Namen des Sockets am anderen Ende.</translation>
    </message>
    <message>
        <source>The process that holds a descriptor for the socket (PID/name), where /proc lets us read it: a normal user sees only their own processes.</source>
        <translation>Der Prozess, der einen Deskriptor für den Socket hält (PID/Name), soweit /proc ihn lesen lässt: Ein normaler Benutzer sieht nur seine eigenen Prozesse.</translation>
    </message>
    <message>
        <source>A TCP timer that runs: retransmit, keepalive, time-wait or zero-window probe, with the time left.</source>
        <translation>Ein laufender TCP-Timer: Sendewiederholung, Keepalive, Time-Wait oder Zero-Window-Probe, mit der verbleibenden Zeit.</translation>
    </message>
    <message>
        <source>Which part of SockScope holds the socket, when it is one of ours.</source>
        <translation>Welcher Teil von SockScope den Socket hält, wenn er einer von unseren ist.</translation>
    </message>
    <message>
        <source>The chapter gives SOMAXCONN as 128; this kernel caps a listener&apos;s backlog (its Send-Q here) at %1 (net.core.somaxconn, read now).</source>
        <translation>Das Kapitel nennt für SOMAXCONN 128; dieser Kernel begrenzt das Backlog eines lauschenden Sockets (hier sein Send-Q) auf %1 (net.core.somaxconn, gerade gelesen).</translation>
    </message>
    <message>
        <source>Sockets on this machine</source>
        <translation>Sockets dieses Rechners</translation>
    </message>
    <message>
        <source>netstat -na: every TCP, UDP and unix socket of the machine, from the kernel through sock_diag.</source>
        <translation>netstat -na: jeder TCP-, UDP- und Unix-Socket des Rechners, vom Kernel über sock_diag.</translation>
    </message>
    <message>
        <source>Choose at least one of TCP, UDP and Unix.</source>
        <translation>Wählen Sie mindestens eines von TCP, UDP und Unix.</translation>
    </message>
    <message>
        <source>Asking the kernel</source>
        <translation>Der Kernel wird gefragt</translation>
    </message>
    <message>
        <source>The kernel could not be asked: %1() failed with %2 (%3). The socket table needs Linux&apos;s sock_diag netlink interface.</source>
        <translation>Der Kernel konnte nicht gefragt werden: %1() schlug mit %2 fehl (%3). Die Socket-Tabelle braucht die sock_diag-Netlink-Schnittstelle von Linux.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>SockScope</source>
        <translation>SockScope</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s): %1 TCP, %2 UDP, %3 unix; %4 of them SockScope&apos;s (in bold). %5 netlink request(s) answered in %6.</source>
        <translation>
            <numerusform>%n Socket: %1 TCP, %2 UDP, %3 Unix; davon %4 von SockScope (fett). %5 Netlink-Anfrage(n) beantwortet in %6.</numerusform>
            <numerusform>%n Sockets: %1 TCP, %2 UDP, %3 Unix; davon %4 von SockScope (fett). %5 Netlink-Anfrage(n) beantwortet in %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>It listens: listen() was called, and the kernel completes handshakes on its own. Recv-Q is the number of finished connections waiting for accept(), Send-Q the backlog.</source>
        <translation>Er lauscht: listen() wurde aufgerufen, und der Kernel schließt Handshakes selbst ab. Recv-Q ist die Zahl der fertigen Verbindungen, die auf accept() warten, Send-Q das Backlog.</translation>
    </message>
    <message>
        <source>A datagram socket with no connected peer: it takes datagrams from anyone (recvfrom) and sends wherever sendto says.</source>
        <translation>Ein Datagramm-Socket ohne verbundene Gegenstelle: Er nimmt Datagramme von jedem an (recvfrom) und sendet dorthin, wohin sendto sagt.</translation>
    </message>
    <message>
        <source>A connected datagram socket: connect() fixed its peer, so send() and recv() need no address and datagrams from others are dropped.</source>
        <translation>Ein verbundener Datagramm-Socket: connect() hat seine Gegenstelle festgelegt, daher brauchen send() und recv() keine Adresse, und Datagramme von anderen werden verworfen.</translation>
    </message>
    <message>
        <source>A connection in use: both sides may send. Recv-Q: bytes arrived that the program has not read yet; Send-Q: bytes sent that the peer has not acknowledged.</source>
        <translation>Eine benutzte Verbindung: Beide Seiten dürfen senden. Recv-Q: angekommene Bytes, die das Programm noch nicht gelesen hat; Send-Q: gesendete Bytes, die die Gegenstelle noch nicht bestätigt hat.</translation>
    </message>
    <message>
        <source>The side that closed first waits here for twice the maximum segment lifetime (60 s on Linux), so that late packets of this connection die out. No program holds it: a bind() to its address fails with EADDRINUSE unless SO_REUSEADDR is set.</source>
        <translation>Die Seite, die zuerst geschlossen hat, wartet hier die doppelte maximale Segmentlebensdauer (60 s unter Linux), damit verspätete Pakete dieser Verbindung verfallen. Kein Programm hält sie: Ein bind() an ihre Adresse schlägt mit EADDRINUSE fehl, außer SO_REUSEADDR ist gesetzt.</translation>
    </message>
    <message>
        <source>The peer closed its side (a FIN came, recv() returns 0) and this program has not closed yet.</source>
        <translation>Die Gegenstelle hat ihre Seite geschlossen (ein FIN kam, recv() liefert 0), und dieses Programm hat noch nicht geschlossen.</translation>
    </message>
    <message>
        <source>This side closed or shut down writing; it waits for the peer&apos;s acknowledgement (FIN_WAIT1) and then for the peer&apos;s own FIN (FIN_WAIT2).</source>
        <translation>Diese Seite hat geschlossen oder das Schreiben beendet; sie wartet auf die Bestätigung der Gegenstelle (FIN_WAIT1) und dann auf deren eigenes FIN (FIN_WAIT2).</translation>
    </message>
    <message>
        <source>The peer closed first, then this side: the kernel waits for the acknowledgement of its FIN.</source>
        <translation>Die Gegenstelle hat zuerst geschlossen, dann diese Seite: Der Kernel wartet auf die Bestätigung seines FIN.</translation>
    </message>
    <message>
        <source>connect() sent a SYN and waits for the answer.</source>
        <translation>connect() hat ein SYN gesendet und wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>A SYN arrived and was answered; the handshake&apos;s last ACK is awaited.</source>
        <translation>Ein SYN kam an und wurde beantwortet; das letzte ACK des Handshakes steht noch aus.</translation>
    </message>
    <message>
        <source>Both sides closed at the same moment; each waits for the other&apos;s acknowledgement.</source>
        <translation>Beide Seiten haben gleichzeitig geschlossen; jede wartet auf die Bestätigung der anderen.</translation>
    </message>
    <message>
        <source>Not connected and not listening: created or bound, nothing more.</source>
        <translation>Weder verbunden noch lauschend: erzeugt oder gebunden, mehr nicht.</translation>
    </message>
    <message>
        <source>Select a socket to see what its state and its queues mean.</source>
        <translation>Wählen Sie einen Socket, um zu sehen, was sein Zustand und seine Warteschlangen bedeuten.</translation>
    </message>
    <message>
        <source>SockScope holds it, though not as a socket of its own pages.</source>
        <translation>SockScope hält ihn, aber nicht als Socket einer seiner Seiten.</translation>
    </message>
</context>
<context>
    <name>sockscope::ThroughputPlot</name>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Throughput plot</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>Bytes per second the server received (in) and sent back (out) over the last %1 seconds, from the totals of successive snapshots (4 per second). An echo server sends what it receives, so the two lines lie close together.</source>
        <translation>Bytes pro Sekunde, die der Server in den letzten %1 Sekunden empfangen (ein) und zurückgesendet (aus) hat, aus den Summen aufeinanderfolgender Momentaufnahmen (4 pro Sekunde). Ein Echo-Server sendet, was er empfängt, daher liegen die beiden Linien dicht beieinander.</translation>
    </message>
    <message>
        <source>In: %1, out: %2</source>
        <translation>Ein: %1, aus: %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>−%1 s</source>
        <translation>−%1 s</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ein %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>aus %1</translation>
    </message>
</context>
<context>
    <name>sockscope::TlsOptionsBox</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS (OpenSSL) over the stream: after connect(), SSL_connect runs the handshake on the same socket; then what you send and what arrives pass through SSL_write and SSL_read, and the transcript shows the plaintext.</source>
        <translation>TLS (OpenSSL) über den Stream: Nach connect() führt SSL_connect den Handshake auf demselben Socket aus; danach läuft, was Sie senden und was ankommt, durch SSL_write und SSL_read, und die Mitschrift zeigt den Klartext.</translation>
    </message>
    <message>
        <source>the host field</source>
        <translation>das Host-Feld</translation>
    </message>
    <message>
        <source>The name sent in the handshake (SNI) and the name the certificate must be for. Empty: the host field (an address is checked against the certificate&apos;s IP names; SNI cannot carry one).</source>
        <translation>Der im Handshake gesendete Name (SNI) und der Name, für den das Zertifikat gelten muss. Leer: das Host-Feld (eine Adresse wird mit den IP-Namen des Zertifikats verglichen; SNI kann keine Adresse übertragen).</translation>
    </message>
    <message>
        <source>h2,http/1.1</source>
        <translation>h2,http/1.1</translation>
    </message>
    <message>
        <source>The application protocols offered (ALPN), comma-separated, in order of preference; the server picks one. Empty: none offered.</source>
        <translation>Die angebotenen Anwendungsprotokolle (ALPN), durch Kommas getrennt, in der Reihenfolge der Präferenz; der Server wählt eines aus. Leer: keine angeboten.</translation>
    </message>
    <message>
        <source>the system&apos;s CAs (/etc/ssl/certs)</source>
        <translation>die CAs des Systems (/etc/ssl/certs)</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file instead of the system&apos;s.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei statt denen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>insecure (do not verify)</source>
        <translation>unsicher (nicht prüfen)</translation>
    </message>
    <message>
        <source>Go on when the certificate does not verify. The summary still says what the check found.</source>
        <translation>Fortfahren, auch wenn das Zertifikat die Prüfung nicht besteht. Die Zusammenfassung nennt trotzdem, was die Prüfung ergeben hat.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>A client certificate (PEM), for servers that ask for one.</source>
        <translation>Ein Client-Zertifikat (PEM) für Server, die eines verlangen.</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>Der private Schlüssel des Client-Zertifikats (PEM, unverschlüsselt).</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>Server&amp;name:</translation>
    </message>
    <message>
        <source>&amp;ALPN:</source>
        <translation>&amp;ALPN:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: there is no file “%2”; give the path of a PEM file.</source>
        <translation>%1: Es gibt keine Datei „%2“; geben Sie den Pfad einer PEM-Datei an.</translation>
    </message>
    <message>
        <source>%1: “%2” is a directory; give a PEM file.</source>
        <translation>%1: „%2“ ist ein Verzeichnis; geben Sie eine PEM-Datei an.</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read (no permission).</source>
        <translation>%1: „%2“ kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>Server name: give a host name (letters, digits, &apos;-&apos; and &apos;.&apos;, 253 characters at most) or an address; empty uses the host field.</source>
        <translation>Servername: Geben Sie einen Hostnamen (Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;, höchstens 253 Zeichen) oder eine Adresse an; leer verwendet das Host-Feld.</translation>
    </message>
    <message>
        <source>ALPN: %1.</source>
        <translation>ALPN: %1.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>A client certificate goes with its key: give both, or neither.</source>
        <translation>Ein Client-Zertifikat gehört zu seinem Schlüssel: Geben Sie beide an oder keines von beiden.</translation>
    </message>
    <message>
        <source>TLS (streams only)</source>
        <translation>TLS (nur Streams)</translation>
    </message>
</context>
<context>
    <name>sockscope::TlsSummaryView</name>
    <message>
        <source>TLS session</source>
        <translation>TLS-Sitzung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The certificates the peer sent, its own first (SSL_get_peer_cert_chain).</source>
        <translation>Die Zertifikate, die die Gegenstelle gesendet hat, ihr eigenes zuerst (SSL_get_peer_cert_chain).</translation>
    </message>
    <message>
        <source>the TLS summary</source>
        <translation>die TLS-Zusammenfassung</translation>
    </message>
    <message>
        <source>the peer certificate&apos;s SHA-256 fingerprint</source>
        <translation>der SHA-256-Fingerabdruck des Zertifikats der Gegenstelle</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1, cipher %2</source>
        <translation>%1, Cipher-Suite %2</translation>
    </message>
    <message>
        <source>no ALPN protocol chosen</source>
        <translation>kein ALPN-Protokoll gewählt</translation>
    </message>
    <message>
        <source>ALPN: %1</source>
        <translation>ALPN: %1</translation>
    </message>
    <message>
        <source>session reused (resumed, no full handshake)</source>
        <translation>Sitzung wiederverwendet (fortgesetzt, kein vollständiger Handshake)</translation>
    </message>
    <message>
        <source>new session (full handshake)</source>
        <translation>neue Sitzung (vollständiger Handshake)</translation>
    </message>
    <message>
        <source>the handshake did not finish</source>
        <translation>der Handshake wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 — going on anyway (insecure)</source>
        <translation>%1 — trotzdem fortgesetzt (unsicher)</translation>
    </message>
    <message>
        <source>%1: the peer&apos;s own</source>
        <translation>%1: Zertifikat der Gegenstelle</translation>
    </message>
    <message>
        <source>%1: issuer</source>
        <translation>%1: Aussteller</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
</context>
<context>
    <name>sockscope::WireLadderView</name>
    <message>
        <source>← %1()</source>
        <translation>← %1()</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>calls (journal)</source>
        <translation>Aufrufe (Protokoll)</translation>
    </message>
    <message>
        <source>%1 and others</source>
        <translation>%1 und weitere</translation>
    </message>
    <message>
        <source>SockScope: the wire</source>
        <translation>SockScope: die Leitung</translation>
    </message>
    <message>
        <source>kernel: gone (no socket left)</source>
        <translation>Kernel: weg (kein Socket mehr)</translation>
    </message>
    <message>
        <source>kernel: %1, %2 s left</source>
        <translation>Kernel: %1, noch %2 s</translation>
    </message>
    <message>
        <source>kernel: %1</source>
        <translation>Kernel: %1</translation>
    </message>
</context>
<context>
    <name>sockscope::WirePage</name>
    <message>
        <source>“%1” is not a port: give numbers from 1 to 65535, separated by spaces or commas.</source>
        <translation>„%1“ ist kein Port: Geben Sie Zahlen von 1 bis 65535 an, getrennt durch Leerzeichen oder Kommas.</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) given: the capture&apos;s filter takes at most %1.</source>
        <translation>
            <numerusform>%n Port angegeben: Der Filter des Mitschnitts fasst höchstens %1.</numerusform>
            <numerusform>%n Ports angegeben: Der Filter des Mitschnitts fasst höchstens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>SockScope&apos;s &amp;own sockets</source>
        <translation>SockScopes &amp;eigene Sockets</translation>
    </message>
    <message>
        <source>These &amp;ports:</source>
        <translation>Diese &amp;Ports:</translation>
    </message>
    <message>
        <source>&amp;Start capture</source>
        <translation>Mitschnitt &amp;starten</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Export &amp;pcapng…</source>
        <translation>pcapng e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>&amp;Bild speichern …</translation>
    </message>
    <message>
        <source>&amp;Follow the newest</source>
        <translation>Dem &amp;Neuesten folgen</translation>
    </message>
    <message>
        <source>What each call does on the wire. The capture reads every packet on the loopback interface, as tcpdump -i lo does, through a packet socket (AF_PACKET) with a small BPF program that keeps only the ports of the sockets you watch. Each packet is drawn as an arrow between its two endpoints, beside the calls from the journal: connect() and the three-way handshake, send() and a data segment with its length, shutdown(SHUT_WR) and a FIN, close() with SO_LINGER 0 and a RST, a sendto() to a closed port and the ICMP error that comes back. Sequence numbers count from each side&apos;s SYN, as Wireshark shows them.</source>
        <translation>Was jeder Aufruf auf der Leitung bewirkt. Der Mitschnitt liest jedes Paket auf der Loopback-Schnittstelle, wie es tcpdump -i lo tut, über einen Paket-Socket (AF_PACKET) mit einem kleinen BPF-Programm, das nur die Ports der beobachteten Sockets durchlässt. Jedes Paket wird als Pfeil zwischen seinen beiden Endpunkten gezeichnet, neben den Aufrufen aus dem Aufrufprotokoll: connect() und der Drei-Wege-Handshake, send() und ein Datensegment mit seiner Länge, shutdown(SHUT_WR) und ein FIN, close() mit SO_LINGER 0 und ein RST, ein sendto() an einen geschlossenen Port und der ICMP-Fehler, der zurückkommt. Sequenznummern zählen ab dem SYN der jeweiligen Seite, wie Wireshark sie anzeigt.</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Was beobachtet wird</translation>
    </message>
    <message>
        <source>Follow every TCP and UDP socket SockScope holds (the lab&apos;s, the consoles&apos;, the echo servers&apos;): their ports are looked at twice a second and the filter follows.</source>
        <translation>Folgt allen TCP- und UDP-Sockets, die SockScope hält (denen des Labors, der Konsolen, der Echo-Server): Ihre Ports werden zweimal pro Sekunde geprüft, und der Filter zieht nach.</translation>
    </message>
    <message>
        <source>Watch the ports you name, whoever holds them: another program&apos;s server, a python3 client.</source>
        <translation>Beobachtet die angegebenen Ports, egal wem sie gehören: den Server eines anderen Programms, einen python3-Client.</translation>
    </message>
    <message>
        <source>7007, 8080</source>
        <translation>7007, 8080</translation>
    </message>
    <message>
        <source>TCP and UDP ports, 1–65535, separated by spaces or commas (at most %1). Empty: every packet on lo.</source>
        <translation>TCP- und UDP-Ports, 1–65535, getrennt durch Leerzeichen oder Kommas (höchstens %1). Leer: jedes Paket auf lo.</translation>
    </message>
    <message>
        <source>Start or stop the capture (F9). Opening the packet socket needs CAP_NET_RAW: as root it just works; otherwise SockScope&apos;s helper sockscope-capture opens it.</source>
        <translation>Startet oder stoppt den Mitschnitt (F9). Zum Öffnen des Paket-Sockets ist CAP_NET_RAW nötig: Als root funktioniert es einfach; sonst öffnet ihn SockScopes Hilfsprogramm sockscope-capture.</translation>
    </message>
    <message>
        <source>Forget the packets and calls shown so far.</source>
        <translation>Verwirft die bisher gezeigten Pakete und Aufrufe.</translation>
    </message>
    <message>
        <source>Save the packets as a pcapng file, which Wireshark and tcpdump -r open.</source>
        <translation>Speichert die Pakete als pcapng-Datei, die Wireshark und tcpdump -r öffnen.</translation>
    </message>
    <message>
        <source>Keep the newest packet in view as packets arrive.</source>
        <translation>Hält das neueste Paket sichtbar, während Pakete ankommen.</translation>
    </message>
    <message>
        <source>the packets and calls</source>
        <translation>die Pakete und Aufrufe</translation>
    </message>
    <message>
        <source>Click a packet (or use the arrow keys) to see its headers and bytes below.</source>
        <translation>Klicken Sie auf ein Paket (oder verwenden Sie die Pfeiltasten), um unten seine Header und Bytes zu sehen.</translation>
    </message>
    <message>
        <source>The selected packet&apos;s headers and bytes.</source>
        <translation>Header und Bytes des ausgewählten Pakets.</translation>
    </message>
    <message>
        <source>Export the packets as pcapng</source>
        <translation>Pakete als pcapng exportieren</translation>
    </message>
    <message>
        <source>pcapng files (*.pcapng)</source>
        <translation>pcapng-Dateien (*.pcapng)</translation>
    </message>
    <message>
        <source>Save the diagram as an image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>Der Mitschnitt wurde beendet: %1</translation>
    </message>
    <message>
        <source>The wire</source>
        <translation>Die Leitung</translation>
    </message>
    <message>
        <source>The packets each call puts on loopback, drawn beside the call: handshake, data, FIN, RST, ICMP.</source>
        <translation>Die Pakete, die jeder Aufruf auf Loopback legt, neben dem Aufruf gezeichnet: Handshake, Daten, FIN, RST, ICMP.</translation>
    </message>
    <message>
        <source>The capture helper %1 could not open a packet socket either: it lacks the capability CAP_NET_RAW. As root, give it that one capability: setcap cap_net_raw+ep %1</source>
        <translation>Auch das Mitschnitt-Hilfsprogramm %1 konnte keinen Paket-Socket öffnen: Ihm fehlt die Capability CAP_NET_RAW. Geben Sie ihm als root genau diese eine Capability: setcap cap_net_raw+ep %1</translation>
    </message>
    <message>
        <source>Capturing needs the capability CAP_NET_RAW to open a packet socket (socket(AF_PACKET, …) failed with %1), and no capture helper was found. Run SockScope as root, or install it from its package, whose helper /usr/libexec/sockscope/sockscope-capture holds that capability.</source>
        <translation>Zum Mitschneiden ist die Capability CAP_NET_RAW nötig, um einen Paket-Socket zu öffnen (socket(AF_PACKET, …) ist mit %1 gescheitert), und es wurde kein Mitschnitt-Hilfsprogramm gefunden. Starten Sie SockScope als root, oder installieren Sie es aus seinem Paket, dessen Hilfsprogramm /usr/libexec/sockscope/sockscope-capture diese Capability besitzt.</translation>
    </message>
    <message>
        <source>This machine has no loopback interface named lo, so there is nothing to capture on.</source>
        <translation>Dieser Rechner hat keine Loopback-Schnittstelle namens lo, es gibt also nichts, worauf mitgeschnitten werden könnte.</translation>
    </message>
    <message>
        <source>Packet capture is built for Linux only.</source>
        <translation>Der Paketmitschnitt ist nur für Linux gebaut.</translation>
    </message>
    <message>
        <source>The capture could not start: %1() failed: %2</source>
        <translation>Der Mitschnitt konnte nicht starten: %1() ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Most likely sent because of: %1(%2) = %3</source>
        <translation>Höchstwahrscheinlich gesendet wegen: %1(%2) = %3</translation>
    </message>
    <message>
        <source>%1(%2) = %3</source>
        <translation>%1(%2) = %3</translation>
    </message>
    <message>
        <source>
errno %1: %2</source>
        <translation>
errno %1: %2</translation>
    </message>
    <message>
        <source>
thread %1, %2 µs

</source>
        <translation>
Thread %1, %2 µs

</translation>
    </message>
    <message>
        <source>SockScope holds no TCP or UDP socket yet; ICMP only</source>
        <translation>SockScope hält noch keinen TCP- oder UDP-Socket; nur ICMP</translation>
    </message>
    <message>
        <source>SockScope&apos;s sockets: ports %1</source>
        <translation>SockScopes Sockets: Ports %1</translation>
    </message>
    <message>
        <source>every packet</source>
        <translation>jedes Paket</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>Ports %1</translation>
    </message>
    <message>
        <source>Capturing on lo (%1).</source>
        <translation>Mitschnitt auf lo (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) over %1 a second not shown (counted only)</source>
        <translation>
            <numerusform>%n Paket oberhalb von %1 pro Sekunde nicht angezeigt (nur gezählt)</numerusform>
            <numerusform>%n Pakete oberhalb von %1 pro Sekunde nicht angezeigt (nur gezählt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel (its buffer was full)</source>
        <translation>
            <numerusform>%n vom Kernel verworfen (sein Puffer war voll)</numerusform>
            <numerusform>%n vom Kernel verworfen (sein Puffer war voll)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest %n packet(s) forgotten (at most %1 are kept)</source>
        <translation>
            <numerusform>%n ältestes Paket verworfen (höchstens %1 werden behalten)</numerusform>
            <numerusform>die ältesten %n Pakete verworfen (höchstens %1 werden behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop capture</source>
        <translation>Mitschnitt &amp;stoppen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n packet(s) to %1</source>
        <translation>
            <numerusform>%n Paket unter %1 gespeichert</numerusform>
            <numerusform>%n Pakete unter %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the image to %1.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>Diagramm unter %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Save the diagram as a PNG image or an SVG drawing (at most %n row(s) from the top).</source>
        <translation>
            <numerusform>Speichert das Diagramm als PNG-Bild oder SVG-Zeichnung (höchstens %n Zeile von oben).</numerusform>
            <numerusform>Speichert das Diagramm als PNG-Bild oder SVG-Zeichnung (höchstens %n Zeilen von oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message numerus="yes">
        <source>%n ICMP error(s) about other ports left out</source>
        <translation>
            <numerusform>%n ICMP-Fehler zu anderen Ports ausgelassen</numerusform>
            <numerusform>%n ICMP-Fehler zu anderen Ports ausgelassen</numerusform>
        </translation>
    </message>
</context>
</TS>
