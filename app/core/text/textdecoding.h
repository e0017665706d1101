#pragma once

#include <QByteArray>
#include <QString>

namespace Glance {

// The encodings a CSV file from an Israeli office comes in: Excel's "CSV UTF-8" (with a BOM) and
// plain UTF-8 (LibreOffice, Google Sheets, most systems), "Unicode text" (UTF-16 LE with a BOM;
// BE from some older systems), and Excel's plain "CSV" on a Hebrew Windows, which is
// Windows-1255, as are the exports of many older Israeli systems.
enum class TextEncoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1255,
};

// Bytes to text in those encodings, and the characters that must never reach a value.
class TextDecoding
{
public:
    // By the BOM; else UTF-16 when NUL bytes fill every other byte (UTF-16 without a BOM); else
    // UTF-8 when the bytes are valid UTF-8 (plain ASCII is too); else Windows-1255: bytes above
    // 0x7F that are not UTF-8 are what a Hebrew Windows writes.
    static TextEncoding detect(const QByteArray &bytes);

    // `bytes` as text in `encoding`, without its BOM. Bytes that are not text in it become
    // U+FFFD REPLACEMENT CHARACTER.
    static QString decode(const QByteArray &bytes, TextEncoding encoding);

    // Windows-1255 through ICU, as Qt offers it when built with ICU (Debian's Qt is), else
    // through the built-in table (Qt without ICU knows no Windows-1255).
    static bool systemHasWindows1255();
    static QString decodeWindows1255WithTable(const QByteArray &bytes);

    // Whether `c` must never reach a SKU, warehouse, reason or note: NUL and the other C0
    // controls but tab, line feed and carriage return; the invisible direction marks and
    // embeddings (U+200E/F, U+061C, U+202A–E, U+2066–9), which make a SKU look like another one
    // and travel into Glance; a stray BOM (U+FEFF).
    static bool isUnwanted(QChar c);
    static QString withoutUnwanted(const QString &text);
};

} // namespace Glance
