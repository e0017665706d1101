#include "core/adjust/submissionreference.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace Glance::SubmissionReference {

QString newToken()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString token;
    for (int i = 0; i < 6; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    return token;
}

QString make(const QString &token, int position, int attempt)
{
    if (token.isEmpty())
        return {};
    return QStringLiteral("GI-%1-%2.%3").arg(token).arg(position + 1).arg(attempt);
}

QString notesWith(const QString &notes, const QString &reference)
{
    if (reference.isEmpty())
        return notes;
    const QString bracketed = QLatin1Char('[') + reference + QLatin1Char(']');
    return notes.isEmpty() ? bracketed : notes + QLatin1Char(' ') + bracketed;
}

bool contains(const QString &notes, const QString &reference)
{
    return !reference.isEmpty() && notes.contains(QLatin1Char('[') + reference + QLatin1Char(']'));
}

bool carriesAny(const QString &notes)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\[GI-[0-9A-Z]{6}-[0-9]+\.[0-9]+\])"));
    return pattern.match(notes).hasMatch();
}

} // namespace Glance::SubmissionReference
