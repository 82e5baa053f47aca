#include "syncserver.h"

#include "protocol.h"
#include "serverstore.h"
#include "sessionhub.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <array>

namespace {

constexpr qint64 MaxHeaderBytes = 16 * 1024;
constexpr int TickMs = 250;
constexpr int RevocationCheckMs = 1000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HubReply error(int status, const QString &code, const QString &message)
{
    return {status, compact(Protocol::errorBody(code, message))};
}

// Counts the bytes of each request as they arrive and refuses one that is too large
// before QHttpServer has buffered it whole (it has no limit of its own in Qt 6.4).
class RequestSizeGuard final : public QObject
{
public:
    RequestSizeGuard(QTcpSocket *socket, qint64 maxBody)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBody(maxBody)
    {
        setObjectName(name());
        // Connected before QHttpServer's own handler, so it sees each chunk first.
        connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::onReadyRead);
    }

    static QString name() { return QStringLiteral("tandem-request-size-guard"); }
    static RequestSizeGuard *of(QTcpSocket *socket)
    {
        return static_cast<RequestSizeGuard *>(socket->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly));
    }

    void requestDone()
    {
        m_bytes = 0;
        m_head.clear();
        m_headChecked = false;
    }

private:
    void onReadyRead()
    {
        if (m_refused) {
            m_socket->readAll();
            return;
        }
        const qint64 fresh = m_socket->bytesAvailable();
        if (!m_headChecked) {
            m_head += m_socket->peek(qMin(fresh, MaxHeaderBytes - m_head.size() + 4));
            const int end = m_head.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_headChecked = true;
                checkHead(m_head.left(end));
                m_head.clear();
            } else if (m_head.size() >= MaxHeaderBytes) {
                refuse(413, "Payload Too Large", QStringLiteral("the request headers exceed %1 bytes").arg(MaxHeaderBytes));
            }
        }
        m_bytes += fresh;
        if (!m_refused && m_bytes > m_maxBody + MaxHeaderBytes)
            refuse(413, "Payload Too Large", QStringLiteral("the body exceeds %1 bytes").arg(m_maxBody));
    }

    void checkHead(const QByteArray &head)
    {
        bool expectsContinue = false;
        for (const QByteArray &line : head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    refuse(400, "Bad Request", QStringLiteral("Content-Length is not a number"));
                else if (length > m_maxBody)
                    refuse(413, "Payload Too Large", QStringLiteral("the body exceeds %1 bytes").arg(m_maxBody));
            } else if (name == "transfer-encoding" && value != "identity") {
                refuse(400, "Bad Request", QStringLiteral("send the body with Content-Length, not chunked"));
            } else if (name == "expect" && value == "100-continue") {
                expectsContinue = true;
            }
            if (m_refused)
                return;
        }
        // Qt 6.4 never answers Expect itself, which would stall such a client for a second.
        if (expectsContinue)
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    }

    void refuse(int status, const char *reason, const QString &message)
    {
        m_refused = true;
        const QByteArray body = compact(Protocol::errorBody(status == 413 ? QStringLiteral("too_large")
                                                                          : QStringLiteral("bad_request"),
                                                            message));
        m_socket->readAll();
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    qint64 m_bytes = 0;
    QByteArray m_head;
    bool m_headChecked = false;
    bool m_refused = false;
};

class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBody, QObject *parent)
        : QTcpServer(parent)
        , m_maxBody(maxBody)
    {
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        // A hard ceiling on what one connection may hold in memory.
        socket->setReadBufferSize(m_maxBody + 2 * MaxHeaderBytes);
        new RequestSizeGuard(socket, m_maxBody);
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBody;
};

// The same guard for TLS connections, attached before the first decrypted byte.
class GuardedSslServer final : public QSslServer
{
public:
    GuardedSslServer(qint64 maxBody, QObject *parent)
        : QSslServer(parent)
    {
        connect(this, &QSslServer::startedEncryptionHandshake, this, [maxBody](QSslSocket *socket) {
            socket->setReadBufferSize(maxBody + 2 * MaxHeaderBytes);
            new RequestSizeGuard(socket, maxBody);
        });
    }
};

