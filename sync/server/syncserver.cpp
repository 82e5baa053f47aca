#include "syncserver.h"

#include "accesslog.h"
#include "listeners.h"
#include "logging.h"
#include "pollbook.h"
#include "protocol.h"
#include "serverstore.h"
#include "servermetrics.h"
#include "sessionhub.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

constexpr int TickMs = 250;
constexpr int RevocationCheckMs = 1000;
constexpr int SessionCheckMs = 2000;
constexpr int ReconnectMs = 1000;
constexpr qint64 RecentContactMs = 5000;
constexpr size_t MaxPushesPerCommit = 60;
constexpr int BusyRetryMs = 1;
constexpr int RetryAfterSeconds = 5;
constexpr int MaxInstanceLength = 64;
constexpr int MaxTokenLength = 256;
constexpr int MaxOrdersPerPage = 500;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HubReply error(int status, const QString &code, const QString &message)
{
    return {status, compact(Protocol::errorBody(code, message))};
}

HubReply badRequest(const QString &message)
{
    return error(400, QStringLiteral("bad_request"), message);
}

const QByteArray RetryAfter = QByteArray::number(RetryAfterSeconds);

HubReply unavailable()
{
    return error(503, QStringLiteral("unavailable"), QStringLiteral("the server cannot reach its database; try again shortly"));
}

