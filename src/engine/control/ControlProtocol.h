// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace trd::core {
struct Liquidation;
struct Tranche;
struct TrancheEvent;
struct TrancheSummary;
} // namespace trd::core

namespace trd::engine {

// The JSON of the control protocol (docs/control-protocol.md): one place that says how a tranche,
// an event and the summary look on the wire, for the server and for the clients' tests.
class ControlProtocol
{
public:
    static constexpr int kVersion = 1;
    // What version 1 gained after its first release, named in the welcome so that a client can
    // tell an engine that has them from an older one (which answers "unknown command").
    static QJsonArray features();

    // {"v": 1, "type": type, ...fields}
    static QJsonObject message(const QString &type, QJsonObject fields = {});
    static QByteArray encode(const QJsonObject &message);

    static QJsonObject trancheJson(const core::Tranche &tranche);
    static QJsonObject eventJson(const core::TrancheEvent &event);
    static QJsonObject summaryJson(const core::TrancheSummary &summary);
    static QJsonObject liquidationJson(const core::Liquidation &liquidation);
};

} // namespace trd::engine
