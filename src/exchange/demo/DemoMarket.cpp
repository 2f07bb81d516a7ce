// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoMarket.h"

#include "paper/PaperMatchingEngine.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;

namespace {

struct Timeframe
{
    const char16_t *name;
    qint64 ms;
};
constexpr std::array<Timeframe, 5> kTimeframes { { { u"1m", 60'000 }, { u"5m", 300'000 }, { u"15m", 900'000 },
    { u"30m", 1'800'000 }, { u"1h", 3'600'000 } } };

struct Spec
{
    const char16_t *symbol;
    const char16_t *tickSize;
    const char16_t *stepSize;
    qint64 startTicks;
};
// Filters as Aster lists them for these symbols (minNotional 5 USDT); prices near late 2025's.
constexpr std::array<Spec, 5> kSpecs { { { u"BTCUSDT", u"0.1", u"0.001", 970'000 },
    { u"ETHUSDT", u"0.01", u"0.001", 360'000 }, { u"SOLUSDT", u"0.01", u"0.01", 23'000 },
    { u"ASTERUSDT", u"0.0001", u"0.01", 12'500 }, { u"DOGEUSDT", u"0.00001", u"1", 38'000 } } };

constexpr qint64 kCalmSigmaPpm = 200; // 2 bps a step
constexpr qint64 kBurstSigmaPpm = 800;
constexpr qint64 kBurstDriftPpm = 1000; // 10 bps a step in the burst's direction
constexpr qint64 kBurstOdds = 300; // one chance in this many per symbol and step
constexpr qint64 kReversionDivisor = 2000; // pull toward the start price, so a day stays plausible
constexpr qint64 kCascadeBps = 15; // momentum past this many bps sets off liquidations

qint64 roundedDivide(qint64 numerator, qint64 denominator)
{
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

} // namespace

DemoMarket::DemoMarket(PaperMatchingEngine *engine, const core::Clock *clock, Settings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_settings(settings)
    , m_rng(settings.seed)
{
    for (int i = 0; i < std::max(1, settings.symbolCount); ++i) {
        const Spec &spec = kSpecs[size_t(i) % kSpecs.size()];
        Instrument in;
        in.filters.symbol = size_t(i) < kSpecs.size() ? QString::fromUtf16(spec.symbol)
                                                      : u"DEMO%1USDT"_s.arg(i + 1, 2, 10, QChar(u'0'));
        in.filters.tickSize = Decimal::fromString(spec.tickSize);
        in.filters.stepSize = Decimal::fromString(spec.stepSize);
        in.filters.minQty = in.filters.stepSize;
        in.filters.minNotional = Decimal::fromInt(5);
        in.filters.minPrice = in.filters.tickSize;
        in.startTicks = spec.startTicks;
        // A paper exchange restored from the store goes on from its last marks: starting again at
        // the start price would fill the open tranches' TP or SL in the first second of a restart.
        const std::optional<Decimal> restored = m_engine->markPrice(in.filters.symbol);
        in.ticks = restored && restored->isPositive() ? std::max<qint64>(1, restored->raw() / in.filters.tickSize.raw())
                                                      : spec.startTicks;
        in.stepsPerUnit = Decimal::fromInt(1).divided(in.filters.stepSize).raw() / Decimal::fromInt(1).raw();
        in.candles.resize(kTimeframes.size());
        m_engine->setSymbol(in.filters);
        m_engine->setLeverageBrackets(in.filters.symbol, leverageBrackets(in.filters.symbol));
        m_engine->setMarkPrice(in.filters.symbol, priceOf(in, in.ticks));
        m_instruments.push_back(std::move(in));
    }
    connect(&m_timer, &QTimer::timeout, this, &DemoMarket::step);
}

DemoMarket::~DemoMarket() = default;

LeverageBrackets DemoMarket::leverageBrackets(const QString &symbol)
{
    if (symbol == u"BTCUSDT" || symbol == u"ETHUSDT") {
        return LeverageBrackets::majors();
    }
    if (symbol == u"ASTERUSDT") {
        return LeverageBrackets::smallAlts();
    }
    return LeverageBrackets::largeAlts();
}

QList<core::SymbolFilters> DemoMarket::symbols() const
{
    QList<core::SymbolFilters> result;
    for (const Instrument &in : m_instruments) {
        result.append(in.filters);
    }
    return result;
}

void DemoMarket::start()
{
    m_timer.start(m_settings.intervalMs);
}

void DemoMarket::stop()
{
    m_timer.stop();
}

qint64 DemoMarket::uniform(qint64 lo, qint64 hi)
{
    return lo + qint64(m_rng() % quint64(hi - lo + 1));
}

qint64 DemoMarket::gaussianPpm(qint64 sigmaPpm)
{
    // Irwin–Hall: four uniforms on [−1000, 1000] sum to a bell with σ ≈ 1155. Built from the
    // engine's raw integers because std::normal_distribution differs between standard libraries.
    qint64 sum = 0;
    for (int i = 0; i < 4; ++i) {
        sum += uniform(-1000, 1000);
    }
    return sum * sigmaPpm / 1155;
}

Decimal DemoMarket::priceOf(const Instrument &instrument, qint64 ticks) const
{
    return instrument.filters.tickSize.multipliedBy(ticks);
}

void DemoMarket::step()
{
    const qint64 now = m_clock->nowMs();
    for (Instrument &in : m_instruments) {
        moveMark(in);
        const qint64 halfSpread = std::max<qint64>(1, in.ticks / 100'000) + uniform(0, 1);
        Q_EMIT bookTicker(in.filters.symbol, priceOf(in, in.ticks - halfSpread), priceOf(in, in.ticks + halfSpread));
        m_engine->setMarkPrice(in.filters.symbol, priceOf(in, in.ticks));
        emitLiquidations(in, now);
        const qint64 baseVolume = uniform(1, 50) * (in.burstLeft > 0 ? 5 : 1);
        updateCandles(in, now, std::max<qint64>(1, baseVolume * in.stepsPerUnit / 100));
    }
}

void DemoMarket::moveMark(Instrument &in)
{
    if (in.burstLeft == 0 && uniform(1, kBurstOdds) == 1) {
        in.burstLeft = int(uniform(15, 45));
        in.burstDirection = uniform(0, 1) == 0 ? -1 : 1;
    }
    qint64 ppm = 0;
    if (in.burstLeft > 0) {
        ppm = gaussianPpm(kBurstSigmaPpm) + in.burstDirection * kBurstDriftPpm;
        --in.burstLeft;
    } else {
        ppm = gaussianPpm(kCalmSigmaPpm);
    }
    qint64 delta = roundedDivide(in.ticks * ppm, 1'000'000);
    delta -= roundedDivide(in.ticks - in.startTicks, kReversionDivisor);
    in.ticks = std::max(in.startTicks / 4, in.ticks + delta);
    in.momentum = in.momentum * 9 / 10 + delta;
}

void DemoMarket::emitLiquidations(Instrument &in, qint64 now)
{
    const qint64 intensityBps = std::abs(in.momentum) * 10'000 / in.ticks;
    int count = 0;
    bool isCascade = false;
    if (intensityBps >= kCascadeBps) {
        count = int(uniform(0, std::min<qint64>(4, intensityBps / kCascadeBps)));
        isCascade = true;
    } else if (uniform(1, 40) == 1) {
        count = 1; // the background trickle of small liquidations
    }
    for (int i = 0; i < count; ++i) {
        // A fall liquidates longs (forced SELL orders), a rise liquidates shorts.
        const core::OrderSide side = isCascade ? (in.momentum < 0 ? core::OrderSide::Sell : core::OrderSide::Buy)
                                               : (uniform(0, 1) == 0 ? core::OrderSide::Sell : core::OrderSide::Buy);
        qint64 usdt = 0;
        if (isCascade) {
            const qint64 u = uniform(0, 1000);
            usdt = 200 + u * u * u / 50'000; // heavy tail up to 20,200 USDT
        } else {
            usdt = uniform(20, 800);
        }
        const qint64 awayTicks = std::max<qint64>(1, in.ticks * uniform(0, 15) / 10'000);
        const qint64 ticks = side == core::OrderSide::Sell ? in.ticks - awayTicks : in.ticks + awayTicks;
        core::Liquidation l;
        l.symbol = in.filters.symbol;
        l.side = side;
        l.price = priceOf(in, ticks);
        l.averagePrice = l.price;
        l.quantity = Decimal::max(in.filters.stepSize,
            Decimal::fromInt(usdt)
                .divided(l.price, core::RoundingMode::Down)
                .roundedToStep(in.filters.stepSize, core::RoundingMode::Down));
        l.time = now;
        updateCandles(in, now, (l.quantity.raw() / in.filters.stepSize.raw()));
        Q_EMIT liquidation(l);
    }
}

void DemoMarket::updateCandles(Instrument &in, qint64 now, qint64 volumeSteps)
{
    for (size_t i = 0; i < kTimeframes.size(); ++i) {
        Candle &c = in.candles[i];
        const qint64 bucket = now / kTimeframes[i].ms;
        if (c.bucket != bucket) {
            if (c.bucket >= 0) {
                Q_EMIT candleClosed(in.filters.symbol, QString::fromUtf16(kTimeframes[i].name), priceOf(in, c.high),
                    priceOf(in, c.low), priceOf(in, c.close), in.filters.stepSize.multipliedBy(c.volumeSteps),
                    (c.bucket + 1) * kTimeframes[i].ms - 1);
            }
            c = Candle { bucket, in.ticks, in.ticks, in.ticks, 0 };
        }
        c.high = std::max(c.high, in.ticks);
        c.low = std::min(c.low, in.ticks);
        c.close = in.ticks;
        c.volumeSteps += volumeSteps;
    }
}

core::AppConfig DemoMarket::sampleConfig() const
{
    core::AppConfig config;
    config.global.paperMode = true;
    config.global.maxOpenPositions = 5;
    for (const Instrument &in : m_instruments) {
        core::SymbolConfig s;
        s.enableTrancheManagement = true;
        // A 1 % move against a tranche isolates it and bursts move 1.5–4.5 %: isolation is seen
        // within minutes, and the 2 % stop still lies beyond the isolation threshold.
        s.trancheIsolationThreshold = Decimal::fromInt(1);
        s.tpPercent = Decimal::fromString(u"0.5");
        s.slPercent = Decimal::fromInt(2);
        s.maxTranches = 3;
        s.maxIsolatedTranches = 2;
        s.leverage = 10;
        s.tradeSize = Decimal::fromInt(20);
        s.longVolumeThresholdUSDT = Decimal::fromInt(1000);
        s.shortVolumeThresholdUSDT = Decimal::fromInt(1000);
        s.thresholdCooldown = 10'000;
        config.symbols.insert(in.filters.symbol, s);
    }
    return config;
}

} // namespace trd::exchange