bool isBase64UrlToken(QByteArrayView token)
{
    return !token.isEmpty() && std::all_of(token.begin(), token.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

// A query string of known parameters, each at most once (docs/protocol.md 1.2).
bool parseQuery(const QUrl &url, const QStringList &allowed, QHash<QString, QString> *values, QString *problem)
{
    const QString query = url.query(QUrl::FullyEncoded);
    if (query.isEmpty())
        return true;
    for (const QString &item : query.split(QLatin1Char('&'))) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = item.left(equals);
        if (equals < 0 || !allowed.contains(key)) {
            *problem = allowed.isEmpty() ? QStringLiteral("this endpoint takes no query parameters")
                                         : QStringLiteral("query parameters are %1").arg(allowed.join(QStringLiteral(", ")));
            return false;
        }
        if (values->contains(key)) {
            *problem = QStringLiteral("%1 is given twice").arg(key);
            return false;
        }
        values->insert(key, QUrl::fromPercentEncoding(item.mid(equals + 1).toUtf8()));
    }
    return true;
}

// A sequence number written as plain decimal digits, as the protocol writes integers.
bool parseCount(const QString &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 16
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return false;
    *value = text.toLongLong();
    return *value <= Protocol::MaxInteger;
}

bool validInstance(const QString &instance)
{
    return !instance.isEmpty() && instance.size() <= MaxInstanceLength && !instance.trimmed().isEmpty()
        && std::none_of(instance.begin(), instance.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString instanceRule()
{
    return QStringLiteral("instance must have 1 to %1 characters, not blank, without control characters")
        .arg(MaxInstanceLength);
}

} // namespace

// One request on its way through a route.
struct SyncServer::Call
{
    const QHttpServerRequest &request;
    QTcpSocket *socket;
    QHttpServerResponder &responder;
    TerminalIdentity terminal;
    Http::AccessRecord access;
};

// A decoded push waiting for the group commit of this event-loop pass.
struct SyncServer::PendingPush
{
    explicit PendingPush(QHttpServerResponder &&r)
        : responder(std::move(r))
    {
    }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    TerminalIdentity terminal;
    Http::AccessRecord access;
    Protocol::Batch batch;
    QElapsedTimer timer;
};

const std::vector<SyncServer::Route> &SyncServer::routes()
{
    using Method = QHttpServerRequest::Method;
    static const std::vector<Route> table{
        {"/health", Method::Get, false, &SyncServer::serveHealth},
        {"/metrics", Method::Get, false, &SyncServer::serveMetrics},
        {"/v1/whoami", Method::Get, true, &SyncServer::serveWhoami},
        {"/v1/push", Method::Post, true, &SyncServer::servePush},
        {"/v1/events", Method::Get, true, &SyncServer::serveEvents},
        {"/v1/snapshot", Method::Get, true, &SyncServer::serveSnapshot},
        {"/v1/sessions", Method::Get, true, &SyncServer::serveSessions},
        {"/v1/orders", Method::Get, true, &SyncServer::serveOrders},
        {"/v1/session/open", Method::Post, true, &SyncServer::serveSessionOpen},
        {"/v1/session/close", Method::Post, true, &SyncServer::serveSessionClose},
        {"/v1/documents", Method::Post, true, &SyncServer::serveDocuments},
        {"/v1/cash-reports", Method::Post, true, &SyncServer::serveCashReports},
    };
    return table;
}

SyncServer::SyncServer(ServerStore *store, SessionHub *hub, const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_hub(hub)
    , m_options(options)
    , m_connections(std::make_unique<ConnectionBook>(
          ConnectionBook::Options{options.maxBodyBytes, options.timeouts, options.maxConnections}))
    , m_polls(std::make_unique<PollBook>(
          [this](QHttpServerResponder &responder, const HubReply &answer, const Http::AccessRecord &access) {
              if (answer.status == 200 && !answer.body.startsWith(QByteArrayLiteral("{\"events\":[]")))
                  m_metrics->countEventAnswer();
              reply(responder, answer, access);
          }))
    , m_metrics(std::make_unique<ServerMetrics>())
{
    m_clock.start();
    // Queued: the pusher gets its answer first, and pushes arriving together share one fan-out.
    connect(hub, &SessionHub::eventsAppended, this, &SyncServer::onEventsAppended, Qt::QueuedConnection);
    m_tick.setInterval(qMin(TickMs, options.heartbeatMs));
    connect(&m_tick, &QTimer::timeout, this, &SyncServer::onTick);
    m_tick.start();
}

SyncServer::~SyncServer()
{
    shutdown();
}

int SyncServer::pendingPolls() const
{
    return m_polls->size();
}

QSet<qint64> SyncServer::connectedTerminals() const
{
    QSet<qint64> connected = m_polls->terminalIds();
    const qint64 now = m_clock.elapsed();
    for (auto it = m_lastContact.cbegin(); it != m_lastContact.cend(); ++it) {
        if (now - it.value() <= RecentContactMs)
            connected.insert(it.key());
    }
    return connected;
}

quint16 SyncServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, QString *errorText)
{
    QTcpServer *listener = tls ? m_connections->tlsListener(*tls, this) : m_connections->plainListener(this);
    listener->setListenBacklogSize(m_options.listenBacklog);
    if (!listener->listen(address, port)) {
        *errorText = listener->errorString();
        delete listener;
        return 0;
    }
    m_listener = listener;
    bind(listener);
    return listener->serverPort();
}

bool SyncServer::replaceTls(const QSslConfiguration &tls)
{
    auto *secure = qobject_cast<QSslServer *>(m_listener);
    if (!secure)
        return false;
    secure->setSslConfiguration(tls);
    return true;
}

void SyncServer::shutdown()
{
    if (m_listener)
        m_listener->close();
    if (!m_pushes.empty())
        applyPendingPushes();
    m_polls->answerAll(error(503, QStringLiteral("shutting_down"), QStringLiteral("the server is stopping; poll again later")));
}

void SyncServer::reply(Call &call, const HubReply &answer)
{
    reply(call.responder, answer, call.access);
}

void SyncServer::reply(QHttpServerResponder &responder, const HubReply &hubAnswer, const Http::AccessRecord &access)
{
    // A storage failure while the database cannot be reached is not the request's fault.
    const HubReply answer = hubAnswer.status == 500 && m_store->isLost() ? unavailable() : hubAnswer;
    m_metrics->countResponse(answer.status);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
    if (answer.status == 503)
        responder.write(answer.body, {{"Content-Type", "application/json"}, {"Retry-After", RetryAfter}}, status);
    else
        responder.write(answer.body, QByteArrayLiteral("application/json"), status);
    Http::logAccess(access, answer.status, m_clock.nsecsElapsed());
    if (QTcpSocket *socket = responder.socket()) {
        // Out now rather than at the next pass of the event loop, ahead of any fan-out.
        socket->flush();
        if (Http::RequestGuard *guard = Http::RequestGuard::of(socket))
            guard->responded();
    }
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (Http::RequestGuard *guard = Http::RequestGuard::of(socket))
        guard->requestHandled();
    QHttpServerResponder responder = makeResponder(request, socket);
    Call call{request, socket, responder, {}, Http::accessRecord(request, socket, m_clock.nsecsElapsed())};

    const QString path = request.url().path();
    const Route *match = nullptr;
    bool pathKnown = false;
    for (const Route &route : routes()) {
        if (path != QLatin1String(route.path))
            continue;
        pathKnown = true;
        if (route.method == request.method())
            match = &route;
    }
    if (!pathKnown) {
        reply(call, error(404, QStringLiteral("not_found"), QStringLiteral("no endpoint %1").arg(path)));
        return true;
    }
    if (!match) {
        const bool takesPost = std::any_of(routes().begin(), routes().end(), [&](const Route &route) {
            return path == QLatin1String(route.path) && route.method == QHttpServerRequest::Method::Post;
        });
        reply(call, error(405, QStringLiteral("method_not_allowed"),
                          QStringLiteral("%1 takes %2").arg(path, takesPost ? QStringLiteral("POST") : QStringLiteral("GET"))));
        return true;
    }
    HubReply refusal;
    if (match->needsToken && !authenticate(request, &call.terminal, &refusal)) {
        if (match->handle == &SyncServer::servePush)
            m_metrics->countPush(refusal.status);
        reply(call, refusal);
        return true;
    }
    call.access.terminalId = call.terminal.terminalId;
    (this->*match->handle)(call);
    return true;
}

void SyncServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
}

bool SyncServer::authenticate(const QHttpServerRequest &request, TerminalIdentity *terminal, HubReply *refusal)
{
    const QByteArray header = request.value(QByteArrayLiteral("authorization"));
    if (!header.startsWith("Bearer ") || header.size() > 7 + MaxTokenLength
        || !isBase64UrlToken(QByteArrayView(header).sliced(7))) {
        *refusal = error(401, QStringLiteral("unauthorized"), QStringLiteral("send Authorization: Bearer <terminal token>"));
        return false;
    }
    const QByteArray hash = QCryptographicHash::hash(header.mid(7), QCryptographicHash::Sha256);
    std::optional<TerminalRecord> found;
    if (!m_store->terminalByTokenHash(hash, &found)) {
        *refusal = error(500, QStringLiteral("storage"), QStringLiteral("the server cannot check the token"));
        return false;
    }
    if (!found) {
        *refusal = error(401, QStringLiteral("unauthorized"), QStringLiteral("the token is not known"));
        return false;
    }
    if (found->isRevoked()) {
        *refusal = error(403, QStringLiteral("revoked"), QStringLiteral("the token of terminal \"%1\" was revoked")
                                                             .arg(found->name));
        return false;
    }
    *terminal = {found->id, found->groupId, found->name};
    m_lastContact.insert(found->id, m_clock.elapsed());
    return true;
}

bool SyncServer::readBody(Call &call, QJsonObject *body)
{
    QString problem;
    if (!Protocol::parseJsonObject(call.request.body(), body, &problem)) {
        reply(call, error(400, QStringLiteral("bad_json"), problem));
        return false;
    }
    return true;
}

bool SyncServer::readInstance(Call &call, QString *instance)
{
    QHash<QString, QString> query;
    QString problem;
    if (!parseQuery(call.request.url(), {QStringLiteral("instance")}, &query, &problem)) {
        reply(call, badRequest(problem));
        return false;
    }
    *instance = query.value(QStringLiteral("instance"));
    if (!validInstance(*instance)) {
        reply(call, badRequest(instanceRule()));
        return false;
    }
    return true;
}

void SyncServer::serveHealth(Call &call)
{
    if (m_store->isLost()) {
        reply(call, {503, compact({{QStringLiteral("status"), QStringLiteral("unavailable")},
                                   {QStringLiteral("protocol"), Protocol::Version},
                                   {QStringLiteral("database"), QStringLiteral("unreachable")},
                                   {QStringLiteral("uptime_s"), m_clock.elapsed() / 1000}})});
        return;
    }
    reply(call, {200, compact({{QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("protocol"), Protocol::Version},
                            {QStringLiteral("quarantined_rows"), m_store->quarantinedRows()},
                            {QStringLiteral("uptime_s"), m_clock.elapsed() / 1000}})});
}

void SyncServer::serveMetrics(Call &call)
{
    m_metrics->countResponse(200);
    const ConnectionBook::Counts &counts = m_connections->counts();
    ServerMetrics::Gauges gauges;
    gauges.pollsHeld = m_polls->size();
    gauges.connectionsOpen = m_connections->open();
    gauges.connectionLimit = m_connections->limit();
    gauges.connectionsAccepted = counts.accepted;
    gauges.connectionsRefused = counts.refused;
    gauges.connectionsEvicted = counts.evicted;
    gauges.connectionsTimedOut = counts.timedOut;
    gauges.quarantinedRows = m_store->quarantinedRows();
    gauges.groupsLoaded = m_hub->loadedGroups();
    gauges.groupsPolling = int(m_polls->groupIds().size());
    gauges.terminalsConnected = int(connectedTerminals().size());
    gauges.databaseUp = !m_store->isLost();
    call.responder.write(m_metrics->text(gauges), QByteArrayLiteral("text/plain; version=0.0.4"));
    Http::logAccess(call.access, 200, m_clock.nsecsElapsed());
    if (Http::RequestGuard *guard = Http::RequestGuard::of(call.socket))
        guard->responded();
}

void SyncServer::serveWhoami(Call &call)
{
    reply(call, {200, compact({{QStringLiteral("terminal_id"), call.terminal.terminalId},
                            {QStringLiteral("terminal"), call.terminal.terminalName},
                            {QStringLiteral("last_seq"), m_hub->lastSeq(call.terminal.groupId)}})});
}

void SyncServer::servePush(Call &call)
{
    auto push = std::make_unique<PendingPush>(std::move(call.responder));
    push->timer.start();
    push->access = call.access;
    QJsonObject body;
    QString problem;
    if (!Protocol::parseJsonObject(call.request.body(), &body, &problem)) {
        m_metrics->countPush(400);
        reply(push->responder, error(400, QStringLiteral("bad_json"), problem), push->access);
        return;
    }
    if (!Protocol::batchFromJson(body, &push->batch, &problem)) {
        m_metrics->countPush(400);
        const QUuid order = QUuid::fromString(body.value(QStringLiteral("order")).toString());
        reply(push->responder,
              order.isNull() ? badRequest(problem) : m_hub->withCurrentOrder(badRequest(problem), call.terminal.groupId, order),
              push->access);
        return;
    }
    m_hub->heard(call.terminal, push->batch.instance);
    push->socket = call.socket;
    push->terminal = call.terminal;
    m_pushes.push_back(std::move(push));
    // Pushes that arrive in the same event-loop pass share one durable commit.
    if (m_pushes.size() == 1)
        QMetaObject::invokeMethod(this, &SyncServer::applyPendingPushes, Qt::QueuedConnection);
}

void SyncServer::serveEvents(Call &call)
{
    QHash<QString, QString> query;
    QString problem;
    if (!parseQuery(call.request.url(), {QStringLiteral("after"), QStringLiteral("instance")}, &query, &problem)) {
        reply(call, badRequest(problem));
        return;
    }
    qint64 after = 0;
    if (!parseCount(query.value(QStringLiteral("after")), &after)) {
        reply(call, badRequest(QStringLiteral("after must be a sequence number >= 0, in decimal digits")));
        return;
    }
    const QString instance = query.value(QStringLiteral("instance"));
    if (!validInstance(instance)) {
        reply(call, badRequest(instanceRule()));
        return;
    }
    m_hub->heard(call.terminal, instance);
    const SessionHub::Events events = m_hub->events(call.terminal.groupId, after);
    if (!events.hold) {
        if (events.reply.status == 200)
            m_metrics->countEventAnswer();
        reply(call, events.reply);
        return;
    }
    m_polls->hold(std::move(call.responder), call.socket, call.terminal, instance, after,
                  m_clock.elapsed() + m_options.heartbeatMs, call.access);
}

void SyncServer::serveSnapshot(Call &call)
{
    QHash<QString, QString> query;
    QString problem;
    if (!parseQuery(call.request.url(), {}, &query, &problem)) {
        reply(call, badRequest(problem));
        return;
    }
    reply(call, m_hub->snapshot(call.terminal.groupId));
}

void SyncServer::serveSessions(Call &call)
{
    QString instance;
    if (!readInstance(call, &instance))
        return;
    m_hub->heard(call.terminal, instance);
    reply(call, m_hub->sessions(call.terminal, instance));
}

void SyncServer::serveOrders(Call &call)
{
    QHash<QString, QString> query;
    QString problem;
    if (!parseQuery(call.request.url(), {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("after"),
                                         QStringLiteral("limit")},
                    &query, &problem)) {
        reply(call, badRequest(problem));
        return;
    }
    qint64 limit = MaxOrdersPerPage;
    if (query.contains(QStringLiteral("limit"))
        && (!parseCount(query.value(QStringLiteral("limit")), &limit) || limit < 1 || limit > MaxOrdersPerPage)) {
        reply(call, badRequest(QStringLiteral("limit must be 1 to %1").arg(MaxOrdersPerPage)));
        return;
    }
    const QString after = query.value(QStringLiteral("after"));
    if (!after.isEmpty() && !ServerStore::isOrderCursor(after)) {
        reply(call, badRequest(QStringLiteral("after must be the next cursor of a previous page")));
        return;
    }
    QDateTime from;
    QDateTime to;
    for (const auto &[key, target] : {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        const QString text = query.value(key);
        if (text.isEmpty())
            continue;
        *target = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!target->isValid() || target->timeSpec() == Qt::LocalTime) {
            reply(call, badRequest(QStringLiteral("%1 must be an ISO 8601 time with Z or an offset").arg(key)));
            return;
        }
    }
    QList<StoredOrder> orders;
    QString next;
    if (!m_store->finishedOrders(call.terminal.groupId, from, to, &orders, after, int(limit), &next)) {
        reply(call, error(500, QStringLiteral("storage"), m_store->lastError()));
        return;
    }
    QJsonArray list;
    for (const StoredOrder &stored : std::as_const(orders))
        list.append(Protocol::orderToJson(stored.order));
    reply(call, {200, compact({{QStringLiteral("orders"), list},
                            {QStringLiteral("next"), next.isEmpty() ? QJsonValue() : QJsonValue(next)}})});
}

// The body of a session open or close: {"instance": ...} and nothing else.
bool SyncServer::readSessionBody(Call &call, QString *instance)
{
    QJsonObject body;
    if (!readBody(call, &body))
        return false;
    *instance = body.value(QStringLiteral("instance")).toString();
    if (body.size() != 1 || !validInstance(*instance)) {
        reply(call, badRequest(QStringLiteral("the body must be {\"instance\": ...}; ") + instanceRule()));
        return false;
    }
    return true;
}

void SyncServer::serveSessionOpen(Call &call)
{
    QString instance;
    if (readSessionBody(call, &instance))
        reply(call, m_hub->openSession(call.terminal, instance));
}

void SyncServer::serveSessionClose(Call &call)
{
    QString instance;
    if (readSessionBody(call, &instance))
        reply(call, m_hub->closeSession(call.terminal, instance));
}

void SyncServer::serveDocuments(Call &call)
{
    QJsonObject body;
    if (!readBody(call, &body))
        return;
    Protocol::DocumentChange change;
    QString problem;
    if (!Protocol::documentChangeFromJson(body, &change, &problem)) {
        reply(call, badRequest(problem));
        return;
    }
    reply(call, m_hub->putDocument(call.terminal, change));
}

void SyncServer::serveCashReports(Call &call)
{
    QJsonObject body;
    if (!readBody(call, &body))
        return;
    Protocol::CashReport report;
    QString problem;
    if (!Protocol::cashReportFromJson(body, &report, &problem)) {
        reply(call, badRequest(problem));
        return;
    }
    reply(call, m_hub->storeCashReport(call.terminal, report));
}

void SyncServer::applyPendingPushes()
{
    // Each push is a savepoint of the group commit; PostgreSQL slows down for everybody once
    // a transaction has more subtransactions than a backend caches (64). The rest waits for
    // the next pass, in order.
    std::vector<std::unique_ptr<PendingPush>> pushes;
    if (!m_store->isPostgres() || m_pushes.size() <= MaxPushesPerCommit) {
        pushes.swap(m_pushes);
    } else {
        const auto end = m_pushes.begin() + MaxPushesPerCommit;
        std::move(m_pushes.begin(), end, std::back_inserter(pushes));
        m_pushes.erase(m_pushes.begin(), end);
        QMetaObject::invokeMethod(this, &SyncServer::applyPendingPushes, Qt::QueuedConnection);
    }
    // Groups are locked in one order by every server sharing a database, so that two
    // group commits never wait for each other; a group's pushes keep their order.
    std::stable_sort(pushes.begin(), pushes.end(), [](const auto &a, const auto &b) {
        return a->terminal.groupId < b->terminal.groupId;
    });
    if (pushes.empty())
        return;
    QList<HubReply> answers;
    QSet<qint64> busy; // held by another server: this pass leaves their pushes, in order
    m_hub->beginGroupCommit();
    for (const auto &push : pushes) {
        answers.append(busy.contains(push->terminal.groupId) ? HubReply{0, {}}
                                                              : m_hub->push(push->terminal, push->batch));
        if (answers.last().status == 0)
            busy.insert(push->terminal.groupId);
    }
    const bool stored = m_hub->endGroupCommit();
    std::vector<std::unique_ptr<PendingPush>> deferred;
    for (size_t i = 0; i < pushes.size(); ++i) {
        if (stored && answers.at(int(i)).status == 0) {
            deferred.push_back(std::move(pushes[i]));
            continue;
        }
        PendingPush &push = *pushes[i];
        const HubReply answer = stored ? answers.at(int(i))
                                       : error(500, QStringLiteral("storage"),
                                               QStringLiteral("the server could not store the change"));
        m_metrics->countPush(answer.status);
        // The responder holds a raw socket pointer: write only while its client is there.
        if (push.socket && push.socket->state() == QAbstractSocket::ConnectedState)
            reply(push.responder, answer, push.access);
        m_metrics->observePushSeconds(push.timer.nsecsElapsed() / 1e9);
    }
    if (!deferred.empty()) {
        std::move(m_pushes.begin(), m_pushes.end(), std::back_inserter(deferred));
        m_pushes.swap(deferred);
        QTimer::singleShot(BusyRetryMs, this, &SyncServer::applyPendingPushes);
    }
}

void SyncServer::onEventsAppended(qint64 groupId, qint64)
{
    m_polls->answerGroup(groupId, [this, groupId](qint64 after) -> std::optional<HubReply> {
        const SessionHub::Events events = m_hub->events(groupId, after);
        if (events.hold)
            return std::nullopt;
        return events.reply;
    });
}

void SyncServer::onTick()
{
    const qint64 now = m_clock.elapsed();
    m_polls->answerExpired(now);
    for (auto it = m_lastContact.begin(); it != m_lastContact.end();)
        it = now - it.value() > RecentContactMs ? m_lastContact.erase(it) : std::next(it);
    if (m_store->isLost()) {
        if (now - m_lastReconnect < ReconnectMs)
            return;
        m_lastReconnect = now;
        if (!m_store->reconnect())
            return;
        // Changes other servers made meanwhile went unheard: every group is read again.
        m_hub->storeReconnected();
        for (const qint64 groupId : m_polls->groupIds())
            onEventsAppended(groupId, 0);
    }
    const qint64 pruneEveryMs = qMin<qint64>(3600 * 1000, m_options.opRetentionSeconds * 500);
    if (m_lastOpsPrune < 0 || now - m_lastOpsPrune >= pruneEveryMs) {
        m_lastOpsPrune = now;
        int removed = 0;
        if (m_store->pruneOps(QDateTime::currentDateTimeUtc().addSecs(-m_options.opRetentionSeconds), &removed) && removed > 0)
            qCInfo(lcServerHub, "forgot %d op_id answers older than %lld s", removed, m_options.opRetentionSeconds);
    }
    if (now - m_lastSessionCheck >= SessionCheckMs || m_lastSessionCheck == 0) {
        m_lastSessionCheck = now;
        m_hub->closeStaleSessions();
    }
    // A revoked token also ends the poll it holds; tokens are revoked from the CLI, another
    // process, so the database is asked.
    // On PostgreSQL it also backs up the revocation notice for the token cache, should one
    // be missed.
    if (now - m_lastRevocationCheck >= RevocationCheckMs && (m_polls->size() > 0 || m_store->isPostgres())) {
        m_lastRevocationCheck = now;
        QSet<qint64> revoked;
        if (m_store->revokedTerminals(&revoked) && !revoked.isEmpty())
            m_store->forgetTerminals(revoked);
        if (!revoked.isEmpty())
            m_polls->answerTerminals(revoked & m_polls->terminalIds(),
                                     error(403, QStringLiteral("revoked"), QStringLiteral("the terminal's token was revoked")));
    }
}
