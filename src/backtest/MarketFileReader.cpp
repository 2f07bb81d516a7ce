// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketFileReader.h"

#include "CandlePath.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using core::Decimal;
using core::Error;
using core::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trd::backtest::MarketFileReader", text);
}

// "Trade Time (IST)" → "tradetime": lower case, letters and digits, parentheses dropped.
QByteArray normalized(QByteArrayView name)
{
    QByteArray out;
    int depth = 0;
    for (char c : name) {
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0 && std::isalnum(static_cast<unsigned char>(c))) {
            out.append(char(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    return out;
}

int find(const QList<QByteArray> &names, std::initializer_list<const char *> candidates)
{
    for (const char *candidate : candidates) {
        if (const qsizetype i = names.indexOf(QByteArray(candidate)); i >= 0) {
            return int(i);
        }
    }
    return -1;
}

bool isNumber(QByteArrayView text)
{
    return !text.isEmpty() && Decimal::parse(QString::fromLatin1(text)).hasValue();
}

QString timeframeOf(qint64 durationMs)
{
    switch (durationMs) {
    case 60'000:
        return u"1m"_s;
    case 300'000:
        return u"5m"_s;
    case 900'000:
        return u"15m"_s;
    case 1'800'000:
        return u"30m"_s;
    case 3'600'000:
        return u"1h"_s;
    default:
        return {};
    }
}

constexpr qint64 kDefaultCandleMs = 60'000;

} // namespace

MarketSource::~MarketSource() = default;

bool MarketFileReader::Later::operator()(const Pending &a, const Pending &b) const
{
    if (a.event.time != b.event.time) {
        return a.event.time > b.event.time;
    }
    if (a.event.kind != b.event.kind) {
        return a.event.kind > b.event.kind;
    }
    return a.seq > b.seq;
}

MarketFileReader::MarketFileReader(const QString &path, const Options &options)
    : m_csv(path)
    , m_options(options)
    , m_times(options.zone)
{ }

MarketFileReader::~MarketFileReader() = default;

QString MarketFileReader::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Candles:
        return u"candles"_s;
    case Kind::Ticks:
        return u"ticks"_s;
    case Kind::Liquidations:
        return u"liquidations"_s;
    case Kind::Funding:
        return u"funding"_s;
    }
    return {};
}

Result<std::unique_ptr<MarketFileReader>> MarketFileReader::open(const QString &path, const Options &options)
{
    std::unique_ptr<MarketFileReader> reader(new MarketFileReader(path, options));
    if (auto opened = reader->m_csv.open(options.isHashing); !opened) {
        return opened.error();
    }
    if (auto detected = reader->detect(); !detected) {
        return detected.error();
    }
    return reader;
}

Error MarketFileReader::lineError(const QString &message) const
{
    return Error { u"%1: line %2: %3"_s.arg(m_csv.path()).arg(m_csv.lineNumber()).arg(message) };
}

