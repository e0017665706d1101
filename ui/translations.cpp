#include "ui/translations.h"

#include "core/text/languagecode.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace Glance {

namespace {

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

QLocale::Language languageOf(const QString &code)
{
    return code == QLatin1String("he") ? QLocale::Hebrew : QLocale::English;
}

QLocale::Territory defaultTerritory(QLocale::Language language)
{
    return language == QLocale::Hebrew ? QLocale::Israel : QLocale::UnitedStates;
}

QLocale localeFor(QLocale::Language language, const QLocale &system)
{
    if (system.language() == language)
        return system;
    const QLocale regional(language, system.territory());
    if (system.territory() != QLocale::AnyTerritory && regional.language() == language
        && regional.territory() == system.territory())
        return regional;
    return QLocale(language, defaultTerritory(language));
}

// Where Qt's own translations may be: Qt's installation (Linux packages), or a "translations"
// folder next to the executable (windeployqt, macdeployqt).
QStringList qtTranslationDirs()
{
    QStringList dirs {QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    if (QCoreApplication::instance())
        dirs << QDir(QCoreApplication::applicationDirPath())
                        .filePath(QStringLiteral("translations"));
    return dirs;
}

bool s_qtTranslationsLoaded = false;

} // namespace

QLocale chooseLocale(const QString &commandLineLang, const QString &settingsLang,
                     const QLocale &system)
{
    for (const QString &code : {commandLineLang, settingsLang}) {
        const QString language = LanguageCode::normalized(code);
        if (!language.isEmpty())
            return localeFor(languageOf(language), system);
    }
    const bool translated =
            system.language() == QLocale::Hebrew || system.language() == QLocale::English;
    return localeFor(translated ? system.language() : QLocale::English, system);
}

void installTranslations(const QLocale &locale)
{
    auto qt = std::make_unique<QTranslator>();
    bool qtLoaded = false;
    for (const QString &dir : qtTranslationDirs()) {
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            qtLoaded = true;
            break;
        }
    }
    if (!qtLoaded)
        qt.reset();
    s_qtTranslationsLoaded = qtLoaded && !qt->isEmpty();
    replace(qtTranslator(), std::move(qt));

    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("glance"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.reset();
    replace(appTranslator(), std::move(app));

    // Qt adds it to every window title that does not already end with it ("Settings — Glance
    // Inventory"), so it must speak the language of the titles.
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate(
            "Glance::Application", "Glance Inventory", "the application's name in window titles"));
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        // A widget takes the default locale when it is created and keeps it; re-resolving it
        // sends QEvent::LocaleChange through every window that did not set its own, so numbers
        // and dates already shown are formatted again.
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (!window->testAttribute(Qt::WA_SetLocale))
                window->unsetLocale();
        }
    }
}

bool qtTranslationsLoaded()
{
    return s_qtTranslationsLoaded;
}

} // namespace Glance
