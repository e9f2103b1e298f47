#pragma once
// What the GUI tests share: a real main window opened on one page, with settings kept apart from the
// user's; a field retyped as a user would; a child found by object name or the test stopped.

#include "MainWindow.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace sockscope::testing {

// Settings of the test's own (never the user's), cleared: call first in initTestCase.
inline void useTestSettings(const char* testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope-tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings().clear();
}

// A shown main window on its page of type P; nullptr (and the window unset) if there is none.
template <typename P>
P* openPage(std::unique_ptr<MainWindow>& window)
{
    window = std::make_unique<MainWindow>();
    P* page = nullptr;
    for (int i = 0; i < window->pageCount() && !page; ++i)
        if ((page = qobject_cast<P*>(window->page(i))))
            window->showPage(i);
    if (!page)
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return page;
}

// Focus, select all, erase, type: as a user replaces a field's text.
inline void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

template <typename T>
T* childNamed(const QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

} // namespace sockscope::testing
