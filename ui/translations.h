#pragma once

#include <QLocale>

namespace Glance {

// Loads the application's and Qt's own translations for `locale` into the application.
// Replaces translators installed by an earlier call; the layout direction follows.
void installTranslations(const QLocale &locale);

} // namespace Glance