QHttpServerResponder::StatusCode statusCode(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
}

const std::array<double, 10> LatencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0};

} // namespace

struct SyncServer::PendingPoll
{
    PendingPoll(QHttpServerResponder &&r)
        : responder(std::move(r))
    {
    }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QMetaObject::Connection disconnected;
    qint64 groupId = 0;
    qint64 terminalId = 0;
    QString instanceKey;
    qint64 after = 0;
    qint64 deadline = 0;
};

// A decoded push waiting for the group commit of this event-loop pass.
struct SyncServer::PendingPush
{
    PendingPush(QHttpServerResponder &&r)
        : responder(std::move(r))
    {
    }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    TerminalIdentity terminal;
    Protocol::Batch batch;
    QElapsedTimer timer;
};

struct SyncServer::Metrics
{
    quint64 pushesApplied = 0;
    quint64 pushesConflict = 0;
    quint64 pushesRefused = 0;
    quint64 eventsDelivered = 0;
    QHash<int, quint64> responses;
    std::array<quint64, LatencyBuckets.size()> latencyBuckets{};
    quint64 latencyCount = 0;
    double latencySum = 0;
};

SyncServer::SyncServer(ServerStore *store, SessionHub *hub, const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_hub(hub)
    , m_options(options)
    , m_metrics(std::make_unique<Metrics>())
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

quint16 SyncServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, QString *errorText)
{
    QTcpServer *listener = nullptr;
    if (tls) {
        auto *secure = new GuardedSslServer(m_options.maxBodyBytes, this);
        secure->setSslConfiguration(*tls);
        listener = secure;
    } else {
        listener = new GuardedTcpServer(m_options.maxBodyBytes, this);
    }
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

void SyncServer::shutdown()
{
    if (m_listener)
        m_listener->close();
    if (!m_pushes.empty())
        applyPendingPushes();
    while (!m_polls.empty())
        answerPoll(m_polls.begin()->first, error(503, QStringLiteral("shutting_down"),
                                                 QStringLiteral("the server is stopping; poll again later")));
}

void SyncServer::reply(QHttpServerResponder &responder, const HubReply &answer)
{
    ++m_metrics->responses[answer.status];
    responder.write(answer.body, QByteArrayLiteral("application/json"), statusCode(answer.status));
    // Out now rather than at the next pass of the event loop, ahead of any fan-out.
    if (QTcpSocket *socket = responder.socket())
        socket->flush();
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (RequestSizeGuard *guard = RequestSizeGuard::of(socket))
        guard->requestDone();
    QHttpServerResponder responder = makeResponder(request, socket);
    route(request, socket, responder);
    return true;
}

void SyncServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
}

bool SyncServer::authenticate(const QHttpServerRequest &request, TerminalIdentity *terminal, HubReply *refusal)
{
    const QByteArray header = request.value(QByteArrayLiteral("authorization"));
    if (!header.startsWith("Bearer ") || header.size() < 8) {
        *refusal = error(401, QStringLiteral("unauthorized"), QStringLiteral("send Authorization: Bearer <terminal token>"));
        return false;
    }
    const QByteArray hash = QCryptographicHash::hash(header.mid(7).trimmed(), QCryptographicHash::Sha256);
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
    return true;
}

bool SyncServer::readBody(const QHttpServerRequest &request, QJsonObject *body, HubReply *refusal)
{
    const QByteArray raw = request.body();
    if (raw.size() > m_options.maxBodyBytes) {
        *refusal = error(413, QStringLiteral("too_large"), QStringLiteral("the body exceeds %1 bytes").arg(m_options.maxBodyBytes));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = error(400, QStringLiteral("bad_json"), parseError.error != QJsonParseError::NoError
                                                               ? QStringLiteral("the body is not JSON: %1 at offset %2")
                                                                     .arg(parseError.errorString()).arg(parseError.offset)
                                                               : QStringLiteral("the body must be a JSON object"));
        return false;
    }
    *body = document.object();
    return true;
}

