// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/AsterRestApi.h"
#include "live/LiveExchange.h"
#include "live/RestClient.h"
#include "live/StreamConnection.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace trd::exchange {

// A live connection to the exchange: REST, the user-data stream with its listenKey lifecycle
// (created, kept alive every 30 minutes, re-created when it expires) and the market stream.
// After every reconnect or new listenKey it calls the resync handler (TrancheManager::resync)
// so that nothing that happened while a stream was down is missed. Before any stream opens, the
// account's position mode is made the configured one, or start-up fails saying why: orders are
// never sent in a mode the engine does not expect.
class LiveSession : public QObject
{
    Q_OBJECT
public:
    struct Endpoints
    {
        QUrl rest; // https://fapi.asterdex.com, or http://127.0.0.1:port in tests
        QUrl stream; // wss://fstream.asterdex.com, or ws://127.0.0.1:port
        QUrl userStream {}; // where the listenKey stream is, when not on the market stream's host
    };

    LiveSession(Endpoints endpoints, const RestClient::Credentials &credentials, core::PositionMode mode,
        const core::Clock *clock, QObject *parent = nullptr);
    // Takes its leverage brackets out of the configuration warning (MaintenanceRateSource).
    ~LiveSession() override;

    RestClient *rest() { return &m_rest; }
    AsterRestApi *api() { return &m_api; }
    LiveExchange *exchange() { return &m_exchange; }
    StreamConnection *userStream() { return &m_user; }
    StreamConnection *marketStream() { return &m_market; }
    void setResyncHandler(std::function<void()> handler) { m_resync = std::move(handler); }
    void setKeepAliveMs(int ms) { m_keepAlive.setInterval(ms); }

    // Symbols whose commission rates start() reads (informational: the engine does not use them).
    void setCommissionSymbols(const QStringList &symbols) { m_commissionSymbols = symbols; }
    std::optional<CommissionRate> commissionRate(const QString &symbol) const;

    // Clock offset, symbol filters, leverage brackets (installed as the MaintenanceRateSource, so
    // the liquidation warning uses the exchange's), position mode, listenKey, then both streams; ready() when the
    // user stream is up.
    void start(const QStringList &marketStreams);
    void stop();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void commissionRateRead(const trd::exchange::CommissionRate &rate);
    // Another client switched the account's position mode during the session.
    void positionModeChanged(trd::core::PositionMode changedTo);
    // The account is back in the configured mode and the books were resynced.
    void positionModeRestored(trd::core::PositionMode mode);

private:
    void ensurePositionMode(std::function<void()> then);
    void explainModeLocked(const ExchangeError &error);
    void readCommissionRates();
    void openStreams();
    void openUserStream();
    void createListenKey();

    Endpoints m_endpoints;
    core::PositionMode m_mode;
    RestClient m_rest;
    AsterRestApi m_api;
    LiveExchange m_exchange;
    StreamConnection m_user;
    StreamConnection m_market;
    QTimer m_keepAlive;
    QString m_listenKey;
    QStringList m_marketStreams;
    QStringList m_commissionSymbols;
    QHash<QString, CommissionRate> m_commissionRates;
    std::function<void()> m_resync;
    bool m_isReady = false;
};

} // namespace trd::exchange
