// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineHost.h"

#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "SqliteTrancheStore.h"
#include "config/ConfigLoader.h"
#include "config/ConfigValidator.h"
#include "demo/DemoMarket.h"
#include "hunter/LiquidationHunter.h"
#include "live/ExchangeProfile.h"
#include "live/LiveSession.h"
#include "market/MarkRecorder.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "secrets/SecretStore.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {
Q_LOGGING_CATEGORY(lcHost, "trd.engine.host")
const QString kPaperStateKey = u"paper-exchange"_s;
// Whether new entries were paused when PAPER last ran: a restart never resumes them by itself.
const QString kPaperPausedKey = u"trading/paperEntriesPaused"_s;
} // namespace

EngineHost::EngineHost(const EngineOptions &options, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clockSpeed)
    , m_secrets(secrets)
{
    m_liveRetry.setSingleShot(true);
    connect(&m_liveRetry, &QTimer::timeout, this, [this] {
        if (m_live && !m_isLiveStarted) {
            m_live->start(marketStreams(m_config));
        }
    });
    m_saveTimer.setInterval(30'000);
    connect(&m_saveTimer, &QTimer::timeout, this, &EngineHost::saveState);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &EngineHost::saveState);
}

EngineHost::~EngineHost()
{
    teardown();
}

void EngineHost::stop()
{
    saveState();
    teardown();
}

void EngineHost::teardown()
{
    m_saveTimer.stop();
    m_liveRetry.stop();
    m_liveAttempt = 0;
    // The hunter goes first: it holds pointers into the engine, which holds the exchange and the
    // store.
    if (m_demo) {
        m_demo->stop();
    }
    if (m_live) {
        m_live->stop();
    }
    m_hunter.reset();
    m_markRecorder.reset(); // writes the complete rows it still holds
    m_marks.reset();
    m_liquidations.reset();
    m_demo.reset();
    m_manager.reset();
    m_exchange = nullptr;
    m_paper.reset();
    m_engine.reset();
    m_live.reset();
    m_isLiveStarted = false;
    m_recordedUp.clear();
    m_streams.clear();
    m_paused = false;
    m_rateLimitText.clear();
    m_isRateLimitWarning = false;
    m_store.reset();
}

core::Result<void> EngineHost::start()
{
    m_startNote.clear();
    auto config = loadConfig();
    if (!config) {
        return config.error();
    }
    const bool hasFile = QFileInfo::exists(m_options.configPath());
    bool isLive = hasFile && !config.value().global.paperMode;
    if (isLive && (!m_secrets || !m_secrets->hasApiKeys())) {
        // Never trade LIVE without keys, and never pretend to: PAPER, and the note says why.
        isLive = false;
        config.value().global.paperMode = true;
        const QString noKeychain = m_secrets ? m_secrets->unavailableExplanation() : QString();
        m_startNote = noKeychain.isEmpty()
            ? tr("The configuration asks for LIVE mode, but no API key is in the keychain: running in "
                 "PAPER mode. Enter the keys under Settings → API keys, then switch to LIVE.")
            : tr("The configuration asks for LIVE mode: running in PAPER mode. %1").arg(noKeychain);
    }
    if (auto opened = openStore(isLive ? m_options.liveStorePath() : m_options.storePath()); !opened) {
        return opened;
    }
    if (isLive) {
        if (auto started = startLive(config.value()); !started) {
            return started;
        }
    } else {
        if (auto prepared = preparePaper(); !prepared) {
            return prepared;
        }
        if (!hasFile) {
            config = m_demo->sampleConfig();
            config.value().global.paperMode = true;
            if (auto saved = core::ConfigLoader::saveFile(config.value(), m_options.configPath()); !saved) {
                m_startNote = tr("The sample configuration could not be saved: %1").arg(saved.error().message);
            } else {
                m_startNote = tr("First launch: PAPER mode on the demo market with a sample configuration (%1).")
                                  .arg(m_options.configPath());
            }
        }
        if (auto started = startPaper(config.value()); !started) {
            return started;
        }
    }
    m_config = m_manager->config();
    wireHunter();
    if (isLive) {
        // LIVE starts with new entries paused: the trader looks at the reconciled book first and
        // resumes. Open tranches are managed (TP/SL, isolation, sync) from the first second.
        setEntriesPaused(true);
        m_startNote
            = tr("LIVE on %1: new entries are paused until you press Resume entries.").arg(m_options.restUrl.host());
        wireLiveStreams();
    } else {
        wirePaper();
    }
    m_saveTimer.start();
    return {};
}