void SyncServer::route(const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;

    if (path == QLatin1String("/health") && get) {
        reply(responder, {200, compact({{QStringLiteral("status"), QStringLiteral("ok")},
                                        {QStringLiteral("protocol"), Protocol::Version},
                                        {QStringLiteral("uptime_s"), m_clock.elapsed() / 1000}})});
        return;
    }
    if (path == QLatin1String("/metrics") && get) {
        ++m_metrics->responses[200];
        responder.write(metricsText(), QByteArrayLiteral("text/plain; version=0.0.4"));
        return;
    }
    static const QStringList getRoutes{QStringLiteral("/v1/events"), QStringLiteral("/v1/snapshot"),
                                       QStringLiteral("/v1/orders"), QStringLiteral("/v1/whoami"),
                                       QStringLiteral("/v1/sessions")};
    static const QStringList postRoutes{QStringLiteral("/v1/push"), QStringLiteral("/v1/session/open"),
                                        QStringLiteral("/v1/session/close"), QStringLiteral("/v1/documents"),
                                        QStringLiteral("/v1/cash-reports")};
    if (!getRoutes.contains(path) && !postRoutes.contains(path) && path != QLatin1String("/health")
        && path != QLatin1String("/metrics")) {
        reply(responder, error(404, QStringLiteral("not_found"), QStringLiteral("no endpoint %1").arg(path)));
        return;
    }
    if ((getRoutes.contains(path) && !get) || (postRoutes.contains(path) && !post)
        || path == QLatin1String("/health") || path == QLatin1String("/metrics")) {
        reply(responder, error(405, QStringLiteral("method_not_allowed"),
                               QStringLiteral("%1 takes %2").arg(path, postRoutes.contains(path) ? QStringLiteral("POST")
                                                                                                : QStringLiteral("GET"))));
        return;
    }

    TerminalIdentity terminal;
    HubReply refusal;
    if (!authenticate(request, &terminal, &refusal)) {
        reply(responder, refusal);
        return;
    }

    if (path == QLatin1String("/v1/push")) {
        auto push = std::make_unique<PendingPush>(std::move(responder));
        push->timer.start();
        QJsonObject body;
        QString problem;
        if (!readBody(request, &body, &refusal)) {
            ++m_metrics->pushesRefused;
            reply(push->responder, refusal);
            return;
        }
        if (!Protocol::batchFromJson(body, &push->batch, &problem)) {
            ++m_metrics->pushesRefused;
            reply(push->responder, error(400, QStringLiteral("bad_request"), problem));
            return;
        }
        push->socket = socket;
        push->terminal = terminal;
        m_pushes.push_back(std::move(push));
        // Pushes that arrive in the same event-loop pass share one durable commit.
        if (m_pushes.size() == 1)
            QMetaObject::invokeMethod(this, &SyncServer::applyPendingPushes, Qt::QueuedConnection);
        return;
    }
    if (path == QLatin1String("/v1/events")) {
        const QUrlQuery query(request.url());
        bool ok = false;
        const qint64 after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded).toLongLong(&ok);
        const QString instance = query.queryItemValue(QStringLiteral("instance"), QUrl::FullyDecoded);
        if (!ok || after < 0) {
            reply(responder, error(400, QStringLiteral("bad_request"), QStringLiteral("after must be a sequence number >= 0")));
            return;
        }
        if (instance.isEmpty() || instance.size() > 64) {
            reply(responder, error(400, QStringLiteral("bad_request"), QStringLiteral("instance must have 1 to 64 characters")));
            return;
        }
        SessionHub::Events events = m_hub->events(terminal.groupId, after);
        if (!events.hold) {
            if (events.reply.status == 200)
                ++m_metrics->eventsDelivered;
            reply(responder, events.reply);
            return;
        }
        holdPoll(std::move(responder), socket, terminal, instance, after);
        return;
    }
    if (path == QLatin1String("/v1/sessions")) {
        const QString instance = QUrlQuery(request.url()).queryItemValue(QStringLiteral("instance"), QUrl::FullyDecoded);
        if (instance.isEmpty() || instance.size() > 64) {
            reply(responder, error(400, QStringLiteral("bad_request"), QStringLiteral("instance must have 1 to 64 characters")));
            return;
        }
        reply(responder, m_hub->sessions(terminal, instance));
        return;
    }
    if (path == QLatin1String("/v1/snapshot")) {
        reply(responder, m_hub->snapshot(terminal.groupId));
        return;
    }
    if (path == QLatin1String("/v1/whoami")) {
        reply(responder, {200, compact({{QStringLiteral("terminal_id"), terminal.terminalId},
                                        {QStringLiteral("terminal"), terminal.terminalName},
                                        {QStringLiteral("last_seq"), m_hub->lastSeq(terminal.groupId)}})});
        return;
    }
    if (path == QLatin1String("/v1/orders")) {
        const QUrlQuery query(request.url());
        QDateTime from;
        QDateTime to;
        for (const auto &[key, target] : {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
            const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
            if (text.isEmpty())
                continue;
            *target = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!target->isValid() || target->timeSpec() == Qt::LocalTime) {
                reply(responder, error(400, QStringLiteral("bad_request"), QStringLiteral("%1 must be an ISO 8601 time with Z or an offset").arg(key)));
                return;
            }
        }
        QList<StoredOrder> orders;
        if (!m_store->finishedOrders(terminal.groupId, from, to, &orders)) {
            reply(responder, error(500, QStringLiteral("storage"), m_store->lastError()));
            return;
        }
        QJsonArray list;
        for (const StoredOrder &stored : std::as_const(orders))
            list.append(Protocol::orderToJson(stored.order));
        reply(responder, {200, compact({{QStringLiteral("orders"), list}})});
        return;
    }
    QJsonObject body;
    if (!readBody(request, &body, &refusal)) {
        reply(responder, refusal);
        return;
    }
    if (path == QLatin1String("/v1/cash-reports")) {
        Protocol::CashReport report;
        QString problem;
        if (!Protocol::cashReportFromJson(body, &report, &problem)) {
            reply(responder, error(400, QStringLiteral("bad_request"), problem));
            return;
        }
        reply(responder, m_hub->storeCashReport(terminal, report));
        return;
    }
    if (path == QLatin1String("/v1/documents")) {
        Protocol::DocumentChange change;
        QString problem;
        if (!Protocol::documentChangeFromJson(body, &change, &problem)) {
            reply(responder, error(400, QStringLiteral("bad_request"), problem));
            return;
        }
        reply(responder, m_hub->putDocument(terminal, change));
        return;
    }
    // Session open and close.
    const QString instance = body.value(QStringLiteral("instance")).toString();
    if (body.size() != 1 || instance.isEmpty() || instance.size() > 64) {
        reply(responder, error(400, QStringLiteral("bad_request"),
                               QStringLiteral("the body must be {\"instance\": <1 to 64 characters>}")));
        return;
    }
    reply(responder, path == QLatin1String("/v1/session/open") ? m_hub->openSession(terminal, instance)
                                                                : m_hub->closeSession(terminal, instance));
}

