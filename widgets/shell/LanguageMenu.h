#pragma once
// View ▸ Language: the user's choice of interface language, kept in QSettings under
// settingsKey(). The application reads it at start, so a change applies after a restart.

#include <QMenu>

namespace sockscope {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    // QSettings key; the value is a locale name ("de", "zh_TW", "en") or empty for the system's.
    static QString settingsKey() { return QStringLiteral("ui/language"); }

    explicit LanguageMenu(QWidget* parent = nullptr);

signals:
    void languageChosen(const QString& localeName);
};

} // namespace sockscope