QString EngineHost::marketName() const
{
    return m_live ? m_options.restUrl.host() : tr("demo market");
}

core::Result<void> EngineHost::validate(const core::AppConfig &config)
{
    const auto issues = core::ConfigValidator::validate(config);
    if (!core::ConfigValidator::hasErrors(issues)) {
        return {};
    }
    QStringList lines;
    for (const auto &issue : issues) {
        if (issue.isError) {
            lines << issue.message;
        }
    }
    return core::Error { lines.join(u'\n') };
}

core::Result<void> EngineHost::applyConfig(const core::AppConfig &config)
{
    if (auto valid = validate(config); !valid) {
        return valid;
    }
    if (auto saved = core::ConfigLoader::saveFile(config, m_options.configPath()); !saved) {
        return saved;
    }
    m_config = config;
    if (m_manager) {
        m_manager->setConfig(config);
    }
    applyToExchange(config);
    if (m_hunter) {
        m_hunter->setConfig(config);
    }
    applyRecording(config);
    Q_EMIT configChanged(m_config);
    return {};
}

void EngineHost::applyToExchange(const core::AppConfig &config)
{
    if (m_engine) {
        // Fees, slippage, the paper wallet and funding rate, each symbol's leverage and margin type.
        m_engine->applyConfig(config);
    }
    if (m_live && m_isLiveStarted) {
        for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
            m_exchange->setLeverage(it.key(), it->leverage);
        }
    }
}

std::optional<QString> EngineHost::symbolRefusal(const QString &symbol) const
{
    if (m_demo) {
        QStringList listed;
        for (const core::SymbolFilters &f : m_demo->symbols()) {
            if (f.symbol == symbol) {
                return std::nullopt;
            }
            listed << f.symbol;
        }
        listed.sort();
        return tr("%1 is not traded on the demo market, so it would never open a tranche in PAPER. "
                  "The demo market has: %2.")
            .arg(symbol, listed.join(u", "_s));
    }
    if (m_exchange && m_exchange->symbolFilters(symbol)) {
        return std::nullopt;
    }
    return m_isLiveStarted ? tr("%1 is not listed by the exchange (%2), so no order could be placed for it.")
                                 .arg(symbol, m_options.restUrl.host())
                           : tr("%1 cannot be checked against the exchange's list yet: LIVE is not connected. "
                                "Add it once the status bar says connected.")
                                 .arg(symbol);
}

void EngineHost::setEntriesPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    if (m_hunter) {
        m_hunter->setPaused(paused);
    }
    if (m_engine) {
        // PAPER comes back as the trader left it; written the moment it changes, so a crash keeps it.
        QSettings settings;
        settings.setValue(kPaperPausedKey, paused);
        settings.sync();
    }
    Q_EMIT entriesPausedChanged(paused);
}

void EngineHost::setStreamUp(Stream stream, bool isUp)
{
    if (m_streams.contains(stream) && m_streams.value(stream) == isUp) {
        return;
    }
    m_streams.insert(stream, isUp);
    Q_EMIT streamStateChanged(stream, isUp);
}

void EngineHost::setRateLimit(const QString &text, bool isWarning)
{
    if (m_rateLimitText == text && m_isRateLimitWarning == isWarning) {
        return;
    }
    m_rateLimitText = text;
    m_isRateLimitWarning = isWarning;
    Q_EMIT rateLimitChanged();
}

void EngineHost::wirePaper()
{
    // PAPER comes back as the trader left it: paused stays paused until entries are resumed.
    if (QSettings().value(kPaperPausedKey, false).toBool()) {
        setEntriesPaused(true);
        m_startNote += (m_startNote.isEmpty() ? QString() : u" "_s)
            + tr("New entries are paused, as they were when TrancheDesk last ran in PAPER. "
                 "Press Resume entries to let the hunter trade.");
    }
    // The demo market and the paper exchange are in-process: both streams are up while it runs.
    setStreamUp(Stream::Market, true);
    setStreamUp(Stream::UserData, true);
    m_manager->recordConnection(u"market"_s, true, u"demo market"_s);
    m_manager->recordConnection(u"user_data"_s, true, u"paper exchange"_s);
    m_demo->start();
}

