#include "accesslog.h"

#include "logging.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>

namespace Http {

namespace {

QString peerOf(const QTcpSocket *socket)
{
    return socket ? socket->peerAddress().toString() : QStringLiteral("-");
}

}

AccessRecord accessRecord(const QHttpServerRequest &request, const QTcpSocket *socket, qint64 nowNs)
{
    AccessRecord record;
    if (!lcServerAccess().isInfoEnabled())
        return record;
    record.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))).toUpper();
    record.path = request.url().path();
    record.peer = peerOf(socket);
    record.startedNs = nowNs;
    return record;
}

AccessRecord unreadRequest(const QTcpSocket *socket, qint64 nowNs)
{
    AccessRecord record;
    if (!lcServerAccess().isInfoEnabled())
        return record;
    record.method = QByteArrayLiteral("-");
    record.path = QStringLiteral("-");
    record.peer = peerOf(socket);
    record.startedNs = nowNs;
    return record;
}

void logAccess(const AccessRecord &record, int status, qint64 nowNs)
{
    if (!lcServerAccess().isInfoEnabled() || record.method.isEmpty())
        return;
    const QString terminal = record.terminalId > 0 ? QString::number(record.terminalId) : QStringLiteral("-");
    qCInfo(lcServerAccess).noquote().nospace()
        << '"' << record.method << ' ' << record.path << "\" " << status << ' '
        << QString::number((nowNs - record.startedNs) / 1e6, 'f', 1) << "ms terminal=" << terminal
        << " peer=" << record.peer;
}

}
