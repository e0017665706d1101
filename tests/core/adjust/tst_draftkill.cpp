// A real process writes a draft and is killed with SIGKILL mid-stream: every change it reported
// as saved is in the file afterwards, intact. The process is glance-draft-writer (a helper that
// links glance_core and writes through the real DraftStore).
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

#ifndef GLANCE_DRAFT_WRITER_PATH
#error "GLANCE_DRAFT_WRITER_PATH must be defined"
#endif

class TestDraftKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingItReported_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 5;
        QTest::newRow("later") << 120;
        QTest::newRow("much later") << 400;
    }

    void killedWriterLosesNothingItReported()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        const QString profile = QStringLiteral("kill|test");

        QProcess writer;
        writer.setProgram(QString::fromUtf8(GLANCE_DRAFT_WRITER_PATH));
        writer.setArguments({file, profile});
        writer.start();
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        qint64 document = 0;
        int reported = 0;
        QByteArray pending;
        while (reported < killAfter) {
            if (!writer.waitForReadyRead(15000))
                QFAIL(qPrintable(
                        QStringLiteral("writer stopped: %1")
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                QCOMPARE(parts.size(), 3);
                QCOMPARE(parts.at(0), QByteArray("saved"));
                document = parts.at(1).toLongLong();
                reported = parts.at(2).toInt();
            }
        }
        writer.kill(); // SIGKILL: no chance to flush or close anything
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        LocalDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QSqlQuery check(db.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

        DraftStore store(&db);
        const std::optional<DraftDocument> draft = store.load(profile, document);
        QVERIFY(draft.has_value());
        // Everything reported, maybe one more line that was committed but not yet reported.
        QVERIFY2(draft->lines.size() >= reported && draft->lines.size() <= reported + 1,
                 qPrintable(QStringLiteral("%1 lines, %2 reported")
                                    .arg(draft->lines.size())
                                    .arg(reported)));
        for (int i = 0; i < reported; ++i) {
            const DraftLine &line = draft->lines.at(i);
            QCOMPARE(line.sku, QStringLiteral("SKU-%1").arg(i));
            QCOMPARE(line.amount, qint64(i + 1));
            QCOMPARE(line.notes, QStringLiteral("מספר %1").arg(i));
        }
        qInfo("killed after %d reported changes; %lld lines in the file", reported,
              static_cast<long long>(draft->lines.size()));
    }
};

QTEST_GUILESS_MAIN(TestDraftKill)
#include "tst_draftkill.moc"
