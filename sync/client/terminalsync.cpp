#include "terminalsync.h"

#include "terminal.h"

TerminalSync::TerminalSync(Terminal *terminal, QObject *parent)
    : QObject(parent)
    , m_terminal(terminal)
    , m_journal(&terminal->store())
    , m_controller(&terminal->store(), &terminal->orders(), &terminal->sharedDocuments())
{
    connect(terminal, &Terminal::settingsChanged, this, &TerminalSync::apply);
    connect(terminal, &Terminal::sessionChanged, this, [this] {
        const bool open = m_terminal->session().has_value();
        m_controller.reportSession(open);
        if (!open)
            m_controller.sendReports();
    });
    connect(&m_controller, &SyncController::stateChanged, this, [this](SyncClient::State state) {
        m_terminal->orders().setServerReachable(!m_enabled || state == SyncClient::State::Online);
    });
    apply();
}

TerminalSync::~TerminalSync()
{
    // The terminal outlives this: nothing of it may point here afterwards.
    m_terminal->sharedDocuments().setPublisher({});
    m_terminal->orders().setJournal(nullptr);
}

void TerminalSync::apply()
{
    const TerminalSettings &settings = m_terminal->settings();
    m_controller.setAcceptForeign(settings.acceptForeign);
    SyncClient::Config config;
    config.servers = settings.serverUrls();
    config.token = settings.token.toUtf8();
    config.instance = settings.instance;
    const bool enabled = settings.syncEnabled;
    if (enabled == m_enabled && (!enabled || (config.servers == m_config.servers && config.token == m_config.token)))
        return;
    m_controller.stop();
    m_terminal->orders().setJournal(enabled ? &m_journal : nullptr);
    if (enabled) {
        m_terminal->sharedDocuments().setPublisher([this](const QString &key, const QJsonValue &value, qint64 base, QString *error) {
            return m_controller.publishDocument(key, value, base, error);
        });
    } else {
        m_terminal->sharedDocuments().setPublisher({});
    }
    m_terminal->orders().setServerReachable(!enabled || m_controller.state() == SyncClient::State::Online);
    m_enabled = enabled;
    m_config = config;
    if (enabled) {
        // Open orders made while sync was off go out with their next edit; those
        // already with lines are published now.
        m_controller.start(config);
        if (m_terminal->session())
            m_controller.reportSession(true);
        m_controller.publishOpenOrders();
    }
    emit enabledChanged(enabled);
}
