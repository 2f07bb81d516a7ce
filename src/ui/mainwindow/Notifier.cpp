// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notifier.h"

#include "common/UiFormat.h"
#include "tranche/TrancheManager.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

Notifier::Notifier(core::TrancheManager *manager, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    const QList<std::pair<Kind, QString>> kinds { { Kind::Isolation, tr("Notify on isolation") },
        { Kind::Close, tr("Notify on close") }, { Kind::Drift, tr("Notify on sync drift") } };
    for (const auto &[kind, text] : kinds) {
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setChecked(isEnabled(kind));
        action->setObjectName(u"notify_"_s + settingsKey(kind).section(u'/', 1));
        const Kind k = kind;
        connect(action, &QAction::toggled, this, [this, k](bool on) { setEnabled(k, on); });
        m_actions << action;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/ui/icons/app.svg"_s), this);
        m_tray->setToolTip(u"TrancheDesk"_s);
        m_trayMenu = new QMenu(m_window);
        m_trayMenu->addAction(tr("Show TrancheDesk"), m_window, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        m_trayMenu->addSeparator();
        m_trayMenu->addActions(m_actions);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, m_window, [this] {
            m_window->showNormal();
            m_window->raise();
        });
        m_tray->show();
    }
    if (!manager) {
        return;
    }
    connect(manager, &core::TrancheManager::trancheIsolated, this, [this](const core::Tranche &t) {
        notify(Kind::Isolation, tr("Tranche isolated"),
            tr("%1 %2 #%3 entered at %4 is under water (isolated at %5).")
                .arg(t.symbol, core::toString(t.side))
                .arg(t.seq)
                .arg(UiFormat::price(t.entryPrice), UiFormat::price(t.isolationPrice)));
    });
    connect(manager, &core::TrancheManager::trancheClosed, this, [this](const core::Tranche &t) {
        notify(Kind::Close, tr("Tranche closed"),
            tr("%1 %2 #%3 closed (%4): realized %5 USDT.")
                .arg(t.symbol, core::toString(t.side))
                .arg(t.seq)
                .arg(core::toString(t.closeReason), UiFormat::money(t.realizedPnl)));
    });
    connect(manager, &core::TrancheManager::eventRecorded, this, [this](const core::TrancheEvent &e) {
        // A refused frame is for the timeline, not a pop-up (its row is throttled already).
        if (e.type == core::EventType::AccountAlert && !e.details.contains(u"frame_refused"_s)) {
            alert(e);
        }
    });
    connect(manager, &core::TrancheManager::syncStateChanged, this,
        [this](const QString &symbol, core::Side side, core::SyncState state) {
            if (state == core::SyncState::Drift || state == core::SyncState::Conflict) {
                notify(Kind::Drift, tr("Sync drift"),
                    tr("%1 %2: the tranches and the exchange position disagree (%3).")
                        .arg(symbol, core::toString(side), core::toString(state)));
            }
        });
}

QString Notifier::settingsKey(Kind kind)
{
    switch (kind) {
    case Kind::Isolation:
        return u"notifications/isolation"_s;
    case Kind::Close:
        return u"notifications/close"_s;
    case Kind::Drift:
        return u"notifications/drift"_s;
    }
    return {};
}

bool Notifier::isEnabled(Kind kind) const
{
    return QSettings().value(settingsKey(kind), true).toBool();
}

void Notifier::setEnabled(Kind kind, bool enabled)
{
    QSettings().setValue(settingsKey(kind), enabled);
    QAction *action = m_actions.value(int(kind));
    if (action && action->isChecked() != enabled) {
        action->setChecked(enabled);
    }
}

void Notifier::alert(const core::TrancheEvent &event)
{
    // Never switched off: the exchange's warnings about the account (a margin call above all)
    // are what a trader must not miss.
    const QString kind = event.details.contains(u"margin_call"_s) ? u"margin_call"_s : QString();
    const QString title = kind.isEmpty() ? tr("Exchange notice") : tr("MARGIN CALL");
    m_lastMessage = event.reason;
    ++m_count;
    if (m_tray) {
        m_tray->showMessage(title, event.reason, kind.isEmpty() ? QSystemTrayIcon::Warning : QSystemTrayIcon::Critical,
            kind.isEmpty() ? 10000 : 0);
    }
    Q_EMIT alerted(title, event.reason, !kind.isEmpty());
    Q_EMIT notified(title, event.reason);
}

void Notifier::notify(Kind kind, const QString &title, const QString &message)
{
    if (!isEnabled(kind)) {
        return;
    }
    m_lastMessage = message;
    ++m_count;
    if (m_tray) {
        m_tray->showMessage(
            title, message, kind == Kind::Close ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 6000);
    }
    Q_EMIT notified(title, message);
}

} // namespace trd::ui
