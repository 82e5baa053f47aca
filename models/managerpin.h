#pragma once

#include <QByteArray>
#include <QString>

// The manager PIN, stored only as a salted PBKDF2 hash.
namespace ManagerPin {

QString defaultPin();
// 4 to 8 digits.
bool isValid(const QString &pin);
QString hash(const QString &pin);
bool verify(const QString &pin, const QString &stored);

}
