#pragma once

#include <QLocale>
#include <QString>

namespace Glance {

// The locale the app runs in. The first usable of: `commandLineLang` (--lang), `settingsLang`
// (AppSettings::language()), the system's language. Codes are "he" and "en" (see
// LanguageCode::normalized(); "" or anything else is skipped).
//
// The regional formats follow `system` where they can: the system's own locale when it already
// speaks the chosen language, else the chosen language in the system's territory when Qt knows
// that pair (English on an Israeli system: en_IL, day-first dates), else the language's default
// (he_IL, en_US). A system language the app is not translated into gives English.
QLocale chooseLocale(const QString &commandLineLang, const QString &settingsLang,
                     const QLocale &system = QLocale::system());

// Loads the application's and Qt's own translations (qtbase_<lang>, so standard buttons and
// dialogs speak the language too) for `locale` into the application. Replaces translators
// installed by an earlier call. Also makes `locale` the default QLocale, sets the application's
// layout direction from it (Hebrew: right to left) and hands the new locale to every open window
// (QEvent::LocaleChange). Open windows retranslate themselves on the QEvent::LanguageChange that
// installing a translator sends. The application's display name (which the window system shows
// after every window title) is translated too: "Glance Inventory", "מלאי Glance".
void installTranslations(const QLocale &locale);

// Whether the last installTranslations() found Qt's own translations for its locale (English
// needs none, so false is normal there).
bool qtTranslationsLoaded();

} // namespace Glance
