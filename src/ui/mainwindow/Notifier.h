// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "tranche/Tranche.h"
#include "tranche/TrancheEvent.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

// The tray icon and the desktop notifications: a tranche isolated, a tranche closed, sync drift.
// Each kind can be switched off (remembered in QSettings).
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Isolation,
        Close,
        Drift
    };

    Notifier(core::TrancheManager *manager, QWidget *window, QObject *parent = nullptr);

    bool isEnabled(Kind kind) const;
    void setEnabled(Kind kind, bool enabled);
    // The checkable actions of the Notifications menu.
    QList<QAction *> actions() const { return m_actions; }
    QString lastMessage() const { return m_lastMessage; }
    int messageCount() const { return m_count; }

Q_SIGNALS:
    void notified(const QString &title, const QString &message);
    // An account_alert event: shown whatever the notification settings; `isUrgent` for a margin
    // call.
    void alerted(const QString &title, const QString &message, bool isUrgent);

private:
    void notify(Kind kind, const QString &title, const QString &message);
    void alert(const core::TrancheEvent &event);
    static QString settingsKey(Kind kind);

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QList<QAction *> m_actions;
    QString m_lastMessage;
    int m_count = 0;
};

} // namespace trd::ui
