// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlProtocol.h"

#include "ScenarioOutput.h"
#include "market/Liquidation.h"
#include "tranche/TrancheManager.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

QJsonArray ControlProtocol::features()
{
    return { u"closePart"_s, u"moveProtection"_s, u"liquidations"_s, u"recordedMarket"_s };
}

QJsonObject ControlProtocol::message(const QString &type, QJsonObject fields)
{
    fields.insert(u"v"_s, kVersion);
    fields.insert(u"type"_s, type);
    return fields;
}

QByteArray ControlProtocol::encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QJsonObject ControlProtocol::trancheJson(const core::Tranche &tranche)
{
    // The fields tranchedesk-cli prints; the scenario's per-symbol index means nothing here.
    QJsonObject o = cli::ScenarioOutput::trancheJson(tranche, 0);
    o.remove(u"index"_s);
    return o;
}

QJsonObject ControlProtocol::eventJson(const core::TrancheEvent &event)
{
    QJsonObject o = cli::ScenarioOutput::eventJson(event, 0);
    o.remove(u"index"_s);
    o.insert(u"id"_s, event.id);
    return o;
}

QJsonObject ControlProtocol::summaryJson(const core::TrancheSummary &summary)
{
    return {
        { u"open"_s, summary.open },
        { u"isolated"_s, summary.isolated },
        { u"quantity"_s, summary.quantity.toString() },
        { u"unrealizedPnl"_s, summary.unrealizedPnl.toString() },
        { u"marginUsed"_s, summary.marginUsed.toString() },
        { u"notional"_s, summary.notional.toString() },
    };
}

QJsonObject ControlProtocol::liquidationJson(const core::Liquidation &liquidation)
{
    return {
        { u"symbol"_s, liquidation.symbol },
        { u"side"_s, core::toString(liquidation.side) },
        { u"price"_s, liquidation.price.toString() },
        { u"averagePrice"_s, liquidation.averagePrice.toString() },
        { u"quantity"_s, liquidation.quantity.toString() },
        { u"time"_s, liquidation.time },
    };
}

} // namespace trd::engine