core::Result<void> EngineHost::openStore(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = storage::SqliteTrancheStore::open(path);
    if (!store) {
        return store.error();
    }
    m_store = std::move(store).value();
    // Every liquidation the market brings, traded symbol or not, kept liquidationRetentionDays, and
    // the marks markRecording keeps.
    auto liquidations = storage::SqliteLiquidationStore::create(m_store->database());
    if (!liquidations) {
        return liquidations.error();
    }
    m_liquidations = std::move(liquidations).value();
    auto marks = storage::SqliteMarkStore::create(m_store->database());
    if (!marks) {
        return marks.error();
    }
    m_marks = std::move(marks).value();
    return {};
}

core::Result<core::AppConfig> EngineHost::loadConfig()
{
    const QString path = m_options.configPath();
    if (!QFileInfo::exists(path)) {
        return core::AppConfig {}; // the demo market's sample, once the paper side is built
    }
    QList<core::ConfigIssue> warnings;
    auto loaded = core::ConfigLoader::loadFile(path, &warnings);
    if (!loaded) {
        return core::Error { u"%1:\n%2"_s.arg(path, loaded.error().message) };
    }
    // Doubtful settings and keys left in the file, said where a headless engine is read: the log
    // (by key path; a key's value is never in a message).
    for (const core::ConfigIssue &warning : std::as_const(warnings)) {
        qCWarning(lcHost).noquote() << path << "warning:" << warning.message;
    }
    return loaded.value();
}

core::Result<void> EngineHost::preparePaper()
{
    m_engine = std::make_unique<exchange::PaperMatchingEngine>(&m_clock);
    // The paper exchange comes back as it was, before the engine reconciles against it.
    auto saved = m_store->document(kPaperStateKey);
    if (!saved) {
        return saved.error();
    }
    if (saved.value()) {
        if (auto restored = m_engine->restoreState(QJsonDocument::fromJson(*saved.value()).object()); !restored) {
            return core::Error { u"%1: %2"_s.arg(m_options.storePath(), restored.error().message) };
        }
    }
    exchange::DemoMarket::Settings demo;
    demo.seed = m_options.seed != 0 ? m_options.seed : QRandomGenerator::global()->generate64();
    demo.intervalMs = std::max(1, int(m_options.demoIntervalMs / m_clock.speed()));
    demo.symbolCount = m_options.demoSymbols;
    m_demo = std::make_unique<exchange::DemoMarket>(m_engine.get(), &m_clock, demo);
    return {};
}

core::Result<void> EngineHost::startPaper(const core::AppConfig &config)
{
    // Fees, slippage, the paper wallet and funding rate, each symbol's leverage and margin type.
    m_engine->applyConfig(config);
    m_paper = std::make_unique<exchange::PaperExchange>(m_engine.get());
    m_exchange = m_paper.get();
    m_manager = std::make_unique<core::TrancheManager>(m_exchange, m_store.get(), &m_clock);
    // The paper exchange is written in the transaction of every step that changed it (as the CLI
    // does), not only on the save timer: a crash leaves tranches and paper positions of the same
    // moment. A new mark alone changes nothing stored.
    m_isPaperChanged = false;
    m_engine->addListener([this](const exchange::PaperEvent &event) {
        if (event.kind != exchange::PaperEvent::Kind::MarkPrice) {
            m_isPaperChanged = true;
        }
    });
    m_manager->setStepDocument(kPaperStateKey, [this]() -> std::optional<QByteArray> {
        if (!m_isPaperChanged) {
            return std::nullopt;
        }
        m_isPaperChanged = false;
        return QJsonDocument(m_engine->saveState()).toJson(QJsonDocument::Compact);
    });
    m_manager->setConfig(config);
    if (auto started = m_manager->start(); !started) {
        return started;
    }
    m_manager->setTimersEnabled(true);
    return {};
}

