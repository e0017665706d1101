#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace Glance {

// A parsed number, or why the text is not acceptable (one sentence for the user).
struct NumberCheck
{
    std::optional<qint64> value;
    QString error;

    bool ok() const { return value.has_value(); }
};

// Validation of what users type into record dialogs, the batch editor and imported sheets.
// Numbers are whole, within the API's 32-bit range, read in the C locale or `locale` (group
// separators allowed), with "+", "-" or the Unicode minus sign.
class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheck)

public:
    static constexpr qint64 MaxQuantity = 2147483647; // the API's 32-bit limit
    static constexpr int LocationMaxLength = 255;
    static constexpr int ReasonMaxLength = 255;
    static constexpr int NotesMaxLength = 2000;
    static constexpr int SkuMaxLength = 100;

    // A stock quantity: whole, 0 or more. Empty text is an error.
    static NumberCheck quantity(const QString &text, const QLocale &locale = QLocale());
    // An adjustment amount: whole, not 0, between -MaxQuantity and MaxQuantity.
    static NumberCheck amount(const QString &text, const QLocale &locale = QLocale());
    // A warehouse or product id typed by hand: whole, 1 or more.
    static NumberCheck id(const QString &text, const QLocale &locale = QLocale());

    // Empty when acceptable.
    static QString skuError(const QString &trimmedSku, const QLocale &locale = QLocale());
    static QString locationError(const QString &trimmedLocation, const QLocale &locale = QLocale());
    static QString reasonError(const QString &reason, bool required,
                               const QLocale &locale = QLocale());
    static QString notesError(const QString &notes, const QLocale &locale = QLocale());

    // The whole number in `text` (nullopt when it is not one; `overflow` set when it is one but
    // too large for 64 bits).
    static std::optional<qint64> parseWhole(const QString &text, const QLocale &locale,
                                            bool *overflow = nullptr);
};

} // namespace Glance
