#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

class QUrl;

namespace Glance::Bidi {

// Right-to-left text (Hebrew) must never scramble a left-to-right value. Every value that is not
// free text goes into a composed sentence through one of these helpers, never bare:
//
//     tr("Moved %1 of %2 to %3").arg(Bidi::signedAmount(-5), Bidi::sku(sku),
//                                   Bidi::location(location));
//
// They wrap the value in Unicode isolates (UAX #9: LRI/FSI … PDI): inside, the value keeps its
// own order ("AB-120/3", "−5", "Shelf A3"); outside, it acts as one neutral character, so the
// sentence around it keeps its order too. Isolates are invisible and do nothing in an English
// sentence. Table cells do not need them: BidiItemDelegate (ui/i18n) applies the same rules.

inline constexpr char16_t LeftToRightIsolate = u'\u2066'; // LRI
inline constexpr char16_t RightToLeftIsolate = u'\u2067'; // RLI
inline constexpr char16_t FirstStrongIsolate = u'\u2068'; // FSI
inline constexpr char16_t PopDirectionalIsolate = u'\u2069'; // PDI
inline constexpr char16_t LeftToRightMark = u'\u200E'; // LRM
inline constexpr char16_t RightToLeftMark = u'\u200F'; // RLM
inline constexpr char16_t MinusSign = u'\u2212'; // "−", not the hyphen "-"

// What a table cell holds, for BidiItemDelegate (ui/i18n): a model may tell it per cell through
// CellKindRole (an int holding a CellKind), a view per column; otherwise the delegate guesses.
enum class CellKind {
    Auto, // guess: a number (numeric value or right/trailing alignment) or else Text
    Text, // free text (names, reasons): its own direction, aligned like the view
    Code, // SKU, barcode, URL, key: left to right, aligned like the view
    Number, // quantity, signed amount: left to right, aligned right in both directions
};
// Chosen far from the models' own roles (Qt::UserRole + 1, …).
inline constexpr int CellKindRole = Qt::UserRole + 0x0B1D;

// LRI text PDI: always left to right (codes, numbers, URLs, keys).
QString isolateLtr(QStringView text);
// RLI text PDI: always right to left.
QString isolateRtl(QStringView text);
// FSI text PDI: the direction of the text's first strong character (names, free text).
QString isolate(QStringView text);

// A SKU or any other code ("AB-120/3"): left to right.
QString sku(QStringView sku);
// A location inside a warehouse ("Shelf A3", "מדף 3"): its own direction.
QString location(QStringView location);
// A product or warehouse name, a reason, anything typed by a person: its own direction.
QString name(QStringView name);
// A web address, shown as the user would type it: left to right.
QString url(const QUrl &url);
// An API key or a masked one ("gl_live_••••3f9a"): left to right.
QString apiKey(QStringView key);
// An id, a row or line number, a status code or a count inside a sentence, through the locale
// ("row 102", "error 503"): left to right.
QString number(qint64 value, const QLocale &locale = QLocale());
// A quantity through the locale ("1,200", "−5"): left to right.
QString quantity(qint64 value, const QLocale &locale = QLocale());
// A change of stock with its sign ("+12", "−5", "0"): left to right.
QString signedAmount(qint64 delta, const QLocale &locale = QLocale());
// A change of value with its sign and two decimals ("+1,234.50", "−12.00"): left to right.
QString signedMoney(double delta, const QLocale &locale = QLocale());

// A value shown on its own in a widget that aligns by the direction of its text (QLabel does:
// "Widget Pro" or "0" would sit on the left of a Hebrew form): a mark for `direction` (RLM or
// LRM) first, so the widget aligns it like the window around it, then the value isolated.
//     valueLabel->setText(Bidi::forDirection(name, valueLabel->layoutDirection()));
QString forDirection(QStringView value, Qt::LayoutDirection direction);

// The same texts without isolates, for table cells and fields whose direction is set as a whole
// (BidiItemDelegate, a left-to-right QLineEdit). Digits and grouping come from `locale`; a
// negative value always carries U+2212 MINUS SIGN, which reads well in both languages (Qt's
// Hebrew locale would write LRM + hyphen).
QString formatQuantity(qint64 value, const QLocale &locale = QLocale());
QString formatSignedAmount(qint64 delta, const QLocale &locale = QLocale());
QString formatSignedMoney(double delta, const QLocale &locale = QLocale());

// Reads what a person typed or pasted as a signed whole number: "+12", "-5", "−5", "‎-5",
// "1,200" (the locale's grouping), surrounding spaces and directional marks ignored. nullopt when
// it is not one.
std::optional<qint64> parseSignedAmount(QStringView text, const QLocale &locale = QLocale());

// The direction of the first strong character outside isolates (UAX #9 rules P2/P3):
// Qt::LeftToRight, Qt::RightToLeft, or Qt::LayoutDirectionAuto when there is none (digits and
// punctuation only, or empty).
Qt::LayoutDirection firstStrongDirection(QStringView text);

// `text` without directional formatting characters (isolates, embeddings, overrides, marks), for
// the clipboard, files and comparisons.
QString stripFormatting(QStringView text);

// Whether `c` is one of the characters stripFormatting() removes.
bool isFormattingCharacter(char16_t c);

} // namespace Glance::Bidi
