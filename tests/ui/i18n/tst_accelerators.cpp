// Alt letters (accelerators, "&" in a label) are unique per menu, per menu bar with its window's
// own controls, and per window or dialog, in English and in Hebrew: Alt+letter must do one thing.
// The app runs as a user sees it (AppController against the sandbox, every menu of the main
// window opened), and every other window and dialog (with the states whose buttons change) is
// opened offscreen in both languages.
// checkerFindsClashes() shows the check fails on a clash (tests/ui/i18n/acceleratorcheck.h).
#include "core/account/accountmanager.h"
#include "core/account/baseurl.h"
#include "core/account/memorysecretstore.h"
#include "core/account/profilestore.h"
#include "core/adjust/adjustimport.h"
#include "core/appsettings.h"
#include "core/startupoptions.h"
#include "models/inventorytablemodel.h"
#include "tests/ui/adjust/uitestsupport.h"
#include "tests/ui/i18n/acceleratorcheck.h"
#include "tests/ui/screenshotsupport.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/createrecorddialog.h"
#include "ui/adjust/csvimportdialog.h"
#include "ui/adjust/deleterecorddialog.h"
#include "ui/adjust/editrecorddialog.h"
#include "ui/adjust/historywindow.h"
#include "ui/adjust/importproblemsdialog.h"
#include "ui/adjust/reasonsdialog.h"
#include "ui/appcontroller.h"
#include "ui/browser/recorddetaildialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/windowshortcuts.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Glance;
using Glance::Test::AcceleratorGroup;
using Glance::Test::addLanguageRows;

