#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace SyncdTest {

// One HTTP/1.1 message as the proxy saw it pass.
struct HttpMessage
{
    QByteArray raw;
    QByteArray method; // requests
    QByteArray target; // requests
    int status = 0;    // answers
    QByteArray body;
};

// Splits a byte stream into HTTP/1.1 messages. Both the terminal and the server send
// every body with Content-Length, so that is all it needs to know.
class HttpFramer
{
public:
    // False once the stream is not HTTP as expected; the caller then stops framing.
    bool feed(const QByteArray &bytes, QList<HttpMessage> *messages)
    {
        m_buffer += bytes;
        for (;;) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return true;
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            if (first.size() < 2)
                return false;
            HttpMessage message;
            if (first.at(0).startsWith("HTTP/")) {
                message.status = first.at(1).toInt();
                if (message.status <= 0)
                    return false;
            } else {
                message.method = first.at(0);
                message.target = first.at(1);
            }
            qint64 length = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < headEnd + 4 + length)
                return true;
            message.raw = m_buffer.left(headEnd + 4 + length);
            message.body = message.raw.mid(headEnd + 4);
            m_buffer.remove(0, message.raw.size());
            messages->append(message);
        }
    }

private:
    QByteArray m_buffer;
};

// A loopback TCP proxy between one terminal and the server, for fault tests. It passes
// bytes through, or cuts the connection (resets the open ones and every new one), or
// stalls it (holds every byte in both directions until it passes again, then delivers
// them late), or delays each chunk. It can lose the answer to the next push, as a cut
// at the wrong moment would, and replay the next push on a connection of its own, as a
// retrying network would. Every answer the server gives, to whichever copy of a
// request, is reported to `onExchange`, delivered or not.
class TcpProxy final : public QObject
{
public:
    enum class Mode { Pass, Cut, Stall };

    using ExchangeHandler = std::function<void(const HttpMessage &request, const HttpMessage &answer, bool replayed)>;

    explicit TcpProxy(quint16 target, QObject *parent = nullptr)
        : QObject(parent)
        , m_target(target)
    {
        m_listener.listen(QHostAddress::LocalHost, 0);
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_listener.nextPendingConnection())
                accept(client);
        });
    }

    ~TcpProxy() override { closeAll(); }

    quint16 port() const { return m_listener.serverPort(); }
    // Where new connections go, e.g. a restarted server on another port.
    void setTarget(quint16 target) { m_target = target; }
    Mode mode() const { return m_mode; }

    void setMode(Mode mode)
    {
        m_mode = mode;
        if (mode == Mode::Cut)
            closeAll();
        else if (mode == Mode::Pass)
            pumpAll();
    }

    // Every chunk written from now on waits this long before it goes on.
    void setDelay(int ms) { m_delayMs = qMax(0, ms); }
    int delay() const { return m_delayMs; }
    void loseNextPushAnswer() { m_loseNextPushAnswer = true; }
    void replayNextPush(int afterMs = 0)
    {
        m_replayNextPush = true;
        m_replayDelayMs = afterMs;
    }
    // Forgets the faults planned and not yet met.
    void clearPlans()
    {
        m_loseNextPushAnswer = false;
        m_replayNextPush = false;
    }
    int lostAnswers() const { return m_lostAnswers; }
    int replays() const { return m_replays; }

    ExchangeHandler onExchange;

