#include "requestguard.h"

#include "accesslog.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace Http {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Field values may hold visible ASCII, spaces, tabs and bytes of UTF-8 text, never controls.
bool isFieldValue(QByteArrayView value)
{
    return std::all_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
    });
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The path of the request target: a plain path of visible ASCII, without percent-encoding
// or dot segments, so that no two spellings reach one route.
bool isPlainTarget(QByteArrayView target, QString *problem)
{
    if (!target.startsWith('/')) {
        *problem = QStringLiteral("the request target must be a path such as /v1/push");
        return false;
    }
    for (const char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '#') {
            *problem = QStringLiteral("the request target holds a character that must be percent-encoded");
            return false;
        }
    }
    const qsizetype query = target.indexOf('?');
    const QByteArrayView path = query < 0 ? target : target.first(query);
    if (path.contains('%')) {
        *problem = QStringLiteral("the path must not be percent-encoded");
        return false;
    }
    for (const QByteArrayView segment : {QByteArrayView("/./"), QByteArrayView("/../")}) {
        if (QByteArray(path.toByteArray() + '/').contains(segment)) {
            *problem = QStringLiteral("the path must not hold . or .. segments");
            return false;
        }
    }
    return true;
}

bool refuse(Refusal *refusal, int status, const QString &code, const QString &message)
{
    *refusal = {status, code, message};
    return false;
}

bool badRequest(Refusal *refusal, const QString &message)
{
    return refuse(refusal, 400, QStringLiteral("bad_request"), message);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return QByteArrayLiteral("Bad Request");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Error");
    }
}

} // namespace

