// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveSession.h"

#include "ExchangeLog.h"
#include "config/MaintenanceRateSource.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::PositionMode;

namespace {
constexpr int kKeepAliveMs = 30 * 60 * 1000;

QString modeName(PositionMode mode)
{
    return mode == PositionMode::Hedge ? u"hedge mode"_s : u"one-way mode"_s;
}

// "BTCUSDT has", "BTCUSDT, ETHUSDT have", or "the account has" when we could not find out.
QString holders(QStringList symbols)
{
    symbols.sort();
    symbols.removeDuplicates();
    if (symbols.isEmpty()) {
        return u"the account has"_s;
    }
    return symbols.join(u", "_s) + (symbols.size() == 1 ? u" has"_s : u" have"_s);
}
} // namespace

LiveSession::LiveSession(Endpoints endpoints, const RestClient::Credentials &credentials, PositionMode mode,
    const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_mode(mode)
    , m_rest(m_endpoints.rest, clock)
    , m_api(&m_rest)
    , m_exchange(&m_rest, mode)
    , m_user(u"user data"_s, clock)
    , m_market(u"market"_s, clock)
{
    m_rest.setCredentials(credentials);
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        m_api.keepAliveListenKey([this](const ApiResult<void> &done) {
            if (!done) {
                // -1125: the key is gone; a new one means a new stream and a resync.
                qCWarning(lcExchange).noquote() << "listenKey keep-alive failed:" << done.error().describe();
                createListenKey();
            }
        });
    });
    connect(&m_user, &StreamConnection::frameReceived, &m_exchange, &LiveExchange::handleUserFrame);
    connect(&m_market, &StreamConnection::frameReceived, &m_exchange, &LiveExchange::handleMarketFrame);
    connect(&m_exchange, &LiveExchange::listenKeyExpired, this, &LiveSession::createListenKey);
    connect(&m_exchange, &LiveExchange::positionModeChanged, this, [this](PositionMode changedTo) {
        // The books are kept in the configured mode. The app pauses entries on this signal; the
        // session re-reads the mode and switches the account back when the exchange allows it,
        // or fails naming what holds the mode, as it does at start-up.
        Q_EMIT positionModeChanged(changedTo);
        ensurePositionMode([this] {
            if (m_resync) {
                m_resync();
            }
            Q_EMIT positionModeRestored(m_mode);
        });
    });
    const auto resyncAfterReconnect = [this] {
        if (m_resync) {
            m_resync();
        }
    };
    connect(&m_user, &StreamConnection::reconnected, this, resyncAfterReconnect);
    connect(&m_market, &StreamConnection::reconnected, this, [this] { m_exchange.requestMarkPrices(); });
    connect(&m_user, &StreamConnection::stateChanged, this, [this](StreamConnection::State state) {
        if (state == StreamConnection::State::Up && !m_isReady) {
            m_isReady = true;
            Q_EMIT ready();
        }
    });
}

LiveSession::~LiveSession()
{
    core::MaintenanceRateSource::uninstall(m_exchange.leverageBrackets().get());
}

std::optional<CommissionRate> LiveSession::commissionRate(const QString &symbol) const
{
    const auto it = m_commissionRates.constFind(symbol);
    return it == m_commissionRates.cend() ? std::nullopt : std::optional<CommissionRate>(*it);
}

void LiveSession::start(const QStringList &marketStreams)
{
    m_marketStreams = marketStreams;
    m_rest.syncTime([this](const std::optional<ExchangeError> &error) {
        if (error) {
            Q_EMIT failed(u"cannot read the exchange's time: %1"_s.arg(error->describe()));
            return;
        }
        m_exchange.loadExchangeInfo([this](const std::optional<ExchangeError> &error) {
            if (error) {
                Q_EMIT failed(u"cannot read the exchange's symbols: %1"_s.arg(error->describe()));
                return;
            }
            // The brackets are informational (the liquidation warning): read alongside, not awaited.
            core::MaintenanceRateSource::install(m_exchange.leverageBrackets());
            m_exchange.loadLeverageBrackets();
            ensurePositionMode([this] {
                readCommissionRates();
                openStreams();
            });
        });
    });
}

