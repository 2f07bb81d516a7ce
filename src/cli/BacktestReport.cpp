// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestReport.h"

#include "CsvExporter.h"
#include "MemoryTrancheStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace trd::cli {

using namespace backtest;
using core::Decimal;
using core::Error;
using core::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trd::cli::BacktestReport", text);
}

Result<void> save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error { tr("cannot write %1: %2").arg(path, file.errorString()) };
    }
    return {};
}

QString csvRow(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields) {
        quoted.append(CsvExporter::field(f));
    }
    return quoted.join(u',') + u"\r\n"_s;
}

QJsonObject variantJson(const VariantResult &r)
{
    QJsonObject overrides;
    for (const auto &[key, value] : r.overrides) {
        overrides.insert(key, value);
    }
    QJsonObject v { { u"id"_s, r.id }, { u"overrides"_s, overrides } };
    if (r.isCancelled || !r.error.isEmpty()) {
        v.insert(u"error"_s, r.isCancelled ? u"cancelled"_s : r.error);
        return v;
    }
    v.insert(u"marketEvents"_s, r.marketEvents);
    v.insert(u"liquidations"_s, r.liquidations);
    v.insert(u"entries"_s, r.entries);
    v.insert(u"tranchesCreated"_s, r.tranchesCreated);
    v.insert(u"tranchesIsolated"_s, r.tranchesIsolated);
    v.insert(u"tranchesLiquidated"_s, r.tranchesLiquidated);
    v.insert(u"realizedPnl"_s, r.realizedPnl.toString());
    v.insert(u"fees"_s, r.fees.toString());
    v.insert(u"funding"_s, r.funding.toString());
    v.insert(u"netPnl"_s, r.netPnl.toString());
    v.insert(u"maxDrawdown"_s, r.maxDrawdown.toString());
    v.insert(u"maxOpenTranches"_s, r.maxOpenTranches);
    v.insert(u"endBalance"_s, r.endBalance.toString());
    v.insert(u"openTranches"_s,
        QJsonObject { { u"count"_s, r.openTranches }, { u"unrealizedPnl"_s, r.openUnrealizedPnl.toString() },
            { u"realizedPnl"_s, r.openRealizedPnl.toString() } });
    return v;
}

} // namespace

QJsonObject BacktestReport::summary(const Context &context, const QList<VariantResult> &results)
{
    QJsonArray inputs;
    for (const InputSummary &in : context.inputs) {
        inputs.append(QJsonObject { { u"file"_s, in.file }, { u"kind"_s, MarketFileReader::kindName(in.kind) },
            { u"sha256"_s, QString::fromLatin1(in.sha256) }, { u"rows"_s, in.rows }, { u"from"_s, in.from },
            { u"to"_s, in.to } });
    }
    QJsonArray filters;
    for (const core::SymbolFilters &f : context.filters) {
        filters.append(QJsonObject { { u"symbol"_s, f.symbol }, { u"tickSize"_s, f.tickSize.toString() },
            { u"stepSize"_s, f.stepSize.toString() }, { u"minQty"_s, f.minQty.toString() },
            { u"minNotional"_s, f.minNotional.toString() } });
    }
    QJsonArray variants;
    for (const VariantResult &r : results) {
        variants.append(variantJson(r));
    }
    return { { u"model"_s, BacktestRunner::modelDescription() }, { u"inputs"_s, inputs }, { u"filters"_s, filters },
        { u"startingBalance"_s, context.startingBalance.toString() }, { u"variants"_s, variants } };
}

Result<void> BacktestReport::writeEquity(const QString &path, const VariantResult &result)
{
    QString text = csvRow({ u"time"_s, u"time_ms"_s, u"realized"_s, u"unrealized"_s, u"balance"_s });
    for (const EquityPoint &p : result.equity) {
        text += csvRow({ CsvExporter::isoTime(p.time), QString::number(p.time), p.realized.toString(),
            p.unrealized.toString(), p.balance.toString() });
    }
    return save(path, text.toUtf8());
}

Result<void> BacktestReport::writeWhatIf(const QString &path, const QList<VariantResult> &results)
{
    static const char *const kStrategies[] = { "lifo", "fifo", "worst_first", "best_first" };
    QStringList header { u"variant"_s, u"time"_s, u"time_ms"_s, u"symbol"_s, u"side"_s, u"reason"_s, u"order_id"_s,
        u"fill_quantity"_s, u"fill_price"_s, u"tranche_id"_s, u"tranche_number"_s, u"entry_price"_s, u"open_quantity"_s,
        u"actual_quantity"_s, u"actual_pnl"_s };
    for (const char *s : kStrategies) {
        header << QString::fromLatin1(s) + u"_quantity"_s << QString::fromLatin1(s) + u"_pnl"_s;
    }
    header << u"combined_pnl"_s;
    QString text = csvRow(header);
    for (const VariantResult &r : results) {
        for (const WhatIfFill &fill : r.whatIf) {
            const QStringList head { r.id, CsvExporter::isoTime(fill.time), QString::number(fill.time), fill.symbol,
                fill.side, fill.reason, fill.orderId, fill.quantity.toString(), fill.price.toString() };
            WhatIfFill::Share total;
            for (const WhatIfFill::Share &s : fill.shares) {
                QStringList row = head;
                row << s.trancheId << QString::number(s.number) << s.entryPrice.toString() << s.openQuantity.toString()
                    << s.actualQuantity.toString() << s.actualPnl.toString();
                for (int i = 0; i < WhatIfFill::kStrategies; ++i) {
                    row << s.quantity[i].toString() << s.pnl[i].toString();
                    total.quantity[i] += s.quantity[i];
                    total.pnl[i] += s.pnl[i];
                }
                row << QString();
                text += csvRow(row);
                total.openQuantity += s.openQuantity;
                total.actualQuantity += s.actualQuantity;
                total.actualPnl += s.actualPnl;
            }
            // The fill's totals: each strategy's sum beside one combined position's P&L.
            QStringList row = head;
            row << u"total"_s << QString() << QString() << total.openQuantity.toString()
                << total.actualQuantity.toString() << total.actualPnl.toString();
            for (int i = 0; i < WhatIfFill::kStrategies; ++i) {
                row << total.quantity[i].toString() << total.pnl[i].toString();
            }
            row << fill.combinedPnl.toString();
            text += csvRow(row);
        }
    }
    return save(path, text.toUtf8());
}

Result<void> BacktestReport::write(
    const QString &directory, const Context &context, const QList<VariantResult> &results)
{
    if (!QDir().mkpath(directory)) {
        return Error { tr("cannot create the folder %1").arg(directory) };
    }
    const QDir dir(directory);
    for (const VariantResult &r : results) {
        if (r.isCancelled || !r.error.isEmpty()) {
            continue;
        }
        const QString folder = dir.filePath(r.id);
        if (r.store) {
            if (auto written = CsvExporter::exportAll(*r.store, folder); !written) {
                return written.error();
            }
        } else if (!QDir().mkpath(folder)) {
            return Error { tr("cannot create the folder %1").arg(folder) };
        }
        if (auto written = writeEquity(QDir(folder).filePath(u"equity.csv"_s), r); !written) {
            return written;
        }
    }
    if (context.hasWhatIf) {
        if (auto written = writeWhatIf(dir.filePath(u"whatif.csv"_s), results); !written) {
            return written;
        }
    }
    return save(
        dir.filePath(u"summary.json"_s), QJsonDocument(summary(context, results)).toJson(QJsonDocument::Indented));
}

} // namespace trd::cli
