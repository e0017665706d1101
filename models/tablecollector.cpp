#include "models/tablecollector.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace Glance {

namespace {

std::optional<qint64> plainNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toLongLong();
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return qint64(value.toULongLong());
    default:
        return std::nullopt;
    }
}

} // namespace

TableCollector::TableCollector(const QAbstractItemModel *model, const QList<int> &columns,
                               const QList<Bidi::CellKind> &kinds, int rawRole, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_columns(columns)
    , m_kinds(kinds)
    , m_rawRole(rawRole)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &TableCollector::readSlice);
    if (!model)
        return;
    m_connections = {
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &TableCollector::onStructureChanged),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    &TableCollector::onStructureChanged),
            connect(model, &QAbstractItemModel::rowsMoved, this,
                    &TableCollector::onStructureChanged),
            connect(model, &QAbstractItemModel::modelReset, this,
                    &TableCollector::onStructureChanged),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                    &TableCollector::onStructureChanged),
    };
}

TableCollector::~TableCollector()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
}

void TableCollector::begin()
{
    m_table = {};
    m_next = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        ExportColumn column;
        column.title = Bidi::stripFormatting(
                m_model->headerData(m_columns.at(i), Qt::Horizontal).toString());
        column.kind = m_kinds.value(i, Bidi::CellKind::Auto);
        if (column.kind == Bidi::CellKind::Auto && m_model->rowCount() > 0) {
            // What the model says its cells hold (the first row stands for the column).
            const QVariant kind = m_model->index(0, m_columns.at(i)).data(Bidi::CellKindRole);
            if (kind.isValid())
                column.kind = Bidi::CellKind(kind.toInt());
        }
        if (column.kind == Bidi::CellKind::Auto)
            column.kind = Bidi::CellKind::Text;
        m_table.columns.append(column);
    }
    m_table.rows.reserve(m_model->rowCount());
}

void TableCollector::readRows(int from, int to)
{
    for (int row = from; row < to; ++row) {
        QList<ExportCell> cells;
        cells.reserve(m_columns.size());
        for (int i = 0; i < m_columns.size(); ++i) {
            const QModelIndex index = m_model->index(row, m_columns.at(i));
            ExportCell cell;
            cell.text = Bidi::stripFormatting(index.data(Qt::DisplayRole).toString());
            if (m_table.columns.at(i).kind == Bidi::CellKind::Number)
                cell.number = plainNumber(index.data(m_rawRole));
            cells.append(std::move(cell));
        }
        m_table.rows.append(std::move(cells));
    }
}

ExportTable TableCollector::collectNow()
{
    cancel();
    if (!m_model)
        return {};
    begin();
    readRows(0, m_model->rowCount());
    return std::move(m_table);
}

void TableCollector::start()
{
    if (!m_model) {
        Q_EMIT finished(false);
        return;
    }
    m_running = true;
    begin();
    m_timer->start();
}

void TableCollector::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    m_table = {};
    Q_EMIT finished(false);
}

bool TableCollector::isRunning() const
{
    return m_running;
}

ExportTable TableCollector::takeTable()
{
    return std::move(m_table);
}

void TableCollector::readSlice()
{
    if (!m_running)
        return;
    if (!m_model) {
        m_running = false;
        m_table = {};
        Q_EMIT finished(false);
        return;
    }
    const int total = m_model->rowCount();
    const int to = std::min(total, m_next + SliceRows);
    readRows(m_next, to);
    m_next = to;
    Q_EMIT progress(m_next, total);
    if (m_next < total) {
        m_timer->start();
        return;
    }
    m_running = false;
    Q_EMIT finished(true);
}

void TableCollector::onStructureChanged()
{
    if (!m_running || m_next == 0)
        return;
    ++m_restarts;
    begin();
    m_timer->start();
}

} // namespace Glance
