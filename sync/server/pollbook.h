#pragma once

#include "accesslog.h"
#include "sessionhub.h"

#include <QHash>
#include <QHttpServerResponder>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTcpSocket;

// The long polls tandem-syncd holds (docs/protocol.md 2.5): one per terminal and app
// instance, at most MaxPerTerminal per terminal, each answered by an event, its
// heartbeat, a newer poll of its instance, a revocation or shutdown.
class PollBook
{
    Q_DISABLE_COPY_MOVE(PollBook)

public:
    static constexpr int MaxPerTerminal = 4;

    // Writes an answer to a held poll's client, which is still connected.
    using Writer = std::function<void(QHttpServerResponder &, const HubReply &, const Http::AccessRecord &)>;

    explicit PollBook(Writer writer);
    ~PollBook();

    void hold(QHttpServerResponder &&responder, QTcpSocket *socket, const TerminalIdentity &terminal,
              const QString &instance, qint64 after, qint64 deadline, const Http::AccessRecord &access);
    // Answers the group's polls whose events are there; eventsAfter gives none to hold on.
    void answerGroup(qint64 groupId, const std::function<std::optional<HubReply>(qint64 after)> &eventsAfter);
    // Answers the polls whose heartbeat is due with no events.
    void answerExpired(qint64 now);
    void answerTerminals(const QSet<qint64> &terminalIds, const HubReply &answer);
    void answerAll(const HubReply &answer);
    QSet<qint64> terminalIds() const;
    QList<qint64> groupIds() const { return m_byGroup.keys(); }
    int size() const { return int(m_polls.size()); }

    static HubReply noEvents(qint64 after);

private:
    struct Poll;
    void answer(quint64 id, const HubReply &answer);
    void drop(quint64 id);

    Writer m_writer;
    std::map<quint64, std::unique_ptr<Poll>> m_polls;
    QHash<qint64, QSet<quint64>> m_byGroup;
    QHash<qint64, QList<quint64>> m_byTerminal; // oldest first
    QHash<QString, quint64> m_byInstance;
    quint64 m_nextId = 1;
};
