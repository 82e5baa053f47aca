#pragma once

#include "synccontroller.h"
#include "syncjournal.h"

#include <QObject>

class Terminal;

// Applies a terminal's sync settings: with sync on, every edit is journaled and the
// controller talks to the server; with sync off the terminal is standalone. Follows
// changes of the settings without a restart.
class TerminalSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSync)

public:
    explicit TerminalSync(Terminal *terminal, QObject *parent = nullptr);
    ~TerminalSync() override;

    bool isEnabled() const { return m_enabled; }
    SyncController *controller() { return &m_controller; }

signals:
    void enabledChanged(bool enabled);

private:
    void apply();

    Terminal *m_terminal;
    SyncJournal m_journal;
    SyncController m_controller;
    bool m_enabled = false;
    SyncClient::Config m_config;
};
