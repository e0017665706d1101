#include "core/adjust/fieldcheck.h"

#include "core/text/bidi.h"

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

// What a person typed, quoted back in a sentence: in its own direction, and not endless.
QString typed(const QString &text)
{
    return Bidi::name(text.trimmed().left(40));
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
                              .arg(typed(text));
    } else if (overflow || *number > MaxQuantity) {
        check.error = tr("The quantity is too large: at most %1.")
                              .arg(Bidi::quantity(MaxQuantity, locale));
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
    // The examples: "5" and "−5", each isolated so that a right-to-left sentence keeps the
    // minus sign in front of its number.
    const QString add = Bidi::quantity(5, locale);
    const QString remove = Bidi::signedAmount(-5, locale);
    if (text.trimmed().isEmpty()) {
        //: %1 and %2 are examples: 5 and −5
        check.error = tr("Enter an amount: how many to add (e.g. %1) or remove (e.g. %2).")
                              .arg(add, remove);
        return check;
    }
    bool overflow = false;
    const std::optional<qint64> number = parseWhole(text, locale, &overflow);
    if (!number && !overflow) {
        //: %1 is what was typed; %2 and %3 are examples: 5 and −5
        check.error = tr("“%1” is not a whole number. Enter how many to add (e.g. %2) or remove "
                         "(e.g. %3).")
                              .arg(typed(text), add, remove);
    } else if (overflow || *number > MaxQuantity || *number < -MaxQuantity) {
        check.error = tr("The amount is too large: at most %1 either way.")
                              .arg(Bidi::quantity(MaxQuantity, locale));
    } else if (*number == 0) {
        //: %1 and %2 are examples: 5 and −5
        check.error = tr("The amount cannot be 0. Enter how many to add (e.g. %1) or remove "
                         "(e.g. %2).")
                              .arg(add, remove);
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
                              .arg(typed(text), Bidi::number(MaxQuantity, locale));
    else
        check.value = number;
    return check;
}

QString FieldCheck::skuError(const QString &trimmedSku, const QLocale &locale)
{
    if (trimmedSku.size() > SkuMaxLength)
        //: %n is the length of the SKU (more than %1), %1 the most allowed
        return tr("The SKU is too long: %Ln characters, at most %1.", nullptr,
                  int(trimmedSku.size()))
                .arg(Bidi::number(SkuMaxLength, locale));
    return {};
}

QString FieldCheck::locationError(const QString &trimmedLocation, const QLocale &locale)
{
    if (trimmedLocation.size() > LocationMaxLength)
        //: %n is the length of the location (more than %1), %1 the most allowed
        return tr("The location is too long: %Ln characters, at most %1.", nullptr,
                  int(trimmedLocation.size()))
                .arg(Bidi::number(LocationMaxLength, locale));
    return {};
}

QString FieldCheck::reasonError(const QString &reason, bool required, const QLocale &locale)
{
    if (required && reason.trimmed().isEmpty())
        return tr("Choose a reason: reasons are required (Settings).");
    if (reason.size() > ReasonMaxLength)
        //: %n is the length of the reason (more than %1), %1 the most allowed
        return tr("The reason is too long: %Ln characters, at most %1.", nullptr,
                  int(reason.size()))
                .arg(Bidi::number(ReasonMaxLength, locale));
    return {};
}

QString FieldCheck::notesError(const QString &notes, const QLocale &locale)
{
    if (notes.size() > NotesMaxLength)
        //: %n is the length of the notes (more than %1), %1 the most allowed
        return tr("The notes are too long: %Ln characters, at most %1.", nullptr, int(notes.size()))
                .arg(Bidi::number(NotesMaxLength, locale));
    return {};
}

} // namespace Glance
