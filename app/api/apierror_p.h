#pragma once

// Shared by apierror.cpp and apierrorissues.cpp (the two halves of ApiError); not installed.

#include "api/apierror.h"
#include "core/text/bidi.h"

#include <QLocale>
#include <QString>

namespace Glance::ApiErrorText {

// The server's own words (English, or whatever it sent), in quotes and isolated.
inline QString quoted(const QString &text)
{
    return ApiError::tr("\u201c%1\u201d").arg(Bidi::name(text));
}

// How many issue sentences one message lists before it only counts the rest.
inline constexpr int kMaxIssueSentences = 3;

} // namespace Glance::ApiErrorText
