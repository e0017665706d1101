#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

#include <utility>

namespace Glance::Test {

// A translator made of (source text → translation) pairs, whatever the context: for tests that
// compose sentences in Hebrew without the embedded .qm files. Give it translations whose
// placeholders are NOT wrapped in isolates (as a translator might forget them), so the test
// shows that the code isolates every value itself. Install it with
// QCoreApplication::installTranslator(); untranslated sources fall back to English.
class SourceTranslator : public QTranslator
{
public:
    explicit SourceTranslator(QHash<QString, QString> translations)
        : m_translations(std::move(translations))
    {
    }

    bool isEmpty() const override { return m_translations.isEmpty(); }

    QString translate(const char *, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return m_translations.value(QString::fromUtf8(sourceText));
    }

private:
    QHash<QString, QString> m_translations;
};

} // namespace Glance::Test