Result<void> MarketFileReader::detect()
{
    if (!m_csv.next()) {
        return Error { u"%1: %2"_s.arg(m_csv.path(), tr("the file is empty (expected a header row)")) };
    }
    const auto &fields = m_csv.fields();
    Columns &c = m_columns;
    // Binance's kline archives come with or without their header: a first record of numbers.
    if (fields.size() >= 6 && !fields[0].isEmpty() && isNumber(fields[0]) && isNumber(fields[1])
        && isNumber(fields[4])) {
        m_kind = Kind::Candles;
        c.time = 0;
        c.open = 1;
        c.high = 2;
        c.low = 3;
        c.close = 4;
        c.volume = 5;
        c.closeTime = fields.size() >= 7 ? 6 : -1;
        m_isFirstRecordData = true;
    } else {
        QList<QByteArray> names;
        for (const QByteArrayView f : fields) {
            names.append(normalized(f));
        }
        c.symbol = find(names, { "symbol", "s", "pair" });
        c.open = find(names, { "open", "o" });
        c.high = find(names, { "high", "h" });
        c.low = find(names, { "low", "l" });
        c.close = find(names, { "close", "c" });
        c.side = find(names, { "side" });
        c.price = find(names, { "price", "markprice", "mark", "lastprice", "p" });
        c.quantity = find(names, { "filledquantity", "quantity", "qty", "size", "amount", "z" });
        c.rate = find(names, { "rate", "fundingrate", "lastfundingrate" });
        if (c.open >= 0 && c.high >= 0 && c.low >= 0 && c.close >= 0) {
            m_kind = Kind::Candles;
            c.time = find(names, { "opentime", "time", "timestamp", "datetime", "date", "t" });
            c.volume = find(names, { "volume", "v" });
            c.closeTime = find(names, { "closetime" });
        } else if (c.side >= 0 && c.price >= 0 && c.quantity >= 0) {
            m_kind = Kind::Liquidations;
            // The trade time first: the Aster sample's "time" is only the time of day.
            c.time = find(names, { "tradetime", "timestamp", "datetime", "time", "eventtime", "t" });
            c.averagePrice = find(names, { "averageprice", "avgprice", "ap" });
        } else if (c.rate >= 0) {
            m_kind = Kind::Funding;
            c.time = find(names, { "time", "timestamp", "datetime", "fundingtime", "calctime", "t" });
        } else if (c.price >= 0) {
            m_kind = Kind::Ticks;
            c.time = find(names, { "time", "timestamp", "datetime", "date", "eventtime", "t" });
        } else {
            return Error { tr("%1: line 1: unknown header \"%2\" (expected candles: time,open,high,low,close; ticks: "
                              "time,price; liquidations: time,symbol,side,price,qty; funding: time,symbol,rate)")
                               .arg(m_csv.path(), core::shortened(QString::fromUtf8(m_csv.line()), 200)) };
        }
        if (c.time < 0) {
            return Error { tr("%1: line 1: the %2 header \"%3\" has no time column")
                               .arg(m_csv.path(), kindName(m_kind),
                                   core::shortened(QString::fromUtf8(m_csv.line()), 200)) };
        }
    }
    if (c.symbol < 0) {
        if (m_options.defaultSymbol.isEmpty()) {
            return Error {
                tr("%1: the file has no symbol column: say which symbol it is with --symbol").arg(m_csv.path())
            };
        }
        m_fixedSymbol = m_options.defaultSymbol;
    }
    if (m_kind == Kind::Funding && c.symbol < 0 && m_fixedSymbol.isEmpty()) {
        return Error { tr("%1: a funding file needs a symbol column").arg(m_csv.path()) };
    }
    if (m_isFirstRecordData) {
        auto parsed = parseRow(m_lookahead);
        if (!parsed) {
            return parsed.error();
        }
        m_hasLookahead = true;
    } else {
        auto first = readRow(m_lookahead);
        if (!first) {
            return first.error();
        }
        m_hasLookahead = first.value();
    }
    m_isAtEnd = !m_hasLookahead;
    return {};
}

Result<void> MarketFileReader::scan()
{
    m_rows = m_hasLookahead ? 1 : 0;
    m_firstTime = m_lastTime = m_hasLookahead ? m_lookahead.time : 0;
    const qint64 more = m_csv.skipToEnd();
    m_rows += more;
    if (more > 0) {
        const auto &fields = m_csv.fields();
        if (int(fields.size()) <= m_columns.time) {
            return lineError(tr("expected %1 fields, found %2").arg(m_columns.time + 1).arg(fields.size()));
        }
        auto last = m_times.parse(fields[m_columns.time]);
        if (!last) {
            return lineError(last.error().message);
        }
        m_lastTime = last.value();
    }
    m_isAtEnd = true;
    m_hasLookahead = false;
    return {};
}

QString MarketFileReader::symbolFor(QByteArrayView text)
{
    const QByteArray key = text.trimmed().toByteArray();
    auto it = m_symbols.constFind(key);
    if (it == m_symbols.cend()) {
        it = m_symbols.insert(key, QString::fromUtf8(key).toUpper());
    }
    return *it;
}