void SyncServer::applyPendingPushes()
{
    std::vector<std::unique_ptr<PendingPush>> pushes;
    pushes.swap(m_pushes);
    QList<HubReply> answers;
    m_hub->beginGroupCommit();
    for (const auto &push : pushes)
        answers.append(m_hub->push(push->terminal, push->batch));
    const bool stored = m_hub->endGroupCommit();
    for (size_t i = 0; i < pushes.size(); ++i) {
        PendingPush &push = *pushes[i];
        const HubReply answer = stored ? answers.at(int(i))
                                       : error(500, QStringLiteral("storage"),
                                               QStringLiteral("the server could not store the change"));
        if (answer.status == 200)
            ++m_metrics->pushesApplied;
        else if (answer.status == 409)
            ++m_metrics->pushesConflict;
        else
            ++m_metrics->pushesRefused;
        // The responder holds a raw socket pointer: write only while its client is there.
        if (push.socket && push.socket->state() == QAbstractSocket::ConnectedState) {
            reply(push.responder, answer);
        }
        const double seconds = push.timer.nsecsElapsed() / 1e9;
        ++m_metrics->latencyCount;
        m_metrics->latencySum += seconds;
        for (size_t bucket = 0; bucket < LatencyBuckets.size(); ++bucket) {
            if (seconds <= LatencyBuckets[bucket])
                ++m_metrics->latencyBuckets[bucket];
        }
    }
}

