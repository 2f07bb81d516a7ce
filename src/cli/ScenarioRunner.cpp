// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioRunner.h"

#include "ScenarioOutput.h"
#include "SqliteTrancheStore.h"
#include "config/ConfigLoader.h"
#include "money/ValueLimits.h"
#include "paper/PaperEvent.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace trd::cli {

using namespace core;

namespace {

const QString kPaperStateKey = u"paper-exchange"_s;

// Scenario times start here unless a line sets "t" (2025-01-01T00:00:00Z).
constexpr qint64 kDefaultStart = 1'735'689'600'000;

Result<QString> text(const QJsonObject &line, const QString &key)
{
    const QJsonValue v = line.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        return Error {
            QCoreApplication::translate("trd::cli::ScenarioRunner", "\"%1\" must be a non-empty string").arg(key)
        };
    }
    return v.toString();
}

Result<Decimal> rawNumber(const QJsonObject &line, const QString &key)
{
    const QJsonValue v = line.value(key);
    QString raw;
    if (v.isString()) {
        raw = v.toString();
    } else if (v.isDouble()) {
        // JSON numbers are accepted; their shortest text form is parsed exactly.
        raw = QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    } else {
        return Error { QCoreApplication::translate(
            "trd::cli::ScenarioRunner", "\"%1\" must be a decimal number (a string such as \"0.001\")")
                           .arg(key) };
    }
    auto parsed = Decimal::parse(raw);
    if (!parsed) {
        return Error { u"\"%1\": %2"_s.arg(key, parsed.error().message) };
    }
    return parsed.value();
}

Result<Decimal> withinLimits(const QString &key, Decimal value, ValueKind kind)
{
    auto checked = ValueLimits::check(value, kind);
    if (!checked) {
        return Error { u"\"%1\": %2"_s.arg(key, checked.error().message) };
    }
    return value;
}

// Every number is checked against ValueLimits as it is read, so that no value of a scenario can
// make the engine's arithmetic overflow.
Result<Decimal> number(const QJsonObject &line, const QString &key, ValueKind kind)
{
    auto n = rawNumber(line, key);
    return n ? withinLimits(key, n.value(), kind) : n;
}

Result<Decimal> positiveNumber(const QJsonObject &line, const QString &key, ValueKind kind)
{
    auto n = rawNumber(line, key);
    if (n && !n.value().isPositive()) {
        return Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "\"%1\" must be greater than 0, got %2")
                           .arg(key, n.value().toString()) };
    }
    return n ? withinLimits(key, n.value(), kind) : n;
}

template<typename T>
Result<T> choice(
    const QJsonObject &line, const QString &key, std::optional<T> (*parse)(QStringView), const QString &allowed)
{
    const QString raw = line.value(key).toString();
    if (auto v = parse(raw)) {
        return *v;
    }
    return Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "\"%1\" must be one of %2, got \"%3\"")
                       .arg(key, allowed, shortened(raw)) };
}

} // namespace

ScenarioRunner::ScenarioRunner()
    : m_clock(kDefaultStart)
{ }

ScenarioRunner::~ScenarioRunner()
{
    stopEngine();
}

Result<void> ScenarioRunner::open(const QString &databasePath)
{
    m_databasePath = databasePath;
    if (m_databasePath.isEmpty()) {
        if (!m_tempDir.isValid()) {
            return Error { QCoreApplication::translate(
                "trd::cli::ScenarioRunner", "cannot create a temporary folder for the store") };
        }
        m_databasePath = m_tempDir.filePath(u"simulate.sqlite"_s);
    }
    m_engine = std::make_unique<exchange::PaperMatchingEngine>(&m_clock);
    // A new mark alone changes no books; everything else the engine reports does.
    m_engine->addListener([this](const exchange::PaperEvent &event) {
        if (event.kind != exchange::PaperEvent::Kind::MarkPrice) {
            m_paperChanged = true;
        }
    });
    applyConfig(m_config);
    if (auto started = startEngine(); !started) {
        return started;
    }
    // On a reused store, "close_tranche index 1" means this scenario's first tranche, not the
    // store's: counting earlier runs' tranches closed the wrong one or failed halfway through.
    auto existing = m_store->allTranches();
    if (!existing) {
        return existing.error();
    }
    m_lastSeqBefore = existing->isEmpty() ? 0 : existing->last().seq;
    return {};
}

