#pragma once

#include "requestguard.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

// Every connection tandem-syncd holds, bounded: at most maxConnections, each under a
// RequestGuard with its timeouts. At the cap the longest-idle connection that has nothing
// asked makes room; when none may, the newcomer gets 503 and is closed.
class ConnectionBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBook)

public:
    struct Options
    {
        qint64 maxBodyBytes = 1024 * 1024;
        Http::Timeouts timeouts;
        int maxConnections = 4096;
    };

    struct Counts
    {
        quint64 accepted = 0;
        quint64 refused = 0;   // turned away at the cap
        quint64 evicted = 0;   // closed to make room
        quint64 timedOut = 0;  // closed by a timeout
    };

    ConnectionBook(const Options &options, QObject *parent = nullptr);

    // A plain TCP listener whose connections are admitted here.
    QTcpServer *plainListener(QObject *parent);
    // A TLS listener; the guard attaches before the first decrypted byte.
    QTcpServer *tlsListener(const QSslConfiguration &tls, QObject *parent);

    // Puts a new connection under guard; false when it had to be turned away.
    bool admit(QTcpSocket *socket);
    int open() const { return int(m_guards.size()); }
    int limit() const { return m_options.maxConnections; }
    const Counts &counts() const { return m_counts; }
    const QElapsedTimer &clock() const { return m_clock; }

private:
    bool makeRoom();
    void sweep();

    Options m_options;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QHash<QTcpSocket *, Http::RequestGuard *> m_guards;
    Counts m_counts;
};
