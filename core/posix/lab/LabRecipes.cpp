#include "LabRecipes.h"

#include <netinet/in.h>
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
    const LabSocketRow* row = rowOf(rows, it->second);
    return row && row->open ? row->localPort : 0;
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
