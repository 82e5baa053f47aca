#include "mainwindow.h"

#include "extensionregistry.h"
#include "money.h"
#include "openordersmodel.h"
#include "orderbook.h"
#include "orderselector.h"
#include "orderwidget.h"
#include "paymentpanel.h"
#include "productlistmodel.h"
#include "productpanel.h"
#include "prompts.h"
#include "receiptpanel.h"
#include "receipttext.h"
#include "serverhost.h"
#include "shareddocuments.h"
#include "terminal.h"
#include "terminalsync.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The server confirms a session close within milliseconds; past this the report says it was not reached.
constexpr int SessionCloseTimeoutMs = 5000;
constexpr int NoticeMs = 30000;
// The newest receipts of the session offered for a copy.
constexpr int MaxReprintChoices = 24;
}

// What extensions may do with this window.
class ExtensionHost final : public ExtensionContext
{
public:
    explicit ExtensionHost(MainWindow *window)
        : ExtensionContext(window)
        , m_window(window)
    {
    }

    OrderBook *book() override { return &m_window->m_terminal->orders(); }
    SharedDocuments *sharedDocuments() override { return &m_window->m_terminal->sharedDocuments(); }
    QUuid currentOrder() const override { return m_window->currentOrder(); }
    QUuid selectedLine() const override { return m_window->m_orderWidget->selectedLine(); }
    void showOrder(const QUuid &orderUid) override
    {
        m_window->showSalePage();
        m_window->m_selector->setCurrentOrder(orderUid);
        m_window->showOrder(orderUid);
    }
    void showStartScreen() override { m_window->showStartScreen(); }
    void showMessage(const QString &text) override { m_window->showMessage(text); }
    bool askText(const QString &title, const QString &label, QString *text, bool multiline) override
    {
        return multiline ? m_window->m_prompts->askLongText(m_window, title, label, text)
                         : m_window->m_prompts->askText(m_window, title, label, text);
    }
    bool askNumber(const QString &title, const QString &label, int minimum, int maximum, int *value) override
    {
        return m_window->m_prompts->askNumber(m_window, title, label, minimum, maximum, value);
    }
    bool askChoice(const QString &title, const QString &label, const QStringList &choices, QString *choice) override
    {
        return m_window->m_prompts->askChoice(m_window, title, label, choices, choice);
    }

private:
    MainWindow *m_window;
};

