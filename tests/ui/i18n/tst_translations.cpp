// The translations CI check: glance_he.ts is 100% finished (plural forms included, placeholders
// and accelerators kept, every placeholder between U+2068 and U+2069), glance_en.ts has its plural
// forms, and running lupdate over the sources with the build's options would not change either
// committed .ts file (the translations are up to date). lupdate runs on copies in a temporary
// folder; the messages are compared as sets of (context, source, comment, numerus), so lupdate's
// ordering does not matter.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms;

    QString key() const
    {
        return context + u'\x1f' + source + u'\x1f' + comment + u'\x1f' + (numerus ? u'n' : u's');
    }
    QString describe() const
    {
        QString text = context + QStringLiteral(": \"") + source + u'"';
        if (!comment.isEmpty())
            text += QStringLiteral(" (") + comment + u')';
        return text;
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    QSet<QString> keys() const
    {
        QSet<QString> set;
        for (const TsMessage &m : messages)
            set.insert(m.key());
        return set;
    }
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText();
            }
            ts.messages << message; // <translation> is the last child lupdate writes
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// Runs lupdate as the build does (same options, same sources) on `tsFiles`.
bool runLupdate(const QStringList &arguments, QString *output)
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&lupdate, &QProcess::finished);
    lupdate.start(QStringLiteral(GLANCE_LUPDATE), arguments);
    if (!finished.wait(180'000)) {
        *output = QStringLiteral("lupdate did not finish: ") + lupdate.errorString();
        lupdate.kill();
        return false;
    }
    *output = QString::fromLocal8Bit(lupdate.readAll());
    return lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
}

QStringList lupdateOptions()
{
    return QStringLiteral(GLANCE_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
}

// Whether `text`'s first strong letter, outside placeholders and Unicode isolates, is a left-to-
// right one (a Latin word), with no directional mark before it.
bool startsLeftToRight(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?n|%L?\\d+"));
    const QString plain = QString(text).remove(placeholder);
    int isolates = 0;
    for (const QChar c : plain) {
        const char16_t u = c.unicode();
        if (u == u'\u2066' || u == u'\u2067' || u == u'\u2068') {
            ++isolates;
            continue;
        }
        if (u == u'\u2069') {
            isolates = qMax(0, isolates - 1);
            continue;
        }
        if (isolates > 0)
            continue;
        if (u == u'\u200F')
            return false;
        if (u == u'\u200E')
            return true;
        switch (c.direction()) {
        case QChar::DirL:
            return true;
        case QChar::DirR:
        case QChar::DirAL:
            return false;
        default:
            break;
        }
    }
    return false;
}

// The plural forms Qt expects for `language`, as lupdate writes them for a new message.
int expectedNumerusForms(const QString &language, QString *error)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("probe.cpp"));
    const QString ts = dir.filePath(QStringLiteral("probe.ts"));
    QFile cpp(source);
    QFile tsFile(ts);
    if (!cpp.open(QIODevice::WriteOnly) || !tsFile.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the probe files");
        return -1;
    }
    cpp.write("void probe(int n) { QObject::tr(\"%n probe(s)\", nullptr, n); }\n");
    cpp.close();
    tsFile.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                                "<TS version=\"2.1\" language=\"%1\"></TS>\n")
                         .arg(language)
                         .toUtf8());
    tsFile.close();
    QString output;
    if (!runLupdate({source, QStringLiteral("-ts"), ts}, &output)) {
        *error = output;
        return -1;
    }
    const TsFile probe = readTs(ts);
    if (probe.messages.size() != 1) {
        *error = QStringLiteral("the probe has no message: ") + output;
        return -1;
    }
    return int(probe.messages.constFirst().forms.size());
}

// "%1".."%99" and "%L1"; "%n" is checked separately.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9][0-9]?"));
    QSet<QString> set;
    for (const auto &match : re.globalMatch(text))
        set.insert(match.captured());
    return set;
}

