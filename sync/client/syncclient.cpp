#include "syncclient.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace {

// Pushes, whoami and snapshots are answered at once; silence this long means a cut.
constexpr int RequestTimeoutMs = 10000;
// The server answers an idle poll within about 0.25 s after its heartbeat.
constexpr int HeartbeatGraceMs = 3000;
constexpr int MaxInstanceLength = 64;

constexpr int MaxServers = 8;

QNetworkRequest makeRequest(const QUrl &server, const SyncClient::Config &config, const QString &path,
                            const QByteArray &query, int timeoutMs)
{
    QUrl url = server;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query));
    url.setFragment(QString());

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + config.token);
    // The server speaks HTTP/1.1 only; do not let ALPN try HTTP/2 over TLS.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // The protocol has no redirects; a redirect means a wrong URL and is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return request;
}

// 0 when the server never answered (refused, reset, timeout, DNS, TLS).
int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

SyncClient::Cause transportCause(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return SyncClient::Cause::Refused;
    // Our own aborts are disconnected first, so a cancelled reply here is a transfer timeout.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return SyncClient::Cause::TimedOut;
    case QNetworkReply::SslHandshakeFailedError:
        return SyncClient::Cause::Tls;
    case QNetworkReply::HostNotFoundError:
        return SyncClient::Cause::HostNotFound;
    case QNetworkReply::RemoteHostClosedError:
        return SyncClient::Cause::Closed;
    default:
        return SyncClient::Cause::Other;
    }
}

QString transportError(QNetworkReply *reply, int timeoutMs)
{
    if (transportCause(reply) == SyncClient::Cause::TimedOut)
        return QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    return reply->errorString();
}

QJsonObject jsonBody(const QByteArray &bytes, bool *ok = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QString errorMessage(const QJsonObject &body, int status)
{
    const QString message = body.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QStringLiteral("the server answered %1").arg(status) : message;
}

// A JSON integer >= 0, else -1.
qint64 sequenceNumber(const QJsonValue &value)
{
    const qint64 number = value.toInteger(-1);
    return number >= 0 ? number : -1;
}

}

SyncClient::SyncClient(QObject *parent)
    : QObject(parent)
    , m_reconnectTimer(new QTimer(this))
    , m_pollDeadline(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    // A coarse timer would move the random delays of many terminals onto shared ticks.
    m_reconnectTimer->setTimerType(Qt::PreciseTimer);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SyncClient::reconnect);
    // The poll's transfer timeout runs on a coarse timer that may fire up to 5 % late;
    // this one keeps the promise "a silent cut is noticed within heartbeat + 3 s".
    m_pollDeadline->setSingleShot(true);
    m_pollDeadline->setTimerType(Qt::PreciseTimer);
    connect(m_pollDeadline, &QTimer::timeout, this, &SyncClient::pollDeadlinePassed);
}

SyncClient::~SyncClient()
{
    // Replies must not call back into a half-destroyed client.
    discard(m_pollReply);
    discard(m_pushReply);
}

SyncClient::State SyncClient::state() const
{
    return m_state;
}

int SyncClient::pendingPushes() const
{
    return int(m_pushes.size());
}

QDateTime SyncClient::lastContact() const
{
    return m_lastContact;
}

qint64 SyncClient::lastSeq() const
{
    return m_lastSeq;
}

QString SyncClient::lastError() const
{
    return m_lastError;
}

QString SyncClient::checkConfig(const Config &config)
{
    if (config.servers.isEmpty() || config.servers.size() > MaxServers)
        return QStringLiteral("give 1 to %1 server URLs").arg(MaxServers);
    for (const QUrl &server : config.servers) {
        const QString scheme = server.scheme();
        if (!server.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || server.host().isEmpty())
            return QStringLiteral("the server must be an http or https URL with a host, not \"%1\"")
                .arg(server.toString());
    }
    if (config.token.isEmpty())
        return QStringLiteral("the token is empty");
    for (const char c : config.token) {
        // It goes into a header line: no spaces or control characters.
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return QStringLiteral("the token contains a character that cannot be sent");
    }
    if (config.instance.isEmpty() || config.instance.size() > MaxInstanceLength)
        return QStringLiteral("the instance id must have 1 to %1 characters").arg(MaxInstanceLength);
    if (config.heartbeatMs < 100 || config.heartbeatMs > 300000)
        return QStringLiteral("the heartbeat must be 100 to 300000 ms");
    if (config.retryWindowMs < 10 || config.retryWindowMaxMs < config.retryWindowMs || config.retryWindowMaxMs > 600000)
        return QStringLiteral("the retry windows must be 10 to 600000 ms, the first no larger than the last");
    return {};
}

