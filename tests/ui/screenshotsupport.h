#pragma once

// Shared by the screenshot tests (tst_screenshots, tst_screenshots_adjust): where the PNGs go,
// the two languages as test data, the sandbox's values, and the language check every window
// gets before its picture is kept.

#include "sandboxfixture.h"
#include "tests/ui/visibletexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace Glance::Test {

// $GLANCE_SCREENSHOT_DIR, or <build>/screenshots; created when missing.
inline QDir screenshotDir()
{
    QString dir = qEnvironmentVariable("GLANCE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(QT_TESTCASE_BUILDDIR "/../../screenshots");
    QDir().mkpath(dir);
    return QDir(dir);
}

// The data rows "en" and "he": the locale and the layout direction it must give.
inline void addLanguageRows()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << Qt::LeftToRight;
    QTest::newRow("he") << QLocale(QLocale::Hebrew, QLocale::Israel) << Qt::RightToLeft;
}

// Whether the current data row is the Hebrew one.
inline bool isHebrewRow()
{
    return qstrcmp(QTest::currentDataTag(), "he") == 0;
}

// Every product name, SKU, warehouse name and location the sandbox holds, and the reasons of
// its seeded movements: values, not words of the interface.
inline QStringList sandboxValues(const SandboxFixture &sandbox)
{
    QStringList values {QStringLiteral("Stock count"), QStringLiteral("Damaged"),
                        QStringLiteral("Customer return"), QStringLiteral("Restock")};
    const auto addAll = [&sandbox, &values](const QString &path,
                                            const QList<QLatin1String> &fields) {
        for (int page = 1;; ++page) {
            const QJsonArray rows =
                    sandbox.get(QStringLiteral("%1?page=%2&limit=100").arg(path).arg(page))
                            .data()
                            .toArray();
            for (const QJsonValue &row : rows) {
                const QJsonObject o = row.toObject();
                for (const QLatin1String field : fields)
                    values << o.value(field).toString();
                values << o.value(QLatin1String("warehouse"))
                                  .toObject()
                                  .value(QLatin1String("name"))
                                  .toString();
            }
            if (rows.size() < 100)
                return;
        }
    };
    addAll(QStringLiteral("/products"), {QLatin1String("name"), QLatin1String("sku")});
    addAll(QStringLiteral("/inventory"), {QLatin1String("location")});
    const QJsonArray warehouses = sandbox.get(QStringLiteral("/warehouses")).data().toArray();
    for (const QJsonValue &w : warehouses)
        values << w.toObject().value(QLatin1String("name")).toString();
    values.removeAll(QString());
    values.removeDuplicates();
    return values;
}

// Lets pending layouts and paints settle and writes `widget` to <dir>/<name>-<en|he>.png.
// Returns what went wrong, or an empty string.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    // Settled: the window is exposed and every posted event (layout requests, updates, the
    // zero timers of the item views' delayed layouts and what they post in turn) is handled.
    if (!QTest::qWaitForWindowExposed(widget->window()))
        return QStringLiteral("%1 was never shown\n").arg(name);
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QString file = screenshotDir().filePath(
            QStringLiteral("%1-%2.png").arg(name, QString::fromLatin1(QTest::currentDataTag())));
    if (!widget->grab().save(file))
        return QStringLiteral("could not write %1\n").arg(file);
    qInfo("wrote %s", qPrintable(QDir::toNativeSeparators(file)));
    return {};
}

// What a reader of the current row's language would meet in `window` that is wrong: a layout
// direction other than `direction`, and in Hebrew every text with English words once `values`
// (names, codes, reasons…), web addresses and the codes and numbers the code isolated are
// taken out (see withoutValues()). Empty when nothing.
inline QString languageProblems(QWidget *window, Qt::LayoutDirection direction,
                                const QStringList &values)
{
    QString problems;
    const QString name = window->objectName().isEmpty()
            ? QString::fromLatin1(window->metaObject()->className())
            : window->objectName();
    if (window->layoutDirection() != direction)
        problems += QStringLiteral("%1: layout direction %2, expected %3\n")
                            .arg(name)
                            .arg(int(window->layoutDirection()))
                            .arg(int(direction));
    if (direction == Qt::RightToLeft) {
        const QStringList english = englishTexts(window, values);
        if (!english.isEmpty())
            problems += QStringLiteral("%1: English in Hebrew:\n  %2\n")
                                .arg(name, english.join(QStringLiteral("\n  ")));
    }
    return problems;
}

// Both of the above: the picture, then the check.
inline QString shoot(QWidget *window, const QString &name, Qt::LayoutDirection direction,
                     const QStringList &values)
{
    return saveScreenshot(window, name) + languageProblems(window, direction, values);
}

} // namespace Glance::Test