class TestAccelerators : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;
    QStringList m_problems; // every clash of the current row

    static QString prefix() { return QString::fromLatin1(QTest::currentDataTag()) + u": "; }

    void check(const QList<AcceleratorGroup> &groups)
    {
        for (const AcceleratorGroup &group : groups) {
            m_problems << Test::acceleratorClashes(group);
            // GLANCE_ACCELERATOR_DUMP=1: every group's items, for choosing free letters.
            if (qEnvironmentVariableIsSet("GLANCE_ACCELERATOR_DUMP")) {
                QStringList texts;
                for (const Test::AcceleratorItem &item : group.items)
                    texts << item.text;
                qInfo("%s: %s", qPrintable(group.name),
                      qPrintable(texts.join(QStringLiteral(" | "))));
            }
        }
    }

    void checkWindow(QWidget *window) { check(Test::windowGroups(prefix(), window)); }

    // Opens `menu` (its contents may be built on aboutToShow), then each submenu.
    static bool openEachMenu(QMenu *menu, QWidget *anchor)
    {
        menu->popup(anchor->mapToGlobal(QPoint(20, 20)));
        if (!QTest::qWaitForWindowExposed(menu))
            return false;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->menu() && !openEachMenu(action->menu(), anchor))
                return false;
        }
        menu->hide();
        return true;
    }

    std::optional<InventoryRecord> recordWithStock()
    {
        for (int product = 1; product <= 10; ++product) {
            for (int warehouse = 1; warehouse <= 2; ++warehouse) {
                std::optional<InventoryRecord> r = m_fx.record(product, warehouse);
                if (r && r->quantity.value_or(0) > 0)
                    return r;
            }
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString()));
    }

    void init() { m_problems.clear(); }

    // Each clash on a line of its own (a QVERIFY2 message is cut short).
    void cleanup()
    {
        for (const QString &problem : std::as_const(m_problems))
            qWarning("%s", qPrintable(problem));
    }

    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The check itself: clashes in a menu and in a dialog are found, in both scripts; items on
    // different pages of a stack, "&&", and labels without a buddy are not clashes.
    void checkerFindsClashes()
    {
        QMenu view;
        view.setTitle(QStringLiteral("&תצוגה"));
        view.addAction(QStringLiteral("&רענון"));
        view.addSeparator();
        view.addAction(QStringLiteral("&רק מלאי נמוך"));
        view.addAction(QStringLiteral("טעינת &כל הרשומות"));
        QMenu *sub = view.addMenu(QStringLiteral("&עמודות"));
        sub->addAction(QStringLiteral("&Quantity"));
        sub->addAction(QStringLiteral("Re&served"));
        sub->addAction(QStringLiteral("&quality"));
        QList<AcceleratorGroup> groups;
        Test::addMenuGroups(QStringLiteral("t: "), &view, &groups);
        QCOMPARE(groups.size(), 2);
        QStringList clashes = Test::acceleratorClashes(groups.at(0));
        QCOMPARE(clashes.size(), 1);
        QVERIFY2(clashes.first().contains(QStringLiteral("&רק מלאי נמוך")),
                 qPrintable(clashes.first()));
        clashes = Test::acceleratorClashes(groups.at(1));
        QCOMPARE(clashes.size(), 1); // Q and q are one key
        QVERIFY(clashes.first().contains(QStringLiteral("&quality")));

        QDialog dialog;
        dialog.setWindowTitle(QStringLiteral("Dialog"));
        auto *layout = new QVBoxLayout(&dialog);
        auto *name = new QLabel(QStringLiteral("&Name:"), &dialog);
        auto *edit = new QLineEdit(&dialog);
        name->setBuddy(edit);
        auto *unbuddied = new QLabel(QStringLiteral("&Note without a field"), &dialog);
        auto *literal = new QPushButton(QStringLiteral("Fish &&Chips"), &dialog);
        auto *stack = new QStackedWidget(&dialog);
        auto *first = new QPushButton(QStringLiteral("&Apply"));
        auto *second = new QPushButton(QStringLiteral("&Add"));
        stack->addWidget(first);
        stack->addWidget(second);
        auto *outside = new QCheckBox(QStringLiteral("&Always"), &dialog);
        for (QWidget *w : {static_cast<QWidget *>(name), static_cast<QWidget *>(edit),
                           static_cast<QWidget *>(unbuddied), static_cast<QWidget *>(literal),
                           static_cast<QWidget *>(stack), static_cast<QWidget *>(outside)})
            layout->addWidget(w);
        // &Apply and &Add: different pages; &Always clashes with both. &Note has no buddy,
        // "&&Chips" is a literal ampersand (no Alt+C, no clash with anything).
        clashes = Test::acceleratorClashes(Test::windowGroup(QStringLiteral("t: "), &dialog));
        QCOMPARE(clashes.size(), 2);
        auto *again = new QPushButton(QStringLiteral("Re&name"), &dialog);
        layout->addWidget(again);
        clashes = Test::acceleratorClashes(Test::windowGroup(QStringLiteral("t: "), &dialog));
        QCOMPARE(clashes.size(), 3);
        QCOMPARE(clashes.filter(QStringLiteral("Re&name")).size(), 1);
    }

    void mainWindowAndMenus_data() { addLanguageRows(); }

    void mainWindowAndMenus()
    {
        QFETCH(QLocale, locale);
        installTranslations(locale);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(QString::fromLatin1(QTest::currentDataTag()));
        MemorySecretStore store;
        Profile shop;
        shop.name = QStringLiteral("Shop");
        shop.baseUrl = BaseUrl::normalized(m_fx.sandbox.url());
        bool stored = false;
        store.write(shop.keychainAccount(), m_fx.sandbox.editorKey(), nullptr,
                    [&stored](const SecretResult &) { stored = true; });
        QTRY_VERIFY(stored);
        {
            ProfileStore profiles(&settings.store());
            profiles.add(shop);
            profiles.setCurrent(shop);
        }
        StartupOptions options;
        options.language = QString::fromLatin1(QTest::currentDataTag());
        AppController controller(options, &settings, &store);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.client(), 20000);
        MainWindow *window = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(
                window->inventoryModel() && window->inventoryModel()->hasLoadedOnce(), 20000);
        const QList<QAction *> bar = window->menuBar()->actions();
        QCOMPARE(bar.size(), 5); // File, View, Inventory, Account, Help
        for (QAction *action : bar) {
            QVERIFY(action->menu());
            QVERIFY(openEachMenu(action->menu(), window));
        }
        checkWindow(window);
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 clash(es), listed below").arg(m_problems.size())));
    }

    void dialogs_data() { addLanguageRows(); }

    void dialogs()
    {
        QFETCH(QLocale, locale);
        installTranslations(locale);
        const QString profile =
                QStringLiteral("accel|%1").arg(QString::fromLatin1(QTest::currentDataTag()));

        {
            QTemporaryDir dir;
            QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            ProfileStore profiles(&store);
            MemorySecretStore secrets;
            AccountManager accounts(&profiles, &secrets);
            SignInDialog dialog(&accounts, &m_fx.network);
            dialog.show();
            checkWindow(&dialog);
        }
        {
            SettingsDialog dialog(m_fx.settings.get());
            dialog.show();
            checkWindow(&dialog);
        }
        {
            ShortcutsDialog dialog([] { return appShortcuts(nullptr); });
            dialog.show();
            checkWindow(&dialog);
        }
        {
            ReasonsDialog dialog(m_fx.settings.get());
            dialog.show();
            checkWindow(&dialog);
        }
        {
            BatchAdjustWindow window(m_fx.context(profile));
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            window.newDocument();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            checkWindow(&window);
        }
        {
            HistoryWindow window(m_fx.journal.get(), profile);
            window.show();
            checkWindow(&window);
        }
        {
            CreateRecordDialog dialog(m_fx.client.get(), m_fx.catalog.get());
            dialog.show();
            checkWindow(&dialog);
        }
        const std::optional<InventoryRecord> record = recordWithStock();
        QVERIFY(record);
        {
            DeleteRecordDialog dialog(*record, m_fx.client.get());
            dialog.show();
            checkWindow(&dialog);
        }
        {
            EditRecordDialog dialog(*record, m_fx.client.get(), m_fx.catalog.get());
            dialog.setAdjustSupport(m_fx.journal.get(), profile, QStringLiteral("Correction"));
            dialog.show();
            auto *quantity = dialog.findChild<QLineEdit *>(QStringLiteral("quantityEdit"));
            QVERIFY(quantity);
            quantity->setText(QString::number(*record->quantity + 4)); // offers "Adjust by +4"
            checkWindow(&dialog);
            // The states of a paused adjustment, as EditRecordDialog sets them (with the rest
            // of the dialog still shown): one button, or two when the outcome is unclear.
            auto *primary = dialog.findChild<QPushButton *>(QStringLiteral("adjustPrimaryButton"));
            auto *secondary =
                    dialog.findChild<QPushButton *>(QStringLiteral("adjustSecondaryButton"));
            QVERIFY(primary && secondary);
            const auto tr = [](const char *text) {
                return QCoreApplication::translate("Glance::EditRecordDialog", text);
            };
            for (const char *text : {"Se&nd Again", "Check A&gain"}) {
                primary->setText(tr(text));
                secondary->setText(QString());
                checkWindow(&dialog);
            }
            primary->setText(tr("It &Was Applied"));
            secondary->setText(tr("Send &It Again"));
            checkWindow(&dialog);
        }
        {
            RecordDetailDialog dialog(m_fx.client.get(), *record);
            dialog.show();
            checkWindow(&dialog);
        }
        {
            const ImportResult result = AdjustImport::parseCsv(
                    QByteArrayLiteral("SKU,warehouse,amount\nAB-120/3,1,5\nAB-120/3,1,x\n"));
            QCOMPARE(result.rows.size(), 1);
            QCOMPARE(result.problems.size(), 1);
            ImportProblemsDialog dialog(result, QStringLiteral("rows.csv"));
            dialog.show();
            checkWindow(&dialog);
        }
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("rows.csv"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("AB-120/3,1,5\n");
            file.close();
            CsvImportDialog dialog(path);
            dialog.show();
            QTRY_VERIFY(dialog.isReady());
            checkWindow(&dialog);
        }
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 clash(es), listed below").arg(m_problems.size())));
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