void SyncClient::start(const SyncClient::Config &config, qint64 afterSeq)
{
    stop();
    QString problem = checkConfig(config);
    if (problem.isEmpty() && afterSeq < 0)
        problem = QStringLiteral("the event cursor must be >= 0");
    if (!problem.isEmpty()) {
        m_lastError = problem;
        emit failed(problem);
        return;
    }
    m_config = config;
    m_serverIndex = 0;
    m_lastSeq = afterSeq;
    m_needSnapshot = afterSeq == 0;
    m_running = true;
    m_backoffMs = config.retryWindowMs;
    m_lastError.clear();
    ensureNetwork();
    const quint64 generation = m_generation;
    setState(State::Connecting);
    if (generation == m_generation)
        sendPollRequest(PollStep::Whoami);
}

void SyncClient::stop()
{
    ++m_generation;
    m_running = false;
    m_reconnectTimer->stop();
    m_pollDeadline->stop();
    discard(m_pollReply);
    // The batch in flight stays at the head of the queue: it is sent again after start().
    discard(m_pushReply);
    setState(State::Offline);
}

void SyncClient::push(const QString &opId, const QJsonObject &batch)
{
    for (const PendingPush &pending : std::as_const(m_pushes)) {
        if (pending.opId == opId)
            return;
    }
    if (batch.value(QStringLiteral("op_id")).toString() != opId)
        qCWarning(lcSyncClient, "batch queued as %s has op_id \"%s\"", qPrintable(opId),
                 qPrintable(batch.value(QStringLiteral("op_id")).toString()));
    m_pushes.append({opId, QJsonDocument(batch).toJson(QJsonDocument::Compact), QStringLiteral("/v1/push"), false, {}});
    sendNextPush();
}

void SyncClient::post(const QString &id, const QString &path, const QJsonObject &body)
{
    m_pushes.append({id, QJsonDocument(body).toJson(QJsonDocument::Compact), path, false, {}});
    sendNextPush();
}

void SyncClient::get(const QString &id, const QString &path, const QByteArray &query)
{
    m_pushes.append({id, QByteArray(), path, true, query});
    sendNextPush();
}

void SyncClient::testConnection(const SyncClient::Config &config)
{
    Config probe = config;
    if (probe.instance.isEmpty())
        probe.instance = QStringLiteral("test"); // not sent; only the URL and token matter here
    const QString problem = checkConfig(probe);
    if (!problem.isEmpty()) {
        emit connectionTested(false, problem);
        return;
    }
    ensureNetwork();
    QNetworkReply *reply
        = m_pushNetwork->get(makeRequest(probe.servers.first(), probe, QStringLiteral("/v1/whoami"), {}, RequestTimeoutMs));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        if (status == 0) {
            emit connectionTested(false, QStringLiteral("unreachable: ") + transportError(reply, RequestTimeoutMs));
            return;
        }
        bool ok = false;
        const QJsonObject body = jsonBody(reply->readAll(), &ok);
        const QString terminal = body.value(QStringLiteral("terminal")).toString();
        if (status == 200 && ok && !terminal.isEmpty())
            emit connectionTested(true, QStringLiteral("Connected as ") + terminal);
        else if (status == 401)
            emit connectionTested(false, QStringLiteral("unknown token"));
        else if (status == 403)
            emit connectionTested(false, QStringLiteral("token revoked"));
        else
            emit connectionTested(false, QStringLiteral("server error %1").arg(status));
    });
}

void SyncClient::ensureNetwork()
{
    // Made here, not in the constructor, so they belong to the thread the client runs in.
    if (!m_pollNetwork)
        m_pollNetwork = new QNetworkAccessManager(this);
    if (!m_pushNetwork)
        m_pushNetwork = new QNetworkAccessManager(this);
}

