#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class Terminal;

// The manager's product list: add a product, change its name, category, price, tax
// rate or barcode, take it off sale and back. Every save is checked as the CSV import
// checks a row, and a bad field changes nothing.
class ProductEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductEditor)

public:
    explicit ProductEditor(Terminal *terminal, QWidget *parent = nullptr);

    // Saves the form as a new product or over the selected one; false with errorText().
    bool save();
    void startNew();
    // Shows the product with this id in the form; false when there is none.
    bool select(const QString &id);
    QString errorText() const;

private:
    void fill();
    void showSelected();

    Terminal *m_terminal;
    QLineEdit *m_search;
    QTableWidget *m_list;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_category;
    QLineEdit *m_price;
    QLineEdit *m_taxRate;
    QLineEdit *m_barcode;
    QCheckBox *m_onSale;
    QLabel *m_error;
    QString m_editing; // id of the product in the form; empty for a new one
};
