// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RemoteHistory.h"

#include "session/RemoteEngine.h"
#include "session/RemotePager.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
constexpr int kPage = 1000; // the history command's largest
}

RemoteHistory::RemoteHistory(engine::ControlClient *client, QObject *parent)
    : QObject(parent)
    , m_tranchePager(new RemotePager(
          client, u"history"_s, { { u"what"_s, u"tranches"_s }, { u"limit"_s, kPage } }, u"after"_s, 0, this))
    , m_eventPager(new RemotePager(
          client, u"history"_s, { { u"what"_s, u"events"_s }, { u"limit"_s, kPage } }, u"after"_s, 0, this))
{
    connect(m_tranchePager, &RemotePager::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            m_tranches.append(RemoteEngine::trancheFromJson(item.toObject()));
        }
        Q_EMIT progressed(m_tranches.size(), 0);
    });
    connect(m_eventPager, &RemotePager::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            m_events.append(RemoteEngine::eventFromJson(item.toObject()));
        }
        Q_EMIT progressed(m_tranches.size(), m_events.size());
    });
    connect(m_tranchePager, &RemotePager::finished, m_eventPager, &RemotePager::start);
    connect(m_eventPager, &RemotePager::finished, this, &RemoteHistory::finished);
    connect(m_tranchePager, &RemotePager::failed, this, &RemoteHistory::failed);
    connect(m_eventPager, &RemotePager::failed, this, &RemoteHistory::failed);
}

RemoteHistory::~RemoteHistory() = default;

void RemoteHistory::start()
{
    m_tranches.clear();
    m_events.clear();
    m_eventPager->abort();
    m_tranchePager->start();
}

} // namespace trd::ui