void SyncClient::sendPollRequest(PollStep step)
{
    discard(m_pollReply);
    QNetworkRequest request;
    switch (step) {
    case PollStep::Whoami:
        request = makeRequest(m_config.servers.at(m_serverIndex), m_config, QStringLiteral("/v1/whoami"), {}, RequestTimeoutMs);
        break;
    case PollStep::Snapshot:
        request = makeRequest(m_config.servers.at(m_serverIndex), m_config, QStringLiteral("/v1/snapshot"), {}, RequestTimeoutMs);
        break;
    case PollStep::Events:
        request = makeRequest(m_config.servers.at(m_serverIndex), m_config, QStringLiteral("/v1/events"),
                              "after=" + QByteArray::number(m_lastSeq)
                                  + "&instance=" + QUrl::toPercentEncoding(m_config.instance),
                              m_config.heartbeatMs + HeartbeatGraceMs);
        break;
    }
    QNetworkReply *reply = m_pollNetwork->get(request);
    m_pollReply = reply;
    if (step == PollStep::Events)
        m_pollDeadline->start(m_config.heartbeatMs + HeartbeatGraceMs);
    else
        m_pollDeadline->stop();
    connect(reply, &QNetworkReply::finished, this, [this, reply, step] { pollFinished(reply, step); });
}

void SyncClient::sendNextPush()
{
    if (!m_running || m_state != State::Online || m_pushReply || m_pushes.isEmpty())
        return;
    const PendingPush &next = m_pushes.constFirst();
    QNetworkRequest request = makeRequest(m_config.servers.at(m_serverIndex), m_config, next.path, next.query, RequestTimeoutMs);
    QNetworkReply *reply = nullptr;
    if (next.get) {
        reply = m_pushNetwork->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_pushNetwork->post(request, next.body);
    }
    m_pushReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { pushFinished(reply); });
}

void SyncClient::pollFinished(QNetworkReply *reply, PollStep step)
{
    reply->deleteLater();
    if (reply != m_pollReply)
        return;
    m_pollReply = nullptr;
    m_pollDeadline->stop();
    const int status = httpStatus(reply);
    if (status == 0) {
        transportLost(reply, step == PollStep::Events ? m_config.heartbeatMs + HeartbeatGraceMs : RequestTimeoutMs);
        return;
    }
    m_lastContact = QDateTime::currentDateTimeUtc();
    bool ok = false;
    const QJsonObject body = jsonBody(reply->readAll(), &ok);
    if (status == 401 || status == 403) {
        fail(errorMessage(body, status));
        return;
    }
    if (status >= 500) {
        // 500 storage, 503 shutting_down: the server cannot serve; like a cut (protocol 1.6 step 4).
        connectionLost(Cause::ServerError, status,
                       QStringLiteral("server error %1: %2").arg(QString::number(status), errorMessage(body, status)));
        return;
    }
    if (step == PollStep::Events && status == 410) {
        m_needSnapshot = true;
        sendPollRequest(PollStep::Snapshot);
        return;
    }
    if (status != 200) {
        // 400, 404, 405, a redirect: a wrong URL or a client bug that retrying cannot fix.
        fail(QStringLiteral("unexpected answer %1 from %2: %3")
                 .arg(QString::number(status), reply->url().path(), errorMessage(body, status)));
        return;
    }
    if (!ok) {
        // Perhaps not our server (a captive portal); try again later rather than give up.
        connectionLost(Cause::BadAnswer, 0,
                       QStringLiteral("the server's answer to %1 is not a JSON object").arg(reply->url().path()));
        return;
    }
    switch (step) {
    case PollStep::Whoami:
        whoamiAnswered(body);
        break;
    case PollStep::Snapshot:
        snapshotAnswered(body);
        break;
    case PollStep::Events:
        eventsAnswered(body);
        break;
    }
}

void SyncClient::whoamiAnswered(const QJsonObject &body)
{
    const qint64 terminalId = body.value(QStringLiteral("terminal_id")).toInteger(-1);
    const QString terminal = body.value(QStringLiteral("terminal")).toString();
    if (terminalId < 0 || terminal.isEmpty()) {
        connectionLost(Cause::BadAnswer, 0, QStringLiteral("the server's whoami answer has no terminal"));
        return;
    }
    const quint64 generation = m_generation;
    emit identified(terminalId, terminal);
    if (generation != m_generation)
        return;
    if (m_needSnapshot) {
        // Online only once caught up: the order book must not trust stale copies before it.
        sendPollRequest(PollStep::Snapshot);
        return;
    }
    followEvents(generation);
}

// Caught up: online, and the long poll starts unless the handlers above restarted the client.
void SyncClient::followEvents(quint64 generation)
{
    becomeOnline();
    if (generation == m_generation && m_running && !m_pollReply)
        sendPollRequest(PollStep::Events);
}

void SyncClient::snapshotAnswered(const QJsonObject &body)
{
    const qint64 lastSeq = sequenceNumber(body.value(QStringLiteral("last_seq")));
    if (lastSeq < 0 || !body.value(QStringLiteral("orders")).isArray()) {
        connectionLost(Cause::BadAnswer, 0, QStringLiteral("the server's snapshot has no last_seq or orders"));
        return;
    }
    m_lastSeq = lastSeq;
    m_needSnapshot = false;
    const quint64 generation = m_generation;
    emit snapshotReceived(body);
    if (generation != m_generation)
        return;
    followEvents(generation);
}