MainWindow::MainWindow(Terminal *terminal, Prompts *prompts, TerminalSync *sync, ExtensionRegistry *extensions,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_terminal(terminal)
    , m_prompts(prompts)
    , m_sync(sync)
    , m_products(new ProductListModel(this))
    , m_openOrders(new OpenOrdersModel(&terminal->orders(), this))
    , m_pages(new QStackedWidget(this))
    , m_salePage(new QWidget(m_pages))
    , m_selector(new OrderSelector(m_openOrders, m_salePage))
    , m_cashier(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_offlineBanner(new QLabel(m_salePage))
    , m_orderWidget(new OrderWidget(&terminal->orders(), m_salePage))
    , m_productPanel(nullptr)
    , m_paymentPanel(new PaymentPanel(&terminal->orders(), m_pages))
    , m_receiptPanel(new ReceiptPanel(m_pages))
    , m_extensions(extensions)
    , m_notice(new QLabel(this))
    , m_noticeTimer(new QTimer(this))
{
    m_products->setCatalog(terminal->catalog(), terminal->settings().currency);
    m_productPanel = new ProductPanel(m_products, m_salePage);

    auto *saleLayout = new QVBoxLayout(m_salePage);
    auto *topBar = new QHBoxLayout;
    m_startScreenButton = new QPushButton(m_salePage);
    m_startScreenButton->setObjectName(QStringLiteral("startScreenButton"));
    m_startScreenButton->setFocusPolicy(Qt::NoFocus);
    m_startScreenButton->hide();
    connect(m_startScreenButton, &QPushButton::clicked, this, &MainWindow::showStartScreen);
    topBar->addWidget(m_startScreenButton);
    topBar->addWidget(m_selector, 1);
    // Who sells and whether sync works stay in sight on every screen.
    m_cashier->setObjectName(QStringLiteral("cashierLabel"));
    statusBar()->addPermanentWidget(m_cashier);
    m_connection->setObjectName(QStringLiteral("connectionIndicator"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_connection);
    saleLayout->addLayout(topBar);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; "
                                                  "border-radius: 4px; }"));
    m_offlineBanner->hide();
    saleLayout->addWidget(m_offlineBanner);
    auto *split = new QSplitter(Qt::Horizontal, m_salePage);
    split->addWidget(m_orderWidget);
    split->addWidget(m_productPanel);
    split->setSizes({520, 760});
    split->setChildrenCollapsible(false);
    saleLayout->addWidget(split, 1);

    m_salePage->setObjectName(QStringLiteral("salePage"));
    m_paymentPanel->setObjectName(QStringLiteral("paymentPage"));
    m_receiptPanel->setObjectName(QStringLiteral("receiptPage"));
    m_pages->addWidget(m_salePage);
    m_pages->addWidget(m_paymentPanel);
    m_pages->addWidget(m_receiptPanel);
    // News the cashier must not miss (an order closed on another terminal) stays in sight
    // above every screen until tapped away or replaced.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_notice->setObjectName(QStringLiteral("noticeBanner"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMinimumHeight(44);
    m_notice->setCursor(Qt::PointingHandCursor);
    m_notice->setToolTip(tr("Tap to dismiss"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 8px 12px; "
                                           "font-weight: bold; border-bottom: 1px solid #e0c872; }"));
    m_notice->hide();
    m_notice->installEventFilter(this);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    OrderBook *book = &terminal->orders();
    connect(m_selector, &OrderSelector::currentOrderChanged, this, &MainWindow::showOrder);
    connect(m_selector, &OrderSelector::newOrderRequested, this, &MainWindow::newOrder);
    connect(m_selector, &OrderSelector::deleteOrderRequested, this, &MainWindow::deleteCurrentOrder);
    connect(m_productPanel, &ProductPanel::productChosen, this, &MainWindow::addProduct);
    connect(m_productPanel, &ProductPanel::unknownBarcode, this, [this](const QString &barcode) {
        showMessage(tr("Unknown barcode %1").arg(barcode));
    });
    connect(m_orderWidget, &OrderWidget::payRequested, this, &MainWindow::startPayment);
    connect(m_orderWidget, &OrderWidget::problem, this, &MainWindow::showMessage);
    connect(m_orderWidget, &OrderWidget::customerRequested, this, [this] {
        const QUuid uid = currentOrder();
        if (!mayChange(uid))
            return;
        QString name = m_terminal->orders().order(uid)->customerName;
        // The dialog runs an event loop: look the order up again afterwards.
        if (m_prompts->askText(this, tr("Customer"), tr("Customer name:"), &name)
            && !m_terminal->orders().setCustomerName(uid, name))
            showMessage(m_terminal->orders().lastError());
    });
    connect(m_paymentPanel, &PaymentPanel::backRequested, this, &MainWindow::showSalePage);
    connect(m_paymentPanel, &PaymentPanel::problem, this, &MainWindow::showMessage);
    connect(m_receiptPanel, &ReceiptPanel::nextOrderRequested, this, [this] {
        if (m_startScreen) {
            showStartScreen();
            return;
        }
        showSalePage();
        newOrder();
    });
    connect(book, &OrderBook::orderFinalized, this, &MainWindow::onOrderFinalized);
    connect(book, &OrderBook::ticketNumbered, this, &MainWindow::onTicketNumbered);
    connect(book, &OrderBook::orderClosedElsewhere, this, &MainWindow::onOrderClosedElsewhere);
    connect(book, &OrderBook::closeRefused, this, &MainWindow::onCloseRefused);
    connect(book, &OrderBook::editabilityChanged, this, &MainWindow::updateEditability);
    connect(book, &OrderBook::orderChanged, this, &MainWindow::updateEditability);
    connect(m_terminal, &Terminal::catalogChanged, this, [this] {
        m_products->setCatalog(m_terminal->catalog(), m_terminal->settings().currency);
    });
    connect(&m_terminal->sharedDocuments(), &SharedDocuments::refused, this, [this](const QString &, const QString &why) {
        statusBar()->showMessage(tr("Shared settings not saved: %1").arg(why), 15000);
    });
    connect(m_terminal, &Terminal::settingsChanged, this, &MainWindow::updateTitles);
    connect(m_terminal, &Terminal::settingsChanged, this, [this] {
        m_paymentPanel->setMethods(m_terminal->settings().cardEnabled, m_terminal->settings().otherPaymentMethods);
    });
    m_paymentPanel->setMethods(terminal->settings().cardEnabled, terminal->settings().otherPaymentMethods);
    connect(m_terminal, &Terminal::sessionChanged, this, &MainWindow::updateTitles);

    if (m_sync) {
        connect(m_sync, &TerminalSync::enabledChanged, this, &MainWindow::updateConnectionIndicator);
        SyncController *controller = m_sync->controller();
        connect(controller, &SyncController::runOutlookReady, this, [this](const SyncController::RunOutlook &outlook) {
            if (m_closingSession)
                confirmSessionClose(outlook);
        });
        connect(controller, &SyncController::stateChanged, this, &MainWindow::updateConnectionIndicator);
        connect(controller, &SyncController::notice, this, [this](const QString &text) {
            statusBar()->showMessage(text, 10000);
        });
        connect(controller, &SyncController::failed, this, [this](const QString &text) {
            statusBar()->showMessage(tr("Sync stopped: %1").arg(text), 15000);
            updateConnectionIndicator();
        });
        // The tooltip counts the changes still waiting for the server.
        connect(book, &OrderBook::orderChanged, this, &MainWindow::updateConnectionIndicator);
        connect(book, &OrderBook::orderAdded, this, &MainWindow::onIncomingOrder);
    }
    updateConnectionIndicator();
    createActions();
    updateTitles();
    ensureAnOrder();
    if (!book->orderUids().isEmpty())
        m_selector->setCurrentOrder(book->orderUids().last());
    showOrder(m_selector->currentOrder());
    m_productPanel->searchField()->installEventFilter(this);
    m_productPanel->searchField()->setFocus();
    setUpExtensions();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The registry may go before the terminal does.
    if (m_extensions)
        m_terminal->orders().setExtensions(nullptr);
}

void MainWindow::setUpExtensions()
{
    if (!m_extensions)
        return;
    m_extensionHost = new ExtensionHost(this);
    m_terminal->orders().setExtensions(m_extensions);
    const QList<Extension *> enabled = m_extensions->enabled();
    for (Extension *extension : enabled)
        extension->attach(m_extensionHost);
    m_orderWidget->setShowsExtensionText(!enabled.isEmpty());
    for (Extension *extension : enabled) {
        if (QWidget *control = extension->createOrderControl(m_extensionHost, m_orderWidget))
            m_orderWidget->addExtensionControl(control);
        if (!m_startScreen)
            m_startScreen = extension->createStartScreen(m_extensionHost, m_pages);
    }
    if (m_startScreen) {
        m_pages->addWidget(m_startScreen);
        m_startScreenButton->setText(m_startScreen->windowTitle());
        m_startScreenButton->show();
        QAction *action = menuBar()->actions().constFirst()->menu()->addAction(m_startScreen->windowTitle());
        action->setShortcut(QKeySequence(Qt::Key_F2));
        connect(action, &QAction::triggered, this, &MainWindow::showStartScreen);
        showStartScreen();
    }
}

void MainWindow::showStartScreen()
{
    if (!m_startScreen || m_pages->currentWidget() == m_paymentPanel)
        return;
    m_pages->setCurrentWidget(m_startScreen);
}

bool MainWindow::managerConfirmed()
{
    QString pin;
    if (!m_prompts->askPin(this, &pin))
        return false;
    if (!m_terminal->managerPinMatches(pin)) {
        m_prompts->inform(this, tr("Manager access"), tr("Wrong PIN."));
        return false;
    }
    return true;
}

bool MainWindow::mayChange(const QUuid &orderUid)
{
    const QString readOnly = m_terminal->orders().whyReadOnly(orderUid);
    if (readOnly.isEmpty())
        return true;
    showMessage(readOnly);
    return false;
}

bool MainWindow::onSalePage() const
{
    return m_pages->currentWidget() == m_salePage;
}

void MainWindow::setServerHost(ServerHost *host)
{
    m_serverHost = host;
    m_hosting = new QLabel(this);
    m_hosting->setObjectName(QStringLiteral("hostingIndicator"));
    statusBar()->addPermanentWidget(m_hosting);
    connect(host, &ServerHost::connectedTerminalsChanged, this, &MainWindow::updateHostingIndicator);
    connect(host, &ServerHost::stateChanged, this, &MainWindow::updateHostingIndicator);
    connect(m_terminal, &Terminal::settingsChanged, this, &MainWindow::updateHostingIndicator);
    updateHostingIndicator();
}

void MainWindow::updateHostingIndicator()
{
    const bool running = m_serverHost->isRunning();
    // A host that cannot start is news for the whole shop: its badge turns red.
    const bool failing = !running && m_terminal->settings().hostServer;
    m_hosting->setVisible(running || failing);
    const int connected = m_serverHost->connectedTerminals();
    m_hosting->setText(running ? tr("Hosting: %n terminal(s)", nullptr, connected) : tr("Not hosting"));
    m_hosting->setToolTip(running ? tr("This terminal hosts the shop's sync server at %1; %n other terminal(s) "
                                       "connected.", nullptr, connected)
                                        .arg(m_serverHost->url().toString())
                                  : tr("This terminal should host the shop's sync server but cannot: %1\n"
                                       "It tries again every few seconds.")
                                        .arg(m_serverHost->problem()));
    m_hosting->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; "
                                            "padding: 3px 10px; }")
                                 .arg(running ? QStringLiteral("#1565c0") : QStringLiteral("#c62828")));
}

