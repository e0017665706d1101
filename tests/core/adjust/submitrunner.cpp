// A real app process for tst_submitkill: submits (or resumes) adjustments through the
// AdjustmentSubmitter against a sandbox and drives them to the end like a patient user (sends
// lines found not applied again, checks again after a failed check), until it is killed.
//   glance-submit-runner DB URL KEY PROFILE submit PRODUCT:WAREHOUSE:AMOUNT...
//   glance-submit-runner DB URL KEY PROFILE resume
// Prints "submitted ID", "finished ID" and "idle" (nothing open) on stdout.
#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Glance;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6)
        return 2;
    LocalDatabase db(args.at(1));
    if (!db.isOpen())
        return 3;
    SubmissionJournal journal(&db);
    QNetworkAccessManager network;
    ClientConfig config;
    config.baseUrl = QUrl(args.at(2));
    config.apiKey = args.at(3);
    config.timeout = std::chrono::milliseconds(1000);
    config.limits = {0, 0};
    ApiClient client(&network, config);
    const QString profile = args.at(4);
    AdjustmentSubmitter submitter(&client, &journal);
    submitter.setSettleWindow(std::chrono::milliseconds(2000));

    QList<qint64> open;
    if (args.at(5) == QLatin1String("submit")) {
        QList<AdjustmentLine> lines;
        for (const QString &spec : args.mid(6)) {
            const QStringList parts = spec.split(QLatin1Char(':'));
            AdjustmentLine line;
            line.productId = parts.value(0).toLongLong();
            line.warehouseId = parts.value(1).toLongLong();
            line.amount = parts.value(2).toLongLong();
            line.reason = QStringLiteral("Correction");
            lines.append(line);
        }
        const qint64 id = submitter.submit(profile, QStringLiteral("adjust"), 0, {}, lines);
        if (id == 0)
            return 4;
        say("submitted " + QByteArray::number(id));
    } else {
        open = journal.openSubmissions(profile);
        if (open.isEmpty()) {
            say("idle");
            return 0;
        }
        if (!submitter.resume(open.takeFirst()))
            return 5;
    }

    // Drive it to the end like a patient user.
    QTimer drive;
    drive.setInterval(50);
    QObject::connect(&drive, &QTimer::timeout, &app, [&] {
        if (submitter.isBusy() || submitter.state() == AdjustmentSubmitter::State::Waiting)
            return;
        if (submitter.state() == AdjustmentSubmitter::State::Finished) {
            say("finished " + QByteArray::number(submitter.submissionId()));
            if (open.isEmpty() || !submitter.resume(open.takeFirst()))
                app.quit();
            return;
        }
        const SubmissionCounts counts = submitter.counts();
        if (counts.unclear > 0) {
            say("unclear " + QByteArray::number(submitter.submissionId()));
            app.exit(6);
        } else if (counts.unknown + counts.sending > 0) {
            submitter.checkAgain();
        } else if (counts.notApplied > 0) {
            submitter.sendNotApplied();
        } else {
            submitter.continueSending();
        }
    });
    drive.start();
    return app.exec();
}
