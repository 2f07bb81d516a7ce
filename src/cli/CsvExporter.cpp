// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include "store/TrancheStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace trd::cli {

using namespace core;

namespace {

class CsvFile
{
public:
    explicit CsvFile(const QString &path)
        : m_file(path)
    { }
    Result<void> open()
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            return Error { QCoreApplication::translate("trd::cli::CsvExporter", "cannot write %1: %2")
                               .arg(m_file.fileName(), m_file.errorString()) };
        }
        return {};
    }
    void row(const QStringList &fields)
    {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields) {
            quoted.append(CsvExporter::field(f));
        }
        m_file.write((quoted.join(u',') + u"\r\n"_s).toUtf8());
    }
    Result<void> commit()
    {
        if (!m_file.commit()) {
            return Error { QCoreApplication::translate("trd::cli::CsvExporter", "cannot finish %1: %2")
                               .arg(m_file.fileName(), m_file.errorString()) };
        }
        return {};
    }

private:
    QSaveFile m_file;
};

QString ms(qint64 value)
{
    return value > 0 ? QString::number(value) : QString();
}

QString dec(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QString();
}

} // namespace

QString CsvExporter::field(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        QString escaped = value;
        escaped.replace(u"\""_s, u"\"\""_s);
        return u'"' + escaped + u'"';
    }
    return value;
}

QString CsvExporter::isoTime(qint64 value)
{
    if (value <= 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC).toString(Qt::ISODateWithMs);
}

Result<qint64> CsvExporter::exportTranches(TrancheStore &store, const QString &path)
{
    auto all = store.allTranches();
    if (!all) {
        return all.error();
    }
    CsvFile csv(path);
    if (auto opened = csv.open(); !opened) {
        return opened.error();
    }
    csv.row({ u"id"_s, u"symbol"_s, u"side"_s, u"position_side"_s, u"origin"_s, u"status"_s, u"isolated"_s,
        u"entry_time"_s, u"entry_time_ms"_s, u"entry_price"_s, u"original_quantity"_s, u"quantity"_s, u"margin_used"_s,
        u"leverage"_s, u"tp_price"_s, u"sl_price"_s, u"isolation_time"_s, u"isolation_price"_s, u"exit_time"_s,
        u"exit_time_ms"_s, u"exit_price"_s, u"realized_pnl"_s, u"fees"_s, u"unrealized_pnl"_s,
        // After the columns of formats.md, so readers by position keep working: the # the window
        // shows, why the tranche closed, and the funding share inside realized_pnl.
        u"number"_s, u"close_reason"_s, u"funding_fee"_s });
    for (const Tranche &t : all.value()) {
        const bool hasExit = t.closedQuantity.isPositive();
        csv.row({ t.id, t.symbol, toString(t.side), toString(t.positionSide), toString(t.origin), toString(t.status),
            t.isolated ? u"1"_s : u"0"_s, isoTime(t.entryTime), ms(t.entryTime), t.entryPrice.toString(),
            t.originalQuantity.toString(), t.quantity.toString(), t.marginUsed.toString(), QString::number(t.leverage),
            t.tpPrice.toString(), t.slPrice.toString(), isoTime(t.isolationTime),
            t.isolated ? t.isolationPrice.toString() : QString(), isoTime(t.exitTime), ms(t.exitTime),
            hasExit ? t.exitPrice.toString() : QString(), t.realizedPnl.toString(), t.feesPaid.toString(),
            t.status == TrancheStatus::Active ? t.unrealizedPnl.toString() : u"0"_s, QString::number(t.seq),
            t.closeReason == CloseReason::None ? QString() : toString(t.closeReason), t.fundingFee.toString() });
    }
    if (auto committed = csv.commit(); !committed) {
        return committed.error();
    }
    return qint64(all.value().size());
}

namespace {
// A `closed` event carries the tranche's whole realized P&L for a reader of the timeline; in the
// CSV each row carries only its own part (the last fill's, `details.fillPnl`), so that the pnl
// column of a tranche's rows adds up to its realized P&L instead of counting partial closes twice.
std::optional<Decimal> rowPnl(const TrancheEvent &e)
{
    if (e.type != EventType::Closed) {
        return e.pnl;
    }
    const QJsonValue part = QJsonDocument::fromJson(e.details.toUtf8()).object().value(u"fillPnl"_s);
    if (const auto parsed = Decimal::parse(part.toString()); parsed) {
        return parsed.value();
    }
    return e.pnl;
}
} // namespace

Result<qint64> CsvExporter::exportEvents(TrancheStore &store, const QString &path, const Progress &progress)
{
    CsvFile csv(path);
    if (auto opened = csv.open(); !opened) {
        return opened.error();
    }
    // The tranche's # as the window shows it, after the columns of formats.md.
    QHash<QString, qint64> numbers;
    if (auto all = store.allTranches(); all) {
        for (const Tranche &t : all.value()) {
            numbers.insert(t.id, t.seq);
        }
    }
    csv.row({ u"time"_s, u"time_ms"_s, u"type"_s, u"symbol"_s, u"side"_s, u"tranche_id"_s, u"price"_s, u"quantity"_s,
        u"pnl"_s, u"reason"_s, u"tranche_number"_s });
    EventQuery page;
    page.limit = 20000;
    qint64 written = 0;
    for (;;) {
        auto batch = store.events(page);
        if (!batch) {
            return batch.error();
        }
        for (const TrancheEvent &e : batch.value()) {
            csv.row({ isoTime(e.time), ms(e.time), toString(e.type), e.symbol, e.side ? toString(*e.side) : QString(),
                e.trancheId, dec(e.price), dec(e.quantity), dec(rowPnl(e)), e.reason,
                numbers.contains(e.trancheId) ? QString::number(numbers.value(e.trancheId)) : QString() });
            page.afterId = e.id;
            ++written;
        }
        if (progress) {
            progress(written);
        }
        if (batch.value().size() < page.limit) {
            break;
        }
    }
    if (auto committed = csv.commit(); !committed) {
        return committed.error();
    }
    return written;
}

Result<CsvExporter::Counts> CsvExporter::exportAll(
    TrancheStore &store, const QString &directory, const Progress &progress)
{
    if (!QDir().mkpath(directory)) {
        return Error {
            QCoreApplication::translate("trd::cli::CsvExporter", "cannot create the folder %1").arg(directory)
        };
    }
    const QDir dir(directory);
    Counts counts;
    auto tranches = exportTranches(store, dir.filePath(u"tranches.csv"_s));
    if (!tranches) {
        return tranches.error();
    }
    counts.tranches = tranches.value();
    auto events = exportEvents(store, dir.filePath(u"events.csv"_s), progress);
    if (!events) {
        return events.error();
    }
    counts.events = events.value();
    return counts;
}

} // namespace trd::cli