// The search field keeps the focus for scanners and claims Delete for itself; an empty
// field has nothing to delete, so there Delete removes the selected line.

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int connected = m_serverHost && m_serverHost->isRunning() ? m_serverHost->connectedTerminals() : 0;
    if (connected > 0
        && !m_prompts->confirm(this, tr("Close Tandem POS?"),
                               tr("This terminal hosts the sync server of the shop, and %n other terminal(s) are "
                                  "connected to it. Closing it stops them sharing orders until it runs again; "
                                  "they keep selling meanwhile.", nullptr, connected))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notice && event->type() == QEvent::MouseButtonRelease) {
        m_notice->hide();
        return true;
    }
    if (watched == m_productPanel->searchField() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete
        && m_productPanel->searchField()->text().isEmpty()) {
        removeSelectedLine();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::removeSelectedLine()
{
    const QUuid line = m_orderWidget->selectedLine();
    if (!onSalePage() || line.isNull() || !mayChange(currentOrder()))
        return;
    if (!m_terminal->orders().removeLine(currentOrder(), line))
        showMessage(m_terminal->orders().lastError());
}

void MainWindow::createActions()
{
    QMenu *orderMenu = menuBar()->addMenu(tr("&Order"));
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(orderMenu, tr("&New order"), QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::newOrder);
    add(orderMenu, tr("&Delete order…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
        &MainWindow::deleteCurrentOrder);
    add(orderMenu, tr("&Pay"), QKeySequence(Qt::Key_F12), &MainWindow::startPayment);
    orderMenu->addSeparator();
    add(orderMenu, tr("Ne&xt order"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        if (onSalePage())
            m_selector->selectNext(1);
    });
    add(orderMenu, tr("P&revious order"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        if (onSalePage())
            m_selector->selectNext(-1);
    });
    add(orderMenu, tr("Remove selected &line"), QKeySequence(Qt::Key_Delete), &MainWindow::removeSelectedLine);
    add(orderMenu, tr("&Find product"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_productPanel->searchField()->setFocus();
        m_productPanel->searchField()->selectAll();
    });

    QMenu *sessionMenu = menuBar()->addMenu(tr("&Session"));
    add(sessionMenu, tr("&Receipts…"), QKeySequence(), &MainWindow::reprintReceipt);
    sessionMenu->addSeparator();
    add(sessionMenu, tr("Cash &in…"), QKeySequence(), [this] { moveCash(true); });
    add(sessionMenu, tr("Cash &out…"), QKeySequence(), [this] { moveCash(false); });
    sessionMenu->addSeparator();
    add(sessionMenu, tr("&Close session…"), QKeySequence(), &MainWindow::closeSession);
    sessionMenu->addSeparator();
    add(sessionMenu, tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QMenu *managerMenu = menuBar()->addMenu(tr("&Manager"));
    add(managerMenu, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);
    add(managerMenu, tr("&Products…"), QKeySequence(), [this] {
        if (managerConfirmed())
            m_prompts->editProducts(this, m_terminal);
    });
    add(managerMenu, tr("&Import catalog…"), QKeySequence(), &MainWindow::importCatalog);
    add(managerMenu, tr("&Refused changes…"), QKeySequence(), [this] {
        if (managerConfirmed())
            showRefusedChanges();
    });

    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), m_paymentPanel);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &MainWindow::showSalePage);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *validate = new QShortcut(QKeySequence(key), m_paymentPanel);
        validate->setContext(Qt::WidgetWithChildrenShortcut);
        connect(validate, &QShortcut::activated, m_paymentPanel, &PaymentPanel::validate);
        auto *next = new QShortcut(QKeySequence(key), m_receiptPanel);
        next->setContext(Qt::WidgetWithChildrenShortcut);
        connect(next, &QShortcut::activated, m_receiptPanel, &ReceiptPanel::nextOrderRequested);
    }
}

