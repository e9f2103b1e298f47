#pragma once
// The top of every page: the topic as a heading and a short paragraph in the chapter's terms.

class QString;
class QWidget;

namespace sockscope {

QWidget* createPageHeader(const QString& title, const QString& introduction);

} // namespace sockscope