private:
    static constexpr int ReplayTimeoutMs = 10000;

    // Bytes on their way in one direction, each chunk with the moment it may go on.
    struct Pipe
    {
        std::deque<std::pair<QDeadlineTimer, QByteArray>> chunks;
        QTimer timer;
    };

    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        Pipe toUpstream;
        Pipe toClient;
        HttpFramer requests;
        HttpFramer answers;
        bool framing = true;
        QList<HttpMessage> waiting; // requests in the order sent, not answered yet
        bool clientGone = false;
        bool upstreamGone = false;
    };

    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        if (m_mode == Mode::Cut) {
            client->abort();
            client->deleteLater();
            return;
        }
        auto link = std::make_shared<Link>();
        link->client = client;
        auto *upstream = new QTcpSocket(this);
        link->upstream = upstream;
        for (Pipe *pipe : {&link->toUpstream, &link->toClient}) {
            pipe->timer.setSingleShot(true);
            pipe->timer.setTimerType(Qt::PreciseTimer);
        }
        const std::weak_ptr<Link> weak = link;
        connect(&link->toUpstream.timer, &QTimer::timeout, this, [this, weak] {
            if (const auto held = weak.lock())
                pump(*held);
        });
        connect(&link->toClient.timer, &QTimer::timeout, this, [this, weak] {
            if (const auto held = weak.lock())
                pump(*held);
        });
        connect(client, &QTcpSocket::readyRead, this, [this, weak] {
            if (const auto held = weak.lock())
                fromClient(*held);
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, weak] {
            if (const auto held = weak.lock())
                fromUpstream(*held);
        });
        connect(upstream, &QTcpSocket::connected, this, [this, weak] {
            if (const auto held = weak.lock())
                pump(*held);
        });
        // A server that is down (refused) or gone (reset) takes the terminal's connection with it.
        connect(upstream, &QTcpSocket::errorOccurred, this, [this, weak] {
            if (const auto held = weak.lock()) {
                held->upstreamGone = true;
                pump(*held);
            }
        });
        connect(upstream, &QTcpSocket::disconnected, this, [this, weak] {
            if (const auto held = weak.lock()) {
                held->upstreamGone = true;
                pump(*held);
            }
        });
        connect(client, &QTcpSocket::disconnected, this, [this, weak] {
            if (const auto held = weak.lock()) {
                held->clientGone = true;
                pump(*held);
            }
        });
        m_links.push_back(link);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    void send(Link &link, Pipe &pipe, const QByteArray &bytes)
    {
        QDeadlineTimer due(m_delayMs, Qt::PreciseTimer);
        pipe.chunks.emplace_back(due, bytes);
        pump(link);
    }

    void fromClient(Link &link)
    {
        const QByteArray bytes = link.client->readAll();
        if (bytes.isEmpty())
            return;
        QList<HttpMessage> complete;
        if (link.framing)
            link.framing = link.requests.feed(bytes, &complete);
        for (const HttpMessage &request : std::as_const(complete)) {
            link.waiting.append(request);
            if (isPush(request) && m_replayNextPush) {
                m_replayNextPush = false;
                replayLater(request);
            }
        }
        send(link, link.toUpstream, bytes);
    }

    void fromUpstream(Link &link)
    {
        const QByteArray bytes = link.upstream->readAll();
        if (bytes.isEmpty())
            return;
        if (!link.framing) {
            send(link, link.toClient, bytes);
            return;
        }
        // Answers go on whole, so that one can be lost whole.
        QList<HttpMessage> complete;
        link.framing = link.answers.feed(bytes, &complete);
        for (const HttpMessage &answer : std::as_const(complete)) {
            if (answer.status < 200) {
                send(link, link.toClient, answer.raw);
                continue;
            }
            const HttpMessage request = link.waiting.isEmpty() ? HttpMessage() : link.waiting.takeFirst();
            if (onExchange)
                onExchange(request, answer, false);
            if (isPush(request) && m_loseNextPushAnswer) {
                m_loseNextPushAnswer = false;
                ++m_lostAnswers;
                close(link);
                return;
            }
            send(link, link.toClient, answer.raw);
        }
    }

    void pump(Link &link)
    {
        if (m_mode == Mode::Stall)
            return;
        for (auto [pipe, socket] : {std::pair{&link.toUpstream, link.upstream.data()},
                                    std::pair{&link.toClient, link.client.data()}}) {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                continue;
            while (!pipe->chunks.empty() && pipe->chunks.front().first.hasExpired()) {
                socket->write(pipe->chunks.front().second);
                pipe->chunks.pop_front();
            }
            if (!pipe->chunks.empty())
                pipe->timer.start(int(qMax<qint64>(1, pipe->chunks.front().first.remainingTime())));
        }
        // A side that is gone closes the other once what was on its way to it is written.
        if (link.upstreamGone && link.toClient.chunks.empty() && isConnected(link.client))
            link.client->disconnectFromHost();
        if (link.clientGone && link.toUpstream.chunks.empty() && isConnected(link.upstream))
            link.upstream->disconnectFromHost();
        const auto done = [](const QPointer<QTcpSocket> &socket, bool gone) {
            return gone || !socket || socket->state() == QAbstractSocket::UnconnectedState;
        };
        if (done(link.client, link.clientGone) && done(link.upstream, link.upstreamGone))
            close(link);
    }

    static bool isConnected(const QPointer<QTcpSocket> &socket)
    {
        return socket && socket->state() == QAbstractSocket::ConnectedState;
    }

    void pumpAll()
    {
        const auto links = m_links;
        for (const auto &link : links)
            pump(*link);
    }

    void close(Link &link)
    {
        for (QTcpSocket *socket : {link.client.data(), link.upstream.data()}) {
            if (!socket)
                continue;
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        link.toUpstream.timer.stop();
        link.toClient.timer.stop();
        for (auto it = m_links.begin(); it != m_links.end(); ++it) {
            if (it->get() == &link) {
                m_links.erase(it);
                break;
            }
        }
    }

    void closeAll()
    {
        while (!m_links.empty())
            close(*m_links.front());
    }

    // The copy goes on its own connection; its answer is reported and thrown away.
    void replayLater(const HttpMessage &request)
    {
        ++m_replays;
        QTimer::singleShot(m_replayDelayMs, this, [this, request] {
            auto *socket = new QTcpSocket(this);
            auto framer = std::make_shared<HttpFramer>();
            connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request.raw); });
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request, framer] {
                QList<HttpMessage> answers;
                framer->feed(socket->readAll(), &answers);
                for (const HttpMessage &answer : std::as_const(answers)) {
                    if (answer.status >= 200 && onExchange)
                        onExchange(request, answer, true);
                    if (answer.status >= 200)
                        socket->disconnectFromHost();
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
            // A server that never answers the copy does not keep it for ever.
            QTimer::singleShot(ReplayTimeoutMs, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            socket->connectToHost(QHostAddress::LocalHost, m_target);
        });
    }

    static bool isPush(const HttpMessage &request)
    {
        return request.method == "POST" && request.target == "/v1/push";
    }

    QTcpServer m_listener;
    quint16 m_target;
    Mode m_mode = Mode::Pass;
    int m_delayMs = 0;
    bool m_loseNextPushAnswer = false;
    bool m_replayNextPush = false;
    int m_replayDelayMs = 0;
    int m_lostAnswers = 0;
    int m_replays = 0;
    std::vector<std::shared_ptr<Link>> m_links;
};

}