QUuid MainWindow::currentOrder() const
{
    return m_selector->currentOrder();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
    m_noticeTimer->start(NoticeMs);
}

QString MainWindow::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

// Another terminal paid or cancelled an order this terminal shows, or the run ended:
// its screens leave it at once, payment included, and land where the cashier chooses
// the next order; never on another order.
void MainWindow::onOrderClosedElsewhere(const Order &order)
{
    const bool paying = m_pages->currentWidget() == m_paymentPanel && m_paymentPanel->orderUid() == order.uid;
    const bool shown = onSalePage() && currentOrder() == order.uid;
    if (!paying && !shown)
        return;
    const QString name = orderName(order);
    QString text;
    if (order.abandoned)
        text = tr("%1 was archived: the shop's run ended.").arg(name);
    else if (order.changedBy.terminal.isEmpty())
        text = tr("%1 was closed on another terminal.").arg(name);
    else if (order.state == OrderState::Paid)
        text = tr("%1 was paid on %2 by %3.").arg(name, order.changedBy.terminal, order.changedBy.user);
    else
        text = tr("%1 was cancelled on %2 by %3.").arg(name, order.changedBy.terminal, order.changedBy.user);
    showNotice(text);
    if (paying)
        m_paymentPanel->start(QUuid());
    if (m_startScreen) {
        m_pages->setCurrentWidget(m_startScreen);
        return;
    }
    showSalePage();
    newOrder();
}

