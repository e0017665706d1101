#include "core/adjust/fieldcheck.h"

#include <QRegularExpression>

namespace Glance {

namespace {

QString normalized(const QString &text)
{
    QString out = text.trimmed();
    out.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    out.remove(QChar(0x00A0)); // no-break spaces: group separators in some locales
    out.remove(QChar(0x202F));
    out.remove(QChar(0x200E)); // LRM / RLM marks pasted from right-to-left text
    out.remove(QChar(0x200F));
    return out;
}

} // namespace

std::optional<qint64> FieldCheck::parseWhole(const QString &text, const QLocale &locale,
                                             bool *overflow)
{
    if (overflow)
        *overflow = false;
    QString value = normalized(text);
    if (value.isEmpty())
        return std::nullopt;
    if (value.startsWith(QLatin1Char('+')))
        value.remove(0, 1);
    // Plain digits first (the C locale), then the user's locale with its group separators.
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]+$"));
    bool ok = false;
    qint64 number = 0;
    if (plain.match(value).hasMatch()) {
        number = value.toLongLong(&ok);
        if (!ok) {
            if (overflow)
                *overflow = true;
            return std::nullopt;
        }
        return number;
    }
    number = locale.toLongLong(value, &ok);
    if (ok)
        return number;
    return std::nullopt;
}

NumberCheck FieldCheck::quantity(const QString &text, const QLocale &locale)
{
    NumberCheck check;
    if (text.trimmed().isEmpty()) {
        check.error = tr("Enter a quantity (a whole number, 0 or more).");
        return check;
    }
    bool overflow = false;
    const std::optional<qint64> number = parseWhole(text, locale, &overflow);
    if (!number && !overflow) {
        check.error = tr("“%1” is not a whole number. Enter a quantity such as 0, 12 or 250.")
                              .arg(text.trimmed().left(40));
    } else if (overflow || *number > MaxQuantity) {
        check.error =
                tr("The quantity is too large: at most %1.").arg(locale.toString(MaxQuantity));
    } else if (*number < 0) {
        check.error = tr("The quantity cannot be negative. To take stock away, use "
                         "“Adjust” with a negative amount.");
    } else {
        check.value = number;
    }
    return check;
}

NumberCheck FieldCheck::amount(const QString &text, const QLocale &locale)
{
    NumberCheck check;
    if (text.trimmed().isEmpty()) {
        check.error = tr("Enter an amount: how many to add (e.g. 5) or remove (e.g. -5).");
        return check;
    }
    bool overflow = false;
    const std::optional<qint64> number = parseWhole(text, locale, &overflow);
    if (!number && !overflow) {
        check.error = tr("“%1” is not a whole number. Enter how many to add (e.g. 5) or remove "
                         "(e.g. -5).")
                              .arg(text.trimmed().left(40));
    } else if (overflow || *number > MaxQuantity || *number < -MaxQuantity) {
        check.error = tr("The amount is too large: at most %1 either way.")
                              .arg(locale.toString(MaxQuantity));
    } else if (*number == 0) {
        check.error = tr("The amount cannot be 0. Enter how many to add (e.g. 5) or remove "
                         "(e.g. -5).");
    } else {
        check.value = number;
    }
    return check;
}

NumberCheck FieldCheck::id(const QString &text, const QLocale &locale)
{
    NumberCheck check;
    bool overflow = false;
    const std::optional<qint64> number = parseWhole(text, locale, &overflow);
    if (text.trimmed().isEmpty())
        check.error = tr("Enter a number.");
    else if (!number || overflow || *number < 1 || *number > MaxQuantity)
        check.error = tr("“%1” is not a valid id: ids are whole numbers from 1 to %2.")
                              .arg(text.trimmed().left(40), locale.toString(MaxQuantity));
    else
        check.value = number;
    return check;
}

QString FieldCheck::locationError(const QString &trimmedLocation)
{
    if (trimmedLocation.size() > LocationMaxLength)
        return tr("The location is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(trimmedLocation.size()),
                     QLocale().toString(LocationMaxLength));
    return {};
}

QString FieldCheck::reasonError(const QString &reason, bool required)
{
    if (required && reason.trimmed().isEmpty())
        return tr("Choose a reason: reasons are required (Settings).");
    if (reason.size() > ReasonMaxLength)
        return tr("The reason is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(reason.size()), QLocale().toString(ReasonMaxLength));
    return {};
}

QString FieldCheck::notesError(const QString &notes)
{
    if (notes.size() > NotesMaxLength)
        return tr("The notes are too long: %1 characters, at most %2.")
                .arg(QLocale().toString(notes.size()), QLocale().toString(NotesMaxLength));
    return {};
}

} // namespace Glance
