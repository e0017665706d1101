#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Glance {

// The languages the Settings dialog offers and the locale each stands for.
class LanguageChoice
{
public:
    struct Option
    {
        QString code; // "" = follow the system
        QString name; // the language's own name ("עברית", "English"); empty for the system
    };

    // System, Hebrew, English.
    static QList<Option> options();

    // The locale for a stored AppSettings::language() code ("" or unknown: the system's).
    static QLocale localeFor(const QString &code);
};

} // namespace Glance
