#pragma once
// The pages in the chapter's order. A new topic is one line in PageCatalog.cpp.

#include <vector>

class QWidget;

namespace sockscope {

class Page;

std::vector<Page*> createPages(QWidget* parent);

} // namespace sockscope
