#pragma once

#include <QWidget>

class ExtensionContext;
class QPushButton;
class RestaurantExtension;

// The restaurant's buttons in the order widget: the table (move the order to
// another one), the guest count, and "Send to kitchen" with what is still unsent.
class TableControl final : public QWidget
{
    Q_OBJECT

public:
    TableControl(ExtensionContext *context, RestaurantExtension *restaurant, QWidget *parent = nullptr);

private:
    void refresh();
    void moveOrder();
    void changeGuests();
    void sendToKitchen();

    ExtensionContext *m_context;
    RestaurantExtension *m_restaurant;
    QPushButton *m_table;
    QPushButton *m_guests;
    QPushButton *m_send;
};
