#pragma once

#include "protocol.h"
#include "serverstore.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSqlDriver>

#include <functional>

#include <memory>
#include <optional>

// Who is calling: resolved from the bearer token before the hub is asked anything.
struct TerminalIdentity
{
    qint64 terminalId = 0;
    qint64 groupId = 0;
    QString terminalName;
};

// An answer for the HTTP layer: a status code and a JSON body (docs/protocol.md).
struct HubReply
{
    int status = 200;
    QByteArray body;
};

// The sync rules of DESIGN.md section 4 for every session group: operations applied
// with rebase, shared ticket numbers, the event log, runs. It never sees HTTP.
class SessionHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHub)

public:
    struct Options
    {
        qint64 retainedEvents = 10000;
        qint64 retainedEventBytes = 64 * 1024 * 1024; // per group, besides the count
        int eventsPerAnswer = 500;
        // A session not heard from for this long is closed by the server (DESIGN.md 10).
        qint64 sessionExpirySeconds = 12 * 3600;
    };

    SessionHub(ServerStore *store, const Options &options, QObject *parent = nullptr);
    ~SessionHub() override;

    // Status 0: another server holds the group now; the push is to be tried again later.
    HubReply push(const TerminalIdentity &terminal, const Protocol::Batch &batch);
    // A refusal with the order added as the group has it, if it has it.
    HubReply withCurrentOrder(const HubReply &refusal, qint64 groupId, const QUuid &orderUid);
    // Pushes between these two share one durable commit; their answers may be sent
    // only after endGroupCommit() returned true.
    void beginGroupCommit();
    bool endGroupCommit();

    // Events after a sequence number. Without events to send, `hold` is set and the
    // caller keeps the poll until eventsAppended() or its heartbeat.
    struct Events
    {
        bool hold = false;
        HubReply reply;
    };
    Events events(qint64 groupId, qint64 after);
    HubReply snapshot(qint64 groupId);
    // A new revision of a shared document; 409 when base_revision is not the current one.
    HubReply putDocument(const TerminalIdentity &terminal, const Protocol::DocumentChange &change);
    HubReply openSession(const TerminalIdentity &terminal, const QString &instance);
    // The last session of a group to close ends its run.
    HubReply closeSession(const TerminalIdentity &terminal, const QString &instance);
    // Keeps a terminal's cash report of a closed session; a repeated one changes nothing.
    HubReply storeCashReport(const TerminalIdentity &terminal, const Protocol::CashReport &report);
    // The group's open sessions, and whether closing the caller's would end the run.
    HubReply sessions(const TerminalIdentity &terminal, const QString &instance);
    // The terminal's app instance made a request: its session, if open, is alive.
    void heard(const TerminalIdentity &terminal, const QString &instance);
    // Closes the sessions not heard from within the expiry and those an operator asked
    // to close, each with its reason in the event log; returns how many it closed.
    int closeStaleSessions();
    qint64 lastSeq(qint64 groupId);
    int loadedGroups() const { return int(m_groups.size()); }
    // The store's connection was opened again: what this hub kept may be old.
    void storeReconnected();

signals:
    void eventsAppended(qint64 groupId, qint64 lastSeq);

private:
    struct Group;
    Group *group(qint64 groupId);
    std::shared_ptr<Group> load(qint64 groupId, bool countEvents);
    // The group, read again if another server changed it since it was read.
    Group *freshGroup(qint64 groupId);
    Group *reload(qint64 groupId);
    // The group with the events other servers wrote up to seq or told of (PostgreSQL),
    // read again when its copy cannot follow.
    Group *groupUpTo(qint64 groupId, qint64 seq);
    bool catchUp(Group *group, qint64 upTo);
    void appendForeign(Group *group, const QList<QByteArray> &payloads);
    static bool isEvent(const QByteArray &payload, qint64 seq);
    void trimRecent(Group *group);
    // A group about to be written: on a shared (PostgreSQL) database its row lock is held
    // until the transaction ends, and a copy another server made old is read again.
    Group *lockedGroup(qint64 groupId, bool wait = true);
    void noteVersion(qint64 groupId);
    // A write outside a push, in a transaction of its own on a shared database.
    HubReply writeGroup(qint64 groupId, const std::function<HubReply(Group *)> &work);
    void onChangedElsewhere(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    bool ensureRun(Group *group);
    HubReply fail(int status, const QString &code, const QString &message);
    HubReply storeFailure();
    // The steps of a push (docs/protocol.md 4.1), each answering the push or passing it on.
    struct PushWork;
    HubReply applyBatch(const TerminalIdentity &terminal, const Protocol::Batch &batch);
    std::optional<HubReply> resolve(PushWork *push);
    HubReply closedOrder(PushWork *push, const Order &archived);
    std::optional<HubReply> applyOperations(PushWork *push);
    void settleClaims(PushWork *push);
    std::optional<HubReply> answerUnchanged(PushWork *push);
    HubReply commit(PushWork *push);
    HubReply endSession(const TerminalIdentity &terminal, const QString &instance, const QString &reason);
    QByteArray eventPayload(qint64 seq, const QByteArray &orderJson, const TerminalIdentity &origin,
                            const QString &instance, const QString &opId) const;
    void remember(Group *group, qint64 seq, const QByteArray &payload);
    void retain(Group *group, qint64 seq, qint64 payloadBytes);

    ServerStore *m_store;
    Options m_options;
    QHash<qint64, std::shared_ptr<Group>> m_groups;
    QHash<QString, qint64> m_lastTouch; // ms since the epoch a session's hearing was last stored
};
