// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordedSources.h"

#include "Database.h"
#include "SqliteTrancheStore.h"
#include "StoredLiquidationSource.h"
#include "common/UiFormat.h"
#include "store/MarkStore.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trd::ui::RecordedSources", text);
}

constexpr qint64 kEver = std::numeric_limits<qint64>::max();

} // namespace

RecordedSources::RecordedSources(core::TrancheStore *store)
{
    if (auto *sqlite = dynamic_cast<storage::SqliteTrancheStore *>(store)) {
        const QString path = sqlite->database().path();
        if (path != storage::Database::kInMemoryPath) {
            m_path = path;
        }
    }
}

RecordedSources::RecordedSources(QString path)
    : m_path(std::move(path))
{ }

QString RecordedSources::describe() const
{
    if (!isAvailable()) {
        return tr("This session keeps no store file to replay from.");
    }
    auto marks = cli::RecordedMarketStore::openMarks(m_path);
    if (!marks) {
        return tr("The store cannot be read: %1").arg(marks.error().message);
    }
    QStringList parts;
    auto liquidations = cli::StoredLiquidationSource::open(m_path, 0, kEver);
    if (liquidations && liquidations.value()->size() > 0) {
        parts.append(tr("liquidations are recorded"));
    } else {
        parts.append(tr("no liquidations are recorded yet"));
    }
    auto ticks = marks.value()->ticks(0, kEver, {}, 1);
    if (ticks && !ticks->isEmpty()) {
        parts.append(tr("marks every second since %1").arg(UiFormat::dateTime(ticks->first().time)));
    }
    for (const auto &[source, text] :
        { std::pair { core::MarkCandle::Source::Mark,
              QT_TRANSLATE_NOOP("trd::ui::RecordedSources", "1-minute mark candles since %1") },
            std::pair { core::MarkCandle::Source::Klines,
                QT_TRANSLATE_NOOP("trd::ui::RecordedSources", "downloaded 1-minute klines since %1") } }) {
        auto candles = marks.value()->candles(source, 0, kEver, {}, 1);
        if (candles && !candles->isEmpty()) {
            parts.append(tr(text).arg(UiFormat::dateTime(candles->first().openTime)));
        }
    }
    if (parts.size() == 1) {
        parts.append(tr("no prices are recorded yet (the markRecording setting keeps them from now on)"));
    }
    QString text = parts.join(u"; "_s);
    text[0] = text[0].toUpper();
    return text + u'.';
}

RecordedSources::Factory RecordedSources::liquidations(qint64 from, qint64 to) const
{
    return cli::RecordedMarketStore(m_path).liquidations(from, to);
}

RecordedSources::Factory RecordedSources::prices(backtest::StoredMarkSource::Kind kind, qint64 from, qint64 to) const
{
    return cli::RecordedMarketStore(m_path).prices(kind, from, to);
}

} // namespace trd::ui
