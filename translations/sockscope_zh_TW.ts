<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AutoReplyRules</name>
    <message>
        <source>Position %1: %2.</source>
        <translation>位置 %1：%2。</translation>
    </message>
    <message>
        <source>Position %1: \%2 refers to a group, but this match has none; \0 is the whole match.</source>
        <translation>位置 %1：\%2 指向一個群組，但這次比對沒有任何群組；\0 代表整個相符內容。</translation>
    </message>
    <message numerus="yes">
        <source>Position %1: \%2 refers to group %2, but the match has only %n group(s).</source>
        <translation>
            <numerusform>位置 %1：\%2 指向第 %2 組，但這次比對只有 %n 個群組。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1, reply: %2</source>
        <translation>規則 %1，回覆：%2</translation>
    </message>
    <message>
        <source>Rule %1, match: %2</source>
        <translation>規則 %1，比對：%2</translation>
    </message>
    <message>
        <source>at most %1 rules are allowed.</source>
        <translation>最多只能有 %1 條規則。</translation>
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
        <translation>Unix 網域</translation>
    </message>
    <message>
        <source>family %1</source>
        <translation>位址家族 %1</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2 (0x%3), decimal or hex with 0x.</source>
        <translation>允許：%1 到 %2（0x%3），十進位，或加上 0x 的十六進位。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 不能是負數。</translation>
    </message>
    <message>
        <source>%1: “%2” has no digits after 0x.</source>
        <translation>%1：「%2」的 0x 後面沒有數字。</translation>
    </message>
    <message>
        <source>%1: “%2” at position %3 is not a digit.</source>
        <translation>%1：「%2」第 %3 個位置不是數字。</translation>
    </message>
    <message>
        <source>%1: %2 is too large.</source>
        <translation>%1：%2 太大。</translation>
    </message>
    <message>
        <source>An IPv4 address is four decimal numbers 0–255 separated by dots, e.g. 192.0.2.1 (inet_pton takes no shortened forms, no leading zeros and no spaces).</source>
        <translation>IPv4 位址是四個以點分隔的 0–255 十進位數字，例如 192.0.2.1（inet_pton 不接受縮寫形式、前導零或空格）。</translation>
    </message>
    <message>
        <source>An IPv6 address is up to eight groups of 1–4 hex digits separated by colons, with :: at most once for a run of zero groups, e.g. 2001:db8::1 or ::ffff:192.0.2.1.</source>
        <translation>IPv6 位址最多是八組以冒號分隔的 1–4 位十六進位數字，一串連續的零組可用 :: 代替，但最多一次，例如 2001:db8::1 或 ::ffff:192.0.2.1。</translation>
    </message>
    <message>
        <source>inet_pton returned -1: %1. It converts only AF_INET and AF_INET6 addresses.</source>
        <translation>inet_pton 傳回 -1：%1。它只轉換 AF_INET 與 AF_INET6 位址。</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>位址是空的。</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 address (inet_pton returned 0).</source>
        <translation>「%1」不是有效的 %2 位址（inet_pton 傳回 0）。</translation>
    </message>
    <message>
        <source>inet_ntop returned NULL: %1. The buffer is too small for this address; INET_ADDRSTRLEN (16) and INET6_ADDRSTRLEN (46) are always enough.</source>
        <translation>inet_ntop 傳回 NULL：%1。緩衝區對這個位址來說太小；INET_ADDRSTRLEN（16）與 INET6_ADDRSTRLEN（46）一定夠用。</translation>
    </message>
    <message>
        <source>inet_ntop returned NULL: %1.</source>
        <translation>inet_ntop 傳回 NULL：%1。</translation>
    </message>
    <message>
        <source>“%1” is not a valid address for this structure (inet_pton returned 0).</source>
        <translation>「%1」不是此結構的有效位址（inet_pton 傳回 0）。</translation>
    </message>
    <message>
        <source>The scope after % in “%1” names no network interface here (if_nametoindex returned 0). Use an interface name such as lo, or a number.</source>
        <translation>「%1」中 % 之後的範圍在這台電腦上不是任何網路介面（if_nametoindex 傳回 0）。請使用介面名稱（例如 lo）或數字。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>The flow label must be a number from 0 to 1048575 (20 bits).</source>
        <translation>流量標籤必須是 0 到 1048575 的數字（20 位元）。</translation>
    </message>
    <message>
        <source>The path is empty. Give a filesystem path such as /tmp/demo.sock, or @name for an abstract name.</source>
        <translation>路徑是空的。請輸入檔案系統路徑（例如 /tmp/demo.sock），或以 @name 表示抽象名稱。</translation>
    </message>
    <message>
        <source>The path is too long: sun_path holds %1 bytes plus the terminating NUL, and no NUL may appear inside a path.</source>
        <translation>路徑太長：sun_path 可容納 %1 個位元組再加上結尾的 NUL，而且路徑中間不得出現 NUL。</translation>
    </message>
    <message>
        <source>Abstract socket names (@name) exist only on Linux.</source>
        <translation>抽象通訊端名稱（@name）只存在於 Linux。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 至少須為 %2。</translation>
    </message>
    <message>
        <source>With colons it is written as an IPv6 address (::ffff:a.b.c.d is IPv4 mapped into IPv6): choose AF_INET6 for it.</source>
        <translation>含冒號的寫法是 IPv6 位址（::ffff:a.b.c.d 是對映到 IPv6 的 IPv4）：請為它選擇 AF_INET6。</translation>
    </message>
    <message>
        <source>It is written as an IPv4 address: choose AF_INET, or write it IPv4-mapped as ::ffff:%1.</source>
        <translation>這是 IPv4 位址的寫法：請選擇 AF_INET，或寫成 IPv4 對映形式 ::ffff:%1。</translation>
    </message>
</context>
<context>
    <name>EchoMessages</name>
    <message>
        <source>closed by peer</source>
        <translation>對端已關閉</translation>
    </message>
    <message>
        <source>reset by peer</source>
        <translation>對端已重設</translation>
    </message>
    <message>
        <source>recv failed</source>
        <translation>recv 失敗</translation>
    </message>
    <message>
        <source>send failed</source>
        <translation>send 失敗</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>閒置逾時</translation>
    </message>
    <message>
        <source>idle for %1 ms</source>
        <translation>閒置 %1 毫秒</translation>
    </message>
    <message>
        <source>closed by the user</source>
        <translation>由使用者關閉</translation>
    </message>
    <message>
        <source>reset by the user (SO_LINGER {1, 0})</source>
        <translation>由使用者重設 (SO_LINGER {1, 0})</translation>
    </message>
    <message>
        <source>server stopping</source>
        <translation>伺服器停止中</translation>
    </message>
    <message>
        <source>listening on %1 (%2, thread engine: one thread per connection)</source>
        <translation>在 %1 監聽 (%2, 執行緒引擎: 每個連線一個執行緒)</translation>
    </message>
    <message>
        <source>listening on %1 (%2, fork engine: one process per connection)</source>
        <translation>在 %1 監聽 (%2, fork 引擎: 每個連線一個行程)</translation>
    </message>
    <message numerus="yes">
        <source>listening on %1 (%2, reactor engine, %3, %n worker(s))</source>
        <translation>
            <numerusform>在 %1 監聽 (%2, reactor 引擎, %3, %n 個工作執行緒)</numerusform>
        </translation>
    </message>
    <message>
        <source>connected from %1</source>
        <translation>來自 %1 的連線</translation>
    </message>
    <message>
        <source>connected from %1 (child %2)</source>
        <translation>來自 %1 的連線 (子行程 %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>disconnected %1 (%2, %3 bytes in, %4 out)</source>
        <translation>%1 已中斷連線 (%2, 收到 %3 位元組, 送出 %4)</translation>
    </message>
    <message numerus="yes">
        <source>refused %1: already %n connection(s) (the maximum)</source>
        <translation>
            <numerusform>拒絕 %1: 已有 %n 個連線 (上限)</numerusform>
        </translation>
    </message>
    <message>
        <source>accept failed with %1; retrying in 100 ms</source>
        <translation>accept 失敗: %1; 100 毫秒後重試</translation>
    </message>
    <message>
        <source>accept failed with %1; accepting paused for %2 ms</source>
        <translation>accept 失敗: %1; 暫停接受連線 %2 毫秒</translation>
    </message>
    <message>
        <source>accepting again</source>
        <translation>重新接受連線</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>accept 失敗: %1</translation>
    </message>
    <message>
        <source>fork failed: %1</source>
        <translation>fork 失敗: %1</translation>
    </message>
    <message>
        <source>%1 wait failed: %2</source>
        <translation>%1 等待失敗: %2</translation>
    </message>
    <message>
        <source>recvfrom failed: %1</source>
        <translation>recvfrom 失敗: %1</translation>
    </message>
    <message>
        <source>a %1-byte datagram was cut to %2 bytes</source>
        <translation>一個 %1 位元組的資料包被截成 %2 位元組</translation>
    </message>
    <message>
        <source>stopped: %1, %2 bytes in, %3 bytes out, %4</source>
        <translation>已停止: %1, 收到 %2 位元組, 送出 %3 位元組, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 個連線</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (bytes are counted by the children, not the parent)</source>
        <translation>%1 (位元組由子行程計算, 而非父行程)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 交握失敗: %1</translation>
    </message>
    <message>
        <source>closed by peer (close_notify)</source>
        <translation>對端已關閉 (close_notify)</translation>
    </message>
    <message>
        <source>closed by peer (TCP FIN without close_notify)</source>
        <translation>對端已關閉 (TCP FIN, 沒有 close_notify)</translation>
    </message>
    <message>
        <source>SSL_read failed: %1</source>
        <translation>SSL_read 失敗: %1</translation>
    </message>
    <message>
        <source>SSL_write failed: %1</source>
        <translation>SSL_write 失敗: %1</translation>
    </message>
    <message>
        <source>no path given for the unix socket</source>
        <translation>未指定 Unix 通訊端的路徑</translation>
    </message>
    <message>
        <source>the unix socket path does not fit sun_path (107 bytes at most)</source>
        <translation>Unix 通訊端的路徑放不進 sun_path（最多 107 位元組）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a numeric IPv4 or IPv6 address</source>
        <translation>「%1」不是數字形式的 IPv4 或 IPv6 位址</translation>
    </message>
    <message>
        <source>the fork engine serves stream sockets only (tcp, unix-stream): a datagram socket has no connections to hand to a child</source>
        <translation>fork 引擎只服務串流通訊端（tcp、unix-stream）：資料包通訊端沒有可以交給子行程的連線</translation>
    </message>
    <message>
        <source>the fork engine runs only from the command line (sockscope-cli serve echo --engine fork): a child forked from the GUI would inherit the whole GUI process</source>
        <translation>fork 引擎只能從命令列執行（sockscope-cli serve echo --engine fork）：從圖形介面 fork 出來的子行程會繼承整個圖形介面行程</translation>
    </message>
    <message>
        <source>this server is already running</source>
        <translation>這個伺服器已在執行中</translation>
    </message>
    <message>
        <source>could not create the socket</source>
        <translation>無法建立通訊端</translation>
    </message>
    <message>
        <source>could not set SO_REUSEPORT</source>
        <translation>無法設定 SO_REUSEPORT</translation>
    </message>
    <message>
        <source>could not set IPV6_V6ONLY</source>
        <translation>無法設定 IPV6_V6ONLY</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a stale socket file that no server listens on; remove it, or ask to remove stale socket files</source>
        <translation>「%1」是殘留的通訊端檔案，沒有伺服器在上面監聽；請移除它，或選擇移除殘留的通訊端檔案</translation>
    </message>
    <message>
        <source>could not bind to %1</source>
        <translation>無法繫結到 %1</translation>
    </message>
    <message>
        <source>could not listen</source>
        <translation>無法監聽</translation>
    </message>
    <message>
        <source>could not create the worker wake-up pipe</source>
        <translation>無法建立用來喚醒工作執行緒的管道</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
</context>
<context>
    <name>LabMessages</name>
    <message>
        <source>not called</source>
        <translation>未呼叫</translation>
    </message>
    <message>
        <source>%1 (new descriptor)</source>
        <translation>%1（新描述符）</translation>
    </message>
    <message>
        <source>The kernel made a new socket, not yet bound or connected, and gave it the lowest free descriptor number, %2. The lab calls it %1.</source>
        <translation>核心建立了一個新的通訊端，尚未繫結也尚未連線，並給它最小的空閒描述符編號 %2。實驗室稱它為 %1。</translation>
    </message>
    <message>
        <source>The socket now owns the local address %1. Port 0 asks the kernel to pick a free port; getsockname tells which one it chose.</source>
        <translation>通訊端現在擁有本機位址 %1。埠 0 表示請核心挑選一個空閒的埠；getsockname 可以得知它選了哪一個。</translation>
    </message>
    <message>
        <source>The socket is now passive: the kernel completes handshakes for it and queues up to %1 connections for accept (this kernel caps the backlog at SOMAXCONN = %2).</source>
        <translation>通訊端現在是被動的：核心替它完成交握，並把最多 %1 條連線排入佇列等候 accept（這個核心把 backlog 限制在 SOMAXCONN = %2）。</translation>
    </message>
    <message>
        <source>The kernel took the first completed connection off the listen queue and gave it a new socket, %1, connected to %2. The listening socket stays as it was, ready for the next one.</source>
        <translation>核心從監聽佇列取出第一條已完成的連線，並給它一個新的通訊端 %1，連線至 %2。監聽通訊端維持原樣，準備接受下一條連線。</translation>
    </message>
    <message>
        <source>The handshake completed: the kernel bound the socket to %1 (an ephemeral port if it was not bound) and connected it to %2.</source>
        <translation>交握已完成：核心把通訊端繫結至 %1（若原本未繫結，則使用臨時埠），並將它連線至 %2。</translation>
    </message>
    <message>
        <source>The kernel copied %1 of %2 bytes into the socket&apos;s send buffer; sending on the wire happens after the call has returned.</source>
        <translation>核心已將 %2 個位元組中的 %1 個複製到通訊端的傳送緩衝區；實際送上線路是在呼叫返回之後才發生。</translation>
    </message>
    <message>
        <source>The kernel copied %1 bytes out of the receive buffer (at most %2 were asked for). A stream has no message boundaries: one recv may return part of a send, or several sends.</source>
        <translation>核心從接收緩衝區複製出 %1 個位元組（最多要求 %2 個）。串流沒有訊息邊界：一次 recv 可能只傳回一次 send 的一部分，也可能傳回好幾次 send 的資料。</translation>
    </message>
    <message>
        <source>0 means end of stream: the peer has shut down its sending side (or closed), and no data is left.</source>
        <translation>0 表示串流結束：對端已關閉它的傳送方向（或已關閉通訊端），而且沒有剩餘的資料。</translation>
    </message>
    <message>
        <source>%1: the direction is shut for every descriptor of this socket at once, whatever the reference count. SHUT_WR sends a FIN, so the peer reads end of stream.</source>
        <translation>%1：不論參考計數為何，這個方向會同時對此通訊端的所有描述符關閉。SHUT_WR 會送出 FIN，因此對端會讀到串流結束。</translation>
    </message>
    <message>
        <source>The descriptor is released, and with it the last reference to the socket: the kernel closes the connection (a TCP connection may linger, e.g. in TIME_WAIT, without any descriptor).</source>
        <translation>描述符已釋放，通訊端的最後一個參考也隨之消失：核心關閉連線（TCP 連線可能在沒有任何描述符的情況下繼續存在一段時間，例如處於 TIME_WAIT）。</translation>
    </message>
    <message>
        <source>Only this descriptor is released: %1 still refers to the same socket, so the connection stays open. shutdown() would act on the socket itself.</source>
        <translation>只釋放了這個描述符：%1 仍指向同一個通訊端，所以連線保持開啟。shutdown() 則會直接作用在通訊端本身。</translation>
    </message>
    <message>
        <source>%1 (descriptor %2) now refers to the same open socket as %3: they share the file status flags (O_NONBLOCK) but each has its own FD_CLOEXEC.</source>
        <translation>%1（描述符 %2）現在與 %3 指向同一個開啟的通訊端：它們共用檔案狀態旗標（O_NONBLOCK），但各自擁有自己的 FD_CLOEXEC。</translation>
    </message>
    <message>
        <source>Old and new descriptor are the same number: dup2 did nothing and returned it.</source>
        <translation>新舊描述符是同一個編號：dup2 什麼也沒做，直接傳回該編號。</translation>
    </message>
    <message>
        <source>dup2 first closed %4, which had that number, then made %1 (descriptor %2) refer to the socket of %3.</source>
        <translation>dup2 先關閉了原本使用該編號的 %4，再讓 %1（描述符 %2）指向 %3 的通訊端。</translation>
    </message>
    <message>
        <source>The open file&apos;s status flags: %1. O_NONBLOCK belongs to the open file, shared by every duplicate of the descriptor.</source>
        <translation>開啟檔案的狀態旗標：%1。O_NONBLOCK 屬於開啟的檔案，由該描述符的所有副本共用。</translation>
    </message>
    <message>
        <source>O_NONBLOCK is set: calls that would wait now fail at once with EAGAIN, and connect with EINPROGRESS.</source>
        <translation>O_NONBLOCK 已設定：原本會等待的呼叫現在會立即以 EAGAIN 失敗，connect 則以 EINPROGRESS 失敗。</translation>
    </message>
    <message>
        <source>O_NONBLOCK is cleared: accept, connect, recv and send wait again.</source>
        <translation>O_NONBLOCK 已清除：accept、connect、recv 與 send 又會等待了。</translation>
    </message>
    <message>
        <source>The descriptor&apos;s own flags: %1 (FD_CLOEXEC closes it in a program started with exec).</source>
        <translation>描述符本身的旗標：%1（FD_CLOEXEC 會在以 exec 啟動的程式中關閉它）。</translation>
    </message>
    <message>
        <source>FD_CLOEXEC is set on this descriptor only: an exec&apos;d program will not inherit it.</source>
        <translation>FD_CLOEXEC 只設定在這個描述符上：經 exec 執行的程式不會繼承它。</translation>
    </message>
    <message>
        <source>FD_CLOEXEC is cleared: an exec&apos;d program inherits this descriptor.</source>
        <translation>FD_CLOEXEC 已清除：經 exec 執行的程式會繼承這個描述符。</translation>
    </message>
    <message>
        <source>The process that receives SIGURG (urgent data) and SIGIO for this socket: %1 (0: none).</source>
        <translation>接收此通訊端 SIGURG（緊急資料）與 SIGIO 的行程：%1（0：無）。</translation>
    </message>
    <message>
        <source>Process %1 now receives SIGURG when out-of-band data arrives on this socket.</source>
        <translation>現在頻外資料抵達此通訊端時，行程 %1 會收到 SIGURG。</translation>
    </message>
    <message>
        <source>fstat works on a socket: %1. The type bits say socket; size and times mean little here.</source>
        <translation>fstat 可以用在通訊端上：%1。類型位元表示這是通訊端；大小與時間在這裡沒有什麼意義。</translation>
    </message>
    <message>
        <source>Linux accepts fchmod on a socket and sets the mode (%1) of its inode, but the mode has no effect on who may use the socket: POSIX leaves this unspecified.</source>
        <translation>Linux 接受對通訊端呼叫 fchmod，並設定其 inode 的模式（%1），但這個模式不會影響誰可以使用該通訊端：POSIX 對此未加規定。</translation>
    </message>
    <message>
        <source>Linux accepts fchown on a socket; what it means is implementation-defined.</source>
        <translation>Linux 接受對通訊端呼叫 fchown；其意義由實作定義。</translation>
    </message>
    <message>
        <source>This system accepted the sync on a socket; there is nothing to write to a disk.</source>
        <translation>這個系統接受對通訊端進行 sync；沒有任何東西需要寫入磁碟。</translation>
    </message>
    <message>
        <source>This system accepted ftruncate on a socket.</source>
        <translation>這個系統接受對通訊端呼叫 ftruncate。</translation>
    </message>
    <message>
        <source>The new offset is %1.</source>
        <translation>新的位移是 %1。</translation>
    </message>
    <message>
        <source>%1 bytes wait in the receive buffer: a recv of that size would not block.</source>
        <translation>接收緩衝區中有 %1 個位元組在等待：以這個大小呼叫 recv 不會阻塞。</translation>
    </message>
    <message>
        <source>The read position is at the out-of-band mark: the next byte read is the urgent one.</source>
        <translation>讀取位置正位於頻外標記：下一個讀到的位元組就是緊急資料。</translation>
    </message>
    <message>
        <source>The read position is not at the out-of-band mark.</source>
        <translation>讀取位置不在頻外標記上。</translation>
    </message>
    <message>
        <source>The socket&apos;s local address: %1.</source>
        <translation>通訊端的本機位址：%1。</translation>
    </message>
    <message>
        <source>The address of the connected peer: %1.</source>
        <translation>已連線對端的位址：%1。</translation>
    </message>
    <message>
        <source>You abandoned the call: SockScope sent its thread a signal whose handler does nothing, installed without SA_RESTART, so the kernel ended the wait with -1 EINTR. Nothing else changed.</source>
        <translation>您放棄了這次呼叫：SockScope 對它的執行緒送出一個訊號，該訊號的處理常式什麼也不做，且安裝時未使用 SA_RESTART，因此核心以 -1 EINTR 結束等待。其他一切都沒有改變。</translation>
    </message>
    <message>
        <source>A signal arrived while the call waited; without SA_RESTART the call returns -1 EINTR.</source>
        <translation>呼叫等待期間有訊號抵達；沒有 SA_RESTART 時，呼叫會傳回 -1 EINTR。</translation>
    </message>
    <message>
        <source>The call would have to wait (nothing to read, no connection to accept, or the send buffer is full), and the socket is non-blocking: -1 EAGAIN instead of waiting.</source>
        <translation>這個呼叫必須等待（沒有資料可讀、沒有連線可接受，或傳送緩衝區已滿），而通訊端是非阻塞的：因此傳回 -1 EAGAIN，而不是等待。</translation>
    </message>
    <message>
        <source>Non-blocking connect: the kernel sent the SYN and returned at once. The socket turns writable when the handshake ends; SO_ERROR then says whether it succeeded.</source>
        <translation>非阻塞 connect：核心送出 SYN 後立即返回。交握結束時通訊端會變成可寫入；之後由 SO_ERROR 得知是否成功。</translation>
    </message>
    <message>
        <source>A socket has no file position: lseek fails with ESPIPE, as on a pipe.</source>
        <translation>通訊端沒有檔案位置：lseek 會以 ESPIPE 失敗，就像對管線呼叫一樣。</translation>
    </message>
    <message>
        <source>A socket is not a directory: fchdir fails with ENOTDIR, as the chapter&apos;s table says.</source>
        <translation>通訊端不是目錄：fchdir 會以 ENOTDIR 失敗，正如本章的表格所述。</translation>
    </message>
    <message>
        <source>This system does not support the call on a socket: -1 EINVAL (POSIX leaves it unspecified or implementation-defined).</source>
        <translation>這個系統不支援對通訊端進行此呼叫：-1 EINVAL（POSIX 對此未加規定或由實作定義）。</translation>
    </message>
    <message>
        <source>The socket is not connected: there is no peer to ask about or to send to.</source>
        <translation>通訊端尚未連線：沒有對端可以查詢，也沒有對端可以傳送。</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>通訊端已經連線。</translation>
    </message>
    <message>
        <source>Nothing listens on that address and port: the peer&apos;s kernel answered the SYN with a reset.</source>
        <translation>沒有任何程式在該位址與埠上監聽：對端的核心以重設（RST）回應了 SYN。</translation>
    </message>
    <message>
        <source>Another socket already owns that local address (SO_REUSEADDR changes that for a TIME_WAIT leftover).</source>
        <translation>另一個通訊端已經擁有該本機位址（若佔用者是 TIME_WAIT 殘留的連線，SO_REUSEADDR 可以改變這點）。</translation>
    </message>
    <message>
        <source>That address does not belong to this machine, or no ephemeral port is free.</source>
        <translation>該位址不屬於這台電腦，或沒有空閒的臨時埠。</translation>
    </message>
    <message>
        <source>The connection can no longer send (shut down or reset). The kernel also raised SIGPIPE, which ends a program that does not ignore it; SockScope caught it. MSG_NOSIGNAL avoids it.</source>
        <translation>這條連線已無法再傳送（已 shutdown 或已重設）。核心同時發出了 SIGPIPE，沒有忽略它的程式會因此結束；SockScope 已攔截它。使用 MSG_NOSIGNAL 可以避免。</translation>
    </message>
    <message>
        <source>The peer reset the connection (it closed with data unread, or aborted).</source>
        <translation>對端重設了連線（它在仍有未讀資料時關閉，或中止了連線）。</translation>
    </message>
    <message>
        <source>The kernel rejected an argument for this socket&apos;s current state (%1: %2).</source>
        <translation>核心拒絕了一個不符合此通訊端目前狀態的引數（%1：%2）。</translation>
    </message>
    <message>
        <source>This kind of socket does not support the operation (%1).</source>
        <translation>這種通訊端不支援此操作（%1）。</translation>
    </message>
    <message>
        <source>The call failed: %1 (%2).</source>
        <translation>呼叫失敗：%1（%2）。</translation>
    </message>
    <message>
        <source>There is no lab socket %1.</source>
        <translation>沒有實驗室通訊端 %1。</translation>
    </message>
    <message>
        <source>%1 is closed. Its descriptor number may already belong to another file, so the lab makes no call on it.</source>
        <translation>%1 已關閉。它的描述符編號可能已經屬於另一個檔案，因此實驗室不會對它進行任何呼叫。</translation>
    </message>
    <message>
        <source>%1 has a call waiting on it: abandon that call first.</source>
        <translation>%1 上有一個正在等待的呼叫：請先放棄那個呼叫。</translation>
    </message>
    <message>
        <source>Another call is waiting: abandon it, or make this one with MSG_DONTWAIT or on a non-blocking socket.</source>
        <translation>另一個呼叫正在等待：請放棄它，或以 MSG_DONTWAIT 或在非阻塞通訊端上進行這次呼叫。</translation>
    </message>
    <message>
        <source>Descriptor %1 is open and belongs to SockScope itself: dup2 would close it. Choose a free number or a lab socket&apos;s descriptor.</source>
        <translation>描述符 %1 已開啟，且屬於 SockScope 本身：dup2 會把它關閉。請選擇一個空閒的編號，或實驗室通訊端的描述符。</translation>
    </message>
    <message>
        <source>At most %1 bytes at a time.</source>
        <translation>一次最多 %1 個位元組。</translation>
    </message>
    <message>
        <source>TCP server: socket, bind, listen, accept</source>
        <translation>TCP 伺服器：socket、bind、listen、accept</translation>
    </message>
    <message>
        <source>TCP client: socket, connect</source>
        <translation>TCP 用戶端：socket、connect</translation>
    </message>
    <message>
        <source>UDP: socket, bind, sendto, recvfrom</source>
        <translation>UDP：socket、bind、sendto、recvfrom</translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR)</source>
        <translation>半關閉：shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>A socket is a file descriptor</source>
        <translation>通訊端就是檔案描述符</translation>
    </message>
    <message>
        <source>The passive side. Run the TCP client recipe (or any client) to connect, then accept.</source>
        <translation>被動的一方。執行「TCP 用戶端」流程（或任何用戶端）來連線，再進行 accept。</translation>
    </message>
    <message>
        <source>The active side. Connects to the lab&apos;s listening socket; start the server recipe first.</source>
        <translation>主動的一方。連線到實驗室的監聽通訊端；請先執行伺服器流程。</translation>
    </message>
    <message>
        <source>Two datagram sockets: no connection, every datagram carries its address.</source>
        <translation>兩個資料包通訊端：沒有連線，每個資料包都帶有它的位址。</translation>
    </message>
    <message>
        <source>A connection of the lab&apos;s own; the client stops sending but keeps reading.</source>
        <translation>實驗室自己的一條連線；用戶端停止傳送，但繼續讀取。</translation>
    </message>
    <message>
        <source>The file functions on a socket: what works, what fails, and how dup shares the open file.</source>
        <translation>通訊端上的檔案函式：哪些可用、哪些會失敗，以及 dup 如何共用開啟的檔案。</translation>
    </message>
    <message>
        <source>socket() for A</source>
        <translation>A 的 socket()</translation>
    </message>
    <message>
        <source>socket()</source>
        <translation>socket()</translation>
    </message>
    <message>
        <source>socket() for B</source>
        <translation>B 的 socket()</translation>
    </message>
    <message>
        <source>socket() for the server</source>
        <translation>伺服器的 socket()</translation>
    </message>
    <message>
        <source>socket() for the client</source>
        <translation>用戶端的 socket()</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR) the client</source>
        <translation>對用戶端 shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>recv() on the server&apos;s end</source>
        <translation>在伺服器端 recv()</translation>
    </message>
    <message>
        <source>send() back to the client</source>
        <translation>send() 回用戶端</translation>
    </message>
    <message>
        <source>recv() on the client</source>
        <translation>在用戶端 recv()</translation>
    </message>
    <message>
        <source>close() the client</source>
        <translation>close() 用戶端</translation>
    </message>
    <message>
        <source>close() the listener</source>
        <translation>close() 監聽通訊端</translation>
    </message>
    <message>
        <source>bind() A</source>
        <translation>bind() A</translation>
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
        <translation>從 B sendto() 到 A</translation>
    </message>
    <message>
        <source>recvfrom() on A</source>
        <translation>在 A 上 recvfrom()</translation>
    </message>
    <message>
        <source>close() the connection</source>
        <translation>close() 連線</translation>
    </message>
    <message>
        <source>close() B</source>
        <translation>close() B</translation>
    </message>
    <message>
        <source>close() A</source>
        <translation>close() A</translation>
    </message>
    <message>
        <source>close() the copy</source>
        <translation>close() 副本</translation>
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
        <translation>在副本上設定 O_NONBLOCK</translation>
    </message>
    <message>
        <source>F_GETFL on the original</source>
        <translation>對原描述符執行 F_GETFL</translation>
    </message>
    <message>
        <source>Create a TCP socket: AF_INET, SOCK_STREAM. It has a descriptor but no address yet.</source>
        <translation>建立 TCP 通訊端：AF_INET、SOCK_STREAM。它有描述符，但還沒有位址。</translation>
    </message>
    <message>
        <source>Give the server its local address: 127.0.0.1, port 0 (the kernel picks a free port).</source>
        <translation>給伺服器一個本機位址：127.0.0.1，埠 0（由核心挑選空閒的埠）。</translation>
    </message>
    <message>
        <source>Make it a listening socket, so the kernel accepts connections for it.</source>
        <translation>把它變成監聽通訊端，讓核心替它接受連線。</translation>
    </message>
    <message>
        <source>Take a connection. With none waiting, accept blocks: connect a client, or abandon the call.</source>
        <translation>取得一條連線。沒有連線在等待時，accept 會阻塞：請連線一個用戶端，或放棄這次呼叫。</translation>
    </message>
    <message>
        <source>Read what the peer sent. With nothing there, recv waits.</source>
        <translation>讀取對端送來的資料。沒有資料時，recv 會等待。</translation>
    </message>
    <message>
        <source>Send a line to the peer.</source>
        <translation>傳送一行文字給對端。</translation>
    </message>
    <message>
        <source>Close the accepted socket: this side closes first, so this side&apos;s connection ends in TIME_WAIT.</source>
        <translation>關閉接受的通訊端：由這一端先關閉，所以這一端的連線最後會處於 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Close the socket and watch its row: a TCP connection lives on in the kernel without a descriptor.</source>
        <translation>關閉通訊端並觀察它那一列：TCP 連線會在沒有描述符的情況下繼續存在於核心中。</translation>
    </message>
    <message>
        <source>Connect to the lab&apos;s listening socket on 127.0.0.1. The kernel binds an ephemeral port first.</source>
        <translation>連線到實驗室在 127.0.0.1 上的監聽通訊端。核心會先繫結一個臨時埠。</translation>
    </message>
    <message>
        <source>Create a TCP socket: AF_INET, SOCK_STREAM.</source>
        <translation>建立 TCP 通訊端：AF_INET、SOCK_STREAM。</translation>
    </message>
    <message>
        <source>Bind the server to 127.0.0.1, port 0.</source>
        <translation>將伺服器繫結至 127.0.0.1，埠 0。</translation>
    </message>
    <message>
        <source>Make it a listening socket.</source>
        <translation>把它變成監聽通訊端。</translation>
    </message>
    <message>
        <source>Connect the client to the server&apos;s port.</source>
        <translation>將用戶端連線至伺服器的埠。</translation>
    </message>
    <message>
        <source>Accept the queued connection: the server&apos;s end of it.</source>
        <translation>接受佇列中的連線：取得這條連線在伺服器這一端的通訊端。</translation>
    </message>
    <message>
        <source>The client shuts down its sending side: the kernel sends a FIN, the socket stays open for reading.</source>
        <translation>用戶端關閉它的傳送方向：核心送出 FIN，通訊端仍可讀取。</translation>
    </message>
    <message>
        <source>The server reads end of stream: recv returns 0, although the client has not closed.</source>
        <translation>伺服器讀到串流結束：recv 傳回 0，雖然用戶端尚未關閉。</translation>
    </message>
    <message>
        <source>The server can still send: only one direction was shut.</source>
        <translation>伺服器仍然可以傳送：只關閉了一個方向。</translation>
    </message>
    <message>
        <source>The client still receives.</source>
        <translation>用戶端仍然可以接收。</translation>
    </message>
    <message>
        <source>Close: the side that closes first ends in TIME_WAIT.</source>
        <translation>關閉：先關閉的一端最後會處於 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Create a UDP socket: AF_INET, SOCK_DGRAM.</source>
        <translation>建立 UDP 通訊端：AF_INET、SOCK_DGRAM。</translation>
    </message>
    <message>
        <source>Bind A to 127.0.0.1, port 0, so B has an address to send to.</source>
        <translation>將 A 繫結至 127.0.0.1，埠 0，讓 B 有位址可以傳送。</translation>
    </message>
    <message>
        <source>Send one datagram from B to A&apos;s address; B gets an ephemeral port on the way.</source>
        <translation>從 B 傳送一個資料包到 A 的位址；B 在過程中會取得一個臨時埠。</translation>
    </message>
    <message>
        <source>Receive the datagram on A, with the sender&apos;s address.</source>
        <translation>在 A 上接收資料包，連同傳送者的位址。</translation>
    </message>
    <message>
        <source>Close the socket; a datagram socket leaves nothing behind.</source>
        <translation>關閉通訊端；資料包通訊端不會留下任何東西。</translation>
    </message>
    <message>
        <source>fstat on a socket: st_mode says S_IFSOCK.</source>
        <translation>對通訊端呼叫 fstat：st_mode 顯示 S_IFSOCK。</translation>
    </message>
    <message>
        <source>lseek on a socket: there is no position (ESPIPE).</source>
        <translation>對通訊端呼叫 lseek：沒有位置可言（ESPIPE）。</translation>
    </message>
    <message>
        <source>fchdir on a socket: not a directory (ENOTDIR).</source>
        <translation>對通訊端呼叫 fchdir：不是目錄（ENOTDIR）。</translation>
    </message>
    <message>
        <source>dup: a second descriptor for the same open socket.</source>
        <translation>dup：同一個開啟的通訊端的第二個描述符。</translation>
    </message>
    <message>
        <source>Set O_NONBLOCK through the copy…</source>
        <translation>透過副本設定 O_NONBLOCK…</translation>
    </message>
    <message>
        <source>…and read it through the original: the flag belongs to the shared open file.</source>
        <translation>…再透過原描述符讀取：這個旗標屬於共用的開啟檔案。</translation>
    </message>
    <message>
        <source>Close the original: the socket stays open through the copy.</source>
        <translation>關閉原描述符：通訊端仍透過副本保持開啟。</translation>
    </message>
    <message>
        <source>Close the copy: the last reference, so now the socket goes away.</source>
        <translation>關閉副本：這是最後一個參考，所以通訊端現在消失了。</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>監聽中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>已繫結</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>未繫結</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>%1 (no descriptor left)</source>
        <translation>%1（已無描述符）</translation>
    </message>
    <message>
        <source>MSG_TRUNC on a stream socket: the kernel took %1 bytes out of the receive buffer and threw them away without copying them into buf (Linux); the return value says how many.</source>
        <translation>串流通訊端上的 MSG_TRUNC：核心從接收緩衝區取出 %1 個位元組並丟棄，沒有複製到 buf（Linux）；回傳值說明取出了多少。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a numeric IPv4 or IPv6 address (127.0.0.1, ::1) nor a unix path (one that starts with /, ./ or @).</source>
        <translation>「%1」既不是數字形式的 IPv4 或 IPv6 位址（127.0.0.1、::1），也不是 unix 路徑（以 /、./ 或 @ 開頭）。</translation>
    </message>
    <message>
        <source>The unix path has %1 bytes; sun_path holds %2 at most (and the terminating NUL).</source>
        <translation>unix 路徑有 %1 個位元組；sun_path 最多容納 %2 個（另加結尾的 NUL）。</translation>
    </message>
    <message>
        <source>The connection can no longer send (shut down or reset). MSG_NOSIGNAL kept the kernel from raising SIGPIPE, so only the error is returned.</source>
        <translation>這條連線已無法再傳送（已 shutdown 或已重設）。MSG_NOSIGNAL 讓核心不發出 SIGPIPE，因此只傳回錯誤。</translation>
    </message>
    <message>
        <source>net.ipv4.ping_group_range cannot be read here (no /proc/sys): ping sockets may not exist.</source>
        <translation>此處無法讀取 net.ipv4.ping_group_range（沒有 /proc/sys）：ping 通訊端可能不存在。</translation>
    </message>
    <message>
        <source>net.ipv4.ping_group_range = %1: your groups (%2) are inside it, so ping sockets (SOCK_DGRAM, IPPROTO_ICMP) work without CAP_NET_RAW.</source>
        <translation>net.ipv4.ping_group_range = %1：您的群組（%2）在此範圍內，因此 ping 通訊端（SOCK_DGRAM、IPPROTO_ICMP）不需要 CAP_NET_RAW 即可使用。</translation>
    </message>
    <message>
        <source>net.ipv4.ping_group_range = %1: your groups (%2) are outside it, so socket() refuses ping sockets with EACCES (&quot;1 0&quot;, the default, admits nobody, root included).</source>
        <translation>net.ipv4.ping_group_range = %1：您的群組（%2）不在此範圍內，因此 socket() 會以 EACCES 拒絕建立 ping 通訊端（預設值「1 0」不允許任何人，包括 root 在內）。</translation>
    </message>
    <message>
        <source>The IPv4 header the lab built (IP_HDRINCL: the kernel adds none): %1.</source>
        <translation>實驗室建構的 IPv4 標頭（IP_HDRINCL：核心不會另加標頭）：%1。</translation>
    </message>
    <message>
        <source>Its header checksum, over the 20 header bytes with the checksum field 0:</source>
        <translation>它的標頭檢查碼，以檢查碼欄位設為 0 的 20 個標頭位元組計算：</translation>
    </message>
    <message>
        <source>Linux still fills in the total length and the header checksum itself, and the identification and source address when they are 0.</source>
        <translation>Linux 仍會自行填入總長度與標頭檢查碼；識別欄位（identification）與來源位址為 0 時，也會由它填入。</translation>
    </message>
    <message>
        <source>The echo request to %1: %2.</source>
        <translation>送往 %1 的 echo 請求：%2。</translation>
    </message>
    <message>
        <source>ICMPv6&apos;s checksum also covers a pseudo-header of both IPv6 addresses, which only the kernel knows for sure: it computes the checksum itself (IPV6_CHECKSUM is always on for ICMPv6 raw sockets), so the lab leaves the field 0.</source>
        <translation>ICMPv6 的檢查碼還涵蓋一個包含兩個 IPv6 位址的虛擬標頭，而這兩個位址只有核心能確切知道：核心會自行計算檢查碼（ICMPv6 原始通訊端的 IPV6_CHECKSUM 一律開啟），因此實驗室將該欄位保留為 0。</translation>
    </message>
    <message>
        <source>The Internet checksum, over the ICMP message with its checksum field 0:</source>
        <translation>網際網路檢查碼，以檢查碼欄位設為 0 的 ICMP 訊息計算：</translation>
    </message>
    <message>
        <source>On a ping socket the kernel puts in its own identifier, the socket&apos;s &quot;port&quot; (%1 here), and computes the checksum again.</source>
        <translation>在 ping 通訊端上，核心會填入它自己的識別碼，也就是該通訊端的「埠」（此處為 %1），並重新計算檢查碼。</translation>
    </message>
    <message>
        <source>The reply, as recvfrom gave it: %1.</source>
        <translation>recvfrom 所傳回的回覆：%1。</translation>
    </message>
    <message>
        <source>A raw IPv4 socket receives the whole datagram, the IP header first; a ping socket (and a raw ICMPv6 socket) gets the ICMP message alone.</source>
        <translation>IPv4 原始通訊端會接收整個資料包，IP 標頭在最前面；ping 通訊端（以及 ICMPv6 原始通訊端）只會收到 ICMP 訊息本身。</translation>
    </message>
    <message>
        <source>A ping socket gets the ICMP message alone, without the IP header: the kernel already matched the reply to this socket by its identifier. A raw IPv4 socket would get the whole datagram, IP header first.</source>
        <translation>ping 通訊端只會收到 ICMP 訊息本身，不含 IP 標頭：核心已經依據識別碼把這個回覆對應到此通訊端。IPv4 原始通訊端則會收到整個資料包，IP 標頭在最前面。</translation>
    </message>
    <message>
        <source>A raw ICMPv6 socket gets the ICMP message without the IPv6 header.</source>
        <translation>ICMPv6 原始通訊端收到的是不含 IPv6 標頭的 ICMP 訊息。</translation>
    </message>
    <message>
        <source>No reply came before the timeout.</source>
        <translation>逾時前沒有收到回覆。</translation>
    </message>
    <message numerus="yes">
        <source>%n other ICMP message(s) read meanwhile: on loopback a raw socket also reads the echo request itself, and every other ICMP message of the machine.</source>
        <translation>
            <numerusform>期間另外讀到 %n 則 ICMP 訊息：在回送介面上，原始通訊端也會讀到 echo 請求本身，以及這台電腦的所有其他 ICMP 訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel made a raw socket, %1 (descriptor %2), for %3: it skips the transport layer. recvfrom gives every datagram of that protocol the machine receives (IPv4: IP header first), and sendto sends your bytes after an IP header the kernel writes (unless IP_HDRINCL is set).</source>
        <translation>核心為 %3 建立了原始通訊端 %1（描述符 %2）：它略過傳輸層。recvfrom 會傳回這台電腦收到的該協定的每一個資料包（IPv4：IP 標頭在最前面），而 sendto 會把您的位元組接在核心所寫的 IP 標頭之後送出（除非設定了 IP_HDRINCL）。</translation>
    </message>
    <message>
        <source>The kernel made a raw socket for IPPROTO_RAW, %1 (descriptor %2): it only sends, never receives, and IP_HDRINCL is implied: each datagram you send begins with your own IPv4 header.</source>
        <translation>核心建立了 IPPROTO_RAW 的原始通訊端 %1（描述符 %2）：它只傳送、從不接收，而且隱含 IP_HDRINCL：您傳送的每個資料包都以您自己的 IPv4 標頭開頭。</translation>
    </message>
    <message>
        <source>The kernel made a ping socket, %1 (descriptor %2): a datagram socket for ICMP echo only, allowed without CAP_NET_RAW to the groups in net.ipv4.ping_group_range. The kernel sets the identifier and the checksum, and hands this socket its own replies only, without the IP header.</source>
        <translation>核心建立了 ping 通訊端 %1（描述符 %2）：一種只用於 ICMP echo 的資料包通訊端，net.ipv4.ping_group_range 中的群組不需要 CAP_NET_RAW 就能使用。核心會設定識別碼與檢查碼，並且只把屬於這個通訊端的回覆交給它，不含 IP 標頭。</translation>
    </message>
    <message>
        <source>The kernel made a sequenced-packet socket, %1 (descriptor %2): connected and reliable like a stream, but each send is one record and each recv returns at most one record.</source>
        <translation>核心建立了循序封包（sequenced-packet）通訊端 %1（描述符 %2）：像串流一樣有連線且可靠，但每次 send 是一筆紀錄，每次 recv 最多傳回一筆紀錄。</translation>
    </message>
    <message>
        <source>The kernel made socket %1 (descriptor %2) for protocol %3 of the protocols database.</source>
        <translation>核心為協定資料庫中的協定 %3 建立了通訊端 %1（描述符 %2）。</translation>
    </message>
    <message>
        <source>%1 sends back to back put %2 bytes into the send buffer. While the first small segment is unacknowledged, Nagle&apos;s algorithm holds the others back and sends them together; with TCP_NODELAY each goes out at once.</source>
        <translation>連續 %1 次 send 把 %2 個位元組放進傳送緩衝區。在第一個小區段尚未獲得確認時，Nagle 演算法會扣住其餘的資料，之後一起送出；使用 TCP_NODELAY 時，每一次都會立即送出。</translation>
    </message>
    <message>
        <source>One record of %1 bytes (the buffer held %2). A sequenced-packet socket keeps the sender&apos;s boundaries: each recv returns at most one send&apos;s bytes, and what does not fit in the buffer is thrown away.</source>
        <translation>一筆 %1 位元組的紀錄（緩衝區可容納 %2）。循序封包通訊端會保留傳送端的邊界：每次 recv 最多傳回一次 send 的位元組，放不進緩衝區的部分會被丟棄。</translation>
    </message>
    <message>
        <source>The record had %1 bytes, the buffer only %2: with MSG_TRUNC recv returns the record&apos;s real length; the bytes beyond the buffer are lost.</source>
        <translation>這筆紀錄有 %1 個位元組，緩衝區卻只有 %2：使用 MSG_TRUNC 時，recv 會傳回紀錄的實際長度；超出緩衝區的位元組則會遺失。</translation>
    </message>
    <message>
        <source>SO_LINGER is on with l_linger 0: close() will now abort the connection, sending a RST instead of a FIN, and leave no TIME_WAIT.</source>
        <translation>SO_LINGER 已開啟且 l_linger 為 0：close() 現在會中止連線，送出 RST 而非 FIN，也不會留下 TIME_WAIT。</translation>
    </message>
    <message>
        <source>SO_LINGER is set (l_onoff %1, l_linger %2 s): close() waits up to l_linger seconds for unsent data to go out.</source>
        <translation>SO_LINGER 已設定（l_onoff %1，l_linger %2 秒）：close() 最多等待 l_linger 秒，讓尚未送出的資料送出。</translation>
    </message>
    <message>
        <source>TCP_NODELAY is on: Nagle&apos;s algorithm is off, so each small send goes out at once instead of waiting for the ACK of the data in flight.</source>
        <translation>TCP_NODELAY 已開啟：Nagle 演算法關閉，因此每次小量的 send 都會立即送出，而不必等待傳輸中資料的 ACK。</translation>
    </message>
    <message>
        <source>TCP_NODELAY is off: Nagle&apos;s algorithm holds small sends back while data is unacknowledged.</source>
        <translation>TCP_NODELAY 已關閉：只要還有資料未獲確認，Nagle 演算法就會扣住小量的 send。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE is %1: after TCP_KEEPIDLE seconds of silence the kernel probes the peer with an empty ACK.</source>
        <translation>SO_KEEPALIVE 已%1：在 TCP_KEEPIDLE 秒沒有任何通訊之後，核心會以一個空的 ACK 探測對端。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>TCP_KEEPIDLE is %1 s: the first keep-alive probe goes out after that long without traffic.</source>
        <translation>TCP_KEEPIDLE 為 %1 秒：沒有流量達這麼久之後，就會送出第一個 keep-alive 探測封包。</translation>
    </message>
    <message>
        <source>TCP_KEEPINTVL is %1 s: the time between unanswered keep-alive probes.</source>
        <translation>TCP_KEEPINTVL 為 %1 秒：未獲回應的 keep-alive 探測封包之間的間隔。</translation>
    </message>
    <message>
        <source>TCP_KEEPCNT is %1: that many unanswered probes end the connection (ETIMEDOUT).</source>
        <translation>TCP_KEEPCNT 為 %1：這麼多個探測封包未獲回應時，連線就會結束（ETIMEDOUT）。</translation>
    </message>
    <message>
        <source>IP_HDRINCL is %1: each datagram sent on this raw socket must then begin with its own IPv4 header.</source>
        <translation>IP_HDRINCL 已%1：此時在這個原始通訊端上傳送的每個資料包都必須以自己的 IPv4 標頭開頭。</translation>
    </message>
    <message>
        <source>%1 is set to %2.</source>
        <translation>%1 已設為 %2。</translation>
    </message>
    <message>
        <source>The echo reply for sequence %1 came back after %2 µs.</source>
        <translation>序號 %1 的 echo 回覆在 %2 µs 後傳回。</translation>
    </message>
    <message>
        <source>No echo reply within %1 ms: the kernel may ignore echo requests (net.ipv4.icmp_echo_ignore_all), or another program took it first.</source>
        <translation>%1 ms 內沒有收到 echo 回覆：核心可能忽略了 echo 請求（net.ipv4.icmp_echo_ignore_all），或另一個程式先取走了回覆。</translation>
    </message>
    <message>
        <source>The kernel sent the %1-byte datagram as the lab built it. This socket cannot receive: the echo reply goes to every raw ICMP socket (recvfrom on an AF_INET, SOCK_RAW, IPPROTO_ICMP socket shows it).</source>
        <translation>核心已依實驗室建構的內容送出這個 %1 位元組的資料包。這個通訊端無法接收：echo 回覆會送到每個原始 ICMP 通訊端（在 AF_INET、SOCK_RAW、IPPROTO_ICMP 的通訊端上呼叫 recvfrom 就能看到）。</translation>
    </message>
    <message>
        <source>AF_UNSPEC means &quot;any family&quot; where an address is looked up (getaddrinfo&apos;s hints) or undone (connect with AF_UNSPEC dissolves a datagram socket&apos;s association), but a socket belongs to one family: socket() answers %1 (%2).</source>
        <translation>在查詢位址時（getaddrinfo 的 hints）或解除位址時（以 AF_UNSPEC 呼叫 connect 會解除資料包通訊端的關聯），AF_UNSPEC 表示「任何家族」；但通訊端只屬於一個家族：socket() 的回答是 %1（%2）。</translation>
    </message>
    <message>
        <source>This system has no socket family %3: %1 (%2).</source>
        <translation>這個系統沒有通訊端家族 %3：%1（%2）。</translation>
    </message>
    <message>
        <source>%5 is no protocol for %3 sockets of type %4 here (%1: %2). TCP goes with SOCK_STREAM, UDP with SOCK_DGRAM; others need SOCK_RAW, or a kernel module (SCTP).</source>
        <translation>在這裡，%5 不是類型為 %4 的 %3 通訊端可用的協定（%1：%2）。TCP 搭配 SOCK_STREAM，UDP 搭配 SOCK_DGRAM；其他協定需要 SOCK_RAW，或需要核心模組（SCTP）。</translation>
    </message>
    <message>
        <source>The family %3 has no sockets of type %4 (%1: %2).</source>
        <translation>%3 家族沒有類型為 %4 的通訊端（%1：%2）。</translation>
    </message>
    <message>
        <source>The protocol %4 does not go with the type %3 (%1: %2).</source>
        <translation>協定 %4 無法搭配類型 %3（%1：%2）。</translation>
    </message>
    <message>
        <source>The kernel refused (%1): a raw socket (%2, %3) needs the capability CAP_NET_RAW, which this process does not have. Run SockScope as root (sudo sockscope), or give the program the capability once: sudo setcap cap_net_raw+ep $(command -v sockscope). For an ICMP echo without privilege, use a ping socket instead: SOCK_DGRAM with IPPROTO_ICMP, allowed to the groups in net.ipv4.ping_group_range.</source>
        <translation>核心拒絕了（%1）：原始通訊端（%2、%3）需要 CAP_NET_RAW 能力，而這個行程沒有。請以 root 身分執行 SockScope（sudo sockscope），或一次性地授予程式這項能力：sudo setcap cap_net_raw+ep $(command -v sockscope)。若要在沒有特權的情況下進行 ICMP echo，請改用 ping 通訊端：SOCK_DGRAM 搭配 IPPROTO_ICMP，net.ipv4.ping_group_range 中的群組皆可使用。</translation>
    </message>
    <message>
        <source>The kernel refused the ping socket (%1): your groups (%3) lie outside net.ipv4.ping_group_range = %2 (&quot;1 0&quot;, the default, admits nobody, root included). An administrator admits them with sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot;; or use a raw socket, which needs CAP_NET_RAW.</source>
        <translation>核心拒絕了 ping 通訊端（%1）：您的群組（%3）不在 net.ipv4.ping_group_range = %2 的範圍內（預設值「1 0」不允許任何人，包括 root 在內）。系統管理員可以用 sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot; 允許這些群組；或者改用原始通訊端，但那需要 CAP_NET_RAW。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the protocols database (/etc/protocols): getprotobyname found nothing. Choose a name from the list, or give a number from 0 to 255.</source>
        <translation>「%1」不在協定資料庫（/etc/protocols）中：getprotobyname 找不到任何結果。請從清單中選擇名稱，或輸入 0 到 255 的數字。</translation>
    </message>
    <message>
        <source>%1 is a %2 socket: an ICMP echo needs a raw ICMP socket (SOCK_RAW with IPPROTO_ICMP, or IPPROTO_ICMPV6 for AF_INET6) or a ping socket (SOCK_DGRAM with IPPROTO_ICMP).</source>
        <translation>%1 是 %2 通訊端：ICMP echo 需要原始 ICMP 通訊端（SOCK_RAW 搭配 IPPROTO_ICMP，AF_INET6 則搭配 IPPROTO_ICMPV6）或 ping 通訊端（SOCK_DGRAM 搭配 IPPROTO_ICMP）。</translation>
    </message>
    <message>
        <source>%1 is a %2 socket: a whole IPv4 datagram goes out on an AF_INET, SOCK_RAW, IPPROTO_RAW socket (IP_HDRINCL).</source>
        <translation>%1 是 %2 通訊端：完整的 IPv4 資料包要透過 AF_INET、SOCK_RAW、IPPROTO_RAW 的通訊端送出（IP_HDRINCL）。</translation>
    </message>
    <message>
        <source>Reply timeout: %1 ms is out of range; 1 to %2 ms (0: the default, 1000 ms).</source>
        <translation>回覆逾時：%1 ms 超出範圍；應為 1 到 %2 ms（0：預設值，1000 ms）。</translation>
    </message>
    <message>
        <source>Repeat: %1 is out of range; a send may be repeated 1 to %2 times (other calls: once).</source>
        <translation>重複次數：%1 超出範圍；send 可重複 1 到 %2 次（其他呼叫：一次）。</translation>
    </message>
    <message>
        <source>Identifier: %1 is out of range; 0 to 65535 (16 bits).</source>
        <translation>識別碼：%1 超出範圍；應為 0 到 65535（16 位元）。</translation>
    </message>
    <message>
        <source>Sequence: %1 is out of range; 0 to 65535 (16 bits).</source>
        <translation>序號：%1 超出範圍；應為 0 到 65535（16 位元）。</translation>
    </message>
    <message>
        <source>Wire: the three-way handshake</source>
        <translation>線路：三向交握</translation>
    </message>
    <message>
        <source>Wire: orderly close, the client first</source>
        <translation>線路：正常關閉，用戶端先關閉</translation>
    </message>
    <message>
        <source>Wire: orderly close, the server first</source>
        <translation>線路：正常關閉，伺服器先關閉</translation>
    </message>
    <message>
        <source>Wire: RST by SO_LINGER 0</source>
        <translation>線路：由 SO_LINGER 0 造成的 RST</translation>
    </message>
    <message>
        <source>Wire: connect to a closed port (RST)</source>
        <translation>線路：connect 到已關閉的埠（RST）</translation>
    </message>
    <message>
        <source>Wire: UDP to a closed port (ICMP, then ECONNREFUSED)</source>
        <translation>線路：UDP 送往已關閉的埠（ICMP，然後 ECONNREFUSED）</translation>
    </message>
    <message>
        <source>Wire: a full backlog (SYNs unanswered)</source>
        <translation>線路：backlog 佇列已滿（SYN 得不到回應）</translation>
    </message>
    <message>
        <source>Wire: Nagle&apos;s algorithm and TCP_NODELAY</source>
        <translation>線路：Nagle 演算法與 TCP_NODELAY</translation>
    </message>
    <message>
        <source>Wire: MSG_OOB and the URG flag</source>
        <translation>線路：MSG_OOB 與 URG 旗標</translation>
    </message>
    <message>
        <source>Wire: keep-alive probes</source>
        <translation>線路：keep-alive 探測封包</translation>
    </message>
    <message>
        <source>Start a capture on the Wire page first: connect() puts SYN, SYN-ACK and ACK on the wire; accept() only takes the finished connection.</source>
        <translation>請先在「線路」頁面開始擷取：connect() 會在線路上送出 SYN、SYN-ACK 與 ACK；accept() 只是取走已完成的連線。</translation>
    </message>
    <message>
        <source>Each side&apos;s close() sends a FIN, each FIN is acknowledged; the side that closed first ends in TIME_WAIT. Watch the states beside the ladder on the Wire page.</source>
        <translation>每一端的 close() 都會送出 FIN，而每個 FIN 都會獲得確認；先關閉的一端最後會處於 TIME_WAIT。請觀察「線路」頁面上階梯圖旁的狀態。</translation>
    </message>
    <message>
        <source>With SO_LINGER on and l_linger 0, close() aborts: one RST instead of the FIN exchange, and no TIME_WAIT.</source>
        <translation>在 SO_LINGER 開啟且 l_linger 為 0 時，close() 會中止連線：以一個 RST 取代 FIN 的交換，也沒有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>A port that is bound but not listening: the kernel answers the SYN with a RST, and connect() fails with ECONNREFUSED.</source>
        <translation>一個已繫結但沒有在監聽的埠：核心以 RST 回應 SYN，connect() 則以 ECONNREFUSED 失敗。</translation>
    </message>
    <message>
        <source>A datagram to a port nobody has: the kernel answers with ICMP port unreachable, and the connected UDP socket learns of it on its next call (ECONNREFUSED).</source>
        <translation>送往無人使用之埠的資料包：核心以 ICMP port unreachable（埠無法到達）回應，已連線的 UDP 通訊端會在下一次呼叫時得知此事（ECONNREFUSED）。</translation>
    </message>
    <message>
        <source>listen(fd, 1) and three clients: two connections fill the queue, the third client&apos;s SYN is dropped and retransmitted until accept() makes room.</source>
        <translation>listen(fd, 1) 與三個用戶端：兩條連線就填滿佇列，第三個用戶端的 SYN 會被丟棄並重傳，直到 accept() 騰出空間。</translation>
    </message>
    <message>
        <source>Ten sends of two bytes each, back to back: with Nagle&apos;s algorithm a few segments, with TCP_NODELAY one per send.</source>
        <translation>連續十次 send，每次兩個位元組：使用 Nagle 演算法時只有少數幾個區段，使用 TCP_NODELAY 時則每次 send 一個區段。</translation>
    </message>
    <message>
        <source>One byte of urgent data: the segment carries the URG flag and the urgent pointer; the reader finds the mark with SIOCATMARK and the byte with MSG_OOB.</source>
        <translation>一個位元組的緊急資料：區段帶有 URG 旗標與緊急指標；讀取端以 SIOCATMARK 找到標記，以 MSG_OOB 取得該位元組。</translation>
    </message>
    <message>
        <source>Short keep-alive timers on an idle connection: the kernel probes the peer every second after two quiet seconds, and the peer acknowledges.</source>
        <translation>在閒置的連線上使用較短的 keep-alive 計時器：安靜兩秒之後，核心每秒探測對端一次，而對端會回以確認。</translation>
    </message>
    <message>
        <source>sendto() the closed port</source>
        <translation>sendto() 到已關閉的埠</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0} on the client</source>
        <translation>在用戶端設定 SO_LINGER {1, 0}</translation>
    </message>
    <message>
        <source>socket() for the target</source>
        <translation>目標的 socket()</translation>
    </message>
    <message>
        <source>bind() the target</source>
        <translation>bind() 目標</translation>
    </message>
    <message>
        <source>close() the target</source>
        <translation>close() 目標</translation>
    </message>
    <message>
        <source>sendto() again</source>
        <translation>再次 sendto()</translation>
    </message>
    <message>
        <source>socket() for client %1</source>
        <translation>用戶端 %1 的 socket()</translation>
    </message>
    <message>
        <source>connect() client %1</source>
        <translation>connect() 用戶端 %1</translation>
    </message>
    <message>
        <source>close() client %1</source>
        <translation>close() 用戶端 %1</translation>
    </message>
    <message>
        <source>send() ten times</source>
        <translation>send() 十次</translation>
    </message>
    <message>
        <source>TCP_NODELAY on the client</source>
        <translation>在用戶端設定 TCP_NODELAY</translation>
    </message>
    <message>
        <source>send() ten times again</source>
        <translation>再 send() 十次</translation>
    </message>
    <message>
        <source>send() normal data</source>
        <translation>send() 一般資料</translation>
    </message>
    <message>
        <source>send() one byte with MSG_OOB</source>
        <translation>以 MSG_OOB send() 一個位元組</translation>
    </message>
    <message>
        <source>ioctl(SIOCATMARK)</source>
        <translation>ioctl(SIOCATMARK)</translation>
    </message>
    <message>
        <source>recv() up to the mark</source>
        <translation>recv() 到標記為止</translation>
    </message>
    <message>
        <source>recv() with MSG_OOB</source>
        <translation>以 MSG_OOB recv()</translation>
    </message>
    <message>
        <source>TCP_KEEPIDLE 2 s</source>
        <translation>TCP_KEEPIDLE 2 秒</translation>
    </message>
    <message>
        <source>TCP_KEEPINTVL 1 s</source>
        <translation>TCP_KEEPINTVL 1 秒</translation>
    </message>
    <message>
        <source>TCP_KEEPCNT 3</source>
        <translation>TCP_KEEPCNT 3</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE on</source>
        <translation>開啟 SO_KEEPALIVE</translation>
    </message>
    <message>
        <source>Create a TCP socket with SOCK_NONBLOCK, so that its connect() returns at once.</source>
        <translation>以 SOCK_NONBLOCK 建立 TCP 通訊端，讓它的 connect() 立即返回。</translation>
    </message>
    <message>
        <source>Bind to 127.0.0.1, port 0 (the kernel picks a free port).</source>
        <translation>繫結至 127.0.0.1，埠 0（核心會挑選一個空閒的埠）。</translation>
    </message>
    <message>
        <source>listen(fd, 1): Linux queues at most backlog + 1 = 2 finished connections.</source>
        <translation>listen(fd, 1)：Linux 最多把 backlog + 1 = 2 條已完成的連線排入佇列。</translation>
    </message>
    <message>
        <source>Connect to the target&apos;s port: it is bound, but nothing listens there.</source>
        <translation>連線至目標的埠：它已繫結，但沒有任何程式在那裡監聽。</translation>
    </message>
    <message>
        <source>Connect the client&apos;s UDP socket to the target: no packet, only the kernel&apos;s note of the peer.</source>
        <translation>將用戶端的 UDP 通訊端連線至目標：不會送出封包，只是由核心記下對端。</translation>
    </message>
    <message>
        <source>The third client: the queue is full, connect() returns -1 EINPROGRESS and the handshake waits.</source>
        <translation>第三個用戶端：佇列已滿，connect() 傳回 -1 EINPROGRESS，交握則在等待。</translation>
    </message>
    <message>
        <source>Accept one connection: now the queue has room for the third.</source>
        <translation>接受一條連線：現在佇列有空間容納第三條了。</translation>
    </message>
    <message>
        <source>Close the client with SO_LINGER {1, 0}: the connection is aborted.</source>
        <translation>以 SO_LINGER {1, 0} 關閉用戶端：連線被中止。</translation>
    </message>
    <message>
        <source>The client closes first: its kernel sends a FIN.</source>
        <translation>用戶端先關閉：它的核心送出 FIN。</translation>
    </message>
    <message>
        <source>The server&apos;s end closes first: its kernel sends a FIN.</source>
        <translation>伺服器端先關閉：它的核心送出 FIN。</translation>
    </message>
    <message>
        <source>The other side reads end of stream: recv returns 0.</source>
        <translation>另一端讀到串流結束：recv 傳回 0。</translation>
    </message>
    <message>
        <source>Now the server&apos;s end closes too: the second FIN.</source>
        <translation>現在伺服器端也關閉：第二個 FIN。</translation>
    </message>
    <message>
        <source>Now the client closes too: the second FIN.</source>
        <translation>現在用戶端也關閉：第二個 FIN。</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER) with l_onoff 1 and l_linger 0 on the client.</source>
        <translation>在用戶端以 l_onoff 1 與 l_linger 0 呼叫 setsockopt(SO_LINGER)。</translation>
    </message>
    <message>
        <source>The server&apos;s end reads: -1 ECONNRESET, the reset is all it learns.</source>
        <translation>伺服器端讀取：-1 ECONNRESET，它所得知的只有連線被重設。</translation>
    </message>
    <message>
        <source>Send a datagram to the target&apos;s port, whose socket is closed now: sendto succeeds.</source>
        <translation>傳送一個資料包到目標的埠，而該埠的通訊端現在已關閉：sendto 成功。</translation>
    </message>
    <message>
        <source>Send again: -1 ECONNREFUSED, the error the ICMP message left on the socket.</source>
        <translation>再傳送一次：-1 ECONNREFUSED，這是 ICMP 訊息留在通訊端上的錯誤。</translation>
    </message>
    <message>
        <source>Close the target: its port now belongs to nobody.</source>
        <translation>關閉目標：它的埠現在不屬於任何人。</translation>
    </message>
    <message>
        <source>Ten sends of two bytes, back to back, Nagle&apos;s algorithm on (the default).</source>
        <translation>連續十次 send，每次兩個位元組，Nagle 演算法開啟（預設）。</translation>
    </message>
    <message>
        <source>Read what arrived: the bytes of all ten sends.</source>
        <translation>讀取已抵達的資料：全部十次 send 的位元組。</translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY, 1) on the client: Nagle&apos;s algorithm off.</source>
        <translation>在用戶端呼叫 setsockopt(TCP_NODELAY, 1)：關閉 Nagle 演算法。</translation>
    </message>
    <message>
        <source>The same ten sends with TCP_NODELAY.</source>
        <translation>以 TCP_NODELAY 進行同樣的十次 send。</translation>
    </message>
    <message>
        <source>Send six bytes of normal data.</source>
        <translation>傳送六個位元組的一般資料。</translation>
    </message>
    <message>
        <source>Send one byte with MSG_OOB: TCP&apos;s urgent data.</source>
        <translation>以 MSG_OOB 傳送一個位元組：TCP 的緊急資料。</translation>
    </message>
    <message>
        <source>SIOCATMARK on the server&apos;s end: 0, normal data comes before the mark.</source>
        <translation>在伺服器端執行 SIOCATMARK：0，標記之前還有一般資料。</translation>
    </message>
    <message>
        <source>recv stops at the mark: the six normal bytes, not the urgent one.</source>
        <translation>recv 在標記處停下：取得六個一般位元組，而不是那個緊急位元組。</translation>
    </message>
    <message>
        <source>SIOCATMARK again: 1, the read position is at the mark.</source>
        <translation>再次執行 SIOCATMARK：1，讀取位置正位於標記。</translation>
    </message>
    <message>
        <source>recv with MSG_OOB: the urgent byte, out of band.</source>
        <translation>以 MSG_OOB 呼叫 recv：以頻外方式取得緊急位元組。</translation>
    </message>
    <message>
        <source>setsockopt(TCP_KEEPIDLE, 2): the first probe after two idle seconds.</source>
        <translation>setsockopt(TCP_KEEPIDLE, 2)：閒置兩秒後送出第一個探測封包。</translation>
    </message>
    <message>
        <source>setsockopt(TCP_KEEPINTVL, 1): then one probe a second while unanswered.</source>
        <translation>setsockopt(TCP_KEEPINTVL, 1)：之後在未獲回應期間，每秒送出一個探測封包。</translation>
    </message>
    <message>
        <source>setsockopt(TCP_KEEPCNT, 3): three unanswered probes end the connection.</source>
        <translation>setsockopt(TCP_KEEPCNT, 3)：三個探測封包未獲回應即結束連線。</translation>
    </message>
    <message>
        <source>setsockopt(SO_KEEPALIVE, 1): keep-alive on. Wait a few seconds before the next step.</source>
        <translation>setsockopt(SO_KEEPALIVE, 1)：開啟 keep-alive。進行下一個步驟前，請等待幾秒。</translation>
    </message>
    <message>
        <source>Close the socket.</source>
        <translation>關閉通訊端。</translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK: the handshake.</source>
        <translation>SYN、SYN-ACK、ACK：交握。</translation>
    </message>
    <message>
        <source>A FIN from the client, acknowledged; the client&apos;s state goes FIN_WAIT_1, FIN_WAIT_2.</source>
        <translation>用戶端送出 FIN 並獲得確認；用戶端的狀態依序變為 FIN_WAIT_1、FIN_WAIT_2。</translation>
    </message>
    <message>
        <source>Data from the server still flows, and the client acknowledges it.</source>
        <translation>來自伺服器的資料仍持續傳送，而用戶端會確認收到。</translation>
    </message>
    <message>
        <source>The second FIN closes the other direction.</source>
        <translation>第二個 FIN 關閉另一個方向。</translation>
    </message>
    <message>
        <source>A SYN, answered by RST-ACK: nothing listens.</source>
        <translation>一個 SYN，以 RST-ACK 回應：沒有程式在監聽。</translation>
    </message>
    <message>
        <source>Nothing: connecting a UDP socket sends no packet.</source>
        <translation>什麼都沒有：連線 UDP 通訊端不會送出任何封包。</translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK: the three-way handshake.</source>
        <translation>SYN、SYN-ACK、ACK：三向交握。</translation>
    </message>
    <message>
        <source>A SYN that gets no SYN-ACK: the listener drops it. It comes again after 1 s, 3 s, 7 s, …</source>
        <translation>一個得不到 SYN-ACK 的 SYN：監聽通訊端把它丟棄。它會在 1 秒、3 秒、7 秒……之後再次送來。</translation>
    </message>
    <message>
        <source>Nothing at once; the third client&apos;s next retransmitted SYN is answered now.</source>
        <translation>不會立即出現任何封包；第三個用戶端下一次重傳的 SYN 這次會獲得回應。</translation>
    </message>
    <message>
        <source>Nothing: the handshake was over before accept() took the connection.</source>
        <translation>什麼都沒有：在 accept() 取走連線之前，交握就已經完成了。</translation>
    </message>
    <message>
        <source>One RST and no FIN; neither side is left in TIME_WAIT.</source>
        <translation>一個 RST，沒有 FIN；兩端都不會留在 TIME_WAIT。</translation>
    </message>
    <message>
        <source>A FIN from this side and its ACK: this side is now FIN_WAIT_2, the other CLOSE_WAIT.</source>
        <translation>這一端送出的 FIN 及其 ACK：這一端現在處於 FIN_WAIT_2，另一端處於 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>The second FIN and its ACK: the side that closed first is now in TIME_WAIT.</source>
        <translation>第二個 FIN 及其 ACK：先關閉的一端現在處於 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Nothing: the FIN already arrived; recv reports it.</source>
        <translation>什麼都沒有：FIN 早已抵達；recv 只是回報它。</translation>
    </message>
    <message>
        <source>Nothing more: the RST was the last packet.</source>
        <translation>沒有更多封包：RST 就是最後一個封包。</translation>
    </message>
    <message>
        <source>A UDP datagram, answered by ICMP destination unreachable (port unreachable), which quotes it.</source>
        <translation>一個 UDP 資料包，以 ICMP destination unreachable（port unreachable）回應，該 ICMP 訊息會引用原資料包。</translation>
    </message>
    <message>
        <source>Nothing: the call fails before any datagram is sent.</source>
        <translation>什麼都沒有：呼叫在送出任何資料包之前就失敗了。</translation>
    </message>
    <message>
        <source>The first two bytes alone, then the rest together once they are acknowledged.</source>
        <translation>最前面的兩個位元組單獨送出，等它們獲得確認後，其餘的再一起送出。</translation>
    </message>
    <message>
        <source>A segment per send (or nearly: the kernel may still coalesce when the device is busy).</source>
        <translation>每次 send 一個區段（或大致如此：裝置忙碌時，核心仍可能加以合併）。</translation>
    </message>
    <message>
        <source>A 6-byte segment.</source>
        <translation>一個 6 位元組的區段。</translation>
    </message>
    <message>
        <source>A 1-byte segment with the URG flag and the urgent pointer set.</source>
        <translation>一個 1 位元組的區段，設定了 URG 旗標與緊急指標。</translation>
    </message>
    <message>
        <source>After two quiet seconds, an empty ACK one byte behind (the probe), answered by an ACK; again every second.</source>
        <translation>安靜兩秒之後，出現一個落後一個位元組的空 ACK（探測封包），並獲得一個 ACK 回應；之後每秒重複一次。</translation>
    </message>
    <message>
        <source>A FIN from this side, if the connection is still open, and its ACK.</source>
        <translation>若連線仍開啟，這一端會送出 FIN，並收到對應的 ACK。</translation>
    </message>
</context>
<context>
    <name>PayloadMessages</name>
    <message>
        <source>the end</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>character U+%1</source>
        <translation>字元 U+%1</translation>
    </message>
    <message>
        <source>a backslash at the end starts no escape; write \\ for a backslash</source>
        <translation>結尾的反斜線無法開始跳脫序列；反斜線本身請寫成 \\</translation>
    </message>
    <message>
        <source>%1 after the backslash is not an escape. Allowed: \r \n \t \a \b \f \v \\ \&quot; \&apos; \0, \xHH, \NNN (octal)</source>
        <translation>反斜線後的 %1 不是跳脫序列。允許：\r \n \t \a \b \f \v \\ \&quot; \&apos; \0、\xHH、\NNN（八進位）</translation>
    </message>
    <message>
        <source>\x needs one or two hex digits after it</source>
        <translation>\x 後面需要一或兩個十六進位數字</translation>
    </message>
    <message>
        <source>the octal escape is larger than \377, the largest byte</source>
        <translation>八進位跳脫序列大於 \377，也就是最大的位元組值</translation>
    </message>
    <message>
        <source>%1 is not a hex digit. Allowed: 0–9, a–f, A–F, spaces, commas and a 0x prefix</source>
        <translation>%1 不是十六進位數字。允許：0–9、a–f、A–F、空格、逗號與 0x 前綴</translation>
    </message>
    <message>
        <source>an odd number of hex digits; every byte needs two</source>
        <translation>十六進位數字的個數是奇數；每個位元組需要兩個</translation>
    </message>
    <message>
        <source>Position %1: %2.</source>
        <translation>位置 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ResolverMessages</name>
    <message>
        <source>Allowed: inet (AF_INET), inet6 (AF_INET6), unspec (AF_UNSPEC: either).</source>
        <translation>允許：inet（AF_INET）、inet6（AF_INET6）、unspec（AF_UNSPEC：兩者皆可）。</translation>
    </message>
    <message>
        <source>Allowed: stream (SOCK_STREAM), dgram (SOCK_DGRAM), raw (SOCK_RAW), any (0: one result per type).</source>
        <translation>允許：stream（SOCK_STREAM）、dgram（SOCK_DGRAM）、raw（SOCK_RAW）、any（0：每種類型一個結果）。</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time; try again. (Looking up %1; if it keeps happening, check the network and the name servers in /etc/resolv.conf.)</source>
        <translation>DNS 伺服器沒有及時回應，請再試一次。（正在查詢 %1；如果一直發生，請檢查網路以及 /etc/resolv.conf 中的名稱伺服器。）</translation>
    </message>
    <message>
        <source>No such host or service: NODE and SERVICE are both NULL; getaddrinfo needs at least one of them.</source>
        <translation>找不到主機或服務：NODE 與 SERVICE 都是 NULL；getaddrinfo 至少需要其中一個。</translation>
    </message>
    <message>
        <source>No such host: %1 is not a numeric address, and numerichost (AI_NUMERICHOST) forbids looking it up as a name. Give an address such as 192.0.2.1 or 2001:db8::1, or leave out numerichost.</source>
        <translation>找不到主機：%1 不是數字位址，而 numerichost（AI_NUMERICHOST）禁止把它當成名稱查詢。請輸入位址（例如 192.0.2.1 或 2001:db8::1），或拿掉 numerichost。</translation>
    </message>
    <message>
        <source>No such service: %1 is not a port number, and numericserv (AI_NUMERICSERV) forbids looking it up in the services database. Give a number 0-65535, or leave out numericserv.</source>
        <translation>找不到服務：%1 不是埠號，而 numericserv（AI_NUMERICSERV）禁止在服務資料庫中查詢它。請輸入 0-65535 的數字，或拿掉 numericserv。</translation>
    </message>
    <message>
        <source>No such host or service: check NODE %1 and SERVICE %2 (a NULL NODE means the local host, or the wildcard address with passive).</source>
        <translation>找不到主機或服務：請檢查 NODE %1 與 SERVICE %2（NODE 為 NULL 表示本機主機，搭配 passive 時則是萬用位址）。</translation>
    </message>
    <message>
        <source>No such host or service: check NODE %1 and SERVICE %2. The name is not in /etc/hosts and DNS does not know it.</source>
        <translation>找不到主機或服務：請檢查 NODE %1 與 SERVICE %2。這個名稱不在 /etc/hosts 中，DNS 也不認得它。</translation>
    </message>
    <message>
        <source>Service %1 is not known for SOCK_RAW: a raw socket has no ports. Give no SERVICE with socktype raw.</source>
        <translation>服務 %1 對 SOCK_RAW 無效：原始通訊端沒有埠。socktype 為 raw 時請不要指定 SERVICE。</translation>
    </message>
    <message>
        <source>Service %1 is not known for protocol %2: getaddrinfo knows ports for TCP and UDP only.</source>
        <translation>服務 %1 對協定 %2 無效：getaddrinfo 只認得 TCP 與 UDP 的埠。</translation>
    </message>
    <message>
        <source>Service %1 is not known for %2: it is not in the services database for this socket type. Give a port number, or check it with &apos;sockscope-cli service NAME&apos;.</source>
        <translation>服務 %1 對 %2 無效：服務資料庫中沒有此通訊端類型的這個服務。請輸入埠號，或用 &apos;sockscope-cli service NAME&apos; 檢查。</translation>
    </message>
    <message>
        <source>any socket type</source>
        <translation>任何通訊端類型</translation>
    </message>
    <message>
        <source>Bad flags: canonname (AI_CANONNAME) needs a NODE; with a NULL NODE there is no name to make canonical.</source>
        <translation>旗標錯誤：canonname（AI_CANONNAME）需要 NODE；NODE 為 NULL 時，沒有名稱可以轉成正式名稱。</translation>
    </message>
    <message>
        <source>Bad flags: getaddrinfo does not accept %1 together. Allowed: %2.</source>
        <translation>旗標錯誤：getaddrinfo 不接受 %1 同時使用。允許：%2。</translation>
    </message>
    <message>
        <source>getaddrinfo does not support the address family %1. %2</source>
        <translation>getaddrinfo 不支援位址家族 %1。%2</translation>
    </message>
    <message>
        <source>The socket type %1 does not go with protocol %2: give a matching pair, or protocol 0.</source>
        <translation>通訊端類型 %1 與協定 %2 不相符：請指定相符的組合，或使用協定 0。</translation>
    </message>
    <message>
        <source>getaddrinfo does not support the socket type %1. %2</source>
        <translation>getaddrinfo 不支援通訊端類型 %1。%2</translation>
    </message>
    <message>
        <source>A system error ended the lookup of NODE %1 and SERVICE %2: %3.</source>
        <translation>系統錯誤中止了 NODE %1 與 SERVICE %2 的查詢：%3。</translation>
    </message>
    <message>
        <source>The host %1 has no address in the family %2. Try family unspec, or the other family.</source>
        <translation>主機 %1 沒有 %2 家族的位址。請改用 unspec 家族，或另一個家族。</translation>
    </message>
    <message>
        <source>The host %1 exists, but has no address (no A or AAAA record).</source>
        <translation>主機 %1 存在，但沒有位址（沒有 A 或 AAAA 紀錄）。</translation>
    </message>
    <message>
        <source>The DNS server failed for %1 with a permanent error; asking again will not help.</source>
        <translation>DNS 伺服器查詢 %1 時發生永久性錯誤；再問一次也沒有用。</translation>
    </message>
    <message>
        <source>Out of memory while looking up %1.</source>
        <translation>查詢 %1 時記憶體不足。</translation>
    </message>
    <message>
        <source>A result did not fit its buffer while looking up %1.</source>
        <translation>查詢 %1 時，有個結果放不進它的緩衝區。</translation>
    </message>
    <message>
        <source>getaddrinfo failed for NODE %1 and SERVICE %2: %3 (%4).</source>
        <translation>getaddrinfo 對 NODE %1 與 SERVICE %2 失敗：%3（%4）。</translation>
    </message>
    <message>
        <source>%1 is not a numeric IPv4 or IPv6 address: getnameinfo takes an address such as 127.0.0.1 or ::1 (with %iface for a link-local one), not a name.</source>
        <translation>%1 不是數字形式的 IPv4 或 IPv6 位址：getnameinfo 接受的是 127.0.0.1 或 ::1 這類位址（鏈路本地位址要加 %iface），不是名稱。</translation>
    </message>
    <message>
        <source>No host name is known for %1, and namereqd (NI_NAMEREQD) asks for a name rather than the numeric form. Leave out namereqd to get the address back as text.</source>
        <translation>找不到 %1 的主機名稱，而 namereqd（NI_NAMEREQD）要求傳回名稱而非數字形式。拿掉 namereqd 就會以文字傳回位址。</translation>
    </message>
    <message>
        <source>No such host or service for %1 port %2.</source>
        <translation>找不到 %1 埠 %2 的主機或服務。</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>%1 的名稱</translation>
    </message>
    <message>
        <source>Bad flags: getnameinfo does not accept %1. Allowed: %2.</source>
        <translation>旗標錯誤：getnameinfo 不接受 %1。允許：%2。</translation>
    </message>
    <message>
        <source>getnameinfo does not support the address family of %1.</source>
        <translation>getnameinfo 不支援 %1 的位址家族。</translation>
    </message>
    <message>
        <source>The DNS server failed for the name of %1 with a permanent error; asking again will not help.</source>
        <translation>DNS 伺服器查詢 %1 的名稱時發生永久性錯誤；再問一次也沒有用。</translation>
    </message>
    <message>
        <source>Out of memory while looking up the name of %1.</source>
        <translation>查詢 %1 的名稱時記憶體不足。</translation>
    </message>
    <message>
        <source>The name of %1 or of port %2 did not fit its buffer (NI_MAXHOST, NI_MAXSERV).</source>
        <translation>%1 或埠 %2 的名稱放不進它的緩衝區（NI_MAXHOST、NI_MAXSERV）。</translation>
    </message>
    <message>
        <source>A system error ended the lookup of the name of %1: %2.</source>
        <translation>系統錯誤中止了 %1 名稱的查詢：%2。</translation>
    </message>
    <message>
        <source>getnameinfo failed for %1 port %2: %3 (%4).</source>
        <translation>getnameinfo 對 %1 埠 %2 失敗：%3（%4）。</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address: gethostbyaddr takes an address such as %3.</source>
        <translation>%1 不是有效的 %2 位址：gethostbyaddr 接受的是 %3 這類位址。</translation>
    </message>
    <message>
        <source>The lookup of %1 failed: %2.</source>
        <translation>查詢 %1 失敗：%2。</translation>
    </message>
    <message>
        <source>No host name is known for the address %1 (not in /etc/hosts, and DNS has no PTR record for it).</source>
        <translation>找不到位址 %1 的主機名稱（不在 /etc/hosts 中，DNS 也沒有它的 PTR 紀錄）。</translation>
    </message>
    <message>
        <source>No such host: %1 is not in /etc/hosts and DNS does not know it (for %2).</source>
        <translation>找不到主機：%1 不在 /etc/hosts 中，DNS 也不認得它（以 %2 查詢）。</translation>
    </message>
    <message>
        <source>The name server failed for %1 with a permanent error; asking again will not help.</source>
        <translation>名稱伺服器查詢 %1 時發生永久性錯誤；再問一次也沒有用。</translation>
    </message>
    <message>
        <source>The name %1 is valid but has no %2 address (try the other family).</source>
        <translation>名稱 %1 有效，但沒有 %2 位址（請試試另一個家族）。</translation>
    </message>
    <message>
        <source>The lookup of %1 failed inside the C library: %2.</source>
        <translation>查詢 %1 時在 C 函式庫內部失敗：%2。</translation>
    </message>
    <message>
        <source>The lookup of %1 failed: %2 (%3).</source>
        <translation>查詢 %1 失敗：%2（%3）。</translation>
    </message>
</context>
<context>
    <name>SocketOptionMessages</name>
    <message>
        <source>Whether the socket is listening for connections (set by listen()).</source>
        <translation>通訊端是否正在監聽連線（由 listen() 設定）。</translation>
    </message>
    <message>
        <source>Allow sending datagrams to a broadcast address.</source>
        <translation>允許傳送資料包到廣播位址。</translation>
    </message>
    <message>
        <source>Ask the protocol to record debugging information (turning it on needs CAP_NET_ADMIN).</source>
        <translation>要求協定記錄除錯資訊（開啟需要 CAP_NET_ADMIN）。</translation>
    </message>
    <message>
        <source>Send only to directly connected hosts, bypassing the routing table.</source>
        <translation>只傳送給直接相連的主機，略過路由表。</translation>
    </message>
    <message>
        <source>The pending socket error (an errno value); reading it clears it.</source>
        <translation>待處理的通訊端錯誤（一個 errno 值）；讀取後即清除。</translation>
    </message>
    <message>
        <source>Send keep-alive probes on an idle connection to find out whether the peer is still there.</source>
        <translation>在閒置的連線上傳送 keep-alive 探測封包，以確認對端是否仍在。</translation>
    </message>
    <message>
        <source>What close() does with unsent data: wait up to this many seconds; {1, 0} resets the connection.</source>
        <translation>close() 如何處理尚未送出的資料：最多等待這麼多秒；{1, 0} 會重設連線。</translation>
    </message>
    <message>
        <source>Deliver urgent (out-of-band) data inline with the normal data.</source>
        <translation>將緊急（頻外）資料放在一般資料中一併傳遞。</translation>
    </message>
    <message>
        <source>The size of the receive buffer in bytes.</source>
        <translation>接收緩衝區的大小，以位元組為單位。</translation>
    </message>
    <message>
        <source>The fewest bytes a receive call waits for before it returns.</source>
        <translation>接收呼叫返回前至少要等到的位元組數。</translation>
    </message>
    <message>
        <source>How long a blocking receive waits before it fails with EAGAIN; 0 waits for ever.</source>
        <translation>阻塞式接收在以 EAGAIN 失敗前要等待多久；0 表示永遠等待。</translation>
    </message>
    <message>
        <source>Allow bind() to an address still held by a connection in TIME_WAIT.</source>
        <translation>允許 bind() 到仍被 TIME_WAIT 中的連線佔用的位址。</translation>
    </message>
    <message>
        <source>The size of the send buffer in bytes.</source>
        <translation>傳送緩衝區的大小，以位元組為單位。</translation>
    </message>
    <message>
        <source>The fewest bytes of free buffer space a send call waits for.</source>
        <translation>傳送呼叫至少要等到多少位元組的可用緩衝區空間。</translation>
    </message>
    <message>
        <source>How long a blocking send waits before it fails with EAGAIN; 0 waits for ever.</source>
        <translation>阻塞式傳送在以 EAGAIN 失敗前要等待多久；0 表示永遠等待。</translation>
    </message>
    <message>
        <source>The socket type (SOCK_STREAM, SOCK_DGRAM, …).</source>
        <translation>通訊端類型（SOCK_STREAM、SOCK_DGRAM、…）。</translation>
    </message>
    <message>
        <source>Allow several sockets to bind the same address and port, and share the incoming load.</source>
        <translation>允許多個通訊端繫結相同的位址與埠，並分攤傳入的負載。</translation>
    </message>
    <message>
        <source>The socket&apos;s address family (AF_INET, AF_INET6, AF_UNIX).</source>
        <translation>通訊端的位址家族（AF_INET、AF_INET6、AF_UNIX）。</translation>
    </message>
    <message>
        <source>The socket&apos;s protocol (IPPROTO_TCP, IPPROTO_UDP, 0).</source>
        <translation>通訊端的協定（IPPROTO_TCP、IPPROTO_UDP、0）。</translation>
    </message>
    <message>
        <source>Send small segments at once instead of waiting to combine them (turns Nagle&apos;s algorithm off).</source>
        <translation>立即傳送小區段，而不等待把它們合併（關閉 Nagle 演算法）。</translation>
    </message>
    <message>
        <source>The largest segment TCP sends, in bytes.</source>
        <translation>TCP 傳送的最大區段大小，以位元組為單位。</translation>
    </message>
    <message>
        <source>Seconds of idleness before the first keep-alive probe.</source>
        <translation>閒置多少秒後送出第一個 keep-alive 探測封包。</translation>
    </message>
    <message>
        <source>Seconds between keep-alive probes.</source>
        <translation>keep-alive 探測封包之間相隔的秒數。</translation>
    </message>
    <message>
        <source>Unanswered keep-alive probes before the connection is dropped.</source>
        <translation>連線被中斷前，允許多少個 keep-alive 探測封包未獲回應。</translation>
    </message>
    <message>
        <source>Hold back partial segments until the cork is removed (or 200 ms pass).</source>
        <translation>暫緩送出未填滿的區段，直到移除 cork 為止（或經過 200 ms）。</translation>
    </message>
    <message>
        <source>Acknowledge at once instead of delaying; the kernel may turn it off again by itself.</source>
        <translation>立即確認而不延遲；核心可能會自行再把它關閉。</translation>
    </message>
    <message>
        <source>Milliseconds sent data may stay unacknowledged before the connection is dropped; 0: the system&apos;s default.</source>
        <translation>已送出的資料最多可以有多少毫秒未獲確認，超過就中斷連線；0：系統預設值。</translation>
    </message>
    <message>
        <source>The congestion control algorithm (cubic, reno, bbr, … as the kernel offers them).</source>
        <translation>壅塞控制演算法（cubic、reno、bbr、…，視核心提供哪些而定）。</translation>
    </message>
    <message>
        <source>The connection&apos;s state as TCP sees it: round-trip time, congestion window, retransmissions, bytes.</source>
        <translation>TCP 所見的連線狀態：往返時間、壅塞視窗、重傳次數、位元組數。</translation>
    </message>
    <message>
        <source>The time-to-live of outgoing packets: how many routers they may cross.</source>
        <translation>送出封包的存活時間（TTL）：它們最多可以經過多少個路由器。</translation>
    </message>
    <message>
        <source>The type-of-service byte of outgoing packets (DSCP and ECN bits).</source>
        <translation>送出封包的服務類型（TOS）位元組（DSCP 與 ECN 位元）。</translation>
    </message>
    <message>
        <source>The time-to-live of outgoing multicast datagrams.</source>
        <translation>送出的多點傳送資料包的存活時間。</translation>
    </message>
    <message>
        <source>Deliver our own multicast datagrams back to this host.</source>
        <translation>把我們自己送出的多點傳送資料包也傳回這台主機。</translation>
    </message>
    <message>
        <source>Accept IPv6 only; when off, IPv4 peers reach the socket as ::ffff:a.b.c.d (set it before bind()).</source>
        <translation>只接受 IPv6；關閉時，IPv4 對端會以 ::ffff:a.b.c.d 的形式連到此通訊端（請在 bind() 之前設定）。</translation>
    </message>
    <message>
        <source>The hop limit of outgoing unicast packets.</source>
        <translation>送出的單點傳送封包的躍點限制。</translation>
    </message>
    <message>
        <source>The hop limit of outgoing multicast datagrams.</source>
        <translation>送出的多點傳送資料包的躍點限制。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>開/關</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>struct tcp_info</source>
        <translation>struct tcp_info</translation>
    </message>
    <message>
        <source>Allowed: 0 (off) or 1 (on).</source>
        <translation>允許：0（關）或 1（開）。</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <translation>允許：%1 到 %2。</translation>
    </message>
    <message>
        <source>Allowed: {onoff, seconds} with onoff 0 or 1 and seconds 0 to %1.</source>
        <translation>允許：{onoff, 秒數}，其中 onoff 為 0 或 1，秒數為 0 到 %1。</translation>
    </message>
    <message>
        <source>Allowed: {seconds, microseconds} with seconds 0 to %1 and microseconds 0 to 999999, or seconds with a fraction such as 1.5.</source>
        <translation>允許：{秒數, 微秒數}，其中秒數為 0 到 %1，微秒數為 0 到 999999；或是帶小數的秒數，例如 1.5。</translation>
    </message>
    <message>
        <source>Allowed: a name of 1 to %1 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>允許：由 1 到 %1 個字母、數字、&apos;_&apos; 或 &apos;-&apos; 組成的名稱。</translation>
    </message>
    <message>
        <source>It can only be read.</source>
        <translation>它只能讀取。</translation>
    </message>
    <message>
        <source>%1 does not exist on this platform.</source>
        <translation>%1 在這個平台上不存在。</translation>
    </message>
    <message>
        <source>%1 does not apply to this kind of socket.</source>
        <translation>%1 不適用於這種通訊端。</translation>
    </message>
    <message>
        <source>%1 can only be read on Linux (it is always 1 there).</source>
        <translation>%1 在 Linux 上只能讀取（在 Linux 上它永遠是 1）。</translation>
    </message>
    <message>
        <source>%1 can only be read, not set.</source>
        <translation>%1 只能讀取，不能設定。</translation>
    </message>
    <message>
        <source>%1 takes a value of type %2.</source>
        <translation>%1 接受 %2 型別的值。</translation>
    </message>
    <message>
        <source>%1: the value is out of range.</source>
        <translation>%1：值超出範圍。</translation>
    </message>
    <message>
        <source>%1: not a valid algorithm name.</source>
        <translation>%1：不是有效的演算法名稱。</translation>
    </message>
    <message>
        <source>The socket has been closed; %1 was not set.</source>
        <translation>通訊端已關閉；%1 沒有設定。</translation>
    </message>
    <message>
        <source>The socket has been closed; %1 was not read.</source>
        <translation>通訊端已關閉；%1 沒有讀取。</translation>
    </message>
    <message>
        <source>setsockopt %1 failed with %2:</source>
        <translation>setsockopt %1 以 %2 失敗：</translation>
    </message>
    <message>
        <source>getsockopt %1 failed with %2:</source>
        <translation>getsockopt %1 以 %2 失敗：</translation>
    </message>
    <message>
        <source>turning SO_DEBUG on needs the CAP_NET_ADMIN capability, which this process does not have.</source>
        <translation>開啟 SO_DEBUG 需要 CAP_NET_ADMIN 能力，而這個行程沒有。</translation>
    </message>
    <message>
        <source>this process lacks the privilege (a capability such as CAP_NET_ADMIN) the kernel asks for.</source>
        <translation>這個行程缺少核心要求的特權（例如 CAP_NET_ADMIN 之類的能力）。</translation>
    </message>
    <message>
        <source>Linux reports SO_SNDLOWAT but does not allow changing it.</source>
        <translation>Linux 會回報 SO_SNDLOWAT，但不允許變更它。</translation>
    </message>
    <message>
        <source>the kernel does not know this option at %1 for this socket.</source>
        <translation>對這個通訊端而言，核心在 %1 層級不認得這個選項。</translation>
    </message>
    <message>
        <source>the kernel has no congestion control algorithm of that name (see /proc/sys/net/ipv4/tcp_available_congestion_control).</source>
        <translation>核心沒有這個名稱的壅塞控制演算法（請參閱 /proc/sys/net/ipv4/tcp_available_congestion_control）。</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY can only change before the socket is bound.</source>
        <translation>IPV6_V6ONLY 只能在通訊端繫結之前變更。</translation>
    </message>
    <message>
        <source>the kernel refused the value for this socket in its current state.</source>
        <translation>核心拒絕了此值，因為它不適用於通訊端目前的狀態。</translation>
    </message>
    <message>
        <source>the descriptor is not an open socket.</source>
        <translation>描述符不是開啟中的通訊端。</translation>
    </message>
    <message>
        <source>%1: asked for %2, the kernel keeps %3.</source>
        <translation>%1：要求 %2，核心保留 %3。</translation>
    </message>
    <message>
        <source>Linux doubles the size to leave room for its own bookkeeping.</source>
        <translation>Linux 會把大小加倍，以保留空間給它自己的內部管理資料。</translation>
    </message>
    <message>
        <source>Linux doubles the size and keeps it between its minimum and twice net.core.%1.</source>
        <translation>Linux 會把大小加倍，並將它維持在最小值與 net.core.%1 的兩倍之間。</translation>
    </message>
    <message>
        <source>Timeouts are kept in clock ticks, so the value was rounded.</source>
        <translation>逾時值以時鐘刻度（tick）保存，因此數值經過了捨入。</translation>
    </message>
    <message>
        <source>On a TCP socket the two low (ECN) bits stay under TCP&apos;s control.</source>
        <translation>在 TCP 通訊端上，最低的兩個（ECN）位元由 TCP 控制。</translation>
    </message>
    <message>
        <source>Quick-ack mode is not permanent; TCP enters and leaves it by itself.</source>
        <translation>快速確認模式不是永久的；TCP 會自行進入和離開這個模式。</translation>
    </message>
    <message>
        <source>%1 was set, but reading it back failed.</source>
        <translation>%1 已設定，但讀回失敗。</translation>
    </message>
    <message>
        <source>%1 set to %2; read back %3.</source>
        <translation>%1 已設為 %2；讀回 %3。</translation>
    </message>
    <message>
        <source>Socket lab</source>
        <translation>通訊端實驗室</translation>
    </message>
    <message>
        <source>Client console</source>
        <translation>用戶端主控台</translation>
    </message>
    <message>
        <source>Echo server listener</source>
        <translation>回顯伺服器監聽通訊端</translation>
    </message>
    <message>
        <source>Echo server connection</source>
        <translation>回顯伺服器連線</translation>
    </message>
    <message>
        <source>Scratch socket</source>
        <translation>試驗用通訊端</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>TCP over IPv4</source>
        <translation>IPv4 上的 TCP</translation>
    </message>
    <message>
        <source>UDP over IPv4</source>
        <translation>IPv4 上的 UDP</translation>
    </message>
    <message>
        <source>TCP over IPv6</source>
        <translation>IPv6 上的 TCP</translation>
    </message>
    <message>
        <source>UDP over IPv6</source>
        <translation>IPv6 上的 UDP</translation>
    </message>
    <message>
        <source>Unix stream</source>
        <translation>Unix 串流</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix 資料包</translation>
    </message>
    <message>
        <source>family %1, type %2</source>
        <translation>位址家族 %1，類型 %2</translation>
    </message>
    <message>
        <source>The demonstration could not start: %1.</source>
        <translation>無法開始示範：%1。</translation>
    </message>
    <message>
        <source>recv() gave up after %1 ms (SO_RCVTIMEO %2 ms) and failed with %3: nobody sent anything, and the timeout turned the endless wait into an error.</source>
        <translation>recv() 在 %1 ms 後放棄（SO_RCVTIMEO %2 ms），並以 %3 失敗：沒有人傳送任何資料，逾時設定把無止境的等待變成了錯誤。</translation>
    </message>
    <message>
        <source>recv() did not time out as expected (%1).</source>
        <translation>recv() 沒有如預期般逾時（%1）。</translation>
    </message>
    <message>
        <source>it returned data</source>
        <translation>它傳回了資料</translation>
    </message>
    <message>
        <source>The server closed its end with SO_LINGER {1, 0}: the kernel sent a reset instead of a FIN, and the client&apos;s recv() failed with %1 instead of reading end-of-file.</source>
        <translation>伺服器以 SO_LINGER {1, 0} 關閉它那一端：核心送出重設（RST）而非 FIN，用戶端的 recv() 以 %1 失敗，而不是讀到檔案結尾。</translation>
    </message>
    <message>
        <source>The client&apos;s recv() did not see a reset (%1).</source>
        <translation>用戶端的 recv() 沒有看到重設（%1）。</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>沒有錯誤</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Port %1 still has a connection in TIME_WAIT. bind() without SO_REUSEADDR: %2; with SO_REUSEADDR: %3.</source>
        <translation>埠 %1 仍有一條連線處於 TIME_WAIT。不使用 SO_REUSEADDR 的 bind()：%2；使用 SO_REUSEADDR：%3。</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY off: the IPv4 client connected to the IPv6 listener, which saw it as %1.</source>
        <translation>IPV6_V6ONLY 關閉：IPv4 用戶端連上了 IPv6 監聽通訊端，後者看到的位址是 %1。</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY on: the IPv4 client could not reach the IPv6 listener (%1).</source>
        <translation>IPV6_V6ONLY 開啟：IPv4 用戶端無法連到 IPv6 監聽通訊端（%1）。</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY off, yet the IPv4 client could not connect (%1).</source>
        <translation>IPV6_V6ONLY 關閉，但 IPv4 用戶端仍然無法連線（%1）。</translation>
    </message>
    <message>
        <source>%1 round trips of two small writes each against the built-in echo server: with Nagle&apos;s algorithm (TCP_NODELAY 0) %2 µs on average, worst %3 µs; with TCP_NODELAY 1 %4 µs, worst %5 µs. On loopback the difference is small; on a real network Nagle waits for an ACK.</source>
        <translation>對內建的回顯伺服器進行 %1 次往返，每次包含兩個小的寫入：使用 Nagle 演算法（TCP_NODELAY 0）時平均 %2 µs，最差 %3 µs；使用 TCP_NODELAY 1 時平均 %4 µs，最差 %5 µs。在回送介面上差異很小；在真實的網路上，Nagle 會等待 ACK。</translation>
    </message>
    <message>
        <source>The echo server for the measurement did not start: %1.</source>
        <translation>用於量測的回顯伺服器沒有啟動：%1。</translation>
    </message>
    <message>
        <source>A fresh socket of the same kind could not be created: %1.</source>
        <translation>無法建立同類型的新通訊端：%1。</translation>
    </message>
    <message>
        <source>The socket has been closed.</source>
        <translation>通訊端已關閉。</translation>
    </message>
    <message>
        <source>The scratch socket could not be created: %1.</source>
        <translation>無法建立試驗用通訊端：%1。</translation>
    </message>
    <message>
        <source>Server console listener</source>
        <translation>伺服器主控台監聽通訊端</translation>
    </message>
    <message>
        <source>Server console client</source>
        <translation>伺服器主控台用戶端</translation>
    </message>
</context>
<context>
    <name>TlsMessages</name>
    <message>
        <source>certificate expired on %1</source>
        <translation>憑證已於 %1 過期</translation>
    </message>
    <message>
        <source>certificate not valid before %1</source>
        <translation>憑證在 %1 之前無效</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>完全沒有名稱</translation>
    </message>
    <message>
        <source>name mismatch: certificate is for %1</source>
        <translation>名稱不符：憑證適用於 %1</translation>
    </message>
    <message>
        <source>name mismatch: certificate is for %1, not %2</source>
        <translation>名稱不符：憑證適用於 %1，而不是 %2</translation>
    </message>
    <message>
        <source>self-signed certificate (%1): no CA vouches for it; trust it with a CA file, or tick “insecure” to skip the check</source>
        <translation>自我簽署的憑證（%1）：沒有任何 CA 為它擔保；請以 CA 檔案信任它，或勾選「不安全」以略過驗證</translation>
    </message>
    <message>
        <source>self-signed certificate in the chain (%1) that is not a trusted CA</source>
        <translation>憑證鏈中有自我簽署的憑證（%1），但它不是受信任的 CA</translation>
    </message>
    <message>
        <source>certificate issued by an unknown CA (%1)</source>
        <translation>憑證由不明的 CA 簽發（%1）</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer (%1) is not in the chain or the trusted CAs</source>
        <translation>憑證的簽發者（%1）既不在憑證鏈中，也不在受信任的 CA 之中</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>憑證已被撤銷</translation>
    </message>
    <message>
        <source>a certificate in the chain is not a CA (%1)</source>
        <translation>憑證鏈中有一張憑證不是 CA（%1）</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature does not verify</source>
        <translation>憑證的簽章無法通過驗證</translation>
    </message>
    <message>
        <source>the certificate is not for a TLS server</source>
        <translation>這張憑證不是給 TLS 伺服器用的</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>verified: the chain leads to a trusted CA</source>
        <translation>已驗證：憑證鏈通往受信任的 CA</translation>
    </message>
    <message>
        <source>verified: the chain leads to a trusted CA and the certificate is for %1</source>
        <translation>已驗證：憑證鏈通往受信任的 CA，且憑證適用於 %1</translation>
    </message>
    <message>
        <source>not verified: the peer sent no certificate</source>
        <translation>未驗證：對端沒有送出憑證</translation>
    </message>
    <message>
        <source>not verified: %1 (%2)</source>
        <translation>未驗證：%1（%2）</translation>
    </message>
    <message>
        <source>certificate verify failed: %1 (%2)</source>
        <translation>憑證驗證失敗：%1（%2）</translation>
    </message>
    <message>
        <source>the TLS handshake was abandoned</source>
        <translation>已放棄 TLS 交握</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1 (%2)</source>
        <translation>TLS 交握失敗：%1（%2）</translation>
    </message>
    <message>
        <source>Item %1 is empty; give protocol names separated by commas, e.g. h2,http/1.1</source>
        <translation>第 %1 項是空的；請輸入以逗號分隔的協定名稱，例如 h2,http/1.1</translation>
    </message>
    <message>
        <source>Item %1 is %2 bytes long; a protocol name has 1 to 255 bytes</source>
        <translation>第 %1 項長度為 %2 位元組；協定名稱必須是 1 到 255 位元組</translation>
    </message>
    <message>
        <source>The list is too long: TLS allows 65535 bytes on the wire at most</source>
        <translation>清單太長：TLS 在傳輸時最多只允許 65535 位元組</translation>
    </message>
    <message>
        <source>the minimum version %1 is above the maximum %2</source>
        <translation>最低版本 %1 高於最高版本 %2</translation>
    </message>
    <message>
        <source>OpenSSL refused %1 (%2)</source>
        <translation>OpenSSL 拒絕了 %1（%2）</translation>
    </message>
    <message>
        <source>a TLS server needs a certificate and its key</source>
        <translation>TLS 伺服器需要憑證及其金鑰</translation>
    </message>
    <message>
        <source>a certificate and its key go together: give both or neither</source>
        <translation>憑證與其金鑰必須一起指定：請兩者都指定，或兩者都不指定</translation>
    </message>
    <message>
        <source>there is no file “%1”</source>
        <translation>沒有「%1」這個檔案</translation>
    </message>
    <message>
        <source>“%1” is a directory; give a PEM file</source>
        <translation>「%1」是目錄；請指定 PEM 檔案</translation>
    </message>
    <message>
        <source>“%1” cannot be read</source>
        <translation>無法讀取「%1」</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate OpenSSL can read</source>
        <translation>「%1」中沒有 OpenSSL 能讀取的 PEM 憑證</translation>
    </message>
    <message>
        <source>“%1” holds no PEM private key OpenSSL can read</source>
        <translation>「%1」中沒有 OpenSSL 能讀取的 PEM 私密金鑰</translation>
    </message>
    <message>
        <source>the key in “%1” is encrypted with a passphrase; give an unencrypted key</source>
        <translation>「%1」中的金鑰以通關密語加密；請指定未加密的金鑰</translation>
    </message>
    <message>
        <source>the key in “%1” does not match the certificate in “%2”</source>
        <translation>「%1」中的金鑰與「%2」中的憑證不相符</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate OpenSSL can read, so no CA to check with</source>
        <translation>「%1」中沒有 OpenSSL 能讀取的 PEM 憑證，因此沒有可用來驗證的 CA</translation>
    </message>
    <message>
        <source>a client certificate is checked against a CA file: give one</source>
        <translation>用戶端憑證要以 CA 檔案驗證：請指定 CA 檔案</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失敗</translation>
    </message>
    <message>
        <source>the host name “%1” cannot go in a certificate: it takes letters, digits, &apos;-&apos; and &apos;.&apos; (1 to 253)</source>
        <translation>主機名稱「%1」無法放入憑證：只能使用字母、數字、&apos;-&apos; 與 &apos;.&apos;（1 到 253 個字元）</translation>
    </message>
    <message>
        <source>a validity of %1 days is out of range: 1 to 3650</source>
        <translation>有效期 %1 天超出範圍：必須是 1 到 3650</translation>
    </message>
    <message>
        <source>no application data directory to keep the self-signed certificate in</source>
        <translation>沒有可存放自我簽署憑證的應用程式資料目錄</translation>
    </message>
    <message>
        <source>no application data directory to keep the self-signed certificate in (%1)</source>
        <translation>沒有可存放自我簽署憑證的應用程式資料目錄（%1）</translation>
    </message>
    <message>
        <source>the directory “%1” for the self-signed certificate cannot be created</source>
        <translation>無法建立存放自我簽署憑證的目錄「%1」</translation>
    </message>
    <message>
        <source>no key could be made for the self-signed certificate</source>
        <translation>無法為自我簽署的憑證產生金鑰</translation>
    </message>
    <message>
        <source>the self-signed certificate could not be made</source>
        <translation>無法產生自我簽署的憑證</translation>
    </message>
    <message>
        <source>“%1” cannot be written</source>
        <translation>無法寫入「%1」</translation>
    </message>
</context>
<context>
    <name>WirePacketText</name>
    <message>
        <source> seq %1</source>
        <translation> seq %1</translation>
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
            <numerusform>UDP，%n 位元組</numerusform>
        </translation>
    </message>
    <message>
        <source>IP protocol %1</source>
        <translation>IP 協定 %1</translation>
    </message>
    <message>
        <source>not an IP packet</source>
        <translation>不是 IP 封包</translation>
    </message>
    <message numerus="yes">
        <source>Packet %1: %n byte(s) on the wire</source>
        <translation>
            <numerusform>封包 %1：線路上 %n 位元組</numerusform>
        </translation>
    </message>
    <message>
        <source>IPv4 %1 → %2, TTL %3, total length %4</source>
        <translation>IPv4 %1 → %2，TTL %3，總長度 %4</translation>
    </message>
    <message>
        <source>IPv6 %1 → %2, hop limit %3, payload and headers %4</source>
        <translation>IPv6 %1 → %2，躍點限制 %3，酬載與標頭 %4</translation>
    </message>
    <message>
        <source>  a later fragment: its transport header is in the first one</source>
        <translation>  後續的片段：其傳輸層標頭在第一個片段中</translation>
    </message>
    <message>
        <source>TCP %1 → %2</source>
        <translation>TCP %1 → %2</translation>
    </message>
    <message>
        <source>  flags %1</source>
        <translation>  旗標 %1</translation>
    </message>
    <message>
        <source>  seq %1 (relative; raw %2)</source>
        <translation>  seq %1（相對值；原始值 %2）</translation>
    </message>
    <message>
        <source>  ack %1 (relative; raw %2)</source>
        <translation>  ack %1（相對值；原始值 %2）</translation>
    </message>
    <message>
        <source>  ack %1 (raw: the other side&apos;s first packet was not seen)</source>
        <translation>  ack %1（原始值：未看到另一端的第一個封包）</translation>
    </message>
    <message>
        <source>  window %1 (as sent: the window scale from the SYN multiplies it)</source>
        <translation>  視窗 %1（送出時的值：需乘上 SYN 中的視窗縮放係數）</translation>
    </message>
    <message>
        <source>  urgent pointer %1 (MSG_OOB)</source>
        <translation>  緊急指標 %1（MSG_OOB）</translation>
    </message>
    <message>
        <source>  options: %1</source>
        <translation>  選項：%1</translation>
    </message>
    <message numerus="yes">
        <source>  payload: %n byte(s)</source>
        <translation>
            <numerusform>  酬載：%n 位元組</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UDP %1 → %2, %n byte(s) of payload</source>
        <translation>
            <numerusform>UDP %1 → %2，酬載 %n 位元組</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 type %2 code %3: %4</source>
        <translation>%1 類型 %2 代碼 %3：%4</translation>
    </message>
    <message>
        <source>  identifier %1, sequence %2</source>
        <translation>  識別碼 %1，序號 %2</translation>
    </message>
    <message>
        <source>  it quotes the datagram %1 → %2 (protocol %3): the sender&apos;s socket gets the error</source>
        <translation>  它引用了資料包 %1 → %2（協定 %3）：由傳送端的通訊端收到此錯誤</translation>
    </message>
    <message numerus="yes">
        <source>Cut: the capture kept %n byte(s) of this packet</source>
        <translation>
            <numerusform>已截斷：擷取只保留了此封包的 %n 位元組</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not decode further: %1</source>
        <translation>無法進一步解碼：%1</translation>
    </message>
    <message>
        <source>Bytes, from the IP header on:</source>
        <translation>位元組（從 IP 標頭開始）：</translation>
    </message>
    <message>
        <source>  TCP state of %1: %2 (first seen; inferred from the packets)</source>
        <translation>  %1 的 TCP 狀態: %2 (首次看到; 由封包推得)</translation>
    </message>
    <message>
        <source>  TCP state of %1: %2 → %3 (inferred from the packets)</source>
        <translation>  %1 的 TCP 狀態: %2 → %3 (由封包推得)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for the BSD socket API.</source>
        <translation>BSD 通訊端 API 的實驗工作台。</translation>
    </message>
    <message>
        <source>Show the interface in language &lt;code&gt; for this run only, e.g. de, zh_TW or en, instead of the one chosen in View ▸ Language.</source>
        <translation>僅在這次執行時以語言 &lt;代碼&gt; 顯示介面，例如 de、zh_TW 或 en，而不使用「檢視 ▸ 語言」中選擇的語言。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>No translation for language “%1”: the interface stays in English.</source>
        <translation>沒有語言「%1」的翻譯：介面維持英文。</translation>
    </message>
</context>
<context>
    <name>sockscope::AddrInfoChainView</name>
    <message>
        <source>Run getaddrinfo to see the list it returns.</source>
        <translation>執行 getaddrinfo 即可看到它傳回的串列。</translation>
    </message>
    <message>
        <source>addrinfo %1: %2</source>
        <translation>addrinfo %1：%2</translation>
    </message>
    <message>
        <source>int ai_flags: the flags of this entry (glibc copies the hints&apos; flags here).</source>
        <translation>int ai_flags：這個項目的旗標（glibc 會把 hints 的旗標複製到這裡）。</translation>
    </message>
    <message>
        <source>int ai_family: the address family, the first argument for socket().</source>
        <translation>int ai_family：位址家族，socket() 的第一個引數。</translation>
    </message>
    <message>
        <source>int ai_socktype: the socket type, the second argument for socket().</source>
        <translation>int ai_socktype：通訊端類型，socket() 的第二個引數。</translation>
    </message>
    <message>
        <source>int ai_protocol: the protocol, the third argument for socket().</source>
        <translation>int ai_protocol：協定，socket() 的第三個引數。</translation>
    </message>
    <message>
        <source>socklen_t ai_addrlen: the size of the structure ai_addr points to, for bind() or connect().</source>
        <translation>socklen_t ai_addrlen：ai_addr 所指結構的大小，供 bind() 或 connect() 使用。</translation>
    </message>
    <message>
        <source>struct sockaddr *ai_addr: the socket address, decoded below (the port and address are stored in network byte order and shown here converted).</source>
        <translation>struct sockaddr *ai_addr：通訊端位址，解碼於下方（埠與位址以網路位元組順序儲存，這裡顯示的是轉換後的值）。</translation>
    </message>
    <message>
        <source>The address, as inet_ntop writes it.</source>
        <translation>位址，以 inet_ntop 寫出的形式顯示。</translation>
    </message>
    <message>
        <source>The port, as ntohs gives it (0 when no service was asked for).</source>
        <translation>埠，以 ntohs 轉換後的值顯示（沒有要求服務時為 0）。</translation>
    </message>
    <message>
        <source>The interface index for a link-local address; 0 for any other.</source>
        <translation>鏈路本地位址的介面索引；其他位址為 0。</translation>
    </message>
    <message>
        <source>char *ai_canonname: the host&apos;s canonical name, set only in the first entry and only when AI_CANONNAME was asked for.</source>
        <translation>char *ai_canonname：主機的正式名稱，只在第一個項目中設定，而且只有要求 AI_CANONNAME 時才會設定。</translation>
    </message>
    <message>
        <source>struct addrinfo #%1</source>
        <translation>struct addrinfo #%1</translation>
    </message>
    <message>
        <source>One struct addrinfo of the list; its ai_next points to the next one.</source>
        <translation>串列中的一個 struct addrinfo；它的 ai_next 指向下一個。</translation>
    </message>
</context>
<context>
    <name>sockscope::AddressPage</name>
    <message>
        <source>Programs keep addresses as bytes in network order. inet_pton (presentation to network) turns the text a person writes into those bytes and returns 1 on success, 0 when the text is not an address of the family, and -1 with errno EAFNOSUPPORT for a family it does not know. inet_ntop turns the bytes back into the canonical text.</source>
        <translation>程式以網路位元組順序的位元組保存位址。inet_pton（presentation to network，表示形式轉網路形式）把人寫的文字轉成這些位元組：成功時傳回 1，文字不是該家族的位址時傳回 0，遇到它不認得的家族則傳回 -1 並將 errno 設為 EAFNOSUPPORT。inet_ntop 再把位元組轉回標準文字形式。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>AF_INET (IPv4)</source>
        <translation>AF_INET（IPv4）</translation>
    </message>
    <message>
        <source>AF_INET6 (IPv6)</source>
        <translation>AF_INET6（IPv6）</translation>
    </message>
    <message>
        <source>Automatic: AF_INET, then AF_INET6</source>
        <translation>自動：先 AF_INET，再 AF_INET6</translation>
    </message>
    <message>
        <source>AF_UNIX (inet_pton does not support it)</source>
        <translation>AF_UNIX（inet_pton 不支援）</translation>
    </message>
    <message>
        <source>The first argument of inet_pton, int af: the address family the text is read as. AF_UNIX is here to show the -1 / EAFNOSUPPORT return.</source>
        <translation>inet_pton 的第一個引數 int af：以哪個位址家族解讀文字。列出 AF_UNIX 是為了示範傳回 -1 / EAFNOSUPPORT 的情形。</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>位址家族(&amp;F)：</translation>
    </message>
    <message>
        <source>127.0.0.1 or 2001:db8::1</source>
        <translation>127.0.0.1 或 2001:db8::1</translation>
    </message>
    <message>
        <source>The second argument of inet_pton, const char *src: the address as text. It is passed exactly as typed, spaces included.</source>
        <translation>inet_pton 的第二個引數 const char *src：文字形式的位址。會完全照輸入的內容傳入，連空格也包括在內。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 位元組</translation>
    </message>
    <message>
        <source>The last argument of inet_ntop, socklen_t size: the size of the buffer it writes the text into, including the terminating NUL. INET_ADDRSTRLEN is %1 and INET6_ADDRSTRLEN is %2; a smaller buffer can fail with ENOSPC.</source>
        <translation>inet_ntop 的最後一個引數 socklen_t size：寫入文字的緩衝區大小，包含結尾的 NUL。INET_ADDRSTRLEN 是 %1，INET6_ADDRSTRLEN 是 %2；緩衝區較小時可能以 ENOSPC 失敗。</translation>
    </message>
    <message>
        <source>inet_ntop &amp;buffer:</source>
        <translation>inet_ntop 緩衝區(&amp;B)：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What inet_pton returned, and what that return value means.</source>
        <translation>inet_pton 傳回了什麼，以及這個傳回值的意義。</translation>
    </message>
    <message>
        <source>inet_pton returned:</source>
        <translation>inet_pton 傳回：</translation>
    </message>
    <message>
        <source>The bytes inet_pton wrote (struct in_addr or struct in6_addr), in network order, printed as the chapter&apos;s example prints them with %08x.</source>
        <translation>inet_pton 寫入的位元組（struct in_addr 或 struct in6_addr），依網路位元組順序，以本章範例的 %08x 格式印出。</translation>
    </message>
    <message>
        <source>the bytes</source>
        <translation>這些位元組</translation>
    </message>
    <message>
        <source>Bytes (network order):</source>
        <translation>位元組（網路順序）：</translation>
    </message>
    <message>
        <source>What inet_ntop wrote back from the bytes: the canonical text of the address, or why it failed.</source>
        <translation>inet_ntop 從位元組寫回的內容：位址的標準文字，或失敗的原因。</translation>
    </message>
    <message>
        <source>the canonical text</source>
        <translation>標準文字</translation>
    </message>
    <message>
        <source>inet_ntop text:</source>
        <translation>inet_ntop 文字：</translation>
    </message>
    <message>
        <source>Legacy functions compared</source>
        <translation>舊式函式比較</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>試試看：</translation>
    </message>
    <message>
        <source>Convert “%1” with AF_INET.</source>
        <translation>以 AF_INET 轉換「%1」。</translation>
    </message>
    <message>
        <source>Accepted?</source>
        <translation>接受？</translation>
    </message>
    <message>
        <source>Result bytes</source>
        <translation>結果位元組</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>int inet_pton(AF_INET, src, dst): POSIX; accepts only four decimal parts; the text column shows inet_ntop of its result.</source>
        <translation>int inet_pton(AF_INET, src, dst)：POSIX；只接受四個十進位部分；「文字」欄顯示其結果經 inet_ntop 轉換的文字。</translation>
    </message>
    <message>
        <source>int inet_aton(const char *cp, struct in_addr *inp): the older parser; accepts one to four parts, each in decimal, octal (leading 0) or hex (0x), and stops at a space.</source>
        <translation>int inet_aton(const char *cp, struct in_addr *inp)：較舊的剖析器；接受一到四個部分，每部分可為十進位、八進位（開頭為 0）或十六進位（0x），遇到空格就停止。</translation>
    </message>
    <message>
        <source>in_addr_t inet_addr(const char *cp): parses like inet_aton but returns INADDR_NONE (0xffffffff) on error, which is also the address 255.255.255.255.</source>
        <translation>in_addr_t inet_addr(const char *cp)：剖析方式與 inet_aton 相同，但發生錯誤時傳回 INADDR_NONE（0xffffffff），而它同時也是位址 255.255.255.255。</translation>
    </message>
    <message>
        <source>char *inet_ntoa(struct in_addr in): text of inet_aton&apos;s result, in a static buffer that the next call overwrites; IPv4 only.</source>
        <translation>char *inet_ntoa(struct in_addr in)：inet_aton 結果的文字，放在下一次呼叫就會覆寫的靜態緩衝區中；僅限 IPv4。</translation>
    </message>
    <message>
        <source>Why they differ: inet_aton, and inet_addr which parses the same way, accept shorthand with fewer than four parts (127.1 is 127.0.0.1), hex (0x7f) and octal parts (010 is 8), and stop at the first space. inet_addr returns INADDR_NONE on error, the same value as 255.255.255.255, so a caller cannot tell the two apart. inet_pton takes only four decimal parts from 0 to 255 and nothing else, so it means the same on every system.</source>
        <translation>差異的原因：inet_aton 以及剖析方式相同的 inet_addr 接受少於四個部分的縮寫（127.1 就是 127.0.0.1）、十六進位（0x7f）與八進位的部分（010 是 8），而且遇到第一個空格就停止。inet_addr 發生錯誤時傳回 INADDR_NONE，與 255.255.255.255 的值相同，因此呼叫端無法分辨兩者。inet_pton 只接受四個 0 到 255 的十進位部分，其他一概不收，所以在每個系統上意義都相同。</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>inet_pton and inet_ntop: address text to network-order bytes and back, and how the legacy inet_aton, inet_addr and inet_ntoa differ.</source>
        <translation>inet_pton 與 inet_ntop：位址文字與網路位元組順序的位元組互相轉換，以及舊式的 inet_aton、inet_addr、inet_ntoa 有何不同。</translation>
    </message>
    <message>
        <source>The legacy functions read IPv4 text only: choose AF_INET or automatic.</source>
        <translation>舊式函式只讀取 IPv4 文字：請選擇 AF_INET 或自動。</translation>
    </message>
    <message>
        <source>1: “%1” is a valid %2 address; inet_pton wrote %3 bytes in network order.</source>
        <translation>1：「%1」是有效的 %2 位址；inet_pton 以網路位元組順序寫入了 %3 個位元組。</translation>
    </message>
    <message>
        <source>-1: %1 is not a family inet_pton converts; errno is %2.</source>
        <translation>-1：%1 不是 inet_pton 能轉換的家族；errno 為 %2。</translation>
    </message>
    <message>
        <source>0: the text is not a valid address of %1; inet_pton wrote nothing.</source>
        <translation>0：這段文字不是有效的 %1 位址；inet_pton 沒有寫入任何東西。</translation>
    </message>
    <message>
        <source>AF_INET or AF_INET6</source>
        <translation>AF_INET 或 AF_INET6</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both families).</source>
        <translation>「%1」既不是 IPv4 也不是 IPv6 位址（inet_pton 對兩個家族都傳回 0）。</translation>
    </message>
    <message>
        <source>The canonical form differs from the text you typed: inet_ntop writes hex digits in lower case, drops leading zeros and shortens the longest run of zero groups to ::.</source>
        <translation>標準形式與您輸入的文字不同：inet_ntop 以小寫寫出十六進位數字、省略前導零，並把最長的一串零組縮寫成 ::。</translation>
    </message>
    <message>
        <source>yes (returned 1)</source>
        <translation>是（傳回 1）</translation>
    </message>
    <message>
        <source>no (returned 0)</source>
        <translation>否（傳回 0）</translation>
    </message>
    <message>
        <source>INADDR_NONE: an error, or 255.255.255.255?</source>
        <translation>INADDR_NONE：是錯誤，還是 255.255.255.255？</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>called on inet_aton&apos;s result</source>
        <translation>以 inet_aton 的結果呼叫</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>未呼叫</translation>
    </message>
    <message>
        <source>inet_addr returned INADDR_NONE for a valid address: its caller cannot tell 255.255.255.255 from an error.</source>
        <translation>inet_addr 對有效位址傳回了 INADDR_NONE：呼叫端無法分辨 255.255.255.255 與錯誤。</translation>
    </message>
    <message>
        <source>inet_aton reads “%1” as %2, but inet_pton rejects it.</source>
        <translation>inet_aton 把「%1」讀成 %2，但 inet_pton 拒絕它。</translation>
    </message>
    <message>
        <source>None of the functions accepts “%1” as an IPv4 address.</source>
        <translation>沒有任何函式接受「%1」為 IPv4 位址。</translation>
    </message>
    <message>
        <source>All the functions agree on “%1”.</source>
        <translation>所有函式對「%1」的結果一致。</translation>
    </message>
</context>
<context>
    <name>sockscope::AutoReplyEditor</name>
    <message>
        <source>Each recv() (each datagram) is tried against the rules in order; the first that matches answers. \0 in a reply is the whole match, \1 … \9 its groups (for a prefix, \1 is what follows it). At most %1 replies go to a client in a row, then %2 a second: a reply to an echo client ends instead of looping.</source>
        <translation>每次 recv()（每個資料包）都會依序與規則比對；第一條相符的規則負責回覆。回覆中的 \0 代表整個相符內容，\1 … \9 代表各個群組（若為前綴，\1 是前綴之後的內容）。連續送給同一個用戶端的回覆最多 %1 則，之後每秒 %2 則：因此對回顯用戶端的回覆會停下來，而不會無限循環。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>比對方式</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Reply as</source>
        <translation>回覆格式</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延遲</translation>
    </message>
    <message>
        <source>Match: Exact bytes or a Prefix (both with C escapes such as \r\n), or a Regex over the received bytes (each byte one character). Reply as Text, C escapes or Hex.</source>
        <translation>比對方式：完全相符的位元組或前綴（兩者皆可使用 \r\n 等 C 跳脫序列），或對收到的位元組套用規則運算式（每個位元組視為一個字元）。回覆格式：文字、C 跳脫序列或十六進位。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>A new rule at the end (Ctrl+Shift+R).</source>
        <translation>在最後新增一條規則（Ctrl+Shift+R）。</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>移除規則</translation>
    </message>
    <message>
        <source>Remove the selected rule.</source>
        <translation>移除所選的規則。</translation>
    </message>
    <message>
        <source>Whether this rule answers.</source>
        <translation>這條規則是否回覆。</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>完全相符</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前綴</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>規則運算式</translation>
    </message>
    <message>
        <source>Exact: the received bytes are the pattern. Prefix: they start with it. Regex: a QRegularExpression (Perl syntax) found anywhere in them.</source>
        <translation>完全相符：收到的位元組正好等於模式。前綴：收到的位元組以模式開頭。規則運算式：在其中任何位置找到的 QRegularExpression（Perl 語法）。</translation>
    </message>
    <message>
        <source>Exact and Prefix take C escapes (\r \n \t \xHH); Regex takes an expression such as ^PING (\w+).</source>
        <translation>完全相符與前綴可使用 C 跳脫序列（\r \n \t \xHH）；規則運算式則輸入像 ^PING (\w+) 這樣的運算式。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C 跳脫序列</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六進位</translation>
    </message>
    <message>
        <source>How the reply is written: Text as is, C escapes, or Hex byte pairs; \0 … \9 are back-references in each.</source>
        <translation>回覆的寫法：文字照原樣、C 跳脫序列，或十六進位的位元組對；三者中的 \0 … \9 都是反向參照。</translation>
    </message>
    <message>
        <source>What to send back, e.g. PONG \1\r\n.</source>
        <translation>要回傳的內容，例如 PONG \1\r\n。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Wait this long before answering (a slow server).</source>
        <translation>回覆前等待這麼久（模擬緩慢的伺服器）。</translation>
    </message>
</context>
<context>
    <name>sockscope::BusyIndicator</name>
    <message>
        <source>Busy</source>
        <translation>忙碌中</translation>
    </message>
    <message>
        <source>%1… %2 s</source>
        <translation>%1… %2 秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>sockscope::ByteDiagram</name>
    <message>
        <source>Offset %1: byte 0x%2</source>
        <translation>位移 %1：位元組 0x%2</translation>
    </message>
    <message>
        <source>Not part of the length passed to the system call.</source>
        <translation>不在傳給系統呼叫的長度之內。</translation>
    </message>
    <message>
        <source>%1 at offset %2: %3</source>
        <translation>%1 位於位移 %2：%3</translation>
    </message>
</context>
<context>
    <name>sockscope::ByteOrderPage</name>
    <message>
        <source>Numbers in TCP/IP headers are sent most significant byte first: big-endian, the network byte order. A host may store numbers the other way round. htonl and htons convert a 32-bit or 16-bit number from host order to network order; ntohl and ntohs convert back.</source>
        <translation>TCP/IP 標頭中的數字以最高有效位元組優先傳送：也就是大端序（big-endian），即網路位元組順序。主機儲存數字的順序可能正好相反。htonl 與 htons 把 32 位元或 16 位元的數字從主機順序轉成網路順序；ntohl 與 ntohs 則轉回來。</translation>
    </message>
    <message>
        <source>This computer is little-endian: it stores the least significant byte of a number at the lowest address, so the four functions reverse the bytes.</source>
        <translation>這台電腦是小端序（little-endian）：它把數字的最低有效位元組存放在最低位址，因此這四個函式會把位元組反轉。</translation>
    </message>
    <message>
        <source>This computer is big-endian: its order is already the network order, so the four functions return their argument unchanged.</source>
        <translation>這台電腦是大端序（big-endian）：它的順序本來就是網路順序，因此這四個函式會原封不動地傳回引數。</translation>
    </message>
    <message>
        <source>This computer stores numbers in a mixed byte order.</source>
        <translation>這台電腦以混合的位元組順序儲存數字。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>0x12345678 or 305419896</source>
        <translation>0x12345678 或 305419896</translation>
    </message>
    <message>
        <source>The argument: an unsigned number in decimal, or in hex with 0x. It must fit the function&apos;s width: 0–0xffff for htons and ntohs, 0–0xffffffff for htonl and ntohl.</source>
        <translation>引數：十進位或加上 0x 的十六進位無號數。必須符合函式的寬度：htons 與 ntohs 為 0–0xffff，htonl 與 ntohl 為 0–0xffffffff。</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>uint32_t htonl(uint32_t hostlong): a 32-bit number from host order to network order.</source>
        <translation>uint32_t htonl(uint32_t hostlong)：把 32 位元數字從主機順序轉成網路順序。</translation>
    </message>
    <message>
        <source>uint16_t htons(uint16_t hostshort): a 16-bit number from host order to network order.</source>
        <translation>uint16_t htons(uint16_t hostshort)：把 16 位元數字從主機順序轉成網路順序。</translation>
    </message>
    <message>
        <source>uint32_t ntohl(uint32_t netlong): a 32-bit number from network order to host order.</source>
        <translation>uint32_t ntohl(uint32_t netlong)：把 32 位元數字從網路順序轉成主機順序。</translation>
    </message>
    <message>
        <source>uint16_t ntohs(uint16_t netshort): a 16-bit number from network order to host order.</source>
        <translation>uint16_t ntohs(uint16_t netshort)：把 16 位元數字從網路順序轉成主機順序。</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>函式：</translation>
    </message>
    <message>
        <source>htonl and ntohl take a uint32_t, htons and ntohs a uint16_t.</source>
        <translation>htonl 與 ntohl 接受 uint32_t，htons 與 ntohs 接受 uint16_t。</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>寬度：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The call as C code, with the value it returned.</source>
        <translation>以 C 程式碼表示的呼叫，以及它傳回的值。</translation>
    </message>
    <message>
        <source>the call</source>
        <translation>這個呼叫</translation>
    </message>
    <message>
        <source>C call:</source>
        <translation>C 呼叫：</translation>
    </message>
    <message>
        <source>The value the function returned, in hex and in decimal.</source>
        <translation>函式傳回的值，以十六進位與十進位表示。</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Returned value:</source>
        <translation>傳回值：</translation>
    </message>
    <message>
        <source>The argument in memory, lowest address first:</source>
        <translation>引數在記憶體中的樣子，最低位址在前：</translation>
    </message>
    <message>
        <source>bits 31–24</source>
        <translation>位元 31–24</translation>
    </message>
    <message>
        <source>The bytes of the argument as this host stores them.</source>
        <translation>這台主機儲存引數時的位元組。</translation>
    </message>
    <message>
        <source>The returned value in memory (each byte keeps its colour and name, so you can see where it went):</source>
        <translation>傳回值在記憶體中的樣子（每個位元組保留原來的顏色與名稱，可以看出它移到了哪裡）：</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>位元組順序</translation>
    </message>
    <message>
        <source>htonl, htons, ntohl and ntohs: host order, network order and the bytes in memory.</source>
        <translation>htonl、htons、ntohl 與 ntohs：主機順序、網路順序，以及記憶體中的位元組。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>16 bits (uint16_t)</source>
        <translation>16 位元（uint16_t）</translation>
    </message>
    <message>
        <source>32 bits (uint32_t)</source>
        <translation>32 位元（uint32_t）</translation>
    </message>
    <message>
        <source>%1 (decimal %2)</source>
        <translation>%1（十進位 %2）</translation>
    </message>
    <message>
        <source>bits %1–%2</source>
        <translation>位元 %1–%2</translation>
    </message>
    <message>
        <source>The argument&apos;s most significant byte.</source>
        <translation>引數的最高有效位元組。</translation>
    </message>
    <message>
        <source>The argument&apos;s least significant byte.</source>
        <translation>引數的最低有效位元組。</translation>
    </message>
    <message>
        <source>A middle byte of the argument.</source>
        <translation>引數中間的位元組。</translation>
    </message>
    <message>
        <source>%1 takes a number in host order and returns it in network order: in memory the most significant byte now comes first, ready for a packet or a sockaddr field.</source>
        <translation>%1 接受主機順序的數字，並以網路順序傳回：現在記憶體中最高有效位元組排在最前面，可以直接放進封包或 sockaddr 欄位。</translation>
    </message>
    <message>
        <source>%1 takes a number whose bytes arrived in network order (most significant first) and returns it in host order, a number this computer can calculate with.</source>
        <translation>%1 接受位元組以網路順序（最高有效位元組在前）送達的數字，並以主機順序傳回，成為這台電腦可以拿來計算的數字。</translation>
    </message>
    <message>
        <source>On this big-endian computer both orders are the same.</source>
        <translation>在這台大端序電腦上，兩種順序相同。</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientConsolePage</name>
    <message>
        <source>A client socket by hand: connect to any server on this machine (the echo server, nc, socat, a web server), send text, C escapes, hex or a file with the send() flags, and watch what comes back with a receive size of your choice: TCP keeps no message boundaries, UDP keeps them and may truncate. End with shutdown(), close() or an abortive close and see what the peer gets. Each tab is one session.</source>
        <translation>親手操作用戶端通訊端：連線到這台電腦上的任何伺服器（回顯伺服器、nc、socat、網頁伺服器），搭配 send() 旗標傳送文字、C 跳脫序列、十六進位或檔案，並以您選擇的接收大小觀察傳回的內容：TCP 不保留訊息邊界，UDP 會保留，但可能截斷。最後以 shutdown()、close() 或中止式關閉結束，看看對端收到什麼。每個分頁是一個工作階段。</translation>
    </message>
    <message>
        <source>One tab per session. Closing a tab closes its socket.</source>
        <translation>每個工作階段一個分頁。關閉分頁會關閉它的通訊端。</translation>
    </message>
    <message>
        <source>+ New session</source>
        <translation>+ 新增工作階段</translation>
    </message>
    <message>
        <source>Open another session in a new tab (Ctrl+T).</source>
        <translation>在新分頁中開啟另一個工作階段（Ctrl+T）。</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新增工作階段</translation>
    </message>
    <message>
        <source>Client console</source>
        <translation>用戶端主控台</translation>
    </message>
    <message>
        <source>connect, send and recv by hand with every flag, on TCP, UDP or AF_UNIX; text, escapes or hex; shutdown, close and RST with what the peer sees.</source>
        <translation>在 TCP、UDP 或 AF_UNIX 上親手以各種旗標進行 connect、send 與 recv；文字、跳脫序列或十六進位；shutdown、close 與 RST，以及對端看到的結果。</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientConsoleTab</name>
    <message>
        <source>recv() returned 0: the peer closed its side (FIN). We can still send; Close ends ours.</source>
        <translation>recv() 傳回 0：對端關閉了它那一端（FIN）。我們仍然可以傳送；close() 會結束我們這一端。</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>通訊端已關閉</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s)</source>
        <translation>
            <numerusform>已送出 %n 則訊息</numerusform>
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
        <translation>Unix 串流</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix 資料包</translation>
    </message>
    <message>
        <source>TCP or UDP over IPv4/IPv6, or an AF_UNIX socket (SOCK_STREAM or SOCK_DGRAM).</source>
        <translation>IPv4/IPv6 上的 TCP 或 UDP，或 AF_UNIX 通訊端（SOCK_STREAM 或 SOCK_DGRAM）。</translation>
    </message>
    <message>
        <source>127.0.0.1, ::1 or a name</source>
        <translation>127.0.0.1、::1 或名稱</translation>
    </message>
    <message>
        <source>The server&apos;s name or address; names are resolved with getaddrinfo off the GUI thread, and each address is tried in turn.</source>
        <translation>伺服器的名稱或位址；名稱會在圖形介面執行緒之外以 getaddrinfo 解析，並依序嘗試每個位址。</translation>
    </message>
    <message>
        <source>The server&apos;s port, 1 to 65535.</source>
        <translation>伺服器的埠，1 到 65535。</translation>
    </message>
    <message>
        <source>/tmp/server.sock or @abstract-name</source>
        <translation>/tmp/server.sock 或 @abstract-name</translation>
    </message>
    <message>
        <source>The server&apos;s socket file, or @name for a Linux abstract name.</source>
        <translation>伺服器的通訊端檔案，或以 @name 表示 Linux 抽象名稱。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the non-blocking connect() may wait in poll() for the handshake.</source>
        <translation>非阻塞的 connect() 可以在 poll() 中等待交握完成的時間。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>socket(), connect() with the timeout, getsockname(), getpeername() (Ctrl+Return).</source>
        <translation>socket()、帶逾時的 connect()、getsockname()、getpeername()（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>中斷連線</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>選項…</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on this session&apos;s socket, on the socket options page.</source>
        <translation>在「通訊端選項」頁面上，對這個工作階段的通訊端進行 getsockopt/setsockopt。</translation>
    </message>
    <message>
        <source>the local address</source>
        <translation>本機位址</translation>
    </message>
    <message>
        <source>the peer address</source>
        <translation>對端位址</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Local (getsockname):</source>
        <translation>本機（getsockname）：</translation>
    </message>
    <message>
        <source>Peer (getpeername):</source>
        <translation>對端（getpeername）：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六進位</translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation>文字 + 十六進位</translation>
    </message>
    <message>
        <source>Hex pages (received)</source>
        <translation>十六進位頁面（已接收）</translation>
    </message>
    <message>
        <source>Show each chunk as text (control bytes as escapes), as a hex dump (offset | hex | ASCII), or both; Hex pages shows everything received as one stream, 4 KiB a page.</source>
        <translation>將每個資料區塊顯示為文字（控制位元組以跳脫序列表示）、十六進位傾印（位移 | 十六進位 | ASCII），或兩者並列；「十六進位頁面」把收到的所有資料當成一個串流顯示，每頁 4 KiB。</translation>
    </message>
    <message>
        <source>Auto-receive</source>
        <translation>自動接收</translation>
    </message>
    <message>
        <source>Call recv() whenever data is there. Off: nothing is read until you press Receive, so the kernel&apos;s receive buffer fills and TCP&apos;s flow control shows.</source>
        <translation>只要有資料就呼叫 recv()。關閉時：在您按下「接收」之前不會讀取任何資料，因此核心的接收緩衝區會填滿，可以看到 TCP 的流量控制。</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 位元組</translation>
    </message>
    <message>
        <source>The size passed to recv(): a small size shows short reads and that TCP keeps no message boundaries; for a datagram, a smaller size truncates it.</source>
        <translation>傳給 recv() 的大小：較小的值可以看到不完整的讀取，以及 TCP 不保留訊息邊界；對資料包而言，較小的值會將它截斷。</translation>
    </message>
    <message>
        <source>recv() flag %1 for the next Receive.</source>
        <translation>下一次「接收」時使用的 recv() 旗標 %1。</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>One recv() (recvfrom() for datagrams) with the size and flags chosen. Without MSG_DONTWAIT it waits for data; Disconnect wakes it.</source>
        <translation>以所選的大小與旗標呼叫一次 recv()（資料包則為 recvfrom()）。未使用 MSG_DONTWAIT 時會等待資料；按「中斷連線」可喚醒它。</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>The transcript keeps at most this many lines on screen (and 4 MiB of data for Save).</source>
        <translation>收發記錄在畫面上最多保留這麼多行（「儲存」時最多保留 4 MiB 的資料）。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>儲存收發記錄…</translation>
    </message>
    <message>
        <source>Write the whole kept transcript to a file.</source>
        <translation>將保留的完整收發記錄寫入檔案。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>recv size</source>
        <translation>recv 大小</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>recv flags</source>
        <translation>recv 旗標</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C 跳脫序列</translation>
    </message>
    <message>
        <source>Text: as typed, plus the line ending. C escapes: \r \n \t \0 \\ \xHH \NNN. Hex: byte pairs, spaces, commas and 0x allowed (48 65 6c 6c 6f).</source>
        <translation>文字：依輸入內容傳送，再加上行尾。C 跳脫序列：\r \n \t \0 \\ \xHH \NNN。十六進位：兩位數一組的位元組，可使用空格、逗號與 0x（48 65 6c 6c 6f）。</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>無行尾</translation>
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
        <translation>附加在文字之後；HTTP、SMTP 與 telnet 需要 CRLF。</translation>
    </message>
    <message>
        <source>GET / HTTP/1.0</source>
        <translation>GET / HTTP/1.0</translation>
    </message>
    <message>
        <source>What to send. Return sends; Up and Down go through the history.</source>
        <translation>要傳送的內容。按 Enter 即傳送；上、下方向鍵可瀏覽歷史記錄。</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>傳送檔案…</translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes (64 MiB at most; datagrams in 8 KiB pieces).</source>
        <translation>傳送檔案的位元組（最多 64 MiB；資料包會切成 8 KiB 一段）。</translation>
    </message>
    <message>
        <source>What was sent before: pick one to put it back in the field.</source>
        <translation>之前傳送過的內容：選取其中一項即可把它放回輸入欄位。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>旗標</translation>
    </message>
    <message>
        <source>send() flag %1.</source>
        <translation>send() 旗標 %1。</translation>
    </message>
    <message>
        <source>sendto target, e.g. 127.0.0.1:7008 (empty: the connected peer)</source>
        <translation>sendto 目標，例如 127.0.0.1:7008（留白：已連線的對端）</translation>
    </message>
    <message>
        <source>Datagrams only: sendto() this numeric address instead of the connected peer. Replies from it are filtered out by the connected socket.</source>
        <translation>僅限資料包：以 sendto() 傳送到這個數字位址，而不是已連線的對端。已連線的通訊端會濾掉來自該位址的回覆。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD)</source>
        <translation>shutdown(SHUT_RD)</translation>
    </message>
    <message>
        <source>Stop receiving; the peer is not told.</source>
        <translation>停止接收；不會通知對端。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR)</source>
        <translation>shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>Half-close: the peer gets a FIN and reads end-of-file; it can still send.</source>
        <translation>半關閉：對端會收到 FIN 並讀到檔案結尾；它仍然可以傳送。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RDWR)</source>
        <translation>shutdown(SHUT_RDWR)</translation>
    </message>
    <message>
        <source>Both directions, whatever other descriptors share the socket.</source>
        <translation>關閉兩個方向，不論還有哪些其他描述符共用此通訊端。</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>An orderly close: unsent data goes out, then a FIN.</source>
        <translation>正常關閉：先送出尚未送出的資料，再送出 FIN。</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>中止（RST）</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0} then close(): unsent data is dropped and the peer gets a RST (ECONNRESET).</source>
        <translation>先設定 SO_LINGER {1, 0} 再 close()：尚未送出的資料會被丟棄，對端會收到 RST（ECONNRESET）。</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>工作階段 %1</translation>
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
        <translation>埠</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address, e.g. 127.0.0.1 or localhost.</source>
        <translation>請輸入伺服器的名稱或位址，例如 127.0.0.1 或 localhost。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>connect failed: %1</source>
        <translation>connect 失敗：%1</translation>
    </message>
    <message>
        <source>connected: %1 → %2</source>
        <translation>已連線：%1 → %2</translation>
    </message>
    <message>
        <source>Connected. What you send goes to %1; what arrives shows above.</source>
        <translation>已連線。您傳送的內容會送到 %1；收到的內容顯示在上方。</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>傳送檔案</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>儲存收發記錄</translation>
    </message>
    <message>
        <source>transcript.txt</source>
        <translation>transcript.txt</translation>
    </message>
    <message>
        <source>Could not save the transcript to %1: %2</source>
        <translation>無法將收發記錄儲存至 %1：%2</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>收發記錄已儲存至 %1</translation>
    </message>
    <message>
        <source>close(): an orderly close. While a connect is under way, gives it up.</source>
        <translation>close()：有序關閉。連線進行中時，則放棄這次連線。</translation>
    </message>
    <message>
        <source>Give a numeric address and port (127.0.0.1:7008 or [::1]:7008), unix:PATH or unix:@name; empty sends to the connected peer.</source>
        <translation>請輸入數字位址與埠（127.0.0.1:7008 或 [::1]:7008）、unix:路徑或 unix:@名稱；留空則傳送給已連線的對端。</translation>
    </message>
    <message>
        <source>recv() returned 0: the peer closed its side (FIN). Our side is shut for writing too, so nothing more can pass either way; Close releases the descriptor.</source>
        <translation>recv() 傳回 0：對端關閉了它那一端（FIN）。我們這一端的寫入也已關閉，兩個方向都無法再傳遞資料；關閉會釋放描述子。</translation>
    </message>
    <message>
        <source>send() the bytes above (Return in the field); sendto() when a target is given.</source>
        <translation>以 send() 傳送上方的位元組（在欄位中按 Enter）；指定目標時改用 sendto()。</translation>
    </message>
    <message>
        <source>%1. Start a server first: on the Echo server page, Start, then Connect a console; or run one yourself (sockscope-cli serve --port 7007, nc -l 7007).</source>
        <translation>%1。請先啟動伺服器：在「回顯伺服器」頁按「啟動」，再按「連接主控台」；或自行執行一個（sockscope-cli serve --port 7007、nc -l 7007）。</translation>
    </message>
    <message>
        <source>TLS: %1, %2; %3. What follows is the plaintext inside TLS.</source>
        <translation>TLS：%1，%2；%3。以下是 TLS 內部的明文。</translation>
    </message>
    <message>
        <source>Connect first: saved messages go to this session&apos;s peer.</source>
        <translation>請先連線：已儲存的訊息會傳送給這個工作階段的對端。</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientSessionService</name>
    <message>
        <source>the destination is a broadcast address and SO_BROADCAST is off: the kernel refuses to send there (EACCES) until the socket allows broadcast. Turn SO_BROADCAST on and try again</source>
        <translation>目的地是廣播位址，而 SO_BROADCAST 未開啟：在通訊端允許廣播之前，核心會拒絕傳送到那裡（EACCES）。請開啟 SO_BROADCAST 後再試一次</translation>
    </message>
</context>
<context>
    <name>sockscope::ClientSessionWorker</name>
    <message>
        <source>the path is empty or does not fit sun_path (107 bytes at most)</source>
        <translation>路徑是空的，或放不進 sun_path（最多 107 位元組）</translation>
    </message>
    <message>
        <source>cannot resolve “%1”: %2 (%3)</source>
        <translation>無法解析「%1」：%2（%3）</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>已截斷</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>the target “%1” is not a numeric address:port or unix:path</source>
        <translation>目標「%1」既不是「數字位址:埠」，也不是「unix:路徑」</translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>已傳送 %2 中的 %1</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB, the most the console sends</source>
        <translation>「%1」大於 %2 MiB，超過主控台可傳送的上限</translation>
    </message>
    <message>
        <source>file %1: %2 bytes sent</source>
        <translation>檔案 %1：已傳送 %2 位元組</translation>
    </message>
    <message>
        <source>recv() = 0: the peer has closed its sending side</source>
        <translation>recv() = 0：對端已關閉它的傳送方向</translation>
    </message>
    <message>
        <source>truncated: the datagram had %1 bytes</source>
        <translation>已截斷：這個資料包原有 %1 位元組</translation>
    </message>
    <message>
        <source>shutdown(fd, %1) = 0: %2</source>
        <translation>shutdown(fd, %1) = 0：%2</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER {1, 0}), close(fd): %1</source>
        <translation>setsockopt(SO_LINGER {1, 0})、close(fd)：%1</translation>
    </message>
    <message>
        <source>close(fd) = 0: %1</source>
        <translation>close(fd) = 0：%1</translation>
    </message>
    <message>
        <source>a datagram socket has no connection: shutdown only stops this side; the peer sees nothing</source>
        <translation>資料包通訊端沒有連線：shutdown 只會停止這一端；對端不會察覺任何事</translation>
    </message>
    <message>
        <source>nothing is sent: the peer is not told and may go on sending. Our recv() first returns what was already queued, then 0 (end-of-file) instead of waiting; on Linux data that arrives later is still handed to recv() (other systems may discard it)</source>
        <translation>不會送出任何東西：對端不會被告知，仍可繼續傳送。我們的 recv() 會先傳回已在佇列中的資料，之後不再等待而直接傳回 0（檔案結尾）；在 Linux 上，之後才抵達的資料仍會交給 recv()（其他系統可能會丟棄）</translation>
    </message>
    <message>
        <source>the peer receives a FIN: its recv() returns 0 once it has read everything; it can still send to us</source>
        <translation>對端會收到 FIN：它讀完所有資料後，recv() 會傳回 0；它仍可傳送資料給我們</translation>
    </message>
    <message>
        <source>the peer receives a FIN and its recv() returns 0; data it sends afterwards is answered with a RST</source>
        <translation>對端會收到 FIN，它的 recv() 傳回 0；它之後再傳送的資料會得到 RST 回應</translation>
    </message>
    <message>
        <source>the peer receives a FIN after the unsent data: its recv() returns 0; if it still sends, it gets a RST and then EPIPE/ECONNRESET</source>
        <translation>對端會在尚未送出的資料之後收到 FIN：它的 recv() 傳回 0；若它仍繼續傳送，會收到 RST，接著得到 EPIPE/ECONNRESET</translation>
    </message>
    <message>
        <source>nothing reaches the peer: a datagram socket has no connection to end</source>
        <translation>不會有任何東西送達對端：資料包通訊端沒有可結束的連線</translation>
    </message>
    <message>
        <source>the peer receives a RST instead of a FIN: unsent data is discarded and its next recv() or send() fails with ECONNRESET</source>
        <translation>對端會收到 RST 而不是 FIN：尚未送出的資料會被丟棄，它下一次的 recv() 或 send() 會以 ECONNRESET 失敗</translation>
    </message>
    <message>
        <source>connection refused: nothing listens there</source>
        <translation>連線被拒絕：那裡沒有程式在監聽</translation>
    </message>
    <message>
        <source>timed out after %1 ms: no answer to the connection request</source>
        <translation>%1 ms 後逾時：連線請求沒有得到回應</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>主機無法連線</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>網路無法連線</translation>
    </message>
    <message>
        <source>no such socket file</source>
        <translation>沒有這個通訊端檔案</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>the listener&apos;s backlog is full</source>
        <translation>監聽通訊端的 backlog 佇列已滿</translation>
    </message>
    <message>
        <source>the address is not available</source>
        <translation>該位址無法使用</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>連線被重設</translation>
    </message>
    <message>
        <source>the connection attempt was abandoned</source>
        <translation>已放棄這次連線嘗試</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <source>could not give the datagram socket an address of its own</source>
        <translation>無法為資料包通訊端指定它自己的位址</translation>
    </message>
    <message>
        <source>%1() failed</source>
        <translation>%1() 失敗</translation>
    </message>
    <message>
        <source>%1 (%2 — %3)</source>
        <translation>%1（%2 — %3）</translation>
    </message>
    <message>
        <source>“%1” gave no address a socket can connect to (is the interface after % known?)</source>
        <translation>「%1」沒有給出任何通訊端可以連線的位址（% 後面的介面是否存在？）</translation>
    </message>
    <message>
        <source>“%1” is not a regular file: the console sends the bytes of a file, not of a device, a pipe or a directory</source>
        <translation>「%1」不是一般檔案：主控台傳送的是檔案的位元組，而不是裝置、管道或目錄的位元組</translation>
    </message>
    <message>
        <source>MSG_TRUNC on a stream: the kernel discarded %1 bytes without copying them</source>
        <translation>串流上的 MSG_TRUNC：核心丟棄了 %1 個位元組，沒有複製它們</translation>
    </message>
    <message>
        <source>. The kernel also raised SIGPIPE, which ends a program that does not ignore it; SockScope caught it. MSG_NOSIGNAL avoids it.</source>
        <translation>。核心同時發出了 SIGPIPE，沒有忽略它的程式會因此結束；SockScope 已攔截它。使用 MSG_NOSIGNAL 可以避免。</translation>
    </message>
    <message>
        <source>send() failed with EPIPE: this connection can no longer send (it was shut down for writing or reset). Disconnect, then connect again.</source>
        <translation>send() 以 EPIPE 失敗：這條連線已無法再傳送（寫入已 shutdown 或已被重設）。請中斷連線後重新連線。</translation>
    </message>
    <message>
        <source>Our side is shut down for writing (shutdown %1): send() would now fail with EPIPE and raise SIGPIPE. Disconnect, then connect again to send more; the socket lab lets you make that failing call on purpose.</source>
        <translation>我們這一端的寫入已關閉（shutdown %1）：現在 send() 會以 EPIPE 失敗並引發 SIGPIPE。若要再傳送，請中斷連線後重新連線；在通訊端實驗室中可以刻意做出這個失敗的呼叫。</translation>
    </message>
    <message>
        <source>TLS runs over a stream (TCP or Unix stream), not over datagrams</source>
        <translation>TLS 是在串流（TCP 或 Unix 串流）上執行，而不是在資料包上</translation>
    </message>
    <message>
        <source>the TLS settings were refused: %1</source>
        <translation>TLS 設定遭到拒絕：%1</translation>
    </message>
    <message>
        <source>SSL_read() = 0: the peer ended TLS with close_notify</source>
        <translation>SSL_read() = 0：對端以 close_notify 結束了 TLS</translation>
    </message>
    <message>
        <source>SSL_read() failed at the end of the stream: the peer closed the TCP connection without close_notify, so a cut-off cannot be told from the real end of its data</source>
        <translation>SSL_read() 在串流結尾失敗：對端沒有送出 close_notify 就關閉了 TCP 連線，因此無法分辨資料是被截斷，還是真的已經結束</translation>
    </message>
    <message>
        <source>SSL_shutdown(ssl): close_notify sent, TLS&apos;s end of data</source>
        <translation>SSL_shutdown(ssl)：已送出 close_notify，即 TLS 的資料結尾</translation>
    </message>
    <message>
        <source>none: not connected, sendto %1</source>
        <translation>無：未連線，sendto %1</translation>
    </message>
    <message>
        <source>broadcast and multicast options are for a UDP session</source>
        <translation>廣播與多點傳送選項僅適用於 UDP 工作階段</translation>
    </message>
    <message>
        <source>connect the UDP session first: these options are set on its socket</source>
        <translation>請先連線 UDP 工作階段：這些選項是設定在它的通訊端上</translation>
    </message>
    <message>
        <source>connect the UDP session first: groups are joined on its socket</source>
        <translation>請先連線 UDP 工作階段：群組是在它的通訊端上加入的</translation>
    </message>
    <message>
        <source>… %L1 more sent (%L2 bytes), not shown</source>
        <translation>… 另有 %L1 則已傳送（%L2 位元組），未顯示</translation>
    </message>
    <message>
        <source>repeat stopped after %L1 of %L2 messages</source>
        <translation>重複在傳送 %L1 / %L2 則訊息後停止</translation>
    </message>
</context>
<context>
    <name>sockscope::ConsoleTranscript</name>
    <message>
        <source>→ sent, ← received; time, size and, for datagrams, the sender of each chunk.</source>
        <translation>→ 為送出，← 為收到；每個資料區塊的時間、大小，以及資料包的傳送者。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一頁</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一頁 ▶</translation>
    </message>
    <message>
        <source>Last (follow)</source>
        <translation>最後一頁（跟隨）</translation>
    </message>
    <message>
        <source>Show the newest page and keep showing it as data arrives.</source>
        <translation>顯示最新的一頁，並在資料抵達時持續顯示最新內容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n byte(s)</source>
        <translation>
            <numerusform>%1 → %n 位元組</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ← %n byte(s)</source>
        <translation>
            <numerusform>%1 ← %n 位元組</numerusform>
        </translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>，送往 %1</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>，來自 %1</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more byte(s) in this chunk (Save transcript… keeps them all)</source>
        <translation>
            <numerusform>  … 此資料區塊還有 %n 位元組（「儲存收發記錄…」會全部保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-- %n more chunk(s) arrived faster than they can be shown; Save transcript… keeps them</source>
        <translation>
            <numerusform>-- 另有 %n 個資料區塊抵達得比顯示速度還快；「儲存收發記錄…」會保留它們</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 received)</source>
        <translation>第 %1 頁，共 %2 頁（已接收 %3）</translation>
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
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard.</source>
        <translation>將%1複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製%1</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard: %2</source>
        <translation>已將%1複製到剪貼簿：%2</translation>
    </message>
</context>
<context>
    <name>sockscope::DatabaseLookupBox</name>
    <message>
        <source>&amp;Look up</source>
        <translation>查詢(&amp;L)</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>The C function that actually ran (the journal shows the call) and how long it took.</source>
        <translation>實際執行的 C 函式（呼叫日誌會顯示這次呼叫）以及它花費的時間。</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>呼叫：</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>執行中…</translation>
    </message>
</context>
<context>
    <name>sockscope::DatabasePage</name>
    <message>
        <source>The whole database: %1, %2 until NULL, %3</source>
        <translation>整個資料庫：%1、%2 直到 NULL、%3</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text (any case) in any column. Filtering happens here in the table; it calls nothing. Ctrl+F puts the cursor here.</source>
        <translation>只顯示任一欄包含此文字（不分大小寫）的列。篩選只在這個表格中進行，不會呼叫任何函式。按 Ctrl+F 可把游標移到這裡。</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>篩選(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Stay open: %1(1)</source>
        <translation>保持開啟(&amp;S)：%1(1)</translation>
    </message>
    <message>
        <source>The int stayopen argument of %1: 0 (unchecked) or 1 (checked). The listing is made again with the new value.</source>
        <translation>%1 的 int stayopen 引數：0（未勾選）或 1（已勾選）。會以新的值重新列出。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Lists the database again: %1, %2 until it returns NULL, %3 (F5).</source>
        <translation>重新列出資料庫：%1、%2 直到傳回 NULL、%3（F5）。</translation>
    </message>
    <message>
        <source>the rows shown</source>
        <translation>顯示的列</translation>
    </message>
    <message>
        <source>The entry&apos;s place in the order %1 returned them.</source>
        <translation>此項目在 %1 傳回順序中的位置。</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1項目</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it; sort by # for the database&apos;s own order.</source>
        <translation>按一下欄標題即可依該欄排序；依 # 排序即為資料庫本身的順序。</translation>
    </message>
    <message>
        <source>%1(%2), %3…, %4 running on a worker thread</source>
        <translation>%1(%2)、%3…、%4 正在背景執行緒中執行</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>尚未載入。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n shown by the filter</source>
        <translation>
            <numerusform>，篩選後顯示 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1(%2), %3 × %4, %5 took %6</source>
        <translation> · %1(%2)、%3 × %4、%5 耗時 %6</translation>
    </message>
    <message>
        <source>%1 ran, taking %2</source>
        <translation>已執行 %1，耗時 %2</translation>
    </message>
    <message>
        <source>text in any column</source>
        <translation>任一欄中的文字</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoConnectionModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>reading paused (the peer is not reading its echo)</source>
        <translation>暫停讀取（對端沒有讀取它的回顯）</translation>
    </message>
    <message>
        <source>half-closed (the peer sent EOF)</source>
        <translation>半關閉（對端已送出 EOF）</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>關閉中</translation>
    </message>
    <message>
        <source>Connection %1 on descriptor %2</source>
        <translation>描述符 %2 上的連線 %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>對端</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在時間</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>收到位元組</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>送出位元組</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>The server&apos;s number for the connection (not the file descriptor).</source>
        <translation>伺服器為這條連線編的號碼（不是檔案描述符）。</translation>
    </message>
    <message>
        <source>The client&apos;s address and port, from accept() (getpeername).</source>
        <translation>用戶端的位址與埠，來自 accept()（getpeername）。</translation>
    </message>
    <message>
        <source>The server&apos;s end of the connection (getsockname on the accepted socket).</source>
        <translation>連線在伺服器這一端的位址（對接受的通訊端呼叫 getsockname）。</translation>
    </message>
    <message>
        <source>How long ago the connection was accepted.</source>
        <translation>連線被接受至今經過的時間。</translation>
    </message>
    <message>
        <source>Bytes recv() returned on this connection.</source>
        <translation>recv() 在這條連線上傳回的位元組數。</translation>
    </message>
    <message>
        <source>Bytes send() wrote back; behind bytes in while an echo is still owed.</source>
        <translation>send() 寫回的位元組數；還有回顯沒送完時，會少於收到的位元組數。</translation>
    </message>
    <message>
        <source>open; reading paused: the peer does not read its echo, so the server stops reading from it until the echo drains (backpressure); half-closed: the peer sent EOF and the server sends what it still owes, then closes.</source>
        <translation>開啟；暫停讀取：對端沒有讀取它的回顯，因此伺服器暫停從它讀取，直到回顯送完為止（背壓）；半關閉：對端已送出 EOF，伺服器會把還欠的資料送完後再關閉。</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoLoadPanel</name>
    <message>
        <source>Use this tab&apos;s ser&amp;ver</source>
        <translation>使用此分頁的伺服器(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;un load</source>
        <translation>執行負載(&amp;U)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>負載設定</translation>
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
        <translation>Unix 串流</translation>
    </message>
    <message>
        <source>How the load connects: TCP (SOCK_STREAM), UDP (SOCK_DGRAM; a reply not back within a second counts as lost) or a Unix stream socket (AF_UNIX). Unix datagram servers cannot be driven: an unbound client gets no reply.</source>
        <translation>負載的連線方式：TCP（SOCK_STREAM）、UDP（SOCK_DGRAM；一秒內未收到的回覆視為遺失）或 Unix 串流通訊端（AF_UNIX）。Unix 資料包伺服器無法驅動：未 bind 的用戶端收不到回覆。</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>傳輸方式(&amp;R)：</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1</source>
        <translation>127.0.0.1 或 ::1</translation>
    </message>
    <message>
        <source>The server&apos;s address as numeric text (read by inet_pton; no host names). Filled in from this tab&apos;s server when it starts. Send load only to your own servers.</source>
        <translation>伺服器的位址，以數字文字表示（由 inet_pton 讀取；不接受主機名稱）。此分頁的伺服器啟動時會自動填入。請只對自己的伺服器施加負載。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>The server&apos;s port, 1 to 65535, decimal or hex with 0x. Filled in from this tab&apos;s server when it starts.</source>
        <translation>伺服器的埠，1 到 65535，十進位或以 0x 開頭的十六進位。此分頁的伺服器啟動時會自動填入。</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>埠(&amp;O)：</translation>
    </message>
    <message>
        <source>/tmp/sockscope-echo.sock or @name</source>
        <translation>/tmp/sockscope-echo.sock 或 @name</translation>
    </message>
    <message>
        <source>The server&apos;s AF_UNIX path (at most %1 bytes with the terminating NUL), or @name for a Linux abstract name.</source>
        <translation>伺服器的 AF_UNIX 路徑（含結尾的 NUL 最多 %1 位元組），或以 @name 表示 Linux 抽象名稱。</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路徑(&amp;P)：</translation>
    </message>
    <message>
        <source>Set the transport, address and port (or path) to where this tab&apos;s server listens. Only while it runs.</source>
        <translation>將傳輸方式、位址與埠（或路徑）設為此分頁伺服器的監聽位置。僅在伺服器執行時可用。</translation>
    </message>
    <message>
        <source>How many connections (UDP: sockets) send at once, 1 to %1. Each is a file descriptor in this process, and the server needs one per connection too, so the open-file limit (ulimit -n) caps it.</source>
        <translation>同時傳送的連線數（UDP：通訊端數），1 到 %1。每條連線都是此行程中的一個檔案描述子，伺服器每條連線也需要一個，因此受開啟檔案上限（ulimit -n）限制。</translation>
    </message>
    <message>
        <source>Conn&amp;ections:</source>
        <translation>連線數(&amp;E)：</translation>
    </message>
    <message>
        <source>Bytes per message, 1 to %1 (16 MiB); UDP at most %2, the largest datagram over IPv4. Every echoed byte is compared with what was sent.</source>
        <translation>每則訊息的位元組數，1 到 %1（16 MiB）；UDP 最多 %2，即 IPv4 上最大的資料包。每個回顯的位元組都會與送出的內容比對。</translation>
    </message>
    <message>
        <source>Message &amp;size (bytes):</source>
        <translation>訊息大小（位元組）(&amp;S)：</translation>
    </message>
    <message>
        <source>How long the load runs, 1 to %1 seconds (one hour). Cancel ends it earlier; what was measured until then is still reported.</source>
        <translation>負載執行的時間，1 到 %1 秒（一小時）。按「取消」可提前結束；到那時為止的量測結果仍會回報。</translation>
    </message>
    <message>
        <source>&amp;Duration (s):</source>
        <translation>持續時間（秒）(&amp;D)：</translation>
    </message>
    <message>
        <source>Ping-pong</source>
        <translation>乒乓</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>串流</translation>
    </message>
    <message>
        <source>Ping-pong: each connection sends one message and waits for its echo before the next; the round-trip times are measured. Stream: each connection keeps sending while it reads the echo back, for throughput; streams only (TCP, Unix stream), as lost datagrams would stall it.</source>
        <translation>乒乓：每條連線送出一則訊息，等收到回顯後才送下一則；會量測往返時間。串流：每條連線持續傳送，同時讀回回顯，用於量測吞吐量；僅限串流（TCP、Unix 串流），因為遺失的資料包會使其停滯。</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>one per core (%1)</source>
        <translation>每核心一個（%1）</translation>
    </message>
    <message>
        <source>The load&apos;s threads, each an event loop over its share of the connections. 0: one per core (%1 here), at most one per connection. At most %2.</source>
        <translation>負載的執行緒，每個執行緒以事件迴圈處理分配到的連線。0：每核心一個（此處為 %1），最多每條連線一個。最多 %2 個。</translation>
    </message>
    <message>
        <source>Load t&amp;hreads:</source>
        <translation>負載執行緒(&amp;H)：</translation>
    </message>
    <message>
        <source>Open the connections and send messages for the chosen duration, checking every echoed byte. The load runs on threads of its own; the page stays responsive.</source>
        <translation>開啟連線並在所選時間內傳送訊息，檢查每個回顯的位元組。負載在自己的執行緒上執行；頁面仍可正常操作。</translation>
    </message>
    <message>
        <source>End the run now; what was measured until then is reported.</source>
        <translation>立即結束執行；回報到目前為止的量測結果。</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>負載進度</translation>
    </message>
    <message>
        <source>Seconds elapsed of the run&apos;s duration.</source>
        <translation>已經過的秒數／執行總時間。</translation>
    </message>
    <message>
        <source>the load test&apos;s result</source>
        <translation>負載測試的結果</translation>
    </message>
    <message>
        <source>The load&apos;s running totals, 4 updates a second.</source>
        <translation>負載的累計數值，每秒更新 4 次。</translation>
    </message>
    <message>
        <source>Load result</source>
        <translation>負載結果</translation>
    </message>
    <message>
        <source>Messages/s and MB/s (MB = 10⁶ bytes) over the measured duration; round-trip times of ping-pong messages in microseconds (p99: 99% were faster); bytes echoed and found equal to those sent; errors: failed connections, resets, corrupted echoes, lost datagrams.</source>
        <translation>量測期間的訊息數/秒與 MB/s（MB = 10⁶ 位元組）；乒乓訊息的往返時間，單位為微秒（p99：99% 比此更快）；回顯且與送出內容相同的位元組數；錯誤：連線失敗、重設、回顯內容損毀、資料包遺失。</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>已驗證 %1</translation>
    </message>
    <message>
        <source>Load throughput plot</source>
        <translation>負載吞吐量圖</translation>
    </message>
    <message>
        <source>Echoed bytes per second the load received and verified, from its totals 4 times a second, over the last %1 seconds.</source>
        <translation>負載每秒收到並驗證的回顯位元組數，依其累計值每秒取樣 4 次，顯示最近 %1 秒。</translation>
    </message>
    <message>
        <source>The server&apos;s address is empty.</source>
        <translation>伺服器的位址是空的。</translation>
    </message>
    <message>
        <source>“%1” is neither a numeric IPv4 nor a numeric IPv6 address (inet_pton returned 0 for both); the load connects to numbers, not to a host name.</source>
        <translation>「%1」既不是數字形式的 IPv4 位址，也不是數字形式的 IPv6 位址（inet_pton 對兩者都傳回 0）；負載只連線到數字位址，不接受主機名稱。</translation>
    </message>
    <message>
        <source>The path is empty. Give the server&apos;s socket file, or @name for an abstract name.</source>
        <translation>路徑是空的。請輸入伺服器的通訊端檔案，或以 @name 表示抽象名稱。</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; sun_path holds at most %2 bytes and the terminating NUL.</source>
        <translation>路徑長 %1 位元組；sun_path 最多容納 %2 位元組加上結尾的 NUL。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連線數</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>訊息大小</translation>
    </message>
    <message>
        <source>A UDP datagram carries at most %1 bytes over IPv4; “%2” is too large for one echo.</source>
        <translation>IPv4 上一個 UDP 資料包最多承載 %1 位元組；「%2」對單次回顯而言太大。</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <source>Not started: correct the marked fields first.</source>
        <translation>未啟動：請先修正標示的欄位。</translation>
    </message>
    <message numerus="yes">
        <source>0 of %n second(s)</source>
        <translation>
            <numerusform>%n 秒中的 0 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n connection(s) for %1 s…</source>
        <translation>
            <numerusform>執行中：%n 條連線，持續 %1 秒…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>取消中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n second(s)</source>
        <translation>
            <numerusform>%n 秒中的 %1 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s now, %n connected, %2 error(s)</source>
        <translation>
            <numerusform>目前每秒 %1 則訊息，%n 條已連線，%2 個錯誤</numerusform>
        </translation>
    </message>
    <message>
        <source>The load could not run: %1.</source>
        <translation>負載無法執行：%1。</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>於 %1 秒後取消。</translation>
    </message>
    <message>
        <source>Finished after %1 s.</source>
        <translation>於 %1 秒後完成。</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n connection(s) could be made.</source>
        <translation>
            <numerusform>%n 條連線中只建立了 %1 條。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): failed connections, resets, corrupted echoes or lost datagrams.</source>
        <translation>
            <numerusform>%n 個錯誤：連線失敗、重設、回顯內容損毀或資料包遺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load test: %1 messages/s, %2 MB/s</source>
        <translation>負載測試：每秒 %1 則訊息，%2 MB/s</translation>
    </message>
    <message>
        <source>%1 messages/s, %2 MB/s over %3 s</source>
        <translation>每秒 %1 則訊息，%2 MB/s，歷時 %3 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), %1-byte messages, %2</source>
        <translation>
            <numerusform>%n 條連線，每則訊息 %1 位元組，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>ping-pong</source>
        <translation>乒乓</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>串流</translation>
    </message>
    <message>
        <source>Round trip: p50 %1 µs, p99 %2 µs, p99.9 %3 µs, max %4 µs</source>
        <translation>往返時間：p50 %1 µs，p99 %2 µs，p99.9 %3 µs，最大 %4 µs</translation>
    </message>
    <message>
        <source>Round trip: not measured in stream mode</source>
        <translation>往返時間：串流模式下不量測</translation>
    </message>
    <message>
        <source>%1 messages, %2 bytes verified, %3 error(s), %4 mismatched byte(s)</source>
        <translation>%1 則訊息，已驗證 %2 位元組，%3 個錯誤，%4 個不符的位元組</translation>
    </message>
    <message>
        <source>No load run yet. Press Run load to load this tab&apos;s server.</source>
        <translation>尚未執行負載測試。按「執行負載」即可對此分頁的伺服器施加負載。</translation>
    </message>
    <message>
        <source>No load run yet. Start the server (or give another server&apos;s address), then press Run load.</source>
        <translation>尚未執行負載測試。請啟動伺服器（或輸入另一台伺服器的位址），再按「執行負載」。</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoLogModel</name>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>errno %1: %2</source>
        <translation>errno %1：%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>When the server logged the event (this computer&apos;s clock).</source>
        <translation>伺服器記錄此事件的時間（這台電腦的時鐘）。</translation>
    </message>
    <message>
        <source>What happened: connections, disconnections and why, refusals, accept pauses and errors. Single messages are counted, not logged.</source>
        <translation>發生了什麼：連線、斷線及其原因、拒絕、accept 暫停與錯誤。個別訊息只計數，不記錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier event(s) were dropped: the server logged them faster than the page collects them (4 times a second).</source>
        <translation>
            <numerusform>已捨棄 %n 個較早的事件：伺服器記錄的速度比頁面收集的速度（每秒 4 次）還快。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::EchoServerForm</name>
    <message>
        <source>Re&amp;move a stale socket file</source>
        <translation>移除殘留的通訊端檔案(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>傳輸方式(&amp;T)：</translation>
    </message>
    <message>
        <source>127.0.0.1, ::1, 0.0.0.0 or ::</source>
        <translation>127.0.0.1、::1、0.0.0.0 或 ::</translation>
    </message>
    <message>
        <source>The local address for bind(), as numeric text (read by inet_pton; no host names). 127.0.0.1 or ::1 take connections from this computer only. 0.0.0.0 (INADDR_ANY) or :: (in6addr_any) listen on every interface, so other machines can connect too.</source>
        <translation>bind() 使用的本機位址，以數字文字表示（由 inet_pton 讀取；不接受主機名稱）。127.0.0.1 或 ::1 只接受來自這台電腦的連線。0.0.0.0（INADDR_ANY）或 ::（in6addr_any）會在每個介面上監聽，所以其他電腦也能連線。</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>繫結位址(&amp;B)：</translation>
    </message>
    <message>
        <source>0 = any free port</source>
        <translation>0 = 任何空閒的埠</translation>
    </message>
    <message>
        <source>The local port for bind(), 0 to 65535, decimal or hex with 0x. 0 lets the kernel choose a free port; the port it chose (getsockname) is shown after the start. Ports below 1024 need privileges.</source>
        <translation>bind() 使用的本機埠，0 到 65535，十進位或加上 0x 的十六進位。0 表示讓核心選一個空閒的埠；啟動後會顯示它選的埠（getsockname）。1024 以下的埠需要特權。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>埠(&amp;P)：</translation>
    </message>
    <message>
        <source>/tmp/sockscope-echo.sock or @name</source>
        <translation>/tmp/sockscope-echo.sock 或 @name</translation>
    </message>
    <message>
        <source>AF_UNIX: a file-system path for sun_path (at most %1 bytes with the terminating NUL), or @name for a Linux abstract name: it lives only while the socket is open and leaves no file behind.</source>
        <translation>AF_UNIX：sun_path 的檔案系統路徑（連同結尾的 NUL 最多 %1 個位元組），或以 @name 表示 Linux 抽象名稱：它只在通訊端開啟期間存在，不會留下檔案。</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>路徑(&amp;H)：</translation>
    </message>
    <message>
        <source>A server that exits without unlink() leaves its socket file behind, and the next bind() fails with EADDRINUSE. When checked, a socket file that nobody accepts on (connect() to it is refused) is removed before binding. The file of a server still running is never touched.</source>
        <translation>沒有呼叫 unlink() 就結束的伺服器會留下它的通訊端檔案，下一次 bind() 便會以 EADDRINUSE 失敗。勾選後，在繫結前會移除沒有人在上面接受連線的通訊端檔案（對它 connect() 會被拒絕）。仍在執行的伺服器的檔案絕不會被動到。</translation>
    </message>
    <message>
        <source>setsockopt(IPPROTO_IPV6, IPV6_V6ONLY) for an IPv6 bind address. On: the socket takes IPv6 only, and another socket may bind the same port for IPv4. Off: dual-stack: IPv4 clients are accepted too and appear as ::ffff:a.b.c.d. System default: the option is not set (Linux: net.ipv6.bindv6only, usually 0, dual-stack). Only for an IPv6 bind address.</source>
        <translation>針對 IPv6 繫結位址的 setsockopt(IPPROTO_IPV6, IPV6_V6ONLY)。開啟：通訊端只接受 IPv6，另一個通訊端可以為 IPv4 繫結同一個埠。關閉：雙堆疊：也接受 IPv4 用戶端，它們會顯示為 ::ffff:a.b.c.d。系統預設：不設定此選項（Linux：net.ipv6.bindv6only，通常為 0，即雙堆疊）。僅適用於 IPv6 繫結位址。</translation>
    </message>
    <message>
        <source>IPV6_V6O&amp;NLY:</source>
        <translation>IPV6_V6O&amp;NLY：</translation>
    </message>
    <message>
        <source>listen()&apos;s second argument: how many connections the kernel completes and queues before accept() takes them; clients beyond it wait or are refused. Empty: SOMAXCONN. The kernel caps any backlog at net.core.somaxconn, which is %1 on this computer (read from /proc/sys/net/core/somaxconn just now). %2 Streams only: datagram sockets do not listen.</source>
        <translation>listen() 的第二個引數：在 accept() 取走之前，核心可以完成並排入佇列的連線數；超過的用戶端要等待或被拒絕。留白：SOMAXCONN。核心會把任何 backlog 限制在 net.core.somaxconn 以內，這台電腦上是 %1（剛從 /proc/sys/net/core/somaxconn 讀取）。%2 僅適用於串流：資料包通訊端不會 listen。</translation>
    </message>
    <message>
        <source>That is the chapter&apos;s 128.</source>
        <translation>這就是本章所說的 128。</translation>
    </message>
    <message>
        <source>The chapter&apos;s 128 was the old Linux limit; this kernel&apos;s differs.</source>
        <translation>本章的 128 是舊的 Linux 上限；這個核心的上限不同。</translation>
    </message>
    <message>
        <source>Bac&amp;klog:</source>
        <translation>backlog 佇列(&amp;K)：</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): a restarted server may bind its port while connections of the previous one are still in TIME_WAIT, instead of failing with EADDRINUSE for a minute or two. On by default, as in the chapter. It does not let two servers listen on the same port at once.</source>
        <translation>在 bind() 之前呼叫 setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)：重新啟動的伺服器可以在前一個伺服器的連線仍處於 TIME_WAIT 時繫結它的埠，而不會有一兩分鐘都以 EADDRINUSE 失敗。預設開啟，與本章相同。它不會讓兩個伺服器同時在同一個埠上監聽。</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEPORT, 1) before bind() (Linux 3.9 and later): several sockets of the same user may bind the same address and port at once, and the kernel spreads new connections (or datagrams) among them. Try it with two server tabs on the same port.</source>
        <translation>在 bind() 之前呼叫 setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)（Linux 3.9 以後）：同一使用者的多個通訊端可以同時繫結相同的位址與埠，核心會把新連線（或資料包）分配給它們。可以用兩個伺服器分頁在同一個埠上試試看。</translation>
    </message>
    <message>
        <source>Reactor: non-blocking sockets and one event loop per worker thread; holds thousands of connections. Thread: the chapter&apos;s blocking recv/send loop, one thread per connection. The chapter&apos;s fork engine (one process per connection) runs only from the command line, sockscope-cli serve echo --engine fork: a child forked from the GUI would inherit the whole GUI.</source>
        <translation>反應器：非阻塞通訊端，每個工作執行緒一個事件迴圈；可容納數千條連線。執行緒：本章的阻塞式 recv/send 迴圈，每條連線一個執行緒。本章的 fork 引擎（每條連線一個行程）只能從命令列執行：sockscope-cli serve echo --engine fork；從圖形介面 fork 出來的子行程會繼承整個圖形介面。</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
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
        <translation>輪詢機制(&amp;L)：</translation>
    </message>
    <message>
        <source>one per core (%1)</source>
        <translation>每個核心一個（%1）</translation>
    </message>
    <message>
        <source>The reactor&apos;s worker threads, each with its own event loop. 0: one per core (%1 here). At most %2. The thread engine starts one thread per connection instead.</source>
        <translation>反應器的工作執行緒，各有自己的事件迴圈。0：每個核心一個（此處為 %1）。最多 %2 個。執行緒引擎則是改為每條連線啟動一個執行緒。</translation>
    </message>
    <message>
        <source>Worker &amp;threads:</source>
        <translation>工作執行緒(&amp;T)：</translation>
    </message>
    <message>
        <source>Connections served at once. One more is accepted and closed at once, and counted as refused. Each connection is a file descriptor, so the process&apos;s open-file limit (ulimit -n) caps it too: past that, accept() fails with EMFILE and the server pauses accepting for a moment.</source>
        <translation>同時服務的連線數。多出來的連線會被接受後立即關閉，並計為已拒絕。每條連線都是一個檔案描述符，所以行程的開啟檔案上限（ulimit -n）也會限制它：超過時 accept() 會以 EMFILE 失敗，伺服器會暫停接受一下。</translation>
    </message>
    <message>
        <source>Ma&amp;x connections:</source>
        <translation>最大連線數(&amp;X)：</translation>
    </message>
    <message>
        <source>0 = never</source>
        <translation>0 = 永不</translation>
    </message>
    <message>
        <source>Close a connection after this many seconds without data from the client. 0: never.</source>
        <translation>用戶端超過這麼多秒沒有傳資料就關閉連線。0：永不。</translation>
    </message>
    <message>
        <source>I&amp;dle timeout (s):</source>
        <translation>閒置逾時（秒）(&amp;D)：</translation>
    </message>
    <message>
        <source>bound to port %1</source>
        <translation>已繫結至埠 %1</translation>
    </message>
    <message>
        <source>The bind address is empty.</source>
        <translation>繫結位址是空的。</translation>
    </message>
    <message>
        <source>“%1” is neither a numeric IPv4 nor a numeric IPv6 address (inet_pton returned 0 for both); bind() needs numbers, not a host name.</source>
        <translation>「%1」既不是數字形式的 IPv4 也不是數字形式的 IPv6 位址（inet_pton 對兩者都傳回 0）；bind() 需要數字，不是主機名稱。</translation>
    </message>
    <message>
        <source>%1 listens on every interface: other machines on your networks can reach this echo server. Use 127.0.0.1 or ::1 to keep it on this computer.</source>
        <translation>%1 會在每個介面上監聽：您網路中的其他電腦都能連到這個回顯伺服器。改用 127.0.0.1 或 ::1 即可只限這台電腦。</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: other machines on that interface&apos;s network can reach this echo server.</source>
        <translation>%1 不是回送位址：該介面所在網路中的其他電腦都能連到這個回顯伺服器。</translation>
    </message>
    <message>
        <source>The path is empty. Give a file-system path such as /tmp/sockscope-echo.sock, or @name for a Linux abstract name.</source>
        <translation>路徑是空的。請輸入檔案系統路徑（例如 /tmp/sockscope-echo.sock），或以 @name 表示 Linux 抽象名稱。</translation>
    </message>
    <message>
        <source>Abstract names (@name) exist only on Linux; give a file-system path.</source>
        <translation>抽象名稱（@name）只存在於 Linux；請輸入檔案系統路徑。</translation>
    </message>
    <message>
        <source>The abstract name is %1 bytes long; sun_path holds a NUL and at most %2 bytes of name.</source>
        <translation>抽象名稱長 %1 個位元組；sun_path 只能容納一個 NUL 加上最多 %2 個位元組的名稱。</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; sun_path holds at most %2 bytes and the terminating NUL. Use a shorter path, e.g. in /tmp.</source>
        <translation>路徑長 %1 個位元組；sun_path 最多只能容納 %2 個位元組加上結尾的 NUL。請使用較短的路徑，例如放在 /tmp 中。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>backlog 佇列</translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation>最大連線數</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>閒置逾時</translation>
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
        <translation>Unix 串流</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix 資料包</translation>
    </message>
    <message>
        <source>The socket&apos;s domain and type. TCP: SOCK_STREAM over AF_INET or AF_INET6, a byte stream with connections. UDP: SOCK_DGRAM, each datagram echoed to its sender. Unix stream and Unix datagram: AF_UNIX with SOCK_STREAM or SOCK_DGRAM, on this computer only, named by a file-system path or a Linux abstract name.</source>
        <translation>通訊端的網域與類型。TCP：透過 AF_INET 或 AF_INET6 的 SOCK_STREAM，是有連線的位元組串流。UDP：SOCK_DGRAM，每個資料包都回顯給它的傳送者。Unix 串流與 Unix 資料包：AF_UNIX 搭配 SOCK_STREAM 或 SOCK_DGRAM，只限這台電腦，以檔案系統路徑或 Linux 抽象名稱命名。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>On: IPv6 only</source>
        <translation>開啟：僅 IPv6</translation>
    </message>
    <message>
        <source>Off: dual-stack</source>
        <translation>關閉：雙堆疊</translation>
    </message>
    <message>
        <source>SOMAXCONN (kernel cap %1)</source>
        <translation>SOMAXCONN（核心上限 %1）</translation>
    </message>
    <message>
        <source>Reactor</source>
        <translation>反應器</translation>
    </message>
    <message>
        <source>Thread per connection</source>
        <translation>每條連線一個執行緒</translation>
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
        <translation>選項：</translation>
    </message>
    <message>
        <source>Fork (command line only)</source>
        <translation>Fork（僅限命令列）</translation>
    </message>
    <message>
        <source>sockscope-cli serve echo --engine fork: one process per connection. Not in the GUI: a child forked from it would inherit the whole GUI process.</source>
        <translation>sockscope-cli serve echo --engine fork：每條連線一個行程。圖形介面中不提供：從它 fork 出來的子行程會繼承整個圖形介面行程。</translation>
    </message>
    <message>
        <source>io_uring</source>
        <translation>io_uring</translation>
    </message>
    <message>
        <source>How the reactor learns about its sockets. io_uring (Linux 6.0+): the kernel completes the receives and sends it was asked for and reports them in batches, so one system call stands for many messages; plain streams only, TLS and datagrams use epoll. epoll (Linux): the kernel says which sockets are ready and the loop calls recv() and send(); the cost follows the sockets that are ready. poll(): portable; the cost follows every socket watched. Reactor only.</source>
        <translation>反應器得知其通訊端狀態的方式。io_uring（Linux 6.0+）：核心完成所要求的接收與傳送，並成批回報，因此一次系統呼叫可代表多則訊息；僅限一般串流，TLS 與資料包使用 epoll。epoll（Linux）：核心告知哪些通訊端已就緒，由迴圈呼叫 recv() 與 send()；成本取決於就緒的通訊端數。poll()：可攜；成本取決於所有監看的通訊端數。僅適用於反應器。</translation>
    </message>
    <message>
        <source>Not available here: built without liburing, or this kernel refuses io_uring (older than 6.0, kernel.io_uring_disabled, a seccomp filter).</source>
        <translation>此處無法使用：建置時未含 liburing，或此核心拒絕 io_uring（早於 6.0、kernel.io_uring_disabled、seccomp 過濾器）。</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoServerPage</name>
    <message>
        <source>The chapter ends with an echo server: it accepts connections and sends back every byte it receives. This one is real: choose how it listens and which engine serves, start it, and connect with telnet, nc, socat or sockscope-cli bench echo. Each tab is one server; several may run at once. The setup calls go to the journal; single messages are only counted.</source>
        <translation>本章最後是一個回顯伺服器：它接受連線，並把收到的每個位元組送回去。這個伺服器是真的：選擇它的監聽方式與服務引擎、啟動它，再用 telnet、nc、socat 或 sockscope-cli bench echo 連線。每個分頁是一個伺服器，可以同時執行好幾個。設定階段的呼叫會記入呼叫日誌；個別訊息只計數。</translation>
    </message>
    <message>
        <source>One tab per echo server. Closing a tab stops its server.</source>
        <translation>每個回顯伺服器一個分頁。關閉分頁會停止它的伺服器。</translation>
    </message>
    <message>
        <source>+ New server</source>
        <translation>+ 新增伺服器</translation>
    </message>
    <message>
        <source>Open another server in a new tab (Ctrl+T).</source>
        <translation>在新分頁中開啟另一個伺服器（Ctrl+T）。</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新增伺服器</translation>
    </message>
    <message>
        <source>Echo server</source>
        <translation>回顯伺服器</translation>
    </message>
    <message>
        <source>The chapter&apos;s echo server for real: TCP, UDP or AF_UNIX, reactor or thread engine, live connections, totals and throughput; several servers at once.</source>
        <translation>本章的回顯伺服器實際運作：TCP、UDP 或 AF_UNIX，反應器或執行緒引擎，即時連線、總計與傳輸量；可同時執行多個伺服器。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在 %1 上監聽</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未執行</translation>
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
        <translation>Unix 串流</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix 資料包</translation>
    </message>
    <message>
        <source>thread engine, one thread per connection</source>
        <translation>執行緒引擎，每條連線一個執行緒</translation>
    </message>
    <message numerus="yes">
        <source>reactor engine on %1, %n worker thread(s)</source>
        <translation>
            <numerusform>反應器引擎，使用 %1，%n 個工作執行緒</numerusform>
        </translation>
    </message>
    <message>
        <source>reactor engine on %1, one worker thread per core</source>
        <translation>反應器引擎，使用 %1，每個核心一個工作執行緒</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>啟動(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove the stale file and retry</source>
        <translation>移除殘留的檔案並重試(&amp;R)</translation>
    </message>
    <message>
        <source>Shut down &amp;writing</source>
        <translation>關閉寫入方向(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>重設(&amp;T)</translation>
    </message>
    <message>
        <source>Not running. Choose the settings and press Start (Ctrl+Return).</source>
        <translation>未執行。請選擇設定後按「啟動」（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>伺服器設定</translation>
    </message>
    <message>
        <source>Create the socket, set its options, bind, listen (streams) and start serving (Ctrl+Return). The calls appear in the journal.</source>
        <translation>建立通訊端、設定選項、bind、listen（串流）並開始服務（Ctrl+Enter）。這些呼叫會出現在呼叫日誌中。</translation>
    </message>
    <message>
        <source>Stop accepting, close every connection and the listening socket, and end the server&apos;s threads; within a second (Ctrl+.).</source>
        <translation>停止接受連線，關閉每條連線與監聽通訊端，並結束伺服器的執行緒；一秒內完成（Ctrl+.）。</translation>
    </message>
    <message>
        <source>Where the server listens (the address getsockname() reported after bind), or why it could not start.</source>
        <translation>伺服器在哪裡監聽（bind 之後 getsockname() 回報的位址），或無法啟動的原因。</translation>
    </message>
    <message>
        <source>the server&apos;s address</source>
        <translation>伺服器的位址</translation>
    </message>
    <message>
        <source>Start again, removing the socket file first. It is removed only if no server accepts on it (connect() to it is refused).</source>
        <translation>先移除通訊端檔案再重新啟動。只有在沒有伺服器在上面接受連線時（對它 connect() 會被拒絕）才會移除。</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>The server&apos;s connections, 4 updates a second. Select one or more for the actions below, or right-click them.</source>
        <translation>伺服器的連線，每秒更新 4 次。選取一條或多條連線即可使用下方的動作，或在上面按右鍵。</translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_WR): the server sends FIN after the echo it still owes. The client reads EOF (recv returns 0) but may still send; the server keeps reading until the client closes too.</source>
        <translation>shutdown(fd, SHUT_WR)：伺服器送完還欠的回顯後送出 FIN。用戶端會讀到 EOF（recv 傳回 0），但仍可傳送；伺服器會繼續讀取，直到用戶端也關閉為止。</translation>
    </message>
    <message>
        <source>close(fd): an orderly close. The client reads what was already sent, then EOF; if it sends again, it gets a reset (ECONNRESET, or EPIPE on a later send).</source>
        <translation>close(fd)：正常關閉。用戶端會讀到已送出的資料，然後是 EOF；如果它再傳送，會收到重設（ECONNRESET，或之後的 send 得到 EPIPE）。</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER, {l_onoff = 1, l_linger = 0}) and close(fd): an abortive close. The kernel sends RST instead of FIN and drops unsent data; the client&apos;s next recv or send fails with ECONNRESET.</source>
        <translation>setsockopt(SO_LINGER, {l_onoff = 1, l_linger = 0}) 再 close(fd)：中止式關閉。核心送出 RST 而非 FIN，並丟棄尚未送出的資料；用戶端的下一次 recv 或 send 會以 ECONNRESET 失敗。</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>伺服器記錄</translation>
    </message>
    <message>
        <source>Connections, disconnections, refusals, accept pauses and errors (marked), the last %1 lines. Single messages are counted in the totals, not logged.</source>
        <translation>連線、斷線、拒絕、accept 暫停與錯誤（有標示），最後 %1 行。個別訊息只計入總計，不記錄。</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>清除記錄(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every line from this server&apos;s log (the totals stay).</source>
        <translation>從這個伺服器的記錄中移除所有行（總計保留）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Server %1 (starting…)</source>
        <translation>伺服器 %1（啟動中…）</translation>
    </message>
    <message>
        <source>Server %1 (stopping…)</source>
        <translation>伺服器 %1（停止中…）</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>伺服器 %1</translation>
    </message>
    <message>
        <source>Not started: correct the marked settings first.</source>
        <translation>未啟動：請先修正標示的設定。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>啟動中…</translation>
    </message>
    <message>
        <source>Stopping: closing every connection…</source>
        <translation>停止中：正在關閉每條連線…</translation>
    </message>
    <message>
        <source>Could not start: %1.</source>
        <translation>無法啟動：%1。</translation>
    </message>
    <message>
        <source>Could not start: %1 (%2 failed).</source>
        <translation>無法啟動：%1（%2 失敗）。</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>無法啟動：%1</translation>
    </message>
    <message>
        <source>Listening on %1 (%2, %3)</source>
        <translation>正在 %1 上監聽（%2，%3）</translation>
    </message>
    <message>
        <source>Echo server listening on %1</source>
        <translation>回顯伺服器正在 %1 上監聽</translation>
    </message>
    <message numerus="yes">
        <source>Stopped; it listened on %1 and served %n connection(s).</source>
        <translation>
            <numerusform>已停止；它曾在 %1 上監聽，並服務了 %n 條連線。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 條連線</numerusform>
        </translation>
    </message>
    <message>
        <source>(the table shows %1 of them: at most %2 rows are listed)</source>
        <translation>（表格顯示其中 %1 條：最多列出 %2 列）</translation>
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
        <translation>重設（SO_LINGER {1, 0}、close）</translation>
    </message>
    <message numerus="yes">
        <source>%1 on connection %2</source>
        <translation>
            <numerusform>對連線 %2 執行 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>傳輸量</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>伺服器狀態</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>This server&apos;s settings, Start and Stop, and its throughput.</source>
        <translation>此伺服器的設定、啟動與停止，以及其吞吐量。</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>負載測試</translation>
    </message>
    <message>
        <source>Drive this server (or another echo server) with a bounded load and measure it: messages/s, MB/s, round-trip times.</source>
        <translation>以有限的負載驅動此伺服器（或其他回顯伺服器）並加以量測：訊息數/秒、MB/s、往返時間。</translation>
    </message>
    <message>
        <source>O&amp;ptions…</source>
        <translation>選項(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Listener options…</source>
        <translation>監聽通訊端選項(&amp;L)…</translation>
    </message>
    <message>
        <source>Open the socket options page on the listening socket: read its options, change them and see what the kernel kept.</source>
        <translation>在監聽通訊端上開啟「通訊端選項」頁面：讀取它的選項、加以變更，並查看核心實際保留的值。</translation>
    </message>
    <message>
        <source>Open the socket options page on the selected connection: getsockopt and setsockopt on it while it serves, and its TCP_INFO.</source>
        <translation>在所選的連線上開啟「通訊端選項」頁面：在它服務期間對它進行 getsockopt 與 setsockopt，並查看它的 TCP_INFO。</translation>
    </message>
    <message>
        <source>Connect &amp;a console</source>
        <translation>連接主控台(&amp;A)</translation>
    </message>
    <message>
        <source>Open the client console on a new session connected to this server, to send it messages by hand.</source>
        <translation>在客戶端主控台開一個連到此伺服器的新工作階段，以手動傳送訊息給它。</translation>
    </message>
    <message>
        <source>Listening on %1 (%2 with TLS, %3)</source>
        <translation>正在 %1 上監聽（%2 搭配 TLS，%3）</translation>
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
        <translation>在每條連線上提供 TLS（OpenSSL）：SSL_accept 執行交握，之後由 SSL_read 與 SSL_write 傳送回顯資料。交握失敗的用戶端會連同原因一併記錄。</translation>
    </message>
    <message>
        <source>&amp;Generate a self-signed certificate for this host</source>
        <translation>為這台主機產生自我簽署的憑證(&amp;G)</translation>
    </message>
    <message>
        <source>An EC P-256 key and a certificate for this host&apos;s name, localhost, 127.0.0.1 and ::1, kept in %1 and used again while it is valid, so its fingerprint stays the same.</source>
        <translation>一把 EC P-256 金鑰，以及適用於這台主機名稱、localhost、127.0.0.1 與 ::1 的憑證，保存在 %1 中，在有效期間內會重複使用，因此指紋保持不變。</translation>
    </message>
    <message>
        <source>Certificate and key &amp;files</source>
        <translation>憑證與金鑰檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>憑證：</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (chain), PEM.</source>
        <translation>伺服器的憑證（憑證鏈），PEM 格式。</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>憑證（PEM）</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>金鑰：</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key, PEM, unencrypted.</source>
        <translation>憑證的私密金鑰，PEM 格式，未加密。</translation>
    </message>
    <message>
        <source>Key (PEM)</source>
        <translation>金鑰（PEM）</translation>
    </message>
    <message>
        <source>the certificate&apos;s SHA-256 fingerprint</source>
        <translation>憑證的 SHA-256 指紋</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt *.cer *.key);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>TLS (streams only)</source>
        <translation>TLS（僅限串流）</translation>
    </message>
    <message>
        <source>TLS: on</source>
        <translation>TLS：開啟</translation>
    </message>
    <message>
        <source>TLS: off</source>
        <translation>TLS：關閉</translation>
    </message>
    <message>
        <source>%1: give a PEM file, or choose the self-signed certificate.</source>
        <translation>%1：請指定 PEM 檔案，或選擇自我簽署的憑證。</translation>
    </message>
    <message>
        <source>%1: there is no file “%2”; give the path of a PEM file.</source>
        <translation>%1：沒有「%2」這個檔案；請輸入 PEM 檔案的路徑。</translation>
    </message>
    <message>
        <source>%1: “%2” is a directory; give a PEM file.</source>
        <translation>%1：「%2」是目錄；請指定 PEM 檔案。</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read (no permission).</source>
        <translation>%1：無法讀取「%2」（權限不足）。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>No self-signed certificate: %1</source>
        <translation>沒有自我簽署的憑證：%1</translation>
    </message>
    <message>
        <source>Self-signed certificate %1 (used again), valid until %2</source>
        <translation>自我簽署的憑證 %1（重複使用），有效期限至 %2</translation>
    </message>
    <message>
        <source>Self-signed certificate %1 (made now), valid until %2</source>
        <translation>自我簽署的憑證 %1（剛剛產生），有效期限至 %2</translation>
    </message>
    <message>
        <source>Certificate %1 (%2), valid until %3</source>
        <translation>憑證 %1（%2），有效期限至 %3</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>CA file: give the PEM file of the CA that signs your clients&apos; certificates, or do not request a client certificate.</source>
        <translation>CA 檔案：請指定簽署用戶端憑證的 CA 的 PEM 檔案，或不要請求用戶端憑證。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 檔案</translation>
    </message>
    <message>
        <source>ALPN: %1</source>
        <translation>ALPN：%1</translation>
    </message>
    <message>
        <source>Serve TLS (OpenSSL) on every accepted connection: SSL_accept runs the handshake (a client that has not finished it within 10 s is dropped), then SSL_read and SSL_write carry the bytes, and close() sends close_notify first.</source>
        <translation>在每條已接受的連線上提供 TLS（OpenSSL）：SSL_accept 執行交握（10 秒內未完成交握的用戶端會被斷線），之後由 SSL_read 與 SSL_write 傳送位元組，而 close() 會先送出 close_notify。</translation>
    </message>
    <message>
        <source>Request a client &amp;certificate, checked against a CA file</source>
        <translation>請求用戶端憑證，並以 CA 檔案驗證(&amp;C)</translation>
    </message>
    <message>
        <source>SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT: a client without a certificate the CA signed fails the handshake and is dropped.</source>
        <translation>SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT：沒有該 CA 所簽署憑證的用戶端會交握失敗並被斷線。</translation>
    </message>
    <message>
        <source>The CA certificates (PEM) a client certificate must lead to.</source>
        <translation>用戶端憑證必須能通往的 CA 憑證（PEM）。</translation>
    </message>
    <message>
        <source>CA file (PEM)</source>
        <translation>CA 檔案（PEM）</translation>
    </message>
    <message>
        <source>h2,http/1.1</source>
        <translation>h2,http/1.1</translation>
    </message>
    <message>
        <source>The protocols offered by ALPN, in order of preference: the first of these the client also offers is chosen. Empty: no ALPN.</source>
        <translation>透過 ALPN 提供的協定，依偏好順序排列：會選用其中第一個用戶端也有提供的協定。留白：不使用 ALPN。</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 檔案：</translation>
    </message>
    <message>
        <source>ALPN:</source>
        <translation>ALPN：</translation>
    </message>
</context>
<context>
    <name>sockscope::EchoTotalsView</name>
    <message>
        <source>Connections now:</source>
        <translation>目前連線數：</translation>
    </message>
    <message>
        <source>Connections in all:</source>
        <translation>連線總數：</translation>
    </message>
    <message>
        <source>Connections accepted since the server started.</source>
        <translation>伺服器啟動以來接受的連線。</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>已拒絕：</translation>
    </message>
    <message>
        <source>Connections accepted and closed at once because the server already had its maximum number of connections.</source>
        <translation>因伺服器已達連線數上限，接受後立即關閉的連線。</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>Calls that failed with an error other than a peer&apos;s reset (ECONNRESET) or a closed pipe (EPIPE). The log says which.</source>
        <translation>因對端重設（ECONNRESET）或管線已關閉（EPIPE）以外的錯誤而失敗的呼叫。記錄中會註明是哪些。</translation>
    </message>
    <message>
        <source>Accept pauses:</source>
        <translation>accept 暫停：</translation>
    </message>
    <message>
        <source>Times accept() failed with EMFILE or ENFILE (no descriptor left for a new connection): the server stops accepting for a moment instead of spinning, and accepts again later.</source>
        <translation>accept() 以 EMFILE 或 ENFILE 失敗的次數（沒有剩餘的描述符可給新連線）：伺服器會暫停接受一下，而不是空轉，稍後再繼續接受。</translation>
    </message>
    <message>
        <source>Bytes in:</source>
        <translation>收到位元組：</translation>
    </message>
    <message>
        <source>Bytes received from all clients (recv / recvfrom).</source>
        <translation>從所有用戶端收到的位元組（recv / recvfrom）。</translation>
    </message>
    <message>
        <source>Bytes out:</source>
        <translation>送出位元組：</translation>
    </message>
    <message>
        <source>Bytes echoed back to clients (send / sendto).</source>
        <translation>回顯給用戶端的位元組（send / sendto）。</translation>
    </message>
    <message>
        <source>Messages in:</source>
        <translation>收到訊息：</translation>
    </message>
    <message>
        <source>recv calls that returned data (streams), or datagrams received. A stream has no message boundaries: one send by a client may arrive in several recv calls, or several in one.</source>
        <translation>有傳回資料的 recv 呼叫（串流），或收到的資料包。串流沒有訊息邊界：用戶端的一次 send 可能分成好幾次 recv 才收到，也可能好幾次 send 在一次 recv 中收到。</translation>
    </message>
    <message>
        <source>Messages out:</source>
        <translation>送出訊息：</translation>
    </message>
    <message>
        <source>send calls, or datagrams sent back.</source>
        <translation>send 呼叫，或送回的資料包。</translation>
    </message>
    <message>
        <source>Truncated datagrams:</source>
        <translation>被截斷的資料包：</translation>
    </message>
    <message>
        <source>Datagrams larger than the server&apos;s buffer: recvfrom returned only the first part (MSG_TRUNC), and only that part was echoed.</source>
        <translation>比伺服器緩衝區大的資料包：recvfrom 只傳回前面的部分（MSG_TRUNC），也只回顯了那一部分。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Connections open now (TCP, Unix stream).</source>
        <translation>目前開啟的連線（TCP、Unix 串流）。</translation>
    </message>
    <message>
        <source>A datagram socket has no connections: each datagram is answered on its own (see Messages in and out).</source>
        <translation>資料包通訊端沒有連線：每個資料包都各自回應（請看收到與送出的訊息數）。</translation>
    </message>
</context>
<context>
    <name>sockscope::HostsPage</name>
    <message>
        <source>The hosts database maps names to addresses: /etc/hosts, then whatever else nsswitch.conf lists (here DNS). gethostent reads it entry by entry as a struct hostent (h_name, h_aliases, h_addrtype, h_length, h_addr_list); sethostent rewinds, endhostent closes. gethostbyname and gethostbyaddr look up one host, in the files and through DNS. None of them is thread-safe; SockScope holds one lock around each whole sequence and uses the reentrant _r variants for single lookups.</source>
        <translation>主機資料庫把名稱對應到位址：先查 /etc/hosts，再查 nsswitch.conf 列出的其他來源（這裡是 DNS）。gethostent 以 struct hostent（h_name、h_aliases、h_addrtype、h_length、h_addr_list）逐項讀取；sethostent 回到開頭，endhostent 關閉。gethostbyname 與 gethostbyaddr 在檔案中及透過 DNS 查詢單一主機。它們都不是執行緒安全的；SockScope 在每整段呼叫序列外加一把鎖，單筆查詢則使用可重入的 _r 版本。</translation>
    </message>
    <message>
        <source>One host, the legacy way: gethostbyname2_r and gethostbyaddr_r</source>
        <translation>以舊方法查詢單一主機：gethostbyname2_r 與 gethostbyaddr_r</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>const char *name: the host name to look up in /etc/hosts and then DNS. A name not in /etc/hosts is sent to the configured DNS server. Enter looks it up.</source>
        <translation>const char *name：要在 /etc/hosts 與 DNS 中查詢的主機名稱。不在 /etc/hosts 中的名稱會送到設定的 DNS 伺服器。按 Enter 即可查詢。</translation>
    </message>
    <message>
        <source>int af of gethostbyname2: the one address family to return. A legacy lookup answers for a single family; getaddrinfo with AF_UNSPEC gets both at once.</source>
        <translation>gethostbyname2 的 int af：要傳回的那一個位址家族。舊式查詢一次只回答一個家族；getaddrinfo 搭配 AF_UNSPEC 可一次取得兩者。</translation>
    </message>
    <message>
        <source>Runs gethostbyname2_r(name, af, …) on a worker thread.</source>
        <translation>在背景執行緒中執行 gethostbyname2_r(name, af, …)。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1</source>
        <translation>127.0.0.1 或 ::1</translation>
    </message>
    <message>
        <source>const void *addr: the address whose name is wanted, typed as IPv4 or IPv6 text; SockScope converts it with inet_pton and passes its length and family (AF_INET or AF_INET6). Enter looks it up.</source>
        <translation>const void *addr：要查詢名稱的位址，以 IPv4 或 IPv6 文字輸入；SockScope 會用 inet_pton 轉換，並傳入它的長度與家族（AF_INET 或 AF_INET6）。按 Enter 即可查詢。</translation>
    </message>
    <message>
        <source>Runs gethostbyaddr_r(addr, len, type, …) on a worker thread.</source>
        <translation>在背景執行緒中執行 gethostbyaddr_r(addr, len, type, …)。</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>位址(&amp;D)：</translation>
    </message>
    <message>
        <source>The struct hostent found: h_name, h_aliases, h_addrtype, h_length and h_addr_list (each address shown with inet_ntop).</source>
        <translation>找到的 struct hostent：h_name、h_aliases、h_addrtype、h_length 與 h_addr_list（每個位址以 inet_ntop 顯示）。</translation>
    </message>
    <message>
        <source>the host entry</source>
        <translation>主機項目</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>The C function that actually ran (the journal shows the call) and how long it took.</source>
        <translation>實際執行的 C 函式（呼叫日誌會顯示這次呼叫）以及它花費的時間。</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>呼叫：</translation>
    </message>
    <message>
        <source>Why getaddrinfo replaced them: gethostbyname and gethostbyaddr return a pointer to one static struct that the next call overwrites, so they are not thread-safe (the _r variants need a caller&apos;s buffer and are not in POSIX). They answer for one address family at a time, know nothing of ports, services or socket types, and report failure in h_errno (HOST_NOT_FOUND, TRY_AGAIN…) rather than errno or an EAI_* code. getaddrinfo does all of that in one reentrant call and returns ready-to-use socket addresses: see the Name resolution page.</source>
        <translation>getaddrinfo 取代它們的原因：gethostbyname 與 gethostbyaddr 傳回的指標指向單一個靜態結構，下一次呼叫就會覆寫，因此不是執行緒安全的（_r 版本需要呼叫端提供緩衝區，而且不在 POSIX 中）。它們一次只回答一個位址家族，不懂埠、服務或通訊端類型，並以 h_errno（HOST_NOT_FOUND、TRY_AGAIN…）而非 errno 或 EAI_* 代碼回報失敗。getaddrinfo 以一次可重入的呼叫完成這一切，並傳回可以直接使用的通訊端位址：請參閱「名稱解析」頁面。</translation>
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
        <translation>char *h_name：主機的正式名稱。</translation>
    </message>
    <message>
        <source>char **h_aliases: other names for it, NULL-terminated.</source>
        <translation>char **h_aliases：它的其他名稱，以 NULL 結尾。</translation>
    </message>
    <message>
        <source>int h_addrtype: the family of the addresses, AF_INET or AF_INET6 (h_length is 4 or 16 bytes).</source>
        <translation>int h_addrtype：位址的家族，AF_INET 或 AF_INET6（h_length 為 4 或 16 位元組）。</translation>
    </message>
    <message>
        <source>char **h_addr_list: the addresses, in network byte order, shown with inet_ntop.</source>
        <translation>char **h_addr_list：各個位址，依網路位元組順序，以 inet_ntop 顯示。</translation>
    </message>
    <message>
        <source>What stayopen does in glibc today: for /etc/hosts, sethostent(1) keeps the file open so that later gethostbyname and gethostbyaddr calls reuse it, and it rewinds gethostent to the first entry. gethostent lists the files only: DNS cannot be enumerated. The chapter says that sethostent(1) makes gethostby* ask DNS over TCP and keep that connection open. glibc 2.36 on this system does not: watched with strace against a private DNS server, the queries still go out over UDP and the socket is closed again after every call.</source>
        <translation>stayopen 在現今 glibc 中的作用：對 /etc/hosts 而言，sethostent(1) 會讓檔案保持開啟，之後的 gethostbyname 與 gethostbyaddr 呼叫便可重複使用它，同時也會把 gethostent 倒回第一個項目。gethostent 只列出檔案中的內容：DNS 無法逐一列舉。本章說 sethostent(1) 會讓 gethostby* 改以 TCP 查詢 DNS 並保持該連線開啟。這個系統上的 glibc 2.36 並不會這樣做：以 strace 對著私人 DNS 伺服器觀察，查詢仍然經由 UDP 送出，而且每次呼叫後通訊端都會再次關閉。</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>The hosts database: gethostent, sethostent(stayopen), and the legacy gethostbyname and gethostbyaddr that getaddrinfo replaced.</source>
        <translation>主機資料庫：gethostent、sethostent(stayopen)，以及已被 getaddrinfo 取代的舊式 gethostbyname 與 gethostbyaddr。</translation>
    </message>
    <message>
        <source>Type a host name, such as localhost.</source>
        <translation>請輸入主機名稱，例如 localhost。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>執行中…</translation>
    </message>
    <message>
        <source>Type an IPv4 or IPv6 address, such as 127.0.0.1.</source>
        <translation>請輸入 IPv4 或 IPv6 位址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both).</source>
        <translation>「%1」既不是 IPv4 也不是 IPv6 位址（inet_pton 對兩者都傳回 0）。</translation>
    </message>
    <message>
        <source>%1 returned no entry; h_errno is %2 (%3).</source>
        <translation>%1 沒有傳回任何項目；h_errno 為 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 returned no entry.</source>
        <translation>%1 沒有傳回任何項目。</translation>
    </message>
    <message>
        <source>h_name %1 · h_aliases %2 · h_addrtype %3 · h_length %4 · h_addr_list %5</source>
        <translation>h_name %1 · h_aliases %2 · h_addrtype %3 · h_length %4 · h_addr_list %5</translation>
    </message>
    <message>
        <source>Run gethostbyname&amp;2_r</source>
        <translation>執行 gethostbyname&amp;2_r</translation>
    </message>
    <message>
        <source>Run gethostby&amp;addr_r</source>
        <translation>執行 gethostby&amp;addr_r</translation>
    </message>
</context>
<context>
    <name>sockscope::JournalDock</name>
    <message>
        <source>Call journal</source>
        <translation>呼叫日誌</translation>
    </message>
    <message>
        <source>Every system or library call SockScope made for you, with its C code.</source>
        <translation>SockScope 替您進行的每個系統呼叫或函式庫呼叫，以及對應的 C 程式碼。</translation>
    </message>
    <message>
        <source>Filter by function or errno, e.g. inet_pton or EAFNOSUPPORT</source>
        <translation>依函式或 errno 篩選，例如 inet_pton 或 EAFNOSUPPORT</translation>
    </message>
    <message>
        <source>Shows only the calls whose function name or errno symbol contains this text.</source>
        <translation>只顯示函式名稱或 errno 符號包含此文字的呼叫。</translation>
    </message>
    <message>
        <source>Copy C code</source>
        <translation>複製 C 程式碼</translation>
    </message>
    <message>
        <source>Copy the C code of the selected calls to the clipboard.</source>
        <translation>將所選呼叫的 C 程式碼複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every call from the journal.</source>
        <translation>從日誌中移除所有呼叫。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the journal as C code with comments (.txt) or as JSON (.json).</source>
        <translation>將日誌儲存為附註解的 C 程式碼（.txt）或 JSON（.json）。</translation>
    </message>
    <message>
        <source>Select calls to see their C code.</source>
        <translation>選取呼叫即可查看其 C 程式碼。</translation>
    </message>
    <message>
        <source>The selected calls as C code.</source>
        <translation>所選呼叫的 C 程式碼。</translation>
    </message>
    <message>
        <source>Select one or more calls in the journal first.</source>
        <translation>請先在日誌中選取一個或多個呼叫。</translation>
    </message>
    <message>
        <source>Copied the C code of the selected calls (%1) to the clipboard.</source>
        <translation>已將所選呼叫（%1 個）的 C 程式碼複製到剪貼簿。</translation>
    </message>
    <message>
        <source>C code with comments (*.txt)</source>
        <translation>附註解的 C 程式碼 (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the call journal</source>
        <translation>匯出呼叫日誌</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Exported the journal (%1 calls) to %2.</source>
        <translation>已將日誌（%1 個呼叫）匯出至 %2。</translation>
    </message>
    <message>
        <source>Calls shown: %1.</source>
        <translation>顯示的呼叫：%1 個。</translation>
    </message>
    <message>
        <source>Calls shown: %1 of %2.</source>
        <translation>顯示的呼叫：%1 個，共 %2 個。</translation>
    </message>
    <message>
        <source>%1 older calls were dropped to bound memory (the table keeps the newest %2).</source>
        <translation>為限制記憶體用量，已捨棄 %1 個較舊的呼叫（表格保留最新的 %2 個）。</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>執行緒</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函式</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引數</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>微秒</translation>
    </message>
    <message>
        <source>The thread that made the call.</source>
        <translation>發出呼叫的執行緒。</translation>
    </message>
    <message>
        <source>The C library or system call.</source>
        <translation>C 函式庫呼叫或系統呼叫。</translation>
    </message>
    <message>
        <source>The arguments, as a C programmer would write them.</source>
        <translation>引數，以 C 程式設計師的寫法表示。</translation>
    </message>
    <message>
        <source>The value the call returned.</source>
        <translation>呼叫傳回的值。</translation>
    </message>
    <message>
        <source>errno after a failed call; hover for its text.</source>
        <translation>呼叫失敗後的 errno；將滑鼠游標停在上面可看到說明文字。</translation>
    </message>
    <message>
        <source>How long the call took, in microseconds.</source>
        <translation>呼叫花費的時間，單位為微秒。</translation>
    </message>
    <message>
        <source>The order in which the calls finished and reached the journal. Calls on different threads overlap, so a call that started earlier (see Time) can come later.</source>
        <translation>呼叫完成並進入日誌的順序。不同執行緒的呼叫會重疊，所以較早開始的呼叫（見「時間」）可能排在後面。</translation>
    </message>
    <message>
        <source>When the call started (local time). Click the header to sort by it; the rows come in the order the calls finished.</source>
        <translation>呼叫開始的時間（本地時間）。按標題可依此排序；各列依呼叫完成的順序排列。</translation>
    </message>
</context>
<context>
    <name>sockscope::LabActionPanel</name>
    <message>
        <source>The domain (address family): AF_INET for IPv4, AF_INET6 for IPv6, AF_UNIX for local sockets named by a path.</source>
        <translation>網域（位址家族）：AF_INET 為 IPv4，AF_INET6 為 IPv6，AF_UNIX 為以路徑命名的本機通訊端。</translation>
    </message>
    <message>
        <source>Or&apos;ed into the type: the socket starts with O_NONBLOCK set.</source>
        <translation>以 OR 併入類型：通訊端一建立就設定了 O_NONBLOCK。</translation>
    </message>
    <message>
        <source>Or&apos;ed into the type: the descriptor starts with FD_CLOEXEC set.</source>
        <translation>以 OR 併入類型：描述符一建立就設定了 FD_CLOEXEC。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>For bind and connect: a numeric IPv4 or IPv6 address (no name lookup), or for AF_UNIX a path; @name is a Linux abstract name.</source>
        <translation>用於 bind 與 connect：數字形式的 IPv4 或 IPv6 位址（不查詢名稱），AF_UNIX 則為路徑；@name 表示 Linux 抽象名稱。</translation>
    </message>
    <message>
        <source>0 to 65535. For bind, 0 asks the kernel for a free port.</source>
        <translation>0 到 65535。用於 bind 時，0 表示請核心挑選一個空閒的埠。</translation>
    </message>
    <message>
        <source>listen()&apos;s backlog: how many finished connections may wait for accept. This kernel caps it at SOMAXCONN = %1.</source>
        <translation>listen() 的 backlog：最多可以有多少條已完成的連線等候 accept。這個核心把它限制在 SOMAXCONN = %1。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Backlog:</source>
        <translation>backlog 佇列(&amp;B)：</translation>
    </message>
    <message>
        <source>SOMAXCONN here: %1</source>
        <translation>此處的 SOMAXCONN：%1</translation>
    </message>
    <message>
        <source>net.core.somaxconn, read now: the kernel silently caps listen()&apos;s backlog at it.</source>
        <translation>net.core.somaxconn，剛剛讀取的值：核心會默默地把 listen() 的 backlog 限制在這個值。</translation>
    </message>
    <message>
        <source>Connect and listen</source>
        <translation>連線與監聽</translation>
    </message>
    <message>
        <source>The bytes to send, as text. C escapes: \n \r \t \0 \\ and \xHH for any byte.</source>
        <translation>要傳送的位元組，以文字表示。C 跳脫序列：\n \r \t \0 \\，以及可代表任意位元組的 \xHH。</translation>
    </message>
    <message>
        <source>The receive buffer&apos;s size for recv, recvfrom and read: at most this many bytes come back (0 to 65536).</source>
        <translation>recv、recvfrom 與 read 的接收緩衝區大小：最多傳回這麼多位元組（0 到 65536）。</translation>
    </message>
    <message>
        <source>sendto&apos;s destination address (numeric, or a unix path).</source>
        <translation>sendto 的目的位址（數字形式，或 unix 路徑）。</translation>
    </message>
    <message>
        <source>sendto&apos;s destination port.</source>
        <translation>sendto 的目的埠。</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>資料(&amp;D)：</translation>
    </message>
    <message>
        <source>Buffer si&amp;ze:</source>
        <translation>緩衝區大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>sendto &amp;address:</source>
        <translation>sendto 位址(&amp;A)：</translation>
    </message>
    <message>
        <source>port:</source>
        <translation>埠：</translation>
    </message>
    <message>
        <source>Flags, both ways:</source>
        <translation>雙向旗標：</translation>
    </message>
    <message>
        <source>send only:</source>
        <translation>僅限 send：</translation>
    </message>
    <message>
        <source>recv only:</source>
        <translation>僅限 recv：</translation>
    </message>
    <message>
        <source>Passed to send, sendto, recv and recvfrom (read and write take no flags).</source>
        <translation>傳給 send、sendto、recv 與 recvfrom（read 與 write 不接受旗標）。</translation>
    </message>
    <message>
        <source>Passed to send and sendto.</source>
        <translation>傳給 send 與 sendto。</translation>
    </message>
    <message>
        <source>Passed to recv and recvfrom.</source>
        <translation>傳給 recv 與 recvfrom。</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>資料傳輸</translation>
    </message>
    <message>
        <source>dup2&apos;s new descriptor number: a free number, or another lab socket&apos;s descriptor (dup2 closes it first).</source>
        <translation>dup2 的新描述符編號：一個空閒的編號，或另一個實驗室通訊端的描述符（dup2 會先把它關閉）。</translation>
    </message>
    <message>
        <source>F_DUPFD: the lowest descriptor number the copy may get.</source>
        <translation>F_DUPFD：副本可取得的最小描述符編號。</translation>
    </message>
    <message>
        <source>F_SETOWN: the process (or, negative, process group) to receive SIGURG.</source>
        <translation>F_SETOWN：接收 SIGURG 的行程（負數則為行程群組）。</translation>
    </message>
    <message>
        <source>fchmod&apos;s mode, in octal.</source>
        <translation>fchmod 的模式，以八進位表示。</translation>
    </message>
    <message>
        <source>fchown&apos;s user id; -1 leaves it unchanged.</source>
        <translation>fchown 的使用者 ID；-1 表示保持不變。</translation>
    </message>
    <message>
        <source>fchown&apos;s group id; -1 leaves it unchanged.</source>
        <translation>fchown 的群組 ID；-1 表示保持不變。</translation>
    </message>
    <message>
        <source>ftruncate&apos;s length.</source>
        <translation>ftruncate 的長度。</translation>
    </message>
    <message>
        <source>lseek&apos;s offset.</source>
        <translation>lseek 的位移。</translation>
    </message>
    <message>
        <source>lseek&apos;s whence.</source>
        <translation>lseek 的 whence。</translation>
    </message>
    <message>
        <source>F_SETFL: set (checked) or clear O_NONBLOCK, keeping the other flags.</source>
        <translation>F_SETFL：設定（勾選）或清除 O_NONBLOCK，其他旗標保持不變。</translation>
    </message>
    <message>
        <source>F_SETFD: set (checked) or clear FD_CLOEXEC.</source>
        <translation>F_SETFD：設定（勾選）或清除 FD_CLOEXEC。</translation>
    </message>
    <message>
        <source>Descriptor calls</source>
        <translation>描述符呼叫</translation>
    </message>
    <message>
        <source>SHUT_RD: no more receiving; SHUT_WR: no more sending (the peer reads end of stream); SHUT_RDWR: both.</source>
        <translation>SHUT_RD：不再接收；SHUT_WR：不再傳送（對端會讀到串流結束）；SHUT_RDWR：兩者皆是。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>No socket selected: create one with socket(), or select a row.</source>
        <translation>未選取通訊端：請以 socket() 建立一個，或選取一列。</translation>
    </message>
    <message>
        <source>Calls on %1</source>
        <translation>對 %1 的呼叫</translation>
    </message>
    <message>
        <source>%1: an octal number from %2 to %3.</source>
        <translation>%1：%2 到 %3 之間的八進位數字。</translation>
    </message>
    <message>
        <source>%1: a whole number from %2 to %3.</source>
        <translation>%1：%2 到 %3 之間的整數。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>An address is needed: 127.0.0.1, ::1, or a unix path.</source>
        <translation>需要位址：127.0.0.1、::1 或 unix 路徑。</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>backlog 佇列</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>緩衝區大小</translation>
    </message>
    <message>
        <source>New descriptor</source>
        <translation>新描述符</translation>
    </message>
    <message>
        <source>Lowest descriptor</source>
        <translation>最小描述符</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>使用者 ID</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>群組 ID</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>位移</translation>
    </message>
    <message>
        <source>IPv4: addresses like 127.0.0.1, with ports.</source>
        <translation>IPv4：例如 127.0.0.1 的位址，帶有埠。</translation>
    </message>
    <message>
        <source>IPv6: addresses like ::1, with ports.</source>
        <translation>IPv6：例如 ::1 的位址，帶有埠。</translation>
    </message>
    <message>
        <source>Local sockets, named by a path in the file system (or @name).</source>
        <translation>本機通訊端，以檔案系統中的路徑命名（或 @name）。</translation>
    </message>
    <message>
        <source>No family at all: it means &quot;any family&quot; in getaddrinfo&apos;s hints, but socket() refuses it with EAFNOSUPPORT.</source>
        <translation>完全沒有家族：在 getaddrinfo 的 hints 中它表示「任何家族」，但 socket() 會以 EAFNOSUPPORT 拒絕它。</translation>
    </message>
    <message>
        <source>SOCK_STREAM: a reliable byte stream (TCP); SOCK_DGRAM: datagrams (UDP); SOCK_SEQPACKET: reliable records; SOCK_RAW: IP datagrams of one protocol.</source>
        <translation>SOCK_STREAM：可靠的位元組串流（TCP）；SOCK_DGRAM：資料包（UDP）；SOCK_SEQPACKET：可靠的紀錄；SOCK_RAW：單一協定的 IP 資料包。</translation>
    </message>
    <message>
        <source>A reliable, connected byte stream without message boundaries (TCP).</source>
        <translation>可靠、有連線、沒有訊息邊界的位元組串流（TCP）。</translation>
    </message>
    <message>
        <source>Datagrams: each send one message, no connection needed (UDP; with IPPROTO_ICMP a ping socket).</source>
        <translation>資料包：每次 send 是一則訊息，不需要連線（UDP；搭配 IPPROTO_ICMP 則是 ping 通訊端）。</translation>
    </message>
    <message>
        <source>Reliable and connected like a stream, but each send is one record that recv returns whole (AF_UNIX here).</source>
        <translation>像串流一樣可靠且有連線，但每次 send 是一筆紀錄，recv 會完整傳回（此處為 AF_UNIX）。</translation>
    </message>
    <message>
        <source>IP datagrams of one protocol, headers included: needs CAP_NET_RAW (root, or setcap).</source>
        <translation>單一協定的 IP 資料包，包含標頭：需要 CAP_NET_RAW（root，或 setcap）。</translation>
    </message>
    <message>
        <source>0 lets the kernel choose the protocol of the domain and type. Or choose one, or type a name or number of the protocols database (/etc/protocols): a name is looked up with getprotobyname.</source>
        <translation>0 表示讓核心依網域與類型選擇協定。您也可以選擇一個，或輸入協定資料庫（/etc/protocols）中的名稱或編號：名稱會以 getprotobyname 查詢。</translation>
    </message>
    <message>
        <source>The default protocol of the domain and type: TCP for SOCK_STREAM, UDP for SOCK_DGRAM.</source>
        <translation>該網域與類型的預設協定：SOCK_STREAM 為 TCP，SOCK_DGRAM 為 UDP。</translation>
    </message>
    <message>
        <source>TCP (6): with SOCK_STREAM.</source>
        <translation>TCP（6）：搭配 SOCK_STREAM。</translation>
    </message>
    <message>
        <source>UDP (17): with SOCK_DGRAM.</source>
        <translation>UDP（17）：搭配 SOCK_DGRAM。</translation>
    </message>
    <message>
        <source>ICMP (1): with SOCK_RAW a raw ICMP socket (CAP_NET_RAW); with SOCK_DGRAM a ping socket (net.ipv4.ping_group_range).</source>
        <translation>ICMP（1）：搭配 SOCK_RAW 是原始 ICMP 通訊端（CAP_NET_RAW）；搭配 SOCK_DGRAM 是 ping 通訊端（net.ipv4.ping_group_range）。</translation>
    </message>
    <message>
        <source>ICMPv6 (58): with AF_INET6 and SOCK_RAW (or SOCK_DGRAM, a ping socket).</source>
        <translation>ICMPv6（58）：搭配 AF_INET6 與 SOCK_RAW（或 SOCK_DGRAM，即 ping 通訊端）。</translation>
    </message>
    <message>
        <source>255: with SOCK_RAW a send-only socket whose datagrams carry your own IPv4 header (IP_HDRINCL).</source>
        <translation>255：搭配 SOCK_RAW 是只能傳送的通訊端，其資料包帶有您自己的 IPv4 標頭（IP_HDRINCL）。</translation>
    </message>
    <message>
        <source>SCTP (132): needs the sctp kernel module.</source>
        <translation>SCTP（132）：需要 sctp 核心模組。</translation>
    </message>
    <message>
        <source>UDP-Lite (136): with SOCK_DGRAM.</source>
        <translation>UDP-Lite（136）：搭配 SOCK_DGRAM。</translation>
    </message>
    <message>
        <source>Multipath TCP (262): with SOCK_STREAM.</source>
        <translation>Multipath TCP（262）：搭配 SOCK_STREAM。</translation>
    </message>
    <message>
        <source>The level and the option. SO_LINGER takes a struct linger: the value is l_onoff, the second number l_linger.</source>
        <translation>層級與選項。SO_LINGER 接受 struct linger：值是 l_onoff，第二個數字是 l_linger。</translation>
    </message>
    <message>
        <source>The int value (0 off, 1 on; seconds for TCP_KEEPIDLE and TCP_KEEPINTVL; bytes for the buffers).</source>
        <translation>int 值（0 為關閉，1 為開啟；TCP_KEEPIDLE 與 TCP_KEEPINTVL 以秒為單位；緩衝區則以位元組為單位）。</translation>
    </message>
    <message>
        <source>SO_LINGER&apos;s l_linger: seconds close() waits for unsent data; 0 with l_onoff 1 aborts the connection with a RST.</source>
        <translation>SO_LINGER 的 l_linger：close() 等待尚未送出之資料的秒數；0 搭配 l_onoff 1 會以 RST 中止連線。</translation>
    </message>
    <message>
        <source>Op&amp;tion:</source>
        <translation>選項(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>l_&amp;linger:</source>
        <translation>l_linger(&amp;L)：</translation>
    </message>
    <message>
        <source>setsockopt</source>
        <translation>setsockopt</translation>
    </message>
    <message>
        <source>The echo&apos;s identifier, 0 to 65535: it pairs replies with their sender (a ping socket puts in its own).</source>
        <translation>echo 的識別碼，0 到 65535：用來把回覆與其傳送者配對（ping 通訊端會填入自己的識別碼）。</translation>
    </message>
    <message>
        <source>The sequence number, 0 to 65535: ping counts it up.</source>
        <translation>序號，0 到 65535：ping 會逐次遞增它。</translation>
    </message>
    <message>
        <source>The payload the reply carries back: text with C escapes (\n, \xHH), at most %1 bytes.</source>
        <translation>回覆會帶回的酬載：可含 C 跳脫序列（\n、\xHH）的文字，最多 %1 個位元組。</translation>
    </message>
    <message>
        <source>How long to wait for the reply: 1 to %1 ms.</source>
        <translation>等待回覆的時間：1 到 %1 ms。</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>識別碼(&amp;I)：</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>序號(&amp;Q)：</translation>
    </message>
    <message>
        <source>Ti&amp;meout (ms):</source>
        <translation>逾時（ms）(&amp;M)：</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>酬載(&amp;Y)：</translation>
    </message>
    <message>
        <source>sendto an ICMP echo request to 127.0.0.1 (::1 on AF_INET6), then poll and recvfrom until the reply or the timeout.</source>
        <translation>以 sendto 傳送 ICMP echo 請求到 127.0.0.1（AF_INET6 則為 ::1），然後以 poll 與 recvfrom 等待，直到收到回覆或逾時。</translation>
    </message>
    <message>
        <source>ICMP &amp;echo</source>
        <translation>ICMP echo(&amp;E)</translation>
    </message>
    <message>
        <source>IPPROTO_RAW: the lab builds the whole IPv4 header around the echo request and sends the datagram.</source>
        <translation>IPPROTO_RAW：實驗室在 echo 請求外建構完整的 IPv4 標頭，並送出該資料包。</translation>
    </message>
    <message>
        <source>Send IPv4 &amp;datagram</source>
        <translation>傳送 IPv4 資料包(&amp;D)</translation>
    </message>
    <message>
        <source>Ping sockets (SOCK_DGRAM, IPPROTO_ICMP) need no CAP_NET_RAW, but one of your groups must lie in this range. Raw sockets (SOCK_RAW) need CAP_NET_RAW.</source>
        <translation>ping 通訊端（SOCK_DGRAM、IPPROTO_ICMP）不需要 CAP_NET_RAW，但您必須有一個群組位於此範圍內。原始通訊端（SOCK_RAW）需要 CAP_NET_RAW。</translation>
    </message>
    <message>
        <source>ICMP echo</source>
        <translation>ICMP echo</translation>
    </message>
    <message>
        <source>Protocol %1 of the protocols database: socket() gets its number from getprotobyname(&quot;%2&quot;).</source>
        <translation>協定資料庫中的協定 %1：socket() 從 getprotobyname(&quot;%2&quot;) 取得它的編號。</translation>
    </message>
    <message>
        <source>Protocol: give 0, a constant, a number from 0 to 255 or a name of the protocols database.</source>
        <translation>協定：請輸入 0、常數、0 到 255 的數字，或協定資料庫中的名稱。</translation>
    </message>
    <message>
        <source>Protocol: %1 is out of range; IP protocol numbers go from 0 to 255.</source>
        <translation>協定：%1 超出範圍；IP 協定編號從 0 到 255。</translation>
    </message>
    <message>
        <source>Protocol: &quot;%1&quot; is no protocol name (names have no spaces).</source>
        <translation>協定：「%1」不是協定名稱（名稱不含空格）。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>l_linger</source>
        <translation>l_linger</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Payload: %1 bytes is too long; at most %2 (an IPv4 datagram holds 65535 bytes, 28 of them the IP and ICMP headers).</source>
        <translation>酬載：%1 個位元組太長；最多 %2 個（一個 IPv4 資料包可容納 65535 個位元組，其中 28 個是 IP 與 ICMP 標頭）。</translation>
    </message>
</context>
<context>
    <name>sockscope::LabRecipePanel</name>
    <message>
        <source>&amp;Recipe:</source>
        <translation>流程(&amp;R)：</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Start this recipe again with new sockets (the old ones stay in the table).</source>
        <translation>以新的通訊端重新開始這個流程（舊的通訊端仍留在表格中）。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Done: every step of this recipe succeeded.</source>
        <translation>完成：這個流程的每一步都成功了。</translation>
    </message>
    <message>
        <source>%1
A sequence of the chapter, one call per step, on sockets of its own.</source>
        <translation>%1
本章的一段流程，每步一個呼叫，使用它自己的 socket。</translation>
    </message>
    <message>
        <source>%1
On the Wire page: %2</source>
        <translation>%1
在「線路」頁面上：%2</translation>
    </message>
    <message>
        <source>Next: %1
On the Wire page: %2</source>
        <translation>下一步：%1
在「線路」頁面上：%2</translation>
    </message>
</context>
<context>
    <name>sockscope::LabSocketModel</name>
    <message>
        <source>%1 (dup of %2)</source>
        <translation>%1（%2 的 dup 副本）</translation>
    </message>
    <message>
        <source>%1, call waiting</source>
        <translation>%1，有呼叫在等待</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>可讀取</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>可寫入</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>hang-up</source>
        <translation>掛斷</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>TCP: the kernel&apos;s state from TCP_INFO; after close, from the kernel&apos;s connection table (/proc/net/tcp), since no descriptor is left.</source>
        <translation>TCP：來自 TCP_INFO 的核心狀態；close 之後已沒有描述符，因此改從核心的連線表（/proc/net/tcp）讀取。</translation>
    </message>
    <message>
        <source>What poll() reports right now (refreshed twice a second).</source>
        <translation>poll() 目前回報的狀態（每秒更新兩次）。</translation>
    </message>
    <message>
        <source>Read with getsockopt(SO_ERROR) when poll() reported an error; reading it clears it in the kernel.</source>
        <translation>在 poll() 回報錯誤時以 getsockopt(SO_ERROR) 讀取；讀取後核心中的錯誤就會清除。</translation>
    </message>
    <message>
        <source>O_NONBLOCK (the open file&apos;s) and FD_CLOEXEC (this descriptor&apos;s).</source>
        <translation>O_NONBLOCK（屬於開啟的檔案）與 FD_CLOEXEC（屬於這個描述符）。</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Domain, type</source>
        <translation>網域、類型</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>本機位址</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>對端位址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>poll()</source>
        <translation>poll()</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>旗標</translation>
    </message>
    <message>
        <source>SO_ERROR</source>
        <translation>SO_ERROR</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>poll() reports an error (POLLERR). The lab leaves SO_ERROR unread, since reading clears it: the socket&apos;s next call fails with it, as the kernel means it to.</source>
        <translation>poll() 回報錯誤（POLLERR）。由於讀取會清除 SO_ERROR，實驗室不去讀取它：這個通訊端的下一次呼叫會以該錯誤失敗，正如核心的設計。</translation>
    </message>
    <message>
        <source>SO_ERROR, read when poll() reports an error after a non-blocking connect (reading clears it).</source>
        <translation>SO_ERROR，在非阻塞 connect 之後 poll() 回報錯誤時讀取（讀取會將其清除）。</translation>
    </message>
</context>
<context>
    <name>sockscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
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
        <translation>主題</translation>
    </message>
    <message>
        <source>The chapter&apos;s topics, in its order.</source>
        <translation>本章的主題，依章節順序排列。</translation>
    </message>
    <message>
        <source>Host byte order: little-endian</source>
        <translation>主機位元組順序：小端序</translation>
    </message>
    <message>
        <source>Host byte order: big-endian</source>
        <translation>主機位元組順序：大端序</translation>
    </message>
    <message>
        <source>Host byte order: mixed</source>
        <translation>主機位元組順序：混合</translation>
    </message>
    <message>
        <source>How this computer stores multi-byte numbers in memory.</source>
        <translation>這台電腦如何在記憶體中儲存多位元組的數字。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>匯出日誌(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the call journal as C code or JSON.</source>
        <translation>將呼叫日誌儲存為 C 程式碼或 JSON。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the &amp;first field</source>
        <translation>移至第一個欄位(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>日誌(&amp;J)</translation>
    </message>
    <message>
        <source>Show or hide the call journal.</source>
        <translation>顯示或隱藏呼叫日誌。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SockScope</source>
        <translation>關於 SockScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About SockScope</source>
        <translation>關於 SockScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SockScope %1&lt;/h3&gt;&lt;p&gt;A workbench for the BSD socket API: every call it makes for you is real, and the call journal shows each one as C code.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SockScope %1&lt;/h3&gt;&lt;p&gt;BSD 通訊端 API 的實驗工作台：它替您進行的每個呼叫都是真的，呼叫日誌會以 C 程式碼顯示每一個呼叫。&lt;/p&gt;&lt;p&gt;以 Qt %2 建置。以 MIT 授權條款發布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Next topic</source>
        <translation>下一個主題(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous topic</source>
        <translation>上一個主題(&amp;P)</translation>
    </message>
    <message>
        <source>SockScope &amp;manual</source>
        <translation>SockScope 使用手冊(&amp;M)</translation>
    </message>
    <message>
        <source>How to use SockScope: the topics, the journal, the keys, the command line.</source>
        <translation>如何使用 SockScope：各主題、日誌、按鍵、命令列。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The new language applies when SockScope starts again.</source>
        <translation>新語言會在 SockScope 重新啟動後生效。</translation>
    </message>
    <message>
        <source>Restarting now closes this window&apos;s connections, sessions and echo servers; your inputs and the window&apos;s layout are kept.</source>
        <translation>現在重新啟動會關閉此視窗的連線、工作階段與 echo 伺服器；您的輸入與視窗配置會保留。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>SockScope could not start again; start it yourself.</source>
        <translation>SockScope 無法重新啟動；請自行啟動。</translation>
    </message>
</context>
<context>
    <name>sockscope::ManualDialog</name>
    <message>
        <source>SockScope manual</source>
        <translation>SockScope 使用手冊</translation>
    </message>
    <message>
        <source>SockScope makes the calls of the sockets chapter for you, for real, on this computer. Each page is one topic; every call it makes appears in the call journal with its arguments, return value, errno, the time it took and the same call as C code.</source>
        <translation>SockScope 在這台電腦上真實地替您執行 socket 章節中的呼叫。每一頁是一個主題；它做的每個呼叫都會出現在呼叫日誌中，包含引數、回傳值、errno、耗時，以及等效的 C 程式碼。</translation>
    </message>
    <message>
        <source>The topics</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>The list on the left follows the chapter&apos;s order:</source>
        <translation>左側清單依照本章的順序：</translation>
    </message>
    <message>
        <source>The call journal</source>
        <translation>呼叫日誌</translation>
    </message>
    <message>
        <source>View ▸ Journal shows every call, newest at the bottom. The # column is the order in which calls finished; Time is when each started, so calls on different threads can overlap. Filter by function or errno name, select rows to see their C code, copy it, or export the journal as C or JSON.</source>
        <translation>「檢視 ▸ 日誌」顯示每個呼叫，最新的在最下方。# 欄是呼叫完成的順序；「時間」是各呼叫開始的時刻，因此不同執行緒的呼叫可能重疊。可依函式或 errno 名稱篩選，選取列以查看其 C 程式碼、複製它，或將日誌匯出為 C 或 JSON。</translation>
    </message>
    <message>
        <source>Fast paths are counted, not journalled: an echo server&apos;s or a load test&apos;s per-message reads and writes show as totals, and the once-a-second TCP_INFO refresh of the options page is left out.</source>
        <translation>快速路徑只計數、不記錄：echo 伺服器或負載測試每則訊息的讀寫以總數呈現，選項頁每秒一次的 TCP_INFO 更新不列入。</translation>
    </message>
    <message>
        <source>Inputs and errors</source>
        <translation>輸入與錯誤</translation>
    </message>
    <message>
        <source>A field with a mistake is marked, and the message beside it says what is wrong and what is allowed. Nothing is sent or called until the input is valid. Your inputs, the window&apos;s size and the journal&apos;s place are remembered.</source>
        <translation>有錯的欄位會被標示，旁邊的訊息說明錯在哪裡、允許什麼。輸入有效之前不會傳送或呼叫任何東西。您的輸入、視窗大小與日誌位置都會被記住。</translation>
    </message>
    <message>
        <source>Where Linux differs from the chapter</source>
        <translation>Linux 與本章不同之處</translation>
    </message>
    <message>
        <source>The chapter gives SOMAXCONN as 128; this kernel caps listen()&apos;s backlog at %1 (net.core.somaxconn, read now). A send on a connection whose peer has gone raises SIGPIPE, which ends a program that does not handle it: SockScope catches it and shows EPIPE with what the signal would have done.</source>
        <translation>本章說 SOMAXCONN 是 128；此核心將 listen() 的 backlog 上限定為 %1（net.core.somaxconn，剛讀取）。在對端已離開的連線上傳送會引發 SIGPIPE，未處理它的程式會因此結束：SockScope 會攔下它，並顯示 EPIPE 以及該訊號原本會造成的後果。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>鍵盤</translation>
    </message>
    <message>
        <source>Every page is a key away; Tab moves through a page&apos;s fields in reading order.</source>
        <translation>每一頁都有快速鍵；Tab 依閱讀順序在頁面欄位間移動。</translation>
    </message>
    <message>
        <source>The command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>sockscope-cli makes the same calls without the window: order, addr, layout, hosts, host, protocols, protocol, services, service, resolve, nameinfo, connect, sockopt, serve echo and bench echo. Every command takes --help and --json; --journal prints the calls it made. Exit status 0 is success, 1 a failed operation, 2 a usage error. Its manual page: man sockscope-cli.</source>
        <translation>sockscope-cli 不開視窗也做同樣的呼叫：order、addr、layout、hosts、host、protocols、protocol、services、service、resolve、nameinfo、connect、sockopt、serve echo 與 bench echo。每個指令都接受 --help 與 --json；--journal 會印出它做的呼叫。結束狀態 0 表示成功，1 表示操作失敗，2 表示用法錯誤。說明頁：man sockscope-cli。</translation>
    </message>
</context>
<context>
    <name>sockscope::MessageEditDialog</name>
    <message>
        <source>New saved message</source>
        <translation>新增已儲存的訊息</translation>
    </message>
    <message>
        <source>Edit saved message</source>
        <translation>編輯已儲存的訊息</translation>
    </message>
    <message>
        <source>What the message is called in the list: 1 to %1 characters, unique in the library.</source>
        <translation>訊息在清單中的名稱：1 到 %1 個字元，在訊息庫中不得重複。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C 跳脫序列</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六進位</translation>
    </message>
    <message>
        <source>How the text is read: as typed, with C escapes (\r \n \xHH), or as hex byte pairs.</source>
        <translation>文字的解讀方式：依輸入內容、使用 C 跳脫序列（\r \n \xHH），或當作兩位數一組的十六進位位元組。</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>無行尾</translation>
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
        <translation>附加在文字訊息之後。</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>解讀方式</translation>
    </message>
    <message>
        <source>The message as typed; hex: 48 65 6c 6c 6f, escapes: GET /\r\n.</source>
        <translation>依輸入內容的訊息；十六進位：48 65 6c 6c 6f，C 跳脫序列：GET /\r\n。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>send() flag %1.</source>
        <translation>send() 旗標 %1。</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>旗標</translation>
    </message>
    <message>
        <source>Anything worth remembering about the message (optional).</source>
        <translation>關於這則訊息值得記下的任何事項（選填）。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>sockscope::MessageLibrary</name>
    <message>
        <source>line %1, column %2 (offset %3)</source>
        <translation>第 %1 行第 %2 欄（位移 %3）</translation>
    </message>
    <message>
        <source>Name: give the message a name (1 to %1 characters).</source>
        <translation>名稱：請為訊息命名（1 到 %1 個字元）。</translation>
    </message>
    <message>
        <source>Name: %1 characters is too long; at most %2 are allowed.</source>
        <translation>名稱：%1 個字元太長；最多允許 %2 個。</translation>
    </message>
    <message>
        <source>Hex: %1</source>
        <translation>十六進位：%1</translation>
    </message>
    <message>
        <source>C escapes: %1</source>
        <translation>C 跳脫序列：%1</translation>
    </message>
    <message>
        <source>Flags: “%1” is not a send() flag here; allowed: %2.</source>
        <translation>旗標：「%1」在此不是 send() 旗標；允許的有：%2。</translation>
    </message>
    <message>
        <source>Name: a message named “%1” is already in the library; choose another name.</source>
        <translation>名稱：訊息庫中已有名為「%1」的訊息；請換一個名稱。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3.</source>
        <translation>%1 不是有效的 JSON：%2，位於%3。</translation>
    </message>
    <message>
        <source>%1 is not a SockScope message library: it needs an object with &quot;format&quot;: &quot;%2&quot; and a &quot;messages&quot; list.</source>
        <translation>%1 不是 SockScope 訊息庫：需要一個含有 &quot;format&quot;: &quot;%2&quot; 與 &quot;messages&quot; 清單的物件。</translation>
    </message>
    <message>
        <source>%1 has format version %2; this SockScope reads version %3.</source>
        <translation>%1 的格式版本為 %2；這個 SockScope 讀取的是版本 %3。</translation>
    </message>
    <message>
        <source>entry %1 (“%2”): %3</source>
        <translation>第 %1 筆（「%2」）：%3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <source>syntax “%1” is not text, escapes or hex</source>
        <translation>語法「%1」不是 text、escapes 或 hex</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>缺少 &quot;text&quot;</translation>
    </message>
    <message>
        <source>line ending “%1” is not none, lf or crlf</source>
        <translation>行尾「%1」不是 none、lf 或 crlf</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) left out:</source>
        <translation>
            <numerusform>%1：略過了 %n 個項目：</numerusform>
        </translation>
    </message>
    <message>
        <source>It was copied to %1; the library starts empty and is written anew when you change it.</source>
        <translation>該檔案已複製到 %1；訊息庫會從空白開始，並在您變更時重新寫入。</translation>
    </message>
    <message>
        <source>It could not be copied aside, so it is left as it is and changes are not saved until it is moved away.</source>
        <translation>無法將該檔案另外複製一份，因此保留原狀；在將它移走之前，變更都不會儲存。</translation>
    </message>
    <message>
        <source>The library has no file to be saved to.</source>
        <translation>訊息庫沒有可供儲存的檔案。</translation>
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
        <translation>廣播與多點傳送</translation>
    </message>
    <message>
        <source>The destination is a broadcast address and SO_BROADCAST is off, so the kernel refused it with EACCES.</source>
        <translation>目的地是廣播位址，而 SO_BROADCAST 未開啟，因此核心以 EACCES 拒絕。</translation>
    </message>
    <message>
        <source>Turn SO_BROADCAST on</source>
        <translation>開啟 SO_BROADCAST</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 1) on the open socket, or before the next connect().</source>
        <translation>在已開啟的通訊端上執行 setsockopt(SO_BROADCAST, 1)，或在下一次 connect() 之前執行。</translation>
    </message>
    <message>
        <source>What getsockopt returns after each change: the values the kernel kept.</source>
        <translation>每次變更後 getsockopt 傳回的內容：核心實際保留的值。</translation>
    </message>
    <message>
        <source>SO_BROADCAST will be set before the next connect(): press Connect again.</source>
        <translation>SO_BROADCAST 會在下一次 connect() 之前設定：請再按一次「連線」。</translation>
    </message>
    <message>
        <source>SO_BROADCAST</source>
        <translation>SO_BROADCAST</translation>
    </message>
    <message>
        <source>Allow sending to a broadcast address (10.0.0.255, 255.255.255.255): without it connect() and sendto() fail with EACCES. Linux checks it when it looks up the route: at connect() for a connected socket, at every sendto() for an unconnected one.</source>
        <translation>允許傳送到廣播位址（10.0.0.255、255.255.255.255）：沒有這個選項時，connect() 與 sendto() 會以 EACCES 失敗。Linux 在查找路由時檢查它：已連線的通訊端在 connect() 時檢查，未連線的通訊端則在每次 sendto() 時檢查。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>bind() to this port on the wildcard address before connecting (SO_REUSEADDR on): where datagrams to a group or a broadcast arrive. Empty: no bind.</source>
        <translation>連線前以 bind() 繫結到萬用位址上的這個埠（開啟 SO_REUSEADDR）：送往群組的資料包或廣播會抵達這裡。留白：不執行 bind。</translation>
    </message>
    <message>
        <source>connect()</source>
        <translation>connect()</translation>
    </message>
    <message>
        <source>Connected, the socket receives from the target only. Off: no connect(); Send is sendto() the target and datagrams from any sender arrive, as a group&apos;s receiver needs.</source>
        <translation>連線後，通訊端只接收來自目標的資料。關閉：不執行 connect()；「傳送」會以 sendto() 送往目標，且任何傳送者的資料包都會抵達，這正是群組接收端所需要的。</translation>
    </message>
    <message>
        <source>Bind to &amp;port</source>
        <translation>繫結到埠(&amp;P)</translation>
    </message>
    <message>
        <source>(port and connect() apply at the next Connect)</source>
        <translation>（埠與 connect() 會在下一次「連線」時套用）</translation>
    </message>
    <message>
        <source>by the route</source>
        <translation>依路由決定</translation>
    </message>
    <message>
        <source>IP_MULTICAST_IF (an interface name or index, or an IPv4 address of this host) or IPV6_MULTICAST_IF (a name or index): where datagrams to a group leave.</source>
        <translation>IP_MULTICAST_IF（介面名稱或索引，或這台主機的 IPv4 位址）或 IPV6_MULTICAST_IF（名稱或索引）：送往群組的資料包從哪裡送出。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_IF) now; empty goes back to the route&apos;s choice.</source>
        <translation>立即執行 setsockopt(IP_MULTICAST_IF)；留白則恢復由路由決定。</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS), 0 to 255: how many routers a datagram to a group may cross; 1 keeps it on the local network.</source>
        <translation>IP_MULTICAST_TTL（IPV6_MULTICAST_HOPS），0 到 255：送往群組的資料包最多可以經過多少個路由器；1 表示只留在區域網路內。</translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_TTL) now, then getsockopt to read it back.</source>
        <translation>立即執行 setsockopt(IP_MULTICAST_TTL)，再以 getsockopt 讀回。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>迴送</translation>
    </message>
    <message>
        <source>IP_MULTICAST_LOOP (IPV6_MULTICAST_LOOP): this host&apos;s own members of a group get our datagrams to it too.</source>
        <translation>IP_MULTICAST_LOOP（IPV6_MULTICAST_LOOP）：這台主機上該群組的成員也會收到我們送往該群組的資料包。</translation>
    </message>
    <message>
        <source>Multicast &amp;interface</source>
        <translation>多點傳送介面(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;TTL</source>
        <translation>TTL(&amp;T)</translation>
    </message>
    <message>
        <source>239.1.2.3 or ff12::1</source>
        <translation>239.1.2.3 或 ff12::1</translation>
    </message>
    <message>
        <source>A multicast group of the session&apos;s family: 224.0.0.0/4 for IPv4, ff00::/8 for IPv6.</source>
        <translation>與工作階段同一位址家族的多點傳送群組：IPv4 為 224.0.0.0/4，IPv6 為 ff00::/8。</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>任何來源</translation>
    </message>
    <message>
        <source>IPv4 only: receive the group from this source alone (IP_ADD_SOURCE_MEMBERSHIP).</source>
        <translation>僅限 IPv4：只接收這個來源送往該群組的資料（IP_ADD_SOURCE_MEMBERSHIP）。</translation>
    </message>
    <message>
        <source>The interface to join on, by name (lo) or index.</source>
        <translation>要在哪個介面上加入，以名稱（lo）或索引指定。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>IP_ADD_MEMBERSHIP (struct ip_mreqn), IP_ADD_SOURCE_MEMBERSHIP or IPV6_JOIN_GROUP (struct ipv6_mreq) on this socket.</source>
        <translation>在這個通訊端上執行 IP_ADD_MEMBERSHIP（struct ip_mreqn）、IP_ADD_SOURCE_MEMBERSHIP 或 IPV6_JOIN_GROUP（struct ipv6_mreq）。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP or IPV6_LEAVE_GROUP.</source>
        <translation>IP_DROP_MEMBERSHIP、IP_DROP_SOURCE_MEMBERSHIP 或 IPV6_LEAVE_GROUP。</translation>
    </message>
    <message>
        <source>The groups this socket has joined; pick one to fill in the fields for Leave.</source>
        <translation>這個通訊端已加入的群組；選取其中一個即可為「離開」填入欄位。</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>群組(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <source>O&amp;n</source>
        <translation>介面(&amp;N)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>SO_BROADCAST, where to bind and whether to connect(), the multicast interface, TTL and loop, and the groups this UDP socket joins.</source>
        <translation>SO_BROADCAST、繫結位置與是否 connect()、多點傳送介面、TTL 與迴送，以及這個 UDP 通訊端加入的群組。</translation>
    </message>
    <message>
        <source>Broadcast and multicast are for UDP: a TCP or unix socket has no broadcast address and joins no group. Choose UDP to use them.</source>
        <translation>廣播與多點傳送僅適用於 UDP：TCP 或 Unix 通訊端沒有廣播位址，也不會加入群組。若要使用，請選擇 UDP。</translation>
    </message>
    <message>
        <source>Bind port</source>
        <translation>繫結埠</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Group: give a multicast address, e.g. 239.1.2.3 or ff12::1.</source>
        <translation>群組：請輸入多點傳送位址，例如 239.1.2.3 或 ff12::1。</translation>
    </message>
    <message>
        <source>Connect the UDP session first: a group is joined on its socket.</source>
        <translation>請先連線 UDP 工作階段：群組是在它的通訊端上加入的。</translation>
    </message>
    <message>
        <source>%1 (an interface set by name or index reads back as INADDR_ANY: Linux returns the address part only)</source>
        <translation>%1（以名稱或索引設定的介面讀回時會是 INADDR_ANY：Linux 只傳回位址部分）</translation>
    </message>
    <message>
        <source>getsockopt: SO_BROADCAST %1 · %2 %3 · %4 %5 · %6 %7</source>
        <translation>getsockopt：SO_BROADCAST %1 · %2 %3 · %4 %5 · %6 %7</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Connect the UDP session first.</source>
        <translation>請先連線 UDP 工作階段。</translation>
    </message>
</context>
<context>
    <name>sockscope::PageHeader</name>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>收合</translation>
    </message>
    <message>
        <source>Show the whole introduction.</source>
        <translation>顯示完整的介紹。</translation>
    </message>
    <message>
        <source>Fold the introduction to one line.</source>
        <translation>將介紹收成一行。</translation>
    </message>
</context>
<context>
    <name>sockscope::ProtocolsPage</name>
    <message>
        <source>/etc/protocols names the protocols that can ride on IP, with the number carried in the IP header&apos;s protocol field: tcp is 6, udp is 17. getprotoent reads it entry by entry as a struct protoent (p_name, p_aliases, p_proto); setprotoent rewinds to the start and endprotoent closes the file. getprotobyname and getprotobynumber find a single entry. None of them is thread-safe, so SockScope holds one lock around each whole sequence and uses the reentrant _r variants for single lookups.</source>
        <translation>/etc/protocols 為可以在 IP 上承載的協定命名，並列出 IP 標頭協定欄位中的編號：tcp 是 6，udp 是 17。getprotoent 以 struct protoent（p_name、p_aliases、p_proto）逐項讀取；setprotoent 回到開頭，endprotoent 關閉檔案。getprotobyname 與 getprotobynumber 查詢單一項目。它們都不是執行緒安全的，因此 SockScope 在每整段呼叫序列外加一把鎖，單筆查詢則使用可重入的 _r 版本。</translation>
    </message>
    <message>
        <source>One protocol: getprotobyname_r or getprotobynumber_r</source>
        <translation>單一協定：getprotobyname_r 或 getprotobynumber_r</translation>
    </message>
    <message>
        <source>tcp, udp, icmp… or a number such as 6</source>
        <translation>tcp、udp、icmp…，或數字，例如 6</translation>
    </message>
    <message>
        <source>A name (const char *name of getprotobyname, matched against p_name and p_aliases) or a number 0–255 (int proto of getprotobynumber). Enter looks it up.</source>
        <translation>名稱（getprotobyname 的 const char *name，與 p_name 及 p_aliases 比對）或 0–255 的數字（getprotobynumber 的 int proto）。按 Enter 即可查詢。</translation>
    </message>
    <message>
        <source>Runs getprotobynumber_r for a number, getprotobyname_r for a name, on a worker thread.</source>
        <translation>在背景執行緒中執行：數字用 getprotobynumber_r，名稱用 getprotobyname_r。</translation>
    </message>
    <message>
        <source>&amp;Name or number:</source>
        <translation>名稱或編號(&amp;N)：</translation>
    </message>
    <message>
        <source>The struct protoent found: p_name (official name), p_proto (number), p_aliases (other names).</source>
        <translation>找到的 struct protoent：p_name（正式名稱）、p_proto（編號）、p_aliases（其他名稱）。</translation>
    </message>
    <message>
        <source>the protocol entry</source>
        <translation>協定項目</translation>
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
        <translation>char *p_name：協定的正式名稱。</translation>
    </message>
    <message>
        <source>int p_proto: the protocol number, as in the IP header (host byte order: one byte needs no conversion).</source>
        <translation>int p_proto：協定編號，與 IP 標頭中的相同（主機位元組順序：單一位元組不需要轉換）。</translation>
    </message>
    <message>
        <source>char **p_aliases: other names for it, NULL-terminated.</source>
        <translation>char **p_aliases：它的其他名稱，以 NULL 結尾。</translation>
    </message>
    <message>
        <source>What stayopen does in glibc today: setprotoent(1) keeps /etc/protocols open, so getprotobyname and getprotobynumber reuse the open file instead of closing it after each query as they do after setprotoent(0). It also rewinds getprotoent to the first entry. It changes only how the file is handled, never the answers: the list is the same either way.</source>
        <translation>stayopen 在現今 glibc 中的作用：setprotoent(1) 讓 /etc/protocols 保持開啟，getprotobyname 與 getprotobynumber 便會重複使用已開啟的檔案，而不像 setprotoent(0) 之後那樣每次查詢完就關閉。它也會把 getprotoent 倒回第一個項目。它只改變檔案的處理方式，從不改變答案：兩種情況下的清單都一樣。</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>The protocols database: getprotoent, setprotoent(stayopen), getprotobyname and getprotobynumber.</source>
        <translation>協定資料庫：getprotoent、setprotoent(stayopen)、getprotobyname 與 getprotobynumber。</translation>
    </message>
    <message>
        <source>Type a protocol name (such as tcp) or a number from 0 to 255.</source>
        <translation>請輸入協定名稱（例如 tcp）或 0 到 255 的數字。</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>協定編號</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>No protocol “%1” in the database: %2 returned 0 with the result pointer set to NULL. Check the spelling (names are case-sensitive) or the number.</source>
        <translation>資料庫中沒有協定「%1」：%2 傳回 0，並將結果指標設為 NULL。請檢查拼字（名稱區分大小寫）或編號。</translation>
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
        <translation>用於伺服器：node 為 NULL 時，傳回的位址是供 bind() 使用的萬用位址（0.0.0.0 或 ::），而非回送位址。有指定 node 時沒有作用。</translation>
    </message>
    <message>
        <source>Also find the host&apos;s canonical (official) name; it is put in ai_canonname of the first entry only. Needs a node.</source>
        <translation>同時查出主機的正式（標準）名稱；它只會放在第一個項目的 ai_canonname 中。需要指定 node。</translation>
    </message>
    <message>
        <source>The node must be a numeric address: no name lookup is made, so no DNS query is sent. A name fails with EAI_NONAME.</source>
        <translation>node 必須是數字位址：不會查詢名稱，因此不會送出 DNS 查詢。若是名稱則以 EAI_NONAME 失敗。</translation>
    </message>
    <message>
        <source>The service must be a port number: the services database is not searched. A service name fails with EAI_NONAME.</source>
        <translation>service 必須是埠號：不會搜尋服務資料庫。若是服務名稱則以 EAI_NONAME 失敗。</translation>
    </message>
    <message>
        <source>With ai_family AF_INET6: when the host has no IPv6 address, return its IPv4 addresses as IPv4-mapped IPv6 addresses (::ffff:a.b.c.d).</source>
        <translation>搭配 ai_family AF_INET6：主機沒有 IPv6 位址時，將其 IPv4 位址以 IPv4 對應的 IPv6 位址（::ffff:a.b.c.d）傳回。</translation>
    </message>
    <message>
        <source>Together with AI_V4MAPPED: return the IPv6 addresses and the mapped IPv4 ones, not the IPv4 ones only when there is no IPv6 address.</source>
        <translation>與 AI_V4MAPPED 一起使用：同時傳回 IPv6 位址與對應後的 IPv4 位址，而不是只在沒有 IPv6 位址時才傳回 IPv4 位址。</translation>
    </message>
    <message>
        <source>Return IPv4 addresses only if this machine has an IPv4 address configured, and IPv6 ones only if it has an IPv6 address (loopback addresses do not count).</source>
        <translation>只有在這台電腦設定了 IPv4 位址時才傳回 IPv4 位址，有 IPv6 位址時才傳回 IPv6 位址（回送位址不算）。</translation>
    </message>
    <message>
        <source>A glibc extension: a node written in Unicode letters (bücher.example) is converted to its ASCII form (IDNA) before the lookup.</source>
        <translation>glibc 擴充功能：以 Unicode 字母寫成的 node（bücher.example）會在查詢前轉換成 ASCII 形式（IDNA）。</translation>
    </message>
    <message>
        <source>Give back the address as text instead of looking up its host name (no DNS query).</source>
        <translation>以文字傳回位址，而不查詢它的主機名稱（不送出 DNS 查詢）。</translation>
    </message>
    <message>
        <source>Give back the port as a number instead of looking up its service name.</source>
        <translation>以數字傳回埠，而不查詢它的服務名稱。</translation>
    </message>
    <message>
        <source>Fail with EAI_NONAME when no host name is found, instead of giving back the address as text.</source>
        <translation>找不到主機名稱時以 EAI_NONAME 失敗，而不是以文字傳回位址。</translation>
    </message>
    <message>
        <source>For a host in the local domain, give back only the first label of its name (the part before the first dot).</source>
        <translation>對本機網域中的主機，只傳回其名稱的第一個標籤（第一個點之前的部分）。</translation>
    </message>
    <message>
        <source>Look up the service name for UDP instead of TCP (a few ports have different names for the two).</source>
        <translation>以 UDP 而非 TCP 查詢服務名稱（有少數埠在兩者下名稱不同）。</translation>
    </message>
    <message>
        <source>&amp;Run getaddrinfo</source>
        <translation>執行 getaddrinfo(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run &amp;getnameinfo</source>
        <translation>執行 getnameinfo(&amp;G)</translation>
    </message>
    <message>
        <source>getaddrinfo turns a host (node) and a service into a list of ready-made socket addresses: each struct addrinfo carries the three arguments for socket() and the address for bind() or connect(). It searches /etc/hosts and DNS for both families in one reentrant call and reports failure as an EAI_* code for gai_strerror, not in errno. getnameinfo goes the other way, from a socket address to a host and a service name. A lookup can wait seconds for DNS, so it runs on a worker thread; it cannot be interrupted, so Cancel only throws its result away.</source>
        <translation>getaddrinfo 把主機（node）與服務（service）轉成一串現成的通訊端位址：每個 struct addrinfo 都帶有 socket() 的三個引數，以及供 bind() 或 connect() 使用的位址。它以一次可重入的呼叫在 /etc/hosts 與 DNS 中搜尋兩個家族，並以供 gai_strerror 使用的 EAI_* 代碼回報失敗，而不是用 errno。getnameinfo 則反過來，從通訊端位址查出主機名稱與服務名稱。查詢可能要等 DNS 好幾秒，所以在背景執行緒中執行；它無法中斷，因此「取消」只會丟棄結果。</translation>
    </message>
    <message>
        <source>For comparison, the legacy gethostbyname2_r and gethostbyaddr_r, and why getaddrinfo replaced them, are on the Hosts page.</source>
        <translation>作為比較，舊式的 gethostbyname2_r 與 gethostbyaddr_r，以及 getaddrinfo 為何取代它們，請見「主機」頁面。</translation>
    </message>
    <message>
        <source>getaddrinfo(node, service, &amp;&amp;hints, &amp;&amp;res)</source>
        <translation>getaddrinfo(node, service, &amp;&amp;hints, &amp;&amp;res)</translation>
    </message>
    <message>
        <source>empty: NULL</source>
        <translation>空白：NULL</translation>
    </message>
    <message>
        <source>const char *node: a host name (looked up in /etc/hosts, then DNS) or a numeric IPv4/IPv6 address. Leave it empty to pass NULL: the local host&apos;s loopback address, or the wildcard address with AI_PASSIVE.</source>
        <translation>const char *node：主機名稱（先查 /etc/hosts，再查 DNS）或數字形式的 IPv4/IPv6 位址。留白即傳入 NULL：代表本機主機的回送位址，搭配 AI_PASSIVE 時則是萬用位址。</translation>
    </message>
    <message>
        <source>const char *service: a service name from /etc/services (http) or a port number (80). Leave it empty to pass NULL: the port in the results is then 0.</source>
        <translation>const char *service：/etc/services 中的服務名稱（http）或埠號（80）。留白即傳入 NULL：結果中的埠會是 0。</translation>
    </message>
    <message>
        <source>&amp;node:</source>
        <translation>&amp;node：</translation>
    </message>
    <message>
        <source>&amp;service:</source>
        <translation>&amp;service：</translation>
    </message>
    <message>
        <source>AF_UNSPEC (either)</source>
        <translation>AF_UNSPEC（兩者皆可）</translation>
    </message>
    <message>
        <source>hints.ai_family: the family of the addresses wanted. AF_UNSPEC returns IPv4 and IPv6 addresses alike.</source>
        <translation>hints.ai_family：想要的位址家族。AF_UNSPEC 會同時傳回 IPv4 與 IPv6 位址。</translation>
    </message>
    <message>
        <source>0 (any)</source>
        <translation>0（任何）</translation>
    </message>
    <message>
        <source>hints.ai_socktype: the socket type wanted. 0 returns one entry per type the service exists for (stream, datagram, raw).</source>
        <translation>hints.ai_socktype：想要的通訊端類型。0 會為服務所支援的每種類型（串流、資料包、原始）各傳回一個項目。</translation>
    </message>
    <message>
        <source>hints.ai_protocol: 0 for any, or a protocol number 0–255 such as 6 (IPPROTO_TCP) or 17 (IPPROTO_UDP); empty means 0.</source>
        <translation>hints.ai_protocol：0 表示任何協定，或 0–255 的協定編號，例如 6（IPPROTO_TCP）或 17（IPPROTO_UDP）；留白即為 0。</translation>
    </message>
    <message>
        <source>ai_sock&amp;type:</source>
        <translation>ai_sock&amp;type：</translation>
    </message>
    <message>
        <source>ai_&amp;protocol:</source>
        <translation>ai_&amp;protocol：</translation>
    </message>
    <message>
        <source>ai_flags:</source>
        <translation>ai_flags：</translation>
    </message>
    <message>
        <source>hints.ai_flags: the AI_* flags ORed together.</source>
        <translation>hints.ai_flags：以 OR 組合的 AI_* 旗標。</translation>
    </message>
    <message>
        <source>Calls getaddrinfo with these arguments on a worker thread (Enter).</source>
        <translation>在背景執行緒中以這些引數呼叫 getaddrinfo（Enter）。</translation>
    </message>
    <message>
        <source>Stops waiting (Esc). getaddrinfo itself cannot be interrupted: it runs to the end in its thread, and its result is thrown away when it arrives.</source>
        <translation>停止等待（Esc）。getaddrinfo 本身無法中斷：它會在自己的執行緒中執行到結束，結果送達時會被丟棄。</translation>
    </message>
    <message>
        <source>getaddrinfo&apos;s return value: 0, or an EAI_* code with gai_strerror&apos;s text; and how long the call took.</source>
        <translation>getaddrinfo 的傳回值：0，或 EAI_* 代碼及 gai_strerror 的文字；以及呼叫花費的時間。</translation>
    </message>
    <message>
        <source>The list in res: struct addrinfo nodes linked by ai_next</source>
        <translation>res 中的串列：以 ai_next 串接的 struct addrinfo 節點</translation>
    </message>
    <message>
        <source>The addrinfo list</source>
        <translation>addrinfo 串列</translation>
    </message>
    <message>
        <source>address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>scope id</source>
        <translation>範圍 ID</translation>
    </message>
    <message>
        <source>int ai_flags of the entry.</source>
        <translation>此項目的 int ai_flags。</translation>
    </message>
    <message>
        <source>int ai_family: the first argument for socket().</source>
        <translation>int ai_family：socket() 的第一個引數。</translation>
    </message>
    <message>
        <source>int ai_socktype: the second argument for socket().</source>
        <translation>int ai_socktype：socket() 的第二個引數。</translation>
    </message>
    <message>
        <source>int ai_protocol: the third argument for socket().</source>
        <translation>int ai_protocol：socket() 的第三個引數。</translation>
    </message>
    <message>
        <source>socklen_t ai_addrlen: the size of *ai_addr.</source>
        <translation>socklen_t ai_addrlen：*ai_addr 的大小。</translation>
    </message>
    <message>
        <source>The address in *ai_addr (sin_addr or sin6_addr), as inet_ntop writes it.</source>
        <translation>*ai_addr 中的位址（sin_addr 或 sin6_addr），以 inet_ntop 寫出的形式顯示。</translation>
    </message>
    <message>
        <source>The port in *ai_addr (sin_port or sin6_port), converted with ntohs.</source>
        <translation>*ai_addr 中的埠（sin_port 或 sin6_port），以 ntohs 轉換。</translation>
    </message>
    <message>
        <source>sin6_scope_id: the interface of a link-local IPv6 address (0 otherwise, and for IPv4).</source>
        <translation>sin6_scope_id：鏈路本地 IPv6 位址的介面（其他情況及 IPv4 為 0）。</translation>
    </message>
    <message>
        <source>char *ai_canonname: set in the first entry only, with AI_CANONNAME.</source>
        <translation>char *ai_canonname：只在第一個項目中設定，且需搭配 AI_CANONNAME。</translation>
    </message>
    <message>
        <source>the addrinfo list</source>
        <translation>addrinfo 串列</translation>
    </message>
    <message>
        <source>getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)</source>
        <translation>getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1</source>
        <translation>127.0.0.1 或 ::1</translation>
    </message>
    <message>
        <source>The address put into the socket address sa (sin_addr or sin6_addr): IPv4 or IPv6 text, with %interface for a link-local IPv6 address (sin6_scope_id).</source>
        <translation>放進通訊端位址 sa 的位址（sin_addr 或 sin6_addr）：IPv4 或 IPv6 文字，鏈路本地 IPv6 位址要加上 %interface（sin6_scope_id）。</translation>
    </message>
    <message>
        <source>The port put into sa (sin_port or sin6_port, converted with htons): 0–65535.</source>
        <translation>放進 sa 的埠（sin_port 或 sin6_port，以 htons 轉換）：0–65535。</translation>
    </message>
    <message>
        <source>a&amp;ddress:</source>
        <translation>位址(&amp;D)：</translation>
    </message>
    <message>
        <source>p&amp;ort:</source>
        <translation>埠(&amp;O)：</translation>
    </message>
    <message>
        <source>flags:</source>
        <translation>flags：</translation>
    </message>
    <message>
        <source>int flags: the NI_* flags ORed together.</source>
        <translation>int flags：以 OR 組合的 NI_* 旗標。</translation>
    </message>
    <message>
        <source>Calls getnameinfo on a worker thread (Enter).</source>
        <translation>在背景執行緒中呼叫 getnameinfo（Enter）。</translation>
    </message>
    <message>
        <source>Stops waiting (Esc); the call itself runs to the end and its result is thrown away.</source>
        <translation>停止等待（Esc）；呼叫本身會執行到結束，其結果會被丟棄。</translation>
    </message>
    <message>
        <source>char *host: the host name getnameinfo wrote (or the address as text).</source>
        <translation>char *host：getnameinfo 寫入的主機名稱（或文字形式的位址）。</translation>
    </message>
    <message>
        <source>char *serv: the service name getnameinfo wrote (or the port as a number).</source>
        <translation>char *serv：getnameinfo 寫入的服務名稱（或數字形式的埠）。</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>host:</source>
        <translation>host：</translation>
    </message>
    <message>
        <source>serv:</source>
        <translation>serv：</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>名稱解析</translation>
    </message>
    <message>
        <source>getaddrinfo with every hint and AI_* flag, its addrinfo list drawn as linked nodes, and getnameinfo with every NI_* flag.</source>
        <translation>getaddrinfo 搭配所有 hints 與 AI_* 旗標，其 addrinfo 串列以串接的節點繪出，以及搭配所有 NI_* 旗標的 getnameinfo。</translation>
    </message>
    <message>
        <source>ai_protocol</source>
        <translation>ai_protocol</translation>
    </message>
    <message>
        <source>getaddrinfo is running on a worker thread</source>
        <translation>getaddrinfo 正在背景執行緒中執行</translation>
    </message>
    <message>
        <source>Waiting for getaddrinfo…</source>
        <translation>正在等待 getaddrinfo…</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms. getaddrinfo cannot be interrupted once it has started: it goes on in its worker thread until it returns, and its result will be discarded when it arrives.</source>
        <translation>已於 %1 毫秒後取消。getaddrinfo 一旦開始就無法中斷：它會在背景執行緒中繼續執行直到返回，結果送達時會被丟棄。</translation>
    </message>
    <message numerus="yes">
        <source>getaddrinfo returned 0: %n struct addrinfo in the list, in the order getaddrinfo linked them. The call took %1.</source>
        <translation>
            <numerusform>getaddrinfo 傳回 0：串列中有 %n 個 struct addrinfo，依 getaddrinfo 串接的順序排列。呼叫耗時 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>getaddrinfo failed, so there is no list: res was not set and must not be passed to freeaddrinfo.</source>
        <translation>getaddrinfo 失敗，因此沒有串列：res 未被設定，不得傳給 freeaddrinfo。</translation>
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
        <translation>getaddrinfo 傳回 %1：%2，「%3」。呼叫耗時 %4。請參閱 %5 處的訊息。</translation>
    </message>
    <message>
        <source>Type an IPv4 or IPv6 address, such as 127.0.0.1.</source>
        <translation>請輸入 IPv4 或 IPv6 位址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>Only an IPv6 address takes a %interface suffix.</source>
        <translation>只有 IPv6 位址可以加上 %interface 後綴。</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 nor an IPv6 address (inet_pton returned 0 for both).</source>
        <translation>「%1」既不是 IPv4 也不是 IPv6 位址（inet_pton 對兩者都傳回 0）。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>getnameinfo is running on a worker thread</source>
        <translation>getnameinfo 正在背景執行緒中執行</translation>
    </message>
    <message>
        <source>Waiting for getnameinfo…</source>
        <translation>正在等待 getnameinfo…</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms. getnameinfo cannot be interrupted: it runs to the end in its worker thread, and its result will be discarded when it arrives.</source>
        <translation>已於 %1 毫秒後取消。getnameinfo 無法中斷：它會在背景執行緒中執行到結束，結果送達時會被丟棄。</translation>
    </message>
    <message>
        <source>getnameinfo returned 0. The call took %1.</source>
        <translation>getnameinfo 傳回 0。呼叫耗時 %1。</translation>
    </message>
    <message>
        <source>getnameinfo returned %1: %2, “%3”. The call took %4. %5</source>
        <translation>getnameinfo 傳回 %1：%2，「%3」。呼叫耗時 %4。%5</translation>
    </message>
    <message>
        <source>getnameinfo returned %1: %2, “%3”. The call took %4. See the message at the address.</source>
        <translation>getnameinfo 傳回 %1：%2，「%3」。呼叫耗時 %4。請參閱位址處的訊息。</translation>
    </message>
    <message>
        <source>Cancelled: this getaddrinfo&apos;s list will not be shown. Run it again to see one.</source>
        <translation>已取消：這次 getaddrinfo 的串列不會顯示。請重新執行以查看串列。</translation>
    </message>
    <message>
        <source>Its result has now arrived and was discarded after %1 ms; it is shown nowhere.</source>
        <translation>它的結果已在 %1 毫秒後送達並被丟棄；不會顯示在任何地方。</translation>
    </message>
    <message>
        <source>ai_fa&amp;mily:</source>
        <translation>ai_fa&amp;mily：</translation>
    </message>
</context>
<context>
    <name>sockscope::SavedMessageModel</name>
    <message>
        <source>hex: %1</source>
        <translation>十六進位：%1</translation>
    </message>
    <message>
        <source>escapes: %1</source>
        <translation>C 跳脫序列：%1</translation>
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
            <numerusform>%n 位元組</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>旗標：%1</translation>
    </message>
    <message>
        <source>Enter sends the selected messages in order; F2 renames; Del deletes.</source>
        <translation>按 Enter 依序傳送所選的訊息；F2 重新命名；Del 刪除。</translation>
    </message>
</context>
<context>
    <name>sockscope::SavedMessagesPanel</name>
    <message>
        <source>&lt;b&gt;Saved messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;已儲存的訊息&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Messages kept between runs, shared by the client and server consoles (%1).</source>
        <translation>在每次執行之間保留的訊息，由用戶端與伺服器主控台共用（%1）。</translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation>未儲存至檔案</translation>
    </message>
    <message>
        <source>Select one or more messages (Ctrl, Shift) and press Enter to send them in list order. F2 renames, Del deletes.</source>
        <translation>選取一或多則訊息（Ctrl、Shift），再按 Enter 即依清單順序傳送。F2 重新命名，Del 刪除。</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>儲存欄位</translation>
    </message>
    <message>
        <source>Save what is in the send field (with its mode, line ending and flags) as a new message.</source>
        <translation>將傳送欄位中的內容（連同其模式、行尾與旗標）儲存為新訊息。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Write a new message.</source>
        <translation>撰寫新訊息。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Change the selected message.</source>
        <translation>修改所選的訊息。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Rename the selected message (F2).</source>
        <translation>重新命名所選的訊息（F2）。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>建立副本</translation>
    </message>
    <message>
        <source>Copy the selected messages, as “name (2)”.</source>
        <translation>複製所選的訊息，命名為「名稱 (2)」。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected messages (Del); Undo brings them back.</source>
        <translation>刪除所選的訊息（Del）；「復原刪除」可將它們找回。</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>復原刪除</translation>
    </message>
    <message>
        <source>Put back the messages just deleted.</source>
        <translation>找回剛剛刪除的訊息。</translation>
    </message>
    <message>
        <source>Move the selected message up (Ctrl+Up): sequences go in list order.</source>
        <translation>將所選的訊息上移（Ctrl+Up）：序列會依清單順序傳送。</translation>
    </message>
    <message>
        <source>Move the selected message down (Ctrl+Down).</source>
        <translation>將所選的訊息下移（Ctrl+Down）。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Add the messages of a JSON file to the library; a name already taken becomes “name (2)”.</source>
        <translation>將 JSON 檔案中的訊息加入訊息庫；已被使用的名稱會改為「名稱 (2)」。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Write the selected messages (all when none is selected) to a JSON file.</source>
        <translation>將所選的訊息（未選取時為全部）寫入 JSON 檔案。</translation>
    </message>
    <message>
        <source>Send selected</source>
        <translation>傳送所選</translation>
    </message>
    <message>
        <source>Send the selected messages in list order, all of them N times, T ms between two messages (Enter in the list).</source>
        <translation>依清單順序傳送所選的訊息，全部重複 N 次，每兩則訊息之間間隔 T ms（在清單中按 Enter）。</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>N: how many times the message (or the sequence) is sent, 1 to %L1. The console&apos;s own Send uses it too.</source>
        <translation>N：訊息（或序列）傳送的次數，1 到 %L1。主控台本身的「傳送」也會使用此值。</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每隔 </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>T: the time between two messages, 0 to %L1 ms; 0 sends them back to back.</source>
        <translation>T：兩則訊息之間的間隔時間，0 到 %L1 ms；0 表示一則接一則連續傳送。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the repeat: what was sent stays sent, the rest is not.</source>
        <translation>停止重複：已傳送的就算已傳送，其餘的不再傳送。</translation>
    </message>
    <message>
        <source>How much of the repeat has been sent.</source>
        <translation>重複傳送已完成的進度。</translation>
    </message>
    <message>
        <source>Messages sent so far, and in all.</source>
        <translation>目前已傳送的訊息數與總數。</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Saved as “%1”. F2 renames it.</source>
        <translation>已儲存為「%1」。按 F2 可重新命名。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s); Undo delete brings them back.</source>
        <translation>
            <numerusform>已刪除 %n 則訊息；「復原刪除」可將它們找回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>匯入已儲存的訊息</translation>
    </message>
    <message>
        <source>Message libraries (*.json);;All files (*)</source>
        <translation>訊息庫 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>匯出已儲存的訊息</translation>
    </message>
    <message>
        <source>messages.json</source>
        <translation>messages.json</translation>
    </message>
    <message>
        <source>Message libraries (*.json)</source>
        <translation>訊息庫 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s) from %1.</source>
        <translation>
            <numerusform>已從 %1 匯入 %n 則訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed, as the names were taken: %1.</source>
        <translation>因名稱已被使用而重新命名：%1。</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>已略過：</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 則訊息匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send to yet.</source>
        <translation>目前還沒有可傳送的對象。</translation>
    </message>
    <message>
        <source>Select the messages to send first (Ctrl or Shift for several: they go in list order).</source>
        <translation>請先選取要傳送的訊息（按住 Ctrl 或 Shift 可選取多則：會依清單順序傳送）。</translation>
    </message>
    <message>
        <source>A sequence has at most %1 messages; %2 are selected.</source>
        <translation>一個序列最多 %1 則訊息；目前選取了 %2 則。</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: %2 Edit… fixes it.</source>
        <translation>「%1」無法傳送：%2 用「編輯…」即可修正。</translation>
    </message>
    <message>
        <source>sent %L1 of %L2</source>
        <translation>已傳送 %L1 / %L2</translation>
    </message>
    <message>
        <source>sent %L1 of %L2: done</source>
        <translation>已傳送 %L1 / %L2：完成</translation>
    </message>
    <message>
        <source>stopped: sent %L1 of %L2</source>
        <translation>已停止：已傳送 %L1 / %L2</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerConsolePage</name>
    <message>
        <source>The server end by hand, to test a client: socket(), bind() and listen(), then accept() each client (automatically, or one at a time while the others wait in the backlog), read what it sent and type the reply yourself, or let rules answer. End a client with shutdown(), close() or a RST and see what it gets. UDP servers can join multicast groups.</source>
        <translation>親手操作伺服器端，用來測試用戶端：socket()、bind() 與 listen()，接著對每個用戶端 accept()（自動進行，或一次一個，其餘的在 backlog 佇列中等候），讀取它送來的內容並自行輸入回覆，或交給規則回覆。以 shutdown()、close() 或 RST 結束用戶端，看看它收到什麼。UDP 伺服器可以加入多點傳送群組。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>Automatic replies</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>多點傳送</translation>
    </message>
    <message>
        <source>Stopped: every client and the listening socket are closed.</source>
        <translation>已停止：所有用戶端與監聽通訊端都已關閉。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait in the backlog (the listener&apos;s Recv-Q)</source>
        <translation>
            <numerusform>backlog 佇列中有 %n 條連線在等候（監聽通訊端的 Recv-Q）</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted %1, refused %2 · in %3 B, out %4 B · automatic replies %5, stopped by the rate cap %6 · reads paused %7×</source>
        <translation>已接受 %1，已拒絕 %2 · 收到 %3 B，送出 %4 B · 自動回覆 %5，被速率上限擋下 %6 · 暫停讀取 %7 次</translation>
    </message>
    <message>
        <source>Server console</source>
        <translation>伺服器主控台</translation>
    </message>
    <message>
        <source>listen, accept and answer clients by hand on TCP, UDP or AF_UNIX; a transcript per client, automatic replies, shutdown, close and RST per client, multicast groups.</source>
        <translation>在 TCP、UDP 或 AF_UNIX 上親手進行 listen、accept 並回覆用戶端；每個用戶端各有收發記錄；自動回覆；對個別用戶端 shutdown、close 與 RST；多點傳送群組。</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>監聽</translation>
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
        <translation>Unix 串流</translation>
    </message>
    <message>
        <source>Unix datagram</source>
        <translation>Unix 資料包</translation>
    </message>
    <message>
        <source>SOCK_STREAM or SOCK_DGRAM, over IPv4/IPv6 (TCP, UDP) or AF_UNIX.</source>
        <translation>SOCK_STREAM 或 SOCK_DGRAM，透過 IPv4/IPv6（TCP、UDP）或 AF_UNIX。</translation>
    </message>
    <message>
        <source>127.0.0.1, 0.0.0.0, ::1 or ::</source>
        <translation>127.0.0.1、0.0.0.0、::1 或 ::</translation>
    </message>
    <message>
        <source>The numeric address bind() takes: 127.0.0.1 or ::1 for this machine only, 0.0.0.0 or :: for every interface (then other machines can connect too).</source>
        <translation>bind() 使用的數字位址：127.0.0.1 或 ::1 只限這台電腦，0.0.0.0 或 :: 表示每個介面（此時其他電腦也能連線）。</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY</source>
        <translation>IPV6_V6ONLY</translation>
    </message>
    <message>
        <source>For an IPv6 address, set explicitly before bind(): on, IPv6 only; off, dual stack, and IPv4 clients arrive as ::ffff:a.b.c.d.</source>
        <translation>用於 IPv6 位址，會在 bind() 之前明確設定：開啟時僅限 IPv6；關閉時為雙堆疊，IPv4 用戶端會以 ::ffff:a.b.c.d 的形式出現。</translation>
    </message>
    <message>
        <source>The port to bind, 0 to 65535; 0 lets the kernel pick a free one.</source>
        <translation>要繫結的埠，0 到 65535；0 表示由核心挑選一個空閒的埠。</translation>
    </message>
    <message>
        <source>/tmp/server.sock or @abstract-name</source>
        <translation>/tmp/server.sock 或 @抽象名稱</translation>
    </message>
    <message>
        <source>The socket file bind() creates (removed again on Stop), or @name for a Linux abstract name that needs no file.</source>
        <translation>bind() 建立的通訊端檔案（按「停止」時會再移除），或以 @name 表示不需要檔案的 Linux 抽象名稱。</translation>
    </message>
    <message>
        <source>Remove a stale socket file</source>
        <translation>移除殘留的通訊端檔案</translation>
    </message>
    <message>
        <source>unlink() a socket file left behind by a server that is gone (nothing answers a connect to it). Any other file at the path is never touched.</source>
        <translation>以 unlink() 移除已不存在的伺服器留下的通訊端檔案（對它 connect 不會有任何回應）。該路徑上的其他檔案一律不會被動到。</translation>
    </message>
    <message>
        <source>SOMAXCONN</source>
        <translation>SOMAXCONN</translation>
    </message>
    <message>
        <source>listen()&apos;s backlog: how many connections the kernel completes and queues before accept() takes them.</source>
        <translation>listen() 的 backlog：在 accept() 取走之前，核心可以完成並排入佇列的連線數。</translation>
    </message>
    <message>
        <source>Accept automatically</source>
        <translation>自動接受</translation>
    </message>
    <message>
        <source>Accept by hand</source>
        <translation>手動接受</translation>
    </message>
    <message>
        <source>By hand: connections wait in the backlog (the kernel has done the handshake) until you press Accept (Ctrl+Shift+A); the listener&apos;s Recv-Q counts them.</source>
        <translation>手動：連線會在 backlog 佇列中等候（核心已完成交握），直到您按下「接受」（Ctrl+Shift+A）；監聽通訊端的 Recv-Q 會計算它們的數量。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>socket(), setsockopt(SO_REUSEADDR), bind(), listen(), getsockname() (Ctrl+Return).</source>
        <translation>socket()、setsockopt(SO_REUSEADDR)、bind()、listen()、getsockname()（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>close() every client and the listening socket (Ctrl+.).</source>
        <translation>對每個用戶端與監聽通訊端執行 close()（Ctrl+.）。</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>選項…</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on the listening socket, on the socket options page.</source>
        <translation>在「通訊端選項」頁面上，對監聽通訊端進行 getsockopt/setsockopt。</translation>
    </message>
    <message>
        <source>Read with NETLINK_SOCK_DIAG as ss -l does, twice a second while accepting by hand (those reads are not journalled).</source>
        <translation>像 ss -l 一樣以 NETLINK_SOCK_DIAG 讀取，手動接受期間每秒讀取兩次（這些讀取不會記入呼叫日誌）。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>accept4() the oldest waiting connection (Ctrl+Shift+A).</source>
        <translation>以 accept4() 接受等候最久的連線（Ctrl+Shift+A）。</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>backlog 佇列(&amp;B)</translation>
    </message>
    <message>
        <source>Bound (getsockname):</source>
        <translation>已繫結（getsockname）：</translation>
    </message>
    <message>
        <source>Connected clients (streams) or the datagram peers heard from. Select one to see its transcript and to answer it.</source>
        <translation>已連線的用戶端（串流），或曾送來資料包的對端。選取其中一個即可查看它的收發記錄並回覆它。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD)</source>
        <translation>shutdown(SHUT_RD)</translation>
    </message>
    <message>
        <source>Stop receiving from this client; it is not told.</source>
        <translation>停止接收這個用戶端的資料；不會通知它。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR)</source>
        <translation>shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>Half-close: the client gets a FIN and reads end-of-file; it can still send.</source>
        <translation>半關閉：用戶端會收到 FIN 並讀到檔案結尾；它仍然可以傳送。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RDWR)</source>
        <translation>shutdown(SHUT_RDWR)</translation>
    </message>
    <message>
        <source>Both directions.</source>
        <translation>關閉兩個方向。</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>An orderly close: unsent data goes out, then a FIN (Ctrl+Shift+W).</source>
        <translation>正常關閉：先送出尚未送出的資料，再送出 FIN（Ctrl+Shift+W）。</translation>
    </message>
    <message>
        <source>Reset (RST)</source>
        <translation>重設（RST）</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0} then close(): the client gets a RST and sees ECONNRESET.</source>
        <translation>先設定 SO_LINGER {1, 0} 再 close()：用戶端會收到 RST，並看到 ECONNRESET。</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on this client&apos;s accepted socket, on the socket options page.</source>
        <translation>在「通訊端選項」頁面上，對這個用戶端被接受的通訊端進行 getsockopt/setsockopt。</translation>
    </message>
    <message>
        <source>239.1.2.3 or ff12::1</source>
        <translation>239.1.2.3 或 ff12::1</translation>
    </message>
    <message>
        <source>A multicast group: 224.0.0.0/4 for IPv4, ff00::/8 for IPv6, of the socket&apos;s family.</source>
        <translation>與通訊端同一位址家族的多點傳送群組：IPv4 為 224.0.0.0/4，IPv6 為 ff00::/8。</translation>
    </message>
    <message>
        <source>empty: any source</source>
        <translation>留白：任何來源</translation>
    </message>
    <message>
        <source>IPv4 only: receive from this source alone (IP_ADD_SOURCE_MEMBERSHIP, 232.0.0.0/8).</source>
        <translation>僅限 IPv4：只接收來自這個來源的資料（IP_ADD_SOURCE_MEMBERSHIP，232.0.0.0/8）。</translation>
    </message>
    <message>
        <source>empty: by the route</source>
        <translation>留白：依路由決定</translation>
    </message>
    <message>
        <source>The interface to join on, by name (lo) or index.</source>
        <translation>要在哪個介面上加入，以名稱（lo）或索引指定。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>IP_ADD_MEMBERSHIP, IP_ADD_SOURCE_MEMBERSHIP or IPV6_JOIN_GROUP.</source>
        <translation>IP_ADD_MEMBERSHIP、IP_ADD_SOURCE_MEMBERSHIP 或 IPV6_JOIN_GROUP。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP or IPV6_LEAVE_GROUP.</source>
        <translation>IP_DROP_MEMBERSHIP、IP_DROP_SOURCE_MEMBERSHIP 或 IPV6_LEAVE_GROUP。</translation>
    </message>
    <message>
        <source>The groups this socket has joined; pick one to fill in the fields for Leave.</source>
        <translation>這個通訊端已加入的群組；選取其中一個即可為「離開」填入欄位。</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>群組(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>介面(&amp;I)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Give a multicast group, e.g. 239.1.2.3 or ff12::1.</source>
        <translation>請輸入多點傳送群組，例如 239.1.2.3 或 ff12::1。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六進位</translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation>文字 + 十六進位</translation>
    </message>
    <message>
        <source>Hex pages (received)</source>
        <translation>十六進位頁面（已接收）</translation>
    </message>
    <message>
        <source>Show each chunk as text (control bytes as C escapes), as a hex dump, or both.</source>
        <translation>將每個資料區塊顯示為文字（控制位元組以 C 跳脫序列表示）、十六進位傾印，或兩者並列。</translation>
    </message>
    <message>
        <source>Each client&apos;s transcript keeps its last %1 KiB; what went before is counted here.</source>
        <translation>每個用戶端的收發記錄保留最後 %1 KiB；更早的內容在此計數。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>To the selected client</source>
        <translation>給所選的用戶端</translation>
    </message>
    <message>
        <source>To every client</source>
        <translation>給所有用戶端</translation>
    </message>
    <message>
        <source>send() (sendto() for datagram peers) to the client selected in the list, or to all.</source>
        <translation>以 send()（資料包對端則用 sendto()）傳給清單中所選的用戶端，或傳給所有用戶端。</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C 跳脫序列</translation>
    </message>
    <message>
        <source>Text: as typed, plus the line ending. C escapes: \r \n \t \0 \\ \xHH \NNN. Hex: byte pairs, spaces, commas and 0x allowed.</source>
        <translation>文字：依輸入內容傳送，再加上行尾。C 跳脫序列：\r \n \t \0 \\ \xHH \NNN。十六進位：兩位數一組的位元組，可使用空格、逗號與 0x。</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>無行尾</translation>
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
        <translation>附加在文字之後。</translation>
    </message>
    <message>
        <source>The reply, e.g. HTTP/1.0 200 OK</source>
        <translation>回覆內容，例如 HTTP/1.0 200 OK</translation>
    </message>
    <message>
        <source>What to send back. Return sends.</source>
        <translation>要回傳的內容。按 Enter 即傳送。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>send() the bytes to the chosen client(s) (Return in the field).</source>
        <translation>以 send() 把位元組傳給所選的用戶端（在欄位中按 Enter）。</translation>
    </message>
    <message>
        <source>Give a socket file path such as /tmp/server.sock, or @name for an abstract name.</source>
        <translation>請輸入通訊端檔案路徑（例如 /tmp/server.sock），或以 @name 表示抽象名稱。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>Give a numeric address to bind: 127.0.0.1, ::1, 0.0.0.0 or ::.</source>
        <translation>請輸入要繫結的數字位址：127.0.0.1、::1、0.0.0.0 或 ::。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>啟動中…</translation>
    </message>
    <message>
        <source> Tick “Remove a stale socket file” to unlink it first.</source>
        <translation>請勾選「移除殘留的通訊端檔案」，先以 unlink() 移除它。</translation>
    </message>
    <message>
        <source> (IPV6_V6ONLY 1: IPv6 only)</source>
        <translation>（IPV6_V6ONLY 1：僅限 IPv6）</translation>
    </message>
    <message>
        <source> (IPV6_V6ONLY 0: dual stack)</source>
        <translation>（IPV6_V6ONLY 0：雙堆疊）</translation>
    </message>
    <message>
        <source>Listening on %1: clients that connect appear in the list.</source>
        <translation>正在 %1 上監聽：連線進來的用戶端會出現在清單中。</translation>
    </message>
    <message>
        <source>Bound to %1: each sender appears in the list with its first datagram.</source>
        <translation>已繫結到 %1：每個傳送者送出第一個資料包時就會出現在清單中。</translation>
    </message>
    <message>
        <source>Client %1 — %2</source>
        <translation>用戶端 %1 — %2</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>未選取用戶端</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier chunk(s) dropped (%1 bytes)</source>
        <translation>
            <numerusform>已捨棄 %n 個較早的資料區塊（%1 位元組）</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a client in the list first, or choose “To every client”.</source>
        <translation>請先在清單中選取一個用戶端，或選擇「給所有用戶端」。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>SO_BROADCAST (replies may go to a broadcast address)</source>
        <translation>SO_BROADCAST（回覆可以送往廣播位址）</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST) on the bound UDP socket: without it a reply to a broadcast address (10.0.0.255, 255.255.255.255) fails with EACCES. Set at once, or at Start.</source>
        <translation>在已繫結的 UDP 通訊端上執行 setsockopt(SO_BROADCAST)：沒有這個選項時，回覆到廣播位址（10.0.0.255、255.255.255.255）會以 EACCES 失敗。會立即設定，或在「啟動」時設定。</translation>
    </message>
    <message>
        <source>TLS handshakes finished %1, failed or stalled %2 (those clients were dropped and their sockets closed)</source>
        <translation>TLS 交握完成 %1，失敗或停滯 %2（這些用戶端已被斷線，其通訊端也已關閉）</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>最近一次：%1</translation>
    </message>
    <message>
        <source>Selected client&apos;s TLS session</source>
        <translation>所選用戶端的 TLS 工作階段</translation>
    </message>
    <message>
        <source>No client certificate: the client sent none.</source>
        <translation>沒有用戶端憑證：用戶端沒有送出任何憑證。</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>已儲存的訊息</translation>
    </message>
    <message>
        <source>Messages kept between runs, shared with the client console: send one or a sequence, once or repeated, to the client(s) chosen under Reply.</source>
        <translation>在每次執行之間保留的訊息，與用戶端主控台共用：可將單則訊息或一組序列，傳送一次或重複傳送，給「回覆」下所選的用戶端。</translation>
    </message>
    <message>
        <source>No client yet: saved messages go to the clients in the list.</source>
        <translation>尚無用戶端：已儲存的訊息會傳送給清單中的用戶端。</translation>
    </message>
    <message>
        <source>Start the server first: saved messages go to its clients.</source>
        <translation>請先啟動伺服器：已儲存的訊息會傳送給它的用戶端。</translation>
    </message>
    <message>
        <source>Select a client in the Clients list first, or choose “To every client” under Reply.</source>
        <translation>請先在「用戶端」清單中選取一個用戶端，或在「回覆」下選擇「給所有用戶端」。</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerConsoleWorker</name>
    <message>
        <source>nothing is sent: the client is not told and may go on sending; our recv() returns 0 from now on</source>
        <translation>不會送出任何東西：用戶端不會被告知，仍可繼續傳送；我們的 recv() 從現在起傳回 0</translation>
    </message>
    <message>
        <source>the client receives a FIN: its recv() returns 0 once it has read everything; it can still send to us</source>
        <translation>用戶端會收到 FIN：它讀完所有資料後，recv() 會傳回 0；它仍可傳送資料給我們</translation>
    </message>
    <message>
        <source>the client receives a FIN and its recv() returns 0; what it sends afterwards is answered with a RST</source>
        <translation>用戶端會收到 FIN，它的 recv() 傳回 0；它之後再傳送的資料會得到 RST 回應</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>伺服器已停止</translation>
    </message>
    <message>
        <source>accept() needs a listening stream socket: start a TCP or unix stream server first</source>
        <translation>accept() 需要監聽中的串流通訊端：請先啟動 TCP 或 Unix 串流伺服器</translation>
    </message>
    <message>
        <source>accept4() = -1 EAGAIN: no connection is waiting in the backlog</source>
        <translation>accept4() = -1 EAGAIN：backlog 佇列中沒有等候的連線</translation>
    </message>
    <message>
        <source>accepted and closed at once: over the limit of peers</source>
        <translation>接受後立即關閉：超過對端數量上限</translation>
    </message>
    <message>
        <source>accept4() = a new socket for %1</source>
        <translation>accept4() = 給 %1 的新通訊端</translation>
    </message>
    <message>
        <source>recv() failed: %1</source>
        <translation>recv() 失敗：%1</translation>
    </message>
    <message>
        <source>recv() = 0: the client closed its sending side (EOF)</source>
        <translation>recv() = 0：用戶端已關閉它的傳送方向（EOF）</translation>
    </message>
    <message>
        <source>recvfrom() failed: %1</source>
        <translation>recvfrom() 失敗：%1</translation>
    </message>
    <message>
        <source>forgotten: the list keeps the most recent datagram peers</source>
        <translation>已遺忘：清單只保留最近的資料包對端</translation>
    </message>
    <message>
        <source>truncated: the datagram had %1 bytes</source>
        <translation>已截斷：這個資料包原有 %1 位元組</translation>
    </message>
    <message>
        <source>send() = -1 EAGAIN: the client&apos;s receive window and our send buffer are full; nothing was sent</source>
        <translation>send() = -1 EAGAIN：用戶端的接收視窗與我們的傳送緩衝區都已滿；沒有送出任何資料</translation>
    </message>
    <message>
        <source>send() failed: %1</source>
        <translation>send() 失敗：%1</translation>
    </message>
    <message>
        <source>auto-reply (rule %1)</source>
        <translation>自動回覆（規則 %1）</translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>已傳送 %2 中的 %1</translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation>伺服器未在執行</translation>
    </message>
    <message>
        <source>that client is gone</source>
        <translation>該用戶端已不存在</translation>
    </message>
    <message>
        <source>this datagram sender has no address to answer (an unnamed unix socket)</source>
        <translation>這個資料包傳送者沒有可回覆的位址（未命名的 Unix 通訊端）</translation>
    </message>
    <message numerus="yes">
        <source>sent to %n client(s)</source>
        <translation>
            <numerusform>已傳送給 %n 個用戶端</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = -1: %2</source>
        <translation>%1 = -1：%2</translation>
    </message>
    <message>
        <source>%1 = 0: %2</source>
        <translation>%1 = 0：%2</translation>
    </message>
    <message>
        <source>close(cfd) = -1: %1</source>
        <translation>close(cfd) = -1：%1</translation>
    </message>
    <message>
        <source>close(cfd) = 0: the client receives a FIN after the unsent data; its recv() returns 0</source>
        <translation>close(cfd) = 0：用戶端會在尚未送出的資料之後收到 FIN；它的 recv() 傳回 0</translation>
    </message>
    <message>
        <source>forgotten: a datagram peer has no connection to close</source>
        <translation>已遺忘：資料包對端沒有可關閉的連線</translation>
    </message>
    <message>
        <source>setsockopt(SO_LINGER {1, 0}), close(cfd) failed: %1</source>
        <translation>setsockopt(SO_LINGER {1, 0})、close(cfd) 失敗：%1</translation>
    </message>
    <message>
        <source>setsockopt(cfd, SOL_SOCKET, SO_LINGER, {1, 0}), close(cfd) = 0: the client receives a RST; its next recv() or send() fails with ECONNRESET</source>
        <translation>setsockopt(cfd, SOL_SOCKET, SO_LINGER, {1, 0})、close(cfd) = 0：用戶端會收到 RST；它下一次的 recv() 或 send() 會以 ECONNRESET 失敗</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>已加入 %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>已離開 %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>SSL_read() failed: %1</source>
        <translation>SSL_read() 失敗：%1</translation>
    </message>
    <message>
        <source>SSL_read() = 0: the client ended TLS with close_notify (EOF)</source>
        <translation>SSL_read() = 0：用戶端以 close_notify 結束了 TLS（EOF）</translation>
    </message>
    <message>
        <source>SSL_read() = 0: the client closed the TCP connection without close_notify (EOF; a truncation attack would look the same)</source>
        <translation>SSL_read() = 0：用戶端沒有送出 close_notify 就關閉了 TCP 連線（EOF；截斷攻擊看起來也會一模一樣）</translation>
    </message>
    <message>
        <source>SSL_write() failed: %1</source>
        <translation>SSL_write() 失敗：%1</translation>
    </message>
    <message>
        <source>%1 bytes wait in the TLS session for the socket to take them</source>
        <translation>TLS 工作階段中有 %1 位元組正在等候通訊端接收</translation>
    </message>
    <message>
        <source>SO_BROADCAST is for a bound UDP socket: start the UDP server first</source>
        <translation>SO_BROADCAST 用於已繫結的 UDP 通訊端：請先啟動 UDP 伺服器</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST) failed: %1</source>
        <translation>setsockopt(SO_BROADCAST) 失敗：%1</translation>
    </message>
    <message>
        <source>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 1) = 0; getsockopt reads %1: replies may now go to a broadcast address</source>
        <translation>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 1) = 0；getsockopt 讀到 %1：回覆現在可以送往廣播位址</translation>
    </message>
    <message>
        <source>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 0) = 0; getsockopt reads %1: a reply to a broadcast address fails with EACCES</source>
        <translation>setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 0) = 0；getsockopt 讀到 %1：回覆到廣播位址會以 EACCES 失敗</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>SSL_accept() = 1: the TLS handshake is done: %1, %2</source>
        <translation>SSL_accept() = 1：TLS 交握已完成：%1，%2</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>，ALPN %1</translation>
    </message>
    <message>
        <source>, client certificate %1</source>
        <translation>，用戶端憑證 %1</translation>
    </message>
    <message>
        <source>dropped: the TLS handshake did not finish within %1 ms (the client stalled, or it is not a TLS client and waits for the server to speak first); its socket is closed</source>
        <translation>已斷線：TLS 交握未在 %1 毫秒內完成（用戶端停滯了，或它不是 TLS 用戶端，正等著伺服器先開口）；它的通訊端已關閉</translation>
    </message>
    <message>
        <source>dropped: the TLS handshake failed: %1; its socket is closed</source>
        <translation>已斷線：TLS 交握失敗：%1；它的通訊端已關閉</translation>
    </message>
    <message>
        <source>client %1: %2</source>
        <translation>用戶端 %1：%2</translation>
    </message>
    <message>
        <source>send() failed: %1; the repeat leaves this client out</source>
        <translation>send() 失敗：%1；重複傳送將略過這個用戶端</translation>
    </message>
    <message>
        <source>the client is gone or cannot take more</source>
        <translation>用戶端已離開，或無法再接收更多資料</translation>
    </message>
    <message>
        <source>no client left to send to</source>
        <translation>已沒有可傳送的用戶端</translation>
    </message>
    <message>
        <source>… %L1 more bytes sent by the repeat, not shown</source>
        <translation>… 重複傳送另送出 %L1 位元組，未顯示</translation>
    </message>
    <message>
        <source>repeat stopped after %L1 of %L2 messages</source>
        <translation>重複在傳送 %L1 / %L2 則訊息後停止</translation>
    </message>
    <message>
        <source>repeat ended after %L1 of %L2 messages: %3</source>
        <translation>重複在傳送 %L1 / %L2 則訊息後結束：%3</translation>
    </message>
</context>
<context>
    <name>sockscope::ServerPeerModel</name>
    <message>
        <source>recv failed</source>
        <translation>recv 失敗</translation>
    </message>
    <message>
        <source>EOF seen</source>
        <translation>已讀到 EOF</translation>
    </message>
    <message>
        <source>shut RDWR</source>
        <translation>已關閉 RDWR</translation>
    </message>
    <message>
        <source>shut RD</source>
        <translation>已關閉 RD</translation>
    </message>
    <message>
        <source>shut WR</source>
        <translation>已關閉 WR</translation>
    </message>
    <message>
        <source>no reply address</source>
        <translation>無可回覆的位址</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Client %1 at %2: %3 bytes received, %4 sent; %5.</source>
        <translation>位於 %2 的用戶端 %1：收到 %3 位元組，送出 %4；%5。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>收到位元組</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>送出位元組</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation>TLS 交握中…</translation>
    </message>
    <message>
        <source>, ALPN %1</source>
        <translation>，ALPN %1</translation>
    </message>
    <message>
        <source>, client certificate</source>
        <translation>，用戶端憑證</translation>
    </message>
    <message>
        <source>TLS ended</source>
        <translation>TLS 已結束</translation>
    </message>
</context>
<context>
    <name>sockscope::ServicesPage</name>
    <message>
        <source>/etc/services gives the well-known ports a name: http is port 80 over tcp. getservent reads it entry by entry as a struct servent (s_name, s_aliases, s_port, s_proto), with s_port in network byte order. setservent rewinds, endservent closes. getservbyname finds a service by name, getservbyport by port, which must also be passed in network byte order. None of them is thread-safe, so SockScope holds one lock around each whole sequence and uses the reentrant _r variants for single lookups.</source>
        <translation>/etc/services 為知名的埠命名：http 是 tcp 上的埠 80。getservent 以 struct servent（s_name、s_aliases、s_port、s_proto）逐項讀取，其中 s_port 採網路位元組順序。setservent 回到開頭，endservent 關閉。getservbyname 以名稱查詢服務，getservbyport 以埠查詢，而埠也必須以網路位元組順序傳入。它們都不是執行緒安全的，因此 SockScope 在每整段呼叫序列外加一把鎖，單筆查詢則使用可重入的 _r 版本。</translation>
    </message>
    <message>
        <source>One service: getservbyname_r or getservbyport_r</source>
        <translation>單一服務：getservbyname_r 或 getservbyport_r</translation>
    </message>
    <message>
        <source>http, ssh, domain… or a port such as 443</source>
        <translation>http、ssh、domain…，或埠，例如 443</translation>
    </message>
    <message>
        <source>A name (const char *name of getservbyname, matched against s_name and s_aliases) or a port 0–65535 (int port of getservbyport, which SockScope converts with htons as the function demands). Enter looks it up.</source>
        <translation>名稱（getservbyname 的 const char *name，與 s_name 及 s_aliases 比對）或 0–65535 的埠（getservbyport 的 int port，SockScope 會依該函式的要求以 htons 轉換）。按 Enter 即可查詢。</translation>
    </message>
    <message>
        <source>any (NULL)</source>
        <translation>任何（NULL）</translation>
    </message>
    <message>
        <source>const char *proto: only entries with this s_proto match; NULL matches any protocol, and the first matching entry in the file wins.</source>
        <translation>const char *proto：只有 s_proto 與此相符的項目才算符合；NULL 符合任何協定，並以檔案中第一個符合的項目為準。</translation>
    </message>
    <message>
        <source>Runs getservbyport_r for a port, getservbyname_r for a name, on a worker thread.</source>
        <translation>在背景執行緒中執行：埠用 getservbyport_r，名稱用 getservbyname_r。</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>協定(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name or port:</source>
        <translation>名稱或埠(&amp;N)：</translation>
    </message>
    <message>
        <source>The struct servent found: s_name (official name), s_proto (protocol), s_aliases (other names).</source>
        <translation>找到的 struct servent：s_name（正式名稱）、s_proto（協定）、s_aliases（其他名稱）。</translation>
    </message>
    <message>
        <source>the service entry</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>int s_port holds the port in network byte order (big-endian, as on the wire); ntohs(s_port) gives the number people write.</source>
        <translation>int s_port 以網路位元組順序（大端序，與線路上相同）保存埠；ntohs(s_port) 得到的才是人們平常寫的數字。</translation>
    </message>
    <message>
        <source>s_port:</source>
        <translation>s_port：</translation>
    </message>
    <message>
        <source>s_name</source>
        <translation>s_name</translation>
    </message>
    <message>
        <source>port</source>
        <translation>埠</translation>
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
        <translation>s_port（網路順序）</translation>
    </message>
    <message>
        <source>char *s_name: the official name of the service.</source>
        <translation>char *s_name：服務的正式名稱。</translation>
    </message>
    <message>
        <source>The port in host byte order: ntohs(s_port), the number people write.</source>
        <translation>以主機位元組順序表示的埠：ntohs(s_port)，即人們平常寫的數字。</translation>
    </message>
    <message>
        <source>char *s_proto: the protocol to use with it (tcp, udp…).</source>
        <translation>char *s_proto：搭配使用的協定（tcp、udp…）。</translation>
    </message>
    <message>
        <source>char **s_aliases: other names for it, NULL-terminated.</source>
        <translation>char **s_aliases：它的其他名稱，以 NULL 結尾。</translation>
    </message>
    <message>
        <source>int s_port exactly as stored, in network byte order, read as a number on this host.</source>
        <translation>完全照儲存內容的 int s_port，採網路位元組順序，在這台主機上當成數字讀出。</translation>
    </message>
    <message>
        <source>What stayopen does in glibc today: setservent(1) keeps /etc/services open, so getservbyname and getservbyport reuse the open file instead of closing it after each query as they do after setservent(0). It also rewinds getservent to the first entry. It changes only how the file is handled, never the answers: the list is the same either way.</source>
        <translation>stayopen 在現今 glibc 中的作用：setservent(1) 讓 /etc/services 保持開啟，getservbyname 與 getservbyport 便會重複使用已開啟的檔案，而不像 setservent(0) 之後那樣每次查詢完就關閉。它也會把 getservent 倒回第一個項目。它只改變檔案的處理方式，從不改變答案：兩種情況下的清單都一樣。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>The services database: getservent, setservent(stayopen), getservbyname and getservbyport, with s_port in network byte order.</source>
        <translation>服務資料庫：getservent、setservent(stayopen)、getservbyname 與 getservbyport，其中 s_port 採網路位元組順序。</translation>
    </message>
    <message>
        <source>Type a service name (such as http) or a port from 0 to 65535.</source>
        <translation>請輸入服務名稱（例如 http）或 0 到 65535 的埠。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>any protocol</source>
        <translation>任何協定</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>No service “%1” for %2 in the database: %3 returned 0 with the result pointer set to NULL. Check the name (case-sensitive) or the port, or choose another protocol.</source>
        <translation>資料庫中沒有 %2 的服務「%1」：%3 傳回 0，並將結果指標設為 NULL。請檢查名稱（區分大小寫）或埠，或選擇其他協定。</translation>
    </message>
    <message>
        <source>s_name %1 · s_proto %2 · s_aliases %3</source>
        <translation>s_name %1 · s_proto %2 · s_aliases %3</translation>
    </message>
    <message>
        <source>%1 as stored (network byte order; this %2 host reads those two bytes as %3), so the port is ntohs(s_port) = %4. htons does the opposite: a program passes htons(%4) = %1 to getservbyport.</source>
        <translation>儲存的值為 %1（網路位元組順序；這台%2主機把這兩個位元組讀成 %3），所以埠是 ntohs(s_port) = %4。htons 則相反：程式把 htons(%4) = %1 傳給 getservbyport。</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>小端序</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>大端序</translation>
    </message>
</context>
<context>
    <name>sockscope::SockaddrLayoutPage</name>
    <message>
        <source>bind, connect and accept take a pointer to a socket address structure and its length. Each family has its own structure: sockaddr_in for IPv4, sockaddr_in6 for IPv6 and sockaddr_un for Unix domain sockets. All of them start with the family, and the socket calls see them through the generic struct sockaddr.</source>
        <translation>bind、connect 與 accept 接受一個指向通訊端位址結構的指標及其長度。每個家族都有自己的結構：IPv4 用 sockaddr_in，IPv6 用 sockaddr_in6，Unix 網域通訊端用 sockaddr_un。它們都以家族開頭，而通訊端呼叫透過通用的 struct sockaddr 來看待它們。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>struct sockaddr_in (IPv4)</source>
        <translation>struct sockaddr_in（IPv4）</translation>
    </message>
    <message>
        <source>struct sockaddr_in6 (IPv6)</source>
        <translation>struct sockaddr_in6（IPv6）</translation>
    </message>
    <message>
        <source>struct sockaddr_un (Unix domain)</source>
        <translation>struct sockaddr_un（Unix 網域）</translation>
    </message>
    <message>
        <source>Which socket address structure to fill in.</source>
        <translation>要填入哪一種通訊端位址結構。</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>結構(&amp;S)：</translation>
    </message>
    <message>
        <source>sin_addr, a struct in_addr: the IPv4 address, converted with inet_pton(AF_INET, …) into four bytes in network order.</source>
        <translation>sin_addr，一個 struct in_addr：IPv4 位址，以 inet_pton(AF_INET, …) 轉成網路順序的四個位元組。</translation>
    </message>
    <message>
        <source>IPv4 &amp;address:</source>
        <translation>IPv4 位址(&amp;A)：</translation>
    </message>
    <message>
        <source>sin6_addr, a struct in6_addr: the IPv6 address, converted with inet_pton(AF_INET6, …). A %interface suffix (a name or a number) sets sin6_scope_id, needed for link-local addresses.</source>
        <translation>sin6_addr，一個 struct in6_addr：IPv6 位址，以 inet_pton(AF_INET6, …) 轉換。%interface 後綴（名稱或編號）會設定 sin6_scope_id，鏈路本地位址需要它。</translation>
    </message>
    <message>
        <source>IPv6 &amp;address:</source>
        <translation>IPv6 位址(&amp;A)：</translation>
    </message>
    <message>
        <source>sin_port or sin6_port, an in_port_t: the port number 0–65535, stored in network byte order with htons.</source>
        <translation>sin_port 或 sin6_port，一個 in_port_t：0–65535 的埠號，以 htons 轉成網路位元組順序儲存。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>埠(&amp;P)：</translation>
    </message>
    <message>
        <source>sin6_flowinfo, a uint32_t: the IPv6 flow label, 0–0xfffff (20 bits), in network byte order. Almost always 0.</source>
        <translation>sin6_flowinfo，一個 uint32_t：IPv6 流量標籤，0–0xfffff（20 位元），採網路位元組順序。幾乎都是 0。</translation>
    </message>
    <message>
        <source>&amp;Flow label:</source>
        <translation>流量標籤(&amp;F)：</translation>
    </message>
    <message>
        <source>sun_path: the socket&apos;s filesystem path, or @name for a Linux abstract name (stored with a leading NUL byte instead of the @).</source>
        <translation>sun_path：通訊端的檔案系統路徑，或以 @name 表示 Linux 抽象名稱（儲存時以開頭的 NUL 位元組取代 @）。</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>路徑(&amp;A)：</translation>
    </message>
    <message>
        <source>The structure itself</source>
        <translation>結構本身</translation>
    </message>
    <message>
        <source>As struct sockaddr</source>
        <translation>視為 struct sockaddr</translation>
    </message>
    <message>
        <source>As struct sockaddr_storage</source>
        <translation>視為 struct sockaddr_storage</translation>
    </message>
    <message>
        <source>The structure the program fills in.</source>
        <translation>程式填入的結構。</translation>
    </message>
    <message>
        <source>The same bytes through struct sockaddr, the type bind() and connect() are declared with: only the family and 14 bytes of sa_data.</source>
        <translation>透過 struct sockaddr 看同樣的位元組，也就是 bind() 與 connect() 宣告時使用的型別：只有家族與 14 個位元組的 sa_data。</translation>
    </message>
    <message>
        <source>The same bytes in struct sockaddr_storage, which is large enough and aligned for any socket address: use it when the family is known only at run time (accept, recvfrom).</source>
        <translation>同樣的位元組放在 struct sockaddr_storage 中，它夠大且對齊方式適用於任何通訊端位址：當家族要到執行時才知道時（accept、recvfrom）就用它。</translation>
    </message>
    <message>
        <source>View as:</source>
        <translation>檢視方式：</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>位移</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation>位元組（十六進位）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>位元組順序</translation>
    </message>
    <message>
        <source>Bytes from the start of the structure (offsetof).</source>
        <translation>從結構開頭算起的位元組數（offsetof）。</translation>
    </message>
    <message>
        <source>The field&apos;s size in bytes (sizeof).</source>
        <translation>欄位的大小，以位元組為單位（sizeof）。</translation>
    </message>
    <message>
        <source>The field&apos;s C type.</source>
        <translation>欄位的 C 型別。</translation>
    </message>
    <message>
        <source>The field&apos;s name in the C structure.</source>
        <translation>欄位在 C 結構中的名稱。</translation>
    </message>
    <message>
        <source>The field&apos;s bytes as they lie in memory, lowest address first.</source>
        <translation>欄位在記憶體中的位元組，最低位址在前。</translation>
    </message>
    <message>
        <source>The field&apos;s value, decoded.</source>
        <translation>欄位解碼後的值。</translation>
    </message>
    <message>
        <source>How a number is stored: in network byte order (big-endian, most significant byte first) or in the host&apos;s order.</source>
        <translation>數字的儲存方式：網路位元組順序（大端序，最高有效位元組在前）或主機的順序。</translation>
    </message>
    <message>
        <source>The bytes in memory, 16 to a row, lowest address first; hatched bytes lie beyond the length passed to the system call.</source>
        <translation>記憶體中的位元組，每列 16 個，最低位址在前；加斜線的位元組超出傳給系統呼叫的長度。</translation>
    </message>
    <message>
        <source>Socket address layout</source>
        <translation>通訊端位址配置</translation>
    </message>
    <message>
        <source>sockaddr_in, sockaddr_in6 and sockaddr_un field by field: offsets, sizes, bytes and values.</source>
        <translation>逐欄位檢視 sockaddr_in、sockaddr_in6 與 sockaddr_un：位移、大小、位元組與值。</translation>
    </message>
    <message>
        <source>Where systems differ: 4.4BSD and its descendants (FreeBSD, macOS) put a one-byte length, sa_len, in front of every socket address and make the family one byte, so the offsets there differ from Linux.</source>
        <translation>各系統的差異：4.4BSD 及其衍生系統（FreeBSD、macOS）在每個通訊端位址前面放一個一位元組的長度 sa_len，並把家族縮成一個位元組，因此那裡的位移與 Linux 不同。</translation>
    </message>
    <message>
        <source>This system has sa_len.</source>
        <translation>這個系統有 sa_len。</translation>
    </message>
    <message>
        <source>This system has no sa_len.</source>
        <translation>這個系統沒有 sa_len。</translation>
    </message>
    <message>
        <source>sun_path holds %1 bytes: a filesystem path may have at most %2 characters, because the terminating NUL needs the last byte.</source>
        <translation>sun_path 可容納 %1 個位元組：檔案系統路徑最多只能有 %2 個字元，因為結尾的 NUL 需要最後一個位元組。</translation>
    </message>
    <message>
        <source>On Linux a sun_path that starts with a NUL byte names a socket in the abstract namespace instead of a file (type @name): its length is given by the socklen alone, without a terminating NUL.</source>
        <translation>在 Linux 上，以 NUL 位元組開頭的 sun_path 代表抽象命名空間中的通訊端，而不是檔案（輸入 @name）：它的長度只由 socklen 決定，沒有結尾的 NUL。</translation>
    </message>
    <message>
        <source>%1: sizeof is %2 bytes; the program passes %3 as the socklen_t length.</source>
        <translation>%1：sizeof 為 %2 個位元組；程式傳入 %3 作為 socklen_t 長度。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>No structure: correct the marked field.</source>
        <translation>沒有結構：請修正標示的欄位。</translation>
    </message>
</context>
<context>
    <name>sockscope::SocketLabPage</name>
    <message>
        <source>A socket is a file descriptor: create some, then make the chapter&apos;s calls on them one at a time and watch the table. Every call is real and goes to the journal; a call that waits (accept, connect, recv on a blocking socket) can be abandoned. The recipes walk through the chapter&apos;s sequences; Export C writes the session as a program that makes the same calls.</source>
        <translation>通訊端就是一個檔案描述符：先建立幾個通訊端，再一次一個地對它們進行本章的呼叫，並觀察表格的變化。每個呼叫都是真實的，也都會記入日誌；會等待的呼叫（accept、connect、阻塞式通訊端上的 recv）可以放棄。流程會帶您走過本章的各個操作序列；「匯出 C」會把這個工作階段寫成一個進行相同呼叫的程式。</translation>
    </message>
    <message>
        <source>The sockets you created, refreshed twice a second. Select one to make calls on it.</source>
        <translation>您建立的通訊端，每秒更新兩次。選取其中一個即可對它進行呼叫。</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>選項(&amp;O)…</translation>
    </message>
    <message>
        <source>getsockopt and setsockopt on the selected socket, on the socket options page.</source>
        <translation>在「通訊端選項」頁面上，對所選的通訊端進行 getsockopt 與 setsockopt。</translation>
    </message>
    <message>
        <source>Close all and start over</source>
        <translation>全部關閉並重新開始</translation>
    </message>
    <message>
        <source>Closes every lab socket and forgets the session (the journal keeps its calls).</source>
        <translation>關閉所有實驗室通訊端並清除這個工作階段（日誌仍保留它的呼叫）。</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>傳回值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What the kernel did</source>
        <translation>核心做了什麼</translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <translation>放棄(&amp;A)</translation>
    </message>
    <message>
        <source>Interrupt the waiting call: its thread gets a signal without SA_RESTART, so the call returns -1 EINTR (Esc).</source>
        <translation>中斷正在等待的呼叫：它的執行緒會收到一個未使用 SA_RESTART 的訊號，因此呼叫會傳回 -1 EINTR（Esc）。</translation>
    </message>
    <message>
        <source>Export &amp;C</source>
        <translation>匯出 C(&amp;C)</translation>
    </message>
    <message>
        <source>The session as a C program that makes the same calls in the same order.</source>
        <translation>將這個工作階段寫成 C 程式，以相同的順序進行相同的呼叫。</translation>
    </message>
    <message>
        <source>Copy the C program</source>
        <translation>複製 C 程式</translation>
    </message>
    <message>
        <source>Copied the session as a C program.</source>
        <translation>已將工作階段複製為 C 程式。</translation>
    </message>
    <message>
        <source>Save the C program…</source>
        <translation>儲存 C 程式…</translation>
    </message>
    <message>
        <source>Export &amp;journal</source>
        <translation>匯出日誌(&amp;J)</translation>
    </message>
    <message>
        <source>The lab&apos;s calls from the call journal, as C code with comments or as JSON.</source>
        <translation>呼叫日誌中實驗室的呼叫，匯出為附註解的 C 程式碼或 JSON。</translation>
    </message>
    <message>
        <source>As text…</source>
        <translation>匯出為文字…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>匯出為 JSON…</translation>
    </message>
    <message>
        <source>the results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 on %2 is waiting</source>
        <translation>%2 上的 %1 正在等待</translation>
    </message>
    <message>
        <source>Socket lab</source>
        <translation>通訊端實驗室</translation>
    </message>
    <message>
        <source>Every call on a socket descriptor, one click at a time: socket, bind, listen, accept, connect, send, recv, shutdown, close, dup, fcntl, fstat, lseek …</source>
        <translation>對通訊端描述符的每一種呼叫，一次點一下：socket、bind、listen、accept、connect、send、recv、shutdown、close、dup、fcntl、fstat、lseek …</translation>
    </message>
    <message>
        <source>Received: &quot;%1&quot; (hex %2)</source>
        <translation>已接收：「%1」（十六進位 %2）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>What the kernel did appears here after each call.</source>
        <translation>每次呼叫之後，核心做了什麼會顯示在這裡。</translation>
    </message>
    <message>
        <source>Step %1, %2 = %3: %4</source>
        <translation>步驟 %1，%2 = %3：%4</translation>
    </message>
    <message>
        <source>%1 (fd %2, %3)</source>
        <translation>%1（fd %2，%3）</translation>
    </message>
    <message>
        <source>Save the session as C</source>
        <translation>將工作階段儲存為 C</translation>
    </message>
    <message>
        <source>C source (*.c)</source>
        <translation>C 原始碼 (*.c)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Export the lab&apos;s calls</source>
        <translation>匯出實驗室的呼叫</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>C code with comments (*.txt)</source>
        <translation>附註解的 C 程式碼 (*.txt)</translation>
    </message>
    <message>
        <source>Exported the lab&apos;s calls (%1) to %2.</source>
        <translation>已將實驗室的呼叫（%1 個）匯出至 %2。</translation>
    </message>
    <message>
        <source>That was the recipe&apos;s next step: it is marked done.</source>
        <translation>那正是流程的下一步：已標為完成。</translation>
    </message>
    <message>
        <source>Saved the session as C to %1 (build: %2).</source>
        <translation>已將工作階段存成 C 程式 %1（建置：%2）。</translation>
    </message>
    <message>
        <source>The reply&apos;s first bytes (hex): %1%2</source>
        <translation>回覆的前幾個位元組（十六進位）：%1%2</translation>
    </message>
</context>
<context>
    <name>sockscope::SocketOptionsPage</name>
    <message>
        <source>0 (off)</source>
        <translation>0（關閉）</translation>
    </message>
    <message>
        <source>1 (on)</source>
        <translation>1（開啟）</translation>
    </message>
    <message>
        <source>{onoff, seconds}, e.g. {1, 5}</source>
        <translation>{onoff, seconds}，例如 {1, 5}</translation>
    </message>
    <message>
        <source>{seconds, microseconds} or seconds, e.g. 1.5</source>
        <translation>{seconds, microseconds} 或秒數，例如 1.5</translation>
    </message>
    <message>
        <source>e.g. cubic or reno</source>
        <translation>例如 cubic 或 reno</translation>
    </message>
    <message>
        <source>&amp;New scratch socket</source>
        <translation>新增試驗用通訊端(&amp;N)</translation>
    </message>
    <message>
        <source>Close scratch socket</source>
        <translation>關閉試驗用通訊端</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <source>Compare with &amp;defaults</source>
        <translation>與預設值比較(&amp;D)</translation>
    </message>
    <message>
        <source>getsockopt and setsockopt on any live socket of SockScope: an echo server&apos;s listener or one of its connections, or a scratch socket of any kind. Change a value and Apply: the option is set, then read back, so you see what the kernel actually kept. Every call goes to the journal.</source>
        <translation>對 SockScope 中任何使用中的通訊端進行 getsockopt 與 setsockopt：回顯伺服器的監聽通訊端或它的某條連線，或任何種類的試驗用通訊端。變更數值後按「套用」：選項會先設定再讀回，讓您看到核心實際保留的值。每個呼叫都會記入日誌。</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>通訊端選項</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Every option of the catalogue. Double-click a value (or press F2) to edit it where it can be set; greyed rows say why they cannot. Apply sets the edited values and reads them back.</source>
        <translation>目錄中的每個選項。在數值上按兩下（或按 F2）即可在可設定之處編輯；呈灰色的列會說明無法設定的原因。「套用」會設定編輯過的值並讀回。</translation>
    </message>
    <message>
        <source>setsockopt for every edited value, each followed by getsockopt (Ctrl+Return).</source>
        <translation>對每個編輯過的值呼叫 setsockopt，並各自接著呼叫 getsockopt（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Forget the edits and read the socket&apos;s options again.</source>
        <translation>捨棄編輯，重新讀取通訊端的選項。</translation>
    </message>
    <message>
        <source>Show each option&apos;s value on a fresh socket of the same kind; values that differ are shown in bold.</source>
        <translation>顯示每個選項在同類型新通訊端上的值；不同的值會以粗體顯示。</translation>
    </message>
    <message>
        <source>Pick a socket, or create a scratch socket.</source>
        <translation>請選擇一個通訊端，或建立一個試驗用通訊端。</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <source>Every live socket of the application, grouped by its owner; the list follows sockets as they open and close. A socket that closed stays listed as gone.</source>
        <translation>應用程式中所有使用中的通訊端，依擁有者分組；清單會隨著通訊端的開啟與關閉而更新。已關閉的通訊端仍會列出，並標示為已消失。</translation>
    </message>
    <message>
        <source>&amp;Live socket:</source>
        <translation>使用中的通訊端(&amp;L)：</translation>
    </message>
    <message>
        <source>IPv4 (AF_INET)</source>
        <translation>IPv4（AF_INET）</translation>
    </message>
    <message>
        <source>IPv6 (AF_INET6)</source>
        <translation>IPv6（AF_INET6）</translation>
    </message>
    <message>
        <source>Unix (AF_UNIX)</source>
        <translation>Unix（AF_UNIX）</translation>
    </message>
    <message>
        <source>The domain of a new scratch socket.</source>
        <translation>新試驗用通訊端的網域。</translation>
    </message>
    <message>
        <source>stream (SOCK_STREAM)</source>
        <translation>串流（SOCK_STREAM）</translation>
    </message>
    <message>
        <source>datagram (SOCK_DGRAM)</source>
        <translation>資料包（SOCK_DGRAM）</translation>
    </message>
    <message>
        <source>The type of a new scratch socket.</source>
        <translation>新試驗用通訊端的類型。</translation>
    </message>
    <message>
        <source>socket(domain, type, 0): a fresh socket that belongs to this page, to try options on.</source>
        <translation>socket(domain, type, 0)：一個屬於此頁面的新通訊端，用來試驗選項。</translation>
    </message>
    <message>
        <source>close() the selected scratch socket.</source>
        <translation>close() 所選的試驗用通訊端。</translation>
    </message>
    <message>
        <source>Scratch &amp;kind:</source>
        <translation>試驗用通訊端種類(&amp;K)：</translation>
    </message>
    <message>
        <source>TCP_INFO</source>
        <translation>TCP_INFO</translation>
    </message>
    <message>
        <source>getsockopt(fd, IPPROTO_TCP, TCP_INFO, …) once a second: what TCP knows about the connection.</source>
        <translation>每秒一次 getsockopt(fd, IPPROTO_TCP, TCP_INFO, …)：TCP 對這條連線所知道的資訊。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>往返時間</translation>
    </message>
    <message>
        <source>RTT variance</source>
        <translation>RTT 變異量</translation>
    </message>
    <message>
        <source>Congestion window</source>
        <translation>壅塞視窗</translation>
    </message>
    <message>
        <source>Retransmits (now / total)</source>
        <translation>重傳次數（目前／總計）</translation>
    </message>
    <message>
        <source>Bytes acknowledged</source>
        <translation>已確認位元組</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>已接收位元組</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>路徑 MTU</translation>
    </message>
    <message>
        <source>Demonstrations</source>
        <translation>示範</translation>
    </message>
    <message>
        <source>SO_RCVTIMEO</source>
        <translation>SO_RCVTIMEO</translation>
    </message>
    <message>
        <source>A UDP socket with a 0.5 s receive timeout waits in recv() for a datagram that never comes: recv() fails with EAGAIN.</source>
        <translation>接收逾時為 0.5 s 的 UDP 通訊端在 recv() 中等待一個永遠不會來的資料包：recv() 以 EAGAIN 失敗。</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}</source>
        <translation>SO_LINGER {1, 0}</translation>
    </message>
    <message>
        <source>A server closes a connection with linger on and a time of 0: close() sends a reset, and the client&apos;s recv() fails with ECONNRESET.</source>
        <translation>伺服器在開啟 linger 且時間為 0 的情況下關閉連線：close() 送出重設（RST），用戶端的 recv() 以 ECONNRESET 失敗。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR</source>
        <translation>SO_REUSEADDR</translation>
    </message>
    <message>
        <source>A port whose connection sits in TIME_WAIT: bind() fails with EADDRINUSE without SO_REUSEADDR and succeeds with it.</source>
        <translation>某個埠的連線處於 TIME_WAIT：不使用 SO_REUSEADDR 時 bind() 以 EADDRINUSE 失敗，使用時則成功。</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY on</source>
        <translation>IPV6_V6ONLY 開啟</translation>
    </message>
    <message>
        <source>An IPv6 listener on [::] with IPV6_V6ONLY on: a client from 127.0.0.1 is refused.</source>
        <translation>在 [::] 上開啟 IPV6_V6ONLY 的 IPv6 監聽通訊端：來自 127.0.0.1 的用戶端會被拒絕。</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY off</source>
        <translation>IPV6_V6ONLY 關閉</translation>
    </message>
    <message>
        <source>The same listener with IPV6_V6ONLY off: the IPv4 client connects and appears as ::ffff:127.0.0.1.</source>
        <translation>同一個監聽通訊端關閉 IPV6_V6ONLY：IPv4 用戶端可以連線，並顯示為 ::ffff:127.0.0.1。</translation>
    </message>
    <message>
        <source>TCP_NODELAY latency</source>
        <translation>TCP_NODELAY 延遲</translation>
    </message>
    <message>
        <source>Small writes against a built-in echo server on loopback, with Nagle&apos;s algorithm on and off: the round-trip times.</source>
        <translation>在回送介面上對內建的回顯伺服器進行小量寫入，分別開啟與關閉 Nagle 演算法：比較往返時間。</translation>
    </message>
    <message>
        <source>Demonstration results</source>
        <translation>示範結果</translation>
    </message>
    <message>
        <source>Run a demonstration: what the kernel did appears here, in words.</source>
        <translation>執行一個示範：核心做了什麼會以文字說明顯示在這裡。</translation>
    </message>
    <message>
        <source>the demonstration results</source>
        <translation>示範結果</translation>
    </message>
    <message>
        <source>getsockopt/setsockopt on any live socket, with read-back, defaults, TCP_INFO and demonstrations.</source>
        <translation>對任何使用中的通訊端進行 getsockopt/setsockopt，並提供讀回、預設值、TCP_INFO 與示範。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>執行中…</translation>
    </message>
    <message>
        <source>    %1 — %2, fd %3</source>
        <translation>    %1 — %2，fd %3</translation>
    </message>
    <message>
        <source>No live sockets: create a scratch socket, or start an echo server.</source>
        <translation>沒有使用中的通訊端：請建立試驗用通訊端，或啟動回顯伺服器。</translation>
    </message>
    <message>
        <source>%1: %2, descriptor %3, registry id %4.</source>
        <translation>%1：%2，描述符 %3，登錄 ID %4。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <source>TCP_INFO exists for TCP sockets only.</source>
        <translation>TCP_INFO 只存在於 TCP 通訊端。</translation>
    </message>
    <message>
        <source>Not on this platform.</source>
        <translation>此平台不支援。</translation>
    </message>
    <message>
        <source>Does not apply to a %1 socket.</source>
        <translation>不適用於 %1 通訊端。</translation>
    </message>
    <message>
        <source>Edited: press Apply to set it.</source>
        <translation>已編輯：按「套用」即可設定。</translation>
    </message>
    <message>
        <source>This socket has been closed by its owner; its last values stay shown, greyed.</source>
        <translation>這個通訊端已被其擁有者關閉；最後的值仍以灰色顯示。</translation>
    </message>
    <message>
        <source>This socket&apos;s value differs from a fresh socket&apos;s.</source>
        <translation>這個通訊端的值與新通訊端的不同。</translation>
    </message>
    <message>
        <source>TCP_INFO could not be read.</source>
        <translation>無法讀取 TCP_INFO。</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 個區段</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>%1 %2 — closed</source>
        <translation>%1 %2 — 已關閉</translation>
    </message>
    <message>
        <source>Refreshed once a second. The journal holds the first read (with the other options); the refreshes are left out, or they would fill it.</source>
        <translation>每秒更新一次。日誌只保留第一次讀取（與其他選項一起）；之後的更新不列入，否則會塞滿日誌。</translation>
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
        <translation>只顯示監聽中(&amp;L)</translation>
    </message>
    <message>
        <source>Only &amp;SockScope&apos;s</source>
        <translation>只顯示 SockScope 的(&amp;S)</translation>
    </message>
    <message>
        <source>Refresh every &amp;2 s</source>
        <translation>每 2 秒更新(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>選項(&amp;O)…</translation>
    </message>
    <message>
        <source>Every socket of this machine, as the chapter&apos;s netstat -na lists them: its protocol, its state, how many bytes wait in its receive and send queues, its local and peer address, and the process that holds it. SockScope asks the kernel directly, as ss does: a netlink socket (AF_NETLINK, NETLINK_SOCK_DIAG) and one request per family and protocol, answered with one message per socket. Connections that no program holds any more (TIME_WAIT after an active close) are the kernel&apos;s alone: they have no process.</source>
        <translation>這台機器上的每個通訊端，就像本章的 netstat -na 所列：協定、狀態、接收與傳送佇列中等待的位元組數、本端與對端位址，以及持有它的程序。SockScope 像 ss 一樣直接詢問核心：一個 netlink 通訊端（AF_NETLINK、NETLINK_SOCK_DIAG），每個位址族與協定各發一個請求，核心對每個通訊端回覆一則訊息。已沒有程式持有的連線（主動關閉後的 TIME_WAIT）只屬於核心，因此沒有程序。</translation>
    </message>
    <message>
        <source>Which sockets</source>
        <translation>哪些通訊端</translation>
    </message>
    <message>
        <source>TCP over IPv4 and IPv6: inet_diag with IPPROTO_TCP.</source>
        <translation>IPv4 與 IPv6 上的 TCP：以 IPPROTO_TCP 查詢 inet_diag。</translation>
    </message>
    <message>
        <source>UDP over IPv4 and IPv6: inet_diag with IPPROTO_UDP.</source>
        <translation>IPv4 與 IPv6 上的 UDP：以 IPPROTO_UDP 查詢 inet_diag。</translation>
    </message>
    <message>
        <source>Unix domain sockets (stream, datagram, seqpacket): unix_diag.</source>
        <translation>Unix 網域通訊端（stream、datagram、seqpacket）：unix_diag。</translation>
    </message>
    <message>
        <source>Only sockets that wait for peers: TCP and unix listeners, and datagram sockets that are not connected (netstat -l, ss -l).</source>
        <translation>只顯示等待對端的通訊端：TCP 與 unix 的監聽通訊端，以及未連線的資料包通訊端（netstat -l、ss -l）。</translation>
    </message>
    <message>
        <source>Only the sockets SockScope itself holds: the lab&apos;s, the consoles&apos;, the echo servers&apos; and the scratch sockets.</source>
        <translation>只顯示 SockScope 自己持有的通訊端：實驗室、主控台、回顯伺服器以及暫用通訊端。</translation>
    </message>
    <message>
        <source>Filter: a port, an address, a state or a process</source>
        <translation>篩選：連接埠、位址、狀態或程序</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text in any column (7007, 127.0.0.1, TIME_WAIT, python3).</source>
        <translation>只顯示任一欄包含此文字的列（7007、127.0.0.1、TIME_WAIT、python3）。</translation>
    </message>
    <message>
        <source>Ask the kernel again (F5). Each refresh you ask for goes to the journal.</source>
        <translation>再次詢問核心（F5）。每次手動更新都會記入呼叫日誌。</translation>
    </message>
    <message>
        <source>Ask again every two seconds while this page is shown. These refreshes are left out of the journal, or they would fill it.</source>
        <translation>顯示此頁時每兩秒再詢問一次。這些更新不列入呼叫日誌，否則會塞滿日誌。</translation>
    </message>
    <message>
        <source>Open the selected socket in the Socket options page (SockScope&apos;s own sockets only: another process&apos;s descriptors are not ours to use).</source>
        <translation>在「通訊端選項」頁開啟選取的通訊端（僅限 SockScope 自己的通訊端：其他程序的描述子不是我們能用的）。</translation>
    </message>
    <message>
        <source>the socket table</source>
        <translation>通訊端表</translation>
    </message>
    <message>
        <source>Proto</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
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
        <translation>本端位址</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>對端位址</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>計時器</translation>
    </message>
    <message>
        <source>SockScope&apos;s</source>
        <translation>SockScope 的</translation>
    </message>
    <message>
        <source>tcp, udp (a 6: over IPv6), unix-stream, unix-dgram or unix-seqpacket.</source>
        <translation>tcp、udp（加 6 表示走 IPv6）、unix-stream、unix-dgram 或 unix-seqpacket。</translation>
    </message>
    <message>
        <source>The state as the kernel names it (LISTEN, ESTABLISHED, TIME_WAIT…); UNCONN: a datagram socket with no connected peer.</source>
        <translation>核心所稱的狀態（LISTEN、ESTABLISHED、TIME_WAIT…）；UNCONN：沒有已連線對端的資料包通訊端。</translation>
    </message>
    <message>
        <source>Bytes received and not yet read. For a listener: the connections that completed the handshake and wait for accept().</source>
        <translation>已收到但尚未讀取的位元組。對監聽通訊端而言：已完成交握、等待 accept() 的連線數。</translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer. For a listener: its backlog, as listen() set it (at most SOMAXCONN).</source>
        <translation>已送出但對端尚未確認的位元組。對監聽通訊端而言：listen() 設定的 backlog（最多 SOMAXCONN）。</translation>
    </message>
    <message>
        <source>The address the socket is bound to (getsockname).</source>
        <translation>通訊端綁定的位址（getsockname）。</translation>
    </message>
    <message>
        <source>The connected peer&apos;s address (getpeername); empty when there is none. A unix peer shows the name of the socket at the other end.</source>
        <translation>已連線對端的位址（getpeername）；沒有對端時為空。unix 對端會顯示另一端通訊端的名稱。</translation>
    </message>
    <message>
        <source>The process that holds a descriptor for the socket (PID/name), where /proc lets us read it: a normal user sees only their own processes.</source>
        <translation>持有此通訊端描述子的程序（PID/名稱），以 /proc 允許讀取者為限：一般使用者只看得到自己的程序。</translation>
    </message>
    <message>
        <source>A TCP timer that runs: retransmit, keepalive, time-wait or zero-window probe, with the time left.</source>
        <translation>正在執行的 TCP 計時器：重傳、keepalive、time-wait 或零視窗探測，以及剩餘時間。</translation>
    </message>
    <message>
        <source>Which part of SockScope holds the socket, when it is one of ours.</source>
        <translation>若是我們的通訊端，顯示由 SockScope 的哪個部分持有。</translation>
    </message>
    <message>
        <source>The chapter gives SOMAXCONN as 128; this kernel caps a listener&apos;s backlog (its Send-Q here) at %1 (net.core.somaxconn, read now).</source>
        <translation>本章說 SOMAXCONN 是 128；這個核心把監聽通訊端的 backlog（此處的 Send-Q）限制在 %1（net.core.somaxconn，剛讀取）。</translation>
    </message>
    <message>
        <source>Sockets on this machine</source>
        <translation>本機的通訊端</translation>
    </message>
    <message>
        <source>netstat -na: every TCP, UDP and unix socket of the machine, from the kernel through sock_diag.</source>
        <translation>netstat -na：本機所有 TCP、UDP 與 unix 通訊端，經由 sock_diag 向核心取得。</translation>
    </message>
    <message>
        <source>Choose at least one of TCP, UDP and Unix.</source>
        <translation>請至少選擇 TCP、UDP 與 Unix 其中之一。</translation>
    </message>
    <message>
        <source>Asking the kernel</source>
        <translation>正在詢問核心</translation>
    </message>
    <message>
        <source>The kernel could not be asked: %1() failed with %2 (%3). The socket table needs Linux&apos;s sock_diag netlink interface.</source>
        <translation>無法詢問核心：%1() 失敗，%2（%3）。通訊端表需要 Linux 的 sock_diag netlink 介面。</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
    <message>
        <source>SockScope</source>
        <translation>SockScope</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s): %1 TCP, %2 UDP, %3 unix; %4 of them SockScope&apos;s (in bold). %5 netlink request(s) answered in %6.</source>
        <translation>
            <numerusform>%n 個通訊端：%1 個 TCP、%2 個 UDP、%3 個 unix；其中 %4 個屬於 SockScope（粗體）。%5 個 netlink 請求在 %6 內得到回覆。</numerusform>
        </translation>
    </message>
    <message>
        <source>It listens: listen() was called, and the kernel completes handshakes on its own. Recv-Q is the number of finished connections waiting for accept(), Send-Q the backlog.</source>
        <translation>它正在監聽：已呼叫 listen()，核心會自行完成交握。Recv-Q 是已完成、等待 accept() 的連線數，Send-Q 是 backlog。</translation>
    </message>
    <message>
        <source>A datagram socket with no connected peer: it takes datagrams from anyone (recvfrom) and sends wherever sendto says.</source>
        <translation>沒有已連線對端的資料包通訊端：它接收任何來源的資料包（recvfrom），並送往 sendto 指定之處。</translation>
    </message>
    <message>
        <source>A connected datagram socket: connect() fixed its peer, so send() and recv() need no address and datagrams from others are dropped.</source>
        <translation>已連線的資料包通訊端：connect() 固定了它的對端，因此 send() 與 recv() 不需位址，來自其他來源的資料包會被丟棄。</translation>
    </message>
    <message>
        <source>A connection in use: both sides may send. Recv-Q: bytes arrived that the program has not read yet; Send-Q: bytes sent that the peer has not acknowledged.</source>
        <translation>使用中的連線：雙方都可傳送。Recv-Q：已抵達但程式尚未讀取的位元組；Send-Q：已送出但對端尚未確認的位元組。</translation>
    </message>
    <message>
        <source>The side that closed first waits here for twice the maximum segment lifetime (60 s on Linux), so that late packets of this connection die out. No program holds it: a bind() to its address fails with EADDRINUSE unless SO_REUSEADDR is set.</source>
        <translation>先關閉的一方在此等待兩倍的最大區段存活時間（Linux 上為 60 秒），讓這條連線遲到的封包消失。沒有程式持有它：除非設定 SO_REUSEADDR，否則 bind() 到它的位址會以 EADDRINUSE 失敗。</translation>
    </message>
    <message>
        <source>The peer closed its side (a FIN came, recv() returns 0) and this program has not closed yet.</source>
        <translation>對端已關閉它那一側（收到 FIN，recv() 傳回 0），而這個程式尚未關閉。</translation>
    </message>
    <message>
        <source>This side closed or shut down writing; it waits for the peer&apos;s acknowledgement (FIN_WAIT1) and then for the peer&apos;s own FIN (FIN_WAIT2).</source>
        <translation>這一側已關閉或關閉了寫入；它等待對端的確認（FIN_WAIT1），接著等待對端自己的 FIN（FIN_WAIT2）。</translation>
    </message>
    <message>
        <source>The peer closed first, then this side: the kernel waits for the acknowledgement of its FIN.</source>
        <translation>對端先關閉，接著是這一側：核心等待它的 FIN 被確認。</translation>
    </message>
    <message>
        <source>connect() sent a SYN and waits for the answer.</source>
        <translation>connect() 已送出 SYN，正在等待回應。</translation>
    </message>
    <message>
        <source>A SYN arrived and was answered; the handshake&apos;s last ACK is awaited.</source>
        <translation>收到 SYN 並已回覆；正在等待交握的最後一個 ACK。</translation>
    </message>
    <message>
        <source>Both sides closed at the same moment; each waits for the other&apos;s acknowledgement.</source>
        <translation>雙方同時關閉；各自等待對方的確認。</translation>
    </message>
    <message>
        <source>Not connected and not listening: created or bound, nothing more.</source>
        <translation>既未連線也未監聽：僅建立或綁定，沒有其他動作。</translation>
    </message>
    <message>
        <source>Select a socket to see what its state and its queues mean.</source>
        <translation>選取一個通訊端，查看其狀態與佇列的意義。</translation>
    </message>
    <message>
        <source>SockScope holds it, though not as a socket of its own pages.</source>
        <translation>由 SockScope 持有，但不是其頁面自己的通訊端。</translation>
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
        <translation>傳輸量圖</translation>
    </message>
    <message>
        <source>Bytes per second the server received (in) and sent back (out) over the last %1 seconds, from the totals of successive snapshots (4 per second). An echo server sends what it receives, so the two lines lie close together.</source>
        <translation>伺服器在最近 %1 秒內每秒收到（收）與送回（送）的位元組數，由連續快照（每秒 4 次）的總計算出。回顯伺服器收到什麼就送回什麼，所以兩條線會很接近。</translation>
    </message>
    <message>
        <source>In: %1, out: %2</source>
        <translation>收：%1，送：%2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>−%1 s</source>
        <translation>−%1 s</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>收 %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>送 %1</translation>
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
        <translation>在串流上執行 TLS（OpenSSL）：connect() 之後，SSL_connect 在同一個通訊端上執行交握；之後您傳送與收到的內容都經過 SSL_write 與 SSL_read，收發記錄顯示的是明文。</translation>
    </message>
    <message>
        <source>the host field</source>
        <translation>主機欄位</translation>
    </message>
    <message>
        <source>The name sent in the handshake (SNI) and the name the certificate must be for. Empty: the host field (an address is checked against the certificate&apos;s IP names; SNI cannot carry one).</source>
        <translation>在交握中送出的名稱（SNI），也是憑證必須適用的名稱。留白：使用主機欄位（位址會與憑證中的 IP 名稱比對；SNI 無法攜帶位址）。</translation>
    </message>
    <message>
        <source>h2,http/1.1</source>
        <translation>h2,http/1.1</translation>
    </message>
    <message>
        <source>The application protocols offered (ALPN), comma-separated, in order of preference; the server picks one. Empty: none offered.</source>
        <translation>提供的應用層協定（ALPN），以逗號分隔，依偏好順序排列；由伺服器挑選其中一個。留白：不提供任何協定。</translation>
    </message>
    <message>
        <source>the system&apos;s CAs (/etc/ssl/certs)</source>
        <translation>系統的 CA（/etc/ssl/certs）</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file instead of the system&apos;s.</source>
        <translation>信任這個 PEM 檔案中的 CA 憑證，而不是系統的 CA 憑證。</translation>
    </message>
    <message>
        <source>insecure (do not verify)</source>
        <translation>不安全（不驗證）</translation>
    </message>
    <message>
        <source>Go on when the certificate does not verify. The summary still says what the check found.</source>
        <translation>即使憑證未通過驗證也繼續進行。摘要仍會說明驗證的結果。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>A client certificate (PEM), for servers that ask for one.</source>
        <translation>用戶端憑證（PEM），供要求用戶端憑證的伺服器使用。</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>用戶端憑證的私密金鑰（PEM，未加密）。</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>伺服器名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ALPN:</source>
        <translation>ALPN(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 檔案(&amp;C)：</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA 憑證（PEM）</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>用戶端憑證(&amp;E)：</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>用戶端憑證（PEM）</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>用戶端金鑰（PEM）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt *.cer *.key);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1: there is no file “%2”; give the path of a PEM file.</source>
        <translation>%1：沒有「%2」這個檔案；請輸入 PEM 檔案的路徑。</translation>
    </message>
    <message>
        <source>%1: “%2” is a directory; give a PEM file.</source>
        <translation>%1：「%2」是目錄；請指定 PEM 檔案。</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read (no permission).</source>
        <translation>%1：無法讀取「%2」（權限不足）。</translation>
    </message>
    <message>
        <source>Server name: give a host name (letters, digits, &apos;-&apos; and &apos;.&apos;, 253 characters at most) or an address; empty uses the host field.</source>
        <translation>伺服器名稱：請輸入主機名稱（字母、數字、&apos;-&apos; 與 &apos;.&apos;，最多 253 個字元）或位址；留白則使用主機欄位。</translation>
    </message>
    <message>
        <source>ALPN: %1.</source>
        <translation>ALPN：%1。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 檔案</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>A client certificate goes with its key: give both, or neither.</source>
        <translation>用戶端憑證必須搭配它的金鑰：兩者都指定，或都不指定。</translation>
    </message>
    <message>
        <source>TLS (streams only)</source>
        <translation>TLS（僅限串流）</translation>
    </message>
</context>
<context>
    <name>sockscope::TlsSummaryView</name>
    <message>
        <source>TLS session</source>
        <translation>TLS 工作階段</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The certificates the peer sent, its own first (SSL_get_peer_cert_chain).</source>
        <translation>對端送出的憑證，它自己的憑證排在最前面（SSL_get_peer_cert_chain）。</translation>
    </message>
    <message>
        <source>the TLS summary</source>
        <translation>TLS 摘要</translation>
    </message>
    <message>
        <source>the peer certificate&apos;s SHA-256 fingerprint</source>
        <translation>對端憑證的 SHA-256 指紋</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1, cipher %2</source>
        <translation>%1，加密套件 %2</translation>
    </message>
    <message>
        <source>no ALPN protocol chosen</source>
        <translation>未選定 ALPN 協定</translation>
    </message>
    <message>
        <source>ALPN: %1</source>
        <translation>ALPN：%1</translation>
    </message>
    <message>
        <source>session reused (resumed, no full handshake)</source>
        <translation>重複使用工作階段（恢復，未進行完整交握）</translation>
    </message>
    <message>
        <source>new session (full handshake)</source>
        <translation>新的工作階段（完整交握）</translation>
    </message>
    <message>
        <source>the handshake did not finish</source>
        <translation>交握未完成</translation>
    </message>
    <message>
        <source>%1 — going on anyway (insecure)</source>
        <translation>%1 — 仍然繼續（不安全）</translation>
    </message>
    <message>
        <source>%1: the peer&apos;s own</source>
        <translation>%1：對端自己的憑證</translation>
    </message>
    <message>
        <source>%1: issuer</source>
        <translation>%1：簽發者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效時間</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>名稱（SAN）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>憑證 %1</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>calls (journal)</source>
        <translation>呼叫（日誌）</translation>
    </message>
    <message>
        <source>%1 and others</source>
        <translation>%1 及其他</translation>
    </message>
    <message>
        <source>SockScope: the wire</source>
        <translation>SockScope：線路</translation>
    </message>
    <message>
        <source>kernel: gone (no socket left)</source>
        <translation>核心: 已消失 (不再有通訊端)</translation>
    </message>
    <message>
        <source>kernel: %1, %2 s left</source>
        <translation>核心: %1, 剩 %2 秒</translation>
    </message>
    <message>
        <source>kernel: %1</source>
        <translation>核心: %1</translation>
    </message>
</context>
<context>
    <name>sockscope::WirePage</name>
    <message>
        <source>“%1” is not a port: give numbers from 1 to 65535, separated by spaces or commas.</source>
        <translation>「%1」不是埠：請輸入 1 到 65535 的數字，以空格或逗號分隔。</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) given: the capture&apos;s filter takes at most %1.</source>
        <translation>
            <numerusform>指定了 %n 個埠：擷取的篩選器最多只能容納 %1 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>SockScope&apos;s &amp;own sockets</source>
        <translation>SockScope 自己的通訊端(&amp;O)</translation>
    </message>
    <message>
        <source>These &amp;ports:</source>
        <translation>這些埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start capture</source>
        <translation>開始擷取(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Export &amp;pcapng…</source>
        <translation>匯出 pcapng(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>儲存圖片(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Follow the newest</source>
        <translation>跟隨最新封包(&amp;F)</translation>
    </message>
    <message>
        <source>What each call does on the wire. The capture reads every packet on the loopback interface, as tcpdump -i lo does, through a packet socket (AF_PACKET) with a small BPF program that keeps only the ports of the sockets you watch. Each packet is drawn as an arrow between its two endpoints, beside the calls from the journal: connect() and the three-way handshake, send() and a data segment with its length, shutdown(SHUT_WR) and a FIN, close() with SO_LINGER 0 and a RST, a sendto() to a closed port and the ICMP error that comes back. Sequence numbers count from each side&apos;s SYN, as Wireshark shows them.</source>
        <translation>每個呼叫在線路上做了什麼。擷取功能透過封包通訊端（AF_PACKET）讀取回送介面上的每個封包，就像 tcpdump -i lo 那樣，並以一個小型 BPF 程式只保留您所監看之通訊端的埠。每個封包都畫成其兩個端點之間的箭頭，旁邊是呼叫日誌中的呼叫：connect() 與三向交握、send() 與附有長度的資料區段、shutdown(SHUT_WR) 與 FIN、以 SO_LINGER 0 進行的 close() 與 RST、對已關閉的埠呼叫 sendto() 與傳回的 ICMP 錯誤。序號從各端的 SYN 起算，與 Wireshark 的顯示方式相同。</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>監看對象</translation>
    </message>
    <message>
        <source>Follow every TCP and UDP socket SockScope holds (the lab&apos;s, the consoles&apos;, the echo servers&apos;): their ports are looked at twice a second and the filter follows.</source>
        <translation>跟隨 SockScope 持有的每個 TCP 與 UDP 通訊端（實驗室的、主控台的、回顯伺服器的）：每秒檢查兩次它們的埠，篩選器隨之更新。</translation>
    </message>
    <message>
        <source>Watch the ports you name, whoever holds them: another program&apos;s server, a python3 client.</source>
        <translation>監看您指定的埠，不論由誰持有：其他程式的伺服器、python3 用戶端。</translation>
    </message>
    <message>
        <source>7007, 8080</source>
        <translation>7007, 8080</translation>
    </message>
    <message>
        <source>TCP and UDP ports, 1–65535, separated by spaces or commas (at most %1). Empty: every packet on lo.</source>
        <translation>TCP 與 UDP 埠，1–65535，以空格或逗號分隔（最多 %1 個）。留白：lo 上的每個封包。</translation>
    </message>
    <message>
        <source>Start or stop the capture (F9). Opening the packet socket needs CAP_NET_RAW: as root it just works; otherwise SockScope&apos;s helper sockscope-capture opens it.</source>
        <translation>開始或停止擷取（F9）。開啟封包通訊端需要 CAP_NET_RAW：以 root 身分執行時直接可用；否則由 SockScope 的輔助程式 sockscope-capture 開啟。</translation>
    </message>
    <message>
        <source>Forget the packets and calls shown so far.</source>
        <translation>捨棄目前為止顯示的封包與呼叫。</translation>
    </message>
    <message>
        <source>Save the packets as a pcapng file, which Wireshark and tcpdump -r open.</source>
        <translation>將封包儲存為 pcapng 檔案，可用 Wireshark 與 tcpdump -r 開啟。</translation>
    </message>
    <message>
        <source>Keep the newest packet in view as packets arrive.</source>
        <translation>封包抵達時，持續顯示最新的封包。</translation>
    </message>
    <message>
        <source>the packets and calls</source>
        <translation>封包與呼叫</translation>
    </message>
    <message>
        <source>Click a packet (or use the arrow keys) to see its headers and bytes below.</source>
        <translation>點選封包（或使用方向鍵），即可在下方查看其標頭與位元組。</translation>
    </message>
    <message>
        <source>The selected packet&apos;s headers and bytes.</source>
        <translation>選取之封包的標頭與位元組。</translation>
    </message>
    <message>
        <source>Export the packets as pcapng</source>
        <translation>將封包匯出為 pcapng</translation>
    </message>
    <message>
        <source>pcapng files (*.pcapng)</source>
        <translation>pcapng 檔案 (*.pcapng)</translation>
    </message>
    <message>
        <source>Save the diagram as an image</source>
        <translation>將圖表儲存為圖片</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>擷取已停止：%1</translation>
    </message>
    <message>
        <source>The wire</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>The packets each call puts on loopback, drawn beside the call: handshake, data, FIN, RST, ICMP.</source>
        <translation>每個呼叫送到回送介面上的封包，畫在該呼叫旁邊：交握、資料、FIN、RST、ICMP。</translation>
    </message>
    <message>
        <source>The capture helper %1 could not open a packet socket either: it lacks the capability CAP_NET_RAW. As root, give it that one capability: setcap cap_net_raw+ep %1</source>
        <translation>擷取輔助程式 %1 也無法開啟封包通訊端：它缺少 CAP_NET_RAW 能力。請以 root 身分只授予它這一項能力：setcap cap_net_raw+ep %1</translation>
    </message>
    <message>
        <source>Capturing needs the capability CAP_NET_RAW to open a packet socket (socket(AF_PACKET, …) failed with %1), and no capture helper was found. Run SockScope as root, or install it from its package, whose helper /usr/libexec/sockscope/sockscope-capture holds that capability.</source>
        <translation>擷取需要 CAP_NET_RAW 能力才能開啟封包通訊端（socket(AF_PACKET, …) 以 %1 失敗），而且找不到擷取輔助程式。請以 root 身分執行 SockScope，或從套件安裝它，其輔助程式 /usr/libexec/sockscope/sockscope-capture 具備該能力。</translation>
    </message>
    <message>
        <source>This machine has no loopback interface named lo, so there is nothing to capture on.</source>
        <translation>這台電腦沒有名為 lo 的回送介面，因此沒有可供擷取的介面。</translation>
    </message>
    <message>
        <source>Packet capture is built for Linux only.</source>
        <translation>封包擷取功能僅針對 Linux 建置。</translation>
    </message>
    <message>
        <source>The capture could not start: %1() failed: %2</source>
        <translation>無法開始擷取：%1() 失敗：%2</translation>
    </message>
    <message>
        <source>Most likely sent because of: %1(%2) = %3</source>
        <translation>很可能是因為這個呼叫而送出：%1(%2) = %3</translation>
    </message>
    <message>
        <source>%1(%2) = %3</source>
        <translation>%1(%2) = %3</translation>
    </message>
    <message>
        <source>
errno %1: %2</source>
        <translation>
errno %1：%2</translation>
    </message>
    <message>
        <source>
thread %1, %2 µs

</source>
        <translation>
執行緒 %1，%2 µs

</translation>
    </message>
    <message>
        <source>SockScope holds no TCP or UDP socket yet; ICMP only</source>
        <translation>SockScope 尚未持有任何 TCP 或 UDP 通訊端；僅 ICMP</translation>
    </message>
    <message>
        <source>SockScope&apos;s sockets: ports %1</source>
        <translation>SockScope 的通訊端：埠 %1</translation>
    </message>
    <message>
        <source>every packet</source>
        <translation>所有封包</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>埠 %1</translation>
    </message>
    <message>
        <source>Capturing on lo (%1).</source>
        <translation>正在 lo 上擷取（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s)</source>
        <translation>
            <numerusform>%n 個封包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 個呼叫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) over %1 a second not shown (counted only)</source>
        <translation>
            <numerusform>超過每秒 %1 個的 %n 個封包未顯示（僅計數）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel (its buffer was full)</source>
        <translation>
            <numerusform>%n 個被核心丟棄（其緩衝區已滿）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest %n packet(s) forgotten (at most %1 are kept)</source>
        <translation>
            <numerusform>最舊的 %n 個封包已捨棄（最多保留 %1 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop capture</source>
        <translation>停止擷取(&amp;S)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n packet(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個封包儲存至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the image to %1.</source>
        <translation>無法將圖片儲存至 %1。</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>已將圖表儲存至 %1</translation>
    </message>
    <message numerus="yes">
        <source>Save the diagram as a PNG image or an SVG drawing (at most %n row(s) from the top).</source>
        <translation>
            <numerusform>將圖表儲存為 PNG 圖片或 SVG 向量圖（從頂端起最多 %n 列）。</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message numerus="yes">
        <source>%n ICMP error(s) about other ports left out</source>
        <translation>
            <numerusform>略去 %n 個關於其他連接埠的 ICMP 錯誤</numerusform>
        </translation>
    </message>
</context>
</TS>
