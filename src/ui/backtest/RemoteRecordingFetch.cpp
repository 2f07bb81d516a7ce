// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backtest/RemoteRecordingFetch.h"

#include "Database.h"
#include "DbTransaction.h"
#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "backtest/RecordedSources.h"
#include "control/ControlClient.h"
#include "control/RecordedMarketPager.h"
#include "session/RemoteEngine.h"
#include "session/RemotePager.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using PriceKind = cli::RecordedMarketStore::PriceKind;

namespace {

constexpr int kPage = engine::RecordedMarketPager::kMaxLimit;
constexpr qint64 kEnd = std::numeric_limits<qint64>::max();

QString whatOf(PriceKind kind)
{
    switch (kind) {
    case PriceKind::Ticks:
        return u"ticks"_s;
    case PriceKind::MarkCandles:
        return u"markCandles"_s;
    case PriceKind::KlineCandles:
        break;
    }
    return u"klines"_s;
}

// A page's rows, or the first that is not what the protocol says.
template<typename Row>
core::Result<QList<Row>> parsed(const QJsonArray &items, core::Result<Row> (*parse)(const QJsonObject &))
{
    QList<Row> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items) {
        auto row = parse(item.toObject());
        if (!row) {
            return row.error();
        }
        rows.append(row.value());
    }
    return rows;
}

} // namespace

RemoteRecordingFetch::RemoteRecordingFetch(QObject *parent)
    : QObject(parent)
{ }

RemoteRecordingFetch::~RemoteRecordingFetch()
{
    abort();
}

bool RemoteRecordingFetch::isOffered(const RemoteEngine &remote)
{
    return remote.link() == RemoteEngine::Link::Up && remote.client()->hasFeature(u"recordedMarket"_s);
}

QString RemoteRecordingFetch::describe(const RemoteEngine &remote)
{
    if (remote.link() != RemoteEngine::Link::Up) {
        return tr("The link to the engine at %1 is down: what it recorded cannot be read now.").arg(remote.address());
    }
    if (!isOffered(remote)) {
        return tr("The engine at %1 is older than this window and cannot send what it recorded: replay files "
                  "instead, or update the engine.")
            .arg(remote.address());
    }
    return tr("What the engine at %1 recorded is read from it when the backtest starts: the configured symbols "
              "over the chosen dates.")
        .arg(remote.address());
}

void RemoteRecordingFetch::start(engine::ControlClient *client, const Request &request)
{
    abort();
    m_client = client;
    m_request = request;
    m_rows = 0;
    m_priceRows = 0;
    m_parts.clear();
    closeStore();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"engine-recording.sqlite"_s);
    storage::DatabaseOptions options;
    options.durable = false; // a copy for one replay
    auto db = storage::Database::open(m_path, options);
    if (!db) {
        return fail(db.error().message);
    }
    m_db = std::move(db).value();
    auto marks = storage::SqliteMarkStore::create(*m_db);
    auto liquidations = marks ? storage::SqliteLiquidationStore::create(*m_db)
                              : core::Result<std::unique_ptr<storage::SqliteLiquidationStore>>(marks.error());
    if (!liquidations) {
        return fail(liquidations.error().message);
    }
    m_marks = std::move(marks).value();
    m_liquidations = std::move(liquidations).value();
    for (const QString &symbol : request.symbols) {
        if (request.wantsLiquidations) {
            m_parts.append({ u"liquidations"_s, symbol });
        }
        if (request.prices) {
            m_parts.append({ whatOf(*request.prices), symbol });
        }
    }
    next();
}

void RemoteRecordingFetch::abort()
{
    if (m_pager) {
        m_pager->abort();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_parts.clear();
}

void RemoteRecordingFetch::next()
{
    if (m_parts.isEmpty()) {
        abort();
        if (m_request.prices && m_priceRows == 0) {
            return fail(tr("The engine recorded no prices of this kind for %1 over these dates. Its markRecording "
                           "setting says what it keeps; try the other kind, or other dates.")
                            .arg(m_request.symbols.join(u", "_s)));
        }
        closeStore();
        Q_EMIT finished();
        return;
    }
    const Part part = m_parts.takeFirst();
    const bool isCandles = part.what == u"markCandles"_s || part.what == u"klines"_s;
    // A candle that opened up to a minute before the start still walks into the replay.
    const qint64 from
        = std::max<qint64>(0, isCandles ? m_request.from - core::MarkCandle::kIntervalMs + 1 : m_request.from);
    QJsonObject args { { u"what"_s, part.what }, { u"symbol"_s, part.symbol }, { u"limit"_s, kPage } };
    if (m_request.to != kEnd) {
        args.insert(u"to"_s, m_request.to);
    }
    if (m_pager) {
        m_pager->deleteLater();
    }
    m_pager = new RemotePager(m_client, u"recordedMarket"_s, args, u"from"_s, from, this);
    connect(m_pager, &RemotePager::pageReceived, this,
        [this, what = part.what](const QJsonArray &items) { onPage(what, items); });
    connect(m_pager, &RemotePager::finished, this, &RemoteRecordingFetch::next);
    connect(m_pager, &RemotePager::failed, this, &RemoteRecordingFetch::fail);
    m_pager->start();
}

void RemoteRecordingFetch::onPage(const QString &what, const QJsonArray &items)
{
    core::Result<void> written;
    if (what == u"liquidations"_s) {
        auto rows = parsed(items, &engine::RecordedMarketPager::liquidationFromJson);
        storage::DbTransaction transaction(*m_db);
        for (const core::Liquidation &l : rows ? rows.value() : QList<core::Liquidation> {}) {
            if (written = m_liquidations->appendLiquidation(l); !written) {
                break;
            }
        }
        written = !rows ? core::Result<void>(rows.error()) : written ? transaction.commit() : written;
    } else if (what == u"ticks"_s) {
        auto rows = parsed(items, &engine::RecordedMarketPager::tickFromJson);
        written = !rows ? core::Result<void>(rows.error()) : m_marks->appendTicks(rows.value());
        m_priceRows += rows ? rows->size() : 0;
    } else {
        auto rows = parsed(items, &engine::RecordedMarketPager::candleFromJson);
        const auto source = what == u"klines"_s ? core::MarkCandle::Source::Klines : core::MarkCandle::Source::Mark;
        written = !rows ? core::Result<void>(rows.error()) : m_marks->saveCandles(source, rows.value());
        m_priceRows += rows ? rows->size() : 0;
    }
    if (!written) {
        return fail(tr("What the engine sent cannot be kept for the replay: %1").arg(written.error().message));
    }
    m_rows += items.size();
    Q_EMIT progressed(m_rows);
}

QList<cli::RecordedMarketStore::Factory> RemoteRecordingFetch::sources() const
{
    const RecordedSources recorded(m_path);
    QList<cli::RecordedMarketStore::Factory> factories;
    if (m_request.wantsLiquidations) {
        factories.append(recorded.liquidations(m_request.from, m_request.to));
    }
    if (m_request.prices) {
        factories.append(recorded.prices(*m_request.prices, m_request.from, m_request.to));
    }
    return factories;
}

void RemoteRecordingFetch::closeStore()
{
    // The replay's readers open the file on their own threads; this connection goes first.
    m_liquidations.reset();
    m_marks.reset();
    m_db.reset();
}

void RemoteRecordingFetch::fail(const QString &error)
{
    abort();
    closeStore();
    Q_EMIT failed(error);
}

} // namespace trd::ui
