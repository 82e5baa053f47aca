#pragma once

#include <QLoggingCategory>

// Log categories, one per area: switched with QT_LOGGING_RULES (e.g.
// "tandem.sync.client.debug=true") or tandem-syncd --log-level; docs/operations.md.
Q_DECLARE_LOGGING_CATEGORY(lcStore)        // tandem.store: the terminal's local store
Q_DECLARE_LOGGING_CATEGORY(lcTerminal)     // tandem.terminal: sessions, settings, documents
Q_DECLARE_LOGGING_CATEGORY(lcSyncClient)   // tandem.sync.client: the terminal's side of sync
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)   // tandem.server.http: requests and connections
Q_DECLARE_LOGGING_CATEGORY(lcServerAccess) // tandem.server.access: one line per request, off by default
Q_DECLARE_LOGGING_CATEGORY(lcServerHub)    // tandem.server.hub: groups, sessions, runs
Q_DECLARE_LOGGING_CATEGORY(lcServerStore)  // tandem.server.store: the server's database
Q_DECLARE_LOGGING_CATEGORY(lcUi)           // tandem.ui: the terminal's windows and extensions
