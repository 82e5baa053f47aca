#pragma once

#include "accesslog.h"
#include "requestguard.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class ConnectionBook;
class PollBook;
class QHttpServerResponder;
class QSslConfiguration;
class QTcpServer;
class ServerMetrics;
class ServerStore;
class SessionHub;
struct HubReply;
struct TerminalIdentity;

// The HTTP front end of tandem-syncd (docs/protocol.md): a table of thin routes that
// check the bearer token, decode, ask the SessionHub and encode.
class SyncServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    struct Options
    {
        qint64 maxBodyBytes = 1024 * 1024;
        int heartbeatMs = 10000;
        int listenBacklog = 1024;
        int maxConnections = 4096;
        qint64 opRetentionSeconds = 7 * 86400; // op_id answers kept at least this long, and until their run ends
        Http::Timeouts timeouts;
    };

    SyncServer(ServerStore *store, SessionHub *hub, const Options &options, QObject *parent = nullptr);
    ~SyncServer() override;

    // Listens on address:port (0 picks a free port), with TLS when tls is given;
    // returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, QString *error);
    // New TLS handshakes use `tls` from now on (a renewed certificate); false when the
    // server listens without TLS.
    bool replaceTls(const QSslConfiguration &tls);
    // Stops accepting connections and answers every held poll.
    void shutdown();
    int pendingPolls() const;
    // Terminals holding a poll now or answered within the last few seconds: those a
    // shop would call connected (a poll is re-sent right after its answer).
    QSet<qint64> connectedTerminals() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call;
    struct PendingPush;
    struct Route
    {
        const char *path;
        QHttpServerRequest::Method method;
        bool needsToken;
        void (SyncServer::*handle)(Call &call);
    };
    static const std::vector<Route> &routes();

    void serveHealth(Call &call);
    void serveMetrics(Call &call);
    void serveWhoami(Call &call);
    void servePush(Call &call);
    void serveEvents(Call &call);
    void serveSnapshot(Call &call);
    void serveSessions(Call &call);
    void serveOrders(Call &call);
    void serveSessionOpen(Call &call);
    void serveSessionClose(Call &call);
    void serveDocuments(Call &call);
    void serveCashReports(Call &call);

    void reply(Call &call, const HubReply &answer);
    void reply(QHttpServerResponder &responder, const HubReply &answer, const Http::AccessRecord &access);
    bool authenticate(const QHttpServerRequest &request, TerminalIdentity *terminal, HubReply *refusal);
    bool readBody(Call &call, QJsonObject *body);
    bool readInstance(Call &call, QString *instance);
    bool readSessionBody(Call &call, QString *instance);
    void applyPendingPushes();
    void onEventsAppended(qint64 groupId, qint64 lastSeq);
    void onTick();

    ServerStore *m_store;
    SessionHub *m_hub;
    Options m_options;
    QTcpServer *m_listener = nullptr;
    std::unique_ptr<ConnectionBook> m_connections;
    std::unique_ptr<PollBook> m_polls;
    std::unique_ptr<ServerMetrics> m_metrics;
    std::vector<std::unique_ptr<PendingPush>> m_pushes;
    QTimer m_tick;
    qint64 m_lastRevocationCheck = 0;
    qint64 m_lastSessionCheck = 0;
    qint64 m_lastOpsPrune = -1;
    qint64 m_lastReconnect = 0;
    QElapsedTimer m_clock;
    QHash<qint64, qint64> m_lastContact; // terminal id -> m_clock time of its last accepted request
};
