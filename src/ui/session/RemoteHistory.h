// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/Tranche.h"
#include "tranche/TrancheEvent.h"

#include <QList>
#include <QObject>

namespace trd::engine {
class ControlClient;
}

namespace trd::ui {

class RemotePager;

// A remote engine's whole stored run, every tranche and every event, read through the history
// command's pages: what a what-if on the engine's run needs (the window's mirror holds only the
// snapshot's recent events and what came since).
class RemoteHistory : public QObject
{
    Q_OBJECT
public:
    explicit RemoteHistory(engine::ControlClient *client, QObject *parent = nullptr);
    ~RemoteHistory() override;

    void start();
    const QList<core::Tranche> &tranches() const { return m_tranches; }
    const QList<core::TrancheEvent> &events() const { return m_events; }

Q_SIGNALS:
    void progressed(qint64 tranches, qint64 events);
    void finished();
    void failed(const QString &error);

private:
    RemotePager *m_tranchePager;
    RemotePager *m_eventPager;
    QList<core::Tranche> m_tranches;
    QList<core::TrancheEvent> m_events;
};

} // namespace trd::ui