QString MainWindow::orderName(const Order &order) const
{
    const QStringList tags = m_extensions ? m_extensions->orderTags(order) : QStringList();
    return !tags.isEmpty()               ? tags.join(QLatin1Char(' '))
        : order.ticketNumber > 0 ? tr("Order #%1").arg(order.ticketNumber)
                                 : tr("Order %1").arg(order.receiptReference);
}

// The server did not take this terminal's pay or cancel: the cashier must know at once,
// and, when money was taken, give it back; a reopened order is shown to be paid anew.
void MainWindow::onCloseRefused(const Order &local, const Order &server, const QString &why,
                                const std::optional<LocalStore::VoidedReceipt> &voided)
{
    const QString name = orderName(server);
    const bool reopened = !server.isFinal();
    QString text;
    if (voided) {
        text = tr("The server did not take the payment of %1: %2. Receipt %3 is void: give the customer back %4.")
                   .arg(name, why, voided->number, Money(voided->refund, local.currency).toString(QLocale()));
        if (reopened)
            text += QLatin1Char(' ') + tr("The order is open again.");
    } else if (reopened) {
        text = tr("%1 was not cancelled: %2. It is open again.").arg(name, why);
    } else {
        return; // cancelled here, closed elsewhere: nothing is left to do
    }
    showNotice(text);
    if (reopened && (m_pages->currentWidget() == m_receiptPanel && m_receiptPanel->orderUid() == local.uid)) {
        showSalePage();
        m_selector->setCurrentOrder(server.uid);
    }
    // Money goes back: that is asked of the cashier in words that stay until read, but
    // not from inside the sync answer that brought it.
    if (voided)
        QTimer::singleShot(0, this, [this, text] { m_prompts->inform(this, tr("Payment refused"), text); });
}

void MainWindow::updateConnectionIndicator()
{
    QString text = tr("Sync off");
    QString color = QStringLiteral("#9e9e9e");
    QString tip = tr("This terminal works standalone; a manager can pair it with a sync server.");
    if (m_sync && m_sync->isEnabled()) {
        const TerminalSettings &settings = m_terminal->settings();
        switch (m_sync->controller()->state()) {
        case SyncClient::State::Online:
            text = tr("Online");
            color = QStringLiteral("#2e7d32");
            break;
        case SyncClient::State::Connecting:
            text = tr("Connecting…");
            color = QStringLiteral("#f9a825");
            break;
        case SyncClient::State::Offline:
            text = tr("Offline");
            color = QStringLiteral("#c62828");
            break;
        }
        const QDateTime contact = m_sync->controller()->lastContact();
        tip = tr("Server: %1\nLast contact: %2\nChanges waiting to be sent: %3")
                  .arg(settings.serverUrl,
                       contact.isValid() ? QLocale().toString(contact.time(), QLocale::LongFormat) : tr("never"))
                  .arg(m_sync->controller()->waitingBatches());
        const QString reason = m_sync->controller()->offlineReason();
        if (m_sync->controller()->state() != SyncClient::State::Online && !reason.isEmpty())
            tip += QLatin1Char('\n') + tr("Offline because %1").arg(reason);
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    m_connection->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; "
                                               "padding: 3px 10px; }").arg(color));
}

// An order that arrived from the server, applying the terminal's incoming-order options.
void MainWindow::onIncomingOrder(const QUuid &uid)
{
    const Order *incoming = m_terminal->orders().order(uid);
    if (!incoming || incoming->revision == 0 || !onSalePage())
        return;
    const QUuid currentUid = currentOrder();
    const Order *current = m_terminal->orders().order(currentUid);
    if (!current || !current->isEmpty() || current->published)
        return;
    const TerminalSettings &settings = m_terminal->settings();
    if (settings.dropEmptyNew && m_terminal->orders().orderUids().size() > 1) {
        m_terminal->orders().discard(currentUid);
        m_selector->setCurrentOrder(uid);
    } else if (settings.switchToIncoming) {
        m_selector->setCurrentOrder(uid);
    }
}