void SyncClient::eventsAnswered(const QJsonObject &body)
{
    const qint64 lastSeq = sequenceNumber(body.value(QStringLiteral("last_seq")));
    const QJsonValue events = body.value(QStringLiteral("events"));
    if (lastSeq < 0 || !events.isArray()) {
        connectionLost(Cause::BadAnswer, 0, QStringLiteral("the server's events answer has no last_seq or events"));
        return;
    }
    m_lastSeq = lastSeq;
    const quint64 generation = m_generation;
    if (!events.toArray().isEmpty())
        emit eventsReceived(events.toArray(), lastSeq);
    // Poll again at once whether or not "more" is set: exactly one poll stays outstanding.
    if (generation == m_generation && m_running && !m_pollReply)
        sendPollRequest(PollStep::Events);
}

void SyncClient::pushFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_pushReply)
        return;
    m_pushReply = nullptr;
    const int status = httpStatus(reply);
    if (status == 0) {
        // The batch stays first in the queue and goes again with the same op_id.
        transportLost(reply, RequestTimeoutMs);
        return;
    }
    m_lastContact = QDateTime::currentDateTimeUtc();
    const QJsonObject body = jsonBody(reply->readAll());
    if (status == 401 || status == 403) {
        // Not an answer to the batch: it was never judged, so it stays for a later start().
        fail(errorMessage(body, status));
        return;
    }
    if (status >= 500) {
        connectionLost(Cause::ServerError, status,
                       QStringLiteral("server error %1: %2").arg(QString::number(status), errorMessage(body, status)));
        return;
    }
    const PendingPush done = m_pushes.takeFirst();
    const quint64 generation = m_generation;
    emit pushAnswered(done.opId, status, body);
    if (generation == m_generation)
        sendNextPush();
}

void SyncClient::becomeOnline()
{
    if (m_state == State::Online)
        return;
    m_backoffMs = m_config.retryWindowMs;
    m_lastError.clear();
    const quint64 generation = m_generation;
    setState(State::Online);
    if (generation == m_generation)
        sendNextPush();
}

void SyncClient::transportLost(QNetworkReply *reply, int timeoutMs)
{
    const Cause cause = transportCause(reply);
    connectionLost(cause, cause == Cause::TimedOut ? timeoutMs : 0,
                   QStringLiteral("unreachable: ") + transportError(reply, timeoutMs));
}

void SyncClient::connectionLost(Cause cause, int detail, const QString &text)
{
    if (!m_running)
        return;
    // Start over from whoami on fresh requests: a half-dead connection may hold either one.
    m_pollDeadline->stop();
    discard(m_pollReply);
    discard(m_pushReply);
    m_lastError = text;
    // Spread over the whole window: the terminals of a shop that lost the server together
    // come back apart, not in bursts (tandem-bench-reconnect measures it).
    const int delayMs = int(QRandomGenerator::global()->bounded(m_backoffMs));
    m_backoffMs = qMin(m_backoffMs * 2, m_config.retryWindowMaxMs);
    // The next instance of the deployment is tried; one that answers is kept.
    m_serverIndex = (m_serverIndex + 1) % int(m_config.servers.size());
    m_reconnectTimer->start(delayMs);
    const quint64 generation = m_generation;
    setState(State::Offline);
    if (generation == m_generation)
        emit connectionFailed(cause, detail, text);
}

void SyncClient::fail(const QString &message)
{
    // Wrong or revoked credentials: retrying cannot help, and local data stays untouched.
    stop();
    m_lastError = message;
    emit failed(message);
}

void SyncClient::reconnect()
{
    if (m_running)
        sendPollRequest(PollStep::Whoami);
}

void SyncClient::pollDeadlinePassed()
{
    if (m_pollReply)
        connectionLost(Cause::TimedOut, m_config.heartbeatMs + HeartbeatGraceMs,
                       QStringLiteral("unreachable: no answer within %1 ms").arg(m_config.heartbeatMs + HeartbeatGraceMs));
}

void SyncClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncClient::discard(QPointer<QNetworkReply> &reply)
{
    if (!reply)
        return;
    QNetworkReply *doomed = reply;
    reply = nullptr;
    disconnect(doomed, nullptr, this, nullptr);
    doomed->abort();
    doomed->deleteLater();
}
