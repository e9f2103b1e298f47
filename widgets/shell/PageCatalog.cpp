#include "PageCatalog.h"

#include "AddressPage.h"
#include "ByteOrderPage.h"
#include "ClientConsolePage.h"
#include "EchoServerPage.h"
#include "HostsPage.h"
#include "MessageLibrary.h"
#include "ProtocolsPage.h"
#include "ResolverPage.h"
#include "ServicesPage.h"
#include "ServerConsolePage.h"
#include "SockaddrLayoutPage.h"
#include "SocketLabPage.h"
#include "SocketOptionsPage.h"
#include "SocketTablePage.h"
#include "WirePage.h"

namespace sockscope {

std::vector<Page*> createPages(QWidget* parent, LookupService& lookups)
{
    // One library of saved messages for both consoles, kept in the app's data folder. What load()
    // found wrong (a corrupt file, kept aside as .bak) the consoles' panels show.
    auto messages = std::make_shared<MessageLibrary>();
    messages->setFilePath(MessageLibrary::defaultPath());
    messages->load();
    // Only finished topics appear; the sidebar and Ctrl+1… follow this order.
    return {
        new ByteOrderPage(parent),
        new AddressPage(parent),
        new SockaddrLayoutPage(parent),
        new HostsPage(lookups, parent),
        new ProtocolsPage(lookups, parent),
        new ServicesPage(lookups, parent),
        new ResolverPage(lookups, parent),
        new SocketLabPage(parent),
        new ClientConsolePage(parent, messages),
        new ServerConsolePage(parent, messages),
        new SocketOptionsPage(parent),
        new EchoServerPage(parent),
        new SocketTablePage(parent),
        new WirePage(parent),
    };
}

} // namespace sockscope