core::Result<void> EngineHost::startLive(const core::AppConfig &config)
{
    if (m_clock.speed() != 1.0) {
        return core::Error {
            tr("LIVE runs on the real clock: a faster clock (%1×) is for the demo market only.").arg(m_clock.speed())
        };
    }
    // The exchange chosen in the LIVE keys dialog, read at every start of LIVE, unless the command
    // line named one.
    if (const auto chosen = exchange::ExchangeProfile::remembered(QSettings());
        chosen && !m_options.isExchangeFromCommandLine) {
        m_options.restUrl = chosen->rest;
        m_options.streamUrl = chosen->marketStream;
        m_options.userStreamUrl = chosen->userStream;
        m_options.chainId = chosen->chainId;
    }
    exchange::RestClient::Credentials credentials;
    if (m_secrets->hasV3Keys()) {
        credentials = exchange::RestClient::Credentials::v3(
            m_secrets->read(SecretStore::v3UserName()), m_secrets->read(SecretStore::v3SignerKeyName()).toLatin1());
    } else {
        credentials.apiKey = m_secrets->read(SecretStore::apiKeyName()).toUtf8();
        credentials.secret = m_secrets->read(SecretStore::apiSecretName()).toUtf8();
    }
    credentials.chainId = m_options.chainId;
    m_live = std::make_unique<exchange::LiveSession>(
        exchange::LiveSession::Endpoints { m_options.restUrl, m_options.streamUrl, m_options.userStreamUrl },
        credentials, config.global.positionMode, &m_clock);
    m_exchange = m_live->exchange();
    // The engine starts (and reconciles) once the session is connected: wireLiveStreams().
    m_manager = std::make_unique<core::TrancheManager>(m_exchange, m_store.get(), &m_clock);
    m_manager->setConfig(config);
    return {};
}

void EngineHost::wireHunter()
{
    m_hunter = std::make_unique<core::LiquidationHunter>(m_manager.get(), m_exchange, &m_clock);
    m_hunter->setConfig(m_manager->config());
    m_markRecorder = std::make_unique<core::MarkRecorder>(m_marks.get());
    applyRecording(m_manager->config());
    connect(m_exchange, &core::Exchange::markPriceUpdated, m_hunter.get(), &core::LiquidationHunter::onMarkPrice);
    connect(m_exchange, &core::Exchange::markPriceUpdated, m_hunter.get(),
        [recorder = m_markRecorder.get()](const QString &symbol, const core::Decimal &price, qint64 time) {
            recorder->onMarkPrice(symbol, price, time);
        });
    if (m_demo) {
        connect(
            m_demo.get(), &exchange::DemoMarket::liquidation, m_hunter.get(), &core::LiquidationHunter::onLiquidation);
        connect(
            m_demo.get(), &exchange::DemoMarket::bookTicker, m_hunter.get(), &core::LiquidationHunter::onBookTicker);
        connect(m_demo.get(), &exchange::DemoMarket::candleClosed, m_hunter.get(), &core::LiquidationHunter::onCandle);
    }
    if (m_live) {
        auto *live = m_live->exchange();
        connect(live, &exchange::LiveExchange::liquidation, m_hunter.get(), &core::LiquidationHunter::onLiquidation);
        connect(live, &exchange::LiveExchange::bookTicker, m_hunter.get(), &core::LiquidationHunter::onBookTicker);
        connect(live, &exchange::LiveExchange::candleClosed, m_hunter.get(), &core::LiquidationHunter::onCandle);
    }
}

void EngineHost::applyRecording(const core::AppConfig &config)
{
    if (m_hunter) {
        m_hunter->setLiquidationStore(m_liquidations.get(), config.global.liquidationRetentionDays);
    }
    if (m_markRecorder) {
        // The validator refuses any other text, so an unknown mode is only ever a stale file.
        m_markRecorder->setMode(
            core::MarkRecorder::modeFromString(config.global.markRecording).value_or(core::MarkRecorder::Mode::Off));
        const QList<QString> symbols = config.symbols.keys();
        m_markRecorder->setSymbols(QSet<QString>(symbols.cbegin(), symbols.cend()));
    }
}

