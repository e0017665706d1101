// installTranslations(): the embedded .qm files match the committed .ts files message for
// message (Hebrew and the English plurals), Qt's own Hebrew (qtbase_he) is loaded so standard
// buttons speak Hebrew, the layout direction follows the language, and a switch at run time
// reaches open windows (QEvent::LanguageChange, and QEvent::LocaleChange with the new locale).
#include "ui/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

using namespace Glance;

namespace {

QLocale hebrew()
{
    return QLocale(QLocale::Hebrew, QLocale::Israel);
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool hasHebrew(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Hebrew)
            return true;
    }
    return false;
}

// The plural form `form` as Qt fills it in for `n` (%Ln localized with the default locale).
QString filled(const QString &form, int n)
{
    return QString(form)
            .replace(QLatin1String("%Ln"), QLocale().toString(n))
            .replace(QLatin1String("%n"), QString::number(n));
}

struct Message
{
    QByteArray context;
    QByteArray source;
    QByteArray comment;
    bool numerus = false;
    QString translation;
    QStringList forms;
};

QList<Message> readFinished(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QByteArray context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText().toUtf8();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText().toUtf8();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText().toUtf8();
        } else if (name == QLatin1String("translation")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.translation = xml.readElementText();
            }
            if (finished)
                messages << m;
        }
    }
    return messages;
}

// Counts the change events a window receives.
class Probe : public QWidget
{
public:
    using QWidget::QWidget;
    int languageChanges = 0;
    int localeChanges = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++languageChanges;
        else if (event->type() == QEvent::LocaleChange)
            ++localeChanges;
        QWidget::changeEvent(event);
    }
};

} // namespace

class TestInstallTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(english()); }

    void hebrewQmMatchesTs()
    {
        installTranslations(hebrew());
        const QList<Message> messages = readFinished(QStringLiteral(GLANCE_TS_HE));
        QVERIFY(messages.size() > 10);
        int checked = 0;
        for (const Message &m : messages) {
            const char *comment = m.comment.isEmpty() ? nullptr : m.comment.constData();
            if (m.numerus) {
                // Qt's Hebrew rule: form 0 for one, the last form for many.
                QCOMPARE(QCoreApplication::translate(m.context.constData(), m.source.constData(),
                                                     comment, 1),
                         filled(m.forms.constFirst(), 1));
                QCOMPARE(QCoreApplication::translate(m.context.constData(), m.source.constData(),
                                                     comment, 7),
                         filled(m.forms.constLast(), 7));
            } else {
                QCOMPARE(QCoreApplication::translate(m.context.constData(), m.source.constData(),
                                                     comment),
                         m.translation);
            }
            ++checked;
        }
        qInfo("%d Hebrew messages checked against the embedded .qm", checked);
    }

    void englishPlurals()
    {
        installTranslations(english());
        int checked = 0;
        for (const Message &m : readFinished(QStringLiteral(GLANCE_TS_EN))) {
            if (!m.numerus)
                continue;
            const char *comment = m.comment.isEmpty() ? nullptr : m.comment.constData();
            const QString one = QCoreApplication::translate(m.context.constData(),
                                                            m.source.constData(), comment, 1);
            const QString many = QCoreApplication::translate(m.context.constData(),
                                                             m.source.constData(), comment, 2);
            QCOMPARE(one, filled(m.forms.at(0), 1));
            QCOMPARE(many, filled(m.forms.at(1), 2));
            // "(s)" never shows.
            QVERIFY2(!one.contains(QLatin1String("(s)")) && !many.contains(QLatin1String("(s)")),
                     qPrintable(one + u'/' + many));
            ++checked;
        }
        qInfo("%d English plurals checked", checked);
    }

    void qtOwnTranslations()
    {
        installTranslations(hebrew());
        QVERIFY(qtTranslationsLoaded());
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("ביטול"));
        QVERIFY(hasHebrew(box.button(QDialogButtonBox::Ok)->text()));

        installTranslations(english());
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    void directionFollowsLanguage()
    {
        installTranslations(hebrew());
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Hebrew);
        QWidget widget;
        QCOMPARE(widget.layoutDirection(), Qt::RightToLeft);

        installTranslations(english());
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(widget.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void switchReachesOpenWindows()
    {
        installTranslations(english());
        Probe window;
        auto *child = new Probe(&window);
        auto *own = new Probe(&window);
        own->setLocale(QLocale(QLocale::German, QLocale::Germany)); // set on purpose: kept
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(child->locale().language(), QLocale::English);
        const int localeChangesBefore = child->localeChanges;

        installTranslations(hebrew());
        QCOMPARE(window.locale().language(), QLocale::Hebrew);
        QCOMPARE(child->locale().language(), QLocale::Hebrew);
        QCOMPARE(own->locale().language(), QLocale::German);
        QVERIFY(child->localeChanges > localeChangesBefore);
        QTRY_VERIFY(child->languageChanges > 0);
        QCOMPARE(child->layoutDirection(), Qt::RightToLeft);

        // A window made afterwards starts in the new language.
        QWidget later;
        QCOMPARE(later.locale().language(), QLocale::Hebrew);
    }

    void switchingBackRestoresEnglish()
    {
        installTranslations(hebrew());
        installTranslations(english());
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        for (const Message &m : readFinished(QStringLiteral(GLANCE_TS_HE))) {
            if (m.numerus)
                continue;
            const char *comment = m.comment.isEmpty() ? nullptr : m.comment.constData();
            QVERIFY(!hasHebrew(QCoreApplication::translate(m.context.constData(),
                                                           m.source.constData(), comment))
                    || hasHebrew(QString::fromUtf8(m.source)));
        }
    }
};

QTEST_MAIN(TestInstallTranslations)
#include "tst_installtranslations.moc"
