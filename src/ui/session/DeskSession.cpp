// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskSession.h"

#include "config/ConfigLoader.h"
#include "host/EngineHost.h"
#include "settings/SecretStore.h"
#include "tranche/TrancheManager.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

DeskSession::DeskSession(core::TrancheManager *manager, core::TrancheStore *store, SecretStore *secrets,
    const QString &configPath, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_store(store)
    , m_secrets(secrets)
    , m_configPath(configPath)
{
    if (m_manager) {
        m_config = m_manager->config();
    }
}

void DeskSession::setInitialConfig(const core::AppConfig &config)
{
    m_config = config;
    Q_EMIT configChanged(m_config);
}

core::Result<void> DeskSession::applyConfig(const core::AppConfig &config)
{
    if (m_configApplier) {
        return m_configApplier(config);
    }
    if (auto valid = engine::EngineHost::validate(config); !valid) {
        return valid;
    }
    if (!m_configPath.isEmpty()) {
        if (auto saved = core::ConfigLoader::saveFile(config, m_configPath); !saved) {
            return saved;
        }
    }
    m_config = config;
    if (m_manager) {
        m_manager->setConfig(config);
    }
    Q_EMIT configChanged(m_config);
    return {};
}

core::Result<void> DeskSession::requestLiveMode()
{
    // No keys entered, or no keychain to hold them (a headless machine): the refusal says which.
    // A remote engine trades with its own keys and answers for them itself.
    const QString problem = m_remote ? QString()
        : m_secrets                  ? m_secrets->liveKeysProblem()
                                     : tr("LIVE mode needs API keys, and this window has no keychain.");
    if (!problem.isEmpty()) {
        return core::Error { problem };
    }
    if (!m_modeSwitcher) {
        return core::Error { tr("This window is not connected to an exchange that can trade LIVE. "
                                "The application stays in PAPER mode; no order was sent to Aster.") };
    }
    return m_modeSwitcher(true);
}

core::Result<void> DeskSession::requestPaperMode()
{
    if (!m_modeSwitcher) {
        return core::Error { tr("This window cannot switch modes.") };
    }
    return m_modeSwitcher(false);
}

std::optional<QString> DeskSession::symbolRefusal(const QString &symbol) const
{
    return m_symbolChecker ? m_symbolChecker(symbol) : std::nullopt;
}

void DeskSession::setEntriesPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    Q_EMIT entriesPausedChanged(paused);
}

void DeskSession::setRateLimit(const QString &text, bool isWarning)
{
    if (m_rateLimitText == text && m_isRateLimitWarning == isWarning) {
        return;
    }
    m_rateLimitText = text;
    m_isRateLimitWarning = isWarning;
    Q_EMIT rateLimitChanged();
}

void DeskSession::setStreamUp(Stream stream, bool isUp)
{
    if (m_streams.contains(stream) && m_streams.value(stream) == isUp) {
        return;
    }
    m_streams.insert(stream, isUp);
    Q_EMIT streamStateChanged(stream, isUp);
}

} // namespace trd::ui
