// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveSession.h"

#include "ExchangeLog.h"
#include "protocol/RestParser.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {
using P = RateLimiter::Priority;
// listenKey calls are signed with the API key header only (no signature) on Binance-compatible
// APIs; they are cheap and go ahead of market data.
const Endpoint kCreateKey { "POST", u"/fapi/v1/listenKey"_s, 1, false, false, P::Account };
const Endpoint kKeepKey { "PUT", u"/fapi/v1/listenKey"_s, 1, false, false, P::Account };
constexpr int kKeepAliveMs = 30 * 60 * 1000;
} // namespace

LiveSession::LiveSession(Endpoints endpoints, const RestClient::Credentials &credentials, core::PositionMode mode,
    const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_rest(m_endpoints.rest, clock)
    , m_exchange(&m_rest, mode)
    , m_user(u"user data"_s, clock)
    , m_market(u"market"_s, clock)
{
    m_rest.setCredentials(credentials);
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        m_rest.call(kKeepKey, {}, [this](const QByteArray &, const std::optional<ExchangeError> &error) {
            if (error) {
                // -1125: the key is gone; a new one means a new stream and a resync.
                qCWarning(lcExchange).noquote() << "listenKey keep-alive failed:" << error->describe();
                createListenKey();
            }
        });
    });
    connect(&m_user, &StreamConnection::frameReceived, &m_exchange, &LiveExchange::handleUserFrame);
    connect(&m_market, &StreamConnection::frameReceived, &m_exchange, &LiveExchange::handleMarketFrame);
    connect(&m_exchange, &LiveExchange::listenKeyExpired, this, &LiveSession::createListenKey);
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
            createListenKey();
            if (!m_marketStreams.isEmpty()) {
                QUrl url = m_endpoints.stream;
                url.setPath(u"/stream"_s);
                url.setQuery(u"streams="_s + m_marketStreams.join(u'/'));
                m_market.open(url);
            }
        });
    });
}

void LiveSession::createListenKey()
{
    m_rest.call(kCreateKey, {}, [this](const QByteArray &body, const std::optional<ExchangeError> &error) {
        if (error) {
            Q_EMIT failed(u"cannot open the user-data stream: %1"_s.arg(error->describe()));
            return;
        }
        auto key = RestParser::listenKey(body);
        if (!key) {
            Q_EMIT failed(key.error().message);
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
    QUrl url = m_endpoints.stream;
    url.setPath(u"/ws/"_s + m_listenKey);
    m_user.open(url);
}

void LiveSession::stop()
{
    m_keepAlive.stop();
    m_user.close();
    m_market.close();
}

} // namespace trd::exchange
