#pragma once

#include "order.h"
#include "protocol.h"
#include "sqlmigration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

struct GroupRecord
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
};

struct TerminalRecord
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString groupName;
    QString name;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while the token is valid
    bool isRevoked() const { return revokedAt.isValid(); }
};

struct RunRecord
{
    qint64 id = 0;
    qint64 groupId = 0;
    QDateTime startedAt;
    QDateTime endedAt;
    int nextTicket = 1;
};

// One accepted change of an order: what it touched, for rebasing later batches.
struct ChangeRecord
{
    qint64 revision = 0;
    QStringList keys;
    Actor actor;
    QString instance; // the app instance that sent it: its own later batches never conflict with it
};

struct StoredOrder
{
    Order order;
    qint64 runId = 0;
    QList<ChangeRecord> changes;
};

// A JSON value the terminals of a group share under a key (an extension's floor plan).
struct SharedDocument
{
    QString key;
    QJsonValue value;
    qint64 revision = 0;
    Actor changedBy;
    QDateTime changedAt;
};

// An open session of a terminal's app instance, as the operator sees it.
struct SessionRecord
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString group;
    qint64 terminalId = 0;
    QString terminal;
    QString instance;
    QDateTime openedAt;
    QDateTime lastHeardAt;
    bool closeRequested = false; // asked for by `tandem-syncd session close`
};

struct GroupState
{
    std::optional<RunRecord> run;
    qint64 lastSeq = 0;
    qint64 version = 0;
    qint64 firstRetainedSeq = 1;
    qint64 retainedEventBytes = 0;
    QList<StoredOrder> openOrders;
    QStringList sessions; // "<terminal id>/<instance>"
    QHash<QString, SharedDocument> documents;
};

// A terminal's cash count of a closed session, as received.
struct StoredCashReport
{
    qint64 terminalId = 0;
    QString terminal;
    qint64 runId = 0; // the group's run when it arrived; 0 without one
    Protocol::CashReport report;
};

// Everything one accepted batch writes, committed in one transaction.
struct BatchCommit
{
    qint64 groupId = 0;
    const StoredOrder *order = nullptr;
    ChangeRecord change;
    qint64 seq = 0;
    QByteArray orderJson; // the order as compact JSON, when the caller has it already
    QByteArray eventPayload;
    QString opId;
    int status = 200;
    QByteArray response;
    std::optional<RunRecord> run; // written when a ticket was drawn
};

// tandem-syncd's durable state: one SQLite file (WAL, synchronous=FULL) or a PostgreSQL
// database (postgresql://...), the same statements on both where they can be.
class QSqlDriver;

class ServerStore final
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)

