#pragma once

#include <QString>
#include <QStringList>

// The terminal's log, a file in its profile that a manager can hand on ("Copy
// diagnostics"): every Qt message, stamped, also still written to stderr. It rotates at
// MaxBytes, keeping Kept older files, so it never fills a till's disk.
namespace LogFile {

constexpr qint64 MaxBytes = 1024 * 1024;
constexpr int Kept = 3;

// Starts writing to folder/tandem-pos.log; false when the folder cannot be written
// (messages then go to stderr only).
bool install(const QString &folder);
QString path();
// The newest lines of the log, oldest first.
QStringList tail(int lines);

}