void MainWindow::updateTitles()
{
    const TerminalSettings &settings = m_terminal->settings();
    // The application's display name follows on its own: "Bar — Tandem POS".
    setWindowTitle(settings.terminalName);
    const auto &session = m_terminal->session();
    m_cashier->setText(session ? tr("Cashier: %1").arg(session->cashier) : tr("No open session"));
}

void MainWindow::ensureAnOrder()
{
    if (m_terminal->session() && m_terminal->orders().orderUids().isEmpty())
        newOrder();
}

void MainWindow::showSalePage()
{
    m_pages->setCurrentWidget(m_salePage);
    m_productPanel->searchField()->setFocus();
}

void MainWindow::showOrder(const QUuid &uid)
{
    m_orderWidget->setOrder(uid);
    updateEditability();
    if (m_extensionHost)
        emit m_extensionHost->currentOrderChanged(uid);
}

// Greys the controls of an order that is read-only while offline, and says why.
void MainWindow::updateEditability()
{
    const QUuid uid = currentOrder();
    const QString readOnly = uid.isNull() ? QString() : m_terminal->orders().whyReadOnly(uid);
    m_productPanel->setProductsEnabled(!uid.isNull() && readOnly.isEmpty());
    m_selector->setDeleteEnabled(!uid.isNull() && readOnly.isEmpty());
    m_offlineBanner->setText(readOnly);
    m_offlineBanner->setVisible(!readOnly.isEmpty());
}

void MainWindow::newOrder()
{
    if (!m_terminal->session() || !onSalePage())
        return;
    const QUuid uid = m_terminal->orders().createOrder();
    if (uid.isNull()) {
        showMessage(m_terminal->orders().lastError());
        return;
    }
    m_selector->setCurrentOrder(uid);
    showOrder(uid);
}

void MainWindow::deleteCurrentOrder()
{
    const QUuid uid = currentOrder();
    if (uid.isNull() || !onSalePage() || !mayChange(uid))
        return;
    const Order *order = m_terminal->orders().order(uid);
    if (!order->isEmpty()
        && !m_prompts->confirm(this, tr("Delete order"),
                               tr("Delete the order with %n line(s)? It will be kept as cancelled.", nullptr,
                                  order->lines.size())))
        return;
    if (!m_terminal->orders().discard(uid)) {
        showMessage(m_terminal->orders().lastError());
        return;
    }
    ensureAnOrder();
}

void MainWindow::addProduct(const Product &product)
{
    if (!onSalePage())
        return;
    QUuid order = currentOrder();
    if (order.isNull()) {
        newOrder();
        order = currentOrder();
    }
    if (!mayChange(order))
        return;
    if (!product.enabled) {
        showMessage(tr("%1 is not on sale.").arg(product.name));
        return;
    }
    QUuid line;
    if (!m_terminal->orders().addProduct(order, product, &line)) {
        showMessage(m_terminal->orders().lastError());
        return;
    }
    m_orderWidget->selectLine(line);
}

void MainWindow::startPayment()
{
    const Order *order = m_terminal->orders().order(currentOrder());
    if (!order || order->isEmpty() || !onSalePage() || !mayChange(order->uid))
        return;
    m_paymentPanel->start(order->uid);
    m_pages->setCurrentWidget(m_paymentPanel);
    m_paymentPanel->setFocus();
}

void MainWindow::onOrderFinalized(const Order &order)
{
    if (order.state != OrderState::Paid || order.uid != m_paymentPanel->orderUid())
        return;
    showReceipt(order);
    m_pages->setCurrentWidget(m_receiptPanel);
    m_receiptPanel->setFocus();
}

// A copy of one of the session's receipts, as it stands now: with the ticket the
// server gave an order paid offline.
void MainWindow::reprintReceipt()
{
    if (!m_terminal->session())
        return;
    QList<Order> closed;
    if (!m_terminal->store().loadFinalOrders(m_terminal->session()->id, &closed)) {
        showMessage(m_terminal->store().lastError());
        return;
    }
    QList<Order> paid;
    for (const Order &order : std::as_const(closed)) {
        if (order.state == OrderState::Paid && !order.receiptNumber.isEmpty())
            paid.prepend(order);
    }
    if (paid.isEmpty()) {
        m_prompts->inform(this, tr("Receipts"), tr("No receipt was issued in this session yet."));
        return;
    }
    paid = paid.mid(0, MaxReprintChoices);
    QStringList choices;
    for (const Order &order : std::as_const(paid)) {
        choices << tr("%1\n%2 · %3")
                       .arg(order.receiptNumber,
                            order.ticketNumber > 0 ? tr("#%1").arg(order.ticketNumber) : tr("ticket follows"),
                            Money(order.total(), order.currency).toString(QLocale()));
    }
    QString choice;
    if (!m_prompts->askChoice(this, tr("Receipts"), tr("Print a copy of:"), choices, &choice))
        return;
    const Order &order = paid.at(int(choices.indexOf(choice)));
    m_prompts->showDocument(this, tr("Receipt %1").arg(order.receiptNumber),
                            receiptFor(order) + QLatin1Char('\n') + ReceiptText::centered(tr("COPY")) + QLatin1Char('\n'));
}

