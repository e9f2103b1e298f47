#pragma once
// Whether this test runs inside the namespace of tests/netns/with-broadcast-dummy.sh: the variable the
// script sets, and nothing but its own interfaces (lo and bc0, with bc1 where bc0 is a veth). A stray
// SOCKSCOPE_TEST_BROADCAST on a real machine does not make a test send to a broadcast address there.

#include <QtGlobal>

#include <net/if.h>

#include <set>
#include <string>

namespace sockscope::testing {

inline bool inBroadcastNamespace()
{
    if (qEnvironmentVariableIntValue("SOCKSCOPE_TEST_BROADCAST") != 1)
        return false;
    const std::set<std::string> allowed{"lo", "bc0", "bc1"};
    struct if_nameindex* list = ::if_nameindex();
    if (!list)
        return false;
    bool ok = ::if_nametoindex("bc0") != 0;
    for (struct if_nameindex* i = list; i->if_index != 0; ++i)
        ok = ok && allowed.count(i->if_name) == 1;
    ::if_freenameindex(list);
    return ok;
}

} // namespace sockscope::testing
