#include "LabRecipes.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace sockscope {

namespace {

LabRecipeStep step(std::string id, std::string role, LabCall call, LabStepWhen when)
{
    LabRecipeStep s;
    s.id = std::move(id);
    s.role = std::move(role);
    s.request.call = call;
    s.when = when;
    return s;
}

LabRecipeStep socketStep(std::string id, std::string role, int type)
{
    LabRecipeStep s = step(std::move(id), std::move(role), LabCall::Socket, LabStepWhen::RoleAbsent);
    s.request.domain = AF_INET;
    s.request.type = type;
    return s;
}

LabRecipeStep addressStep(std::string id, std::string role, LabCall call, LabStepWhen when, std::string portFrom)
{
    LabRecipeStep s = step(std::move(id), std::move(role), call, when);
    s.request.address = "127.0.0.1";
    s.portFrom = std::move(portFrom);
    return s;
}

LabRecipeStep dataStep(std::string id, std::string role, LabCall call, LabStepWhen when, std::string data,
                       std::size_t size = 0)
{
    LabRecipeStep s = step(std::move(id), std::move(role), call, when);
    s.request.data = std::move(data);
    s.request.size = size;
    return s;
}

const LabSocketRow* rowOf(const std::vector<LabSocketRow>& rows, const std::string& id)
{
    for (const auto& r : rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

const LabSocketRow* roleRow(const LabRecipeStep& step, const LabRecipeProgress& p, const std::vector<LabSocketRow>& rows)
{
    const auto it = p.roles.find(step.role);
    if (it == p.roles.end())
        return nullptr;
    const LabSocketRow* row = rowOf(rows, it->second);
    return row && row->open ? row : nullptr;
}

int portOf(const LabRecipeStep& step, const LabRecipeProgress& p, const std::vector<LabSocketRow>& rows)
{
    if (step.portFrom.empty())
        return step.request.port;
    if (step.portFrom == "*listening") {
        for (const auto& r : rows)
            if (r.open && r.listening && r.domain == AF_INET && r.localPort)
                return r.localPort;
        return 0;
    }
    const auto it = p.roles.find(step.portFrom);
    if (it == p.roles.end())
        return 0;
    // A closed socket's port too: the UDP recipe sends to a port whose socket is gone.
    const LabSocketRow* row = rowOf(rows, it->second);
    return row ? row->localPort : 0;
}

LabRecipeStep optionStep(std::string id, std::string role, int level, int option, long value, long value2 = 0)
{
    LabRecipeStep s = step(std::move(id), std::move(role), LabCall::Setsockopt, LabStepWhen::Open);
    s.request.level = level;
    s.request.option = option;
    s.request.number = value;
    s.request.number2 = value2;
    return s;
}

// A connection of the lab's own, as the wire recipes begin: the server (socket, bind, listen), the
// client (socket, connect), and accept, which gives the server's end "conn".
void addConnection(LabRecipe& r, int backlog = 5)
{
    const std::string p = r.id + "/";
    r.steps.push_back(socketStep(p + "socket-server", "server", SOCK_STREAM));
    r.steps.push_back(addressStep(p + "bind", "server", LabCall::Bind, LabStepWhen::Unbound, ""));
    LabRecipeStep listen = step(p + "listen", "server", LabCall::Listen, LabStepWhen::BoundIdle);
    listen.request.backlog = backlog;
    r.steps.push_back(listen);
    r.steps.push_back(socketStep(p + "socket-client", "client", SOCK_STREAM));
    r.steps.push_back(addressStep(p + "connect", "client", LabCall::Connect, LabStepWhen::Unconnected, "server"));
    LabRecipeStep accept = step(p + "accept", "server", LabCall::Accept, LabStepWhen::Listening);
    accept.createsRole = "conn";
    r.steps.push_back(accept);
}

void addCloses(LabRecipe& r, std::initializer_list<const char*> roles)
{
    for (const char* role : roles)
        r.steps.push_back(step(r.id + "/close-" + role, role, LabCall::Close, LabStepWhen::Open));
}

LabRecipeStep failing(LabRecipeStep s)
{
    s.expectsFailure = true;
    return s;
}

// The wire recipes: what each call puts on the wire, watched on the Wire page.
void addWireRecipes(std::vector<LabRecipe>& out)
{
    LabRecipe hs{"wire-handshake", {}};
    addConnection(hs);
    addCloses(hs, {"client", "conn", "server"});
    out.push_back(hs);

    // The orderly close, begun by either side: the side that closes first ends in TIME_WAIT.
    for (const char* first : {"client", "server"}) {
        const bool clientFirst = std::string(first) == "client";
        LabRecipe close{clientFirst ? "wire-close-client" : "wire-close-server", {}};
        addConnection(close);
        const std::string p = close.id + "/";
        const std::string active = clientFirst ? "client" : "conn";
        const std::string passive = clientFirst ? "conn" : "client";
        close.steps.push_back(step(p + "close-" + active, active, LabCall::Close, LabStepWhen::Open));
        close.steps.push_back(dataStep(p + "recv-eof", passive, LabCall::Recv, LabStepWhen::Open, "", 128));
        close.steps.push_back(step(p + "close-" + passive, passive, LabCall::Close, LabStepWhen::Open));
        addCloses(close, {"server"});
        out.push_back(close);
    }

    LabRecipe linger{"wire-linger", {}};
    addConnection(linger);
    linger.steps.push_back(optionStep("wire-linger/linger", "client", SOL_SOCKET, SO_LINGER, 1, 0));
    linger.steps.push_back(step("wire-linger/close-client", "client", LabCall::Close, LabStepWhen::Open));
    linger.steps.push_back(failing(dataStep("wire-linger/recv-reset", "conn", LabCall::Recv, LabStepWhen::Open, "", 128)));
    addCloses(linger, {"conn", "server"});
    out.push_back(linger);

    LabRecipe refused{"wire-refused", {}};
    refused.steps.push_back(socketStep("wire-refused/socket-target", "target", SOCK_STREAM));
    refused.steps.push_back(addressStep("wire-refused/bind-target", "target", LabCall::Bind, LabStepWhen::Unbound, ""));
    refused.steps.push_back(socketStep("wire-refused/socket-client", "client", SOCK_STREAM));
    refused.steps.push_back(failing(addressStep("wire-refused/connect", "client", LabCall::Connect,
                                                LabStepWhen::Unconnected, "target")));
    addCloses(refused, {"client", "target"});
    out.push_back(refused);

    LabRecipe udp{"wire-udp-unreachable", {}};
    udp.steps.push_back(socketStep("wire-udp-unreachable/socket-target", "target", SOCK_DGRAM));
    udp.steps.push_back(addressStep("wire-udp-unreachable/bind-target", "target", LabCall::Bind, LabStepWhen::Unbound, ""));
    udp.steps.push_back(socketStep("wire-udp-unreachable/socket-client", "client", SOCK_DGRAM));
    udp.steps.push_back(addressStep("wire-udp-unreachable/connect", "client", LabCall::Connect, LabStepWhen::Unconnected,
                                    "target"));
    udp.steps.push_back(step("wire-udp-unreachable/close-target", "target", LabCall::Close, LabStepWhen::Open));
    LabRecipeStep first = addressStep("wire-udp-unreachable/sendto", "client", LabCall::SendTo, LabStepWhen::Open, "target");
    first.request.data = "anyone there?";
    udp.steps.push_back(first);
    LabRecipeStep again = first;
    again.id = "wire-udp-unreachable/sendto-again";
    udp.steps.push_back(failing(again));
    addCloses(udp, {"client"});
    out.push_back(udp);

    // listen(fd, 1): Linux queues backlog + 1 finished connections; the next SYN is dropped.
    LabRecipe backlog{"wire-backlog", {}};
    backlog.steps.push_back(socketStep("wire-backlog/socket-server", "server", SOCK_STREAM));
    backlog.steps.push_back(addressStep("wire-backlog/bind", "server", LabCall::Bind, LabStepWhen::Unbound, ""));
    LabRecipeStep listen1 = step("wire-backlog/listen", "server", LabCall::Listen, LabStepWhen::BoundIdle);
    listen1.request.backlog = 1;
    backlog.steps.push_back(listen1);
    for (const char* c : {"c1", "c2", "c3"}) {
        const std::string role = c;
        LabRecipeStep sock = socketStep("wire-backlog/socket-" + role, role, SOCK_STREAM);
        sock.request.nonblock = role == "c3"; // its connect must not wait for the dropped SYN
        backlog.steps.push_back(sock);
        LabRecipeStep conn = addressStep("wire-backlog/connect-" + role, role, LabCall::Connect, LabStepWhen::Unconnected,
                                         "server");
        backlog.steps.push_back(role == "c3" ? failing(conn) : conn);
    }
    LabRecipeStep acceptOne = step("wire-backlog/accept", "server", LabCall::Accept, LabStepWhen::Listening);
    acceptOne.createsRole = "conn";
    backlog.steps.push_back(acceptOne);
    addCloses(backlog, {"c3", "c2", "c1", "conn", "server"});
    out.push_back(backlog);

    // Ten small sends back to back, with Nagle's algorithm and without.
    LabRecipe nagle{"wire-nagle", {}};
    addConnection(nagle);
    LabRecipeStep burst = dataStep("wire-nagle/send-burst", "client", LabCall::Send, LabStepWhen::Connected, "ab");
    burst.request.repeat = 10;
    nagle.steps.push_back(burst);
    nagle.steps.push_back(dataStep("wire-nagle/recv-burst", "conn", LabCall::Recv, LabStepWhen::Connected, "", 128));
    nagle.steps.push_back(optionStep("wire-nagle/nodelay", "client", IPPROTO_TCP, TCP_NODELAY, 1));
    LabRecipeStep burst2 = burst;
    burst2.id = "wire-nagle/send-burst-nodelay";
    nagle.steps.push_back(burst2);
    nagle.steps.push_back(dataStep("wire-nagle/recv-burst-nodelay", "conn", LabCall::Recv, LabStepWhen::Connected, "", 128));
    addCloses(nagle, {"client", "conn", "server"});
    out.push_back(nagle);

    LabRecipe oob{"wire-oob", {}};
    addConnection(oob);
    oob.steps.push_back(dataStep("wire-oob/send-normal", "client", LabCall::Send, LabStepWhen::Connected, "normal"));
    LabRecipeStep urgent = dataStep("wire-oob/send-oob", "client", LabCall::Send, LabStepWhen::Connected, "!");
    urgent.request.flags = MSG_OOB;
    oob.steps.push_back(urgent);
    oob.steps.push_back(step("wire-oob/atmark", "conn", LabCall::IoctlSiocatmark, LabStepWhen::Open));
    oob.steps.push_back(dataStep("wire-oob/recv-normal", "conn", LabCall::Recv, LabStepWhen::Connected, "", 128));
    oob.steps.push_back(step("wire-oob/atmark-again", "conn", LabCall::IoctlSiocatmark, LabStepWhen::Open));
    LabRecipeStep readUrgent = dataStep("wire-oob/recv-oob", "conn", LabCall::Recv, LabStepWhen::Connected, "", 1);
    readUrgent.request.flags = MSG_OOB;
    oob.steps.push_back(readUrgent);
    addCloses(oob, {"client", "conn", "server"});
    out.push_back(oob);

    LabRecipe keep{"wire-keepalive", {}};
    addConnection(keep);
    keep.steps.push_back(optionStep("wire-keepalive/keepidle", "client", IPPROTO_TCP, TCP_KEEPIDLE, 2));
    keep.steps.push_back(optionStep("wire-keepalive/keepintvl", "client", IPPROTO_TCP, TCP_KEEPINTVL, 1));
    keep.steps.push_back(optionStep("wire-keepalive/keepcnt", "client", IPPROTO_TCP, TCP_KEEPCNT, 3));
    keep.steps.push_back(optionStep("wire-keepalive/keepalive", "client", SOL_SOCKET, SO_KEEPALIVE, 1));
    addCloses(keep, {"client", "conn", "server"});
    out.push_back(keep);
}

} // namespace

std::vector<LabRecipe> labRecipes()
{
    std::vector<LabRecipe> out;

    LabRecipe server{"tcp-server", {}};
    server.steps.push_back(socketStep("tcp-server/socket", "server", SOCK_STREAM));
    server.steps.push_back(addressStep("tcp-server/bind", "server", LabCall::Bind, LabStepWhen::Unbound, ""));
    LabRecipeStep listen = step("tcp-server/listen", "server", LabCall::Listen, LabStepWhen::BoundIdle);
    listen.request.backlog = 5;
    server.steps.push_back(listen);
    LabRecipeStep accept = step("tcp-server/accept", "server", LabCall::Accept, LabStepWhen::Listening);
    accept.createsRole = "conn";
    server.steps.push_back(accept);
    server.steps.push_back(dataStep("tcp-server/recv", "conn", LabCall::Recv, LabStepWhen::Connected, "", 128));
    server.steps.push_back(dataStep("tcp-server/send", "conn", LabCall::Send, LabStepWhen::Connected, "hello from the server\\n"));
    server.steps.push_back(step("tcp-server/close-conn", "conn", LabCall::Close, LabStepWhen::Open));
    server.steps.push_back(step("tcp-server/close", "server", LabCall::Close, LabStepWhen::Open));
    out.push_back(server);

    LabRecipe client{"tcp-client", {}};
    client.steps.push_back(socketStep("tcp-client/socket", "client", SOCK_STREAM));
    client.steps.push_back(addressStep("tcp-client/connect", "client", LabCall::Connect, LabStepWhen::Unconnected, "*listening"));
    client.steps.push_back(dataStep("tcp-client/send", "client", LabCall::Send, LabStepWhen::Connected, "hello from the client\\n"));
    client.steps.push_back(dataStep("tcp-client/recv", "client", LabCall::Recv, LabStepWhen::Connected, "", 128));
    client.steps.push_back(step("tcp-client/close", "client", LabCall::Close, LabStepWhen::Open));
    out.push_back(client);

    LabRecipe udp{"udp", {}};
    udp.steps.push_back(socketStep("udp/socket-a", "a", SOCK_DGRAM));
    udp.steps.push_back(addressStep("udp/bind-a", "a", LabCall::Bind, LabStepWhen::Unbound, ""));
    udp.steps.push_back(socketStep("udp/socket-b", "b", SOCK_DGRAM));
    LabRecipeStep sendto = addressStep("udp/sendto", "b", LabCall::SendTo, LabStepWhen::Open, "a");
    sendto.request.data = "one datagram";
    udp.steps.push_back(sendto);
    udp.steps.push_back(dataStep("udp/recvfrom", "a", LabCall::RecvFrom, LabStepWhen::Open, "", 128));
    udp.steps.push_back(step("udp/close-b", "b", LabCall::Close, LabStepWhen::Open));
    udp.steps.push_back(step("udp/close-a", "a", LabCall::Close, LabStepWhen::Open));
    out.push_back(udp);

    LabRecipe half{"half-close", {}};
    half.steps.push_back(socketStep("half-close/socket-server", "server", SOCK_STREAM));
    half.steps.push_back(addressStep("half-close/bind", "server", LabCall::Bind, LabStepWhen::Unbound, ""));
    LabRecipeStep halfListen = step("half-close/listen", "server", LabCall::Listen, LabStepWhen::BoundIdle);
    halfListen.request.backlog = 5;
    half.steps.push_back(halfListen);
    half.steps.push_back(socketStep("half-close/socket-client", "client", SOCK_STREAM));
    half.steps.push_back(addressStep("half-close/connect", "client", LabCall::Connect, LabStepWhen::Unconnected, "server"));
    LabRecipeStep halfAccept = step("half-close/accept", "server", LabCall::Accept, LabStepWhen::Listening);
    halfAccept.createsRole = "conn";
    half.steps.push_back(halfAccept);
    LabRecipeStep shutWr = step("half-close/shutdown", "client", LabCall::Shutdown, LabStepWhen::Connected);
    shutWr.request.how = SHUT_WR;
    half.steps.push_back(shutWr);
    half.steps.push_back(dataStep("half-close/recv-eof", "conn", LabCall::Recv, LabStepWhen::Connected, "", 128));
    half.steps.push_back(dataStep("half-close/send-back", "conn", LabCall::Send, LabStepWhen::Connected, "the other way still works\\n"));
    half.steps.push_back(dataStep("half-close/recv-client", "client", LabCall::Recv, LabStepWhen::Connected, "", 128));
    half.steps.push_back(step("half-close/close-client", "client", LabCall::Close, LabStepWhen::Open));
    half.steps.push_back(step("half-close/close-conn", "conn", LabCall::Close, LabStepWhen::Open));
    half.steps.push_back(step("half-close/close-server", "server", LabCall::Close, LabStepWhen::Open));
    out.push_back(half);

    LabRecipe tour{"fd-tour", {}};
    tour.steps.push_back(socketStep("fd-tour/socket", "s", SOCK_STREAM));
    tour.steps.push_back(step("fd-tour/fstat", "s", LabCall::Fstat, LabStepWhen::Open));
    for (const char* id : {"fd-tour/lseek", "fd-tour/fchdir"}) {
        LabRecipeStep failing = step(id, "s", std::string(id) == "fd-tour/lseek" ? LabCall::Lseek : LabCall::Fchdir,
                                     LabStepWhen::Open);
        failing.expectsFailure = true;
        tour.steps.push_back(failing);
    }
    LabRecipeStep dup = step("fd-tour/dup", "s", LabCall::Dup, LabStepWhen::Open);
    dup.createsRole = "copy";
    tour.steps.push_back(dup);
    LabRecipeStep setfl = step("fd-tour/nonblock-copy", "copy", LabCall::FcntlSetfl, LabStepWhen::Open);
    setfl.request.enable = true;
    tour.steps.push_back(setfl);
    tour.steps.push_back(step("fd-tour/getfl", "s", LabCall::FcntlGetfl, LabStepWhen::Open));
    tour.steps.push_back(step("fd-tour/close", "s", LabCall::Close, LabStepWhen::Open));
    tour.steps.push_back(step("fd-tour/close-copy", "copy", LabCall::Close, LabStepWhen::Open));
    out.push_back(tour);

    addWireRecipes(out);
    return out;
}

bool labRecipeRequest(const LabRecipeStep& step, const LabRecipeProgress& progress,
                      const std::vector<LabSocketRow>& rows, LabRequest& out)
{
    out = step.request;
    if (step.request.call != LabCall::Socket) {
        const auto it = progress.roles.find(step.role);
        out.target = it == progress.roles.end() ? std::string() : it->second;
    }
    if (step.request.call == LabCall::Connect || step.request.call == LabCall::SendTo) {
        out.port = portOf(step, progress, rows);
        return out.port != 0;
    }
    return true;
}

bool labRecipeStepEnabled(const LabRecipeStep& step, const LabRecipeProgress& progress,
                          const std::vector<LabSocketRow>& rows)
{
    const LabSocketRow* row = roleRow(step, progress, rows);
    switch (step.when) {
    case LabStepWhen::RoleAbsent: return row == nullptr;
    case LabStepWhen::Open: break;
    case LabStepWhen::Unbound: return row && !row->bound;
    case LabStepWhen::BoundIdle: return row && row->bound && !row->listening && !row->connected;
    case LabStepWhen::Listening: return row && row->listening && !row->busy;
    case LabStepWhen::Unconnected: {
        LabRequest r;
        return row && !row->connected && !row->listening && labRecipeRequest(step, progress, rows, r);
    }
    case LabStepWhen::Connected: return row && row->connected && !row->busy;
    case LabStepWhen::Readable: return row && row->readable && !row->busy;
    }
    if (!row || row->busy)
        return false;
    if (step.request.call == LabCall::SendTo) {
        LabRequest r;
        return labRecipeRequest(step, progress, rows, r);
    }
    return true;
}

std::size_t labRecipeNextStep(const LabRecipe& recipe, const LabRecipeProgress& progress)
{
    for (std::size_t i = 0; i < recipe.steps.size(); ++i)
        if (i >= progress.done.size() || !progress.done[i])
            return i;
    return recipe.steps.size();
}

void labRecipeRecord(const LabRecipe& recipe, std::size_t step, const LabResult& result, LabRecipeProgress& progress)
{
    if (step >= recipe.steps.size() || !result.performed)
        return;
    if (result.ret == -1 && !recipe.steps[step].expectsFailure)
        return;
    progress.done.resize(recipe.steps.size(), false);
    progress.done[step] = true;
    const LabRecipeStep& s = recipe.steps[step];
    if (s.request.call == LabCall::Socket)
        progress.roles[s.role] = result.created;
    else if (!s.createsRole.empty() && !result.created.empty())
        progress.roles[s.createsRole] = result.created;
}

std::size_t labRecipeStepMadeByHand(const LabRecipe& recipe, const LabRecipeProgress& progress,
                                    const std::vector<LabSocketRow>& rows, const LabResult& result)
{
    const std::size_t next = labRecipeNextStep(recipe, progress);
    if (next >= recipe.steps.size() || !result.performed)
        return recipe.steps.size();
    const LabRecipeStep& s = recipe.steps[next];
    const LabRequest& made = result.request;
    if (made.call != s.request.call)
        return recipe.steps.size();
    bool same = false;
    if (s.request.call == LabCall::Socket) {
        same = made.domain == s.request.domain && made.type == s.request.type && !roleRow(s, progress, rows);
    } else {
        const auto it = progress.roles.find(s.role);
        same = it != progress.roles.end() && it->second == made.target;
    }
    return same ? next : recipe.steps.size();
}

} // namespace sockscope