void EngineHost::wireLiveStreams()
{
    using exchange::StreamConnection;
    const auto follow = [this](StreamConnection *stream, Stream which, const QString &name) {
        connect(stream, &StreamConnection::stateChanged, this,
            [this, which, name](StreamConnection::State state, const QString &reason) {
                const bool isUp = state == StreamConnection::State::Up;
                setStreamUp(which, isUp);
                const bool isSettled = isUp || state == StreamConnection::State::Down;
                if (m_isLiveStarted && isSettled && m_recordedUp.value(name, !isUp) != isUp) {
                    m_recordedUp.insert(name, isUp);
                    m_manager->recordConnection(name, isUp, reason);
                }
            });
    };
    follow(m_live->marketStream(), Stream::Market, u"market"_s);
    follow(m_live->userStream(), Stream::UserData, u"user_data"_s);
    const auto showLimits = [this] {
        const auto status = m_live->rest()->limiter().status();
        const bool isNearLimit = status.weightLimit > 0 && status.usedWeight * 5 >= status.weightLimit * 4;
        setRateLimit(status.text(), status.isBanned || status.backOffUntil > m_clock.nowMs() || isNearLimit);
    };
    connect(m_live->rest(), &exchange::RestClient::rateLimitChanged, this, showLimits);
    connect(m_live->rest(), &exchange::RestClient::banned, this, [this, showLimits](const QString &message) {
        showLimits();
        reportLiveProblem(tr("the exchange banned this IP for ignoring its rate limits: %1").arg(message));
    });
    m_live->setResyncHandler([this] {
        if (m_isLiveStarted) {
            m_manager->resync();
        }
    });
    connect(m_live.get(), &exchange::LiveSession::failed, this, &EngineHost::reportLiveProblem);
    wireAccountAlerts();
    connect(m_live.get(), &exchange::LiveSession::ready, this, [this] {
        if (m_isLiveStarted) {
            return;
        }
        // The engine reconciles its stored tranches with the exchange's positions and orders.
        if (auto started = m_manager->start(); !started) {
            reportLiveProblem(started.error().message);
            return;
        }
        m_manager->setTimersEnabled(true);
        m_isLiveStarted = true;
        m_liveAttempt = 0;
        const bool isMarketUp = m_live->marketStream()->state() == exchange::StreamConnection::State::Up;
        m_recordedUp = { { u"user_data"_s, true }, { u"market"_s, isMarketUp } };
        m_manager->recordConnection(u"user_data"_s, true, m_options.restUrl.host());
        m_manager->recordConnection(u"market"_s, isMarketUp, m_options.streamUrl.host());
        applyToExchange(m_config);
        m_exchange->requestMarkPrices();
        m_exchange->requestBalance();
        Q_EMIT statusMessage(
            tr("LIVE: connected to %1 and reconciled. New entries are paused until you press Resume entries.")
                .arg(m_options.restUrl.host()),
            0);
        Q_EMIT liveReady();
    });
    m_live->start(marketStreams(m_manager->config()));
}

void EngineHost::wireAccountAlerts()
{
    auto *live = m_live->exchange();
    connect(live, &exchange::LiveExchange::marginCall, this, [this](const exchange::MarginCallEvent &call) {
        QStringList lines;
        QString symbol;
        for (const exchange::MarginCallPosition &p : call.positions) {
            lines << tr("%1 %2 %3 at mark %4 (maintenance margin %5 USDT)")
                         .arg(p.symbol, core::toString(p.positionSide), p.amount.toString(), p.markPrice.toString(),
                             p.maintenanceMargin.toString());
            symbol = call.positions.size() == 1 ? p.symbol : QString();
        }
        m_manager->recordAccountAlert(u"margin_call"_s, symbol,
            tr("Margin call from the exchange: %1. Add margin or reduce the position before it is liquidated.")
                .arg(lines.join(u"; "_s)),
            u"{\"kind\":\"margin_call\"}"_s);
    });
    // A frame the parser refuses (an impossible number, a missing field) is kept out of the books;
    // the trader sees it in the timeline, at most one row a minute however many arrive.
    connect(live, &exchange::LiveExchange::frameRejected, this, [this](const QString &message) {
        ++m_refusedFrames;
        const qint64 now = m_clock.nowMs();
        if (now - m_lastRefusedFrameRecord < 60'000) {
            return;
        }
        m_lastRefusedFrameRecord = now;
        m_manager->recordAccountAlert(u"frame_refused"_s, QString(),
            tr("%n frame(s) from the exchange refused and left out of the books; the last: %1", "",
                int(std::exchange(m_refusedFrames, 0)))
                .arg(message),
            u"{\"kind\":\"frame_refused\"}"_s);
    });
    connect(live, &exchange::LiveExchange::announcement, this, [this](const exchange::AnnouncementEvent &notice) {
        const QString text = notice.subtitle.isEmpty() ? notice.title : notice.title + u" — "_s + notice.subtitle;
        // The details carry the notice itself, for the announcements dialog.
        const QJsonObject details { { u"kind"_s, u"announcement"_s }, { u"title"_s, notice.title },
            { u"body"_s, notice.subtitle }, { u"category"_s, notice.category }, { u"link"_s, notice.link } };
        m_manager->recordAccountAlert(u"announcement"_s, QString(), tr("Exchange announcement: %1").arg(text),
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    });
    connect(m_live.get(), &exchange::LiveSession::positionModeChanged, this, [this](core::PositionMode mode) {
        // Every order would be refused in the wrong mode: stop new entries before the next signal.
        setEntriesPaused(true);
        m_manager->recordAccountAlert(u"position_mode"_s, QString(),
            tr("The account was switched to %1 mode outside TrancheDesk. New entries are paused; TrancheDesk "
               "switches it back to %2 if the exchange allows it.")
                .arg(core::toString(mode), core::toString(m_manager->config().global.positionMode)));
    });
    connect(m_live.get(), &exchange::LiveSession::positionModeRestored, this, [this](core::PositionMode mode) {
        m_manager->recordAccountAlert(u"position_mode"_s, QString(),
            tr("The account is in %1 mode again and the books were reconciled. New entries stay paused until you "
               "press Resume entries.")
                .arg(core::toString(mode)));
    });
}

QStringList EngineHost::marketStreams(const core::AppConfig &config) const
{
    QStringList streams { u"!forceOrder@arr"_s, u"!markPrice@arr@1s"_s };
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        const QString symbol = it.key().toLower();
        streams << symbol + u"@bookTicker"_s;
        if (it->vwapProtection) {
            streams << symbol + u"@kline_"_s + it->vwapTimeframe;
        }
    }
    return streams;
}

