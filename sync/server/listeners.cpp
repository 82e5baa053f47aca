#include "listeners.h"

#include "accesslog.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

constexpr int SweepMs = 500;
constexpr int TlsHandshakeMs = 10000;

class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionBook *book, QObject *parent)
        : QTcpServer(parent)
        , m_book(book)
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
        if (m_book->admit(socket))
            addPendingConnection(socket);
    }

private:
    ConnectionBook *m_book;
};

} // namespace

ConnectionBook::ConnectionBook(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_clock.start();
    m_sweep.setInterval(SweepMs);
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionBook::sweep);
    m_sweep.start();
}

QTcpServer *ConnectionBook::plainListener(QObject *parent)
{
    return new GuardedTcpServer(this, parent);
}

QTcpServer *ConnectionBook::tlsListener(const QSslConfiguration &tls, QObject *parent)
{
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(tls);
    server->setHandshakeTimeout(TlsHandshakeMs);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        // Turned away sockets are dropped once QSslServer is done starting their handshake.
        if (!admit(socket))
            QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
    });
    return server;
}

bool ConnectionBook::admit(QTcpSocket *socket)
{
    ++m_counts.accepted;
    if (m_guards.size() >= m_options.maxConnections && !makeRoom()) {
        ++m_counts.refused;
        if (!qobject_cast<QSslSocket *>(socket)) {
            const QByteArray body = QJsonDocument(Protocol::errorBody(
                                                      QStringLiteral("busy"),
                                                      QStringLiteral("the server holds %1 connections; try again later")
                                                          .arg(m_options.maxConnections)))
                                        .toJson(QJsonDocument::Compact);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
                          "Connection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            Http::logAccess(Http::unreadRequest(socket, m_clock.nsecsElapsed()), 503, m_clock.nsecsElapsed());
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        }
        return false;
    }
    // The memory one connection may hold: a head and a body, with room for the next head.
    socket->setReadBufferSize(m_options.maxBodyBytes + 2 * Http::MaxHeadBytes);
    m_guards.insert(socket, new Http::RequestGuard(socket, m_options.maxBodyBytes, m_options.timeouts, &m_clock));
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { m_guards.remove(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_guards.remove(socket); });
    return true;
}

bool ConnectionBook::makeRoom()
{
    Http::RequestGuard *oldest = nullptr;
    for (Http::RequestGuard *guard : std::as_const(m_guards)) {
        if (guard->mayBeEvicted() && (!oldest || guard->lastActivity() < oldest->lastActivity()))
            oldest = guard;
    }
    if (!oldest)
        return false;
    ++m_counts.evicted;
    QTcpSocket *socket = oldest->socket();
    m_guards.remove(socket);
    socket->abort();
    return true;
}

void ConnectionBook::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<Http::RequestGuard *> expired;
    for (Http::RequestGuard *guard : std::as_const(m_guards)) {
        const qint64 deadline = guard->deadline();
        if (deadline >= 0 && deadline <= now)
            expired.append(guard);
    }
    for (Http::RequestGuard *guard : std::as_const(expired)) {
        ++m_counts.timedOut;
        guard->expire();
    }
}
