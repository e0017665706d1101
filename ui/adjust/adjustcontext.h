#pragma once

#include <QPointer>
#include <QString>

namespace Glance {

class ApiClient;
class AppSettings;
class CatalogLookup;
class DraftStore;
class SubmissionJournal;
class WriteAccess;

// What the batch editor and the history window work with (owned by InventoryActions).
struct AdjustContext
{
    QPointer<ApiClient> client;
    QPointer<CatalogLookup> catalog;
    QPointer<DraftStore> drafts;
    QPointer<SubmissionJournal> journal;
    QPointer<AppSettings> settings;
    QPointer<WriteAccess> access;
    QString profile;
};

} // namespace Glance