void EngineHost::reportLiveProblem(const QString &message)
{
    qCWarning(lcHost).noquote() << "LIVE:" << message;
    QString text = tr("LIVE is not connected: %1").arg(message);
    if (m_live && !m_isLiveStarted) {
        // Network trouble passes; wrong keys do not, but a try a minute costs nothing and the
        // message says what to fix. 2 s, 4 s, 8 s … up to a minute.
        const int seconds = std::min(60, 2 << std::min(m_liveAttempt, 5));
        ++m_liveAttempt;
        m_liveRetry.start(seconds * 1000);
        text += u" — "_s + tr("trying again in %n s", "", seconds);
    }
    Q_EMIT statusMessage(text, 0);
}

core::Result<void> EngineHost::switchMode(bool isLive)
{
    if (isLive == this->isLive()) {
        return {};
    }
    if (isLive) {
        if (const QString problem = m_secrets ? m_secrets->liveKeysProblem()
                                              : tr("LIVE mode needs API keys, and this session has no keychain.");
            !problem.isEmpty()) {
            return core::Error { problem };
        }
    }
    core::AppConfig config = m_config;
    config.global.paperMode = !isLive;
    // The file says which mode the next start runs in; the rebuild reads it back.
    if (auto saved = applyConfig(config); !saved) {
        return saved;
    }
    // Whoever asked is still on the stack: rebuild once it has returned.
    QTimer::singleShot(0, this, [this, isLive] { rebuild(isLive); });
    return {};
}

void EngineHost::rebuild(bool isLive)
{
    saveState();
    Q_EMIT aboutToRebuild();
    teardown();
    if (auto started = start(); !started) {
        qCWarning(lcHost).noquote() << "switching to" << (isLive ? "LIVE" : "PAPER")
                                    << "failed:" << started.error().message;
        // Back to PAPER, which needs nothing from outside; the reason is shown.
        teardown();
        if (auto config = loadConfig(); config && !config.value().global.paperMode) {
            config.value().global.paperMode = true;
            static_cast<void>(core::ConfigLoader::saveFile(config.value(), m_options.configPath()));
        }
        if (auto paper = start(); !paper) {
            qCCritical(lcHost).noquote() << "PAPER mode could not start either:" << paper.error().message;
            QCoreApplication::exit(1);
            return;
        }
        Q_EMIT rebuilt(this->isLive());
        Q_EMIT statusMessage(tr("Could not switch mode: %1").arg(started.error().message), 0);
        return;
    }
    Q_EMIT rebuilt(this->isLive());
}

void EngineHost::saveState()
{
    if (!m_manager || !m_store) {
        return;
    }
    m_manager->flush();
    if (m_engine) {
        static_cast<void>(
            m_store->saveDocument(kPaperStateKey, QJsonDocument(m_engine->saveState()).toJson(QJsonDocument::Compact)));
    }
}

} // namespace trd::engine
