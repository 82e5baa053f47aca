#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

// The terminal's questions, made for a finger: every target is at least 44 px, numbers
// come with an on-screen keypad and text with an on-screen keyboard, so a till without a
// physical keyboard can answer all of them. Typed keys work as well; Return accepts and
// Escape cancels.
class TouchDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinTarget = 44;

    TouchDialog(QWidget *parent, const QString &title, const QString &text);

    // Text on a button a finger can hit, in the dialog's style.
    static class QPushButton *touchButton(const QString &text, QWidget *parent);

protected:
    // The accepting and the rejecting button at the bottom (no reject button for an
    // empty text); Return presses the accepting one unless `rejectIsDefault`.
    void addActions(const QString &accept, const QString &reject, bool rejectIsDefault = false);
    QVBoxLayout *body() const { return m_body; }
    class QPushButton *acceptButton() const { return m_accept; }

private:
    QVBoxLayout *m_body;
    class QPushButton *m_accept = nullptr;
};

// A whole number within bounds (a guest count), or a PIN whose digits are hidden.
class NumberDialog final : public TouchDialog
{
    Q_OBJECT

public:
    NumberDialog(QWidget *parent, const QString &title, const QString &label, int minimum, int maximum, int value);
    // Hidden digits, any count up to `maxDigits`.
    NumberDialog(QWidget *parent, const QString &title, const QString &label, int maxDigits);

    QString text() const;
    int value() const;

private:
    void build();
    void check();

    QLineEdit *m_field;
    int m_minimum = 0;
    int m_maximum = 0;
    bool m_secret = false;
    class QLabel *m_hint;
};

// An amount of money (a float, counted cash), typed on a keypad with a decimal point.
class MoneyDialog final : public TouchDialog
{
    Q_OBJECT

public:
    MoneyDialog(QWidget *parent, const QString &title, const QString &label, const QString &currency, qint64 value);
    // Minor units; valid only when accepted.
    qint64 amount() const { return m_amount; }

private:
    void check();

    QLineEdit *m_field;
    QString m_currency;
    qint64 m_amount = 0;
};

// A line (a cashier's name) or a longer text (a note), with an on-screen keyboard.
class TextDialog final : public TouchDialog
{
    Q_OBJECT

public:
    TextDialog(QWidget *parent, const QString &title, const QString &label, const QString &value, bool multiline);
    QString text() const;

private:
    void type(const QString &text);
    void erase();
    void setShifted(bool shifted);

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    QList<class QPushButton *> m_letters;
    bool m_shifted = false;
};

// One of a few choices (a table to move to), each its own button.
class ChoiceDialog final : public TouchDialog
{
    Q_OBJECT

public:
    ChoiceDialog(QWidget *parent, const QString &title, const QString &label, const QStringList &choices);
    QString choice() const { return m_choice; }

private:
    QString m_choice;
};

// A question with a plain Yes and No, or a message with OK.
class MessageDialog final : public TouchDialog
{
    Q_OBJECT

public:
    MessageDialog(QWidget *parent, const QString &title, const QString &text, bool question);
};
