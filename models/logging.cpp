#include "logging.h"

// Defined once here: models is the library every program and plugin links.
Q_LOGGING_CATEGORY(lcStore, "tandem.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTerminal, "tandem.terminal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncClient, "tandem.sync.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "tandem.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerAccess, "tandem.server.access", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServerHub, "tandem.server.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerStore, "tandem.server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tandem.ui", QtInfoMsg)
