#include "terminal.h"

#include "extensionregistry.h"
#include "logging.h"
#include "managerpin.h"
#include "money.h"
#include "pricing.h"

#include <QDir>
#include <QJsonDocument>
#include <QLocale>

namespace {
const QString KeyPinHash = QStringLiteral("manager_pin_hash");
}

Terminal::Terminal(QObject *parent)
    : QObject(parent)
    , m_orders(&m_store)
    , m_documents(&m_store)
{
}

QString Terminal::storePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("terminal.sqlite"));
}

bool Terminal::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool Terminal::open(const QString &profileDir)
{
    if (!QDir().mkpath(profileDir))
        return fail(tr("Cannot create the profile folder %1.").arg(profileDir));
    // Two terminals on one store would each keep their own view of the open orders.
    m_lock = std::make_unique<QLockFile>(QDir(profileDir).filePath(QStringLiteral("terminal.lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(200)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        return fail(tr("The profile %1 is in use by another Tandem POS (process %2).").arg(profileDir).arg(pid));
    }
    if (!m_store.open(storePath(profileDir)))
        return fail(m_store.lastError());
    if (!m_store.loadCatalog(&m_catalog))
        return fail(m_store.lastError());
    if (m_catalog.isEmpty()) {
        m_settings = TerminalSettings::load(m_store);
        const CatalogImport demo = CatalogCsv::readFile(QStringLiteral(":/catalog/demo_catalog.csv"), m_settings.currency);
        if (!demo.ok() || !m_store.replaceCatalog(demo.catalog))
            return fail(tr("Cannot install the demo catalog."));
        m_catalog = demo.catalog;
    }
    if (m_store.setting(KeyPinHash).isEmpty() && !m_store.setSetting(KeyPinHash, ManagerPin::hash(ManagerPin::defaultPin())))
        return fail(m_store.lastError());
    m_settings = TerminalSettings::load(m_store);
    if (m_settings.instance.isEmpty()) {
        // Tells this installation's batches from those of the same terminal elsewhere.
        m_settings.instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!m_store.setSetting(QStringLiteral("sync_instance"), m_settings.instance))
            return fail(m_store.lastError());
    }
    if (!m_store.currentSession(&m_session))
        return fail(m_store.lastError());
    updateOrderContext();
    if (!m_orders.load())
        return fail(m_orders.lastError());
    return true;
}

void Terminal::close()
{
    m_store.close();
    m_lock.reset();
}

void Terminal::updateOrderContext()
{
    OrderBook::Context context;
    context.actor = {m_session ? m_session->cashier : QString(), m_settings.terminalName};
    context.terminalCode = m_settings.terminalCode;
    context.currency = m_settings.currency;
    context.sessionId = m_session ? m_session->id : 0;
    m_orders.setContext(context);
}

bool Terminal::saveSettings(const TerminalSettings &settings)
{
    QString error;
    if (!settings.save(m_store, &error))
        return fail(error);
    m_settings = settings;
    updateOrderContext();
    emit settingsChanged();
    return true;
}

bool Terminal::managerPinMatches(const QString &pin) const
{
    return ManagerPin::verify(pin, m_store.setting(KeyPinHash));
}

bool Terminal::setManagerPin(const QString &pin)
{
    if (!ManagerPin::isValid(pin))
        return fail(tr("A PIN has 4 to 8 digits."));
    if (!m_store.setSetting(KeyPinHash, ManagerPin::hash(pin)))
        return fail(m_store.lastError());
    return true;
}

bool Terminal::importCatalog(const QString &path, QList<CsvIssue> *issues)
{
    const CatalogImport imported = CatalogCsv::readFile(path, m_settings.currency);
    *issues = imported.issues;
    if (!imported.ok())
        return fail(tr("The catalog was not imported: %n problem(s) found.", nullptr, imported.issues.size()));
    if (!m_store.replaceCatalog(imported.catalog))
        return fail(m_store.lastError());
    m_catalog = imported.catalog;
    emit catalogChanged();
    return true;
}

bool Terminal::saveProduct(const Product &product, const QString &previousId)
{
    if (!previousId.isEmpty() && !m_catalog.byId(previousId))
        return fail(tr("There is no product %1.").arg(previousId));
    const struct { QString field; QString problem; } checks[] = {
        {tr("Id"), ProductRules::checkId(product.id)},
        {tr("Name"), ProductRules::checkName(product.name)},
        {tr("Category"), ProductRules::checkCategory(product.category)},
        {tr("Barcode"), ProductRules::checkBarcode(product.barcode)},
    };
    for (const auto &check : checks) {
        if (!check.problem.isEmpty())
            return fail(tr("%1: %2.").arg(check.field, check.problem));
    }
    if (product.unitPrice < 0 || product.unitPrice > Pricing::MaxUnitPrice)
        return fail(tr("The price must not be negative or absurdly large."));
    if (product.taxRate < 0 || product.taxRate > Pricing::MaxTaxRate)
        return fail(tr("The tax rate must be from 0 to 100 %."));
    const Product *sameId = m_catalog.byId(product.id);
    if (sameId && sameId->id != previousId)
        return fail(tr("The id %1 is taken by %2.").arg(product.id, sameId->name));
    const Product *sameBarcode = product.barcode.isEmpty() ? nullptr : m_catalog.byBarcode(product.barcode);
    if (sameBarcode && sameBarcode->id != previousId)
        return fail(tr("The barcode %1 is taken by %2.").arg(product.barcode, sameBarcode->name));
    if (!m_store.saveProduct(product, previousId) || !m_store.loadCatalog(&m_catalog))
        return fail(m_store.lastError());
    emit catalogChanged();
    return true;
}

bool Terminal::openSession(const QString &cashier, qint64 openingFloat)
{
    const QString name = cashier.trimmed();
    if (name.isEmpty() || name.size() > 40)
        return fail(tr("A cashier name must have 1 to 40 characters."));
    if (openingFloat < 0 || openingFloat > MaxCash)
        return fail(tr("The opening float must be between 0 and %1.").arg(Money(MaxCash, m_settings.currency).toString(QLocale())));
    if (m_session)
        return fail(tr("A session is already open."));
    CashSession session;
    if (!m_store.openSession(name, openingFloat, &session))
        return fail(m_store.lastError());
    m_store.setSetting(QStringLiteral("last_cashier"), name);
    m_settings.lastCashier = name;
    m_session = session;
    updateOrderContext();
    emit sessionChanged();
    return true;
}

bool Terminal::addCashMove(qint64 amount, const QString &reason)
{
    if (!m_session)
        return fail(tr("No session is open."));
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > 80)
        return fail(tr("Say why the cash moves, in 1 to 80 characters."));
    if (amount == 0 || qAbs(amount) > MaxCash)
        return fail(tr("The amount must be more than 0 and at most %1.").arg(Money(MaxCash, m_settings.currency).toString(QLocale())));
    if (amount < 0) {
        const qint64 inDrawer = expectedCash();
        if (-amount > inDrawer)
            return fail(tr("The drawer should hold only %1: no more can be taken out.")
                            .arg(Money(inDrawer, m_settings.currency).toString(QLocale())));
    }
    CashMove move{0, m_session->id, amount, why, m_session->cashier, QDateTime::currentDateTimeUtc()};
    return m_store.addCashMove(&move) || fail(m_store.lastError());
}

