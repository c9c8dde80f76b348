#include "monitorsettings.h"

#include <QSettings>

#include <array>
#include <utility>

namespace fedibell {

using namespace Qt::StringLiterals;

namespace {

using Field = int MonitorSettings::*;

const std::array<std::pair<QLatin1StringView, Field>, 17> kFields{{
    {"pingIntervalMs"_L1, &MonitorSettings::pingIntervalMs},
    {"pongDeadlineMs"_L1, &MonitorSettings::pongDeadlineMs},
    {"backoffBaseMs"_L1, &MonitorSettings::backoffBaseMs},
    {"backoffCapMs"_L1, &MonitorSettings::backoffCapMs},
    {"stableAfterMs"_L1, &MonitorSettings::stableAfterMs},
    {"pollMinMs"_L1, &MonitorSettings::pollMinMs},
    {"pollMaxMs"_L1, &MonitorSettings::pollMaxMs},
    {"streamRetryMs"_L1, &MonitorSettings::streamRetryMs},
    {"handshakeFailuresBeforePolling"_L1, &MonitorSettings::handshakeFailuresBeforePolling},
    {"restartGraceMs"_L1, &MonitorSettings::restartGraceMs},
    {"reconcileMs"_L1, &MonitorSettings::reconcileMs},
    {"mentionGraceMs"_L1, &MonitorSettings::mentionGraceMs},
    {"ledgerSaveDelayMs"_L1, &MonitorSettings::ledgerSaveDelayMs},
    {"requestTimeoutMs"_L1, &MonitorSettings::requestTimeoutMs},
    {"wakeDelayMs"_L1, &MonitorSettings::wakeDelayMs},
    {"clockCheckMs"_L1, &MonitorSettings::clockCheckMs},
    {"clockJumpMs"_L1, &MonitorSettings::clockJumpMs},
}};

constexpr int kMaxValue = 24 * 3600 * 1000;

} // namespace

QStringList MonitorSettings::names()
{
    QStringList result;
    for (const auto &[key, field] : kFields) {
        result.append(key);
    }
    return result;
}

MonitorSettings MonitorSettings::load(QSettings &settings)
{
    MonitorSettings result;
    settings.beginGroup(u"timers"_s);
    for (const auto &[key, field] : kFields) {
        bool ok = false;
        const int value = settings.value(key, result.*field).toInt(&ok);
        if (ok && value > 0 && value <= kMaxValue) {
            result.*field = value;
        }
    }
    settings.endGroup();
    if (result.pollMaxMs < result.pollMinMs) {
        result.pollMaxMs = result.pollMinMs;
    }
    if (result.backoffCapMs < result.backoffBaseMs) {
        result.backoffCapMs = result.backoffBaseMs;
    }
    return result;
}

void MonitorSettings::save(QSettings &settings) const
{
    settings.beginGroup(u"timers"_s);
    for (const auto &[key, field] : kFields) {
        settings.setValue(key, this->*field);
    }
    settings.endGroup();
}

bool MonitorSettings::set(const QString &assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0) {
        return false;
    }
    const QString key = assignment.left(equals).trimmed();
    bool ok = false;
    const int value = assignment.mid(equals + 1).trimmed().toInt(&ok);
    if (!ok || value <= 0 || value > kMaxValue) {
        return false;
    }
    for (const auto &[name, field] : kFields) {
        if (key == name) {
            this->*field = value;
            return true;
        }
    }
    return false;
}

} // namespace fedibell