public:
    ServerStore();
    ~ServerStore();
    Q_DISABLE_COPY_MOVE(ServerStore)

    // A path opens an SQLite file; a postgresql:// URL a PostgreSQL database, with the
    // password read from passwordFile (or libpq's PGPASSFILE).
    bool open(const QString &location, const QString &passwordFile = QString());
    static bool isPostgresUrl(const QString &location);
    // PostgreSQL: the connection broke (the database restarted, the network failed);
    // reconnect() opens it again, and the caller reads every group afresh.
    bool isLost() const { return m_lost; }
    bool reconnect();
    bool isPostgres() const { return m_postgres; }
    // Several servers may share a PostgreSQL database. Each write to a group holds the
    // group's row lock until its transaction ends and counts up the group's version;
    // *version is the version once locked, *lastSeq the group's last event then (-1 when
    // the lock was already held in this transaction). groupVersion() is the last one this
    // store saw.
    bool lockGroup(qint64 groupId, qint64 *version, qint64 *lastSeq, bool wait = true);
    // The last lockGroup(…, wait = false) found the row locked by another server.
    bool lockWasBusy() const { return m_lockBusy; }
    qint64 groupVersion(qint64 groupId) const;
    // PostgreSQL: the driver whose notification() names a group another server changed,
    // as "<group id>:<last seq>", or "<group id>:<seq>:<event>" with the one new event it
    // wrote; nullptr for SQLite.
    QSqlDriver *listenForChanges();
    static constexpr const char *ChangesChannel = "tandem_changes";
    static constexpr qsizetype MaxNotificationBytes = 7900; // PostgreSQL's limit is 8000
    // The notification of a revoked token on that channel; the other servers' tokens go.
    static constexpr const char *TerminalsChanged = "terminals";
    void forgetTerminals() { m_terminalsByHash.clear(); }
    void forgetTerminals(const QSet<qint64> &ids);
    // Group commit: the transactions between these two share one durable commit;
    // each of them becomes a savepoint, so one failing batch rolls back alone.
    bool beginGroup();
    bool commitGroup();
    // Inside a group commit, everything one push reads and writes, in a savepoint of its
    // own: on PostgreSQL a failed statement spoils its transaction until it is rolled back
    // to a savepoint, and the other pushes of the group commit must not share its fate.
    // endBatch(false) rolls it back; it returns whether the push's work was kept.
    void beginBatch();
    bool endBatch(bool keep);
    void close();
    QString lastError() const { return m_lastError; }
    static const QList<Migration> &migrations();
    static const QList<Migration> &postgresMigrations();

    bool addGroup(const QString &name, GroupRecord *group);
    bool groups(QList<GroupRecord> *groups);
    bool groupByName(const QString &name, std::optional<GroupRecord> *group);
    bool addTerminal(qint64 groupId, const QString &name, const QByteArray &tokenHash, TerminalRecord *terminal);
    bool terminals(QList<TerminalRecord> *terminals);
    bool terminalByTokenHash(const QByteArray &tokenHash, std::optional<TerminalRecord> *terminal);
    bool terminalById(qint64 id, std::optional<TerminalRecord> *terminal);
    bool revokeTerminal(qint64 id);
    bool revokedTerminals(QSet<qint64> *ids);

    // Without countEvents, firstRetainedSeq and retainedEventBytes are left to the caller,
    // who knows them from a copy it read before (counting them reads the whole event log).
    bool loadGroupState(qint64 groupId, GroupState *state, bool countEvents = true);
    bool commitBatch(const BatchCommit &commit);
    // Stores a document's new revision and its event.
    bool commitDocument(qint64 groupId, const SharedDocument &document, qint64 seq, const QByteArray &eventPayload);
    bool loadOrder(qint64 groupId, const QUuid &uid, std::optional<StoredOrder> *order);
    bool recordOp(qint64 groupId, const QString &opId, int status, const QByteArray &response);
    bool findOp(qint64 groupId, const QString &opId, int *status, QByteArray *response, bool *found);
    bool startRun(qint64 groupId, RunRecord *run);
    // Ends the run: the given orders (already marked abandoned) and their events are written with it.
    bool endRun(qint64 groupId, qint64 runId, const QList<BatchCommit> &abandoned);
    bool setSession(qint64 groupId, qint64 terminalId, const QString &instance, bool open);
    // The session was heard from now (a poll, a push, a session call).
    bool touchSession(qint64 groupId, qint64 terminalId, const QString &instance);
    bool sessionRecords(QList<SessionRecord> *sessions);
    // Marks a session for the server to close; *found is false without such a session.
    bool requestSessionClose(qint64 sessionId, bool *found);
    // An event that is neither an order's nor a document's (a session the server closed).
    bool appendEvent(qint64 groupId, qint64 seq, const QByteArray &payload);
    // At most `limit` events and, past the first, maxBytes of them; *gap when the log
    // no longer holds the event right after afterSeq.
    bool events(qint64 groupId, qint64 afterSeq, int limit, qint64 maxBytes, QList<QByteArray> *payloads,
                qint64 *lastSeqSent, bool *gap);
    bool pruneEvents(qint64 groupId, qint64 keepFromSeq);
    // Drops the oldest events until the newest ones hold at most maxBytes; tells what is left.
    bool pruneEventsToBytes(qint64 groupId, qint64 maxBytes, qint64 *firstRetainedSeq, qint64 *retainedBytes);
    // Forgets the op_id answers older than `before` that do not belong to their group's
    // current run: replays are answered for at least that long and until the run ends.
    bool pruneOps(const QDateTime &before, int *removed);
    // A consistent copy of the whole database in a new file, also while the server
    // writes (SqlSupport::backupTo).
    bool backupTo(const QString &path);
    // Copies every row of this database into target, an empty one of the current schema
    // (tandem-syncd migrate), in one transaction: the same groups, tokens, orders, events,
    // op_id answers, runs and counters; *copied has the rows per table.
    bool copyTo(ServerStore &target, QList<std::pair<QString, qint64>> *copied);
    // Whether the open database is whole (PRAGMA integrity_check).
    bool isIntact();
    // Stores a session's cash report once; *known when this terminal sent it before.
    bool addCashReport(qint64 groupId, qint64 terminalId, qint64 runId, const Protocol::CashReport &report, bool *known);
    // The group's cash reports of sessions closed within [from, to), oldest first.
    bool cashReports(qint64 groupId, const QDateTime &from, const QDateTime &to, QList<StoredCashReport> *reports);
    // Paid and abandoned orders of the group, oldest first, changed within [from, to).
    // A page of them: after the cursor a previous page gave (empty for the first), at most
    // limit (0: all); *next is the cursor of the following page, empty after the last.
    bool finishedOrders(qint64 groupId, const QDateTime &from, const QDateTime &to, QList<StoredOrder> *orders,
                        const QString &after = {}, int limit = 0, QString *next = nullptr);
    static bool isOrderCursor(const QString &cursor);

    // Stored rows that could not be read back: moved into the table quarantine, logged and
    // counted, so that one bad row never stops its group (DESIGN.md 10).
    int quarantinedRows() const { return m_quarantined; }

