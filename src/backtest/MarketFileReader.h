// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvLineReader.h"
#include "MarketSource.h"
#include "TimeParser.h"

#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace trd::backtest {

// One input file of backtest.md §1, its kind told by its header, read a record at a time.
// Candles become the four marks of CandlePath plus a closed candle for the hunter's VWAP.
// Every error names the file and the line.
class MarketFileReader final : public MarketSource
{
public:
    enum class Kind
    {
        Candles,
        Ticks,
        Liquidations,
        Funding
    };
    struct Options
    {
        QString defaultSymbol; // --symbol, for files without a symbol column
        std::optional<QTimeZone> zone; // --tz, for times without an offset
        bool isHashing = false; // compute sha256() while reading
    };
    // Reads the header (or the first record of a headerless Binance klines archive).
    static core::Result<std::unique_ptr<MarketFileReader>> open(const QString &path, const Options &options);
    ~MarketFileReader() override;

    core::Result<bool> next(MarketEvent &event) override;
    qint64 position() const override { return m_csv.position(); }
    qint64 size() const override { return m_csv.size(); }

    Kind kind() const { return m_kind; }
    static QString kindName(Kind kind);
    QString path() const { return m_csv.path(); }
    // Reads the rest of the file without parsing it, for rows(), lastTime() and sha256(); the
    // last row's time is checked. Rows are then parsed by a reader of their own (next()).
    core::Result<void> scan();
    // After the whole file was read or scanned: its data rows, first and last time, and sha256 (hex).
    qint64 rows() const { return m_rows; }
    qint64 firstTime() const { return m_firstTime; }
    qint64 lastTime() const { return m_lastTime; }
    QByteArray sha256() const { return m_csv.sha256(); }

private:
    struct Columns
    {
        int time = -1;
        int symbol = -1;
        int open = -1, high = -1, low = -1, close = -1, volume = -1, closeTime = -1;
        int price = -1, averagePrice = -1, quantity = -1, side = -1, rate = -1;
    };
    struct Row
    {
        qint64 time = 0;
        qint64 closeTime = -1;
        QString symbol;
        core::Decimal open, high, low, close, volume, price, averagePrice, quantity, rate;
        bool hasVolume = false;
        core::OrderSide side = core::OrderSide::Sell;
    };
    struct Pending
    {
        MarketEvent event;
        quint64 seq = 0;
    };
    struct Later
    {
        bool operator()(const Pending &a, const Pending &b) const;
    };

    MarketFileReader(const QString &path, const Options &options);
    core::Result<void> detect();
    core::Result<bool> readRow(Row &row);
    core::Result<void> parseRow(Row &row);
    core::Error lineError(const QString &message) const;
    core::Result<core::Decimal> decimalAt(int column, const char *name, bool mustBePositive) const;
    QString symbolFor(QByteArrayView text);
    void expand(const Row &row);
    void push(MarketEvent event);

    CsvLineReader m_csv;
    Options m_options;
    TimeParser m_times;
    Kind m_kind = Kind::Ticks;
    Columns m_columns;
    bool m_isFirstRecordData = false; // headerless klines: the record read by detect() is a row
    QHash<QByteArray, QString> m_symbols;
    QString m_fixedSymbol;
    Row m_lookahead;
    bool m_hasLookahead = false;
    bool m_isAtEnd = false;
    qint64 m_intervalMs = 0; // candles without close_time: the file's first positive gap
    std::vector<Pending> m_pending; // a heap by Later: the earliest at the front
    quint64 m_nextSeq = 0;
    qint64 m_rows = 0;
    qint64 m_firstTime = 0;
    qint64 m_lastTime = 0;
};

} // namespace trd::backtest