void SyncServer::holdPoll(QHttpServerResponder &&responder, QTcpSocket *socket, const TerminalIdentity &terminal,
                          const QString &instance, qint64 after)
{
    const QString instanceKey = QString::number(terminal.terminalId) + QLatin1Char('/') + instance;
    // One held poll per app instance: a newer poll answers the older one.
    if (const auto older = m_pollByInstance.constFind(instanceKey); older != m_pollByInstance.cend()) {
        const qint64 olderAfter = m_polls.at(*older)->after;
        answerPoll(*older, {200, QByteArrayLiteral("{\"events\":[],\"last_seq\":") + QByteArray::number(olderAfter)
                                     + QByteArrayLiteral(",\"more\":false}")});
    }
    const quint64 id = m_nextPollId++;
    auto poll = std::make_unique<PendingPoll>(std::move(responder));
    poll->socket = socket;
    poll->groupId = terminal.groupId;
    poll->terminalId = terminal.terminalId;
    poll->instanceKey = instanceKey;
    poll->after = after;
    poll->deadline = m_clock.elapsed() + m_options.heartbeatMs;
    // The responder keeps a raw socket pointer: forget the poll the moment its client leaves.
    poll->disconnected = connect(socket, &QAbstractSocket::disconnected, this, [this, id] { dropPoll(id); });
    m_pollsByGroup[terminal.groupId].insert(id);
    m_pollByInstance.insert(instanceKey, id);
    m_polls.emplace(id, std::move(poll));
}

void SyncServer::dropPoll(quint64 id)
{
    const auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    PendingPoll *poll = it->second.get();
    disconnect(poll->disconnected);
    if (const auto group = m_pollsByGroup.find(poll->groupId); group != m_pollsByGroup.end()) {
        group->remove(id);
        if (group->isEmpty())
            m_pollsByGroup.erase(group);
    }
    if (m_pollByInstance.value(poll->instanceKey) == id)
        m_pollByInstance.remove(poll->instanceKey);
    m_polls.erase(it);
}

void SyncServer::answerPoll(quint64 id, const HubReply &answer)
{
    const auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    PendingPoll *poll = it->second.get();
    if (poll->socket && poll->socket->state() == QAbstractSocket::ConnectedState) {
        if (answer.status == 200 && !answer.body.startsWith(QByteArrayLiteral("{\"events\":[]")))
            ++m_metrics->eventsDelivered;
        reply(poll->responder, answer);
    }
    dropPoll(id);
}

void SyncServer::onEventsAppended(qint64 groupId, qint64)
{
    const QSet<quint64> ids = m_pollsByGroup.value(groupId);
    QHash<qint64, HubReply> answers;
    for (const quint64 id : ids) {
        const auto it = m_polls.find(id);
        if (it == m_polls.end())
            continue;
        const qint64 after = it->second->after;
        auto answer = answers.constFind(after);
        if (answer == answers.cend()) {
            const SessionHub::Events events = m_hub->events(groupId, after);
            if (events.hold)
                continue;
            answer = answers.insert(after, events.reply);
        }
        answerPoll(id, *answer);
    }
}

