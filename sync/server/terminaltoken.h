#pragma once

#include <QByteArray>
#include <QString>

// A terminal's bearer token: made once, shown once, and kept by the server only as its hash.
namespace TerminalToken {

// "tdm_" and 32 random bytes, base64url.
QString generate();
QByteArray hash(const QString &token);

} // namespace TerminalToken
