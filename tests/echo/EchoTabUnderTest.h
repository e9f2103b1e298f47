#pragma once
// Starting a server from the echo page as a user does, for the page's tests and the load form's.

#include "EchoServerTab.h"
#include "PageUnderTest.h"

#include <QPushButton>
#include <QTest>

namespace sockscope::testing {

// Clicks the tab's Start and waits (10 s at most) until it listens; returns the bound port, or 0.
inline int startByClick(EchoServerTab* tab)
{
    QTest::mouseClick(childNamed<QPushButton>(tab, "echoStartButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([tab] { return tab->isRunning(); }, 10000))
        return 0;
    return tab->boundPort();
}

} // namespace sockscope::testing