// The placeholders of `text` (%1, %L1, %n, %Ln) that are not wrapped in U+2068 FIRST STRONG
// ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (translations/GLOSSARY.md, "Values inside
// sentences"). A text with no letters of its own ("%1 — %2", "%1: %2") only arranges other
// translated texts: isolating all of it would leave the paragraph no letter to take its direction
// from, so it has none.
QStringList bareValuePlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    const QString own = QString(text).remove(placeholder);
    if (std::none_of(own.cbegin(), own.cend(), [](QChar c) { return c.isLetter(); }))
        return {};
    QStringList bare;
    for (const auto &match : placeholder.globalMatch(text)) {
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        if (start == 0 || text.at(start - 1) != QChar(0x2068) || end >= text.size()
            || text.at(end) != QChar(0x2069))
            bare << match.captured();
    }
    return bare;
}

// Whether `text` has a keyboard accelerator: "&" followed by something other than "&" or a space.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = text.at(i + 1);
        if (next == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (!next.isSpace())
            return true;
    }
    return false;
}

// The letter after the accelerator's "&" (lower case), or a null QChar.
QChar acceleratorLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = text.at(i + 1);
        if (next == u'&') {
            ++i;
            continue;
        }
        if (!next.isSpace())
            return next.toLower();
    }
    return {};
}

