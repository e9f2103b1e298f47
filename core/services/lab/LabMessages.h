#pragma once
// The socket lab's words for people: what the kernel just did after each call, why the lab made no
// call, the recipes' titles and step explanations, and escape errors. Translated in the GUI
// (context "LabMessages"); the keys come from core/posix (LabNote, recipe ids).

#include "SocketLabTypes.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace sockscope {

class LabMessages {
    Q_DECLARE_TR_FUNCTIONS(LabMessages)
public:
    // "The kernel created a TCP endpoint …": the explanation shown under a result.
    static QString explanation(const LabResult& result);
    // "-1 ECONNREFUSED (Connection refused)" or "0" / "fd 5": the return value as the results list shows it.
    static QString outcome(const LabResult& result);
    // The ICMP echo's and the IPv4 packet's detail: the request field by field, the checksum step by
    // step, the IPv4 header the lab built, the reply decoded. Empty for other calls.
    static QString echoDetail(const LabResult& result);
    // What net.ipv4.ping_group_range means for this process, for the ICMP echo form.
    static QString pingGroupSummary();

    static QString recipeTitle(const std::string& recipeId);
    static QString recipeSummary(const std::string& recipeId);
    // The step's button text and what it teaches.
    static QString stepTitle(const std::string& stepId);
    static QString stepText(const std::string& stepId);
    // What to watch for on the Wire page when the step is made (empty: nothing in particular).
    static QString stepWireHint(const std::string& stepId);

    // A table cell: "ESTABLISHED", "TIME_WAIT (no descriptor left)", …
    static QString stateText(const LabSocketRow& row);

private:
    static QString wireStepText(const std::string& stepId);
};

} // namespace sockscope