Result<void> ScenarioRunner::startEngine()
{
    auto store = storage::SqliteTrancheStore::open(m_databasePath);
    if (!store) {
        return store.error();
    }
    m_store = std::move(store).value();
    // The paper exchange comes back as it was, before the engine reconciles against it.
    auto saved = m_store->document(kPaperStateKey);
    if (!saved) {
        return saved.error();
    }
    if (saved.value()) {
        const QJsonDocument doc = QJsonDocument::fromJson(*saved.value());
        if (auto restored = m_engine->restoreState(doc.object()); !restored) {
            return Error { u"%1: %2"_s.arg(m_databasePath, restored.error().message) };
        }
    }
    m_exchange = std::make_unique<exchange::PaperExchange>(m_engine.get());
    m_manager = std::make_unique<TrancheManager>(m_exchange.get(), m_store.get(), &m_clock);
    QObject::connect(m_manager.get(), &TrancheManager::storeFailed, m_manager.get(),
        [this](const QString &message) { m_engineStop = message; });
    // The paper exchange is stored with every step that changed the books, not only at restart
    // lines and at the end: a run killed midway leaves tranches and positions of the same moment.
    // Serialized only when it changed (an order, a fill, a position, a scenario line that sets it).
    m_manager->setStepDocument(kPaperStateKey, [this]() -> std::optional<QByteArray> {
        if (!m_paperChanged) {
            return std::nullopt;
        }
        m_paperChanged = false;
        return QJsonDocument(m_engine->saveState()).toJson(QJsonDocument::Compact);
    });
    m_manager->setConfig(m_config);
    return m_manager->start();
}

Result<void> ScenarioRunner::savePaperState()
{
    // After the engine stopped, the store keeps its last committed state untouched.
    if (!m_store || !m_engine || hasEngineStopped()) {
        return {};
    }
    return m_store->saveDocument(kPaperStateKey, QJsonDocument(m_engine->saveState()).toJson(QJsonDocument::Compact));
}

void ScenarioRunner::stopEngine()
{
    if (m_manager) {
        m_manager->flush();
        static_cast<void>(savePaperState());
    }
    m_manager.reset();
    m_exchange.reset();
    m_store.reset();
}

void ScenarioRunner::applyConfig(const AppConfig &config)
{
    m_config = config;
    // Fees, slippage, the paper wallet and funding rate, each symbol's leverage and margin type.
    m_engine->applyConfig(config);
    if (m_manager) {
        m_manager->setConfig(config);
    }
}

Result<void> ScenarioRunner::prepare(QIODevice &input)
{
    // Every line is checked before the store is even opened, so a malformed scenario changes
    // nothing in the store it was pointed at.
    m_lines.clear();
    m_warnings.clear();
    while (!input.atEnd()) {
        m_lines.append(input.readLine());
    }
    const qint64 clockBefore = m_clock.nowMs();
    const bool hadTime = m_hasTime;
    Result<void> result;
    for (qsizetype i = 0; i < m_lines.size() && result; ++i) {
        result = runLine(m_lines[i], int(i) + 1, Mode::Check);
    }
    m_clock.setMs(clockBefore);
    m_hasTime = hadTime;
    if (!result) {
        m_lines.clear();
    }
    return result;
}

Result<void> ScenarioRunner::execute()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (auto r = runLine(m_lines[i], int(i) + 1); !r) {
            return r;
        }
    }
    return savePaperState();
}

Result<void> ScenarioRunner::runLine(const QByteArray &raw, int lineNumber, Mode mode)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty()) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = error.error != QJsonParseError::NoError
            ? QCoreApplication::translate("trd::cli::ScenarioRunner", "%1 at character %2")
                  .arg(error.errorString())
                  .arg(error.offset + 1)
            : QCoreApplication::translate("trd::cli::ScenarioRunner", "expected a JSON object");
        return Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "line %1: not valid JSON: %2")
                           .arg(lineNumber)
                           .arg(why) };
    }
    m_lineWarnings.clear();
    const Result<void> applied = apply(doc.object(), mode == Mode::Run);
    for (const QString &warning : std::as_const(m_lineWarnings)) {
        m_warnings.append(QCoreApplication::translate("trd::cli::ScenarioRunner", "line %1: warning: %2")
                              .arg(lineNumber)
                              .arg(warning));
    }
    if (hasEngineStopped()) {
        return Error {
            QCoreApplication::translate("trd::cli::ScenarioRunner", "line %1: %2").arg(lineNumber).arg(m_engineStop)
        };
    }
    if (!applied) {
        return Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "line %1: %2")
                           .arg(lineNumber)
                           .arg(applied.error().message) };
    }
    return {};
}

Result<QString> ScenarioRunner::trancheIdByIndex(const QString &symbol, Side side, int index) const
{
    auto all = m_store->allTranches();
    if (!all) {
        return all.error();
    }
    int n = 0;
    for (const Tranche &t : all.value()) {
        if (t.seq > m_lastSeqBefore && t.symbol == symbol && t.side == side && ++n == index) {
            return t.id;
        }
    }
    return Error { QCoreApplication::translate(
        "trd::cli::ScenarioRunner", "there is no tranche %1 of %2 %3 (%4 created so far by this scenario)")
                       .arg(index)
                       .arg(symbol, toString(side))
                       .arg(n) };
}

