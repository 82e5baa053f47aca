#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>

#include <deque>
#include <tuple>

// The HTTP/1.x framing tandem-syncd accepts (docs/protocol.md 1.2 and 6). Requests are
// framed here, before QHttpServer reads them: Qt 6.4's parser is lenient (the first of
// two Content-Length headers wins, bare LF ends a line, "/v1/%70ush" is "/v1/push"), so
// anything it could read differently from us is refused first.
namespace Http {

constexpr int MaxHeadBytes = 16 * 1024;

struct RequestHead
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 1;
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectsContinue = false;
};

// A request refused before any route sees it; the connection is closed after the answer.
struct Refusal
{
    int status = 0;
    QString code;
    QString message;
};

// One request head, from the request line to its last header line (without the empty
// line that ends it).
bool parseRequestHead(QByteArrayView head, qint64 maxBodyBytes, RequestHead *out, Refusal *refusal);

// Splits a connection's byte stream into requests, a head and Content-Length bytes of
// body each, whatever the chunks the bytes arrive in.
class RequestFramer
{
public:
    enum class Phase { BetweenRequests, Head, Body };

    struct Framed
    {
        qint64 end = 0; // stream offset just after the request's last byte
        bool keepAlive = true;
    };

    explicit RequestFramer(qint64 maxBodyBytes);

    // Frames the next bytes of the stream; false with *refusal at the first request that
    // must be refused (nothing after it is framed). *continueWanted is set when a head that
    // asks for 100 Continue was completed.
    bool feed(QByteArrayView bytes, Refusal *refusal, bool *continueWanted);
    Phase phase() const { return m_phase; }
    qint64 streamEnd() const { return m_streamEnd; }
    qint64 requestsBegun() const { return m_requestsBegun; }
    // Requests framed whole and not yet taken, oldest first.
    std::deque<Framed> &framed() { return m_framed; }
    bool hasFramed() const { return !m_framed.empty(); }

private:
    qint64 m_maxBody;
    Phase m_phase = Phase::BetweenRequests;
    QByteArray m_head;
    RequestHead m_current;
    qint64 m_bodyLeft = 0;
    qint64 m_streamEnd = 0;
    qint64 m_requestsBegun = 0;
    std::deque<Framed> m_framed;
};

struct Timeouts
{
    int headMs = 10000;  // from a request's first byte (or the connection) to its whole head
    int bodyMs = 30000;  // from the head to the whole body
    int idleMs = 75000;  // an open connection with nothing asked
};

// Watches one connection for QHttpServer: frames every request before it is read,
// refuses what docs/protocol.md does not allow, answers Expect: 100-continue, honours
// Connection: close and HTTP/1.0, and knows when the connection overstays a timeout.
class RequestGuard final : public QObject
{
public:
    RequestGuard(QTcpSocket *socket, qint64 maxBodyBytes, const Timeouts &timeouts, const QElapsedTimer *clock);

    static RequestGuard *of(QTcpSocket *socket);

    // QHttpServer hands the oldest framed request to a route.
    void requestHandled();
    // An answer was written for the oldest request waiting for one.
    void responded();
    // Ms since the server's clock started when this connection overstays, or -1.
    qint64 deadline() const;
    // A connection with nothing asked or half a head sent may be closed to make room.
    bool mayBeEvicted() const;
    qint64 lastActivity() const { return m_phaseStart; }
    // Closes an overstaying connection (408 when a request was half sent).
    void expire();
    QTcpSocket *socket() const { return m_socket; }

private:
    void onReadyRead();
    void refuse(const Refusal &refusal);
    // Restarts the timeout clock when the connection moved on: a new request, its body, an answer.
    void notePhase();

    QPointer<QTcpSocket> m_socket;
    RequestFramer m_framer;
    Timeouts m_timeouts;
    const QElapsedTimer *m_clock;
    qint64 m_consumed = 0;      // stream offset QHttpServer has read up to
    qint64 m_handledEnd = -1;   // end of the request handled since the last readyRead
    std::deque<bool> m_waiting; // keep-alive of each request handled and not answered yet
    qint64 m_phaseStart = 0;
    std::tuple<RequestFramer::Phase, qint64, bool> m_phase{RequestFramer::Phase::BetweenRequests, 0, false};
    bool m_refused = false;
    bool m_closing = false;
};

}
