#include "core/adjust/adjustmentsubmitter.h"

#include "api/apiclient.h"
#include "core/adjust/submissionjournal.h"

#include <QLoggingCategory>
#include <QMap>

#include <algorithm>
#include <memory>

namespace Glance {

Q_LOGGING_CATEGORY(lcSubmitter, "glance.core.submitter")

namespace {

StockPair pairOf(const SubmissionLine &line)
{
    return {line.line.productId, line.line.warehouseId};
}

bool outcomeOpen(const ApiError &error)
{
    // The client reports every lost answer of a POST as OutcomeUnknown. Anything that might have
    // reached the server without a definite answer is treated the same way.
    switch (error.kind()) {
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Decode:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500;
    default:
        return false;
    }
}

} // namespace

AdjustmentSubmitter::AdjustmentSubmitter(ApiClient *client, SubmissionJournal *journal,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
}

AdjustmentSubmitter::~AdjustmentSubmitter() = default;

bool AdjustmentSubmitter::isBusy() const
{
    return m_state == State::Reading || m_state == State::Sending || m_state == State::Checking;
}

void AdjustmentSubmitter::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int AdjustmentSubmitter::partCount() const
{
    int pending = 0;
    for (const SubmissionLine &line : m_submission.lines) {
        if (line.status == LineStatus::Pending)
            ++pending;
    }
    const int waiting = (pending + ChunkSize - 1) / ChunkSize;
    return m_lastChunk + waiting;
}

QList<int> AdjustmentSubmitter::indexesWith(LineStatus status) const
{
    QList<int> indexes;
    for (int i = 0; i < m_submission.lines.size(); ++i) {
        if (m_submission.lines.at(i).status == status)
            indexes.append(i);
    }
    return indexes;
}

qint64 AdjustmentSubmitter::submit(const QString &profile, const QString &source, qint64 documentId,
                                   const QString &title, const QList<AdjustmentLine> &lines)
{
    if (m_state != State::Idle && m_state != State::Finished)
        return 0;
    if (lines.isEmpty())
        return 0;
    const qint64 id = m_journal->create(profile, source, documentId, title, lines);
    if (id == 0) {
        m_journalError = m_journal->errorString();
        Q_EMIT journalFailed(m_journalError);
        return 0;
    }
    const std::optional<Submission> loaded = m_journal->load(id);
    if (!loaded) {
        m_journalError = m_journal->errorString();
        Q_EMIT journalFailed(m_journalError);
        return 0;
    }
    ++m_generation;
    m_submission = *loaded;
    m_hold = false;
    m_lastChunk = 0;
    m_currentPart = 0;
    m_lastError = {};
    m_journalError.clear();
    Q_EMIT linesChanged();
    advance();
    return id;
}

bool AdjustmentSubmitter::resume(qint64 submissionId)
{
    if (isBusy())
        return false;
    const std::optional<Submission> loaded = m_journal->load(submissionId);
    if (!loaded || !loaded->open)
        return false;
    ++m_generation;
    m_submission = *loaded;
    m_hold = true; // nothing new leaves without the user asking
    m_lastChunk = 0;
    for (const SubmissionLine &line : std::as_const(m_submission.lines))
        m_lastChunk = qMax(m_lastChunk, line.chunk);
    m_currentPart = 0;
    m_lastError = {};
    m_journalError.clear();
    // A line left Sending was in flight when the app stopped: its outcome is unknown.
    for (SubmissionLine &line : m_submission.lines) {
        if (line.status == LineStatus::Sending)
            line.status = LineStatus::Unknown;
    }
    m_state = State::Idle;
    Q_EMIT linesChanged();
    advance();
    return true;
}

bool AdjustmentSubmitter::save(const QList<int> &indexes)
{
    QList<SubmissionLine> lines;
    lines.reserve(indexes.size());
    for (int index : indexes)
        lines.append(m_submission.lines.at(index));
    if (m_journal->saveLines(m_submission.id, lines))
        return true;
    m_journalError = m_journal->errorString();
    qCWarning(lcSubmitter) << "journal write failed:" << m_journalError;
    Q_EMIT journalFailed(m_journalError);
    return false;
}

void AdjustmentSubmitter::pause(const ApiError &error)
{
    if (error.isError()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
    m_currentPart = 0;
    setState(State::Paused);
}

void AdjustmentSubmitter::advance()
{
    if (isBusy() || m_submission.id == 0 || !m_submission.open)
        return;
    QList<int> open = indexesWith(LineStatus::Unknown);
    open += indexesWith(LineStatus::Sending);
    if (!open.isEmpty()) {
        std::sort(open.begin(), open.end());
        startCheck(open);
        return;
    }
    if (!indexesWith(LineStatus::Unclear).isEmpty()) {
        pause();
        return;
    }
    const QList<int> pending = indexesWith(LineStatus::Pending);
    if (!pending.isEmpty()) {
        if (m_hold) {
            pause();
            return;
        }
        startPart(pending.mid(0, ChunkSize));
        return;
    }
    if (!indexesWith(LineStatus::NotApplied).isEmpty()) {
        pause();
        return;
    }
    // Every line applied.
    if (!m_journal->close(m_submission.id)) {
        m_journalError = m_journal->errorString();
        Q_EMIT journalFailed(m_journalError);
    }
    m_submission.open = false;
    m_submission.closedAt = QDateTime::currentDateTimeUtc();
    m_currentPart = 0;
    setState(State::Finished);
    Q_EMIT finished();
}

void AdjustmentSubmitter::readStock(const QList<int> &indexes, StockReader::Done done,
                                    StockReader::Failed failed)
{
    QList<StockReader::Pair> pairs;
    for (int index : indexes)
        pairs.append(pairOf(m_submission.lines.at(index)));
    if (m_reader)
        m_reader->deleteLater(); // may be the one whose answer is being handled
    m_reader = new StockReader(m_client, pairs, this);
    const quint64 generation = m_generation;
    m_reader->start(
            [this, generation, done](const StockReader::Stock &stock) {
                if (generation == m_generation)
                    done(stock);
            },
            [this, generation, failed](const ApiError &error, const QSet<qint64> &notFound) {
                if (generation == m_generation)
                    failed(error, notFound);
            });
}

void AdjustmentSubmitter::startPart(QList<int> indexes)
{
    m_currentPart = m_lastChunk + 1;
    setState(State::Reading);
    readStock(
            indexes, [this, indexes](const StockReader::Stock &stock) { sendPart(indexes, stock); },
            [this, indexes](const ApiError &error, const QSet<qint64> &notFound) {
                // Nothing was sent. Lines of products that do not exist cannot be sent at all;
                // the others stay Pending.
                QList<int> refused;
                for (int index : indexes) {
                    SubmissionLine &line = m_submission.lines[index];
                    if (notFound.contains(line.line.productId)) {
                        line.status = LineStatus::NotApplied;
                        line.resolution = Resolution::Server;
                        line.message = error.userMessage();
                        refused.append(index);
                    }
                }
                if (!refused.isEmpty())
                    save(refused);
                m_hold = true;
                m_state = State::Idle; // settled; the next step announces its own state
                Q_EMIT linesChanged();
                pause(error);
            });
}

void AdjustmentSubmitter::sendPart(const QList<int> &indexes, const StockReader::Stock &stock)
{
    // Expected quantities, accumulated per pair in request order.
    QHash<StockPair, std::optional<qint64>> running;
    QHash<StockPair, bool> existed;
    for (int index : indexes) {
        const SubmissionLine &line = m_submission.lines.at(index);
        const StockPair pair = pairOf(line);
        if (running.contains(pair))
            continue;
        bool exists = false;
        std::optional<qint64> quantity =
                StockReader::quantity(stock, pair.first, pair.second, &exists);
        if (!exists)
            quantity = 0; // no record: an adjustment with a positive amount creates it
        running.insert(pair, quantity);
        existed.insert(pair, exists);
    }

    const QList<SubmissionLine> before = [&] {
        QList<SubmissionLine> copy;
        for (int index : indexes)
            copy.append(m_submission.lines.at(index));
        return copy;
    }();
    const int part = m_lastChunk + 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AdjustAction> actions;
    for (int index : indexes) {
        SubmissionLine &line = m_submission.lines[index];
        const StockPair pair = pairOf(line);
        const std::optional<qint64> quantity = running.value(pair);
        line.recordExisted = existed.value(pair);
        line.expectedBefore = quantity;
        line.expectedAfter =
                quantity ? std::optional<qint64>(*quantity + line.line.amount) : std::nullopt;
        running.insert(pair, line.expectedAfter);
        line.status = LineStatus::Sending;
        line.resolution = Resolution::None;
        line.serverPrevious.reset();
        line.serverNew.reset();
        line.observed.reset();
        line.message.clear();
        line.hint.clear();
        line.attempts += 1;
        line.chunk = part;
        line.sentAt = now;
        line.decidedAt = {};
        actions.append({line.line.productId, line.line.warehouseId, line.line.amount,
                        line.line.reason, line.line.notes});
    }

    // Written to disk before anything leaves: if the app dies from here on, resume() knows
    // what to check.
    if (!save(indexes)) {
        for (int i = 0; i < indexes.size(); ++i)
            m_submission.lines[indexes.at(i)] = before.at(i);
        m_hold = true;
        m_state = State::Idle; // settled; the next step announces its own state
        Q_EMIT linesChanged();
        pause();
        return;
    }
    m_lastChunk = part;
    m_currentPart = part;
    Q_EMIT linesChanged();
    setState(State::Sending);
    if (!m_client) {
        onAdjusted(indexes, ApiError(ApiError::Kind::OutcomeUnknown, QStringLiteral("no client")));
        return;
    }
    const quint64 generation = m_generation;
    m_client->adjustInventory(actions, this,
                              [this, indexes, generation](const ApiResult<AdjustResult> &result) {
                                  if (generation == m_generation)
                                      onAdjusted(indexes, result);
                              });
}

void AdjustmentSubmitter::onAdjusted(const QList<int> &indexes,
                                     const ApiResult<AdjustResult> &result)
{
    if (result.ok()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<AdjustedLine> &adjusted = result.value().adjusted;
        QList<bool> used(adjusted.size(), false);
        for (int index : indexes) {
            SubmissionLine &line = m_submission.lines[index];
            // The answer's line for this one: the next unused entry of the same pair.
            for (int i = 0; i < adjusted.size(); ++i) {
                if (!used.at(i) && adjusted.at(i).productId == line.line.productId
                    && adjusted.at(i).warehouseId == line.line.warehouseId) {
                    used[i] = true;
                    line.serverPrevious = adjusted.at(i).previousQuantity;
                    line.serverNew = adjusted.at(i).newQuantity;
                    break;
                }
            }
            line.status = LineStatus::Applied;
            line.resolution = Resolution::Server;
            line.decidedAt = now;
        }
        save(indexes);
        m_state = State::Idle; // settled; the next step announces its own state
        Q_EMIT linesChanged();
        advance();
        return;
    }

    const ApiError &error = result.error();
    if (outcomeOpen(error)) {
        qCInfo(lcSubmitter) << "outcome unknown for part" << m_currentPart << "of submission"
                            << m_submission.id << error.toLogString();
        for (int index : indexes) {
            SubmissionLine &line = m_submission.lines[index];
            line.status = LineStatus::Unknown;
            line.message = error.userMessage();
        }
        save(indexes);
        m_lastError = error;
        Q_EMIT errorOccurred(error);
        m_state = State::Idle; // settled; the next step announces its own state
        Q_EMIT linesChanged();
        startCheck(indexes);
        return;
    }

    // Refused, or never sent: nothing of this request was applied. The error names the rows
    // its actions stand for, so that its sentence says "row 102" rather than "actions.1".
    ApiError refusal = error;
    QList<ActionRow> rows;
    QList<SubmissionLine> lines;
    for (int index : indexes) {
        const SubmissionLine &line = m_submission.lines.at(index);
        rows.append({line.position + 1, line.line.sku});
        lines.append(line);
    }
    refusal.setActionRows(rows);
    Reconciler::refuse(lines, refusal);
    for (int i = 0; i < indexes.size(); ++i)
        m_submission.lines[indexes.at(i)] = lines.at(i);
    save(indexes);
    m_hold = true;
    m_state = State::Idle;
    Q_EMIT linesChanged();
    pause(refusal);
}

void AdjustmentSubmitter::startCheck(const QList<int> &indexes)
{
    // Announced before the reads leave (tests move stock from here to create unclear rows).
    setState(State::Checking);
    readStock(
            indexes,
            [this, indexes](const StockReader::Stock &stock) { finishCheck(indexes, stock); },
            [this, indexes](const ApiError &error, const QSet<qint64> &notFound) {
                for (int index : indexes) {
                    SubmissionLine &line = m_submission.lines[index];
                    line.status = LineStatus::Unknown;
                    if (notFound.contains(line.line.productId))
                        line.message = error.userMessage();
                }
                save(indexes);
                m_state = State::Idle; // settled; the next step announces its own state
                Q_EMIT linesChanged();
                pause(error);
            });
}

void AdjustmentSubmitter::finishCheck(const QList<int> &indexes, const StockReader::Stock &stock)
{
    // Reconcile per request: lines carried by the same request share its fate.
    QMap<int, QList<int>> byChunk;
    for (int index : indexes)
        byChunk[m_submission.lines.at(index).chunk].append(index);
    bool someNotApplied = false;
    for (auto it = byChunk.cbegin(); it != byChunk.cend(); ++it) {
        QList<SubmissionLine> lines;
        ObservedStock observed;
        for (int index : it.value()) {
            const SubmissionLine &line = m_submission.lines.at(index);
            lines.append(line);
            bool exists = false;
            const std::optional<qint64> quantity = StockReader::quantity(
                    stock, line.line.productId, line.line.warehouseId, &exists);
            observed.insert(pairOf(line),
                            exists ? std::optional<qint64>(quantity.value_or(0)) : std::nullopt);
        }
        Reconciler::reconcile(lines, observed);
        for (int i = 0; i < it.value().size(); ++i) {
            m_submission.lines[it.value().at(i)] = lines.at(i);
            someNotApplied |= lines.at(i).status == LineStatus::NotApplied;
        }
    }
    if (someNotApplied)
        m_hold = true; // offered, never re-sent without the user
    save(indexes);
    m_state = State::Idle;
    Q_EMIT linesChanged();
    advance();
}

} // namespace Glance
