#include "core/account/apikeyformat.h"

namespace Glance {

QString ApiKeyFormat::normalized(const QString &text)
{
    return text.trimmed();
}

ApiKeyFormat::Problem ApiKeyFormat::check(const QString &key)
{
    if (key.isEmpty())
        return Problem::Empty;
    bool other = false;
    for (const QChar c : key) {
        if (c.isSpace() || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return Problem::Whitespace;
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            other = true;
    }
    return other ? Problem::OtherCharacters : Problem::None;
}

QString ApiKeyFormat::message(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter the API key. You find it in Glance under Settings → API keys.");
    case Problem::Whitespace:
        return tr("This is not an API key: it contains spaces or line breaks. Copy the key "
                  "again from Glance (Settings → API keys) and paste only the key.");
    case Problem::OtherCharacters:
        return tr("This is not an API key: it contains characters an API key never has. Copy "
                  "the key again from Glance (Settings → API keys) and paste only the key.");
    }
    return {};
}

} // namespace Glance
