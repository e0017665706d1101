#include "core/text/languagecode.h"

#include <QRegularExpression>

namespace Glance::LanguageCode {

QStringList supported()
{
    return {QStringLiteral("he"), QStringLiteral("en")};
}

QString normalized(const QString &code)
{
    QString language = code.trimmed().toLower();
    const qsizetype separator = language.indexOf(QRegularExpression(QStringLiteral("[-_.@]")));
    if (separator >= 0)
        language.truncate(separator);
    if (language == QLatin1String("iw"))
        language = QStringLiteral("he");
    return supported().contains(language) ? language : QString();
}

QString fromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString withValue = QStringLiteral("--lang=");
    QString value;
    // Skip the program name; the last --lang wins, as with QCommandLineParser::value().
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option) {
            if (i + 1 < arguments.size())
                value = arguments.at(++i);
        } else if (argument.startsWith(withValue)) {
            value = argument.mid(withValue.size());
        }
    }
    return value;
}

} // namespace Glance::LanguageCode
