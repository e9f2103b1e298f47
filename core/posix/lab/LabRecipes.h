#pragma once
// The chapter's sequences as guided recipes for the socket lab: each step is a call with its arguments,
// made on one of the recipe's sockets (its "roles": server, client, conn, …), and enabled only when the
// live table says it makes sense (bind on an unbound socket, accept on a listening one, …). The words
// for each recipe and step live in core/services/LabMessages.cpp, keyed by the ids here.

#include "SocketLabTypes.h"

#include <map>
#include <string>
#include <vector>

namespace sockscope {

// When a step makes sense, judged on its role's row in the table.
enum class LabStepWhen {
    RoleAbsent,      // socket(): the role has no open socket yet
    Open,            // the role's socket is open
    Unbound,         // open and not bound yet
    BoundIdle,       // bound, neither listening nor connected
    Listening,       // listen() was called
    Unconnected,     // open, not connected (and the target's port is known)
    Connected,       // has a peer
    Readable,        // poll() says readable
};

struct LabRecipeStep {
    std::string id;           // "tcp-server/bind": the key of its words in LabMessages
    std::string role;         // the socket it acts on ("server"); for socket() the one it creates
    std::string createsRole;  // accept(), dup(): the role of the socket it creates
    LabRequest request;       // the arguments (data as typed text, C escapes); target is filled in from the role
    LabStepWhen when = LabStepWhen::Open;
    // connect(), sendto(): the port is the local port of this role's socket; "*listening" means any
    // listening TCP socket of the lab (the server recipe's, usually).
    std::string portFrom;
    // The step shows a failure (lseek → ESPIPE): done once made, whatever the kernel answered.
    bool expectsFailure = false;
};

struct LabRecipe {
    std::string id; // "tcp-server"
    std::vector<LabRecipeStep> steps;
};

std::vector<LabRecipe> labRecipes();

// One recipe in progress: which lab socket plays which role, and which steps succeeded.
struct LabRecipeProgress {
    std::map<std::string, std::string> roles; // role → lab id
    std::vector<bool> done;                   // per step
};

// The step's request with the target and a derived port filled in; false when the port is not known yet.
bool labRecipeRequest(const LabRecipeStep& step, const LabRecipeProgress& progress,
                      const std::vector<LabSocketRow>& rows, LabRequest& out);
// True when the step can be made now.
bool labRecipeStepEnabled(const LabRecipeStep& step, const LabRecipeProgress& progress,
                          const std::vector<LabSocketRow>& rows);
// The first step not yet done (steps.size() when all are).
std::size_t labRecipeNextStep(const LabRecipe& recipe, const LabRecipeProgress& progress);
// Records a finished step: marks it done when the call succeeded (or was made, for a step that shows a
// failure) and takes the role of a created socket.
void labRecipeRecord(const LabRecipe& recipe, std::size_t step, const LabResult& result, LabRecipeProgress& progress);
// A call the user made by hand (from the lab's tabs, not the recipe's buttons): the recipe's next step
// when it is the same call on the step's socket (socket(): the same domain and type, the role still
// free); otherwise steps.size(). The caller then records it with labRecipeRecord.
std::size_t labRecipeStepMadeByHand(const LabRecipe& recipe, const LabRecipeProgress& progress,
                                    const std::vector<LabSocketRow>& rows, const LabResult& result);

} // namespace sockscope
