#pragma once

#include "localstore.h"
#include "serverstate.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>

class LocalStore;
class OrderBook;
class SharedDocuments;

// Keeps a terminal's order book in step with the sync server: sends the outbox
// through a SyncClient working in its own thread, applies push answers, events and
// snapshots to the book, and remembers the event cursor in the local store.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    // What closing this terminal's session would do to the group's run, as the server sees it.
    struct RunOutlook
    {
        bool reached = false; // false: the server did not answer; nothing else is known
        bool closingEndsRun = false;
        int openOrders = 0;           // open orders of the whole group
        QStringList otherTerminals;   // whose open sessions keep the run going
    };

    // documents may be null: shared documents are then ignored.
    SyncController(LocalStore *store, OrderBook *book, SharedDocuments *documents, QObject *parent = nullptr);
    ~SyncController() override;

    void start(const SyncClient::Config &config);
    void stop();
    // Tells the server this terminal's cash session opened or closed; the last
    // terminal of a group to close ends the run there. A close is answered by
    // sessionCloseAnswered() once the server confirms it.
    void reportSession(bool open);
    // Asks the server what closing this terminal's session would do; answered by
    // runOutlookReady() within the request timeout, reached or not.
    void askRunOutlook();
    // Sends the cash reports of closed sessions that the server has not confirmed yet.
    void sendReports();
    SyncClient::State state() const { return m_state; }
    // When the server last answered; invalid before the first answer.
    QDateTime lastContact() const { return m_lastContact; }
    // Why the server could not be used the last time, in words for the manager; empty
    // once online again.
    QString offlineReason() const { return m_offlineReason; }
    // Batches written to the outbox and not yet answered by the server.
    int waitingBatches() const;
    // Journals every open order with lines that the server has not heard of yet
    // (made while sync was off), so switching sync on pushes them.
    void publishOpenOrders();

    // Sends a shared document's new value; only while online.
    bool publishDocument(const QString &key, const QJsonValue &value, qint64 baseRevision, QString *error);

    static QString cursorKey() { return QStringLiteral("sync_last_seq"); }
    // Off: orders created on other terminals are not taken into this terminal's book.
    void setAcceptForeign(bool accept) { m_acceptForeign = accept; }

signals:
    void stateChanged(SyncClient::State state);
    void runOutlookReady(const SyncController::RunOutlook &outlook);
    void sessionCloseAnswered(bool runEnded, int abandonedOrders);
    // A change the server did not apply, in words for the cashier.
    void notice(const QString &message);
    void failed(const QString &message);

private:
    static QString describe(SyncClient::Cause cause, int detail, const QString &text);
    void queueNewOutboxEntries();
    void onPushAnswered(const QString &opId, int status, const QJsonObject &body);
    std::optional<OutboxEntry> outboxEntry(const QString &opId) const;
    LocalStore::RefusedChange refusedChange(const OutboxEntry &sent, int status, const QJsonObject &body) const;
    // Tells the book which unique values the server did not let the order take.
    void tellSkippedClaims(const QString &opId, const QJsonObject &body);
    bool onlySameChanges(const OutboxEntry &batch, const QJsonObject &body);
    void onEvents(const QJsonArray &events, qint64 lastSeq);
    void onSnapshot(const QJsonObject &snapshot);
    // refusedCloseWhy: the server refused this terminal's pay or cancel, saying why.
    void adopt(const QJsonObject &orderJson, const QString &appliedOpId, const QString &refusedCloseWhy = QString());
    void saveCursor(qint64 lastSeq);
    void adoptDocument(const QJsonObject &document, bool authoritative);
    void onDocumentAnswered(const QString &id, int status, const QJsonObject &body);
    void onOutlookAnswered(const QString &id, int status, const QJsonObject &body);

    LocalStore *m_store;
    OrderBook *m_book;
    SharedDocuments *m_documents;
    QHash<QString, QPair<QString, QJsonValue>> m_documentRequests; // request id -> document key and value sent
    ServerState m_serverState;
    QThread m_thread;
    SyncClient *m_client = nullptr;
    SyncClient::Config m_config;
    SyncClient::State m_state = SyncClient::State::Offline;
    QDateTime m_lastContact;
    QString m_offlineReason;
    qint64 m_lastQueued = 0;
    qint64 m_terminalId = 0;
    QString m_terminalName; // as the server knows this terminal
    bool m_acceptForeign = true;
    bool m_running = false;
    QSet<QString> m_outlookRequests; // not answered and not timed out yet
    QSet<qint64> m_queuedReports;    // handed to the client, which keeps them until answered
};

Q_DECLARE_METATYPE(SyncController::RunOutlook)
