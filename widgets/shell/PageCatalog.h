#pragma once
// The pages in the chapter's order. A new topic is one line in PageCatalog.cpp.

#include <vector>

class QWidget;

namespace sockscope {

class LookupService;
class Page;

// `lookups` is the application's one lookup service; the name-database and resolver pages send
// their lookups through it (it must outlive the pages).
std::vector<Page*> createPages(QWidget* parent, LookupService& lookups);

} // namespace sockscope