Result<void> ScenarioRunner::apply(const QJsonObject &line, bool execute)
{
    if (line.contains(u"t"_s)) {
        const QJsonValue t = line.value(u"t"_s);
        const double ms = t.toDouble(-1);
        // Bounded before the conversion: a double beyond qint64 does not convert (undefined
        // behaviour, found by tests/fuzz/fuzz_scenario_reader). 9999-12-31 is the last time allowed.
        constexpr double kLastMs = 253'402'300'799'999.0;
        if (!t.isDouble() || ms < 0 || ms > kLastMs || ms != double(qint64(ms))) {
            return Error { QCoreApplication::translate(
                "trd::cli::ScenarioRunner", "\"t\" must be a whole number of epoch milliseconds") };
        }
        if (m_hasTime && qint64(ms) < m_clock.nowMs()) {
            return Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "\"t\" goes backwards (%1 after %2)")
                               .arg(qint64(ms))
                               .arg(m_clock.nowMs()) };
        }
        m_clock.setMs(qint64(ms));
        m_hasTime = true;
    }
    const QString type = line.value(u"type"_s).toString();
    if (execute && type != u"mark" && type != u"sync") {
        m_paperChanged = true; // config, filters and positions set from outside report no event
    }
    static const QStringList kTypes { u"config"_s, u"symbol"_s, u"mark"_s, u"enter"_s, u"enter_limit"_s,
        u"external_fill"_s, u"exchange_position"_s, u"sync"_s, u"close_tranche"_s, u"cancel_all"_s, u"restart"_s };
    if (!kTypes.contains(type)) {
        return Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "unknown type \"%1\" (expected %2)")
                           .arg(shortened(type), kTypes.join(u", "_s)) };
    }
    if (type == u"config") {
        if (!line.value(u"config"_s).isObject()) {
            return Error { QCoreApplication::translate(
                "trd::cli::ScenarioRunner", "\"config\" must be a configuration object") };
        }
        QList<ConfigIssue> warnings;
        auto config = ConfigLoader::fromJsonObject(line.value(u"config"_s).toObject(), &warnings);
        if (!execute) {
            for (const ConfigIssue &w : std::as_const(warnings)) {
                m_lineWarnings.append(w.message);
            }
        }
        if (!config) {
            return Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "invalid configuration: %1")
                               .arg(config.error().message) };
        }
        if (execute) {
            applyConfig(config.value());
        }
        return {};
    }
    if (type == u"restart") {
        if (execute) {
            stopEngine();
            return startEngine();
        }
        return {};
    }
    if (type == u"sync") {
        if (execute) {
            m_manager->requestSync();
        }
        return {};
    }
    const auto symbol = text(line, u"symbol"_s);
    if (!symbol) {
        return symbol.error();
    }
    const QString sym = symbol.value();
    if (type == u"symbol") {
        SymbolFilters f;
        f.symbol = sym;
        for (const auto &[key, field, kind] : { std::tuple { u"tickSize"_s, &f.tickSize, ValueKind::Price },
                 std::tuple { u"stepSize"_s, &f.stepSize, ValueKind::Quantity },
                 std::tuple { u"minQty"_s, &f.minQty, ValueKind::Quantity } }) {
            auto v = positiveNumber(line, key, kind);
            if (!v) {
                return v.error();
            }
            *field = v.value();
        }
        auto minNotional = number(line, u"minNotional"_s, ValueKind::Amount);
        if (!minNotional) {
            return minNotional.error();
        }
        if (minNotional->isNegative()) {
            return Error { QCoreApplication::translate(
                "trd::cli::ScenarioRunner", "\"minNotional\" must be 0 or more, got %1")
                               .arg(minNotional->toString()) };
        }
        f.minNotional = minNotional.value();
        if (execute) {
            m_engine->setSymbol(f);
        }
        return {};
    }
    if (type == u"mark") {
        auto price = positiveNumber(line, u"price"_s, ValueKind::Price);
        if (!price) {
            return price.error();
        }
        if (execute) {
            m_engine->setMarkPrice(sym, price.value());
        }
        return {};
    }
    if (type == u"enter" || type == u"enter_limit") {
        auto side = choice<Side>(line, u"side"_s, &sideFromString, u"LONG, SHORT"_s);
        if (!side) {
            return side.error();
        }
        EntryRequest request;
        request.symbol = sym;
        request.side = side.value();
        if (type == u"enter_limit") {
            auto price = positiveNumber(line, u"price"_s, ValueKind::Price);
            if (!price) {
                return price.error();
            }
            request.type = OrderType::Limit;
            request.price = price.value();
        }
        if (line.contains(u"qty"_s) == line.contains(u"margin"_s)) {
            return Error { QCoreApplication::translate(
                "trd::cli::ScenarioRunner", "give exactly one of \"qty\" and \"margin\"") };
        }
        if (line.contains(u"qty"_s)) {
            auto qty = positiveNumber(line, u"qty"_s, ValueKind::Quantity);
            if (!qty) {
                return qty.error();
            }
            request.quantity = qty.value();
        } else {
            auto margin = positiveNumber(line, u"margin"_s, ValueKind::Amount);
            if (!margin) {
                return margin.error();
            }
            if (!execute) {
                return {};
            }
            const auto mark
                = request.type == OrderType::Limit ? std::optional(request.price) : m_engine->markPrice(sym);
            if (!mark) {
                return Error { QCoreApplication::translate(
                    "trd::cli::ScenarioRunner", "no mark price for %1 yet to size a margin entry")
                                   .arg(sym) };
            }
            const int leverage = m_config.symbols.value(sym).leverage;
            const auto quantity = margin.value().multipliedBy(leverage).checkedDiv(*mark);
            const auto checked = quantity
                ? ValueLimits::check(*quantity, ValueKind::Quantity)
                : Result<Decimal>(
                    Error { QCoreApplication::translate("trd::cli::ScenarioRunner", "the quantity is out of range") });
            if (!checked) {
                return Error { QCoreApplication::translate(
                    "trd::cli::ScenarioRunner", "\"margin\" %1 at %2 gives an impossible quantity: %3")
                                   .arg(margin.value().toString(), mark->toString(), checked.error().message) };
            }
            request.quantity = m_engine->filters(sym).roundQuantity(checked.value());
        }
        if (execute) {
            m_manager->enter(request);
        }
        return {};
    }
    if (type == u"external_fill") {
        auto side = choice<OrderSide>(line, u"side"_s, &orderSideFromString, u"BUY, SELL"_s);
        auto qty = positiveNumber(line, u"qty"_s, ValueKind::Quantity);
        auto price = positiveNumber(line, u"price"_s, ValueKind::Price);
        for (const Error *e :
            { side ? nullptr : &side.error(), qty ? nullptr : &qty.error(), price ? nullptr : &price.error() }) {
            if (e) {
                return *e;
            }
        }
        PositionSide positionSide = PositionSide::Both;
        if (line.contains(u"positionSide"_s)) {
            auto ps = choice<PositionSide>(line, u"positionSide"_s, &positionSideFromString, u"BOTH, LONG, SHORT"_s);
            if (!ps) {
                return ps.error();
            }
            positionSide = ps.value();
        }
        Decimal fee;
        if (line.contains(u"fee"_s)) {
            auto f = number(line, u"fee"_s, ValueKind::Amount);
            if (!f) {
                return f.error();
            }
            fee = f.value();
        }
        if (execute) {
            m_engine->applyExternalFill(sym, side.value(), qty.value(), price.value(), positionSide, fee);
        }
        return {};
    }
    if (type == u"exchange_position") {
        auto ps = choice<PositionSide>(line, u"positionSide"_s, &positionSideFromString, u"BOTH, LONG, SHORT"_s);
        auto amount = number(line, u"amount"_s, ValueKind::Quantity);
        auto entry = number(line, u"entryPrice"_s, ValueKind::Price);
        for (const Error *e :
            { ps ? nullptr : &ps.error(), amount ? nullptr : &amount.error(), entry ? nullptr : &entry.error() }) {
            if (e) {
                return *e;
            }
        }
        if (execute) {
            m_engine->setPosition(sym, ps.value(), amount.value(), entry.value());
        }
        return {};
    }
    if (type == u"close_tranche") {
        auto side = choice<Side>(line, u"side"_s, &sideFromString, u"LONG, SHORT"_s);
        if (!side) {
            return side.error();
        }
        const int index = line.value(u"index"_s).toInt(0);
        if (index < 1) {
            return Error { QCoreApplication::translate(
                "trd::cli::ScenarioRunner", "\"index\" must be a whole number from 1") };
        }
        if (!execute) {
            return {};
        }
        auto id = trancheIdByIndex(sym, side.value(), index);
        if (!id) {
            return id.error();
        }
        if (auto closed = m_manager->closeTranche(id.value()); !closed) {
            return closed.error();
        }
        return {};
    }
    if (type == u"cancel_all") {
        if (execute) {
            m_engine->cancelAllOrders(sym);
        }
        return {};
    }
    return {};
}

Result<QJsonObject> ScenarioRunner::output() const
{
    return ScenarioOutput::build(*m_store, *m_engine, *m_manager);
}

} // namespace trd::cli
