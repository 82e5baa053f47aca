#pragma once

#include "catalog.h"
#include "catalogcsv.h"
#include "closingreport.h"
#include "localstore.h"
#include "orderbook.h"
#include "shareddocuments.h"
#include "terminalsettings.h"

#include <QLockFile>
#include <QObject>

#include <memory>
#include <optional>

// One terminal's local state: its store, catalog, settings, cash session and open orders.
class Terminal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Terminal)

public:
    explicit Terminal(QObject *parent = nullptr);

    static QString storePath(const QString &profileDir);
    // Opens (or creates, with the demo catalog) the store in profileDir; refuses a
    // profile that another running terminal holds.
    bool open(const QString &profileDir);
    void close();
    QString lastError() const { return m_lastError; }

    LocalStore &store() { return m_store; }
    OrderBook &orders() { return m_orders; }
    SharedDocuments &sharedDocuments() { return m_documents; }
    const Catalog &catalog() const { return m_catalog; }
    const TerminalSettings &settings() const { return m_settings; }
    bool saveSettings(const TerminalSettings &settings);
    bool managerPinMatches(const QString &pin) const;
    bool setManagerPin(const QString &pin);

    // Replaces the catalog only when every row of the file is valid.
    bool importCatalog(const QString &path, QList<CsvIssue> *issues);
    // Adds a product (no previousId) or changes one, after the checks the CSV import
    // makes, ids and barcodes unique. Taking it off sale keeps it in the catalog.
    bool saveProduct(const Product &product, const QString &previousId = QString());

    // The largest cash amount the terminal takes in one go (a float, a count, a move).
    static constexpr qint64 MaxCash = 1'000'000'000;

    const std::optional<CashSession> &session() const { return m_session; }
    bool openSession(const QString &cashier, qint64 openingFloat = 0);
    // Cash put into the drawer (positive) or taken out (negative), with the reason.
    bool addCashMove(qint64 amount, const QString &reason);
    // What the drawer of the open session should hold now.
    qint64 expectedCash();
    // Closes the session, with the cash counted in the drawer if it was, and reports on
    // it (docs/user-guide.md: what becomes of open orders).
    bool closeSession(ClosingReport *report, std::optional<qint64> countedCash = std::nullopt);

signals:
    void catalogChanged();
    void settingsChanged();
    void sessionChanged();

private:
    bool fail(const QString &message);
    void updateOrderContext();

    std::unique_ptr<QLockFile> m_lock;
    LocalStore m_store;
    OrderBook m_orders;
    SharedDocuments m_documents;
    Catalog m_catalog;
    TerminalSettings m_settings;
    std::optional<CashSession> m_session;
    QString m_lastError;
};
