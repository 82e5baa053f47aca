#pragma once

#include "synccontroller.h"

#include <QMainWindow>
#include <QUuid>

struct ClosingReport;
class ExtensionContext;
class ExtensionRegistry;
class OpenOrdersModel;
class OrderSelector;
class OrderWidget;
class PaymentPanel;
class ProductListModel;
class ProductPanel;
class Prompts;
class QLabel;
class QStackedWidget;
class ReceiptPanel;
class ServerHost;
class Terminal;
class TerminalSync;
struct Order;
struct Product;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // sync may be null: the terminal then never syncs; extensions may be null: none run.
    MainWindow(Terminal *terminal, Prompts *prompts, TerminalSync *sync = nullptr,
               ExtensionRegistry *extensions = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    QUuid currentOrder() const;
    OrderWidget *orderWidget() const { return m_orderWidget; }
    ProductPanel *productPanel() const { return m_productPanel; }
    PaymentPanel *paymentPanel() const { return m_paymentPanel; }
    ReceiptPanel *receiptPanel() const { return m_receiptPanel; }
    OrderSelector *orderSelector() const { return m_selector; }
    QWidget *currentPage() const;
    // The first enabled extension's start screen (the floor plan), or null.
    QWidget *startScreen() const { return m_startScreen; }
    ExtensionContext *extensionContext() const { return m_extensionHost; }
    void showStartScreen();
    // A banner above every screen, for news the cashier must not miss.
    void showNotice(const QString &text);
    QString noticeText() const;

    void newOrder();
    void deleteCurrentOrder();
    void startPayment();
    void addProduct(const Product &product);
    // Closes the session after a warning that says what becomes of the open orders
    // (the server is asked whether this close ends the shop's run), shows the closing
    // report and opens the next session (or quits when no cashier takes over).
    void closeSession();
    void openSettings();
    // Asks the cashier's name and the opening float until a session opens; false when
    // nobody takes over.
    static bool askToOpenSession(Terminal *terminal, Prompts *prompts, QWidget *parent);
    void importCatalog();
    void removeSelectedLine();
    // This terminal may host the shop's sync server: the status bar then says so and
    // how many terminals use it, and closing asks first while any do.
    void setServerHost(ServerHost *host);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool onSalePage() const;
    void createActions();
    void showSalePage();
    void showOrder(const QUuid &uid);
    void onOrderFinalized(const Order &order);
    void showReceipt(const Order &order);
    QString receiptFor(const Order &order) const;
    void reprintReceipt();
    void showRefusedChanges();
    void onTicketNumbered(const QUuid &uid);
    void onOrderClosedElsewhere(const Order &order);
    void onCloseRefused(const Order &local, const Order &server, const QString &why,
                        const std::optional<LocalStore::VoidedReceipt> &voided);
    QString orderName(const Order &order) const;
    void ensureAnOrder();
    void updateTitles();
    void showMessage(const QString &text);
    void updateConnectionIndicator();
    void updateHostingIndicator();
    void onIncomingOrder(const QUuid &uid);
    void updateEditability();
    bool managerConfirmed();
    void confirmSessionClose(const SyncController::RunOutlook &outlook);
    void moveCash(bool in);
    void finishSessionClose(const ClosingReport *report);
    // Asks the book whether the order may change and, if not, says why.
    bool mayChange(const QUuid &orderUid);
    void setUpExtensions();
    friend class ExtensionHost;

    Terminal *m_terminal;
    Prompts *m_prompts;
    TerminalSync *m_sync;
    ProductListModel *m_products;
    OpenOrdersModel *m_openOrders;
    QStackedWidget *m_pages;
    QWidget *m_salePage;
    OrderSelector *m_selector;
    QLabel *m_cashier;
    QLabel *m_connection;
    QLabel *m_hosting = nullptr;
    ServerHost *m_serverHost = nullptr;
    QLabel *m_offlineBanner;
    OrderWidget *m_orderWidget;
    ProductPanel *m_productPanel;
    PaymentPanel *m_paymentPanel;
    ReceiptPanel *m_receiptPanel;
    ExtensionRegistry *m_extensions;
    ExtensionContext *m_extensionHost = nullptr;
    QWidget *m_startScreen = nullptr;
    class QPushButton *m_startScreenButton = nullptr;
    bool m_closingSession = false; // waiting for the server's word on a session close
    QLabel *m_notice;
    class QTimer *m_noticeTimer;
};