// What the sync server did not take, and why: the cashier saw a notice, the manager reads them here.
void MainWindow::showRefusedChanges()
{
    QList<LocalStore::RefusedChange> changes;
    if (!m_terminal->store().loadRefusedChanges(&changes)) {
        showMessage(m_terminal->store().lastError());
        return;
    }
    if (changes.isEmpty()) {
        m_prompts->inform(this, tr("Refused changes"), tr("The sync server has taken every change of this terminal."));
        return;
    }
    QString text = tr("Changes the sync server did not take, newest first") + QLatin1String("\n\n");
    for (const LocalStore::RefusedChange &change : std::as_const(changes)) {
        text += tr("%1  order %2\n  %3\n  %4: %5\n\n")
                    .arg(QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat),
                         change.order.isEmpty() ? tr("(unknown)") : change.order, change.what)
                    .arg(change.status == 409 ? tr("conflict") : tr("refused (%1)").arg(change.status), change.why);
    }
    m_prompts->showDocument(this, tr("Refused changes"), text);
}

QString MainWindow::receiptFor(const Order &order) const
{
    const TerminalSettings &settings = m_terminal->settings();
    ReceiptHeader header(settings.shopName, settings.terminalName, order.changedBy.user);
    header.address = settings.shopAddress;
    header.taxId = settings.taxId;
    header.headerText = settings.receiptHeader;
    header.footerText = settings.receiptFooter;
    return ReceiptText::forOrder(order, header, QLocale(), m_extensions);
}

void MainWindow::showReceipt(const Order &order)
{
    m_receiptPanel->showReceipt(order.uid, receiptFor(order), order.receiptNumber);
}

// An order paid offline got its ticket: the receipt on screen shows it from now on.
void MainWindow::onTicketNumbered(const QUuid &uid)
{
    Order order;
    if (uid == m_receiptPanel->orderUid() && m_terminal->store().loadOrder(uid, &order))
        showReceipt(order);
}

void MainWindow::closeSession()
{
    if (!m_terminal->session() || m_closingSession || !managerConfirmed())
        return;
    if (!m_sync || !m_sync->isEnabled()) {
        confirmSessionClose({});
        return;
    }
    // The warning must say what this close does to the shop: ask the server first.
    m_closingSession = true;
    statusBar()->showMessage(tr("Asking the server whether other terminals keep the shop open…"));
    m_sync->controller()->askRunOutlook();
}