void SyncServer::onTick()
{
    const qint64 now = m_clock.elapsed();
    QList<quint64> expired;
    for (const auto &[id, poll] : m_polls) {
        if (poll->deadline <= now)
            expired.append(id);
    }
    for (const quint64 id : std::as_const(expired)) {
        const qint64 after = m_polls.at(id)->after;
        answerPoll(id, {200, QByteArrayLiteral("{\"events\":[],\"last_seq\":") + QByteArray::number(after)
                                 + QByteArrayLiteral(",\"more\":false}")});
    }
    if (now - m_lastRevocationCheck >= RevocationCheckMs) {
        m_lastRevocationCheck = now;
        endRevokedPolls();
    }
}

// A revoked token also ends the poll it is holding; tokens are revoked from the CLI,
// another process, so the database is asked.
void SyncServer::endRevokedPolls()
{
    if (m_polls.empty())
        return;
    QSet<qint64> revoked;
    if (!m_store->revokedTerminals(&revoked) || revoked.isEmpty())
        return;
    QList<quint64> ended;
    for (const auto &[id, poll] : m_polls) {
        if (revoked.contains(poll->terminalId))
            ended.append(id);
    }
    for (const quint64 id : std::as_const(ended))
        answerPoll(id, error(403, QStringLiteral("revoked"), QStringLiteral("the terminal's token was revoked")));
}

QByteArray SyncServer::metricsText() const
{
    QByteArray out;
    auto line = [&out](const QByteArray &text) { out += text + '\n'; };
    line("# HELP tandem_pollers_connected Long polls held open right now.");
    line("# TYPE tandem_pollers_connected gauge");
    line("tandem_pollers_connected " + QByteArray::number(qulonglong(m_polls.size())));
    line("# HELP tandem_pushes_total Pushed batches by outcome.");
    line("# TYPE tandem_pushes_total counter");
    line("tandem_pushes_total{result=\"applied\"} " + QByteArray::number(m_metrics->pushesApplied));
    line("tandem_pushes_total{result=\"conflict\"} " + QByteArray::number(m_metrics->pushesConflict));
    line("tandem_pushes_total{result=\"refused\"} " + QByteArray::number(m_metrics->pushesRefused));
    line("# HELP tandem_conflicts_total Batches rejected because of a real overlap.");
    line("# TYPE tandem_conflicts_total counter");
    line("tandem_conflicts_total " + QByteArray::number(m_metrics->pushesConflict));
    line("# HELP tandem_event_answers_total Poll answers that carried events.");
    line("# TYPE tandem_event_answers_total counter");
    line("tandem_event_answers_total " + QByteArray::number(m_metrics->eventsDelivered));
    line("# HELP tandem_http_responses_total HTTP responses by status code.");
    line("# TYPE tandem_http_responses_total counter");
    QList<int> codes = m_metrics->responses.keys();
    std::sort(codes.begin(), codes.end());
    for (const int code : std::as_const(codes))
        line("tandem_http_responses_total{code=\"" + QByteArray::number(code) + "\"} "
             + QByteArray::number(m_metrics->responses.value(code)));
    line("# HELP tandem_push_duration_seconds Time to decode, apply, store durably and answer a push.");
    line("# TYPE tandem_push_duration_seconds histogram");
    for (size_t i = 0; i < LatencyBuckets.size(); ++i)
        line("tandem_push_duration_seconds_bucket{le=\"" + QByteArray::number(LatencyBuckets[i]) + "\"} "
             + QByteArray::number(m_metrics->latencyBuckets[i]));
    line("tandem_push_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_metrics->latencyCount));
    line("tandem_push_duration_seconds_sum " + QByteArray::number(m_metrics->latencySum, 'f', 6));
    line("tandem_push_duration_seconds_count " + QByteArray::number(m_metrics->latencyCount));
    return out;
}
