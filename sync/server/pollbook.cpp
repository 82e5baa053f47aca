#include "pollbook.h"

#include <QTcpSocket>

struct PollBook::Poll
{
    explicit Poll(QHttpServerResponder &&r)
        : responder(std::move(r))
    {
    }
    QHttpServerResponder responder;
    // The responder keeps a raw socket pointer (DESIGN.md 9): write only while it is there.
    QPointer<QTcpSocket> socket;
    QMetaObject::Connection disconnected;
    qint64 groupId = 0;
    qint64 terminalId = 0;
    QString instanceKey;
    qint64 after = 0;
    qint64 deadline = 0;
    Http::AccessRecord access;
};

PollBook::PollBook(Writer writer)
    : m_writer(std::move(writer))
{
}

PollBook::~PollBook()
{
    for (const auto &[id, poll] : m_polls)
        QObject::disconnect(poll->disconnected);
}

HubReply PollBook::noEvents(qint64 after)
{
    return {200, QByteArrayLiteral("{\"events\":[],\"last_seq\":") + QByteArray::number(after)
                     + QByteArrayLiteral(",\"more\":false}")};
}

void PollBook::hold(QHttpServerResponder &&responder, QTcpSocket *socket, const TerminalIdentity &terminal,
                    const QString &instance, qint64 after, qint64 deadline, const Http::AccessRecord &access)
{
    const QString instanceKey = QString::number(terminal.terminalId) + QLatin1Char('/') + instance;
    // A newer poll of an instance answers the older one.
    if (const auto older = m_byInstance.constFind(instanceKey); older != m_byInstance.cend())
        answer(*older, noEvents(m_polls.at(*older)->after));
    // The instance id is the client's choice: a terminal holds only so many polls.
    if (const QList<quint64> held = m_byTerminal.value(terminal.terminalId); held.size() >= MaxPerTerminal)
        answer(held.first(), noEvents(m_polls.at(held.first())->after));

    const quint64 id = m_nextId++;
    auto poll = std::make_unique<Poll>(std::move(responder));
    poll->socket = socket;
    poll->groupId = terminal.groupId;
    poll->terminalId = terminal.terminalId;
    poll->instanceKey = instanceKey;
    poll->after = after;
    poll->deadline = deadline;
    poll->access = access;
    poll->disconnected = QObject::connect(socket, &QAbstractSocket::disconnected, [this, id] { drop(id); });
    m_byGroup[terminal.groupId].insert(id);
    m_byTerminal[terminal.terminalId].append(id);
    m_byInstance.insert(instanceKey, id);
    m_polls.emplace(id, std::move(poll));
}

void PollBook::drop(quint64 id)
{
    const auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    Poll *poll = it->second.get();
    QObject::disconnect(poll->disconnected);
    if (const auto group = m_byGroup.find(poll->groupId); group != m_byGroup.end()) {
        group->remove(id);
        if (group->isEmpty())
            m_byGroup.erase(group);
    }
    if (const auto terminal = m_byTerminal.find(poll->terminalId); terminal != m_byTerminal.end()) {
        terminal->removeOne(id);
        if (terminal->isEmpty())
            m_byTerminal.erase(terminal);
    }
    if (m_byInstance.value(poll->instanceKey) == id)
        m_byInstance.remove(poll->instanceKey);
    m_polls.erase(it);
}

void PollBook::answer(quint64 id, const HubReply &reply)
{
    const auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    Poll *poll = it->second.get();
    if (poll->socket && poll->socket->state() == QAbstractSocket::ConnectedState)
        m_writer(poll->responder, reply, poll->access);
    drop(id);
}

void PollBook::answerGroup(qint64 groupId, const std::function<std::optional<HubReply>(qint64)> &eventsAfter)
{
    const QSet<quint64> ids = m_byGroup.value(groupId);
    QHash<qint64, std::optional<HubReply>> answers; // polls waiting after one sequence share an answer
    for (const quint64 id : ids) {
        const auto it = m_polls.find(id);
        if (it == m_polls.end())
            continue;
        const qint64 after = it->second->after;
        auto found = answers.find(after);
        if (found == answers.end())
            found = answers.insert(after, eventsAfter(after));
        if (*found)
            answer(id, **found);
    }
}

void PollBook::answerExpired(qint64 now)
{
    QList<quint64> expired;
    for (const auto &[id, poll] : m_polls) {
        if (poll->deadline <= now)
            expired.append(id);
    }
    for (const quint64 id : std::as_const(expired)) {
        if (const auto it = m_polls.find(id); it != m_polls.end())
            answer(id, noEvents(it->second->after));
    }
}

void PollBook::answerTerminals(const QSet<qint64> &terminalIds, const HubReply &reply)
{
    QList<quint64> ended;
    for (const auto &[id, poll] : m_polls) {
        if (terminalIds.contains(poll->terminalId))
            ended.append(id);
    }
    for (const quint64 id : std::as_const(ended))
        answer(id, reply);
}

void PollBook::answerAll(const HubReply &reply)
{
    while (!m_polls.empty())
        answer(m_polls.begin()->first, reply);
}

QSet<qint64> PollBook::terminalIds() const
{
    QSet<qint64> ids;
    for (const auto &[id, poll] : m_polls)
        ids.insert(poll->terminalId);
    return ids;
}
