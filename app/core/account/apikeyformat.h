#pragma once

#include <QCoreApplication>
#include <QString>

namespace Glance {

// What an API key must look like before it is sent anywhere. Glance keys are one word of
// printable ASCII (e.g. glnc_sk_…); anything else is a copy-and-paste accident.
class ApiKeyFormat
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyFormat)

public:
    enum class Problem {
        None,
        Empty,
        Whitespace, // spaces, tabs or line breaks inside the key
        OtherCharacters, // control characters or characters outside printable ASCII
    };

    // What a paste gives, with surrounding whitespace (spaces, line breaks) removed.
    static QString normalized(const QString &text);

    // Checks an already normalized key.
    static Problem check(const QString &key);

    // The sentence the sign-in dialog shows (empty for None).
    static QString message(Problem problem);
};

} // namespace Glance
