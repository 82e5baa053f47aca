#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QTimer;

// Where the terminal's controls are on screen, written as JSON to a file whenever it
// changes, for tools that drive the real program as a cashier would (the desktop
// tests click through xdotool). Lists every visible named widget of every window and
// dialog with its screen rectangle, text and state, product tiles as "product:<name>",
// order tabs as "tab:<index>", and dialog buttons without a name as "button:<text>".
// Off unless the terminal is started with --ui-map FILE.
class UiMap final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiMap)

public:
    explicit UiMap(const QString &path, QObject *parent = nullptr);

    // The map as it is now.
    static QByteArray snapshot();

private:
    void write();

    QString m_path;
    QByteArray m_written;
    QTimer *m_timer;
};
