#include "core/text/bidi.h"

#include <QUrl>

#include <cmath>
#include <limits>

namespace Glance::Bidi {

namespace {

QString wrap(char16_t opening, QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QChar(opening);
    out += text;
    out += QChar(PopDirectionalIsolate);
    return out;
}

bool isIsolateInitiator(char32_t c)
{
    return c == LeftToRightIsolate || c == RightToLeftIsolate || c == FirstStrongIsolate;
}

quint64 magnitude(qint64 value)
{
    // Well defined for the most negative value too.
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

bool isMinus(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(MinusSign);
}

} // namespace

QString isolateLtr(QStringView text)
{
    return wrap(LeftToRightIsolate, text);
}

QString isolateRtl(QStringView text)
{
    return wrap(RightToLeftIsolate, text);
}

QString isolate(QStringView text)
{
    return wrap(FirstStrongIsolate, text);
}

QString sku(QStringView sku)
{
    return isolateLtr(sku);
}

QString location(QStringView location)
{
    return isolate(location);
}

QString name(QStringView name)
{
    return isolate(name);
}

QString url(const QUrl &url)
{
    return isolateLtr(url.toDisplayString());
}

QString apiKey(QStringView key)
{
    return isolateLtr(key);
}

QString number(qint64 value, const QLocale &locale)
{
    return isolateLtr(locale.toString(value));
}

QString quantity(qint64 value, const QLocale &locale)
{
    return isolateLtr(formatQuantity(value, locale));
}

QString signedAmount(qint64 delta, const QLocale &locale)
{
    return isolateLtr(formatSignedAmount(delta, locale));
}

QString forDirection(QStringView value, Qt::LayoutDirection direction)
{
    const QChar mark(direction == Qt::RightToLeft ? RightToLeftMark : LeftToRightMark);
    return mark + isolate(value);
}

QString formatQuantity(qint64 value, const QLocale &locale)
{
    const QString digits = locale.toString(qulonglong(magnitude(value)));
    return value < 0 ? QChar(MinusSign) + digits : digits;
}

namespace {

// The digits of a magnitude with the sign of a change: "+", U+2212, or none for zero.
QString withSign(const QString &digits, bool negative, bool positive)
{
    if (negative)
        return QChar(MinusSign) + digits;
    if (positive)
        return QLatin1Char('+') + digits;
    return digits;
}

} // namespace

QString formatSignedAmount(qint64 delta, const QLocale &locale)
{
    return withSign(locale.toString(qulonglong(magnitude(delta))), delta<0, delta> 0);
}

QString formatSignedMoney(double delta, const QLocale &locale)
{
    // Rounded to the cent first, so that −0.001 reads "0.00" without a sign.
    const double cents = std::round(delta * 100.0);
    return withSign(locale.toString(std::fabs(cents) / 100.0, 'f', 2), cents<0, cents> 0);
}

QString signedMoney(double delta, const QLocale &locale)
{
    return isolateLtr(formatSignedMoney(delta, locale));
}

std::optional<qint64> parseSignedAmount(QStringView text, const QLocale &locale)
{
    const QString clean = stripFormatting(text).trimmed();
    if (clean.isEmpty())
        return std::nullopt;
    bool negative = false;
    QStringView rest(clean);
    if (isMinus(rest.front())) {
        negative = true;
        rest = rest.sliced(1);
    } else if (rest.front() == QLatin1Char('+')) {
        rest = rest.sliced(1);
    }
    rest = rest.trimmed();
    // One sign only, and the number must follow it.
    if (rest.isEmpty() || !rest.front().isDigit())
        return std::nullopt;
    bool ok = false;
    qulonglong value = locale.toULongLong(rest, &ok);
    if (!ok)
        value = QLocale::c().toULongLong(rest, &ok);
    if (!ok)
        return std::nullopt;
    constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
    if (negative) {
        if (value > maxPositive + 1)
            return std::nullopt;
        return value == maxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(value);
    }
    if (value > maxPositive)
        return std::nullopt;
    return qint64(value);
}

Qt::LayoutDirection firstStrongDirection(QStringView text)
{
    int depth = 0; // inside isolates: skipped (UAX #9 P2)
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isIsolateInitiator(c)) {
            ++depth;
            continue;
        }
        if (c == PopDirectionalIsolate) {
            if (depth > 0)
                --depth;
            continue;
        }
        if (depth > 0)
            continue;
        switch (QChar::direction(c)) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return Qt::LayoutDirectionAuto;
}

bool isFormattingCharacter(char16_t c)
{
    switch (c) {
    case LeftToRightMark:
    case RightToLeftMark:
    case u'\u061C': // ARABIC LETTER MARK
    case u'\u202A': // LRE
    case u'\u202B': // RLE
    case u'\u202C': // PDF
    case u'\u202D': // LRO
    case u'\u202E': // RLO
    case LeftToRightIsolate:
    case RightToLeftIsolate:
    case FirstStrongIsolate:
    case PopDirectionalIsolate:
        return true;
    default:
        return false;
    }
}

QString stripFormatting(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isFormattingCharacter(c.unicode()))
            out += c;
    }
    return out;
}

} // namespace Glance::Bidi