void MainWindow::confirmSessionClose(const SyncController::RunOutlook &outlook)
{
    m_closingSession = false;
    statusBar()->clearMessage();
    const bool shared = m_terminal->orders().isShared();
    int open = 0;
    for (const QUuid &uid : m_terminal->orders().orderUids()) {
        const Order *order = m_terminal->orders().order(uid);
        if (!order->isEmpty() || (shared && order->published))
            ++open;
    }
    QString question;
    if (!shared) {
        question = open > 0 ? tr("%n open order(s) still have lines. Closing the session archives them as abandoned; "
                                 "they will not be paid. Close the session?", nullptr, open)
                            : tr("Close the session and print the closing report?");
    } else if (!outlook.reached) {
        question = tr("The sync server cannot be reached, so it is not known whether other terminals keep the shop "
                      "open. The %n open order(s) stay open on the server, and here too; the server learns of this "
                      "close when the terminal reconnects. Close the session?", nullptr, open);
    } else if (outlook.closingEndsRun) {
        question = tr("This is the last open session of the shop: closing it ends the run. The shop's %n open "
                      "order(s) will be archived as abandoned and ticket numbers start again at 1. Close the session?",
                      nullptr, outlook.openOrders);
    } else {
        question = tr("Other terminals keep the shop open (%1): the %n open order(s) stay open for them, and "
                      "here too. Close the session?", nullptr, outlook.openOrders)
                       .arg(QLocale().createSeparatedList(outlook.otherTerminals));
    }
    if (!m_prompts->confirm(this, tr("Close session"), question))
        return;
    // Counted blind: the report then tells what the drawer should have held.
    qint64 counted = 0;
    if (!m_prompts->askMoney(this, tr("Close session"), tr("Cash counted in the drawer:"),
                             m_terminal->settings().currency, &counted))
        return;
    ClosingReport report;
    if (!m_terminal->closeSession(&report, counted)) {
        m_prompts->inform(this, tr("Close session"), m_terminal->lastError());
        // Without a closed session there is nothing more to do; with one, the next cashier still needs a session.
        if (m_terminal->session())
            return;
        finishSessionClose(nullptr);
        return;
    }
    if (!shared || !outlook.reached) {
        finishSessionClose(&report);
        return;
    }
    // The server's answer says whether this close ended the run after all.
    m_closingSession = true;
    report.openOrdersFate = ClosingReport::OpenOrdersFate::StayOpen;
    report.keptOpenBy = outlook.otherTerminals;
    auto pending = std::make_shared<ClosingReport>(report);
    auto answered = std::make_shared<QMetaObject::Connection>();
    auto finish = [this, pending, answered](bool confirmed, bool runEnded, int abandoned) {
        if (!*answered)
            return;
        disconnect(*answered);
        *answered = {};
        if (!confirmed)
            pending->openOrdersFate = ClosingReport::OpenOrdersFate::ServerNotReached;
        else if (runEnded)
            pending->openOrdersFate = ClosingReport::OpenOrdersFate::ArchivedWithRun;
        pending->archivedByServer = abandoned;
        m_closingSession = false;
        finishSessionClose(pending.get());
    };
    *answered = connect(m_sync->controller(), &SyncController::sessionCloseAnswered, this,
                        [finish](bool runEnded, int abandoned) { finish(true, runEnded, abandoned); });
    QTimer::singleShot(SessionCloseTimeoutMs, this, [finish] { finish(false, false, 0); });
}

void MainWindow::finishSessionClose(const ClosingReport *report)
{
    showSalePage();
    if (report)
        m_prompts->showDocument(this, tr("Closing report"), report->text(m_terminal->settings().terminalName, QLocale()));
    // Nobody takes over: the terminal closes, unless closing is declined (a hosting
    // terminal others still use), and then somebody must sign in after all.
    while (!askToOpenSession(m_terminal, m_prompts, this)) {
        if (close())
            return;
    }
    ensureAnOrder();
}

bool MainWindow::askToOpenSession(Terminal *terminal, Prompts *prompts, QWidget *parent)
{
    const QString title = tr("Open session");
    QString cashier = terminal->settings().lastCashier;
    while (prompts->askText(parent, title, tr("Cashier for the next session:"), &cashier)) {
        qint64 openingFloat = 0;
        if (!prompts->askMoney(parent, title, tr("Opening float, the cash in the drawer:"), terminal->settings().currency,
                               &openingFloat))
            continue;
        if (terminal->openSession(cashier, openingFloat))
            return true;
        prompts->inform(parent, title, terminal->lastError());
    }
    return false;
}

void MainWindow::moveCash(bool in)
{
    if (!m_terminal->session() || (!in && !managerConfirmed()))
        return;
    const QString title = in ? tr("Cash in") : tr("Cash out");
    const QString currency = m_terminal->settings().currency;
    qint64 amount = 0;
    QString reason;
    if (!m_prompts->askMoney(this, title, in ? tr("Amount put into the drawer:") : tr("Amount taken from the drawer:"),
                             currency, &amount)
        || !m_prompts->askText(this, title, tr("Reason:"), &reason))
        return;
    if (!m_terminal->addCashMove(in ? amount : -amount, reason)) {
        m_prompts->inform(this, title, m_terminal->lastError());
        return;
    }
    showMessage(tr("%1 of %2 recorded; the drawer should now hold %3.")
                    .arg(title, Money(amount, currency).toString(QLocale()),
                         Money(m_terminal->expectedCash(), currency).toString(QLocale())));
}

void MainWindow::openSettings()
{
    if (!managerConfirmed())
        return;
    if (m_prompts->editSettings(this, m_terminal, m_extensions, m_extensionHost, m_serverHost))
        showMessage(tr("Settings saved."));
}

void MainWindow::importCatalog()
{
    if (!managerConfirmed())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import catalog"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QList<CsvIssue> issues;
    if (m_terminal->importCatalog(path, &issues)) {
        showMessage(tr("Imported %n product(s).", nullptr, m_terminal->catalog().size()));
        return;
    }
    QStringList lines;
    for (int i = 0; i < issues.size() && i < 20; ++i)
        lines << issues.at(i).toString();
    if (issues.size() > 20)
        lines << tr("… and %n more.", nullptr, issues.size() - 20);
    m_prompts->inform(this, tr("Import catalog"),
                      m_terminal->lastError() + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
}
