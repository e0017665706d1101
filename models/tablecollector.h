#pragma once

#include "core/export/exporttable.h"

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QTimer;

namespace Glance {

// Reads what a view shows into an ExportTable, on the UI thread in slices (SliceRows rows per
// turn of the event loop), so a table of 100,000 rows never blocks the window: the rows in the
// model's order (a proxy's: filter and sort as shown), the given columns in the given order
// (the visible ones in visual order), each column's title from headerData() and its kind from
// `kinds`, else the first row's Bidi::CellKindRole, else Text. A cell's text is
// its DisplayRole without directional marks; a Number column's cell also carries the plain value
// of `rawRole` (the models' sort role) when it is a number. When rows are added, removed or
// moved meanwhile, it starts again (the file is a picture of one moment); when the model goes
// away, it fails.
class TableCollector : public QObject
{
    Q_OBJECT

public:
    static constexpr int SliceRows = 1000;

    TableCollector(const QAbstractItemModel *model, const QList<int> &columns,
                   const QList<Bidi::CellKind> &kinds, int rawRole, QObject *parent = nullptr);
    ~TableCollector() override;

    // Reads everything now, on the calling thread (small models, tests).
    ExportTable collectNow();
    // Reads in slices; finished() at the end.
    void start();
    void cancel();
    bool isRunning() const;
    // How often it started again because the rows changed.
    int restarts() const { return m_restarts; }

    // The result after finished(true); the table is moved out.
    ExportTable takeTable();

Q_SIGNALS:
    void progress(qsizetype done, qsizetype total);
    // false: cancelled, or the model went away.
    void finished(bool ok);

private:
    void begin();
    void readSlice();
    void readRows(int from, int to);
    void onStructureChanged();

    QPointer<const QAbstractItemModel> m_model;
    QList<int> m_columns;
    QList<Bidi::CellKind> m_kinds;
    int m_rawRole;
    ExportTable m_table;
    int m_next = 0;
    int m_restarts = 0;
    bool m_running = false;
    QTimer *m_timer;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Glance
