#pragma once

#include <QString>
#include <QStringList>

namespace Glance::LanguageCode {

// The languages the app is translated into, as stored in AppSettings::language() and given to
// --lang: "he", "en".
QStringList supported();

// "he", "HE", "he_IL", "he-IL" and the old "iw" give "he"; "en", "en_GB" give "en"; anything
// else (also "") gives an empty string.
QString normalized(const QString &code);

// The value of --lang in a command line (QCoreApplication::arguments(), program name first),
// found before the command line is parsed, so that the translations are in place when --help
// prints. Accepts "--lang he" and "--lang=he"; stops at "--". Empty when absent; the raw value
// otherwise (normalized() tells whether it is usable).
QString fromArguments(const QStringList &arguments);

} // namespace Glance::LanguageCode
