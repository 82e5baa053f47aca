#pragma once

#include <QString>
#include <QtGlobal>

// The numpad's typing buffer for the selected line: the first key replaces the shown
// value, later keys extend it, and backspace on an empty quantity removes the line.
class NumpadInput final
{
public:
    enum class Mode { Quantity, Discount, Price };
    enum class Action { None, SetValue, RemoveLine };
    struct Outcome
    {
        Action action = Action::None;
        qint64 value = 0; // thousandths, basis points or minor units, by mode
    };

    explicit NumpadInput(int priceDecimals = 2);

    void start(Mode mode, qint64 currentValue);
    Mode mode() const { return m_mode; }
    int priceDecimals() const { return m_priceDecimals; }
    QString buffer() const { return m_buffer; }

    Outcome digit(int digit);
    Outcome decimalPoint();
    Outcome backspace();
    Outcome toggleSign();
    // A banknote key: the first press replaces the shown value, later ones add up.
    Outcome add(qint64 amount);

private:
    int decimals() const;
    Outcome apply(const QString &candidate);

    int m_priceDecimals;
    Mode m_mode = Mode::Quantity;
    QString m_buffer;
    bool m_fresh = true;
};
