#include "ui/account/languagechoice.h"

namespace Glance {

QList<LanguageChoice::Option> LanguageChoice::options()
{
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    return {
            {QString(), QString()},
            {QStringLiteral("he"), QStringLiteral("עברית")},
            {QStringLiteral("en"), QStringLiteral("English")},
    };
}

QLocale LanguageChoice::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    QLocale::Language language = QLocale::AnyLanguage;
    QLocale::Territory territory = QLocale::AnyTerritory;
    if (code == QLatin1String("he")) {
        language = QLocale::Hebrew;
        territory = QLocale::Israel;
    } else if (code == QLatin1String("en")) {
        language = QLocale::English;
        territory = QLocale::UnitedStates;
    } else {
        return system;
    }
    // Keep the system's regional formats when it already speaks the chosen language.
    if (system.language() == language)
        return system;
    return QLocale(language, territory);
}

} // namespace Glance
