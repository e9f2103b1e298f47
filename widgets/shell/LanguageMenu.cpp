#include "LanguageMenu.h"

#include <QActionGroup>
#include <QSettings>

namespace sockscope {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    struct Choice {
        QString localeName;
        QString label;
    };
    // Each language is named in itself, so a user can find theirs whatever the current language is.
    const Choice choices[] = {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_TW"), QStringLiteral("中文(台灣)")},
    };
    const QString current = QSettings().value(settingsKey()).toString();
    auto* group = new QActionGroup(this);
    for (const Choice& c : choices) {
        QAction* action = addAction(c.label);
        action->setCheckable(true);
        action->setChecked(c.localeName == current);
        action->setData(c.localeName);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString localeName = action->data().toString();
        QSettings settings;
        if (localeName.isEmpty())
            settings.remove(settingsKey());
        else
            settings.setValue(settingsKey(), localeName);
        emit languageChosen(localeName);
    });
}

} // namespace sockscope