void LiveSession::ensurePositionMode(std::function<void()> then)
{
    m_api.positionMode([this, then](const ApiResult<PositionMode> &current) {
        if (!current) {
            Q_EMIT failed(u"cannot read the account's position mode: %1"_s.arg(current.error().describe()));
            return;
        }
        if (current.value() == m_mode) {
            then();
            return;
        }
        qCInfo(lcExchange).noquote() << "the account is in" << modeName(current.value()) << "; switching it to"
                                     << modeName(m_mode) << "as configured";
        // -4059 (already so) is a success: another client may have switched it meanwhile.
        m_api.setPositionMode(m_mode, [this, then](const ApiResult<void> &done) {
            if (done) {
                then();
            } else if (done.error().action == ExchangeError::Action::ModeLocked) {
                explainModeLocked(done.error());
            } else {
                Q_EMIT failed(u"cannot switch the account to %1: %2"_s.arg(modeName(m_mode), done.error().describe()));
            }
        });
    });
}

void LiveSession::explainModeLocked(const ExchangeError &error)
{
    // The exchange does not say which symbols hold the mode; find them, so that the trader
    // knows what to close.
    const QString other = toString(m_mode == PositionMode::Hedge ? PositionMode::OneWay : PositionMode::Hedge);
    const auto fail = [this, other](const QString &who, const QString &what) {
        Q_EMIT failed(u"cannot switch to %1 while %2 %3: close them or set positionMode to %4"_s.arg(
            modeName(m_mode), who, what, other));
    };
    if (error.code == -4067) {
        m_api.openOrders({}, [fail](const ApiResult<core::OpenOrders> &orders) {
            QStringList symbols;
            for (const core::OpenOrder &o : orders ? orders.value() : core::OpenOrders {}) {
                symbols.append(o.symbol);
            }
            fail(holders(symbols), u"open orders"_s);
        });
        return;
    }
    m_api.positionRisk([fail](const ApiResult<core::PositionSnapshots> &positions) {
        QStringList symbols;
        for (const core::PositionSnapshot &p : positions ? positions.value() : core::PositionSnapshots {}) {
            if (!p.amount.isZero()) {
                symbols.append(p.symbol);
            }
        }
        fail(holders(symbols), u"open positions"_s);
    });
}

void LiveSession::readCommissionRates()
{
    for (const QString &symbol : std::as_const(m_commissionSymbols)) {
        m_api.commissionRate(symbol, [this, symbol](const ApiResult<CommissionRate> &rate) {
            if (!rate) {
                qCWarning(lcExchange).noquote()
                    << "cannot read the commission rate of" << symbol << ":" << rate.error().describe();
                return;
            }
            m_commissionRates.insert(symbol, rate.value());
            Q_EMIT commissionRateRead(rate.value());
        });
    }
}

void LiveSession::openStreams()
{
    createListenKey();
    if (!m_marketStreams.isEmpty()) {
        QUrl url = m_endpoints.stream;
        url.setPath(u"/stream"_s);
        url.setQuery(u"streams="_s + m_marketStreams.join(u'/'));
        m_market.open(url);
    }
}

void LiveSession::createListenKey()
{
    m_api.createListenKey([this](const ApiResult<QString> &key) {
        if (!key) {
            Q_EMIT failed(key.error().isUnreadable()
                    ? key.error().message
                    : u"cannot open the user-data stream: %1"_s.arg(key.error().describe()));
            return;
        }
        const bool isNewKey = !m_listenKey.isEmpty() && m_listenKey != key.value();
        m_listenKey = key.value();
        openUserStream();
        m_keepAlive.start();
        if (isNewKey && m_resync) {
            m_resync(); // the old stream's last events may be lost
        }
    });
}

void LiveSession::openUserStream()
{
    QUrl url = m_endpoints.userStream.isEmpty() ? m_endpoints.stream : m_endpoints.userStream;
    url.setPath(u"/ws/"_s + m_listenKey);
    m_user.open(url);
}

void LiveSession::stop()
{
    m_keepAlive.stop();
    m_user.close();
    m_market.close();
    if (!m_listenKey.isEmpty()) {
        // The exchange would keep the key alive for its hour; closing it ends the stream there
        // too. Best effort: a session torn down right after may not see the answer.
        m_listenKey.clear();
        m_api.closeListenKey([](const ApiResult<void> &done) {
            if (!done) {
                qCInfo(lcExchange).noquote() << "closing the listenKey failed:" << done.error().describe();
            }
        });
    }
}

} // namespace trd::exchange
