#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;
class QTcpSocket;

// The access log of tandem-syncd (category tandem.server.access, off unless
// --access-log on): one line per answered request. It is built from the request line and
// the peer only, never from a header, so a token cannot reach it.
namespace Http {

struct AccessRecord
{
    QByteArray method;
    QString path;
    QString peer;
    qint64 terminalId = 0; // 0 until the token named a terminal
    qint64 startedNs = 0;
};

AccessRecord accessRecord(const QHttpServerRequest &request, const QTcpSocket *socket, qint64 nowNs);
// A request answered before QHttpServer read it: refused while framed, or its
// connection turned away at the cap.
AccessRecord unreadRequest(const QTcpSocket *socket, qint64 nowNs);
void logAccess(const AccessRecord &record, int status, qint64 nowNs);

}