qint64 Terminal::expectedCash()
{
    ClosingReport report;
    if (!m_session || !ClosingReport::build(m_store, m_session->id, m_settings.currency, &report))
        return 0;
    return report.expectedCash();
}

bool Terminal::closeSession(ClosingReport *report, std::optional<qint64> countedCash)
{
    if (countedCash && (*countedCash < 0 || *countedCash > MaxCash))
        return fail(tr("The counted cash must be between 0 and %1.").arg(Money(MaxCash, m_settings.currency).toString(QLocale())));
    if (!m_session)
        return fail(tr("No session is open."));
    const qint64 sessionId = m_session->id;
    QList<ClosingReport::OpenOrder> open;
    for (const QUuid &uid : m_orders.orderUids()) {
        const Order *order = m_orders.order(uid);
        if (order->isEmpty() && !(m_orders.isShared() && order->published))
            continue;
        const QStringList tags = m_orders.extensions() ? m_orders.extensions()->orderTags(*order) : QStringList();
        open.append({order->ticketNumber, order->receiptReference, tags.join(QLatin1Char(' ')), order->total()});
    }
    if (!m_orders.closeSession(countedCash))
        return fail(m_orders.lastError());
    m_session.reset();
    updateOrderContext();
    if (!ClosingReport::build(m_store, sessionId, m_settings.currency, report)) {
        emit sessionChanged();
        return fail(m_store.lastError());
    }
    report->openOrders = open;
    // With sync the server decides; the caller says what it answered.
    report->openOrdersFate = m_orders.isShared() ? ClosingReport::OpenOrdersFate::ServerNotReached
                                                 : ClosingReport::OpenOrdersFate::Abandoned;
    // The group's server keeps every terminal's cash count; it goes out when it can.
    qint64 queued = 0;
    if (m_orders.isShared()
        && !m_store.appendReport(QJsonDocument(report->cashJson(m_settings.instance)).toJson(QJsonDocument::Compact), &queued))
        qCWarning(lcTerminal, "the cash report of session %lld is not queued for the server: %s", sessionId,
                 qPrintable(m_store.lastError()));
    emit sessionChanged();
    return true;
}
