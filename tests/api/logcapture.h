#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace Glance::ApiTest {

// Captures every qDebug/qInfo/qWarning line while alive, with the "glance.api" category switched
// to debug, so tests can check what the client logs (and that the key is never in it).
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();

    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines() const;
    QString text() const { return lines().join(QLatin1Char('\n')); }
    int count(const QString &needle) const;

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
};

} // namespace Glance::ApiTest
