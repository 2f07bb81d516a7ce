// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordedMarketStore.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace trd::engine {
class ControlClient;
}

namespace trd::storage {
class Database;
class SqliteLiquidationStore;
class SqliteMarkStore;
} // namespace trd::storage

namespace trd::ui {

class RemoteEngine;
class RemotePager;

// What a remote engine recorded, for a backtest in the window that shows it: the configured
// symbols' liquidations and prices over the replayed dates, fetched with the recordedMarket
// command's pages into a temporary store of this machine, which the replay then reads through the
// same RecordedSources as the embedded app's own store. The temporary store goes with this object.
class RemoteRecordingFetch : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList symbols;
        qint64 from = 0; // included
        qint64 to = std::numeric_limits<qint64>::max(); // excluded
        bool wantsLiquidations = true;
        std::optional<cli::RecordedMarketStore::PriceKind> prices; // none: no prices
    };

    explicit RemoteRecordingFetch(QObject *parent = nullptr);
    ~RemoteRecordingFetch() override;

    // Whether the engine can send its recordings (an older one cannot), and what the Backtest
    // window says about them.
    static bool isOffered(const RemoteEngine &remote);
    static QString describe(const RemoteEngine &remote);

    void start(engine::ControlClient *client, const Request &request);
    void abort();
    bool isRunning() const { return m_pager != nullptr; }
    // Once finished: the replay's sources over the fetched store.
    QList<cli::RecordedMarketStore::Factory> sources() const;

Q_SIGNALS:
    void progressed(qint64 rows);
    void finished();
    void failed(const QString &error);

private:
    struct Part
    {
        QString what; // the command's "what"
        QString symbol;
    };

    void next();
    void onPage(const QString &what, const QJsonArray &items);
    void closeStore();
    void fail(const QString &error);

    engine::ControlClient *m_client = nullptr;
    Request m_request;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::SqliteMarkStore> m_marks;
    std::unique_ptr<storage::SqliteLiquidationStore> m_liquidations;
    QList<Part> m_parts;
    RemotePager *m_pager = nullptr;
    qint64 m_rows = 0;
    qint64 m_priceRows = 0;
    QString m_path;
};

} // namespace trd::ui
