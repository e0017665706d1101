// Deciding what became of an edit whose answer was lost, from the record as it is now.
#include "core/adjust/editoutcome.h"

#include <QTest>

using namespace Glance;

Q_DECLARE_METATYPE(Glance::EditRecordRequest)
Q_DECLARE_METATYPE(Glance::EditOutcome::Decision)

namespace {

InventoryRecord shown(std::optional<qint64> quantity, const QString &location)
{
    InventoryRecord record;
    record.id = 7;
    record.quantity = quantity;
    record.location = location;
    return record;
}

EditRecordRequest edit(std::optional<qint64> quantity)
{
    EditRecordRequest request;
    request.quantity = quantity;
    return request;
}

EditRecordRequest edit(std::optional<qint64> quantity, const QString &location)
{
    EditRecordRequest request = edit(quantity);
    request.location.emplace(location);
    return request;
}

} // namespace

class TestEditOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        using D = EditOutcome::Decision;
        QTest::addColumn<EditRecordRequest>("sent");
        QTest::addColumn<qint64>("nowQuantity");
        QTest::addColumn<QString>("nowLocation");
        QTest::addColumn<bool>("settled");
        QTest::addColumn<D>("expected");
        // Opened at quantity 10, location "A1".
        const QString a1 = QStringLiteral("A1");
        const QString b2 = QStringLiteral("B2");
        QTest::newRow("quantity saved") << edit(17) << qint64(17) << a1 << false << D::Saved;
        QTest::newRow("not there yet") << edit(17) << qint64(10) << a1 << false << D::NotYet;
        QTest::newRow("not there after settling")
                << edit(17) << qint64(10) << a1 << true << D::NotSaved;
        // Our 17 applied late, then a sale of -1: the second send would overwrite the sale.
        QTest::newRow("sale after our save")
                << edit(17) << qint64(16) << a1 << true << D::ChangedElsewhere;
        QTest::newRow("another user's value")
                << edit(17) << qint64(12) << a1 << false << D::ChangedElsewhere;
        QTest::newRow("both fields saved") << edit(17, b2) << qint64(17) << b2 << false << D::Saved;
        QTest::newRow("location saved, spaces trimmed")
                << edit({}, QStringLiteral(" B2 ")) << qint64(3) << b2 << false << D::Saved;
        QTest::newRow("location changed by someone else")
                << edit({}, b2) << qint64(10) << QStringLiteral("C3") << true
                << D::ChangedElsewhere;
        // A PUT is all or nothing: one field ours and the other old means it was not applied
        // (someone else happened to set the same quantity).
        QTest::newRow("half matches") << edit(17, b2) << qint64(17) << a1 << true << D::NotSaved;
        QTest::newRow("location cleared")
                << edit({}, QString()) << qint64(10) << QString() << false << D::Saved;
    }

    void decides()
    {
        QFETCH(EditRecordRequest, sent);
        QFETCH(qint64, nowQuantity);
        QFETCH(QString, nowLocation);
        QFETCH(bool, settled);
        QFETCH(EditOutcome::Decision, expected);
        const auto decision = EditOutcome::decide(sent, qint64(10), QStringLiteral("A1"),
                                                  shown(nowQuantity, nowLocation), settled);
        QCOMPARE(int(decision), int(expected));
    }

    void unknownQuantityIsNeverSaved()
    {
        // A record whose quantity Glance does not show cannot prove our quantity is there.
        const auto decision = EditOutcome::decide(edit(17), qint64(10), QStringLiteral("A1"),
                                                  shown(std::nullopt, QStringLiteral("A1")), true);
        QCOMPARE(int(decision), int(EditOutcome::Decision::ChangedElsewhere));
    }

    void whichErrorsMayHaveApplied()
    {
        QVERIFY(EditOutcome::mayHaveApplied(ApiError(ApiError::Kind::Timeout, {})));
        QVERIFY(EditOutcome::mayHaveApplied(ApiError(ApiError::Kind::Network, {})));
        QVERIFY(EditOutcome::mayHaveApplied(ApiError(ApiError::Kind::Decode, {})));
        QVERIFY(EditOutcome::mayHaveApplied(ApiError::fromHttpResponse(502, "<html>")));
        QVERIFY(!EditOutcome::mayHaveApplied(ApiError::fromHttpResponse(400, "{}")));
        QVERIFY(!EditOutcome::mayHaveApplied(ApiError::fromHttpResponse(404, "{}")));
        QVERIFY(!EditOutcome::mayHaveApplied(ApiError::fromHttpResponse(403, "{}")));
    }
};

QTEST_GUILESS_MAIN(TestEditOutcome)
#include "tst_editoutcome.moc"