private:
    // The advisory lock under which a PostgreSQL database is migrated.
    static constexpr qint64 MigrationLock = 0x74616e64656d01;

    struct UnreadableRow
    {
        QString table;
        QString key; // the row's uid, key or sequence number
        QByteArray data;
        QString problem;
    };
    static bool readOrder(const QByteArray &json, Order *order, QString *problem);
    bool quarantine(qint64 groupId, const QList<UnreadableRow> &rows);
    bool fail(const QString &message);
    bool openPostgres(const QString &location, const QString &passwordFile, QString *error);
    bool execute(const QString &statement);
    // A statement and its values, for bumpGroup to run along with its own.
    struct Write
    {
        QString sql;
        QVariantList values;
    };
    // Runs the writes, counts up the group's version, sets its last sequence number when
    // given, and tells the other servers (PostgreSQL) once the transaction commits: with
    // the new event (the one at lastSeq) when it fits in a notification.
    bool bumpGroup(qint64 groupId, std::optional<qint64> lastSeq, const QList<Write> &writes = {},
                   const QByteArray &event = {});
    static Write eventWrite(qint64 groupId, qint64 seq, const QByteArray &payload);
    QString byteLength(const char *column) const;
    QString sessionIdColumn() const;
    // Hot statements are prepared once per connection and bound by position.
    QSqlQuery *run(const QString &sql, const QVariantList &values);
    void dropCachesIfChangedElsewhere();
    bool transaction(const std::function<bool()> &work);
    bool countRetainedEvents(qint64 groupId, GroupState *state);
    bool deleteEventsBefore(qint64 groupId, qint64 keepFromSeq);
    bool pruneToBytes(qint64 groupId, qint64 maxBytes, qint64 *firstRetainedSeq, qint64 *retainedBytes);
    // The work in a savepoint of its own when a transaction is open, so that its failure
    // leaves what the transaction did before it.
    bool savepoint(const std::function<bool()> &work);
    void forgetTransaction();
    bool sendNotifications();
    bool writeCommit(const BatchCommit &commit);

    QString m_connectionName;
    QString m_lastError;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // Tokens resolved by hash; dropped when another process (the CLI) may have revoked one.
    QHash<QByteArray, TerminalRecord> m_terminalsByHash;
    qint64 m_dataVersion = -1;
    bool m_inGroup = false;
    bool m_inBatch = false;
    bool m_batchUnreleased = false; // the last push's savepoint, kept
    // PostgreSQL: a statement of the push failed, so its savepoint is aborted and must be
    // rolled back even when the push is answered with a refusal.
    bool m_batchFailed = false;
    bool m_lockBusy = false;
    bool m_inTransaction = false;
    // PostgreSQL: the groups this transaction holds the row lock of, and the notification
    // each changed group gets at commit (one per group, not one per write).
    QSet<qint64> m_lockedGroups;
    QHash<qint64, qint64> m_notifications; // group id → its last sequence number
    QHash<qint64, qint64> m_notificationsBeforeBatch;
    bool m_postgres = false;
    bool m_lost = false;
    QString m_location;
    QString m_passwordFile;
    QHash<qint64, qint64> m_versions; // group id → version, as last read or written
    int m_quarantined = 0;
};
