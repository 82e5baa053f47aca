#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>


namespace LogFile {

namespace {

QMutex g_mutex; // messages come from the sync thread too
QString g_path;
QFile g_file;
QtMessageHandler g_previous = nullptr;

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

// tandem-pos.log → .1 → .2 …; the oldest goes.
void rotate()
{
    g_file.close();
    QFile::remove(g_path + QStringLiteral(".%1").arg(Kept));
    for (int i = Kept - 1; i >= 1; --i)
        QFile::rename(g_path + QStringLiteral(".%1").arg(i), g_path + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(g_path, g_path + QStringLiteral(".1"));
    g_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_mutex);
        if (g_file.isOpen()) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + typeName(type) + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8()
                + '\n';
            if (g_file.size() + line.size() > MaxBytes)
                rotate();
            g_file.write(line);
            g_file.flush();
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

bool install(const QString &folder)
{
    QMutexLocker locker(&g_mutex);
    if (!QDir().mkpath(folder))
        return false;
    g_path = QDir(folder).filePath(QStringLiteral("tandem-pos.log"));
    g_file.setFileName(g_path);
    if (!g_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    if (!g_previous)
        g_previous = qInstallMessageHandler(write);
    return true;
}

QString path()
{
    QMutexLocker locker(&g_mutex);
    return g_path;
}

QStringList tail(int lines)
{
    QMutexLocker locker(&g_mutex);
    QStringList newest;
    // The current file first, then the rotated ones, until enough lines are found.
    for (int i = 0; i <= Kept && newest.size() < lines; ++i) {
        QFile file(i == 0 ? g_path : g_path + QStringLiteral(".%1").arg(i));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QStringList fileLines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        newest = fileLines + newest;
    }
    return newest.mid(qMax(0, int(newest.size()) - lines));
}

}