bool parseRequestHead(QByteArrayView head, qint64 maxBodyBytes, RequestHead *out, Refusal *refusal)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0;;) {
        const qsizetype end = head.indexOf("\r\n", start);
        lines.append(head.sliced(start, (end < 0 ? head.size() : end) - start));
        if (end < 0)
            break;
        start = end + 2;
    }
    for (const QByteArrayView line : std::as_const(lines)) {
        if (line.contains('\r') || line.contains('\n'))
            return badRequest(refusal, QStringLiteral("every line of the request head must end with CRLF"));
    }

    const QList<QByteArray> parts = lines.first().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return badRequest(refusal, QStringLiteral("the request line must be METHOD SP TARGET SP HTTP/1.1"));
    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigits(version.sliced(5, 1)) || version.at(6) != '.'
        || !isDigits(version.sliced(7, 1)))
        return badRequest(refusal, QStringLiteral("the request line must end with HTTP/1.1"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(refusal, 505, QStringLiteral("http_version"), QStringLiteral("the server speaks HTTP/1.1 and HTTP/1.0 only"));
    QString problem;
    if (!isPlainTarget(parts.at(1), &problem))
        return badRequest(refusal, problem);

    RequestHead request;
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.minorVersion = version.at(7) - '0';
    bool hasLength = false;
    bool hasHost = false;
    bool hasAuthorization = false;
    bool wantsClose = false;
    bool wantsKeepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(refusal, QStringLiteral("folded header lines are not allowed"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return badRequest(refusal, QStringLiteral("header line %1 is not NAME: VALUE").arg(i));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return badRequest(refusal, QStringLiteral("header %1 holds a control character").arg(QString::fromLatin1(name)));
        if (name == "content-length") {
            if (hasLength)
                return badRequest(refusal, QStringLiteral("more than one Content-Length"));
            hasLength = true;
            if (!isDigits(value) || value.size() > 15)
                return badRequest(refusal, QStringLiteral("Content-Length is not a number"));
            request.contentLength = value.toLongLong();
            if (request.contentLength > maxBodyBytes)
                return refuse(refusal, 413, QStringLiteral("too_large"), QStringLiteral("the body exceeds %1 bytes").arg(maxBodyBytes));
        } else if (name == "transfer-encoding") {
            return badRequest(refusal, QStringLiteral("send the body with Content-Length, not Transfer-Encoding"));
        } else if (name == "host" || name == "authorization") {
            bool &seen = name == "host" ? hasHost : hasAuthorization;
            if (seen)
                return badRequest(refusal, QStringLiteral("more than one %1 header").arg(QString::fromLatin1(name)));
            seen = true;
        } else if (name == "upgrade") {
            return badRequest(refusal, QStringLiteral("the server offers no protocol upgrade"));
        } else if (name == "connection") {
            for (const QByteArray &option : value.toByteArray().toLower().split(',')) {
                const QByteArrayView token = trimmed(option);
                wantsClose = wantsClose || token == "close";
                wantsKeepAlive = wantsKeepAlive || token == "keep-alive";
            }
        } else if (name == "expect") {
            request.expectsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (request.minorVersion == 1 && !hasHost)
        return badRequest(refusal, QStringLiteral("an HTTP/1.1 request needs a Host header"));
    if (request.method == "POST" && !hasLength)
        return refuse(refusal, 411, QStringLiteral("length_required"), QStringLiteral("send the body with Content-Length"));
    request.keepAlive = !wantsClose && (request.minorVersion == 1 || wantsKeepAlive);
    *out = request;
    return true;
}

RequestFramer::RequestFramer(qint64 maxBodyBytes)
    : m_maxBody(maxBodyBytes)
{
}

bool RequestFramer::feed(QByteArrayView bytes, Refusal *refusal, bool *continueWanted)
{
    *continueWanted = false;
    while (!bytes.isEmpty()) {
        if (m_phase == Phase::Body) {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size());
            bytes = bytes.sliced(take);
            m_bodyLeft -= take;
            m_streamEnd += take;
            if (m_bodyLeft == 0) {
                m_framed.push_back({m_streamEnd, m_current.keepAlive});
                m_phase = Phase::BetweenRequests;
            }
            continue;
        }
        if (m_phase == Phase::BetweenRequests) {
            // QHttpServer would skip white space before a request line; nothing may hide there.
            const char first = bytes.front();
            if (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == '\v')
                return badRequest(refusal, QStringLiteral("a request must start with its request line"));
            m_phase = Phase::Head;
            m_head.clear();
        }
        const qsizetype before = m_head.size();
        m_head += bytes.first(qMin<qsizetype>(bytes.size(), MaxHeadBytes + 4 - before));
        const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        // A bare LF ends a line for QHttpServer: refuse it now, before Qt reads the request.
        for (qsizetype i = before; i < (end < 0 ? m_head.size() : end); ++i) {
            if (m_head.at(i) == '\n' && (i == 0 || m_head.at(i - 1) != '\r'))
                return badRequest(refusal, QStringLiteral("every line of the request head must end with CRLF"));
        }
        if (end < 0) {
            if (m_head.size() >= MaxHeadBytes + 4)
                return refuse(refusal, 413, QStringLiteral("too_large"),
                              QStringLiteral("the request headers exceed %1 bytes").arg(MaxHeadBytes));
            m_streamEnd += m_head.size() - before;
            bytes = bytes.sliced(m_head.size() - before);
            continue;
        }
        if (end > MaxHeadBytes)
            return refuse(refusal, 413, QStringLiteral("too_large"),
                          QStringLiteral("the request headers exceed %1 bytes").arg(MaxHeadBytes));
        const qsizetype taken = end + 4 - before;
        if (!parseRequestHead(QByteArrayView(m_head).first(end), m_maxBody, &m_current, refusal))
            return false;
        m_streamEnd += taken;
        bytes = bytes.sliced(taken);
        m_head.clear();
        *continueWanted = *continueWanted || (m_current.expectsContinue && m_current.contentLength > 0);
        m_bodyLeft = m_current.contentLength;
        if (m_bodyLeft > 0) {
            m_phase = Phase::Body;
        } else {
            m_framed.push_back({m_streamEnd, m_current.keepAlive});
            m_phase = Phase::BetweenRequests;
        }
    }
    return true;
}

RequestGuard::RequestGuard(QTcpSocket *socket, qint64 maxBodyBytes, const Timeouts &timeouts, const QElapsedTimer *clock)
    : QObject(socket)
    , m_socket(socket)
    , m_framer(maxBodyBytes)
    , m_timeouts(timeouts)
    , m_clock(clock)
    , m_phaseStart(clock->elapsed())
{
    setObjectName(QStringLiteral("tandem-request-guard"));
    // Connected before QHttpServer's own handler, so it sees each chunk first.
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
}

RequestGuard *RequestGuard::of(QTcpSocket *socket)
{
    return static_cast<RequestGuard *>(
        socket->findChild<QObject *>(QStringLiteral("tandem-request-guard"), Qt::FindDirectChildrenOnly));
}

void RequestGuard::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_refused) {
        m_socket->readAll();
        return;
    }
    // QHttpServer reads greedily up to the end of one request per pass: after its last pass
    // it has read to the end of the request it handled, or everything that had come.
    m_consumed = m_handledEnd >= 0 ? m_handledEnd : m_framer.streamEnd();
    m_handledEnd = -1;
    const qint64 available = m_socket->bytesAvailable();
    const qint64 known = m_framer.streamEnd() - m_consumed;
    if (available < known) {
        refuse({400, QStringLiteral("bad_request"), QStringLiteral("the request stream cannot be framed")});
        return;
    }
    if (available == known)
        return;
    const QByteArray unread = m_socket->peek(available);
    Refusal refusal;
    bool continueWanted = false;
    if (!m_framer.feed(QByteArrayView(unread).sliced(known), &refusal, &continueWanted)) {
        refuse(refusal);
        return;
    }
    // Qt 6.4 never answers Expect itself, which would stall such a client for a second.
    if (continueWanted)
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    notePhase();
}

void RequestGuard::requestHandled()
{
    auto &framed = m_framer.framed();
    if (framed.empty())
        return;
    m_handledEnd = framed.front().end;
    m_waiting.push_back(framed.front().keepAlive);
    framed.pop_front();
    notePhase();
}

void RequestGuard::responded()
{
    if (m_waiting.empty() || !m_socket)
        return;
    const bool keepAlive = m_waiting.front();
    m_waiting.pop_front();
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
    notePhase();
}

void RequestGuard::notePhase()
{
    const std::tuple phase{m_framer.phase(), m_framer.requestsBegun(), !m_waiting.empty() || m_framer.hasFramed()};
    if (phase != m_phase) {
        m_phase = phase;
        m_phaseStart = m_clock->elapsed();
    }
}

qint64 RequestGuard::deadline() const
{
    if (m_refused || m_closing)
        return -1;
    switch (m_framer.phase()) {
    case RequestFramer::Phase::Head:
        return m_phaseStart + m_timeouts.headMs;
    case RequestFramer::Phase::Body:
        return m_phaseStart + m_timeouts.bodyMs;
    case RequestFramer::Phase::BetweenRequests:
        break;
    }
    if (!m_waiting.empty() || m_framer.hasFramed())
        return -1;
    // A connection that never sent a byte gets as long as a head would.
    return m_phaseStart + (m_framer.streamEnd() == 0 ? m_timeouts.headMs : m_timeouts.idleMs);
}

bool RequestGuard::mayBeEvicted() const
{
    return !m_refused && !m_closing && m_waiting.empty() && !m_framer.hasFramed()
        && m_framer.phase() != RequestFramer::Phase::Body;
}

void RequestGuard::expire()
{
    if (!m_socket)
        return;
    if (m_framer.phase() == RequestFramer::Phase::BetweenRequests) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    refuse({408, QStringLiteral("timeout"), m_framer.phase() == RequestFramer::Phase::Head
                                                ? QStringLiteral("the request head took longer than %1 s").arg(m_timeouts.headMs / 1000.0)
                                                : QStringLiteral("the request body took longer than %1 s").arg(m_timeouts.bodyMs / 1000.0)});
}

void RequestGuard::refuse(const Refusal &refusal)
{
    m_refused = true;
    if (!m_socket)
        return;
    const QByteArray body = QJsonDocument(Protocol::errorBody(refusal.code, refusal.message)).toJson(QJsonDocument::Compact);
    m_socket->readAll();
    m_socket->write("HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + reasonPhrase(refusal.status)
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    logAccess(unreadRequest(m_socket, m_phaseStart * 1000000), refusal.status, m_clock->nsecsElapsed());
    m_socket->disconnectFromHost();
}

}
