#pragma once

#include <QObject>
#include <QString>

namespace Glance {

class ApiClient;
class ApiError;

// Whether the current API key may write. Glance does not document which role may call what, so
// the app learns it: the first 403 on a change (create, edit, delete, adjust) turns writing off
// (with the reason shown in tooltips) until the user asks to check again (reset()).
class WriteAccess : public QObject
{
    Q_OBJECT

public:
    explicit WriteAccess(QObject *parent = nullptr);

    // Follows every failed call of `client` (a 403 means read-only).
    void watch(ApiClient *client);

    bool canWrite() const { return m_canWrite; }
    // Why writing is off, as a sentence for tooltips and banners (empty while allowed).
    QString reason() const { return m_reason; }

    void noteError(const ApiError &error);
    void reset();

Q_SIGNALS:
    void changed(bool canWrite);

private:
    bool m_canWrite = true;
    QString m_reason;
};

} // namespace Glance