Result<Decimal> MarketFileReader::decimalAt(int column, const char *name, bool mustBePositive) const
{
    const QByteArrayView text = m_csv.fields()[column].trimmed();
    // Widened on the stack, not into a QString: this runs for every number of every row.
    QVarLengthArray<char16_t, 64> wide;
    for (const char c : text) {
        wide.append(char16_t(static_cast<unsigned char>(c)));
    }
    auto value = Decimal::parse(QStringView(wide.constData(), wide.size()));
    if (!value) {
        return lineError(tr("column %1: \"%2\" is not a decimal number")
                             .arg(QString::fromLatin1(name), core::shortened(QString::fromUtf8(text))));
    }
    if (mustBePositive && !value->isPositive()) {
        return lineError(
            tr("column %1: %2 must be greater than 0").arg(QString::fromLatin1(name), QString::fromUtf8(text)));
    }
    return value;
}

Result<void> MarketFileReader::parseRow(Row &row)
{
    const auto &fields = m_csv.fields();
    const Columns &c = m_columns;
    const int needed = std::max({ c.time, c.symbol, c.open, c.high, c.low, c.close, c.volume, c.closeTime, c.price,
                           c.averagePrice, c.quantity, c.side, c.rate })
        + 1;
    if (int(fields.size()) < needed) {
        return lineError(tr("expected %1 fields, found %2").arg(needed).arg(fields.size()));
    }
    auto time = m_times.parse(fields[c.time]);
    if (!time) {
        return lineError(time.error().message);
    }
    row.time = time.value();
    row.symbol = c.symbol >= 0 ? symbolFor(fields[c.symbol]) : m_fixedSymbol;
    if (row.symbol.isEmpty()) {
        return lineError(tr("the symbol is empty"));
    }
    const auto read = [this](int column, const char *name, Decimal &into, bool positive) -> Result<void> {
        auto v = decimalAt(column, name, positive);
        if (!v) {
            return v.error();
        }
        into = v.value();
        return {};
    };
    Result<void> ok;
    switch (m_kind) {
    case Kind::Candles:
        for (const auto &[column, name, into] :
            { std::tuple { c.open, "open", &row.open }, std::tuple { c.high, "high", &row.high },
                std::tuple { c.low, "low", &row.low }, std::tuple { c.close, "close", &row.close } }) {
            if (ok = read(column, name, *into, true); !ok) {
                return ok;
            }
        }
        if (row.low > row.open || row.low > row.close || row.high < row.open || row.high < row.close) {
            return lineError(
                tr("low %1 and high %2 do not hold open %3 and close %4")
                    .arg(row.low.toString(), row.high.toString(), row.open.toString(), row.close.toString()));
        }
        row.hasVolume = c.volume >= 0 && !fields[c.volume].trimmed().isEmpty();
        if (row.hasVolume && !(ok = read(c.volume, "volume", row.volume, false))) {
            return ok;
        }
        row.closeTime = -1;
        if (c.closeTime >= 0) {
            auto close = m_times.parse(fields[c.closeTime]);
            if (!close) {
                return lineError(close.error().message);
            }
            if (close.value() < row.time) {
                return lineError(tr("close_time is before open_time"));
            }
            row.closeTime = close.value();
        }
        break;
    case Kind::Ticks:
        ok = read(c.price, "price", row.price, true);
        break;
    case Kind::Liquidations: {
        const QByteArrayView side = fields[c.side].trimmed();
        if (side.compare("BUY", Qt::CaseInsensitive) == 0) {
            row.side = core::OrderSide::Buy;
        } else if (side.compare("SELL", Qt::CaseInsensitive) == 0) {
            row.side = core::OrderSide::Sell;
        } else {
            return lineError(
                tr("column side: \"%1\" is neither BUY nor SELL").arg(core::shortened(QString::fromUtf8(side))));
        }
        if (ok = read(c.price, "price", row.price, true); !ok) {
            return ok;
        }
        if (ok = read(c.quantity, "quantity", row.quantity, true); !ok) {
            return ok;
        }
        row.averagePrice = row.price;
        if (c.averagePrice >= 0 && !fields[c.averagePrice].trimmed().isEmpty()) {
            ok = read(c.averagePrice, "average price", row.averagePrice, true);
        }
        break;
    }
    case Kind::Funding:
        ok = read(c.rate, "rate", row.rate, false);
        break;
    }
    return ok;
}

