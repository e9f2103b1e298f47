#include "KernelTcpStates.h"

#include "CallJournal.h"
#include "SocketTable.h"

#include <map>
#include <set>

namespace sockscope {

namespace {

// "7007" of "127.0.0.1:7007" or "[::1]:7007".
std::string portText(const std::string& endpoint)
{
    const auto colon = endpoint.rfind(':');
    return colon == std::string::npos ? std::string() : endpoint.substr(colon + 1);
}

} // namespace

bool sampleKernelTcpStates(const std::vector<std::pair<std::string, std::string>>& connections,
                           std::vector<KernelTcpState>& out)
{
    out.clear();
    UnjournalledCalls quiet;
    SocketTableQuery query;
    query.udp = false;
    query.unixSockets = false;
    query.processes = false;
    const SocketTableResult table = listMachineSockets(query);
    if (!table.ok)
        return false;
    std::map<std::pair<std::string, std::string>, const MachineSocket*> byPair;
    std::map<std::string, const MachineSocket*> listeners; // by address and port, and by port alone
    std::map<std::string, const MachineSocket*> listenersByPort; // a wildcard bind: 0.0.0.0, [::]
    for (const MachineSocket& s : table.sockets) {
        if (s.state == "LISTEN") {
            listeners.emplace(s.local, &s);
            if (s.local.rfind("0.0.0.0:", 0) == 0 || s.local.rfind("[::]:", 0) == 0)
                listenersByPort.emplace(portText(s.local), &s);
        }
        else
            byPair[{s.local, s.peer}] = &s;
    }
    std::set<std::pair<std::string, std::string>> done;
    auto add = [&](const std::string& endpoint, const std::string& peer) {
        if (!done.insert({endpoint, peer}).second)
            return;
        KernelTcpState k;
        k.endpoint = endpoint;
        k.peer = peer;
        if (auto it = byPair.find({endpoint, peer}); it != byPair.end()) {
            k.state = it->second->state;
            k.timer = it->second->timer;
            k.timerMs = it->second->timerMs;
        }
        out.push_back(std::move(k));
    };
    for (const auto& [endpoint, peer] : connections) {
        add(endpoint, peer);
        add(peer, endpoint);
    }
    for (const auto& [endpoint, peer] : connections) {
        for (const std::string* e : {&endpoint, &peer}) {
            const bool listening = listeners.count(*e) || listenersByPort.count(portText(*e));
            if (listening && done.insert({*e, std::string()}).second)
                out.push_back({*e, std::string(), "LISTEN", 0, {}});
        }
    }
    return true;
}

} // namespace sockscope
