#include "PageCatalog.h"

#include "AddressPage.h"
#include "ByteOrderPage.h"
#include "SockaddrLayoutPage.h"

namespace sockscope {

std::vector<Page*> createPages(QWidget* parent)
{
    // Only finished topics appear; the sidebar and Ctrl+1… follow this order.
    return {
        new ByteOrderPage(parent),
        new AddressPage(parent),
        new SockaddrLayoutPage(parent),
    };
}

} // namespace sockscope
