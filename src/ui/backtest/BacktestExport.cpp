// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestExport.h"

#include "CsvExporter.h"
#include "backtest/VariantComparisonModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using cli::CsvExporter;

QByteArray BacktestExport::comparisonCsv(const QList<backtest::VariantResult> &results, const QStringList &names)
{
    QStringList lines { u"id,variant,overrides,status,entries,tranchesCreated,tranchesIsolated,tranchesLiquidated,"
                        "realizedPnl,fees,funding,netPnl,maxDrawdown,endBalance"_s };
    for (qsizetype i = 0; i < results.size(); ++i) {
        const backtest::VariantResult &r = results.at(i);
        const QString status = r.isCancelled ? u"cancelled"_s : (r.error.isEmpty() ? u"done"_s : u"failed"_s);
        QStringList fields { r.id, CsvExporter::field(names.value(i)),
            CsvExporter::field(VariantComparisonModel::overridesText(r)), status };
        for (qint64 n : { r.entries, r.tranchesCreated, r.tranchesIsolated, r.tranchesLiquidated }) {
            fields.append(QString::number(n));
        }
        for (const core::Decimal &d : { r.realizedPnl, r.fees, r.funding, r.netPnl, r.maxDrawdown, r.endBalance }) {
            fields.append(d.toString());
        }
        lines.append(fields.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

core::Result<void> BacktestExport::write(const QString &directory, const cli::BacktestReport::Context &context,
    const QList<backtest::VariantResult> &results, const QStringList &names)
{
    if (auto written = cli::BacktestReport::write(directory, context, results); !written) {
        return written;
    }
    const QString path = QDir(directory).filePath(u"comparison.csv"_s);
    QSaveFile file(path);
    const QByteArray bytes = comparisonCsv(results, names);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return core::Error {
            QCoreApplication::translate("trd::ui::BacktestExport", "cannot write %1: %2").arg(path, file.errorString())
        };
    }
    return {};
}

} // namespace trd::ui
