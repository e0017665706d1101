#include "core/text/textdecoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Glance {

namespace {

// Windows-1255 0x80–0xFF (as ICU, which leaves 0xCA undefined like the original table); U+FFFD
// where the code page has no character.
constexpr std::array<char16_t, 128> kWindows1255 = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
        0x02C6, 0x2030, 0xFFFD, 0x2039, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, // 0x88
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
        0x02DC, 0x2122, 0xFFFD, 0x203A, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, // 0x98
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AA, 0x00A5, 0x00A6, 0x00A7, // 0xA0
        0x00A8, 0x00A9, 0x00D7, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // 0xA8
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // 0xB0
        0x00B8, 0x00B9, 0x00F7, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, // 0xB8
        0x05B0, 0x05B1, 0x05B2, 0x05B3, 0x05B4, 0x05B5, 0x05B6, 0x05B7, // 0xC0
        0x05B8, 0x05B9, 0xFFFD, 0x05BB, 0x05BC, 0x05BD, 0x05BE, 0x05BF, // 0xC8
        0x05C0, 0x05C1, 0x05C2, 0x05C3, 0x05F0, 0x05F1, 0x05F2, 0x05F3, // 0xD0
        0x05F4, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, // 0xD8
        0x05D0, 0x05D1, 0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7, // 0xE0
        0x05D8, 0x05D9, 0x05DA, 0x05DB, 0x05DC, 0x05DD, 0x05DE, 0x05DF, // 0xE8
        0x05E0, 0x05E1, 0x05E2, 0x05E3, 0x05E4, 0x05E5, 0x05E6, 0x05E7, // 0xF0
        0x05E8, 0x05E9, 0x05EA, 0xFFFD, 0xFFFD, 0x200E, 0x200F, 0xFFFD, // 0xF8
};

constexpr const char *kWindows1255Name = "windows-1255";

// Whether the first 4 KiB look like UTF-16 without a BOM: NUL bytes in at least a quarter of the
// odd (LE) or even (BE) positions (the high bytes of ASCII digits, commas and line breaks, even
// in a Hebrew file, whose letters have the high byte 0x05) and almost never in the others.
// 8-bit text has no NUL bytes at all. Returns 0 when not, 1 for LE, 2 for BE.
int utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return 0;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += bytes.at(i) == '\0';
        oddNuls += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddNuls * 4 >= pairs && evenNuls * 50 <= pairs)
        return 1;
    if (evenNuls * 4 >= pairs && oddNuls * 50 <= pairs)
        return 2;
    return 0;
}

} // namespace

TextEncoding TextDecoding::detect(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (bytes.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    if (const int utf16 = utf16WithoutBom(bytes))
        return utf16 == 1 ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8(bytes);
    Q_UNUSED(text);
    return utf8.hasError() ? TextEncoding::Windows1255 : TextEncoding::Utf8;
}

QString TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding)
{
    QString text;
    switch (encoding) {
    case TextEncoding::Utf8: {
        QStringDecoder decoder(QStringConverter::Utf8); // skips a BOM
        text = decoder(bytes);
        break;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringDecoder decoder(encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                 : QStringConverter::Utf16BE);
        text = decoder(bytes);
        break;
    }
    case TextEncoding::Windows1255: {
        QStringDecoder decoder(kWindows1255Name);
        text = decoder.isValid() ? QString(decoder(bytes)) : decodeWindows1255WithTable(bytes);
        break;
    }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

bool TextDecoding::systemHasWindows1255()
{
    return QStringDecoder(kWindows1255Name).isValid();
}

QString TextDecoding::decodeWindows1255WithTable(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = QChar(b < 0x80 ? char16_t(b) : kWindows1255[b - 0x80]);
    }
    return text;
}

bool TextDecoding::isUnwanted(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r';
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF;
}

QString TextDecoding::withoutUnwanted(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isUnwanted))
        return text;
    QString clean = text;
    clean.removeIf(isUnwanted);
    return clean;
}

} // namespace Glance
