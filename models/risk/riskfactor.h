#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dashboard::risk {

// One entry of student_progress.risk_factors, "factor:value:+weight" (docs/risk.md), read back
// into parts so the app can say why a student is at risk in words.
struct RiskFactor
{
    Q_DECLARE_TR_FUNCTIONS(RiskFactor)

public:
    QString factor; // "inactive_days"
    double value = 0; // 14
    int weight = 0;   // 30

    // Empty optional for text that is not of that form.
    static std::optional<RiskFactor> parse(const QString &text);
    // Parses every well-formed entry, in the stored order (highest weight first).
    static QList<RiskFactor> parseAll(const QStringList &texts);

    // "No practice for 14 days" — the reason in plain words, translated.
    QString reason() const;
    // "No practice for 14 days: +30"
    QString describe() const;
};

// The risk score at or above which a student counts as at risk (the default of
// dashboard_aggregation_settings.at_risk_threshold).
constexpr double kAtRiskThreshold = 50.0;

} // namespace dashboard::risk