Result<bool> MarketFileReader::readRow(Row &row)
{
    if (!m_csv.next()) {
        return false;
    }
    if (auto parsed = parseRow(row); !parsed) {
        return parsed.error();
    }
    return true;
}

void MarketFileReader::push(MarketEvent event)
{
    m_pending.push_back(Pending { std::move(event), m_nextSeq++ });
    std::push_heap(m_pending.begin(), m_pending.end(), Later());
}

void MarketFileReader::expand(const Row &row)
{
    MarketEvent e;
    e.time = row.time;
    e.symbol = row.symbol;
    switch (m_kind) {
    case Kind::Candles: {
        const qint64 duration = row.closeTime >= 0 ? row.closeTime + 1 - row.time
            : m_intervalMs > 0                     ? m_intervalMs
                                                   : kDefaultCandleMs;
        e.kind = MarketEvent::Kind::Mark;
        for (const CandlePath::Point &p :
            CandlePath::path(row.time, duration, row.open, row.high, row.low, row.close)) {
            e.time = p.time;
            e.price = p.price;
            push(e);
        }
        const QString timeframe = timeframeOf(duration);
        if (row.hasVolume && !timeframe.isEmpty()) {
            MarketEvent candle;
            candle.kind = MarketEvent::Kind::CandleClosed;
            candle.time = row.time + duration - 1;
            candle.symbol = row.symbol;
            candle.high = row.high;
            candle.low = row.low;
            candle.price = row.close;
            candle.volume = row.volume;
            candle.timeframe = timeframe;
            push(std::move(candle));
        }
        return;
    }
    case Kind::Ticks:
        e.kind = MarketEvent::Kind::Mark;
        e.price = row.price;
        break;
    case Kind::Liquidations:
        e.kind = MarketEvent::Kind::Liquidation;
        e.side = row.side;
        e.price = row.price;
        e.averagePrice = row.averagePrice;
        e.quantity = row.quantity;
        break;
    case Kind::Funding:
        e.kind = MarketEvent::Kind::Funding;
        e.rate = row.rate;
        break;
    }
    push(std::move(e));
}

Result<bool> MarketFileReader::next(MarketEvent &event)
{
    for (;;) {
        if (!m_pending.empty() && (m_isAtEnd || m_pending.front().event.time < m_lookahead.time)) {
            std::pop_heap(m_pending.begin(), m_pending.end(), Later());
            event = std::move(m_pending.back().event);
            m_pending.pop_back();
            return true;
        }
        if (m_isAtEnd) {
            return false;
        }
        // The lookahead row becomes events; the row after it is read to know how far they may go.
        Row current = std::move(m_lookahead);
        ++m_rows;
        if (m_rows == 1) {
            m_firstTime = current.time;
        }
        m_lastTime = current.time;
        auto more = readRow(m_lookahead);
        if (!more) {
            return more.error();
        }
        m_isAtEnd = !more.value();
        if (!m_isAtEnd) {
            if (m_lookahead.time < current.time) {
                return lineError(tr("the time goes backwards (%1 after %2): the file must be in time order")
                                     .arg(m_lookahead.time)
                                     .arg(current.time));
            }
            if (m_intervalMs == 0 && m_lookahead.time > current.time) {
                m_intervalMs = m_lookahead.time - current.time;
            }
        }
        expand(current);
    }
}

} // namespace trd::backtest