QString summary(const QStringList &problems)
{
    QStringList shown = problems.mid(0, 40);
    if (problems.size() > shown.size())
        shown << QStringLiteral("… and %1 more").arg(problems.size() - shown.size());
    return shown.join(u'\n');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    int m_hebrewForms = -1;
    int m_englishForms = -1;

    static QString hebrewTs() { return QStringLiteral(GLANCE_TS_HE); }
    static QString englishTs() { return QStringLiteral(GLANCE_TS_EN); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(GLANCE_LUPDATE)), GLANCE_LUPDATE);
        QString error;
        m_hebrewForms = expectedNumerusForms(QStringLiteral("he_IL"), &error);
        QVERIFY2(m_hebrewForms > 0, qPrintable(error));
        m_englishForms = expectedNumerusForms(QStringLiteral("en_US"), &error);
        QVERIFY2(m_englishForms > 0, qPrintable(error));
        qInfo("Qt expects %d plural forms for Hebrew, %d for English", m_hebrewForms,
              m_englishForms);
    }

    void hebrewIsFinished()
    {
        const TsFile ts = readTs(hebrewTs());
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(QLatin1String("he")), qPrintable(ts.language));
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (!m.type.isEmpty()) {
                problems << m.describe() + QStringLiteral(": translation is ") + m.type;
                continue;
            }
            const QStringList texts = m.numerus ? m.forms : QStringList {m.translation};
            if (m.numerus && m.forms.size() != m_hebrewForms)
                problems << m.describe()
                                + QStringLiteral(": %1 plural forms, Qt expects %2")
                                          .arg(m.forms.size())
                                          .arg(m_hebrewForms);
            for (const QString &text : texts) {
                if (text.trimmed().isEmpty()) {
                    problems << m.describe() + QStringLiteral(": empty translation");
                    continue;
                }
                if (placeholders(text) != placeholders(m.source))
                    problems << m.describe() + QStringLiteral(": placeholders differ in \"") + text
                                    + u'"';
                if (const QStringList bare = bareValuePlaceholders(text); !bare.isEmpty())
                    problems << m.describe() + QStringLiteral(": ")
                                    + bare.join(QStringLiteral(", "))
                                    + QStringLiteral(" not between U+2068 and U+2069 in \"") + text
                                    + u'"';
                if (hasAccelerator(m.source) && !hasAccelerator(text))
                    problems << m.describe() + QStringLiteral(": accelerator lost in \"") + text
                                    + u'"';
                // A label or a message box takes a paragraph's direction from its first letter:
                // a Hebrew sentence that starts with "Glance" would be laid out left to right,
                // its words in the wrong order (translations/GLOSSARY.md, "Latin inside Hebrew").
                if (startsLeftToRight(text))
                    problems << m.describe()
                                    + QStringLiteral(
                                            ": starts with a Latin word (reword it to start "
                                            "in Hebrew, or put U+200F first) in \"")
                                    + text + u'"';
            }
            // The plural form for many always shows the number (%n, or %Ln when localized).
            if (m.numerus && !m.forms.isEmpty() && !m.forms.constLast().contains(u"%n")
                && !m.forms.constLast().contains(u"%Ln"))
                problems << m.describe() + QStringLiteral(": the last plural form lacks %n");
            if (m.source.contains(u"%Ln")) {
                for (const QString &text : texts) {
                    if (text.contains(u"%n") && !text.contains(u"%Ln"))
                        problems << m.describe() + QStringLiteral(": %Ln became %n in \"") + text
                                        + u'"';
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 Hebrew problem(s) in %2:\n%3")
                                    .arg(problems.size())
                                    .arg(QDir::toNativeSeparators(hebrewTs()), summary(problems))));
    }

    // The isolate check itself: it finds a bare value, accepts an isolated one, and leaves a
    // pure arrangement of other texts alone.
    void isolateCheckFindsBarePlaceholders()
    {
        const QChar fsi(0x2068);
        const QChar pdi(0x2069);
        QCOMPARE(bareValuePlaceholders(QStringLiteral("אין מוצר עם המק״ט %1.")),
                 QStringList {QStringLiteral("%1")});
        QCOMPARE(bareValuePlaceholders(QStringLiteral("נוספו %n שורות, %L1 יחידות")),
                 (QStringList {QStringLiteral("%n"), QStringLiteral("%L1")}));
        QCOMPARE(bareValuePlaceholders(QStringLiteral("שורה %1%2: x") + fsi + QStringLiteral("%3")),
                 (QStringList {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3")}));
        QVERIFY(bareValuePlaceholders(QStringLiteral("נוספו ") + fsi + QStringLiteral("%n") + pdi
                                      + QStringLiteral(" שורות"))
                        .isEmpty());
        QVERIFY(bareValuePlaceholders(QStringLiteral("%1 — %2")).isEmpty());
        QVERIFY(bareValuePlaceholders(QStringLiteral("%1: %2")).isEmpty());
        QVERIFY(bareValuePlaceholders(QStringLiteral("100%")).isEmpty());
    }

    void englishPluralsAreFilled()
    {
        const TsFile ts = readTs(englishTs());
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(QLatin1String("en")), qPrintable(ts.language));
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (!m.numerus)
                continue; // English shows the source text
            if (!m.type.isEmpty())
                problems << m.describe() + QStringLiteral(": translation is ") + m.type;
            if (m.forms.size() != m_englishForms)
                problems << m.describe() + QStringLiteral(": %1 plural forms").arg(m.forms.size());
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << m.describe() + QStringLiteral(": empty plural form");
                else if (placeholders(form) != placeholders(m.source))
                    problems << m.describe() + QStringLiteral(": placeholders differ in \"") + form
                                    + u'"';
                // The English plural forms are what English users see: the same Alt letter
                // as the source, which tst_accelerators checks for clashes.
                else if (acceleratorLetter(form) != acceleratorLetter(m.source))
                    problems << m.describe() + QStringLiteral(": another accelerator in \"") + form
                                    + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    void upToDate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList committed {hebrewTs(), englishTs()};
        QStringList copies;
        for (const QString &path : committed) {
            const QString copy = dir.filePath(QFileInfo(path).fileName());
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
            copies << copy;
        }
        QStringList arguments = lupdateOptions();
        arguments << u'@' + QStringLiteral(GLANCE_LUPDATE_INPUTS) << QStringLiteral("-ts")
                  << copies;
        QString output;
        QVERIFY2(runLupdate(arguments, &output), qPrintable(output));

        QStringList problems;
        for (qsizetype i = 0; i < committed.size(); ++i) {
            const TsFile before = readTs(committed.at(i));
            const TsFile after = readTs(copies.at(i));
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            const QSet<QString> beforeKeys = before.keys();
            const QSet<QString> afterKeys = after.keys();
            for (const TsMessage &m : after.messages) {
                if (!beforeKeys.contains(m.key()))
                    problems << QFileInfo(committed.at(i)).fileName() + QStringLiteral(" lacks ")
                                    + m.describe();
            }
            for (const TsMessage &m : before.messages) {
                if (!afterKeys.contains(m.key()))
                    problems << QFileInfo(committed.at(i)).fileName()
                                    + QStringLiteral(" has a message the sources no longer have: ")
                                    + m.describe();
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("The .ts files are out of date (%1 difference(s)). "
                                           "Run `cmake --build <build dir> --target "
                                           "update_translations`, translate what is new in "
                                           "glance_he.ts (and plurals in glance_en.ts), and "
                                           "commit both.\n%2")
                                    .arg(problems.size())
                                    .arg(summary(problems))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
