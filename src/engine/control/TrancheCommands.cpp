// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheCommands.h"

#include "money/Decimal.h"
#include "tranche/TrancheManager.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {

using Refusal = TrancheCommands::Refusal;

Refusal refusal(const QString &key, const QString &problem)
{
    return { key, key.isEmpty() ? problem : u"%1: %2"_s.arg(key, problem) };
}

// A decimal sent as a string (exact, as everywhere in the protocol); a JSON number is refused too:
// it may already have lost digits on the way.
std::optional<core::Decimal> decimalArg(const QJsonObject &args, const QString &key, std::optional<Refusal> &problem)
{
    const QJsonValue value = args.value(key);
    if (!value.isString()) {
        problem = refusal(key, TrancheCommands::tr("missing; a decimal number as a string, such as \"0.004\""));
        return std::nullopt;
    }
    const auto parsed = core::Decimal::parse(value.toString());
    if (!parsed) {
        problem = refusal(key, TrancheCommands::tr("\"%1\" is not a decimal number").arg(value.toString()));
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<core::Tranche> openTranche(
    const core::TrancheManager &manager, const QJsonObject &args, std::optional<Refusal> &problem)
{
    const QString id = args.value(u"id"_s).toString();
    auto tranche = manager.openTranche(id);
    if (!tranche) {
        problem = refusal(u"id"_s, TrancheCommands::tr("no open tranche has the id \"%1\"").arg(id));
    }
    return tranche;
}

std::optional<Refusal> fromResult(const core::Result<void> &done, const QString &key)
{
    if (done) {
        return std::nullopt;
    }
    return refusal(key, done.error().message);
}

} // namespace

std::optional<Refusal> TrancheCommands::closePart(core::TrancheManager &manager, const QJsonObject &args)
{
    std::optional<Refusal> problem;
    const auto tranche = openTranche(manager, args, problem);
    const auto quantity = tranche ? decimalArg(args, u"quantity"_s, problem) : std::nullopt;
    if (!quantity) {
        return problem;
    }
    if (!quantity->isPositive() || !(*quantity < tranche->quantity)) {
        return refusal(u"quantity"_s,
            TrancheCommands::tr(
                "%1 is out of range: more than 0 and less than the open %2 (close the tranche to close all of it)")
                .arg(quantity->toString(), tranche->quantity.toString()));
    }
    // The exchange's step and minimum quantity: the manager's words, under the same key.
    return fromResult(manager.closePart(tranche->id, *quantity), u"quantity"_s);
}

std::optional<Refusal> TrancheCommands::moveProtection(core::TrancheManager &manager, const QJsonObject &args)
{
    std::optional<Refusal> problem;
    const auto tranche = openTranche(manager, args, problem);
    const auto tp = tranche ? decimalArg(args, u"tpPrice"_s, problem) : std::nullopt;
    const auto sl = tp ? decimalArg(args, u"slPrice"_s, problem) : std::nullopt;
    if (!sl) {
        return problem;
    }
    // The mark the manager checks against: a stop on its wrong side would trigger at once.
    const core::Decimal mark = manager.markPrice(tranche->symbol).value_or(tranche->entryPrice);
    const bool isLong = tranche->side == core::Side::Long;
    if (isLong ? !(*tp > mark) : !(tp->isPositive() && *tp < mark)) {
        const QString range = isLong ? TrancheCommands::tr("a LONG take profit must be above the mark %1")
                                     : TrancheCommands::tr("a SHORT take profit must be between 0 and the mark %1");
        return refusal(u"tpPrice"_s,
            TrancheCommands::tr("%1 is out of range: %2").arg(tp->toString(), range.arg(mark.toString())));
    }
    if (isLong ? !(sl->isPositive() && *sl < mark) : !(*sl > mark)) {
        const QString range = isLong ? TrancheCommands::tr("a LONG stop must be between 0 and the mark %1")
                                     : TrancheCommands::tr("a SHORT stop must be above the mark %1");
        return refusal(u"slPrice"_s,
            TrancheCommands::tr("%1 is out of range: %2").arg(sl->toString(), range.arg(mark.toString())));
    }
    return fromResult(manager.moveProtection(tranche->id, *tp, *sl), QString());
}

} // namespace trd::engine
