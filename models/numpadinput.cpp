#include "numpadinput.h"

#include "money.h"
#include "pricing.h"

NumpadInput::NumpadInput(int priceDecimals)
    : m_priceDecimals(priceDecimals)
{
}

int NumpadInput::decimals() const
{
    switch (m_mode) {
    case Mode::Quantity:
        return 3;
    case Mode::Discount:
        return 2;
    case Mode::Price:
        return m_priceDecimals;
    }
    return 0;
}

void NumpadInput::start(Mode mode, qint64 currentValue)
{
    m_mode = mode;
    m_buffer = Decimal::formatScaled(currentValue, decimals(), 0);
    m_fresh = true;
}

NumpadInput::Outcome NumpadInput::apply(const QString &candidate)
{
    if (candidate.isEmpty() || candidate == QLatin1String("-")) {
        m_buffer = candidate;
        m_fresh = false;
        return {Action::SetValue, 0};
    }
    QString parsable = candidate;
    if (parsable.endsWith(QLatin1Char('.')))
        parsable.chop(1);
    qint64 value = 0;
    if (!Decimal::parseScaled(parsable, decimals(), &value))
        return {};
    const bool inRange = m_mode == Mode::Quantity ? qAbs(value) <= Pricing::MaxQuantity
        : m_mode == Mode::Discount               ? value >= 0 && value <= Pricing::BasisPoints
                                                 : value >= 0 && value <= Pricing::MaxUnitPrice;
    if (!inRange)
        return {};
    m_buffer = candidate;
    m_fresh = false;
    return {Action::SetValue, value};
}

NumpadInput::Outcome NumpadInput::digit(int digit)
{
    if (digit < 0 || digit > 9)
        return {};
    const QString key = QString::number(digit);
    if (m_fresh)
        return apply(key);
    if (m_buffer == QLatin1String("0"))
        return apply(key);
    if (m_buffer == QLatin1String("-0"))
        return apply(QLatin1Char('-') + key);
    return apply(m_buffer + key);
}

NumpadInput::Outcome NumpadInput::decimalPoint()
{
    if (decimals() == 0)
        return {};
    if (m_fresh)
        return apply(QStringLiteral("0."));
    if (m_buffer.contains(QLatin1Char('.')))
        return {};
    const QString base = m_buffer.isEmpty() || m_buffer == QLatin1String("-") ? m_buffer + QLatin1Char('0') : m_buffer;
    return apply(base + QLatin1Char('.'));
}

NumpadInput::Outcome NumpadInput::backspace()
{
    if (m_buffer.isEmpty()) {
        if (m_mode == Mode::Quantity)
            return {Action::RemoveLine, 0};
        return {};
    }
    QString shorter = m_buffer;
    shorter.chop(1);
    return apply(shorter);
}

NumpadInput::Outcome NumpadInput::toggleSign()
{
    if (m_mode != Mode::Quantity)
        return {};
    if (m_buffer.startsWith(QLatin1Char('-')))
        return apply(m_buffer.mid(1));
    return apply(QLatin1Char('-') + (m_buffer.isEmpty() ? QStringLiteral("0") : m_buffer));
}

NumpadInput::Outcome NumpadInput::add(qint64 amount)
{
    qint64 current = 0;
    if (!m_fresh && !m_buffer.isEmpty() && m_buffer != QLatin1String("-")) {
        QString parsable = m_buffer;
        if (parsable.endsWith(QLatin1Char('.')))
            parsable.chop(1);
        if (!Decimal::parseScaled(parsable, decimals(), &current))
            return {};
    }
    return apply(Decimal::formatScaled(current + amount, decimals(), 0));
}
