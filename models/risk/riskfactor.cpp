#include "riskfactor.h"

#include <QLocale>

#include <cmath>

namespace dashboard::risk {

namespace {

// A factor name as the aggregation writes it: lower-case words joined by underscores.
bool isFactorName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar ch : name) {
        const bool ok = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
                        || ch == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

// "14", "12.5": no trailing zeros, in the user's locale.
QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

int count(double value)
{
    return static_cast<int>(std::lround(value));
}

} // namespace

std::optional<RiskFactor> RiskFactor::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;

    RiskFactor factor;
    factor.factor = parts.at(0).trimmed();
    if (!isFactorName(factor.factor))
        return std::nullopt;

    bool ok = false;
    const QString valueText = parts.at(1).trimmed();
    factor.value = valueText.toDouble(&ok); // C locale: the stored form uses '.'
    if (!ok || valueText.isEmpty() || !std::isfinite(factor.value))
        return std::nullopt;

    // "+30"; the sign is what the stored form has, a bare number is accepted too.
    QString weightText = parts.at(2).trimmed();
    if (weightText.startsWith(QLatin1Char('+')))
        weightText.remove(0, 1);
    if (weightText.isEmpty())
        return std::nullopt;
    for (const QChar ch : std::as_const(weightText)) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return std::nullopt;
    }
    factor.weight = weightText.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return factor;
}

QList<RiskFactor> RiskFactor::parseAll(const QStringList &texts)
{
    QList<RiskFactor> factors;
    factors.reserve(texts.size());
    for (const QString &text : texts) {
        if (auto factor = parse(text))
            factors.append(*factor);
    }
    return factors;
}

QString RiskFactor::reason() const
{
    if (factor == QLatin1String("never_active"))
        return tr("Has never practised");
    if (factor == QLatin1String("inactive_days") || factor == QLatin1String("inactive_week"))
        return tr("No practice for %n days", nullptr, count(value));
    if (factor == QLatin1String("accuracy_drop"))
        return tr("Accuracy dropped by %1 points this week").arg(number(value));
    if (factor == QLatin1String("low_consistency"))
        return tr("Practised on only %1 % of recent days").arg(number(value));
    if (factor == QLatin1String("overdue_assignments"))
        return tr("%n overdue assignment(s)", nullptr, count(value));
    if (factor == QLatin1String("stuck_module"))
        return tr("Failed the same module %n times in two weeks", nullptr, count(value));
    if (factor == QLatin1String("behind_target"))
        return tr("%1 points below target, due soon").arg(number(value));
    if (factor == QLatin1String("low_score"))
        return tr("Overall score only %1").arg(number(value));
    // A factor added on the server after this build: say what is stored rather than nothing.
    return tr("%1 (%2)", "unknown risk factor: name (value)").arg(factor, number(value));
}

QString RiskFactor::describe() const
{
    return tr("%1: +%2", "risk factor: reason, weight").arg(reason(), QLocale().toString(weight));
}

} // namespace dashboard::risk
